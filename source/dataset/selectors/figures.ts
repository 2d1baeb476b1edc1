import {sanitizeLine} from '../../text/sanitize.js';
import type {Metric, MetricKind, MetricUnit} from '../schema.js';
import type {DatasetIndex} from './dataset-index.js';
import {formatQualifiedValue, type Qualifier} from './format-value.js';

/** A company segment a figure is about (AWS for Amazon, Azure for Microsoft). */
export interface SegmentReference {
	readonly id: string;
	readonly name: string;
}

/** Where a figure or an event came from: the article and the exact sentence. */
export interface SourceReference {
	readonly article: string;
	/** The article's title; empty when the article is not in the dataset. */
	readonly title: string;
	/** The article's published date. */
	readonly published: string | null;
	readonly quote: string;
}

/**
 * One figure (a metric of the dataset) ready to show. All strings are sanitized: safe to print.
 */
export interface Figure {
	readonly metricId: string;
	readonly company: string;
	readonly kind: MetricKind;
	/** "Cloud share", "Capex"; falls back to a label made from the kind. */
	readonly label: string;
	readonly segment: SegmentReference | null;
	readonly value: number;
	readonly unit: MetricUnit;
	/** The amount as the article wrote it ("約4,400億円"). */
	readonly text: string;
	/** The value formatted with its unit and qualifier: "~33%", ">$100B", "4,400億円". */
	readonly display: string;
	readonly qualifier: Qualifier;
	readonly converted: {readonly value: number; readonly unit: MetricUnit} | null;
	/** The other party of a deal or investment: the company's name when it is in the dataset. */
	readonly counterparty: string | null;
	/** The period the figure is for, when the article names one. */
	readonly period: string | null;
	/** The date of the article that reported it. */
	readonly asOf: string | null;
	/** Where the figure sits in time: `period ?? asOf`. */
	readonly date: string | null;
	/** Position in a "34%から29%" run; 0 is the earliest. */
	readonly order: number;
	/** True for the earlier side of a transition ("34%" in "34%から29%"). */
	readonly superseded: boolean;
	/** True when the figure takes part in a conflict between sources. */
	readonly conflict: boolean;
	readonly source: SourceReference;
}

const kindLabels: Readonly<Record<MetricKind, string>> = {
	market_share: 'Market share',
	revenue_growth: 'Revenue growth',
	revenue: 'Revenue',
	investment: 'Investment',
	stock_move: 'Stock move',
	customers: 'Customers',
	other: 'Figure',
};

/** A readable name for a kind of figure. */
export function kindLabel(kind: MetricKind): string {
	return kindLabels[kind];
}

export function toSourceReference(articleId: string, quote: string, index: DatasetIndex): SourceReference {
	const article = index.articlesById.get(articleId);
	return {
		article: sanitizeLine(articleId),
		title: sanitizeLine(article?.title ?? ''),
		published: article?.published ?? null,
		quote: sanitizeLine(quote),
	};
}

function segmentOf(metric: Metric, index: DatasetIndex): SegmentReference | null {
	if (!metric.segment) return null;
	const segment = index.companiesById.get(metric.company)?.segments.find(candidate => candidate.id === metric.segment);
	return {id: sanitizeLine(metric.segment), name: sanitizeLine(segment?.name ?? metric.segment)};
}

export function toFigure(metric: Metric, index: DatasetIndex): Figure {
	return {
		metricId: sanitizeLine(metric.id),
		company: sanitizeLine(metric.company),
		kind: metric.kind,
		label: sanitizeLine(metric.label) || kindLabel(metric.kind),
		segment: segmentOf(metric, index),
		value: metric.value,
		unit: metric.unit,
		text: sanitizeLine(metric.text),
		display: formatQualifiedValue(metric.value, metric.unit, metric.qualifier),
		qualifier: metric.qualifier,
		converted: metric.converted,
		counterparty: metric.counterparty === null ? null : sanitizeLine(index.companiesById.get(metric.counterparty)?.name ?? metric.counterparty),
		period: metric.period,
		asOf: metric.asOf,
		date: metric.period ?? metric.asOf,
		order: metric.order,
		superseded: metric.superseded,
		conflict: index.conflictingMetricIds.has(metric.id),
		source: toSourceReference(metric.article, metric.quote, index),
	};
}

/** "Cloud share (AWS)": the label with the segment when there is one. */
export function figureTitle(figure: Pick<Figure, 'label' | 'segment'>): string {
	return figure.segment ? `${figure.label} (${figure.segment.name})` : figure.label;
}
