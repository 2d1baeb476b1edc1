import {z} from 'zod';

// The one contract of the dataset: its shape and every vocabulary it uses are written here and
// nowhere else. The load path's fast check is generated from this file at build time.

/** The version `brief extract` writes; a dataset of any other version is refused. */
export const datasetVersion = 2;

/** What a figure measures (FORMAT.md of the evaluation set uses the same names). */
export const figureKinds = [
	'market_share',
	'revenue',
	'revenue_growth',
	'operating_income',
	'net_income',
	'margin',
	'eps',
	'capex',
	'investment',
	'funding',
	'valuation',
	'market_cap',
	'backlog',
	'stock_move',
	'customers',
	'users',
	'headcount',
	'stake',
	'other',
] as const;

/** Money as ISO 4217 codes; `%` a level or a rate, `pt` a change of a percentage level. */
export const currencyUnits = ['USD', 'JPY', 'EUR', 'CNY', 'KRW', 'TWD', 'GBP', 'INR'] as const;
export const figureUnits = ['%', 'pt', ...currencyUnits, 'count'] as const;

const rates: ReadonlySet<string> = new Set(['%', 'pt']);
const currencies: ReadonlySet<string> = new Set(currencyUnits);

/**
 * Kinds that are a period's results or a day's market value: told as fact without that time, such a figure
 * cannot be placed or compared. (A share told as the present state of a market reads without one.)
 */
export const timedKinds: ReadonlySet<(typeof figureKinds)[number]> = new Set(['revenue', 'revenue_growth', 'operating_income', 'net_income', 'margin', 'eps', 'market_cap']);

/**
 * Whether a kind of figure can be in a unit: amounts in money, shares and rates in % or points, counts
 * of people and customers in numbers. A revenue in % is a misreading, never a figure.
 */
export function unitFitsKind(kind: (typeof figureKinds)[number], unit: (typeof figureUnits)[number]): boolean {
	switch (kind) {
		case 'market_share':
		case 'revenue_growth':
		case 'margin':
			return rates.has(unit);
		case 'stock_move':
			return unit === '%';
		case 'stake':
			return unit === '%' || unit === 'count';
		case 'customers':
		case 'users':
		case 'headcount':
			return unit === 'count';
		case 'other':
			return true;
		default:
			return currencies.has(unit);
	}
}

/** Whether a figure was reported or decided (`actual`), or is expected, guided, planned or aimed at (`outlook`). */
export const figureBases = ['actual', 'outlook'] as const;

/** How the article qualified the amount: 約 (approx), 超 (over), 以上 (at least), 未満 (under), 最大 (up to). */
export const qualifiers = ['approx', 'over', 'at_least', 'under', 'up_to', 'exact'] as const;

export const eventKinds = ['deal', 'launch', 'results', 'investment', 'partnership', 'personnel', 'legal', 'restructuring', 'other'] as const;

/** A day, a month or a year: YYYY-MM-DD, YYYY-MM, YYYY. */
export const calendarDatePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** An event is dated at least to the month. */
export const eventDatePattern = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

const periodPoint = String.raw`(?:\d{4}(?:-(?:Q[1-4]|H[12]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?|FY\d{4}(?:-(?:Q[1-4]|H[12]))?)`;
/**
 * The period a figure covers: a point ("2025", "2025-Q3", "2025-H1", "2025-09", "2025-09-30",
 * fiscal "FY2026", "FY2026-Q2", "FY2026-H1") or a span of two ("2025..2029", "2025-04..2025-09").
 * A fiscal year is named by the calendar year it ends in.
 */
export const periodPattern = new RegExp(`^${periodPoint}(?:\\.\\.${periodPoint})?$`);

