import type {ArticleSummary, CompanyBriefing, CompanyHeader, ConflictView, Direction, Figure, Series, TimelineEntry} from '../dataset/selectors/index.js';
import {figureTitle} from '../dataset/selectors/index.js';
import {displayWidth, padEnd, truncate} from '../text/width.js';
import {hangingLines, pushHangingLines} from './lines.js';
import {sparkline} from './sparkline.js';
import {glyphs, styleFor, type Style} from './style.js';

/** How plain text is laid out: every line fits `width` display columns; ANSI only when `colour`. */
export interface TextOptions {
	readonly width: number;
	readonly colour: boolean;
}

const directionGlyph: Readonly<Record<Direction, string>> = {up: glyphs.up, down: glyphs.down, flat: glyphs.flat};

/** Colours the direction and conflict glyphs of a finished line, so widths are measured without escapes. */
function paintMarks(line: string, style: Style): string {
	return line.replaceAll(glyphs.up, style.up(glyphs.up)).replaceAll(glyphs.down, style.down(glyphs.down)).replaceAll(` ${glyphs.conflict} `, ` ${style.warning(glyphs.conflict)} `);
}

/** "Amazon (AMZN) ★ アマゾン", the company line of every printer. */
export function companyTitle(header: Pick<CompanyHeader, 'name' | 'ticker' | 'watched' | 'japaneseName'>): string {
	const ticker = header.ticker ? ` (${header.ticker})` : '';
	const watched = header.watched ? ` ${glyphs.watched}` : '';
	const japanese = header.japaneseName ? `  ${header.japaneseName}` : '';
	return `${header.name}${ticker}${watched}${japanese}`;
}

/** "~29% (was ~34%) ▼ · 2025-09-07 · 000_c8e6…": the value, what it replaced, when and where from. */
export function figureFacts(figure: Figure, previous: Figure | null = null, direction: Direction | null = null): string {
	const was = previous ? ` (was ${previous.display})` : '';
	const arrow = direction ? ` ${directionGlyph[direction]}` : figure.kind === 'stock_move' && figure.value !== 0 ? ` ${figure.value > 0 ? glyphs.up : glyphs.down}` : '';
	const period = figure.period && figure.period !== figure.asOf ? ` for ${figure.period}` : '';
	const counterparty = figure.counterparty ? ` with ${figure.counterparty}` : '';
	const conflict = figure.conflict ? ` ${glyphs.conflict} sources disagree` : '';
	const when = figure.asOf ?? 'undated';
	return `${figure.display}${was}${arrow}${period}${counterparty} ${glyphs.separator} ${when} ${glyphs.separator} ${figure.source.article}${conflict}`;
}

function pushFigureLines(into: LineSink, title: string, facts: string, labelWidth: number, width: number): void {
	if (labelWidth > 0 && labelWidth + 4 + 16 <= width) {
		pushHangingLines(into, facts, width, `  ${padEnd(title, labelWidth)}  `);
		return;
	}

	// No room for a column: the label on its own line, the facts under it.
	pushHangingLines(into, title, width, '  ');
	pushHangingLines(into, facts, width, '    ');
}

function pushLatestFigures(into: LineSink, briefing: CompanyBriefing, width: number): void {
	const rows: Array<{title: string; facts: string}> = [];
	for (const series of [briefing.header.share, briefing.header.growth]) {
		if (series) rows.push({title: figureTitle(series), facts: figureFacts(series.latest, series.previous, series.direction)});
	}

	for (const series of briefing.series) {
		if (series === briefing.header.share || series === briefing.header.growth) continue;
		rows.push({title: figureTitle(series), facts: figureFacts(series.latest, series.previous, series.direction)});
	}

	for (const figure of briefing.figures) rows.push({title: figureTitle(figure), facts: figureFacts(figure)});
	// A column of labels when every label fits a third of the width; otherwise each label on its own line.
	let labelWidth = 0;
	for (const row of rows) labelWidth = Math.max(labelWidth, displayWidth(row.title));
	for (const row of rows) pushFigureLines(into, row.title, row.facts, labelWidth <= width / 3 ? labelWidth : 0, width);
}

