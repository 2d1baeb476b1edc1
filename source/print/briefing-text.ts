import type {CompanyBriefing, CompanyHeader, ConflictView, Direction, Figure, Series, TimelineEntry} from '../dataset/selectors/index.js';
import {figureTitle} from '../dataset/selectors/index.js';
import {displayWidth, padEnd, truncate} from '../text/width.js';
import {hangingLines} from './lines.js';
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

function figureLines(title: string, facts: string, labelWidth: number, width: number): string[] {
	if (labelWidth > 0 && labelWidth + 4 + 16 <= width) return hangingLines(facts, width, `  ${padEnd(title, labelWidth)}  `);
	// No room for a column: the label on its own line, the facts under it.
	return [...hangingLines(title, width, '  '), ...hangingLines(facts, width, '    ')];
}

function latestFigures(briefing: CompanyBriefing, width: number): string[] {
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
	const labelWidth = Math.max(0, ...rows.map(row => displayWidth(row.title)));
	return rows.flatMap(row => figureLines(row.title, row.facts, labelWidth <= width / 3 ? labelWidth : 0, width));
}

function seriesLine(series: Series, width: number): string[] {
	const first = series.points[0]!;
	const range = series.points.length === 1 ? first.display : `${first.display} to ${series.latest.display}`;
	const conflict = series.hasConflict ? ` ${glyphs.conflict} conflicting points` : '';
	const count = `${series.points.length} point${series.points.length === 1 ? '' : 's'}`;
	const title = `    ${figureTitle(series)}  `;
	const room = width - displayWidth(title) - 1;
	// Beside its title while the title takes at most half the width; below it otherwise.
	if (displayWidth(title) <= width / 2 && room >= 8) {
		const line = sparkline(series.points.map(point => point.value), Math.min(room, 40));
		return hangingLines(`${line} ${range}, ${count}${conflict}`, width, title, '      ');
	}

	return [...hangingLines(figureTitle(series), width, '    '), ...hangingLines(`${sparkline(series.points.map(point => point.value), width - 6)} ${range}, ${count}${conflict}`, width, '      ')];
}

function conflictLines(conflict: ConflictView, width: number): string[] {
	const articles = [...new Set(conflict.figures.map(figure => figure.source.article))].filter(article => !conflict.note.includes(article));
	const sources = articles.length === 0 ? '' : ` (${articles.join(', ')})`;
	return hangingLines(`${conflict.note}${sources}`, width, `    ${glyphs.conflict} `);
}

function timelineLines(entry: TimelineEntry, width: number): string[] {
	const sources = `(${entry.sourceCount} source${entry.sourceCount === 1 ? '' : 's'}: ${entry.sources.map(source => source.article).join(', ')})`;
	return hangingLines(`${entry.date} ${glyphs.dash} ${entry.text} ${sources}`, width, '    ', '      ');
}

interface Line {
	readonly text: string;
	readonly isTitle: boolean;
}

function section(title: string, lines: readonly string[], width: number): Line[] {
	if (lines.length === 0) return [];
	return [...hangingLines(title, width, '  ').map(text => ({text, isTitle: true})), ...lines.map(text => ({text, isTitle: false}))];
}

/** The plain-text briefing of one company: figures, sparklines, conflicts, timeline, article summaries. */
export function companyBriefingLines(briefing: CompanyBriefing, options: TextOptions): string[] {
	const {width} = options;
	const style = styleFor(options.colour);
	const conflictMark = briefing.header.hasConflict ? `  ${glyphs.conflict} conflicting figures` : '';
	const heading = hangingLines(companyTitle(briefing.header) + conflictMark, width, '', '  ');
	const figures = latestFigures(briefing, width);
	const series = briefing.series.flatMap(item => seriesLine(item, width));
	const conflicts = briefing.conflicts.flatMap(conflict => conflictLines(conflict, width));
	const timeline = briefing.timeline.flatMap(entry => timelineLines(entry, width));
	const articles = briefing.articles.flatMap(article => [
		...hangingLines(`${article.date ?? 'undated'}${article.dateInferred ? ' (inferred)' : ''} ${article.title}`, width, '    ', '      '),
		...article.sentences.flatMap(sentence => hangingLines(sentence, width, `      ${glyphs.bullet} `)),
	]);
	const empty = figures.length + timeline.length + articles.length === 0 ? hangingLines('nothing reported yet', width, '  ') : [];
	const body = [
		...section('Latest figures', figures, width),
		...section('Series', series, width),
		...section('Conflicts', conflicts, width),
		...section('Timeline', timeline, width),
		...section('Articles', articles, width),
		...empty.map(text => ({text, isTitle: false})),
	];
	// Styling comes last, on lines already fitted to the width: escapes take no columns.
	if (!options.colour) return [...heading, ...body.map(line => line.text)];
	return [...heading.map(line => style.heading(line)), ...body.map(line => (line.isTitle ? style.accent(line.text) : paintMarks(line.text, style)))];
}

/** The plain-text briefing of several companies, a blank line between them; ends with a newline. */
export function formatBriefingText(briefings: readonly CompanyBriefing[], options: TextOptions): string {
	const blocks = briefings.map(briefing => companyBriefingLines(briefing, options).join('\n'));
	return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** Cuts a line to the width; for printers that show a single line per item. */
export function fitLine(text: string, width: number): string {
	return truncate(text, width);
}
