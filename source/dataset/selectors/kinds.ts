import type {EventKind, FigureKind} from '../schema.js';

// The words every view uses for the schema's kinds, each written once. Typed as a Record over the
// schema's vocabulary: a kind added to schema.ts fails type-checking here until it has its words.

const figureKindNames: Readonly<Record<FigureKind, string>> = {
	market_share: 'Market share',
	revenue: 'Revenue',
	revenue_growth: 'Revenue growth',
	operating_income: 'Operating income',
	net_income: 'Net income',
	margin: 'Margin',
	eps: 'EPS',
	capex: 'Capex',
	investment: 'Investment',
	funding: 'Funding',
	valuation: 'Valuation',
	market_cap: 'Market cap',
	backlog: 'Backlog',
	stock_move: 'Stock move',
	customers: 'Customers',
	users: 'Users',
	headcount: 'Headcount',
	stake: 'Stake',
	other: 'Other',
};

const eventKindNames: Readonly<Record<EventKind, string>> = {
	deal: 'deal',
	launch: 'launch',
	results: 'results',
	investment: 'investment',
	partnership: 'partnership',
	personnel: 'personnel',
	legal: 'legal',
	restructuring: 'restructuring',
	other: 'other',
};

/** What a kind of figure is called: "Market share", "Capex". */
export function figureKindName(kind: FigureKind): string {
	return figureKindNames[kind];
}

/** What a kind of event is called: "deal", "launch". */
export function eventKindName(kind: EventKind): string {
	return eventKindNames[kind];
}

const kindPositions = new Map(Object.keys(figureKindNames).map((kind, position) => [kind, position]));

/** Where views list a kind: in the order of the table above (the schema's). */
export function figureKindOrder(kind: FigureKind): number {
	return kindPositions.get(kind) ?? kindPositions.size;
}