function pushSeriesLines(into: LineSink, series: Series, width: number): void {
	const first = series.points[0]!;
	const range = series.points.length === 1 ? first.display : `${first.display} to ${series.latest.display}`;
	const conflict = series.hasConflict ? ` ${glyphs.conflict} conflicting points` : '';
	const count = `${series.points.length} point${series.points.length === 1 ? '' : 's'}`;
	const title = `    ${figureTitle(series)}  `;
	const room = width - displayWidth(title) - 1;
	// Beside its title while the title takes at most half the width; below it otherwise.
	if (displayWidth(title) <= width / 2 && room >= 8) {
		const line = sparkline(series.points.map(point => point.value), Math.min(room, 40));
		pushHangingLines(into, `${line} ${range}, ${count}${conflict}`, width, title, '      ');
		return;
	}

	pushHangingLines(into, figureTitle(series), width, '    ');
	pushHangingLines(into, `${sparkline(series.points.map(point => point.value), width - 6)} ${range}, ${count}${conflict}`, width, '      ');
}

function pushConflictLines(into: LineSink, conflict: ConflictView, width: number): void {
	const articles = [...new Set(conflict.figures.map(figure => figure.source.article))].filter(article => !conflict.note.includes(article));
	const sources = articles.length === 0 ? '' : ` (${articles.join(', ')})`;
	pushHangingLines(into, `${conflict.note}${sources}`, width, `    ${glyphs.conflict} `);
}

function pushTimelineLines(into: LineSink, entry: TimelineEntry, width: number): void {
	const sources = `(${entry.sourceCount} source${entry.sourceCount === 1 ? '' : 's'}: ${entry.sources.map(source => source.article).join(', ')})`;
	pushHangingLines(into, `${entry.date} ${glyphs.dash} ${entry.text} ${sources}`, width, '    ', '      ');
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
function pushArticleLines(into: LineSink, articles: readonly ArticleSummary[], width: number): void {
	const wrapped = new Map<string, string[]>();
	for (const article of articles) {
		pushHangingLines(into, `${article.date ?? 'undated'}${article.dateInferred ? ' (inferred)' : ''} ${article.title}`, width, '    ', '      ');
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
function writeCompany(briefing: CompanyBriefing, options: TextOptions, emit: (line: string) => void): void {
	const {width, colour} = options;
	const style = styleFor(colour);
	const conflictMark = briefing.header.hasConflict ? `  ${glyphs.conflict} conflicting figures` : '';
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
			emit(colour ? paintMarks(line, style) : line);
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

	reported += section('Latest figures', () => pushLatestFigures(body, briefing, width));
	section('Series', () => pushAll(body, briefing.series, width, pushSeriesLines));
	section('Conflicts', () => pushAll(body, briefing.conflicts, width, pushConflictLines));
	reported += section('Timeline', () => pushAll(body, briefing.timeline, width, pushTimelineLines));
	reported += section('Articles', () => pushArticleLines(body, briefing.articles, width));
	if (reported === 0) for (const line of hangingLines('nothing reported yet', width, '  ')) emit(colour ? paintMarks(line, style) : line);
}

/** The plain-text briefing of one company: figures, sparklines, conflicts, timeline, article summaries. */
export function companyBriefingLines(briefing: CompanyBriefing, options: TextOptions): string[] {
	const lines: string[] = [];
	writeCompany(briefing, options, line => lines.push(line));
	return lines;
}

/** Lines per piece of text: pieces are written as a company is finished, not joined into one string. */
const linesPerPiece = 2000;

/**
 * The plain-text briefing in pieces of whole lines, company by company: a briefing is read from
 * `briefings` only when the one before is written (the largest company of 10,000 articles has
 * 40,000 lines; every company, 400,000). The pieces joined are `formatBriefingText`.
 */
export function* briefingTextPieces(briefings: Iterable<CompanyBriefing>, options: TextOptions): Generator<string, void> {
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
	return [...briefingTextPieces(briefings, options)].join('');
}

/** Cuts a line to the width; for printers that show a single line per item. */
export function fitLine(text: string, width: number): string {
	return truncate(text, width);
}
