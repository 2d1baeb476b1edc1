/** Cleaned table rows are their cells joined by this; empty cells are dropped (see clean.ts). */
const cellSeparator = ' | ';

/** [start, end) of each cell of a table row's text. */
export function cellsOf(text: string): Array<readonly [number, number]> {
	const cells: Array<readonly [number, number]> = [];
	let start = 0;
	for (;;) {
		const at = text.indexOf(cellSeparator, start);
		cells.push([start, at === -1 ? text.length : at]);
		if (at === -1) return cells;
		start = at + cellSeparator.length;
	}
}
