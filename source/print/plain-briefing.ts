import type {CompanyBriefing, CompanyHeader, ConflictView, Direction, FigureView, KeyFigure, Series, SourceReference, TimelineEntry} from '../dataset/selectors/index.js';
import {chartedKinds, copiesMark, figureTitle, isChartable, partyWords} from '../dataset/selectors/index.js';
import {figureKindName} from '../dataset/selectors/kinds.js';
import {amountAsWritten, citation, dateOrUndated, figurePeriod, keyFigureWords, outlookWord, periodWords, reasonWords} from '../dataset/selectors/figure-words.js';
import {periodWords as periodInLanguage} from '../dataset/selectors/time-words.js';
import type {Language} from '../text/language.js';
import {messages} from '../text/messages.js';
import {figureRowCells} from '../dataset/selectors/figure-table.js';
import {glyphs} from './style.js';

export {amountAsWritten} from '../dataset/selectors/figure-words.js';

/** A source as the printer cites it: the article's title and date, and its quote (shown with --quotes). */
export interface PlainSource {
	readonly citation: string;
	readonly quote: string;
}

/** A key figure: its label ("Share (AWS)") and the rest in words ("約33% or 29%程度 · as of 2025-09-07 · 1 source ! sources disagree"). */
export interface PlainKeyFigure {
	readonly label: string;
	readonly words: string;
}

/** A row of the figures table, cell by cell (see figure-table.ts), with its sources. */
export interface PlainFigure {
	readonly cells: readonly string[];
	/** The same figure as one line of words, for widths too narrow for a table. */
	readonly words: string;
	readonly sources: readonly PlainSource[];
}

/** A series as a sparkline of `values` and what it spans ("25% to 33%, 4 points"). */
export interface PlainSeries {
	readonly title: string;
	readonly values: readonly number[];
	readonly summary: string;
}

/** A timeline row ("2025-11-03 契約 OpenAI × Amazon 380億ドル ×2") and the articles that report it. */
export interface PlainEvent {
	readonly row: string;
	readonly sources: readonly PlainSource[];
}

/** An article's date and title, why it is about the company, and its summary sentences. */
export interface PlainArticle {
	readonly head: string;
	readonly reason: string;
	readonly sentences: readonly string[];
}

/**
 * A briefing as plain text before it is fitted to a width: every item's words are final, only the
 * lines are still to be made. The text printer lays this out; `brief extract` stores it beside
 * each company's shard, because choosing and wording a large company's figures costs more than
 * laying them out (see plain-view.ts).
 */
export interface PlainBriefing {
	readonly header: Pick<CompanyHeader, 'id' | 'name' | 'ticker' | 'japaneseName' | 'watched' | 'hasConflict'>;
	/** The key figures the TUI's header shows: actuals, then outlooks (labelled so). */
	readonly keyFigures: readonly PlainKeyFigure[];
	readonly figures: readonly PlainFigure[];
	readonly series: readonly PlainSeries[];
	readonly conflicts: readonly string[];
	readonly timeline: readonly PlainEvent[];
	readonly articles: readonly PlainArticle[];
}

const directionGlyph: Readonly<Record<Direction, string>> = {up: glyphs.up, down: glyphs.down, flat: glyphs.flat};

/** How an outlook is marked wherever a figure is written out as words: never read as a result. */
export function outlookMark(language: Language): string {
	return `(${outlookWord(language)})`;
}

/** "2025-Q2", "FY2026 (2026年3月期)", or the date of its article when it names no period; in Japanese, the period as Japanese writes it. */
function periodWithText(figure: FigureView, language: Language): string {
	const period = figurePeriod(figure, language);
	if (period === null || language === 'ja') return periodWords(figure, language);
	return figure.periodText === '' || figure.periodText === figure.period ? period : `${period} (${figure.periodText})`;
}

/**
 * A figure in words: "AWS: 29% ▼ (was 34%) · 2025-Q3 · Synergy Research Group · 2 sources". The
 * segment (and for kind `other` what was measured), the amount, an outlook marked, the
 * move from the previous period when `series` has one, the other party, the period, the research
 * firm and how many articles state it. `company` is the briefing's: a figure it received names its payer.
 */
export function figureWords(figure: FigureView, company: string, series?: Series, language: Language = 'en'): string {
	const words = messages(language);
	const subject = [figure.segment?.name, figure.kind === 'other' && figure.measure !== '' ? figure.measure : undefined].filter(part => part !== undefined);
	const lead = subject.length > 0 ? `${subject.join(' ')}: ` : '';
	const outlook = figure.basis === 'outlook' ? ` ${outlookMark(language)}` : '';
	const moved = series?.previous && series.direction ? ` ${directionGlyph[series.direction]} ${words.was(amountAsWritten(series.previous, language))}` : '';
	const stockArrow = !moved && figure.kind === 'stock_move' && figure.value !== 0 ? ` ${figure.value > 0 ? glyphs.up : glyphs.down}` : '';
	const partyText = partyWords(figure, company, language);
	const party = partyText === '' ? '' : ` ${partyText}`;
	const firm = figure.researchFirm === null ? '' : ` ${glyphs.separator} ${figure.researchFirm}`;
	const conflict = figure.conflict ? ` ${glyphs.conflict} ${words.sourcesDisagree}` : '';
	return `${lead}${amountAsWritten(figure, language)}${outlook}${moved}${stockArrow}${party} ${glyphs.separator} ${periodWithText(figure, language)}${firm} ${glyphs.separator} ${words.sources(figure.sources.length)}${conflict}`;
}

