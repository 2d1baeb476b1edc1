import type {SentenceFacts} from './analysis.js';
import {milestoneLabel, monthPrecision, type EventContext, type FoundEvent} from './events.js';
import {cellsOf} from './tables.js';

// Events a table lists: rounds of funding, the days companies reported results, and the steps of a plan.

// "| 企業 | 調達額 | 調達時期 |" over "| Sakana AI | 230億円 | 2025年11月 |": a table of funding rounds, each row a round
// its company raised on the day or in the month its row gives.
const dateHeader = /^(?:(?:調達|発表|実施|出資|ラウンド)(?:時期|日|日付|年月)|時期|日付|年月)$/;
const amountHeader = /^(?:調達額|調達金額|資金調達額|出資額|調達規模)(?:[(（][^()（）]{1,12}[)）])?$/;

/**
 * The article's tables, each with the index of its first row: a run of table rows is one table until a row of another
 * width, or a row of words alone after rows of numbers (the next table's header).
 */
export function tablesOf(facts: readonly SentenceFacts[]): Array<{readonly at: number; readonly rows: SentenceFacts[]}> {
	const tables: Array<{readonly at: number; readonly rows: SentenceFacts[]}> = [];
	const width = (fact: SentenceFacts) => cellsOf(fact.normalized).length;
	facts.forEach((fact, index) => {
		if (fact.sentence.blockKind !== 'table') return;
		const open = tables.at(-1);
		const nextHeader = open !== undefined && open.rows.length >= 2 && !/\d/.test(fact.normalized);
		// A header whose corner cell is empty is one cell narrower than its rows.
		const fits = open !== undefined && (width(open.rows.at(-1)!) === width(fact) || (open.rows.length === 1 && width(open.rows[0]!) === width(fact) - 1));
		if (open && open.at + open.rows.length === index && fits && !nextHeader) open.rows.push(fact);
		else tables.push({at: index, rows: [fact]});
	});
	return tables;
}

const cellTexts = (row: SentenceFacts) => cellsOf(row.normalized).map(([start, end]) => row.normalized.slice(start, end).trim());

/** The rounds of a table of funding rounds: its header row first, then one row per round. */
export function fundingRoundEvents(rows: readonly SentenceFacts[], context: EventContext): FoundEvent[] {
	const [header, ...body] = rows;
	if (!header) return [];
	const headers = cellTexts(header);
	const dateColumn = headers.findIndex(cell => dateHeader.test(cell));
	const amountColumn = headers.findIndex(cell => amountHeader.test(cell));
	if (dateColumn < 0 || amountColumn < 0) return [];
	return body.flatMap(row => {
		const cells = cellsOf(row.normalized);
		if (cells.length !== headers.length) return [];
		// A quantity's match may take in the space before its cell.
		const within = (column: number, span: {readonly start: number; readonly end: number}) => span.start >= cells[column]![0] - 1 && span.end <= cells[column]![1];
		const date = row.dates.find(mention => within(dateColumn, mention) && mention.qualifier === null);
		const amount = row.quantities.find(quantity => within(amountColumn, quantity) && quantity.ignore === null && (quantity.unit === 'JPY' || quantity.unit === 'USD'));
		// The company is named in a cell of its own, neither the date's nor the amount's.
		const company = row.mentions.find(mention => !mention.resolved && !within(dateColumn, mention) && !within(amountColumn, mention));
		if (!date || !amount || !company) return [];
		return [
			{
				article: context.article,
				date: date.date,
				dateText: date.text,
				kind: 'investment' as const,
				announcement: false,
				companies: [company.company],
				amount: {value: amount.value, unit: amount.unit, text: amount.text},
				product: null,
				quote: row.sentence.text,
				sentence: row.sentence.index,
			},
		];
	});
}

/**
 * "| 決算発表日 | 2月11日 | 2月12日 |" under "| | シスコシステムズ | アリスタ・ネットワークス |": each column's company
 * reported its results on the day its cell gives.
 */
export function resultsDayEvents(rows: readonly SentenceFacts[], context: EventContext): FoundEvent[] {
	const [header, ...body] = rows;
	if (!header) return [];
	const headerCells = cellsOf(header.normalized);
	const row = body.find(fact => /^(?:決算)?(?:発表|公表|開示)日$/.test(cellTexts(fact)[0] ?? ''));
	if (!row) return [];
	const cells = cellsOf(row.normalized);
	// The columns line up from the right: a header's empty corner cell is dropped.
	if (cells.length - headerCells.length > 1 || cells.length < headerCells.length) return [];
	return cells.slice(1).flatMap(([start, end], index) => {
		const [headerStart, headerEnd] = headerCells[headerCells.length - (cells.length - 1 - index)]!;
		const company = header.mentions.find(mention => !mention.resolved && mention.start >= headerStart - 1 && mention.end <= headerEnd);
		const date = row.dates.find(mention => mention.start >= start - 1 && mention.end <= end && /^\d{4}-\d{2}-\d{2}$/.test(mention.date));
		if (!company || !date) return [];
		return [
			{
				article: context.article,
				date: date.date,
				dateText: date.text,
				kind: 'results' as const,
				announcement: false,
				companies: [company.company],
				amount: null,
				product: null,
				quote: row.sentence.text,
				sentence: row.sentence.index,
			},
		];
	});
}

const milestoneRow = new RegExp(String.raw`^${milestoneLabel}(?:\s?[(（]予定[)）])?$`);

/** "| 着工 | 2026年5月（横浜）、2026年7月（フィリピン） |": a release's table of steps dates each for its company. */
export function milestoneEvents(rows: readonly SentenceFacts[], context: EventContext): FoundEvent[] {
	return rows.flatMap(row => {
		const [label] = cellTexts(row);
		if (!label || !milestoneRow.test(label)) return [];
		const company = row.mentions[0]?.company ?? context.headline ?? row.topicBefore?.company;
		if (!company) return [];
		return row.dates
			.filter(date => monthPrecision.test(date.date))
			.map(date => ({
				article: context.article,
				date: date.date,
				dateText: date.text,
				kind: 'other' as const,
				announcement: false,
				companies: [company],
				amount: null,
				product: null,
				quote: row.sentence.text,
				sentence: row.sentence.index,
			}));
	});
}
