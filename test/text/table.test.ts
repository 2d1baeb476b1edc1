import {expect, test} from 'vitest';
import {columnWidths, fitCells, tableLine, type TableColumn} from '../../source/text/table.js';
import {displayWidth} from '../../source/text/width.js';

const columns: TableColumn[] = [
	{minimum: 4, maximum: 12, giveWay: 1},
	{minimum: 3, maximum: 20, dropOrder: 1},
	{minimum: 6, maximum: 30},
	{minimum: 2, maximum: 4, alignEnd: true},
];
const rows = [
	['Share', 'AWS', '約33%', '×1'],
	['Investment', 'with Amazon', '380億ドル (約5兆8600億円)', '×2'],
];

test('each column as wide as its widest cell, Japanese measured in display columns', () => {
	expect(columnWidths(columns, rows, 200)).toEqual([10, 11, 25, 2]);
	const line = tableLine(rows[1]!, columnWidths(columns, rows, 200), columns);
	expect(displayWidth(line)).toBe(10 + 11 + 25 + 2 + 3);
});

test('when the cells do not fit, columns give way in proportion (the more ready first), never below their minimum', () => {
	const widths = columnWidths(columns, rows, 40);
	expect(widths.reduce((sum, one) => sum + one, 0) + 3).toBe(40);
	for (const [index, width] of widths.entries()) expect(width).toBeGreaterThanOrEqual(columns[index]!.minimum);
	// The kind gives way twice as readily as the value.
	expect(10 - widths[0]!).toBeGreaterThan(0);
});

test('when even the minimums do not fit, droppable columns are left out; a row is never wider than asked', () => {
	const widths = columnWidths(columns, rows, 14);
	expect(widths[1]).toBe(0);
	for (const row of rows) {
		const cells = fitCells(row, widths, columns);
		expect(cells).toHaveLength(3);
		expect(displayWidth(cells.join(' '))).toBeLessThanOrEqual(14);
	}

	expect(fitCells(['x', 'y', 'z', '×2'], [4, 0, 6, 3], columns)).toEqual(['x   ', 'z     ', ' ×2']);
});
