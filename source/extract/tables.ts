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

/** "| 時期 | ラウンド | 調達額 | 評価額 |": a header cell that makes a table a company's funding rounds. */
export const fundingRoundHeader = /^(?:ラウンド|調達ラウンド|調達額|資金調達額|調達金額)(?:[(（][^()（）]{1,12}[)）])?$/;
