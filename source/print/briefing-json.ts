import type {ArticleSummary, CompanyBriefing, ConflictView, Direction, Figure, Series, SourceReference, TimelineEntry} from '../dataset/selectors/index.js';
import type {MetricKind, MetricUnit} from '../dataset/schema.js';
import {JsonList, jsonPieces} from './json-pieces.js';

/** Bumped on any change that could break a reader of `brief --json` / `--ndjson`. */
export const briefingJsonVersion = 1;
export const briefingSchemaName = 'brief.briefing';

/** A figure with its provenance. Dates are dataset dates: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn. */
export interface FigureJson {
	readonly metric: string;
	readonly kind: MetricKind;
	readonly label: string;
	readonly segment: {readonly id: string; readonly name: string} | null;
	readonly value: number;
	readonly unit: MetricUnit;
	/** The amount as the article wrote it. */
	readonly text: string;
	/** Formatted as the plain output shows it. */
	readonly display: string;
	readonly qualifier: string;
	readonly converted: {readonly value: number; readonly unit: MetricUnit} | null;
	readonly counterparty: string | null;
	readonly period: string | null;
	readonly asOf: string | null;
	readonly order: number;
	readonly superseded: boolean;
	readonly conflict: boolean;
	readonly source: SourceReference;
}

/** The newest figure of a series and what it replaced. */
export interface LatestJson extends FigureJson {
	readonly previous: FigureJson | null;
	readonly direction: Direction | null;
}

export interface SeriesJson {
	readonly key: string;
	readonly kind: MetricKind;
	readonly label: string;
	readonly segment: {readonly id: string; readonly name: string} | null;
	readonly unit: MetricUnit;
	readonly conflict: boolean;
	/** Oldest first. */
	readonly points: readonly FigureJson[];
}

export interface EventJson {
	readonly id: string;
	readonly date: string;
	readonly dateText: string;
	readonly action: string;
	readonly text: string;
	readonly companies: readonly string[];
	readonly sources: readonly SourceReference[];
}

export interface ArticleJson {
	readonly id: string;
	readonly date: string | null;
	readonly dateInferred: boolean;
	readonly title: string;
	readonly publisher: string | null;
	readonly file: string;
	readonly summary: readonly string[];
}

export interface ConflictJson {
	readonly kind: MetricKind;
	readonly label: string;
	readonly period: string | null;
	readonly note: string;
	readonly figures: readonly FigureJson[];
}

export interface CompanyJson {
	readonly id: string;
	readonly name: string;
	readonly ticker: string | null;
	readonly japaneseName: string | null;
	readonly watched: boolean;
	readonly articleCount: number;
	readonly conflict: boolean;
	readonly latest: {readonly marketShare: LatestJson | null; readonly revenueGrowth: LatestJson | null};
	readonly series: readonly SeriesJson[];
	/** Revenue, investment, stock moves, customers and other figures, newest first. */
	readonly figures: readonly FigureJson[];
	readonly conflicts: readonly ConflictJson[];
	/** Newest first. */
	readonly timeline: readonly EventJson[];
	/** Newest first. */
	readonly articles: readonly ArticleJson[];
}

/** What `brief --json` prints. */
export interface BriefingJson {
	readonly schema: typeof briefingSchemaName;
	readonly version: typeof briefingJsonVersion;
	readonly companies: readonly CompanyJson[];
}

export function figureJson(figure: Figure): FigureJson {
	return {
		metric: figure.metricId,
		kind: figure.kind,
		label: figure.label,
		segment: figure.segment,
		value: figure.value,
		unit: figure.unit,
		text: figure.text,
		display: figure.display,
		qualifier: figure.qualifier,
		converted: figure.converted,
		counterparty: figure.counterparty,
		period: figure.period,
		asOf: figure.asOf,
		order: figure.order,
		superseded: figure.superseded,
		conflict: figure.conflict,
		source: figure.source,
	};
}

function latestJson(series: Series | null): LatestJson | null {
	if (!series) return null;
	return {...figureJson(series.latest), previous: series.previous ? figureJson(series.previous) : null, direction: series.direction};
}

function seriesHeadJson(series: Series): Omit<SeriesJson, 'points'> {
	return {key: series.key, kind: series.kind, label: series.label, segment: series.segment, unit: series.unit, conflict: series.hasConflict};
}

function seriesJson(series: Series): SeriesJson {
	return {...seriesHeadJson(series), points: series.points.map(point => figureJson(point))};
}

export function eventJson(entry: TimelineEntry): EventJson {
	return {id: entry.eventId, date: entry.date, dateText: entry.dateText, action: entry.action, text: entry.text, companies: entry.companies, sources: entry.sources};
}

