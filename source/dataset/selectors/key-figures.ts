import type {FigureKind, FigureUnit} from '../schema.js';
import {compareIds, type FigureView} from './figures.js';
import {figureKindOrder, figureKindShortName} from './kinds.js';
import {latestAlternatives} from './period-points.js';
import {compareSpans} from './periods.js';
import {primarySeries, type Direction, type Series} from './series.js';

/** One of a company's key figures: the header of the TUI and of `brief <company>`. Strings are sanitized. */
export interface KeyFigure {
	/** "Share", "Growth", "Revenue", "Largest deal"; an outlook's kind. */
	readonly label: string;
	/** What it is of: the segment and research firm ("AWS", "AWS, Canalys"); empty for the whole company. */
	readonly detail: string;
	readonly figure: FigureView;
	/** Values stated for the same time that disagree with `figure`: with it, a range. */
	readonly alternatives: readonly FigureView[];
	/** The figure of the period before, when the series has one. */
	readonly previous: FigureView | null;
	readonly direction: Direction | null;
	/** True for the largest deal or investment (labelled so, not by its kind). */
	readonly largestDeal?: boolean | undefined;
}

/** A company's key figures: actuals, most telling first, and outlooks apart (never read as results). */
export interface KeyFigures {
	readonly actuals: readonly KeyFigure[];
	readonly outlooks: readonly KeyFigure[];
}

/** The kinds whose latest actual is shown per segment. */
export const keyKinds: readonly FigureKind[] = ['market_share', 'revenue_growth'];
/** The kinds a deal or an investment is. */
export const dealKinds: readonly FigureKind[] = ['investment', 'funding'];

function detailOf(figure: Pick<FigureView, 'segment' | 'researchFirm'>): string {
	return [figure.segment?.name, figure.researchFirm].filter(part => part !== undefined && part !== null).join(', ');
}

function fromSeries(series: Series, label: string): KeyFigure {
	return {label, detail: detailOf(series), figure: series.latest, alternatives: latestAlternatives(series), previous: series.previous, direction: series.direction};
}

/** A segment the registry knows (AWS, Azure) rather than one named as the article wrote it: its id is not its name. */
function isRegistrySegment(series: Series): boolean {
	return series.segment !== null && series.segment.id !== series.segment.name;
}

function newestFirst(first: Series, second: Series): number {
	const {span: firstSpan} = first.latest;
	const {span: secondSpan} = second.latest;
	if (firstSpan && secondSpan) return compareSpans(secondSpan, firstSpan) || compareIds(first.key, second.key);
	return Number(firstSpan === null) - Number(secondSpan === null) || compareIds(first.key, second.key);
}

/** A kind's latest actual per segment (the whole company's, then the registry's segments, then the others, newest first). */
function perSegment(series: readonly Series[], kind: FigureKind): {main: KeyFigure[]; more: KeyFigure[]} {
	const bySegment = new Map<string, Series[]>();
	for (const one of series) {
		if (one.kind !== kind) continue;
		const key = one.segment?.id ?? '';
		bySegment.set(key, [...(bySegment.get(key) ?? []), one]);
	}

	const chosen = [...bySegment.values()].map(group => primarySeries(group, kind)!);
	const label = figureKindShortName(kind);
	const main = chosen.filter(one => one.segment === null || isRegistrySegment(one)).map(one => fromSeries(one, label));
	const more = chosen
		.filter(one => one.segment !== null && !isRegistrySegment(one))
		.sort(newestFirst)
		.map(one => fromSeries(one, label));
	return {main, more};
}

/**
 * Dollars per unit of each currency, from the figures that state an amount in dollars and in the
 * currency both ("380億ドル（約5兆8600億円）"): the median of what they imply. Only what the articles
 * said: no rate is made up.
 */
