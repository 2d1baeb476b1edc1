import type {SentenceFacts} from './analysis.js';
import {monthPrecision} from './event-dates.js';
import {milestoneLabel, type EventContext, type FoundEvent} from './events.js';
import {cellsOf, fundingRoundHeader} from './tables.js';

// Events a table lists: what companies did on the dates of its rows, the days companies reported results, and the steps of a plan.

// "| 企業 | 調達額 | 調達時期 |" over "| Sakana AI | 230億円 | 2025年11月 |", "| 事業者 | 立地 | 発表 | 投資額 | 稼働予定 |": a table of
// what companies did, each row a company and the month or day in a column that dates what it did.
const dateHeader = /^(?:(?:調達|発表|公表|表明|決定|実施|出資|ラウンド|契約|締結|稼働|開業|着工|完成|竣工|量産|効力発生|取得)(?:時期|日|日付|年月|予定|予定日|開始|開始時期)?|時期|日付|年月)$/;
// "| 年月 | 当事者 | 内容 | 規模 |": a timeline of deals names its parties.
const companyHeader = /^(?:企業|企業名|会社|会社名|社名|事業者|メーカー|銘柄|当事者|当事企業|相手|相手先|提携先|出資先|投資先|買収先|取引先|パートナー|主体)$/;
// What a date column's header says was done: a start of service, a start of building, else what the table is about.
const launchHeader = /稼働|開業|完成|竣工|量産/;
const buildHeader = /着工/;
const moneyHeaders = /調達|出資|投資|助成|補助|ラウンド/;
const resultsHeaders = /決算|売上|利益/;

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

/** The events of a table of what companies did: its header row first, then one row per company, dated by its date columns. */
export function datedRowEvents(rows: readonly SentenceFacts[], context: EventContext): FoundEvent[] {
	const [header, ...body] = rows;
	if (!header) return [];
	const headers = cellTexts(header);
	const dateColumns = headers.flatMap((cell, column) => (dateHeader.test(cell) ? [column] : []));
	if (dateColumns.length === 0) return [];
	// "| ラウンド | 時期 | 調達額 | 主な投資家 |": a company's funding rounds, with no company column, are the article's company's.
	const ownRounds = !headers.some(cell => companyHeader.test(cell)) && headers.some(cell => fundingRoundHeader.test(cell)) ? context.headline : null;
	if (!ownRounds && !headers.some(cell => companyHeader.test(cell))) return [];
	const about = headers.join(' ');
	return body.flatMap(row => {
		const cells = cellsOf(row.normalized);
		if (cells.length !== headers.length) return [];
		// A quantity's match may take in the space before its cell.
		const within = (column: number, span: {readonly start: number; readonly end: number}) => span.start >= cells[column]![0] - 1 && span.end <= cells[column]![1];
		// The company is named in a cell of its own, not a date's; "| エヌビディア→OpenAI |": a deal's parties, each one.
		const named = row.mentions.filter(mention => !mention.resolved && !dateColumns.some(column => within(column, mention)));
		const companies = ownRounds ? [ownRounds] : [...new Set(named.map(mention => mention.company))].slice(0, 3);
		if (companies.length === 0) return [];
		const amount = row.quantities.find(quantity => quantity.ignore === null && (quantity.unit === 'JPY' || quantity.unit === 'USD') && !dateColumns.some(column => within(column, quantity)));
		// "| … | HBMなどメモリー供給の基本合意 | … |": else what the row's words say was done.
		const told = row.words.filter(hit => hit.entry.event && !dateColumns.some(column => within(column, hit))).sort((a, b) => b.entry.priority - a.entry.priority)[0]?.entry.event;
		return dateColumns.flatMap(column => {
			const date = row.dates.find(mention => within(column, mention) && mention.qualifier === null && monthPrecision.test(mention.date));
			if (!date) return [];
			const kind = launchHeader.test(headers[column]!) ? 'launch' : buildHeader.test(headers[column]!) || moneyHeaders.test(about) ? 'investment' : resultsHeaders.test(about) ? 'results' : (told ?? 'other');
			return [
				{
					article: context.article,
					date: date.date,
					dateText: date.text,
					kind,
					announcement: false,
					companies,
					amount: amount && kind === 'investment' ? {value: amount.value, unit: amount.unit, text: amount.text} : null,
					product: null,
					quote: row.sentence.text,
					sentence: row.sentence.index,
				},
			];
		});
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
