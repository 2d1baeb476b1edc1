import type {ArticleSummary, CompanyBriefing, ConflictView, FigureView, Series, TimelineEntry} from '../dataset/selectors/index.js';
import {briefingJsonVersion, briefingSchemaName, type ArticleJson, type BriefingJson, type CompanyJson, type ConflictJson, type EventJson, type FigureJson, type LatestJson, type PointJson, type SeriesJson} from './briefing-json-shapes.js';
import {JsonList, jsonPieces} from './json-pieces.js';

export {briefingJsonVersion, briefingSchemaName} from './briefing-json-shapes.js';
export type {ArticleJson, BriefingJson, CompanyJson, ConflictJson, EventJson, FigureJson, LatestJson, PointJson, SeriesJson} from './briefing-json-shapes.js';

export function figureJson(figure: FigureView): FigureJson {
	return {
		id: figure.id,
		fact: figure.fact,
		kind: figure.kind,
		kindName: figure.kindName,
		measure: figure.measure,
		owner: figure.company,
		counterparty: figure.counterparty,
		segment: figure.segment,
		value: figure.value,
		unit: figure.unit,
		text: figure.text,
		display: figure.display,
		qualifier: figure.qualifier,
		range: figure.range,
		converted: figure.converted,
		period: figure.period,
		periodText: figure.periodText,
		basis: figure.basis,
		researchFirm: figure.researchFirm,
		asOf: figure.asOf,
		prior: figure.prior,
		conflict: figure.conflict,
		sources: figure.sources,
	};
}

function latestJson(series: Series): LatestJson {
	return {...figureJson(series.latest), series: series.key, previous: series.previous ? figureJson(series.previous) : null, direction: series.direction};
}

function seriesHeadJson(series: Series): Omit<SeriesJson, 'points'> {
	return {
		key: series.key,
		kind: series.kind,
		kindName: series.kindName,
		segment: series.segment,
		researchFirm: series.researchFirm,
		unit: series.unit,
		conflict: series.hasConflict,
		latest: series.latest.id,
		previous: series.previous?.id ?? null,
		direction: series.direction,
	};
}

function pointJson(point: FigureView): PointJson {
	return {figure: point.id, when: point.when, value: point.value, prior: point.prior, conflict: point.conflict};
}

function seriesJson(series: Series): SeriesJson {
	return {...seriesHeadJson(series), points: series.points.map(point => pointJson(point))};
}

export function eventJson(entry: TimelineEntry): EventJson {
	return {id: entry.eventId, date: entry.date, dateText: entry.dateText, kind: entry.kind, kindName: entry.kindName, title: entry.title, amount: entry.amount, companies: entry.companies, sources: entry.sources};
}

export function articleJson(article: ArticleSummary): ArticleJson {
	return {id: article.articleId, date: article.date, dateInferred: article.dateInferred, title: article.title, publisher: article.publisher, file: article.file, summary: article.sentences, urls: article.urls, reason: article.reason};
}

function conflictJson(conflict: ConflictView): ConflictJson {
	return {kind: conflict.kind, kindName: conflict.kindName, segment: conflict.segment, period: conflict.period, basis: conflict.basis, note: conflict.note, figures: conflict.figures.map(figure => figureJson(figure))};
}

function companyHeadJson(briefing: CompanyBriefing) {
	const {header} = briefing;
	return {
		id: header.id,
		name: header.name,
		ticker: header.ticker,
		japaneseName: header.japaneseName,
		inRegistry: header.inRegistry,
		fiscalYearEnd: header.fiscalYearEnd,
		segments: header.segments,
		watched: header.watched,
		articleCount: header.articleCount,
		conflict: header.hasConflict,
		latest: Object.fromEntries(briefing.headlines.map(series => [series.kind, latestJson(series)])) as CompanyJson['latest'],
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
		series: new JsonList(briefing.series, series => ({...seriesHeadJson(series), points: new JsonList(series.points, point => pointJson(point), false)})),
		figures: new JsonList(briefing.figures, figure => figureJson(figure), false),
		conflicts: new JsonList(briefing.conflicts, conflict => conflictJson(conflict), false),
		timeline: new JsonList(briefing.timeline, entry => eventJson(entry), false),
		articles: new JsonList(briefing.articles, article => articleJson(article), false),
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
 * `conflict`, `event` and `article` records; each record names the company it is listed under. A
 * figure record says which series it is a point of (`series`, null for an outlook or a figure of
 * another company), whether it is that series' latest actual (`latest`) and whether the company's
 * `latest` shows it (`headline`). A piece per record.
 */
export function* briefingNdjsonPieces(briefings: Iterable<CompanyBriefing>): Generator<string, void> {
	const line = (record: unknown) => `${JSON.stringify(record)}\n`;
	yield line({type: 'meta', schema: briefingSchemaName, version: briefingJsonVersion});
	for (const briefing of briefings) {
		const company = companyHeadJson(briefing);
		yield line({type: 'company', ...company});
		const seriesOf = new Map<FigureView, Series>();
		for (const series of briefing.series) for (const point of series.points) seriesOf.set(point, series);
		const headlines = new Set(briefing.headlines.map(series => series.latest));
		for (const figure of briefing.figures) {
			const series = seriesOf.get(figure);
			yield line({type: 'figure', company: company.id, series: series?.key ?? null, latest: series?.latest === figure, headline: headlines.has(figure), ...figureJson(figure)});
		}

		for (const conflict of briefing.conflicts) yield line({type: 'conflict', company: company.id, ...conflictJson(conflict)});
		for (const entry of briefing.timeline) yield line({type: 'event', company: company.id, ...eventJson(entry)});
		for (const article of briefing.articles) yield line({type: 'article', company: company.id, ...articleJson(article)});
	}
}

export function formatBriefingNdjson(briefings: Iterable<CompanyBriefing>): string {
	return [...briefingNdjsonPieces(briefings)].join('');
}
