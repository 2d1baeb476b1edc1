// Periods as articles write them ("2025年7〜9月期", "2026年3月期第2四半期", "2025年度上期",
// "9月末時点", "2026年から2029年までの4年間") and as the dataset writes them (FORMAT.md's grammar:
// 2025-Q3, FY2026-Q2, 2025-04..2025-09, 2025-09-30, 2026..2029).

/** A fiscal year's part: the whole year, a half, a quarter, or the first nine months (第3四半期累計). */
export type FiscalPart = 'Y' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'M9';

/** A period expression as written, before the company's fiscal year and the article's date resolve it. */
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
	| {readonly type: 'month-end'; readonly year: number | null; readonly month: number}
	/** "10月時点", "2024年12月", "9月の": a month */
	| {readonly type: 'month'; readonly year: number | null; readonly month: number}
	/** "2025年11月30日時点" */
	| {readonly type: 'day'; readonly year: number | null; readonly month: number; readonly day: number}
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

const partMonths: Record<FiscalPart, readonly [number, number]> = {Y: [0, 11], H1: [0, 5], H2: [6, 11], Q1: [0, 2], Q2: [3, 5], Q3: [6, 8], Q4: [9, 11], M9: [0, 8]};

function partOf(text: string | undefined): FiscalPart {
	if (!text) return 'Y';
	// "第2四半期累計" is the first half; "第3四半期累計" the first nine months.
	// "第2四半期（累計）" and "当第2四半期連結累計期間", as 決算短信 write them, are the same.
	// "2Q累計", "3Q累計": the same as IR pages abbreviate them.
	if (/(?:第2四半期|2Q|Q2)\s?[(（]?(?:連結)?(?:累計|中間期)/.test(text)) return 'H1';
	if (/(?:第3四半期|3Q|Q3)\s?[(（]?(?:連結)?累計/.test(text)) return 'M9';
	const quarter = /第?([1-4])・?四半期|Q([1-4])|([1-4])Q/.exec(text);
	if (quarter) return `Q${quarter[1] ?? quarter[2] ?? quarter[3]}` as FiscalPart;
	if (/上期|上半期|前半|中間期|第2四半期累計|H1/.test(text)) return 'H1';
	if (/下期|下半期|後半|H2/.test(text)) return 'H2';
	return 'Y';
}

// "1Q": the quarter as IR pages abbreviate it ("2026年3月期1Q").
const part = (name: string) =>
	String.raw`(?:\s?の|\s)?(?<${name}>第[1-4]・?四半期(?:\s?[(（](?:累計|中間期)(?:[、,][^()（）]{1,30})?[)）]|(?:連結)?累計(?:期間)?)?|上期|上半期|下期|下半期|中間期|通期|(?:Q[1-4]|[1-4]Q(?![A-Za-z]))(?:\s?累計)?|[HＨ][12])?`;
// Reuters and others write month spans with box-drawing and other long dashes: "（11─1月）".
const tilde = String.raw`\s?[~〜\-–─―—−]\s?`;

// One pass, most specific forms first. Digits are ASCII (the text is NFKC-normalised).
const periodAlternatives = [
	// a start and a count of years: "2024年から2年間", "2026年度からの5年間"
	String.raw`(?<countFrom>\d{4})年(?:(?<countFromNendo>度)|(?<countFromMonth>\d{1,2})月期)?から(?:の)?(?<countYears>\d{1,2})年間`,
	// spans of months across years: "2026年7月から2029年6月までの3年間"
	String.raw`(?<monthSpanFromYear>\d{4})年(?<monthSpanFromMonth>\d{1,2})月から(?<monthSpanToYear>\d{4})年(?<monthSpanToMonth>\d{1,2})月(?!期)まで(?:の)?`,
	// spans of years or fiscal years: "2026年から2029年まで", "2024年3月期から2028年3月期まで", "2026〜2028年", "2025年から2026年末まで"
	String.raw`(?<spanFrom>\d{4}|(?<![\d.])[1-3]\d(?=年度(?:から|${tilde})(?:\d{4}|[1-3]\d)年度))年(?:(?<spanFromMonth>\d{1,2})月期|(?<spanFromNendo>度))?(?:から|${tilde})(?<spanTo>\d{4}|[1-3]\d(?=年(?:度|\d{1,2}月期|末)?まで|年\d{1,2}月期))年(?:(?<spanToMonth>\d{1,2})月期|(?<spanToNendo>度)|末)?(?:まで|までの)?`,
	// "2026〜2028年", and "2026〜2027年度" (fiscal years as the company names them)
	String.raw`(?<yearRangeFrom>\d{4}|(?<![\d.,])[1-3]\d(?=${tilde}[1-3]\d年(?!間)))${tilde}(?<yearRangeTo>\d{2,4})年(?:(?<yearRangeNendo>度)|(?![\d度]))`,
	// a span of whole months written as days, as 決算短信 do: "（2026年4月1日～2026年9月30日）"
	String.raw`(?<daySpanFromYear>\d{4})年(?<daySpanFromMonth>\d{1,2})月1日${tilde}(?:(?<daySpanToYear>\d{4})年)?(?<daySpanToMonth>\d{1,2})月(?:28|29|30|31)日`,
	// months: "2025年7〜9月期", "11月〜2026年1月期", "7-9月期", "4〜9月"
	String.raw`(?:(?<![\d.])(?<fromYear>\d{4}|[1-3]\d)年)?(?<![\d/.])(?<fromMonth>\d{1,2})月?${tilde}(?:(?<toYear>\d{4}|[1-3]\d)年)?(?<toMonth>\d{1,2})月(?<monthsTerm>期|\))?(?!\d|日)`,
	// fiscal years by their last month: "2026年3月期", "2026年6月期第1四半期"
	// A four-digit year may follow a section number ("1．2026年3月期"); a two-digit one never a point.
	String.raw`(?:(?<!\d)(?=\d{4}年)|(?<![\d.]))(?<fyYear>\d{4}|[1-3]\d)年(?<fyMonth>\d{1,2})月期${part('fyPart')}`,
	// 年度: "2025年度上期", "2026年度第3四半期"
	// "2026会計年度第1四半期": a US company's fiscal year as its Japanese releases write it.
	String.raw`(?:(?<!\d)(?=\d{4}(?:年度|年?会計年度))|(?<![\d.]))(?<nendo>\d{4}|[1-3]\d)(?:年度|年?会計年度)${part('nendoPart')}`,
	// calendar quarters: "2025年第4四半期", "2025年Q3", "Q3 2025", "2025年上半期"
	String.raw`(?<calYear>\d{4})年(?:の)?(?<calPart>第[1-4]・?四半期|Q[1-4]|上半期|下半期|上期|下期)`,
	// "Q3 FY2026": the quarter written before its fiscal year.
	String.raw`(?<![\w])(?:Q(?<qFyN>[1-4])\s?FY\s?(?<qFyYear>\d{4}|\d{2})|Q(?<qN>[1-4])\s?(?<qYear>\d{4})|(?<fyLatin>FY)\s?(?<fyLatinYear>\d{4}|\d{2})(?:\s?(?<fyLatinPart>Q[1-4]|H[12]))?)(?![\w])`,
	// days, month ends, months: "2025年11月30日時点", "9月末", "2024年12月", "10月時点"
	String.raw`(?:(?<dayYear>\d{4})年)?(?<![\d/.])(?<dayMonth>\d{1,2})月(?<day>\d{1,2})日`,
	String.raw`(?:(?<![\d.])(?<endYear>\d{4}|[1-3]\d)年)?(?<![\d/.~〜─―—−])(?<endMonth>\d{1,2})月末`,
	String.raw`(?:(?<![\d.])(?<monthYear>\d{4}|[1-3]\d)年)?(?<![\d/.~〜\-─―—−])(?<month>\d{1,2})月(?![\d期末日~〜─―—−])`,
	// years: "2025年", "2025年通期", "2025年の"
	// "26年の設備投資", "25年の722億ドル", "25年通年では", "29年に": a year written in two digits, where what follows says it is a year of
	// the calendar; not "創業30年は", "約20年に" (a number of years).
	String.raw`(?<year>\d{4}|(?<![\d.]|創業|設立|創立|過去|この|ここ|約|およそ|今後|向こう|最近|直近|第)[2-3]\d(?=年(?:は|通期|通年|末|実績|に(?!わた|及|渡|入|一度)|、|の(?:設備投資|売上|営業|純利益|業績|見通し|計画|世界|国内|市場|実績|決算|投資|(?:約|およそ)?\d)|の[^。、\d]{1,16}?(?:シェア|市場規模|出荷台数|出荷額|販売台数))))年(?<yearTerm>通期|通年|末)?(?![\d度代])`,
	// parts and relative years alone
	// "前年中間期", "前年上期": an earlier part, which the prior-period words mark; not this year's part.
	String.raw`(?<currentPart>当)?(?<!前年|前年同|前)(?<alonePart>第[1-4]・?四半期(?:\s?[(（](?:累計|中間期)(?:[、,][^()（）]{1,30})?[)）]|(?:連結)?累計(?:期間)?)?|上期|上半期|下期|下半期|中間期|(?<![A-Za-z0-9])Q[1-4](?![0-9A-Za-z]))`,
	String.raw`(?<relative>今期|当連結会計年度(?!末)|当事業年度(?!末)|当期(?!末)|来期|前期|今年度|本年度|当年度|来年度|前年度|今年|本年|年内|来年|昨年|去年|通期)(?!比|の[0-9]|同期|並み|並)(?!(?<!通期)[)）]?(?:利益|純利益|損失|純損失|損益))`,
];
// 株探's table rows: "25.04-12" (April to December 2025), "2026.03予" (the year to March 2026, forecast). Tried only
// where the text writes such a number: two more alternatives at every place of every sentence cost 3% of extraction.
const dottedAlternatives = [String.raw`(?<![\d.,])(?:20)?(?<dotYear>\d{2})\.(?<dotFromMonth>0[1-9]|1[0-2])-(?<dotToMonth>0[1-9]|1[0-2])(?![\d.])`, String.raw`(?<![\d.,])(?<dotFyYear>20\d{2})\.(?<dotFyMonth>0[1-9]|1[0-2])(?![\d.])`];
const mayHoldDottedPeriod = /\d{2}\.(?:0[1-9]|1[0-2])(?![\d.])/;
// Before the fiscal years by their last month, as the most specific forms come first.
const fiscalYearIndex = periodAlternatives.findIndex(alternative => alternative.includes('(?<fyYear>'));
const periodPattern = new RegExp(periodAlternatives.join('|'), 'g');
const periodPatternWithDots = new RegExp([...periodAlternatives.slice(0, fiscalYearIndex), ...dottedAlternatives, ...periodAlternatives.slice(fiscalYearIndex)].join('|'), 'g');

const relativeOffsets: Record<string, {offset: number; calendar: boolean; reported?: boolean; nendo?: boolean; filing?: boolean}> = {
	今期: {offset: 0, calendar: false},
	// 当期, as a report writes it, is the year it reports on, like 通期.
	当期: {offset: 0, calendar: false, reported: true},
	// A filing's words for the year it reports: the year just ended when it appears in the months after.
	当連結会計年度: {offset: 0, calendar: false, reported: true, filing: true},
	当事業年度: {offset: 0, calendar: false, reported: true, filing: true},
	// 通期 is the whole of the fiscal year the text reports on, whenever it is read.
	通期: {offset: 0, calendar: false, reported: true},
	// A 年度 is a Japanese fiscal year, April to March, whatever the company's own is not known to be.
	今年度: {offset: 0, calendar: false, nendo: true},
	本年度: {offset: 0, calendar: false, nendo: true},
	当年度: {offset: 0, calendar: false, nendo: true},
	来期: {offset: 1, calendar: false},
	来年度: {offset: 1, calendar: false, nendo: true},
	前期: {offset: -1, calendar: false},
	前年度: {offset: -1, calendar: false, nendo: true},
	今年: {offset: 0, calendar: true},
	// "年内に300人まで増やす": by the end of this calendar year.
	年内: {offset: 0, calendar: true},
	本年: {offset: 0, calendar: true},
	来年: {offset: 1, calendar: true},
	昨年: {offset: -1, calendar: true},
	去年: {offset: -1, calendar: true},
};

const validMonth = (month: number) => month >= 1 && month <= 12;
const validYear = (year: number) => year >= 1990 && year <= 2100;
const yearOrNull = (text: string | undefined) => (text === undefined ? null : Number(text));

function rawOf(g: Record<string, string | undefined>): RawPeriod | null {
	if (g['monthSpanFromYear']) {
		const [fromYear, fromMonth, toYear, toMonth] = [g['monthSpanFromYear'], g['monthSpanFromMonth'], g['monthSpanToYear'], g['monthSpanToMonth']].map(Number) as [number, number, number, number];
		if (!validYear(fromYear) || !validYear(toYear) || !validMonth(fromMonth) || !validMonth(toMonth) || toYear * 12 + toMonth <= fromYear * 12 + fromMonth) return null;
		return {type: 'months', fromYear, fromMonth, toYear, toMonth};
	}

	if (g['spanFrom']) {
		const fromYear = Number(g['spanFrom']);
		const toYear = Number(g['spanTo']);
		if (!validYear(fromYear) || !validYear(toYear) || toYear < fromYear) return null;
		// "2026年度から2028年度まで" are fiscal years named as the company names them.
		const nendo = g['spanFromNendo'] !== undefined || g['spanToNendo'] !== undefined;
		const end = (year: number, month: string | undefined): RawPeriod => (month ? {type: 'fiscal-year', endYear: year, endMonth: Number(month), part: 'Y'} : nendo ? {type: 'nendo', year, part: 'Y'} : {type: 'calendar', year, part: 'Y'});
		return {type: 'span', from: end(fromYear, g['spanFromMonth']), to: end(toYear, g['spanToMonth'])};
	}

	if (g['countFrom']) {
		const from = Number(g['countFrom']);
		const years = Number(g['countYears']);
		if (!validYear(from) || years < 2 || years > 30) return null;
		// "2025年3月期から5年間": five fiscal years, the first ending in that month.
		const endMonth = g['countFromMonth'] ? Number(g['countFromMonth']) : null;
		if (endMonth !== null) return endMonth >= 1 && endMonth <= 12 ? {type: 'span', from: {type: 'fiscal-year', endYear: from, endMonth, part: 'Y'}, to: {type: 'fiscal-year', endYear: from + years - 1, endMonth, part: 'Y'}} : null;
		const type = g['countFromNendo'] ? 'nendo' : 'calendar';
		return {type: 'span', from: {type, year: from, part: 'Y'}, to: {type, year: from + years - 1, part: 'Y'}};
	}

	if (g['yearRangeFrom']) {
		// "23〜27年": a year of two digits is of this century.
		const from = g['yearRangeFrom']!.length === 2 ? 2000 + Number(g['yearRangeFrom']) : Number(g['yearRangeFrom']);
		const toText = g['yearRangeTo']!;
		const to = toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
		if (!validYear(from) || !validYear(to) || to <= from || to - from > 30) return null;
		const type = g['yearRangeNendo'] ? 'nendo' : 'calendar';
		return {type: 'span', from: {type, year: from, part: 'Y'}, to: {type, year: to, part: 'Y'}};
	}

	if (g['daySpanFromMonth']) {
		const fromMonth = Number(g['daySpanFromMonth']);
		const toMonth = Number(g['daySpanToMonth']);
		if (!validMonth(fromMonth) || !validMonth(toMonth)) return null;
		return {type: 'months', fromYear: Number(g['daySpanFromYear']), fromMonth, toYear: yearOrNull(g['daySpanToYear']), toMonth};
	}

	if (g['fromMonth']) {
		const fromMonth = Number(g['fromMonth']);
		const toMonth = Number(g['toMonth']);
		if (!validMonth(fromMonth) || !validMonth(toMonth)) return null;
		// "4〜9月" without 期 names months only when the span is a quarter, a half or more
		if (fromMonth === toMonth) return null;
		return {type: 'months', fromYear: yearOrNull(g['fromYear']), fromMonth, toYear: yearOrNull(g['toYear']), toMonth};
	}

	if (g['dotYear']) {
		const year = 2000 + Number(g['dotYear']);
		const [fromMonth, toMonth] = [Number(g['dotFromMonth']), Number(g['dotToMonth'])];
		return fromMonth === toMonth ? null : {type: 'months', fromYear: year, fromMonth, toYear: toMonth < fromMonth ? year + 1 : year, toMonth};
	}

	if (g['dotFyYear']) return {type: 'fiscal-year', endYear: Number(g['dotFyYear']), endMonth: Number(g['dotFyMonth']), part: 'Y'};
	if (g['fyYear']) {
		const month = Number(g['fyMonth']);
		if (!validMonth(month)) return null;
		return {type: 'fiscal-year', endYear: Number(g['fyYear']), endMonth: month, part: partOf(g['fyPart'])};
	}

	if (g['nendo']) return {type: 'nendo', year: Number(g['nendo']), part: partOf(g['nendoPart'])};
	if (g['calYear']) return {type: 'calendar', year: Number(g['calYear']), part: partOf(g['calPart'])};
	if (g['qN']) return {type: 'calendar', year: Number(g['qYear']), part: `Q${g['qN']}` as FiscalPart};
	if (g['qFyN']) {
		const written = Number(g['qFyYear']);
		return {type: 'nendo', year: written < 100 ? 2000 + written : written, part: `Q${g['qFyN']}` as FiscalPart};
	}

	if (g['fyLatin']) {
		const written = Number(g['fyLatinYear']);
		return {type: 'nendo', year: written < 100 ? 2000 + written : written, part: partOf(g['fyLatinPart'])};
	}
	if (g['dayMonth']) {
		const month = Number(g['dayMonth']);
		const day = Number(g['day']);
		if (!validMonth(month) || day < 1 || day > 31) return null;
		return {type: 'day', year: yearOrNull(g['dayYear']), month, day};
	}

	if (g['endMonth']) {
		const month = Number(g['endMonth']);
		return validMonth(month) ? {type: 'month-end', year: yearOrNull(g['endYear']), month} : null;
	}

	if (g['month']) {
		const month = Number(g['month']);
		return validMonth(month) ? {type: 'month', year: yearOrNull(g['monthYear']), month} : null;
	}

	if (g['year']) {
		const year = Number(g['year']);
		if (!validYear(year)) return null;
		if (g['yearTerm'] === '末') return {type: 'month-end', year, month: 12};
		return {type: 'calendar', year, part: 'Y'};
	}

	if (g['alonePart']) return g['currentPart'] ? {type: 'part', part: partOf(g['alonePart']), current: true} : {type: 'part', part: partOf(g['alonePart'])};
	if (g['relative']) {
		const relative = relativeOffsets[g['relative']];
		return relative ? {type: 'relative', ...relative} : null;
	}

	return null;
}

const qualifierAfter = /^(?:の)?(?<since>以降|以来|から)|^(?<by>までに|まで)/;
const asOfAfter = /^(?:の|に)?\s?(?:時点|現在)|^(?:末)?時点/;
// "7月に示した見通し", "10月に公表した業績予想": the month a forecast was given, never the period it is for.
const saidIn = /^(?:中旬|下旬|上旬|初め|末)?に(?:示|発表|公表|開示|出)した(?:業績|売上高の?|利益の?)?(?:見通し|予想|計画|目標|ガイダンス|予測)/;

/** Whether the text may hold a period at all: most sentences of a long article hold none. */
export const mayHoldPeriod = /[年月期]|Q[1-4]|FY/;

/**
 * Stock news abbreviates years: "26年6月期", "25年4〜9月期", "25年12月", "2025年12月－26年2月期". They are read as 20xx; only
 * before a month or 度, so "3年間" and "10年後" stay what they are.
 */
const abbreviatedYears = ['fromYear', 'toYear', 'spanFrom', 'spanTo', 'fyYear', 'nendo', 'endYear', 'monthYear', 'year'];

function fullYears(groups: Record<string, string | undefined>): Record<string, string | undefined> {
	let full = groups;
	for (const name of abbreviatedYears) {
		const value = groups[name];
		if (value === undefined || value.length !== 2) continue;
		if (full === groups) full = {...groups};
		full[name] = `20${value}`;
	}

	return full;
}

/** The period expressions of a (normalised) sentence, in order. */
export function findPeriods(text: string): PeriodMention[] {
	const mentions: PeriodMention[] = [];
	for (const match of text.matchAll(mayHoldDottedPeriod.test(text) ? periodPatternWithDots : periodPattern)) {
		const raw = rawOf(fullYears(match.groups!));
		if (!raw) continue;
		const end = match.index + match[0].length;
		const after = text.slice(end, end + 6);
		if ((raw.type === 'month' || raw.type === 'day') && saidIn.test(text.slice(end, end + 16))) continue;
		const qualified = qualifierAfter.exec(after)?.groups;
		// "2025年から2026年末まで" is a span, whose から is no qualifier.
		const qualifier: PeriodQualifier = raw.type === 'span' ? null : qualified?.['since'] ? 'since' : qualified?.['by'] ? 'by' : null;
		// "2026年3月期の4〜9月期", "2026年1月期8〜10月期": months of the fiscal year just named are in its calendar years.
		const year = mentions.at(-1);
		if (raw.type === 'months' && raw.fromYear === null && raw.toYear === null && year?.raw.type === 'fiscal-year' && year.raw.part === 'Y' && /^\s?の?\s?$/.test(text.slice(year.end, match.index))) {
			const {endYear, endMonth} = year.raw;
			const yearOfMonth = (monthNumber: number) => (monthNumber > endMonth ? endYear - 1 : endYear);
			mentions[mentions.length - 1] = {...year, end, text: text.slice(year.start, end), raw: {...raw, fromYear: yearOfMonth(raw.fromMonth), toYear: yearOfMonth(raw.toMonth)}, qualifier, asOf: false};
			continue;
		}

		// "2026年3月期第2四半期（2025年4月〜9月）": a quarter whose months in brackets run from the year's start is the sum to it.
		if (raw.type === 'months' && year?.raw.type === 'fiscal-year' && (year.raw.part === 'Q2' || year.raw.part === 'Q3') && /^\s?\(\s?$/.test(text.slice(year.end, match.index))) {
			const months = ((raw.toMonth - raw.fromMonth + 12) % 12) + 1;
			const cumulative = year.raw.part === 'Q2' ? months === 6 && 'H1' : months === 9 && 'M9';
			if (cumulative && raw.fromMonth === (year.raw.endMonth % 12) + 1) {
				mentions[mentions.length - 1] = {...year, end, text: text.slice(year.start, end), raw: {...year.raw, part: cumulative}};
				continue;
			}
		}

		// "2026年3月期上期（4〜9月）", "2025年度上期（4〜9月）": months in brackets as long as the part just named say
		// which months it is, no period of their own.
		if (raw.type === 'months' && raw.fromYear === null && raw.toYear === null && (year?.raw.type === 'fiscal-year' || year?.raw.type === 'nendo') && year.raw.part !== 'Y' && /^\s?\(\s?$/.test(text.slice(year.end, match.index))) {
			const months = ((raw.toMonth - raw.fromMonth + 12) % 12) + 1;
			const [first, last] = partMonths[year.raw.part];
			if (months === last - first + 1) {
				mentions[mentions.length - 1] = {...year, end, text: text.slice(year.start, end)};
				continue;
			}
		}

		// "第4・四半期（11月2日まで）", "第1・四半期（2026年2月1日まで）": a quarter or half by the day it ended, as US companies
		// close theirs on a weekend; a day in the first week of a month closes the month before.
		const closing = raw.type === 'day' ? /^\s?まで\s?\)/.exec(text.slice(end, end + 5)) : null;
		if (raw.type === 'day' && closing && year?.raw.type === 'part' && year.raw.part !== 'Y' && year.raw.part !== 'M9' && /^\s?\(\s?$/.test(text.slice(year.end, match.index))) {
			const closesBefore = raw.day <= 7;
			const toMonth = closesBefore ? ((raw.month + 10) % 12) + 1 : raw.month;
			const toYear = raw.year === null ? null : closesBefore && raw.month === 1 ? raw.year - 1 : raw.year;
			const [first, last] = partMonths[year.raw.part];
			const fromMonth = ((toMonth - (last - first) - 1 + 12) % 12) + 1;
			const fromYear = toYear === null ? null : fromMonth > toMonth ? toYear - 1 : toYear;
			const closed = end + closing[0].length;
			mentions[mentions.length - 1] = {...year, end: closed, text: text.slice(year.start, closed), raw: {type: 'months', fromYear, fromMonth, toYear, toMonth}, qualifier: null, asOf: false};
			continue;
		}

		// "2025年（1〜12月）", "2025年（4〜9月）": the months in brackets after a year are of that year; all twelve are the year.
		if (raw.type === 'months' && raw.fromYear === null && raw.toYear === null && year?.raw.type === 'calendar' && year.raw.part === 'Y' && /^\s?\(\s?$/.test(text.slice(year.end, match.index))) {
			if (raw.fromMonth === 1 && raw.toMonth === 12) continue;
			const calendarYear = year.raw.year;
			mentions[mentions.length - 1] = {...year, end, text: text.slice(year.start, end), raw: {...raw, fromYear: calendarYear, toYear: raw.toMonth >= raw.fromMonth ? calendarYear : calendarYear + 1}, qualifier, asOf: false};
			continue;
		}

		mentions.push({start: match.index, end, text: match[0], raw, qualifier, asOf: asOfAfter.test(after) || raw.type === 'month-end'});
	}

	return mentions;
}

const month = (year: number, monthNumber: number) => year * 12 + monthNumber - 1;
const yearOf = (index: number) => Math.floor(index / 12);
const monthOf = (index: number) => (index % 12) + 1;

/**
 * The year of a year-less span: the latest one that has started by the anchor's month, or starts the
 * month after it (the guidance an article gives for the quarter about to begin). News reports what was.
 */
function nearestYear(fromMonth: number, anchor: Anchor): number {
	const anchorIndex = month(anchor.year, anchor.month ?? 12);
	for (const year of [anchor.year + 1, anchor.year, anchor.year - 1]) if (month(year, fromMonth) <= anchorIndex + 1) return year;
	return anchor.year - 1;
}

/** The whole fiscal year before the one `period` falls in: what 前期 means beside a period's results. */
export function fiscalYearBefore(period: Period, calendar: FiscalCalendar): Period | null {
	if (period.type === 'fiscal') return {type: 'fiscal', year: period.year - 1, part: 'Y'};
	if (period.type !== 'months') return null;
	const yearEnd = calendar.yearEnd ?? (period.fiscal ? null : 12);
	if (yearEnd === null) return period.fiscal ? {type: 'fiscal', year: period.fiscal.year - 1, part: 'Y'} : null;
	const {from, to} = fiscalMonths(fiscalYearOf(period.to, yearEnd) - 1, 'Y', yearEnd);
	return monthsPeriod(from, to, calendar);
}

/** "前期末": the last day of the fiscal year before the one a day falls in (2025-12-31 of a March year: 2025-03-31). */
export function fiscalYearEndBefore(period: Period, calendar: FiscalCalendar): Period | null {
	if (period.type !== 'day' || calendar.yearEnd === null) return null;
	const endYear = fiscalYearOf(month(period.year, period.month), calendar.yearEnd) - 1;
	return {type: 'day', year: endYear, month: calendar.yearEnd, day: new Date(Date.UTC(endYear, calendar.yearEnd, 0)).getUTCDate()};
}

/** The fiscal year (named by its ending year) a month falls in, for a year ending in `yearEnd`. */
export function fiscalYearOf(monthIndex: number, yearEnd: number): number {
	const year = yearOf(monthIndex);
	return monthOf(monthIndex) > yearEnd ? year + 1 : year;
}

function fiscalMonths(year: number, part: FiscalPart, yearEnd: number): {from: number; to: number} {
	// The fiscal year named `year` ends in month `yearEnd` of `year`.
	const last = month(year, yearEnd);
	const first = last - 11;
	const [from, to] = partMonths[part];
	return {from: first + from, to: first + to};
}

/**
 * The fiscal label of a span of months, when it is a whole fiscal year, half or quarter of a fiscal
 * year that is not the calendar year (a calendar year's parts are written in calendar forms).
 */
function fiscalLabel(from: number, to: number, yearEnd: number | null): {year: number; part: FiscalPart} | null {
	if (yearEnd === null || yearEnd === 12) return null;
	const year = fiscalYearOf(to, yearEnd);
	for (const part of ['Y', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as const) {
		const months = fiscalMonths(year, part, yearEnd);
		if (months.from === from && months.to === to) return {year, part};
	}

	return null;
}

function monthsPeriod(from: number, to: number, calendar: FiscalCalendar): Period {
	return {type: 'months', from, to, fiscal: fiscalLabel(from, to, calendar.yearEnd)};
}

/** The same months named in another company's calendar: the period one company's results gave, for a company beside it. */
export function inCalendar(period: Period, calendar: FiscalCalendar): Period {
	return period.type === 'months' && calendar.yearEnd !== null ? monthsPeriod(period.from, period.to, calendar) : period;
}

/** The fiscal year a 年度 names: the year it starts in for Japanese companies, else the year it ends in. */
function nendoYear(year: number, calendar: FiscalCalendar): number {
	if (calendar.yearEnd === null || calendar.yearEnd === 12) return year;
	return calendar.namedByStart ? year + 1 : year;
}

/**
 * The period a raw expression names for a company, read against `anchor`; `context` is the period
 * the text is about (the results reported), which a part alone ("第3四半期") belongs to.
 */
/** A quarter of year-to-date figures is the year up to it: Q2 the first half, Q3 nine months. */
export function yearToDate(raw: RawPeriod): RawPeriod {
	if (!('part' in raw)) return raw;
	const part = raw.part === 'Q2' ? 'H1' : raw.part === 'Q3' ? 'M9' : raw.part;
	return part === raw.part ? raw : {...raw, part};
}

export function resolvePeriod(raw: RawPeriod, calendar: FiscalCalendar, anchor: Anchor | null, context: Period | null = null): Period | null {
	switch (raw.type) {
		case 'months': {
			let fromYear = raw.fromYear;
			let toYear = raw.toYear;
			if (fromYear === null && toYear !== null) fromYear = raw.fromMonth > raw.toMonth ? toYear - 1 : toYear;
			if (fromYear === null) {
				if (!anchor) return null;
				fromYear = nearestYear(raw.fromMonth, anchor);
				// "4〜12月期の売上高" in March: months beyond a quarter that have not yet begun are last year's; only
				// the quarter about to start is guided to.
				const length = (raw.toMonth - raw.fromMonth + 12) % 12;
				if (length > 2 && month(fromYear, raw.fromMonth) > month(anchor.year, anchor.month ?? 12)) fromYear -= 1;
			}

			toYear ??= raw.toMonth < raw.fromMonth ? fromYear + 1 : fromYear;
			const from = month(fromYear, raw.fromMonth);
			const to = month(toYear, raw.toMonth);
			// Months with both years written may span years ("2026年7月から2029年6月まで"); others are a year or two at most.
			if (to < from || to - from > (raw.fromYear !== null && raw.toYear !== null ? 119 : 23)) return null;
			return monthsPeriod(from, to, calendar);
		}

		case 'fiscal-year': {
			const {from, to} = fiscalMonths(raw.endYear, raw.part, raw.endMonth);
			// "2026年6月期第2四半期" said of a company whose year ends in December: the same months, in its own calendar.
			if (calendar.yearEnd !== null && calendar.yearEnd !== raw.endMonth) return monthsPeriod(from, to, calendar);
			return {type: 'months', from, to, fiscal: raw.endMonth === 12 || raw.part === 'M9' ? null : {year: raw.endYear, part: raw.part}};
		}

		case 'nendo': {
			const year = nendoYear(raw.year, calendar);
			if (calendar.yearEnd === null) return {type: 'fiscal', year, part: raw.part};
			const {from, to} = fiscalMonths(year, raw.part, calendar.yearEnd);
			return monthsPeriod(from, to, calendar);
		}

		case 'calendar': {
			const [from, to] = partMonths[raw.part];
			return monthsPeriod(month(raw.year, 1) + from, month(raw.year, 1) + to, calendar);
		}

		case 'part': {
			const fiscal = context?.type === 'months' ? context.fiscal : context?.type === 'fiscal' ? context : null;
			if (fiscal && calendar.yearEnd !== null) {
				const {from, to} = fiscalMonths(fiscal.year, raw.part, calendar.yearEnd);
				return monthsPeriod(from, to, calendar);
			}

			if (fiscal) return {type: 'fiscal', year: fiscal.year, part: raw.part};
			if (calendar.yearEnd === 12 && context?.type === 'months') {
				const [from, to] = partMonths[raw.part];
				const base = month(yearOf(context.to), 1);
				return monthsPeriod(base + from, base + to, calendar);
			}

			// "当第3四半期累計期間" in a report: the part of this fiscal year, or of the last one if it has not ended yet.
			if (raw.current && calendar.yearEnd !== null && anchor?.month != null) {
				const published = month(anchor.year, anchor.month);
				const year = fiscalYearOf(published, calendar.yearEnd);
				const months = fiscalMonths(year, raw.part, calendar.yearEnd);
				const {from, to} = months.to < published ? months : fiscalMonths(year - 1, raw.part, calendar.yearEnd);
				return monthsPeriod(from, to, calendar);
			}

			return null;
		}

		case 'relative': {
			if (!anchor) return null;
			// "通期の業績予想" of a company whose year end is unknown: the fiscal year the text is reporting. "当連結会計年度"
			// in a December company's report published in February is the year reported, not the one it appeared in.
			// A December company's year is written as the calendar year ("2025年12月期" is 2025): its whole year is the one reported all the same.
			const wholeCalendarYear = context?.type === 'months' && calendar.yearEnd === 12 && context.to - context.from === 11 && monthOf(context.to) === 12 ? {year: yearOf(context.to), part: 'Y' as const} : null;
			const reported = context?.type === 'months' ? (context.fiscal ?? wholeCalendarYear) : context?.type === 'fiscal' ? context : null;
			if (raw.calendar || (calendar.yearEnd === 12 && !(reported && raw.reported) && !raw.filing)) return monthsPeriod(month(anchor.year + raw.offset, 1), month(anchor.year + raw.offset, 12), calendar);
			if (reported && !raw.calendar && (calendar.yearEnd === null || raw.reported)) {
				if (calendar.yearEnd === null) return {type: 'fiscal', year: reported.year + raw.offset, part: 'Y'};
				const {from, to} = fiscalMonths(reported.year + raw.offset, 'Y', calendar.yearEnd);
				return monthsPeriod(from, to, calendar);
			}

			if (calendar.yearEnd === null && raw.nendo && anchor.month !== null) {
				const started = anchor.month >= 4 ? anchor.year : anchor.year - 1;
				return resolvePeriod({type: 'nendo', year: started + raw.offset, part: 'Y'}, calendar, anchor, context);
			}

			if (calendar.yearEnd === null || anchor.month === null) return null;
			// 今期 is the fiscal year the article appeared in; a filing's 当連結会計年度 in the three months after a year
			// ends (a 決算短信) is that year.
			const published = month(anchor.year, anchor.month);
			const justEnded = raw.filing && raw.offset === 0 && published - fiscalMonths(fiscalYearOf(published, calendar.yearEnd) - 1, 'Y', calendar.yearEnd).to <= 3;
			const current = fiscalYearOf(published, calendar.yearEnd) - (justEnded ? 1 : 0);
			const {from, to} = fiscalMonths(current + raw.offset, 'Y', calendar.yearEnd);
			return monthsPeriod(from, to, calendar);
		}

		case 'month-end':
		case 'month':
		case 'day': {
			let year = raw.year;
			if (year === null) {
				if (!anchor) return null;
				// A level's date is one already past: "11月末時点" in a January article is last November.
				year = anchor.month !== null && raw.month > anchor.month ? anchor.year - 1 : anchor.year;
			}

			if (raw.type === 'month') return {type: 'months', from: month(year, raw.month), to: month(year, raw.month), fiscal: null};
			const day = raw.type === 'day' ? raw.day : new Date(Date.UTC(year, raw.month, 0)).getUTCDate();
			return {type: 'day', year, month: raw.month, day};
		}

		case 'span': {
			const from = resolvePeriod(raw.from, calendar, anchor, context);
			const to = resolvePeriod(raw.to, calendar, anchor, context);
			return from && to ? {type: 'span', from, to} : null;
		}
	}
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A period in the dataset's grammar. */
export function formatPeriod(period: Period): string {
	switch (period.type) {
		case 'day':
			return `${period.year}-${pad(period.month)}-${pad(period.day)}`;
		case 'fiscal':
			// Nine months have no fiscal form in the grammar: the year is the nearest true statement left.
			return period.part === 'Y' || period.part === 'M9' ? `FY${period.year}` : `FY${period.year}-${period.part}`;
		case 'span':
			return `${formatPeriod(period.from)}..${formatPeriod(period.to)}`;
		case 'months': {
			const {from, to, fiscal} = period;
			const length = to - from;
			if (length === 11 && monthOf(from) === 1) return String(yearOf(from));
			// A fiscal year's own parts are named as the company names them: FY2026-H1, FY2026-Q2.
			if (fiscal) return fiscal.part === 'Y' ? `FY${fiscal.year}` : `FY${fiscal.year}-${fiscal.part}`;
			if (length === 2 && (monthOf(from) - 1) % 3 === 0) return `${yearOf(from)}-Q${(monthOf(from) + 2) / 3}`;
			if (length === 5 && (monthOf(from) - 1) % 6 === 0) return `${yearOf(from)}-H${(monthOf(from) + 5) / 6}`;
			if (length === 0) return `${yearOf(from)}-${pad(monthOf(from))}`;
			return `${yearOf(from)}-${pad(monthOf(from))}..${yearOf(to)}-${pad(monthOf(to))}`;
		}
	}
}

/** A quarter of the fiscal year counted from the year's start: "第3四半期" in a table of the year so far (累計) is nine months. */
export function periodToDate(period: Period, calendar: FiscalCalendar): Period {
	if (period.type === 'fiscal') return period.part === 'Q2' ? {...period, part: 'H1'} : period.part === 'Q3' ? {...period, part: 'M9'} : period;
	if (period.type !== 'months' || calendar.yearEnd === null || period.to - period.from !== 2) return period;
	const first = month(fiscalYearOf(period.to, calendar.yearEnd), calendar.yearEnd) - 11;
	return period.from > first ? monthsPeriod(first, period.to, calendar) : period;
}

/** The whole fiscal year a part of it falls in: what a forecast revised after the part's results is for. */
export function wholeYearOf(period: Period, calendar: FiscalCalendar): Period | null {
	if (period.type === 'fiscal') return {...period, part: 'Y'};
	if (period.type !== 'months' || calendar.yearEnd === null) return null;
	const last = month(fiscalYearOf(period.to, calendar.yearEnd), calendar.yearEnd);
	return monthsPeriod(last - 11, last, calendar);
}

/** The same period a year or a quarter earlier ("前年同期", "前四半期"). */
/** The same part of the year after: the year a guidance told once the year has ended is for. */
export function followingYear(period: Period, calendar: FiscalCalendar): Period | null {
	if (period.type === 'months') return monthsPeriod(period.from + 12, period.to + 12, calendar);
	return period.type === 'fiscal' ? {...period, year: period.year + 1} : null;
}

export function shiftPeriod(period: Period, by: 'year' | 'quarter', calendar: FiscalCalendar): Period | null {
	const months = by === 'year' ? 12 : 3;
	switch (period.type) {
		case 'months': {
			if (by === 'quarter' && period.to - period.from !== 2) return null;
			return monthsPeriod(period.from - months, period.to - months, calendar);
		}

		case 'fiscal': {
			if (by === 'year') return {...period, year: period.year - 1};
			if (!period.part.startsWith('Q')) return null;
			const quarter = Number(period.part.slice(1));
			return quarter === 1 ? {type: 'fiscal', year: period.year - 1, part: 'Q4'} : {type: 'fiscal', year: period.year, part: `Q${quarter - 1}` as FiscalPart};
		}

		case 'day': {
			// A month's end stays a month's end: 2025-09-30 a quarter before is 2025-06-30.
			const shifted = month(period.year, period.month) - months;
			const last = new Date(Date.UTC(yearOf(shifted), monthOf(shifted), 0)).getUTCDate();
			const endOfMonth = period.day === new Date(Date.UTC(period.year, period.month, 0)).getUTCDate();
			return {type: 'day', year: yearOf(shifted), month: monthOf(shifted), day: endOfMonth ? last : Math.min(period.day, last)};
		}
		case 'span':
			return null;
	}
}

/** The last month a period covers, as year*12+month-1; for a fiscal label without months, null. */
export function lastMonthOf(period: Period): number | null {
	switch (period.type) {
		case 'months':
			return period.to;
		case 'day':
			return month(period.year, period.month);
		case 'span':
			return lastMonthOf(period.to);
		case 'fiscal':
			return null;
	}
}