function dollarRates(figures: readonly FigureView[]): Map<FigureUnit, number> {
	const implied = new Map<FigureUnit, number[]>();
	const add = (unit: FigureUnit, rate: number) => {
		if (Number.isFinite(rate) && rate > 0) implied.set(unit, [...(implied.get(unit) ?? []), rate]);
	};

	for (const figure of figures) {
		const {converted} = figure;
		if (!converted || converted.value === 0 || figure.value === 0) continue;
		if (figure.unit === 'USD' && converted.unit !== 'USD') add(converted.unit, figure.value / converted.value);
		if (converted.unit === 'USD' && figure.unit !== 'USD') add(figure.unit, converted.value / figure.value);
	}

	const rates = new Map<FigureUnit, number>();
	for (const [unit, values] of implied) {
		const sorted = values.sort((first, second) => first - second);
		rates.set(unit, sorted[Math.floor(sorted.length / 2)]!);
	}

	return rates;
}

/** The amount in dollars: as given, as the article converted it, or through a rate the articles imply; undefined when none of these. */
function inDollars(figure: FigureView, rates: ReadonlyMap<FigureUnit, number>): number | undefined {
	if (figure.unit === 'USD') return figure.value;
	if (figure.converted?.unit === 'USD') return figure.converted.value;
	const rate = rates.get(figure.unit);
	return rate === undefined ? undefined : figure.value * rate;
}

/** The largest actual deal or investment the company made or received; amounts that cannot be put in dollars are compared only among themselves. */
function largestDeal(figures: readonly FigureView[]): FigureView | undefined {
	const deals = figures.filter(figure => dealKinds.includes(figure.kind) && figure.basis === 'actual' && !figure.prior && figure.value > 0);
	if (deals.length === 0) return undefined;
	const rates = dollarRates(figures);
	let best: {figure: FigureView; dollars: number | undefined} | undefined;
	for (const figure of deals) {
		const dollars = inDollars(figure, rates);
		if (!best) best = {figure, dollars};
		else if (dollars !== undefined && (best.dollars === undefined || dollars > best.dollars)) best = {figure, dollars};
		else if (dollars === undefined && best.dollars === undefined && figure.unit === best.figure.unit && figure.value > best.figure.value) best = {figure, dollars};
	}

	return best?.figure;
}

/** The newest outlook of each kind, in kind order: the newest period, then stated by more articles. */
function newestOutlooks(figures: readonly FigureView[], companyId: string): KeyFigure[] {
	const byKind = new Map<FigureKind, FigureView>();
	for (const figure of figures) {
		// Another company's plan is its own, unless it is a deal with this one.
		if (figure.basis !== 'outlook' || figure.prior || (figure.company.id !== companyId && !dealKinds.includes(figure.kind))) continue;
		const known = byKind.get(figure.kind);
		const newer = !known || (figure.span && known.span ? compareSpans(figure.span, known.span) || figure.sources.length - known.sources.length : Number(figure.span !== null) - Number(known.span !== null)) > 0;
		if (newer) byKind.set(figure.kind, figure);
	}

	return [...byKind.values()]
		.sort((first, second) => figureKindOrder(first.kind) - figureKindOrder(second.kind))
		.map(figure => ({label: figureKindShortName(figure.kind), detail: detailOf(figure), figure, alternatives: [], previous: null, direction: null}));
}

/**
 * The key figures of a company (pass its figures and series): the latest actual share and growth
 * of the whole company and of each segment the registry knows, the latest revenue, the largest
 * deal or investment, then share and growth of the segments the articles named; outlooks apart.
 */
export function selectKeyFigures(figures: readonly FigureView[], series: readonly Series[], companyId: string): KeyFigures {
	const share = perSegment(series, 'market_share');
	const growth = perSegment(series, 'revenue_growth');
	const revenue = primarySeries(series, 'revenue');
	const deal = largestDeal(figures);
	const actuals = [
		...share.main,
		...growth.main,
		...(revenue ? [fromSeries(revenue, figureKindShortName('revenue'))] : []),
		...(deal ? [{label: 'Largest deal', detail: detailOf(deal), figure: deal, alternatives: [], previous: null, direction: null, largestDeal: true}] : []),
		...share.more,
		...growth.more,
	];
	return {actuals, outlooks: newestOutlooks(figures, companyId)};
}
