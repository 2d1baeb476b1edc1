import {part, partMonths, type FiscalPart, type PeriodMention, type PeriodQualifier, type RawPeriod} from './periods.js';

// Periods as articles write them, found in a sentence with what qualifies them; periods.ts holds their shapes.

function partOf(text: string | undefined): FiscalPart {
	if (!text) return 'Y';
	// "第2四半期累計" is the first half; "第3四半期累計" the first nine months.
	// "第2四半期（累計）" and "当第2四半期連結累計期間", as 決算短信 write them, are the same.
	// "2Q累計", "3Q累計": the same as IR pages abbreviate them.
	if (/(?:第2四半期|2Q|Q2)\s?[(（]?(?:連結)?(?:累計|中間期)/.test(text)) return 'H1';
	if (/(?:第3四半期|3Q|Q3)\s?[(（]?(?:連結)?累計/.test(text)) return 'M9';
	const quarter = /第?([1-4])・?四半期|Q([1-4])|([1-4])Q/.exec(text);
	if (quarter) return `Q${quarter[1] ?? quarter[2] ?? quarter[3]}` as FiscalPart;
	if (/上期|上半期|前半|中間期|中間(?:連結)?会計期間|^中間$|第2四半期累計|H1/.test(text)) return 'H1';
	if (/下期|下半期|後半|H2/.test(text)) return 'H2';
	return 'Y';
}

// Reuters and others write month spans with box-drawing and other long dashes: "（11─1月）".
const tilde = String.raw`\s?[~〜\-–─―—−]\s?`;

// One pass, most specific forms first. Digits are ASCII (the text is NFKC-normalised).
const periodAlternatives = [
	// a start and a count of years: "2024年から2年間", "2026年度からの5年間", "24年から2年間"
	String.raw`(?<countFrom>\d{4}|(?<![\d.,]|創業|設立|創立|過去|この|ここ|約|およそ|今後|向こう|最近|直近|第)[2-3]\d)年(?:(?<countFromNendo>度)|(?<countFromMonth>\d{1,2})月期)?から(?:の)?(?<countYears>\d{1,2})年間`,
	// spans of months across years: "2026年7月から2029年6月までの3年間"
	// "2025年1月から12月までの集計期間": the months to, in the year the span starts in unless written.
	String.raw`(?<monthSpanFromYear>\d{4})年(?<monthSpanFromMonth>\d{1,2})月から(?:(?<monthSpanToYear>\d{4})年)?(?<monthSpanToMonth>\d{1,2})月(?!期)まで(?:の)?`,
	// spans of years or fiscal years: "2026年から2029年まで", "2024年3月期から2028年3月期まで", "2026〜2028年", "2025年から2026年末まで"
	String.raw`(?<spanFrom>\d{4}|(?<![\d.])[1-3]\d(?=年度(?:から|${tilde})(?:\d{4}|[1-3]\d)年度))年(?:(?<spanFromMonth>\d{1,2})月期|(?<spanFromNendo>度))?(?:から|${tilde})(?<spanTo>\d{4}|[1-3]\d(?=年(?:度|\d{1,2}月期|末)?まで|年\d{1,2}月期))年(?:(?<spanToMonth>\d{1,2})月期|(?<spanToNendo>度)|末)?(?:まで|までの)?`,
	// "2026〜2028年", and "2026〜2027年度" (fiscal years as the company names them)
	String.raw`(?<yearRangeFrom>\d{4}|(?<![\d.,])[1-3]\d(?=${tilde}[1-3]\d年(?!間)))${tilde}(?<yearRangeTo>\d{2,4})年(?:(?<yearRangeNendo>度)|(?![\d度]))`,
	// a span of whole months written as days, as 決算短信 do: "（2026年4月1日～2026年9月30日）"
	String.raw`(?<daySpanFromYear>\d{4})年(?<daySpanFromMonth>\d{1,2})月1日${tilde}(?:(?<daySpanToYear>\d{4})年)?(?<daySpanToMonth>\d{1,2})月(?:28|29|30|31)日`,
	// months: "2025年7〜9月期", "11月〜2026年1月期", "7-9月期", "4〜9月", "5月〜翌1月"
	// spoken months, as broadcast news writes them: "ことし4月から9月まで", "12月から来年2月までの3か月間"
	String.raw`(?<![\d/.])(?<spokenFromMonth>\d{1,2})月から(?:来年|翌年)?(?<spokenToMonth>\d{1,2})月まで(?!に(?!つい))`,
	String.raw`(?:(?<![\d.])(?<fromYear>\d{4}|[1-3]\d)年)?(?<![\d/.])(?<fromMonth>\d{1,2})月?${tilde}(?:翌年?|来年)?(?:(?<toYear>\d{4}|[1-3]\d)年)?(?<toMonth>\d{1,2})月(?<monthsTerm>期|\))?(?!\d|日)`,
	// fiscal years by their last month: "2026年3月期", "2026年6月期第1四半期"
	// A four-digit year may follow a section number ("1．2026年3月期"); a two-digit one never a point.
	String.raw`(?:(?<!\d)(?=\d{4}年)|(?<![\d.]))(?<fyYear>\d{4}|[1-3]\d)年(?<fyMonth>\d{1,2})月期${part('fyPart')}`,
	// 年度: "2025年度上期", "2026年度第3四半期"
	// "2026会計年度第1四半期": a US company's fiscal year as its Japanese releases write it.
	String.raw`(?:(?<!\d)(?=\d{4}(?:年度|年?会計年度))|(?<![\d.]))(?<nendo>\d{4}|[1-3]\d)(?:年度|年?会計年度)${part('nendoPart')}`,
	// calendar quarters: "2025年第4四半期", "2025年Q3", "Q3 2025", "2025年上半期"
	String.raw`(?<calYear>\d{4})年(?:の)?(?<calPart>第[1-4]・?四半期|Q[1-4]|上半期|下半期|上期|下期)`,
	// "Q3 FY2026": the quarter written before its fiscal year; "2Q FY26", and "3Q25" for a calendar quarter, as US notes write them.
	String.raw`(?<![\w])(?:Q(?<qFyN>[1-4])\s?FY\s?(?<qFyYear>\d{4}|\d{2})|(?<nqFyN>[1-4])Q\s?FY\s?(?<nqFyYear>\d{4}|\d{2})|(?<nqN>[1-4])Q\s?(?<nqYear>\d{4}|\d{2})|Q(?<qN>[1-4])\s?(?<qYear>\d{4})|(?<fyLatin>FY)\s?(?<fyLatinYear>\d{4}|\d{2})(?:\s?(?<fyLatinPart>Q[1-4]|H[12]))?)(?![\w])`,
	// days, month ends, months: "2025年11月30日時点", "9月末", "2024年12月", "10月時点"
	String.raw`(?:(?<dayYear>\d{4})年)?(?<![\d/.])(?<dayMonth>\d{1,2})月(?<day>\d{1,2})日`,
	String.raw`(?:(?<![\d.])(?<endYear>\d{4}|[1-3]\d)年)?(?<![\d/.~〜─―—−])(?<endMonth>\d{1,2})月末`,
	// "年末の従業員数は…、前年末の…から": the end of the year told, or of the one before; not a season ("年末商戦").
	String.raw`(?<![\d年度同今本来])(?<yearEndBefore>前年|昨年|去年)?(?<yearEnd>年末)(?!商戦|年始|にかけ|に向け|まで)`,
	String.raw`(?:(?<![\d.])(?<monthYear>\d{4}|[1-3]\d)年)?(?<![\d/.~〜\-─―—−])(?<month>\d{1,2})月(?![\d期末日~〜─―—−])`,
	// years: "2025年", "2025年通期", "2025年の"
	// "26年の設備投資", "25年の722億ドル", "25年通年では", "29年に": a year written in two digits, where what follows says it is a year of
	// the calendar; not "創業30年は", "約20年に" (a number of years).
	String.raw`(?<year>\d{4}|(?<![\d.]|創業|設立|創立|過去|この|ここ|約|およそ|今後|向こう|最近|直近|第)[2-3]\d(?=年(?:は|通期|通年|末|実績|に(?!わた|及|渡|入|一度)|、|の(?:設備投資|売上|営業|純利益|業績|見通し|計画|世界|国内|市場|実績|決算|投資|(?:約|およそ)?\d)|の[^。、\d]{1,16}?(?:シェア|市場規模|出荷台数|出荷額|販売台数))))年(?<yearTerm>通期|通年|末)?(?![\d度代])`,
	// parts and relative years alone; "前期（2025年6月期）通期": 通期 after a period is part of it, no period of its own
	// "前年中間期", "前年上期": an earlier part, which the prior-period words mark; not this year's part.
	String.raw`(?<currentPart>当)?(?<!前年|前年同|前)(?<alonePart>第[1-4]・?四半期(?:\s?[(（](?:累計|中間期)(?:[、,][^()（）]{1,30})?[)）]|(?:連結)?累計(?:期間)?)?|上期|上半期|下期|下半期|中間(?:連結)?会計期間|中間期|(?<![A-Za-z0-9])Q[1-4](?![0-9A-Za-z]))`,
	String.raw`(?<relative>今期|当連結会計年度(?!末)|当事業年度(?!末)|当期(?!末)|来期|前期|今年度|本年度|当年度|来年度|前年度|今年|本年|年内|来年|昨年|去年|(?<!(?:前期|今期|当期|来期|年度|月期|[)）])\s?)通期)(?!比|末比|の[0-9]|同期|並み|並|の同じ時期)(?!(?<!通期)[)）]?(?:利益|純利益|損失|純損失|損益))`,
];
// 株探's table rows: "25.04-12" (April to December 2025), "24.4-9", "2026.03予" (the year to March 2026, forecast). Tried only
// where the text writes such a number: two more alternatives at every place of every sentence cost 3% of extraction.
const dottedAlternatives = [
	String.raw`(?<![\d.,])(?:20)?(?<dotYear>\d{2})\.(?<dotFromMonth>0?[1-9]|1[0-2])-(?<dotToMonth>0?[1-9]|1[0-2])(?![\d.])`,
	String.raw`(?<![\d.,])(?<dotFyYear>20\d{2})\.(?<dotFyMonth>0[1-9]|1[0-2])(?![\d.])`,
	// A blog's "26/3期", "25.3期": the year to March 2026, March 2025.
	// "26/8期 2Q累計": the first half of that year, "3Q累計" its first nine months, "1Q" its first quarter.
	String.raw`(?<![\d.,/])(?<slashFyYear>[1-3]\d)[/.](?<slashFyMonth>0?[1-9]|1[0-2])期(?:\s?(?<slashFyQuarter>[1-4])Q(?<slashFyToDate>累計)?)?`,
];
const mayHoldDottedPeriod = /\d{2}\.(?:0[1-9]|1[0-2])(?![\d.])|\d{2}\.[1-9]-(?:0?[1-9]|1[0-2])(?![\d.])|\d{2}[/.](?:0?[1-9]|1[0-2])期/;
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
		const [fromYear, fromMonth, toMonth] = [g['monthSpanFromYear'], g['monthSpanFromMonth'], g['monthSpanToMonth']].map(Number) as [number, number, number];
		const toYear = g['monthSpanToYear'] ? Number(g['monthSpanToYear']) : fromYear;
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

	if (g['spokenFromMonth']) {
		const fromMonth = Number(g['spokenFromMonth']);
		const toMonth = Number(g['spokenToMonth']);
		return validMonth(fromMonth) && validMonth(toMonth) && fromMonth !== toMonth ? {type: 'months', fromYear: null, fromMonth, toYear: null, toMonth} : null;
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

	if (g['slashFyYear']) {
		const quarter = g['slashFyQuarter'];
		const index = Number(quarter ?? 0) as 0 | 1 | 2 | 3 | 4;
		const part = index === 0 ? 'Y' : g['slashFyToDate'] ? (['Y', 'Q1', 'H1', 'M9', 'Y'] as const)[index] : (['Y', 'Q1', 'Q2', 'Q3', 'Q4'] as const)[index];
		return {type: 'fiscal-year', endYear: 2000 + Number(g['slashFyYear']), endMonth: Number(g['slashFyMonth']), part};
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
	if (g['nqN']) {
		const written = Number(g['nqYear']);
		return {type: 'calendar', year: written < 100 ? 2000 + written : written, part: `Q${g['nqN']}` as FiscalPart};
	}

	if (g['nqFyN']) {
		const written = Number(g['nqFyYear']);
		return {type: 'nendo', year: written < 100 ? 2000 + written : written, part: `Q${g['nqFyN']}` as FiscalPart};
	}

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

	if (g['yearEnd']) {
		const before = g['yearEndBefore'];
		return before ? {type: 'month-end', year: null, month: 12, yearBefore: before === '前年' ? '前年' : '昨年'} : {type: 'month-end', year: null, month: 12};
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
// "TrendForceが12月上旬にまとめた集計によると": the month a report was compiled, never the period it counts.
// So is "2月にまとめた2025年の推計".
// "（1月上旬発表分）": the figures released in a month, of an earlier one.
const releasedIn = /^(?:中旬|下旬|上旬|初め|末)?(?:に|の)?(?:発表|公表|開示)分/;
const compiledIn = /^(?:中旬|下旬|上旬|初め|末)?に(?:まとめ|発表し|公表し|公開し)た(?:[^、。]{1,40}?の)?(?:[^、。]{0,28}?(?:集計|調査|調べ|報告書|レポート|リポート|統計|推計|ランキング))/;

/** Whether the text may hold a period at all: most sentences of a long article hold none. */
export const mayHoldPeriod = /[年月期]|Q[1-4]|FY/;

/**
 * Stock news abbreviates years: "26年6月期", "25年4〜9月期", "25年12月", "2025年12月－26年2月期". They are read as 20xx; only
 * before a month or 度, so "3年間" and "10年後" stay what they are.
 */
const abbreviatedYears = ['fromYear', 'toYear', 'spanFrom', 'spanTo', 'fyYear', 'nendo', 'endYear', 'monthYear', 'year', 'countFrom'];

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
const historyAside = /^[^()（）。]{0,30}?(?:を?統合|設立|創業|創立|買収|上場|合併|改称|社名変更|傘下(?:に入|入り))[^()（）。]{0,6}[)）]/;

export function findPeriods(text: string): PeriodMention[] {
	const mentions: PeriodMention[] = [];
	for (const match of text.matchAll(mayHoldDottedPeriod.test(text) ? periodPatternWithDots : periodPattern)) {
		const read = rawOf(fullYears(match.groups!));
		if (!read) continue;
		// "前年6月末の150社", "昨年の9月時点": a month the year before the one a month alone would be.
		const before = (read.type === 'month' || read.type === 'month-end' || read.type === 'day') && read.year === null ? /(?:(?<calendar>昨年|去年)|前年|前の年)の?\s?$/.exec(text.slice(Math.max(0, match.index - 5), match.index)) : null;
		const raw = before ? {...read, yearBefore: before.groups!['calendar'] ? ('昨年' as const) : ('前年' as const)} : read;
		const end = match.index + match[0].length;
		const after = text.slice(end, end + 6);
		// "オムディア（2025年にカナリスの調査部門を統合）", "（2019年設立）": a bracket's aside of a name's history dates no figure.
		if (/[(（][^()（）]{0,20}$/.test(text.slice(Math.max(0, match.index - 20), match.index)) && historyAside.test(text.slice(end, end + 40))) continue;
		// "9月第2週（7〜11日）": a week of the month, no month a level stands at or a flow covers.
		if (raw.type === 'month' && /^\s?の?\s?(?:第[1-5１-５一二三四五]週|最終週)/.test(after)) continue;
		if ((raw.type === 'month' || raw.type === 'day') && (saidIn.test(text.slice(end, end + 16)) || releasedIn.test(text.slice(end, end + 8)) || compiledIn.test(text.slice(end, end + 72)))) continue;
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
