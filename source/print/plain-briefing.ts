import type {CompanyBriefing, CompanyHeader, Direction, Figure} from '../dataset/selectors/index.js';
import {figureTitle} from '../dataset/selectors/index.js';
import {glyphs} from './style.js';

/** A figure's row: its label and everything said of it ("~29% (was ~34%) ▼ · 2025-09-07 · a3"). */
export interface PlainFigure {
	readonly title: string;
	readonly facts: string;
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
	readonly figures: readonly PlainFigure[];
	readonly series: readonly PlainSeries[];
	readonly conflicts: readonly string[];
	readonly timeline: readonly string[];
	readonly articles: readonly PlainArticle[];
}

const directionGlyph: Readonly<Record<Direction, string>> = {up: glyphs.up, down: glyphs.down, flat: glyphs.flat};

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

function plainFigures(briefing: CompanyBriefing): PlainFigure[] {
	const {share, growth} = briefing.header;
	// The headline share and growth first, then the company's other series, then every other figure.
	const series = [share, growth, ...briefing.series.filter(series => series !== share && series !== growth)].filter(series => series !== null);
	return [
		...series.map(series => ({title: figureTitle(series), facts: figureFacts(series.latest, series.previous, series.direction)})),
		...briefing.figures.map(figure => ({title: figureTitle(figure), facts: figureFacts(figure)})),
	];
}

/** The words of a briefing, in the order the text printer shows them. */
export function plainBriefing(briefing: CompanyBriefing): PlainBriefing {
	const {id, name, ticker, japaneseName, watched, hasConflict} = briefing.header;
	return {
		header: {id, name, ticker, japaneseName, watched, hasConflict},
		figures: plainFigures(briefing),
		series: briefing.series.map(series => {
			const first = series.points[0]!;
			const range = series.points.length === 1 ? first.display : `${first.display} to ${series.latest.display}`;
			const count = `${series.points.length} point${series.points.length === 1 ? '' : 's'}`;
			const conflict = series.hasConflict ? ` ${glyphs.conflict} conflicting points` : '';
			return {title: figureTitle(series), values: series.points.map(point => point.value), summary: `${range}, ${count}${conflict}`};
		}),
		conflicts: briefing.conflicts.map(conflict => {
			const articles = [...new Set(conflict.figures.map(figure => figure.source.article))].filter(article => !conflict.note.includes(article));
			return `${conflict.note}${articles.length === 0 ? '' : ` (${articles.join(', ')})`}`;
		}),
		timeline: briefing.timeline.map(entry => {
			const sources = `(${entry.sourceCount} source${entry.sourceCount === 1 ? '' : 's'}: ${entry.sources.map(source => source.article).join(', ')})`;
			return `${entry.date} ${glyphs.dash} ${entry.text} ${sources}`;
		}),
		articles: briefing.articles.map(article => ({
			head: `${article.date ?? 'undated'}${article.dateInferred ? ' (inferred)' : ''} ${article.title}`,
			sentences: article.sentences,
		})),
	};
}
