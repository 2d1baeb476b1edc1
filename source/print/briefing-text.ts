import type {CompanyBriefing, CompanyHeader} from '../dataset/selectors/index.js';
import {tableLine} from '../text/table.js';
import {displayWidth, padEnd} from '../text/width.js';
import {articleDateNote} from '../dataset/selectors/figure-words.js';
import type {Language, UpDown} from '../text/language.js';
import {messages} from '../text/messages.js';
import {figureColumnsFor, figureHeadings, figureTableWidths, narrowestWholeFigureTable, periodColumn} from '../dataset/selectors/figure-table.js';
import {hangingLines, pushHangingLines} from './lines.js';
import {plainBriefing, type PlainArticle, type PlainBriefing, type PlainEvent, type PlainFigure, type PlainKeyFigure, type PlainSeries, type PlainSource} from './plain-briefing.js';
import {sparkline} from '../text/sparkline.js';
import {glyphs, styleFor, type Style} from './style.js';

/** How plain text is laid out: every line fits `width` display columns; ANSI only when `colour`; each source's quote with `quotes`. */
export interface TextOptions {
	readonly width: number;
	readonly colour: boolean;
	readonly quotes?: boolean | undefined;
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
	/** How ▲▼ are coloured: red up (Japanese quote boards) or green up; the arrows say it without colour. */
	readonly upDown?: UpDown | undefined;
}

/** Colours the direction and conflict glyphs of a finished line, so widths are measured without escapes. */
function paintMarks(line: string, style: Style, upDown: UpDown = 'green-up'): string {
	const [up, down] = upDown === 'red-up' ? [style.down, style.up] : [style.up, style.down];
	return line
		.replaceAll(glyphs.up, up(glyphs.up))
		.replaceAll(glyphs.down, down(glyphs.down))
		.replaceAll(` ${glyphs.conflict} `, ` ${style.warning(glyphs.conflict)} `);
}

/** "Amazon (AMZN) ★ アマゾン", the company line of every printer. */
export function companyTitle(header: Pick<CompanyHeader, 'name' | 'ticker' | 'watched' | 'japaneseName'>): string {
	const ticker = header.ticker ? ` (${header.ticker})` : '';
	const watched = header.watched ? ` ${glyphs.watched}` : '';
	const japanese = header.japaneseName ? `  ${header.japaneseName}` : '';
	return `${header.name}${ticker}${watched}${japanese}`;
}

/** The widest a key figure's label column gets; a longer label wraps its words below it. */
const keyLabelWidth = 26;

function pushKeyFigures(into: LineSink, figures: readonly PlainKeyFigure[], width: number): void {
	const labelWidth = Math.min(keyLabelWidth, Math.max(0, ...figures.map(figure => displayWidth(figure.label))));
	// Beside its label while that leaves the words room; below it otherwise.
	const beside = width - 4 - labelWidth - 2 >= 24;
	for (const figure of figures) {
		if (!beside) {
			pushHangingLines(into, figure.label, width, '    ');
			pushHangingLines(into, figure.words, width, '      ');
			continue;
		}

		const label = displayWidth(figure.label) <= labelWidth ? padEnd(figure.label, labelWidth) : figure.label;
		pushHangingLines(into, figure.words, width, `    ${label}  `, ' '.repeat(4 + labelWidth + 2));
	}
}

/** Each source cited by its article's title and date, with its quote when asked for. */
function pushSources(into: LineSink, sources: readonly PlainSource[], width: number, quotes: boolean, language: Language): void {
	if (!quotes) {
		pushHangingLines(into, messages(language).citedFrom(sources.map(source => source.citation).join('; ')), width, '      ', '        ');
		return;
	}

	for (const source of sources) {
		pushHangingLines(into, source.citation, width, '      ', '        ');
		pushHangingLines(into, `「${source.quote}」`, width, '        ');
	}
}

/** The figures as a table (a heading, a row each), or as lines of words where a table does not fit. */
function pushFigures(into: LineSink, figures: readonly PlainFigure[], width: number, quotes: boolean, language: Language): void {
	const room = width - 4;
	if (figures.length === 0) return;
	if (room < narrowestWholeFigureTable) {
		for (const figure of figures) {
			pushHangingLines(into, figure.words, width, '    ', '      ');
			if (quotes) pushSources(into, figure.sources, width, true, language);
		}

		return;
	}

	const rows = figures.map(figure => figure.cells);
	const widths = figureTableWidths(rows, room, language);
	const columns = figureColumnsFor(rows);
	into.push(`    ${tableLine(figureHeadings(language), widths, columns)}`.trimEnd());
	for (const figure of figures) {
		into.push(`    ${tableLine(figure.cells, widths, columns)}`.trimEnd());
		if (quotes) pushSources(into, figure.sources, width, true, language);
	}

	if (figures.some(figure => figure.cells[periodColumn]!.startsWith('('))) pushHangingLines(into, articleDateNote(language), width, '    ');
}

function pushSeriesLines(into: LineSink, series: PlainSeries, width: number): void {
	const title = `    ${series.title}  `;
	const room = width - displayWidth(title) - 1;
	// Beside its title while the title takes at most half the width; below it otherwise.
	if (displayWidth(title) <= width / 2 && room >= 8) {
		pushHangingLines(into, `${sparkline(series.values, Math.min(room, 40))} ${series.summary}`, width, title, '      ');
		return;
	}

	pushHangingLines(into, series.title, width, '    ');
	pushHangingLines(into, `${sparkline(series.values, width - 6)} ${series.summary}`, width, '      ');
}

function pushConflictLines(into: LineSink, conflict: string, width: number): void {
	pushHangingLines(into, conflict, width, `    ${glyphs.conflict} `);
}