function plainSources(sources: readonly SourceReference[], language: Language): PlainSource[] {
	return sources.map(source => ({citation: citation(source, language), quote: source.quote}));
}

function keyFigureLine(key: KeyFigure, companyId: string, outlook: boolean, language: Language): PlainKeyFigure {
	const words = keyFigureWords(key, companyId, language);
	const parts = [`${words.value}${words.move === '' ? '' : ` ${words.move}`}`, words.period, words.sources];
	const conflict = words.conflict ? ` ${glyphs.conflict} ${messages(language).sourcesDisagree}` : '';
	return {label: outlook ? `${outlookWord(language)}: ${words.label}` : words.label, words: `${parts.join(` ${glyphs.separator} `)}${conflict}`};
}

/** "2025-11-03 契約 OpenAI × Amazon 380億ドル ×2": the timeline row of the TUI and of the plain briefing. */
export function timelineRow(entry: Pick<TimelineEntry, 'date' | 'badge' | 'headline' | 'sourceCount'>, language: Language = 'en'): string {
	return `${dateOrUndated(entry.date, language)} ${entry.badge} ${entry.headline}${entry.sourceCount > 1 ? ` ×${entry.sourceCount}` : ''}`;
}

/**
 * The series the charts draw, as sparklines: actual figures placed by their own period, one point a
 * period, and only a series of two periods or more (a single period is a number, in the key figures
 * and the figures table; values of one article's date are not a trend).
 */
function plainSeries(briefing: CompanyBriefing, language: Language): PlainSeries[] {
	const words = messages(language);
	return chartedKinds
		.flatMap(kind => briefing.periodSeries.filter(one => one.series.kind === kind && isChartable(one)))
		.map(({series, points}) => {
			const first = points[0]!;
			const last = points.at(-1)!;
			const disputed = points.filter(point => point.conflict).length;
			const conflict = disputed > 0 ? ` ${glyphs.conflict} ${words.disputed(disputed)}` : '';
			const period = (point: typeof first) => periodInLanguage(point.period, language, briefing.header.fiscalYearEnd);
			const range = words.fromTo(`${amountAsWritten(first.shown, language)} (${period(first)})`, `${amountAsWritten(last.shown, language)} (${period(last)})`);
			return {title: figureTitle(series, language), values: points.map(point => point.shown.value), summary: `${range}${words.listSeparator}${words.periods(points.length)}${conflict}`};
		});
}

/** The words of a briefing, in the order the text printer shows them. */
export function plainBriefing(briefing: CompanyBriefing, language: Language = 'en'): PlainBriefing {
	const words = messages(language);
	const {id, name, ticker, japaneseName, watched, hasConflict} = briefing.header;
	const seriesByLatest = new Map(briefing.series.map(series => [series.latest, series]));
	return {
		header: {id, name, ticker, japaneseName, watched, hasConflict},
		keyFigures: [...briefing.keyFigures.actuals.map(key => keyFigureLine(key, id, false, language)), ...briefing.keyFigures.outlooks.map(key => keyFigureLine(key, id, true, language))],
		figures: briefing.figures.map(figure => ({
			cells: figureRowCells(figure, id, language),
			words: `${figureKindName(figure.kind, language)} ${glyphs.dash} ${figureWords(figure, id, seriesByLatest.get(figure), language)}`,
			sources: plainSources(figure.sources, language),
		})),
		series: plainSeries(briefing, language),
		conflicts: briefing.conflicts.map(conflict => {
			const articles = [...new Set(conflict.figures.flatMap(figure => figure.sources.map(source => citation(source, language))))];
			return `${conflictWords(conflict, language)}${articles.length === 0 ? '' : ` (${articles.join('; ')})`}`;
		}),
		timeline: briefing.timeline.map(entry => ({row: timelineRow(entry, language), sources: plainSources(entry.sources, language)})),
		articles: briefing.articles.map(article => ({
			head: `${dateOrUndated(article.date, language)}${article.dateInferred ? ` ${words.inferred}` : ''} ${article.title}${copiesMark(article)}`,
			reason: language === 'en' ? article.reason : reasonWords(article.why, language),
			sentences: article.sentences,
		})),
	};
}

/** A disagreement in words: the dataset's note in English; in Japanese, what disagrees and the values ("シェア (AWS) 2025年7〜9月期: 約29% 対 31%"). */
export function conflictWords(conflict: ConflictView, language: Language): string {
	if (language === 'en') return conflict.note.replace(/ \(within [^)]*\)$/, '');
	const title = figureTitle({kind: conflict.kind, segment: conflict.segment, researchFirm: null}, language);
	const first = conflict.figures[0];
	const when = first ? periodWords(first, language) : '';
	return `${title}${when === '' ? '' : ` ${when}`}: ${conflict.figures.map(figure => amountAsWritten(figure, language)).join(messages(language).versus)}`;
}
