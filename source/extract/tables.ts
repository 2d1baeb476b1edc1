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
 * What a table says of its rows' numbers, or a list of its items': a table's header row, when its
 * first row holds no figures ("企業 | シェア", "| | 2025年度 | 2026年度 |"), and the sentence just
 * before the table or list ("国内クラウド市場のシェアは次の通り。", "1〜3月期決算が出そろった。").
 * The rows and items name only a company, or a label, and numbers.
 */
export interface TableContext {
	readonly header: readonly string[];
	readonly dates: ReadonlyArray<string | null>;
	readonly caption: string;
	/** The one period the caption names ("2025年のAIサーバー市場シェアは以下の通り"), for columns without their own. */
	readonly captionDate: string | null;
}

function captionOf(before: SentenceFacts | undefined, kind: SentenceFacts['sentence']['blockKind']): Pick<TableContext, 'caption' | 'captionDate'> {
	const captioned = before && before.sentence.blockKind !== kind ? before : undefined;
	// A period ("2025年", "2025年Q4"), not a day: "13日、決算を発表した" dates the news, not the table.
	const captionDates = captioned?.dates.filter(date => date.qualifier !== 'since' && !/^\d{4}-\d{2}-\d{2}$/.test(date.date)) ?? [];
	return {caption: captioned?.normalized ?? '', captionDate: captionDates.length === 1 ? captionDates[0]!.date : null};
}

/** The context of a list's items: the sentence before the list. */
export function listContext(before: SentenceFacts | undefined): TableContext {
	return {header: [], dates: [], ...captionOf(before, 'bullet')};
}

export function tableContext(first: SentenceFacts, before: SentenceFacts | undefined): TableContext {
	const caption = captionOf(before, 'table');
	if (first.quantities.length > 0) return {header: [], dates: [], ...caption};
	const cells = cellsOf(first.normalized);
	return {
		header: cells.map(([start, end]) => first.normalized.slice(start, end)),
		dates: cells.map(([start, end]) => first.dates.find(date => date.start >= start && date.end <= end && date.qualifier !== 'since')?.date ?? null),
		...caption,
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
