import {glyphs} from '../../text/glyphs.js';
import type {Language} from '../../text/language.js';
import {columnWidths, type TableColumn} from '../../text/table.js';
import {figureCells, figureHeadingWords} from './figure-words.js';
import type {FigureView} from './index.js';

/** The columns of a figures table, in the TUI and in the plain briefing: the cells of `figureRowCells`. */
export const figureColumns: readonly TableColumn[] = [
	// Kind
	{minimum: 5, maximum: 16, giveWay: 2},
	// Of: segment, research firm, other party
	{minimum: 4, maximum: 22, dropOrder: 1, giveWay: 2},
	// Value as written
	{minimum: 8, maximum: 32, giveWay: 1},
	// Period: short, and what the value means depends on it; whole when it is an article's date in brackets (or a Japanese fiscal quarter, 2026年3月期第1四半期)
	{minimum: 12, maximum: 20},
	// Basis: "outlook" or nothing; no room at all when no figure is an outlook (see figureColumnsFor)
	{minimum: 7, maximum: 7},
	// Sources: ×2
	{minimum: 2, maximum: 4, alignEnd: true, dropOrder: 2},
	// Conflict mark
	{minimum: 1, maximum: 1},
];

/** The headings of the table's columns, in the reader's language. */
export function figureHeadings(language: Language): readonly string[] {
	return figureHeadingWords(language);
}

const basisColumn = 4;
/** Where a row's period is. */
export const periodColumn = 3;
const withoutBasis: readonly TableColumn[] = figureColumns.map((column, index) => (index === basisColumn ? {minimum: 0, maximum: 0} : column));

/** The columns for these rows: the basis column only when a figure is an outlook. */
export function figureColumnsFor(rows: ReadonlyArray<readonly string[]>): readonly TableColumn[] {
	return rows.some(row => row[basisColumn] !== '') ? figureColumns : withoutBasis;
}

/** The narrowest a figures table can be drawn in with every column (the TUI leaves some out below it; the plain briefing writes words). */
export const narrowestWholeFigureTable = figureColumns.reduce((sum, column) => sum + column.minimum + 1, -1);

const widthsCache = new WeakMap<ReadonlyArray<readonly string[]>, Map<string, number[]>>();

/** The column widths of a figures table at `width` (the same array for the same rows, width and language). */
export function figureTableWidths(rows: ReadonlyArray<readonly string[]>, width: number, language: Language = 'en'): number[] {
	let byWidth = widthsCache.get(rows);
	if (!byWidth) {
		byWidth = new Map();
		widthsCache.set(rows, byWidth);
	}

	const key = `${language} ${width}`;
	let widths = byWidth.get(key);
	if (!widths) {
		widths = columnWidths(figureColumnsFor(rows), [figureHeadings(language), ...rows], width);
		byWidth.set(key, widths);
	}

	return widths;
}

/** The cells of a figures table row, in the order of `figureColumns`. */
export function figureRowCells(figure: FigureView, companyId: string, language: Language = 'en'): string[] {
	const cells = figureCells(figure, companyId, language);
	return [cells.kind, cells.subject, cells.value, cells.period, cells.basis, cells.sources, cells.conflict ? glyphs.conflict : ''];
}