export function articleJson(article: ArticleSummary): ArticleJson {
	return {id: article.articleId, date: article.date, dateInferred: article.dateInferred, title: article.title, publisher: article.publisher, file: article.file, summary: article.sentences};
}

function conflictJson(conflict: ConflictView): ConflictJson {
	return {kind: conflict.kind, label: conflict.label, period: conflict.period, note: conflict.note, figures: conflict.figures.map(figure => figureJson(figure))};
}

function companyHeadJson(briefing: CompanyBriefing) {
	const {header} = briefing;
	return {
		id: header.id,
		name: header.name,
		ticker: header.ticker,
		japaneseName: header.japaneseName,
		watched: header.watched,
		articleCount: header.articleCount,
		conflict: header.hasConflict,
		latest: {marketShare: latestJson(header.share), revenueGrowth: latestJson(header.growth)},
	};
}

export function companyJson(briefing: CompanyBriefing): CompanyJson {
	return {
		...companyHeadJson(briefing),
		series: briefing.series.map(series => seriesJson(series)),
		figures: briefing.figures.map(figure => figureJson(figure)),
		conflicts: briefing.conflicts.map(conflict => conflictJson(conflict)),
		timeline: briefing.timeline.map(entry => eventJson(entry)),
		articles: briefing.articles.map(article => articleJson(article)),
	};
}

export function briefingJson(briefings: readonly CompanyBriefing[]): BriefingJson {
	return {schema: briefingSchemaName, version: briefingJsonVersion, companies: briefings.map(briefing => companyJson(briefing))};
}

/** `companyJson` with its lists made item by item as they are written (a large company has 10,000 figures). */
function companyJsonList(briefing: CompanyBriefing) {
	return {
		...companyHeadJson(briefing),
		series: new JsonList(briefing.series, series => ({...seriesHeadJson(series), points: new JsonList(series.points, point => figureJson(point))})),
		figures: new JsonList(briefing.figures, figure => figureJson(figure)),
		conflicts: new JsonList(briefing.conflicts, conflict => conflictJson(conflict)),
		timeline: new JsonList(briefing.timeline, entry => eventJson(entry)),
		articles: new JsonList(briefing.articles, article => articleJson(article)),
	};
}

/**
 * `brief --json` in pieces, a company at a time and each company item by item: the document
 * `formatBriefingJson` makes, never held whole (test/print/briefing-json.test.ts).
 */
export function* briefingJsonPieces(briefings: Iterable<CompanyBriefing>): Generator<string, void> {
	yield* jsonPieces({schema: briefingSchemaName, version: briefingJsonVersion, companies: new JsonList(briefings, briefing => companyJsonList(briefing))});
	yield '\n';
}

/** `brief --json`: one document, two-space indented, ending with a newline. */
export function formatBriefingJson(briefings: Iterable<CompanyBriefing>): string {
	return [...briefingJsonPieces(briefings)].join('');
}

/**
 * `brief --ndjson`: a `meta` record, then per company a `company` record followed by its `figure`,
 * `conflict`, `event` and `article` records; each record names its company. A figure record says
 * which series it is a point of (`series`, null for a standalone figure), whether it is that series'
 * newest point (`latest`, null for a standalone figure) and whether the header shows it (`headline`).
 * A piece per record.
 */
export function* briefingNdjsonPieces(briefings: Iterable<CompanyBriefing>): Generator<string, void> {
	const line = (record: unknown) => `${JSON.stringify(record)}\n`;
	yield line({type: 'meta', schema: briefingSchemaName, version: briefingJsonVersion});
	for (const briefing of briefings) {
		const company = companyHeadJson(briefing);
		yield line({type: 'company', ...company});
		const latest = new Set([briefing.header.share?.latest.metricId, briefing.header.growth?.latest.metricId]);
		for (const item of briefing.series) {
			for (const point of item.points) yield line({type: 'figure', company: company.id, series: item.key, latest: point === item.latest, headline: latest.has(point.metricId), ...figureJson(point)});
		}

		for (const figure of briefing.figures) yield line({type: 'figure', company: company.id, series: null, latest: null, headline: false, ...figureJson(figure)});
		for (const conflict of briefing.conflicts) yield line({type: 'conflict', company: company.id, ...conflictJson(conflict)});
		for (const entry of briefing.timeline) yield line({type: 'event', company: company.id, ...eventJson(entry)});
		for (const article of briefing.articles) yield line({type: 'article', company: company.id, ...articleJson(article)});
	}
}

export function formatBriefingNdjson(briefings: Iterable<CompanyBriefing>): string {
	return [...briefingNdjsonPieces(briefings)].join('');
}