const id = z.string().min(1);
const calendarDate = z.string().regex(calendarDatePattern, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const period = z.string().regex(periodPattern, 'expected a period such as 2025, 2025-Q3, 2025-H1, 2025-09, FY2026, FY2026-Q2 or 2025..2029');
const unit = z.enum(figureUnits);
const source = z.object({
	/** The article's id. */
	article: id,
	/** The exact sentence (or table row) of the article that states it. */
	quote: z.string(),
});

export const segmentSchema = z.object({
	/** What figures name it by: the registry's id (aws, azure) or the name as the article wrote it. */
	id,
	name: z.string().min(1),
	aliases: z.array(z.string()),
});

export const companySchema = z.object({
	id,
	name: z.string().min(1),
	ticker: z.string().nullable(),
	aliases: z.array(z.string()),
	japaneseNames: z.array(z.string()),
	segments: z.array(segmentSchema),
	/** False for a company the articles introduced (株式会社X, X社) that the registry does not know. */
	inRegistry: z.boolean(),
	/** The month the company's fiscal year ends in (12 for the calendar year), when known. */
	fiscalYearEnd: z.number().int().min(1).max(12).nullable(),
});

export const articleSchema = z.object({
	id,
	/** The article's path, relative to the dataset's folder. */
	file: z.string(),
	title: z.string(),
	published: calendarDate.nullable(),
	/** True when no date was written where a publication date is written, and `published` was guessed from the body. */
	publishedInferred: z.boolean(),
	summary: z.array(z.string()),
	/** The companies the article states a fact about, most named first. */
	companies: z.array(id),
	/** The byline or the site, when the article names one. */
	source: z.string().nullable(),
	sha256: z.string().optional(),
	/** Every web address the article was found at, for an article of brief's library: one story syndicated by several sites is one article. */
	urls: z.array(z.string()).optional(),
});

export const eventSchema = z.object({
	id,
	date: z.string().regex(eventDatePattern, 'expected YYYY-MM or YYYY-MM-DD'),
	/** The date as written ("12月26日", "10月下旬"). */
	dateText: z.string(),
	kind: z.enum(eventKinds),
	/** A short line made from the kind, the companies and the key amount: "契約 OpenAI × Amazon 380億ドル". */
	title: z.string(),
	/** The parties; the one that acts first. */
	companies: z.array(id).min(1),
	/** The amount the event is about, as written, when it names one. */
	amount: z.object({value: z.number().finite(), unit, text: z.string()}).nullable(),
	/** Every article that reports the event, with its sentence; the first is where `title` came from. */
	sources: z.array(source).min(1),
});

export const figureSchema = z.object({
	id,
	/** Shared by every record of the same fact across articles (see `sources`). */
	fact: id,
	/** Whose figure it is; for a two-party figure (an investment, a contract, a stake) the payer or holder. */
	company: id,
	/** The segment of `company` (its id in the company's `segments`) the figure is about; null for the whole company. */
	segment: z.string().nullable(),
	/** The other party of a two-party figure. */
	counterparty: id.nullable(),
	kind: z.enum(figureKinds),
	/** What was measured, in the article's words ("売上総利益率", "研究開発費", "純利益 前年同期比"). */
	measure: z.string(),
	value: z.number().finite(),
	unit,
	/** The amount as written ("約4,400億円", "560億〜590億ドル"). */
	text: z.string(),
	qualifier: z.enum(qualifiers),
	/** Both ends of a range ("560億〜590億ドル"); `value` is its midpoint. */
	range: z.object({low: z.number().finite(), high: z.number().finite()}).nullable(),
	/** The same amount in another currency, when the article gave one ("380億ドル（約6兆円）"). */
	converted: z.object({value: z.number().finite(), unit, text: z.string()}).nullable(),
	period: period.nullable(),
	/** The period as written ("2025年7〜9月期", "9月末時点"); empty when none was. */
	periodText: z.string(),
	basis: z.enum(figureBases),
	/** The research firm or body whose estimate it is (Synergy Research Group, Canalys); null for the company's own. */
	source: z.string().nullable(),
	/** The date of the article that states it. */
	asOf: calendarDate.nullable(),
	/** True for a value of an earlier period quoted for comparison ("前年同期の31%", "従来予想の370億円"). */
	prior: z.boolean(),
	article: id,
	quote: z.string(),
	/** Every article that states this fact, with its quote; this record's own first. */
	sources: z.array(source).min(1),
});

export const conflictSchema = z.object({
	company: id,
	segment: z.string().nullable(),
	kind: z.enum(figureKinds),
	period: period.nullable(),
	basis: z.enum(figureBases),
	/** The disagreeing figures' ids. */
	figures: z.array(id).min(2),
	note: z.string(),
});

export const datasetSchema = z.object({
	version: z.literal(datasetVersion),
	companies: z.array(companySchema),
	articles: z.array(articleSchema),
	events: z.array(eventSchema),
	figures: z.array(figureSchema),
	conflicts: z.array(conflictSchema),
});

/** The dataset `brief extract` writes and every view reads. */
export type Dataset = z.infer<typeof datasetSchema>;
export type Company = z.infer<typeof companySchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Article = z.infer<typeof articleSchema>;
export type BriefEvent = z.infer<typeof eventSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type FigureKind = (typeof figureKinds)[number];
export type FigureUnit = (typeof figureUnits)[number];
export type CurrencyUnit = (typeof currencyUnits)[number];
export type FigureBasis = (typeof figureBases)[number];
export type Qualifier = (typeof qualifiers)[number];
export type EventKind = (typeof eventKinds)[number];
export type Source = z.infer<typeof source>;
