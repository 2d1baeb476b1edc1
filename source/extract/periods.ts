// Periods as articles write them ("2025年7〜9月期", "2026年3月期第2四半期", "2025年度上期",
// "9月末時点", "2026年から2029年までの4年間") and as the dataset writes them (FORMAT.md's grammar:
// 2025-Q3, FY2026-Q2, 2025-04..2025-09, 2025-09-30, 2026..2029).

/** A fiscal year's part: the whole year, a half, a quarter, or the first nine months (第3四半期累計). */
export type FiscalPart = 'Y' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'M9';

/** A period expression as written, before the company's fiscal year and the article's date resolve it. */
/** A year-less month written after 昨年 (the calendar year before the article's) or 前年 (the year before the one it would be). */
export type YearBefore = '昨年' | '前年';

export type RawPeriod =
	/** "2025年7〜9月期", "11月〜2026年1月期", "4〜9月" */
	| {readonly type: 'months'; readonly fromYear: number | null; readonly fromMonth: number; readonly toYear: number | null; readonly toMonth: number}
	/** "2026年3月期" (a fiscal year ending in March 2026), with "第2四半期", "上期" */
	| {readonly type: 'fiscal-year'; readonly endYear: number; readonly endMonth: number; readonly part: FiscalPart}
	/** "2025年度", "2026年度第3四半期", "2025年度上期": which fiscal year depends on the company */
	| {readonly type: 'nendo'; readonly year: number; readonly part: FiscalPart}
	/** "2025年第4四半期", "Q3 2025", "2025年上半期": calendar parts */
	| {readonly type: 'calendar'; readonly year: number; readonly part: FiscalPart}
	/** "第3四半期", "上期" alone: a part of the fiscal year the text is about; "当第3四半期" (`current`) the latest one ended */
	| {readonly type: 'part'; readonly part: FiscalPart; readonly current?: boolean}
	/** "今期" (0), "来期" (1), "前期" (-1); "今年", "昨年" when `calendar` */
	| {readonly type: 'relative'; readonly offset: number; readonly calendar: boolean; readonly reported?: boolean; readonly nendo?: boolean; readonly filing?: boolean}
	/** "9月末", "2025年11月末時点": the last day of a month */
	| {readonly type: 'month-end'; readonly year: number | null; readonly month: number; readonly yearBefore?: YearBefore}
	/** "10月時点", "2024年12月", "9月の": a month */
	| {readonly type: 'month'; readonly year: number | null; readonly month: number; readonly yearBefore?: YearBefore}
	/** "2025年11月30日時点"; `yearBefore` for one written after 昨年 or 前年 with no year of its own ("前年6月末") */
	| {readonly type: 'day'; readonly year: number | null; readonly month: number; readonly day: number; readonly yearBefore?: YearBefore}
	/** "2026年から2029年までの4年間", "2024年3月期から2028年3月期まで", "2026〜2028年" */
	| {readonly type: 'span'; readonly from: RawPeriod; readonly to: RawPeriod};

/** How a date expression qualifies its period: "2019年以降" is `since`, "2025年までに" is `by`. */
export type PeriodQualifier = 'since' | 'by' | null;

export interface PeriodMention {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly raw: RawPeriod;
	readonly qualifier: PeriodQualifier;
	/** "9月末時点", "10月時点で", "現在": the as-of date of a level. */
	readonly asOf: boolean;
}

/** A resolved period: months known (from, to as month numbers year*12+month-1), or only a fiscal label, or a day. */
export type Period =
	| {readonly type: 'months'; readonly from: number; readonly to: number; readonly fiscal: {readonly year: number; readonly part: FiscalPart} | null}
	| {readonly type: 'fiscal'; readonly year: number; readonly part: FiscalPart}
	| {readonly type: 'day'; readonly year: number; readonly month: number; readonly day: number}
	| {readonly type: 'span'; readonly from: Period; readonly to: Period};

/**
 * A research firm's calendar: its 年度 runs April to March whoever the company is, and its periods are
 * named by their months ("2025-04..2026-03", "2025-Q4"), never by one company's fiscal labels.
 */
export const surveyCalendar = {yearEnd: 3, namedByStart: true} as const;

/** A period as a research firm's survey names it: by its months, without a company's fiscal label. */
export function surveyed(period: Period | null): Period | null {
	return period?.type === 'months' && period.fiscal ? {...period, fiscal: null} : period;
}

/** What resolving a period needs to know of the company whose figure it dates. */
export interface FiscalCalendar {
	/** The month its fiscal year ends in; null when not known. */
	readonly yearEnd: number | null;
	/** Japanese companies name a 年度 by the year it starts in ("2025年度" ends in March 2026). */
	readonly namedByStart: boolean;
}

/** The date year-less periods are read against: the article's publication date, or a year the text gave. */
export interface Anchor {
	readonly year: number;
	readonly month: number | null;
}

export const partMonths: Record<FiscalPart, readonly [number, number]> = {Y: [0, 11], H1: [0, 5], H2: [6, 11], Q1: [0, 2], Q2: [3, 5], Q3: [6, 8], Q4: [9, 11], M9: [0, 8]};

// "1Q": the quarter as IR pages abbreviate it ("2026年3月期1Q"); "2026年3月期 中間実績", "| 2025年3月期 中間 |": the half its results cover.
export const part = (name: string) =>
	String.raw`(?:\s?の|\s)?(?<${name}>第[1-4]・?四半期(?:\s?[(（](?:累計|中間期)(?:[、,][^()（）]{1,30})?[)）]|(?:連結)?累計(?:期間)?)?|上期|上半期|下期|下半期|中間(?:連結)?会計期間|中間期|中間(?=実績|決算|業績|配当|の|は|[)）、,|｜]|\s|$)|通期|(?:Q[1-4]|[1-4]Q(?![A-Za-z]))(?:\s?累計)?|[HＨ][12])?`;

export const month = (year: number, monthNumber: number) => year * 12 + monthNumber - 1;
export const yearOf = (index: number) => Math.floor(index / 12);
export const monthOf = (index: number) => (index % 12) + 1;
