import {sanitizeLine} from '../../text/sanitize.js';
import type {Company, Dataset, FigureBasis, FigureKind} from '../schema.js';
import {indexDataset, type DatasetIndex} from './dataset-index.js';
import {factViews, selectFigures, type FigureView, type SegmentReference} from './figures.js';
import {figureKindName} from './kinds.js';
import {selectKeyFigures, type KeyFigures} from './key-figures.js';
import {periodPoints, type PeriodSeries} from './period-points.js';
import {headlineSeries, primarySeries, selectSeries, type Series} from './series.js';
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
	readonly segments: readonly SegmentReference[];
	/** False for a company the articles introduced that the registry does not know. */
	readonly inRegistry: boolean;
	/** The month the company's fiscal year ends in, when known. */
	readonly fiscalYearEnd: number | null;
	readonly watched: boolean;
	readonly articleCount: number;
	/** The headline market-share series (its latest actual and previous period), or null. */
	readonly share: Series | null;
	/** The headline revenue-growth series, or null. */
	readonly growth: Series | null;
	/** True when any of the company's figures conflict between sources. */
	readonly hasConflict: boolean;
}

/** Figures of the same company, segment, kind, period and basis that disagree. */
export interface ConflictView {
	readonly kind: FigureKind;
	readonly kindName: string;
	readonly segment: SegmentReference | null;
	readonly period: string | null;
	readonly basis: FigureBasis;
	readonly note: string;
	/** The disagreeing figures (those still in the dataset), one per fact. */
	readonly figures: readonly FigureView[];
}

/** Everything a view shows about one company: one derivation for the TUI and the printers. */
export interface CompanyBriefing {
	readonly header: CompanyHeader;
	/** Every figure of the company, one per fact: by kind, actuals before outlooks, newest first. */
	readonly figures: readonly FigureView[];
	/** Every series of the company's actual figures, in kind order; each oldest first. */
	readonly series: readonly Series[];
	/** The latest actual of every kind the company has one of (each kind's primary series), in kind order. */
	readonly headlines: readonly Series[];
	/** What the header shows: latest share and growth per segment, revenue, the largest deal; outlooks apart. */
	readonly keyFigures: KeyFigures;
	/** Every series placed on a time axis (one point per period), in the order of `series`. */
	readonly periodSeries: readonly PeriodSeries[];
	readonly conflicts: readonly ConflictView[];
	/** Events, newest first. */
	readonly timeline: readonly TimelineEntry[];
	/** Articles about the company (not those that only mention it), most relevant first. */
	readonly articles: readonly ArticleSummary[];
}

/** The kinds drawn as charts and sparklines; every kind is listed as figures. */
export const chartedKinds: readonly FigureKind[] = ['market_share', 'revenue_growth'];

const charted = new WeakMap<object, readonly Series[]>();

/** The series of the charted kinds, in their order; the same array for the same briefing (memoised panes compare it). */
export function chartedSeries(briefing: Pick<CompanyBriefing, 'series'>): readonly Series[] {
	let series = charted.get(briefing);
	if (!series) {
		series = chartedKinds.flatMap(kind => briefing.series.filter(one => one.kind === kind));
		charted.set(briefing, series);
	}

	return series;
}

function conflictsOf(index: DatasetIndex, company: Company): ConflictView[] {
	return (index.conflictsByCompany.get(company.id) ?? []).map(conflict => {
		const records = conflict.figures.flatMap(figureId => index.figuresById.get(figureId) ?? []);
		const segment = conflict.segment === null ? null : company.segments.find(candidate => candidate.id === conflict.segment);
		return {
			kind: conflict.kind,
			kindName: figureKindName(conflict.kind),
			segment: conflict.segment === null ? null : {id: sanitizeLine(conflict.segment), name: sanitizeLine(segment?.name ?? conflict.segment)},
			period: conflict.period,
			basis: conflict.basis,
			note: sanitizeLine(conflict.note),
			// One view per fact: two records of one fact are not two sides of a disagreement.
			figures: factViews(records, index),
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
		segments: company.segments.map(segment => ({id: sanitizeLine(segment.id), name: sanitizeLine(segment.name)})),
		inRegistry: company.inRegistry,
		fiscalYearEnd: company.fiscalYearEnd,
		watched,
		articleCount: index.articlesByCompany.get(company.id)?.length ?? 0,
		share: primarySeries(series, 'market_share'),
		growth: primarySeries(series, 'revenue_growth'),
		hasConflict: (index.conflictsByCompany.get(company.id)?.length ?? 0) > 0,
	};
}

/**
 * `selectCompanyBriefing` a part at a time: each `next()` does one part (index, figures, series,
 * timeline, summaries), and the last returns the briefing. The TUI prepares briefings this way in
 * idle time, so that a key pressed meanwhile waits for one part, not for a whole company.
 */
export function* briefingInParts(dataset: Dataset, companyId: string, watchlist: Iterable<string> = []): Generator<undefined, CompanyBriefing | undefined> {
	const index = indexDataset(dataset);
	const company = index.companiesById.get(companyId);
	if (!company) return undefined;
	yield;
	const figures = selectFigures(index, companyId);
	yield;
	const series = selectSeries(figures, company.id);
	const conflicts = conflictsOf(index, company);
	yield;
	const timeline = selectTimeline(index, companyId);
	yield;
	const articles = selectArticleSummaries(index, companyId);
	const header = headerOf(company, index, series, new Set(watchlist).has(companyId));
	const keyFigures = selectKeyFigures(figures, series, company.id);
	return {header, figures, series, headlines: headlineSeries(series), keyFigures, periodSeries: series.map(one => periodPoints(one)), conflicts, timeline, articles};
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
