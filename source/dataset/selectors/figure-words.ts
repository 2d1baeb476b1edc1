import {glyphs} from '../../text/glyphs.js';
import {figureKindShortName} from './kinds.js';
import {partyWords, type FigureView, type SourceReference} from './figures.js';
import type {KeyFigure} from './key-figures.js';
import type {Direction} from './series.js';

// The words the TUI and the plain printer both write for a figure, so that they say the same thing.

/** How an outlook is marked wherever a figure is written out: never read as a result. */
export const outlookWord = 'outlook';

/** The amount as written, with the other currency the article gave: "50億ドル (約7,500億円)". */
export function amountAsWritten(figure: Pick<FigureView, 'text' | 'display' | 'converted'>): string {
	const text = figure.text === '' ? figure.display : figure.text;
	return figure.converted && figure.converted.text !== '' ? `${text} (${figure.converted.text})` : text;
}

/** "2025-Q3", or the date of its article ("as of 2025-09-07") when it names no period. */
export function periodWords(figure: Pick<FigureView, 'period' | 'asOf'>): string {
	if (figure.period !== null) return figure.period;
	return figure.asOf === null ? 'no period' : `as of ${figure.asOf}`;
}

export function sourceCount(count: number): string {
	return `${count} source${count === 1 ? '' : 's'}`;
}

/** An article as a person cites it: its title and date, "オープンAIとアマゾン、… (2025-11-03)". */
export function citation(source: Pick<SourceReference, 'title' | 'article' | 'published'>): string {
	return `${source.title === '' ? source.article : source.title} (${source.published ?? 'undated'})`;
}

/** A table's period cell: the period, or in brackets the date of the article when the figure names none ("(2025-09-07)"). */
export function periodCell(figure: Pick<FigureView, 'period' | 'asOf'>): string {
	if (figure.period !== null) return figure.period;
	return figure.asOf === null ? '' : `(${figure.asOf})`;
}

/** What the table's bracketed dates mean, for a note under it. */
export const articleDateNote = '(date): no period given, the date of the article';

/** One row of a figures table, cell by cell. */
export interface FigureCells {
	/** "Share", "Revenue": the kind's short name. */
	readonly kind: string;
	/** What it is of: the segment, what was measured for kind `other`, the other party ("AWS", "with Amazon"). */
	readonly subject: string;
	/** As written, with the other currency: "380億ドル (約5兆8600億円)". */
	readonly value: string;
	/** "2025-Q3", "(2025-09-07)" (see `periodCell`). */
	readonly period: string;
	/** "outlook", or empty for an actual. */
	readonly basis: string;
	/** "×2": how many articles state it. */
	readonly sources: string;
	readonly conflict: boolean;
}

/** The table columns of a figure; `companyId` is the company whose table it is (a figure it received names its payer). */
export function figureCells(figure: FigureView, companyId: string): FigureCells {
	const subject = [figure.segment?.name, figure.kind === 'other' && figure.measure !== '' ? figure.measure : undefined, figure.researchFirm ?? undefined, partyWords(figure, companyId) || undefined];
	return {
		kind: figureKindShortName(figure.kind),
		subject: subject.filter(part => part !== undefined).join(' '),
		value: amountAsWritten(figure),
		period: periodCell(figure),
		basis: figure.basis === 'outlook' ? outlookWord : '',
		sources: `×${figure.sources.length}`,
		conflict: figure.conflict,
	};
}

const directionGlyph: Readonly<Record<Direction, string>> = {up: glyphs.up, down: glyphs.down, flat: glyphs.flat};

/** A key figure in words, part by part: "Share (AWS)" "約33% or 29%程度" "▼ (was 34%)" "as of 2025-09-07" "1 source". */
export interface KeyFigureWords {
	readonly label: string;
	/** The value as written, or the values that disagree: "約33% or 29%程度". */
	readonly value: string;
	/** The move from the period before: "▼ (was 34%)"; empty without one. */
	readonly move: string;
	/** Its parts: "▼" and "(was 34%)". */
	readonly arrow: string;
	readonly was: string;
	readonly direction: Direction | null;
	readonly period: string;
	readonly sources: string;
	readonly sourceCount: number;
	/** True when sources disagree about it. */
	readonly conflict: boolean;
}

/** A key figure's words; `companyId` is the company whose header it is. */
export function keyFigureWords(key: KeyFigure, companyId: string): KeyFigureWords {
	const {figure} = key;
	const party = figure.kind === 'investment' || figure.kind === 'funding' ? partyWords(figure, companyId) : '';
	const values = [figure, ...key.alternatives].map(one => amountAsWritten(one)).join(' or ');
	const arrow = key.previous && key.direction ? directionGlyph[key.direction] : '';
	const was = key.previous && key.direction ? `(was ${amountAsWritten(key.previous)})` : '';
	return {
		label: key.detail === '' ? key.label : `${key.label} (${key.detail})`,
		value: party === '' ? values : `${values} ${party}`,
		move: arrow === '' ? '' : `${arrow} ${was}`,
		arrow,
		was,
		direction: key.direction,
		period: periodWords(figure),
		sources: sourceCount(figure.sources.length),
		sourceCount: figure.sources.length,
		conflict: figure.conflict || key.alternatives.length > 0,
	};
}
