import type {FigureKind, FigureUnit} from '../schema.js';
import type {FigureView, SegmentReference} from './figures.js';
import {compareIds} from './figures.js';
import {figureKindName, figureKindOrder} from './kinds.js';
import {compareSpans, spanLength} from './periods.js';

/** Which way a series moved from its previous period to its latest; never shown by colour alone. */
export type Direction = 'up' | 'down' | 'flat';

/**
 * A company's actual figures of one kind, segment, research firm and unit: what can be compared
 * over time (two firms' estimates of one quarter are two series, not a move). Outlooks are never
 * part of one.
 */
export interface Series {
	/** Stable key: `kind|segment|research firm|unit` ("market_share|aws|Synergy Research Group|%"). */
	readonly key: string;
	readonly company: string;
	readonly kind: FigureKind;
	readonly kindName: string;
	readonly segment: SegmentReference | null;
	readonly researchFirm: string | null;
	readonly unit: FigureUnit;
	/** Oldest first, values of earlier periods quoted for comparison included; never empty. */
	readonly points: readonly FigureView[];
	/** The actual of the latest period (never a value quoted for comparison). */
	readonly latest: FigureView;
	/** The figure of the period just before the latest's, when the series has one (see `previousPeriod`). */
	readonly previous: FigureView | null;
	/** From `previous` to `latest`; null without a previous period. */
	readonly direction: Direction | null;
	/** True when any point takes part in a conflict. */
	readonly hasConflict: boolean;
}

/** Oldest first: by span (undated first), a value quoted for comparison before the one it is compared with, then the older article, then id. */
export function comparePoints(first: FigureView, second: FigureView): number {
	if (first.span === null || second.span === null) return Number(second.span === null) - Number(first.span === null) || compareIds(first.id, second.id);
	return compareSpans(first.span, second.span) || Number(second.prior) - Number(first.prior) || compareIds(first.asOf ?? '', second.asOf ?? '') || compareIds(first.id, second.id);
}

/** Among figures of one period, the one to show: stated by more articles, then the newer article, then the smaller id. */
function compareStanding(first: FigureView, second: FigureView): number {
	return second.sources.length - first.sources.length || compareIds(second.asOf ?? '', first.asOf ?? '') || compareIds(first.id, second.id);
}

function best(figures: readonly FigureView[]): FigureView | undefined {
	let chosen: FigureView | undefined;
	for (const figure of figures) {
		if (!chosen) chosen = figure;
		else if (figure.span && chosen.span && (compareSpans(figure.span, chosen.span) || compareStanding(chosen, figure)) > 0) chosen = figure;
	}

	return chosen;
}

/**
 * The figure of the period just before the latest's: with periods known, one of the same length
 * that ends the month before the latest starts (the quarter before a quarter, the year before a
 * year; for a day, any earlier day). Without a period, only the value the same sentence quoted for
 * comparison ("34%から29%"): the dates of two articles say when they were written, not which period
 * came before which.
 */
export function previousPeriod(points: readonly FigureView[], latest: FigureView): FigureView | null {
	const {span} = latest;
	if (!span) return null;
	const candidates = points.filter(point => {
		if (point === latest || !point.span) return false;
		if (!latest.periodKnown) return !point.periodKnown && point.prior && point.sources.some(source => latest.sources.some(own => own.article === source.article && own.quote === source.quote));
		if (!point.periodKnown) return false;
		if (span.day !== null) return point.span.day !== null && compareSpans(point.span, span) < 0;
		return point.span.day === null && spanLength(point.span) === spanLength(span) && point.span.last + 1 === span.first;
	});
	return best(candidates) ?? null;
}

function directionOf(previous: FigureView | null, latest: FigureView): Direction | null {
	if (!previous) return null;
	if (latest.value > previous.value) return 'up';
	if (latest.value < previous.value) return 'down';
	return 'flat';
}

function seriesKey(figure: FigureView): string {
	return `${figure.kind}|${figure.segment?.id ?? ''}|${figure.researchFirm ?? ''}|${figure.unit}`;
}

/**
 * The series of a company's own figures (pass its figure views), in kind order, then the whole
 * company before its segments. A series needs an actual that is not a value quoted for comparison.
 */
export function selectSeries(figures: readonly FigureView[], companyId: string): Series[] {
	const groups = new Map<string, FigureView[]>();
	for (const figure of figures) {
		if (figure.basis !== 'actual' || figure.company.id !== companyId) continue;
		const key = seriesKey(figure);
		const group = groups.get(key);
		if (group) group.push(figure);
		else groups.set(key, [figure]);
	}

	const series: Series[] = [];
	for (const [key, points] of groups) {
		const current = points.filter(point => !point.prior);
		// The latest period's actual; undated figures only when there is nothing dated.
		const latest = best(current.filter(point => point.span !== null)) ?? current.sort(compareStanding)[0];
		if (!latest) continue;
		points.sort(comparePoints);
		const previous = previousPeriod(points, latest);
		series.push({
			key,
			company: latest.company.id,
			kind: latest.kind,
			kindName: figureKindName(latest.kind),
			segment: latest.segment,
			researchFirm: latest.researchFirm,
			unit: latest.unit,
			points,
			latest,
			previous,
			direction: directionOf(previous, latest),
			hasConflict: points.some(point => point.conflict),
		});
	}

	return series.sort((first, second) => figureKindOrder(first.kind) - figureKindOrder(second.kind) || Number(first.segment !== null) - Number(second.segment !== null) || compareIds(first.key, second.key));
}

/**
 * The series a headline shows for one kind: the one whose latest period is newest, then the
 * longest, then the whole company before a segment. Null when the company has no actual of that kind.
 */
export function primarySeries(series: readonly Series[], kind: FigureKind): Series | null {
	let chosen: Series | null = null;
	for (const candidate of series) {
		if (candidate.kind !== kind) continue;
		if (!chosen) {
			chosen = candidate;
			continue;
		}

		const newer = candidate.latest.span && chosen.latest.span ? compareSpans(candidate.latest.span, chosen.latest.span) : Number(candidate.latest.span !== null) - Number(chosen.latest.span !== null);
		const better = newer || candidate.points.length - chosen.points.length || Number(chosen.segment !== null) - Number(candidate.segment !== null);
		if (better > 0) chosen = candidate;
	}

	return chosen;
}

/** The latest actual of every kind the company has one of: each kind's `primarySeries`, in kind order. */
export function headlineSeries(series: readonly Series[]): Series[] {
	const kinds = [...new Set(series.map(one => one.kind))];
	return kinds.map(kind => primarySeries(series, kind)!);
}
