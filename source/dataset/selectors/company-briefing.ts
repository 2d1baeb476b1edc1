import {sanitizeLine} from '../../text/sanitize.js';
import type {Company, Dataset, MetricKind} from '../schema.js';
import {compareDates} from './dates.js';
import {indexDataset, type DatasetIndex} from './dataset-index.js';
import {kindLabel, toFigure, type Figure} from './figures.js';
import {primarySeries, selectSeries, type Series} from './series.js';
import {selectArticleSummaries, type ArticleSummary} from './summaries.js';
import {selectTimeline, type TimelineEntry} from './timeline.js';

/** Who the briefing is about, and its headline figures. Strings are sanitized. */
export interface CompanyHeader {
	readonly id: string;
	readonly name: string;
	readonly ticker: string | null;
	readonly japaneseName: string | null;
	readonly japaneseNames: readonly string[];
	readonly aliases: readonly string[];
	readonly watched: boolean;
	readonly articleCount: number;
	/** The headline market-share series (its `latest` and `previous`), or null. */
	readonly share: Series | null;
	/** The headline revenue-growth series, or null. */
	readonly growth: Series | null;
	/** True when any of the company's figures conflict between sources. */
	readonly hasConflict: boolean;
}

/** Figures of one kind that disagree for the same company and period. */
export interface ConflictView {
	readonly kind: MetricKind;
	readonly label: string;
	readonly period: string | null;
	readonly note: string;
	/** The disagreeing figures (those still in the dataset). */
	readonly figures: readonly Figure[];
}

/** Everything a view shows about one company: one derivation for the TUI and the printers. */
export interface CompanyBriefing {
	readonly header: CompanyHeader;
	/** Market-share series first, then revenue growth; each oldest first. */
	readonly series: readonly Series[];
	/** The other figures (revenue, investment, stock moves, customers...), newest first, without superseded ones. */
	readonly figures: readonly Figure[];
	readonly conflicts: readonly ConflictView[];
	/** Events, newest first. */
	readonly timeline: readonly TimelineEntry[];
	/** Articles that mention the company, newest first. */
	readonly articles: readonly ArticleSummary[];
}

/** The kinds drawn as series (sparklines, charts); the others are listed as figures. */
export const seriesKinds: readonly MetricKind[] = ['market_share', 'revenue_growth'];

/** Newest first, then latest in a run, then by id: the order of the other figures (and of shards). */
export function compareNewestFigures(first: Pick<Figure, 'date' | 'order' | 'metricId'>, second: Pick<Figure, 'date' | 'order' | 'metricId'>): number {
	return compareDates(second.date, first.date) || second.order - first.order || (first.metricId < second.metricId ? -1 : first.metricId > second.metricId ? 1 : 0);
}

function otherFigures(index: DatasetIndex, companyId: string): Figure[] {
	const figures = (index.metricsByCompany.get(companyId) ?? [])
		.filter(metric => !seriesKinds.includes(metric.kind) && !metric.superseded)
		.map(metric => toFigure(metric, index));
	return figures.sort(compareNewestFigures);
}

function conflictsOf(index: DatasetIndex, companyId: string): ConflictView[] {
	return (index.conflictsByCompany.get(companyId) ?? []).map(conflict => {
		const figures = conflict.metrics.flatMap(metricId => {
			const metric = index.metricsById.get(metricId);
			return metric ? [toFigure(metric, index)] : [];
		});
		return {
			kind: conflict.kind,
			label: figures[0]?.label ?? kindLabel(conflict.kind),
			period: conflict.period,
			note: sanitizeLine(conflict.note),
			figures,
		};
	});
}

function headerOf(company: Company, index: DatasetIndex, series: readonly Series[], watched: boolean): CompanyHeader {
	return {
		id: sanitizeLine(company.id),
		name: sanitizeLine(company.name),
		ticker: company.ticker === null ? null : sanitizeLine(company.ticker),
		japaneseName: company.japaneseNames[0] === undefined ? null : sanitizeLine(company.japaneseNames[0]),
		japaneseNames: company.japaneseNames.map(name => sanitizeLine(name)),
		aliases: company.aliases.map(alias => sanitizeLine(alias)),
		watched,
		articleCount: index.articlesByCompany.get(company.id)?.length ?? 0,
		share: primarySeries(series, 'market_share'),
		growth: primarySeries(series, 'revenue_growth'),
		hasConflict: (index.conflictsByCompany.get(company.id)?.length ?? 0) > 0,
	};
}

/**
 * `selectCompanyBriefing` a part at a time: each `next()` does one part (index, series, figures,
 * timeline, summaries), and the last returns the briefing. The TUI prepares briefings this way in
 * idle time, so that a key pressed meanwhile waits for one part, not for a whole company.
 */
export function* briefingInParts(dataset: Dataset, companyId: string, watchlist: Iterable<string> = []): Generator<undefined, CompanyBriefing | undefined> {
	const index = indexDataset(dataset);
	const company = index.companiesById.get(companyId);
	if (!company) return undefined;
	yield;
	const series = selectSeries(index, companyId, seriesKinds);
	yield;
	const figures = otherFigures(index, companyId);
	const conflicts = conflictsOf(index, companyId);
	yield;
	const timeline = selectTimeline(index, companyId);
	yield;
	const articles = selectArticleSummaries(index, companyId);
	return {header: headerOf(company, index, series, new Set(watchlist).has(companyId)), series, figures, conflicts, timeline, articles};
}

/**
 * The briefing for one company, or undefined when the dataset has no company with this id.
 * `watchlist` holds company ids.
 */
export function selectCompanyBriefing(dataset: Dataset, companyId: string, watchlist: Iterable<string> = []): CompanyBriefing | undefined {
	const parts = briefingInParts(dataset, companyId, watchlist);
	for (;;) {
		const part = parts.next();
		if (part.done) return part.value;
	}
}
