import {displayWidth, fit, padStart, truncate} from './width.js';

/** How a table column takes room. */
export interface TableColumn {
	/** The fewest columns it is drawn in. */
	readonly minimum: number;
	/** The most it takes, however wide its cells. */
	readonly maximum: number;
	/** Right-aligned (numbers, counts). */
	readonly alignEnd?: boolean;
	/** When even the minimums do not fit, columns are left out, the lowest first; never when absent. */
	readonly dropOrder?: number;
	/** When the cells do not fit, columns of a higher number give way first (0 when absent). */
	readonly giveWay?: number;
}

/**
 * Each column's width for these rows in `width` display columns, a space between columns: as wide
 * as its widest cell within its bounds; when they do not fit, columns give way in proportion to
 * their room above their minimums (weighted by `giveWay`), and when even the minimums do not fit,
 * columns with a `dropOrder` are left out (width 0). Measured in display columns, so Japanese text lines up.
 */
export function columnWidths(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>, width: number): number[] {
	const natural = columns.map((column, index) => {
		let widest = 0;
		for (const row of rows) widest = Math.max(widest, displayWidth(row[index] ?? ''));
		return Math.min(column.maximum, Math.max(column.minimum, widest));
	});
	const shown = columns.map(() => true);
	const total = (widths: readonly number[]) => {
		const kept = widths.filter((_, index) => shown[index]);
		return kept.reduce((sum, one) => sum + one, 0) + Math.max(0, kept.length - 1);
	};

	const minimums = columns.map(column => column.minimum);
	const droppable = columns
		.map((column, index) => ({index, order: column.dropOrder}))
		.filter(entry => entry.order !== undefined)
		.sort((first, second) => first.order! - second.order!);
	while (total(minimums) > width && droppable.length > 0) shown[droppable.shift()!.index] = false;

	// What does not fit is taken from the columns in proportion to their room above the minimum,
	// weighted by how readily they give way; what rounding leaves, from the widest.
	const widths = [...natural];
	const excess = total(widths) - width;
	if (excess > 0) {
		const weights = widths.map((one, index) => (shown[index] ? (one - columns[index]!.minimum) * (1 + (columns[index]!.giveWay ?? 0)) : 0));
		const weight = weights.reduce((sum, one) => sum + one, 0);
		if (weight > 0) {
			for (const [index, one] of weights.entries()) widths[index] = Math.max(columns[index]!.minimum, widths[index]! - Math.floor((excess * one) / weight));
		}

		let left = total(widths) - width;
		while (left > 0) {
			let widest = -1;
			for (let index = 0; index < widths.length; index++) {
				if (shown[index] && widths[index]! > columns[index]!.minimum && (widest === -1 || widths[index]! > widths[widest]!)) widest = index;
			}

			if (widest === -1) break;
			widths[widest]!--;
			left--;
		}
	}

	return widths.map((one, index) => (shown[index] ? one : 0));
}

/** A row's cells fitted to their columns (cut with "…", padded); left-out columns are not in it. */
export function fitCells(cells: readonly string[], widths: readonly number[], columns: readonly TableColumn[]): string[] {
	const fitted: string[] = [];
	for (const [index, width] of widths.entries()) {
		if (width === 0) continue;
		const cell = cells[index] ?? '';
		fitted.push(columns[index]?.alignEnd ? padStart(truncate(cell, width), width) : fit(cell, width));
	}

	return fitted;
}

/** A row as one line: its fitted cells, a space between. */
export function tableLine(cells: readonly string[], widths: readonly number[], columns: readonly TableColumn[]): string {
	return fitCells(cells, widths, columns).join(' ');
}