function pushTimelineLines(into: LineSink, entry: PlainEvent, width: number, quotes: boolean, language: Language): void {
	pushHangingLines(into, entry.row, width, '    ', '      ');
	pushSources(into, entry.sources, width, quotes, language);
}

const bulletFirst = `      ${glyphs.bullet} `;
const bulletRest = ' '.repeat(bulletFirst.length);

/** Where lines go: an array, or a writer that sends them on as they come. */
interface LineSink {
	push(line: string): unknown;
}

/**
 * The article lines of a briefing. Summary sentences recur across articles (a story carried by
 * several outlets: half of the 14,000 of the largest company of 10,000 articles), and wrapping is a
 * pure function of the sentence and the width, so each distinct sentence is wrapped once.
 */
function pushArticleLines(into: LineSink, articles: readonly PlainArticle[], width: number): void {
	const wrapped = new Map<string, string[]>();
	for (const article of articles) {
		pushHangingLines(into, article.head, width, '    ', '      ');
		if (article.reason !== '') pushHangingLines(into, `(${article.reason})`, width, '      ', '       ');
		for (const sentence of article.sentences) {
			let sentenceLines = wrapped.get(sentence);
			if (!sentenceLines) {
				sentenceLines = hangingLines(sentence, width, bulletFirst, bulletRest);
				wrapped.set(sentence, sentenceLines);
			}

			for (const line of sentenceLines) into.push(line);
		}
	}
}

/** Every item's lines, pushed as they are made (a large briefing has tens of thousands: no array per item). */
function pushAll<Item>(into: LineSink, items: readonly Item[], width: number, push: (into: LineSink, item: Item, width: number) => void): void {
	for (const item of items) push(into, item, width);
}

/**
 * Sends a company's lines on as they are made; a section's title goes out just before its first
 * line, so a section with none has no title, and nothing is held back.
 */
function writeCompany(briefing: PlainBriefing, options: TextOptions, emit: (line: string) => void): void {
	const {width, colour} = options;
	const language = options.language ?? 'en';
	const words = messages(language);
	const style = styleFor(colour);
	const conflictMark = briefing.header.hasConflict ? `  ${glyphs.conflict} ${words.conflictingFigures}` : '';
	// Styling comes last, on lines already fitted to the width: escapes take no columns.
	for (const line of hangingLines(companyTitle(briefing.header) + conflictMark, width, '', '  ')) emit(colour ? style.heading(line) : line);
	let title: string | undefined;
	let count = 0;
	const body: LineSink = {
		push(line: string) {
			if (title !== undefined) {
				for (const titleLine of hangingLines(title, width, '  ')) emit(colour ? style.accent(titleLine) : titleLine);
				title = undefined;
			}

			count++;
			emit(colour ? paintMarks(line, style, options.upDown) : line);
		},
	};

	// "Nothing reported yet" when there are no figures, events or articles (series and conflicts come from figures).
	let reported = 0;
	const section = (name: string, fill: () => void): number => {
		title = name;
		count = 0;
		fill();
		title = undefined;
		return count;
	};

	const quotes = options.quotes === true;
	section(words.keyFigures, () => pushKeyFigures(body, briefing.keyFigures, width));
	reported += section(words.figures, () => pushFigures(body, briefing.figures, width, quotes, language));
	section(words.series, () => pushAll(body, briefing.series, width, pushSeriesLines));
	section(words.conflicts, () => pushAll(body, briefing.conflicts, width, pushConflictLines));
	reported += section(words.timeline, () => pushAll(body, briefing.timeline, width, (into, entry, fitTo) => pushTimelineLines(into, entry, fitTo, quotes, language)));
	reported += section(words.articles, () => pushArticleLines(body, briefing.articles, width));
	if (reported === 0) for (const line of hangingLines(words.nothingReported, width, '  ')) emit(colour ? paintMarks(line, style) : line);
}

/** The plain-text briefing of one company: key figures, the figures table, sparklines, conflicts, timeline, article summaries. */
export function companyBriefingLines(briefing: CompanyBriefing, options: TextOptions): string[] {
	const lines: string[] = [];
	writeCompany(plainBriefing(briefing, options.language), options, line => lines.push(line));
	return lines;
}

/** Lines per piece of text: pieces are written as a company is finished, not joined into one string. */
const linesPerPiece = 2000;

/**
 * The plain-text briefing in pieces of whole lines, company by company: a briefing is read from
 * `briefings` only when the one before is written (the largest company of 10,000 articles has
 * 40,000 lines; every company, 400,000). The pieces joined are `formatBriefingText`.
 */
export function* briefingTextPieces(briefings: Iterable<PlainBriefing>, options: TextOptions): Generator<string, void> {
	let lines: string[] = [];
	const pieces: string[] = [];
	const flush = () => {
		if (lines.length > 0) pieces.push(`${lines.join('\n')}\n`);
		lines = [];
	};

	let position = 0;
	for (const briefing of briefings) {
		// A blank line between companies.
		if (position++ > 0) lines.push('');
		let any = false;
		writeCompany(briefing, options, line => {
			any = true;
			lines.push(line);
			if (lines.length >= linesPerPiece) flush();
		});
		// A company without a single line (no width to print in) still ends its block.
		if (!any) lines.push('');
		flush();
		yield* pieces.splice(0);
	}
}

/** The plain-text briefing of several companies, a blank line between them; ends with a newline. */
export function formatBriefingText(briefings: Iterable<CompanyBriefing>, options: TextOptions): string {
	return [
		...briefingTextPieces(
			[...briefings].map(briefing => plainBriefing(briefing, options.language)),
			options,
		),
	].join('');
}
