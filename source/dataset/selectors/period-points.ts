import {compareIds, type FigureView} from './figures.js';
import {isTrendKind} from './kinds.js';
import {compareSpans, type PeriodSpan} from './periods.js';
import type {Series} from './series.js';

/** What a series says for one period: one value, or several that disagree (a range). */
export interface PeriodPoint {
	/** The period as the dataset writes it ("2025-Q3", "FY2026", "2025-09-30"); of the figure shown when several name the same months. */
	readonly period: string;
	readonly span: PeriodSpan;
	/** The value a line through the series passes through: stated by the most articles, then the newest. */
	readonly shown: FigureView;
	/** Every figure of the series for this period, `shown` first. */
	readonly figures: readonly FigureView[];
	readonly low: number;
	readonly high: number;
	/** True when the figures of the period disagree, or one takes part in a conflict between sources. */
	readonly conflict: boolean;
}

/** A series as it is placed on a time axis: only figures whose own period is known, one point per period. */
export interface PeriodSeries {
	readonly series: Series;
	/** Oldest first. */
	readonly points: readonly PeriodPoint[];
}

/** As a series chooses its latest: stated by more articles, its own period's value before one quoted for comparison, the newer article, the smaller id. */
function compareStanding(first: FigureView, second: FigureView): number {
	return second.sources.length - first.sources.length || Number(first.prior) - Number(second.prior) || compareIds(second.asOf ?? '', first.asOf ?? '') || compareIds(first.id, second.id);
}

/**
 * The points of a series on a time axis. A figure without a period of its own (dated only by its
 * article) has no place on it, since the article's date says when it was written, not what period
 * it covers; it is still the series' latest when nothing newer is known, and is listed with the figures.
 */
export function periodPoints(series: Series): PeriodSeries {
	// By the months covered, not the words: FY2025-Q3 of a company whose year is the calendar's is 2025-Q3.
	const byPeriod = new Map<string, FigureView[]>();
	for (const figure of series.points) {
		if (!figure.periodKnown || figure.span === null || figure.period === null) continue;
		const key = `${figure.span.first}|${figure.span.last}|${figure.span.day}`;
		const group = byPeriod.get(key);
		if (group) group.push(figure);
		else byPeriod.set(key, [figure]);
	}

	const points: PeriodPoint[] = [];
	for (const figures of byPeriod.values()) {
		const ordered = [...figures].sort(compareStanding);
		const shown = ordered[0]!;
		const values = ordered.map(figure => figure.value);
		const low = Math.min(...values);
		const high = Math.max(...values);
		points.push({period: shown.period!, span: shown.span!, shown, figures: ordered, low, high, conflict: low !== high || ordered.some(figure => figure.conflict)});
	}

	points.sort((first, second) => compareSpans(first.span, second.span));
	return {series, points};
}

/** A series worth drawing: two periods or more. One period is a number, not a chart. */
export function isChartable(series: PeriodSeries): boolean {
	return series.points.length >= 2;
}

/**
 * The figures stated for the same time as the series' latest (its period, or for a figure without
 * one, its article) that disagree with it: the other ends of a range.
 */
export function latestAlternatives(series: Series): FigureView[] {
	const {latest} = series;
	if (!isTrendKind(series.kind)) return [];
	return series.points.filter(point => point !== latest && !point.prior && point.periodKnown === latest.periodKnown && point.when === latest.when && point.value !== latest.value);
}
