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

// The word an event's title starts with (the extractor writes titles so: "契約 OpenAI × Amazon 380億ドル"),
// shown as the event's badge.
const eventKindBadges: Readonly<Record<EventKind, string>> = {
	deal: '契約',
	launch: '開始',
	results: '決算',
	investment: '投資',
	partnership: '提携',
	personnel: '人事',
	legal: '法務',
	restructuring: '再編',
	other: '発表',
};

// Where a line has little room (the header's key figures): the kinds people shorten.
const figureKindShortNames: Readonly<Partial<Record<FigureKind, string>>> = {
	market_share: 'Share',
	revenue_growth: 'Growth',
	operating_income: 'Op. income',
};

/** What a kind of figure is called: "Market share", "Capex". */
export function figureKindName(kind: FigureKind): string {
	return figureKindNames[kind];
}

/** A kind's name where room is short: "Share", "Growth", else its name. */
export function figureKindShortName(kind: FigureKind): string {
	return figureKindShortNames[kind] ?? figureKindNames[kind];
}

/** What a kind of event is called: "deal", "launch". */
export function eventKindName(kind: EventKind): string {
	return eventKindNames[kind];
}

/**
 * An event's title as a badge (the kind's word it starts with: 契約, 提供開始) and the rest of it
 * ("OpenAI × Amazon 380億ドル"). A title that does not start with its kind's word keeps it whole,
 * behind the kind's badge.
 */
export function splitEventTitle(title: string, kind: EventKind): {readonly badge: string; readonly headline: string} {
	const badge = eventKindBadges[kind];
	const space = title.indexOf(' ');
	if (space > 0 && title.slice(0, space).endsWith(badge)) return {badge: title.slice(0, space), headline: title.slice(space + 1).trim()};
	return {badge, headline: title};
}

// Kinds whose figures each stand alone: two deals announced on one day are two deals, not a
// disagreement, and a company's deals over time are not a trend to draw.
const separateKinds: ReadonlySet<FigureKind> = new Set(['investment', 'funding', 'stake', 'other']);

/** Whether a kind's figures over time are one quantity moving (share, revenue, users), to compare and chart. */
export function isTrendKind(kind: FigureKind): boolean {
	return !separateKinds.has(kind);
}

const kindPositions = new Map(Object.keys(figureKindNames).map((kind, position) => [kind, position]));

/** Where views list a kind: in the order of the table above (the schema's). */
export function figureKindOrder(kind: FigureKind): number {
	return kindPositions.get(kind) ?? kindPositions.size;
}
