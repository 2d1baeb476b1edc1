import type {Language} from '../../text/language.js';
import type {EventKind, FigureKind} from '../schema.js';

// The words every view uses for the schema's kinds, each written once. Typed as a Record over the
// schema's vocabulary: a kind added to schema.ts fails type-checking here until it has its words.

// Each kind's name in both languages side by side: English, and Japanese as a Japanese investor writes it.
const figureKindNames: Readonly<Record<FigureKind, Readonly<Record<Language, string>>>> = {
	market_share: {en: 'Market share', ja: 'シェア'},
	revenue: {en: 'Revenue', ja: '売上高'},
	revenue_growth: {en: 'Revenue growth', ja: '増収率'},
	operating_income: {en: 'Operating income', ja: '営業利益'},
	net_income: {en: 'Net income', ja: '純利益'},
	margin: {en: 'Margin', ja: '利益率'},
	eps: {en: 'EPS', ja: '1株利益'},
	capex: {en: 'Capex', ja: '設備投資'},
	investment: {en: 'Investment', ja: '投資'},
	funding: {en: 'Funding', ja: '資金調達'},
	valuation: {en: 'Valuation', ja: '評価額'},
	market_cap: {en: 'Market cap', ja: '時価総額'},
	backlog: {en: 'Backlog', ja: '受注残'},
	stock_move: {en: 'Stock move', ja: '株価'},
	customers: {en: 'Customers', ja: '顧客数'},
	users: {en: 'Users', ja: '利用者数'},
	headcount: {en: 'Headcount', ja: '従業員数'},
	stake: {en: 'Stake', ja: '出資比率'},
	other: {en: 'Other', ja: 'その他'},
};

const eventKindNames: Readonly<Record<EventKind, Readonly<Record<Language, string>>>> = {
	deal: {en: 'deal', ja: '契約'},
	launch: {en: 'launch', ja: '開始'},
	results: {en: 'results', ja: '決算'},
	investment: {en: 'investment', ja: '投資'},
	partnership: {en: 'partnership', ja: '提携'},
	personnel: {en: 'personnel', ja: '人事'},
	legal: {en: 'legal', ja: '法務'},
	restructuring: {en: 'restructuring', ja: '再編'},
	other: {en: 'other', ja: 'その他'},
};

// The word an event's title starts with (the extractor writes titles so: "契約 OpenAI × Amazon 380億ドル"),
// shown as the event's badge.
export const eventTitleWords: Readonly<Record<EventKind, string>> = {
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
// (The Japanese names are short already.)
const figureKindShortNames: Readonly<Partial<Record<FigureKind, string>>> = {
	market_share: 'Share',
	revenue_growth: 'Growth',
	operating_income: 'Op. income',
};

/** What a kind of figure is called: "Market share", "Capex"; シェア, 設備投資. */
export function figureKindName(kind: FigureKind, language: Language = 'en'): string {
	return figureKindNames[kind][language];
}

/** A kind's name where room is short: "Share", "Growth", else its name. */
export function figureKindShortName(kind: FigureKind, language: Language = 'en'): string {
	return (language === 'en' ? figureKindShortNames[kind] : undefined) ?? figureKindNames[kind][language];
}

/** What a kind of event is called: "deal", "launch"; 契約, 開始. */
export function eventKindName(kind: EventKind, language: Language = 'en'): string {
	return eventKindNames[kind][language];
}

/**
 * An event's title as a badge (the kind's word it starts with: 契約, 提供開始) and the rest of it
 * ("OpenAI × Amazon 380億ドル"). A title that does not start with its kind's word keeps it whole,
 * behind the kind's badge.
 */
export function splitEventTitle(title: string, kind: EventKind): {readonly badge: string; readonly headline: string} {
	const badge = eventTitleWords[kind];
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
