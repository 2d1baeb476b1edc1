import type {CompanyBriefing, CompanyHeader, Direction, FigureView, Series} from '../dataset/selectors/index.js';
import {chartedSeries, copiesMark, figureTitle} from '../dataset/selectors/index.js';
import {glyphs} from './style.js';

/** The figures of one kind: its name, and a line of words for each figure. */
export interface PlainFigureGroup {
	readonly kind: string;
	readonly figures: readonly string[];
}

/** A series as a sparkline of `values` and what it spans ("25% to 33%, 4 points"). */
export interface PlainSeries {
	readonly title: string;
	readonly values: readonly number[];
	readonly summary: string;
}

/** An article's date and title, and its summary sentences. */
export interface PlainArticle {
	readonly head: string;
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
	readonly figures: readonly PlainFigureGroup[];
	readonly series: readonly PlainSeries[];
	readonly conflicts: readonly string[];
	readonly timeline: readonly string[];
	readonly articles: readonly PlainArticle[];
}

const directionGlyph: Readonly<Record<Direction, string>> = {up: glyphs.up, down: glyphs.down, flat: glyphs.flat};

/** How an outlook is marked wherever a figure is written out: never read as a result. */
export const outlookMark = '(outlook)';

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The amount as written, with the other currency the article gave: "50億ドル (約7,500億円)". */
export function amountAsWritten(figure: Pick<FigureView, 'text' | 'display' | 'converted'>): string {
	const text = figure.text === '' ? figure.display : figure.text;
	return figure.converted && figure.converted.text !== '' ? `${text} (${figure.converted.text})` : text;
}

/** "2025-Q2", "FY2026 (2026年3月期)", or the date of its article when it names no period. */
function periodWords(figure: FigureView): string {
	if (figure.period === null) return figure.asOf === null ? 'no period' : `as of ${figure.asOf}`;
	return figure.periodText === '' || figure.periodText === figure.period ? figure.period : `${figure.period} (${figure.periodText})`;
}

/**
 * A figure in words: "AWS: 29% ▼ (was 34%) · 2025-Q3 · Synergy Research Group · 2 sources". The
 * segment (and for kind `other` what was measured), the amount as written, an outlook marked, the
 * move from the previous period when `series` has one, the other party, the period, the research
 * firm and how many articles state it. `company` is the briefing's: a figure it received names its payer.
 */
export function figureWords(figure: FigureView, company: string, series?: Series): string {
	const subject = [figure.segment?.name, figure.kind === 'other' && figure.measure !== '' ? figure.measure : undefined].filter(part => part !== undefined);
	const lead = subject.length > 0 ? `${subject.join(' ')}: ` : '';
	const outlook = figure.basis === 'outlook' ? ` ${outlookMark}` : '';
	const moved = series?.previous && series.direction ? ` ${directionGlyph[series.direction]} (was ${amountAsWritten(series.previous)})` : '';
	const stockArrow = !moved && figure.kind === 'stock_move' && figure.value !== 0 ? ` ${figure.value > 0 ? glyphs.up : glyphs.down}` : '';
	const party = figure.company.id !== company ? ` by ${figure.company.name}` : figure.counterparty ? ` with ${figure.counterparty.name}` : '';
	const firm = figure.researchFirm === null ? '' : ` ${glyphs.separator} ${figure.researchFirm}`;
	const conflict = figure.conflict ? ` ${glyphs.conflict} sources disagree` : '';
	return `${lead}${amountAsWritten(figure)}${outlook}${moved}${stockArrow}${party} ${glyphs.separator} ${periodWords(figure)}${firm} ${glyphs.separator} ${plural(figure.sources.length, 'source')}${conflict}`;
}

function plainFigures(briefing: CompanyBriefing): PlainFigureGroup[] {
	const seriesByLatest = new Map(briefing.series.map(series => [series.latest, series]));
	const groups: PlainFigureGroup[] = [];
	let group: {kind: string; figures: string[]} | undefined;
	// Figures come grouped by kind (see selectFigures).
	for (const figure of briefing.figures) {
		if (group?.kind !== figure.kindName) {
			group = {kind: figure.kindName, figures: []};
			groups.push(group);
		}

		group.figures.push(figureWords(figure, briefing.header.id, seriesByLatest.get(figure)));
	}

	return groups;
}

function timelineWords(entry: CompanyBriefing['timeline'][number]): string {
	const sources = `(${plural(entry.sourceCount, 'source')}: ${entry.sources.map(source => source.article).join(', ')})`;
	return `${entry.date} ${glyphs.dash} ${entry.kindName}: ${entry.title} ${sources}`;
}

/** The words of a briefing, in the order the text printer shows them. */
export function plainBriefing(briefing: CompanyBriefing): PlainBriefing {
	const {id, name, ticker, japaneseName, watched, hasConflict} = briefing.header;
	return {
		header: {id, name, ticker, japaneseName, watched, hasConflict},
		figures: plainFigures(briefing),
		series: chartedSeries(briefing).map(series => {
			const first = series.points[0]!;
			const last = series.points.at(-1)!;
			const range = series.points.length === 1 ? amountAsWritten(first) : `${amountAsWritten(first)} (${first.when ?? 'undated'}) to ${amountAsWritten(last)} (${last.when ?? 'undated'})`;
			const conflict = series.hasConflict ? ` ${glyphs.conflict} conflicting points` : '';
			return {title: figureTitle(series), values: series.points.map(point => point.value), summary: `${range}, ${plural(series.points.length, 'point')}${conflict}`};
		}),
		conflicts: briefing.conflicts.map(conflict => {
			const articles = [...new Set(conflict.figures.flatMap(figure => figure.sources.map(source => source.article)))].filter(article => !conflict.note.includes(article));
			return `${conflict.note}${articles.length === 0 ? '' : ` (${articles.join(', ')})`}`;
		}),
		timeline: briefing.timeline.map(entry => timelineWords(entry)),
		articles: briefing.articles.map(article => ({
			head: `${article.date ?? 'undated'}${article.dateInferred ? ' (inferred)' : ''} ${article.title}${copiesMark(article)}`,
			sentences: article.sentences,
		})),
	};
}
