import type {SentenceFacts} from './analysis.js';

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

/**
 * What a table says of its rows' numbers: its header row, when the first row holds no figures
 * ("企業 | シェア", "| | 2025年度 | 2026年度 |"), and the sentence just before it ("国内クラウド市場の
 * シェアは次の通り。"). The rows below name only a company, or a label, and numbers.
 */
export interface TableContext {
	readonly header: readonly string[];
	readonly dates: ReadonlyArray<string | null>;
	readonly caption: string;
}

export function tableContext(first: SentenceFacts, before: SentenceFacts | undefined): TableContext {
	const caption = before && before.sentence.blockKind !== 'table' ? before.normalized : '';
	if (first.quantities.length > 0) return {header: [], dates: [], caption};
	const cells = cellsOf(first.normalized);
	return {
		header: cells.map(([start, end]) => first.normalized.slice(start, end)),
		dates: cells.map(([start, end]) => first.dates.find(date => date.start >= start && date.end <= end && date.qualifier !== 'since')?.date ?? null),
		caption,
	};
}

/**
 * The header cell above a position of a row. A header with fewer cells than the row lost its empty
 * corner cell ("| | 2025年度 |"): its cells sit over the row's last ones.
 */
export function headerCellAt(context: TableContext, rowText: string, at: number): {text: string; date: string | null} | null {
	const cells = cellsOf(rowText);
	const column = cells.findIndex(([, end]) => at <= end);
	const index = column - Math.max(0, cells.length - context.header.length);
	if (index < 0 || index >= context.header.length) return null;
	return {text: context.header[index]!, date: context.dates[index] ?? null};
}
