import {describe, expect, test} from 'vitest';
import {formatPeriod, shiftPeriod} from '../../source/extract/period-calendar.js';
import {findPeriods} from '../../source/extract/period-mentions.js';
import {resolvePeriod} from '../../source/extract/period-resolution.js';
import type {FiscalCalendar} from '../../source/extract/periods.js';

const calendarYear: FiscalCalendar = {yearEnd: 12, namedByStart: false};
const japanese: FiscalCalendar = {yearEnd: 3, namedByStart: true};
const june: FiscalCalendar = {yearEnd: 6, namedByStart: false};
const january: FiscalCalendar = {yearEnd: 1, namedByStart: false};
const unknown: FiscalCalendar = {yearEnd: null, namedByStart: false};

/** The first period written in `text`, in the dataset's grammar, for a company with `calendar`, read in November 2025. */
function period(text: string, calendar: FiscalCalendar = calendarYear, anchor = {year: 2025, month: 11}): string | null {
	const [mention] = findPeriods(text.normalize('NFKC'));
	if (!mention) return null;
	const resolved = resolvePeriod(mention.raw, calendar, anchor);
	return resolved ? formatPeriod(resolved) : null;
}

describe('periods as written, in the grammar of the dataset', () => {
	test.each([
		['2025年7〜9月期', calendarYear, '2025-Q3'],
		['2026年1月から6月までの集計', calendarYear, '2026-H1'],
		['| 23.4-9 | 10,020 |', japanese, 'FY2024-H1'],
		['2025年11月から2026年4月までの累計', calendarYear, '2025-11..2026-04'],
		['2025年1〜6月期', calendarYear, '2025-H1'],
		['2025年4〜9月期', japanese, 'FY2026-H1'],
		['7〜9月期', calendarYear, '2025-Q3'],
		['11月〜2026年1月期', january, 'FY2026-Q4'],
		['2025年11─2026年1月期', january, 'FY2026-Q4'],
		['5―7月期', january, 'FY2026-Q2'],
		['2026年3月期', japanese, 'FY2026'],
		// Months into the next year: "6月〜翌2月".
		['2025年6月〜翌2月の累計', calendarYear, '2025-06..2026-02'],
		// A blog's short forms of a fiscal year: "27/3期", "25.6期".
		['27/3期の会社予想', japanese, 'FY2027'],
		['前の期（25.6期）', june, 'FY2025'],
		['2026年3月期第2四半期', japanese, 'FY2026-Q2'],
		// Months after a fiscal year are that year's, wherever the article is read from.
		['2025年3月期の10〜12月期', japanese, 'FY2025-Q3'],
		['2024年3月期 4〜9月期', japanese, 'FY2024-H1'],
		['2025年1月期5〜7月期', january, 'FY2025-Q2'],
		// Another company's fiscal quarter, said of a company whose year ends in December: the same months, its calendar.
		['2026年6月期第2四半期', calendarYear, '2025-Q4'],
		// But a whole fiscal year the text names is the company's own, whatever brief thought its calendar was.
		['2025年9月期', calendarYear, 'FY2025'],
		['2026年6月期第1四半期', june, 'FY2026-Q1'],
		['2025年12月期第3四半期累計', calendarYear, '2025-01..2025-09'],
		['2026年3月期第2四半期（累計）', japanese, 'FY2026-H1'],
		['2027年3月期第2四半期（中間期）', japanese, 'FY2027-H1'],
		['2024年から2年間', calendarYear, '2024..2025'],
		['2026年度からの5年間', japanese, 'FY2027..FY2031'],
		['2027年3月期2Q', japanese, 'FY2027-Q2'],
		['2025〜2026年度', japanese, 'FY2026..FY2027'],
		['2025年度', japanese, 'FY2026'],
		['2025年度上期', japanese, 'FY2026-H1'],
		['2026年度第3四半期', january, 'FY2026-Q3'],
		['2025年度', unknown, 'FY2025'],
		['2025年第4四半期', calendarYear, '2025-Q4'],
		['Q3 2025', calendarYear, '2025-Q3'],
		['2025年', calendarYear, '2025'],
		['9月末時点', calendarYear, '2025-09-30'],
		['2025年11月末', calendarYear, '2025-11-30'],
		['10月時点', calendarYear, '2025-10'],
		['今期', japanese, 'FY2026'],
		['来期', japanese, 'FY2027'],
		['2026年から2029年までの4年間', calendarYear, '2026..2029'],
		['2024年3月期から2028年3月期までの5年間', japanese, 'FY2024..FY2028'],
		['2026年度から2028年度まで', japanese, 'FY2027..FY2029'],
		['24年度から28年度までの5年間', japanese, 'FY2025..FY2029'],
		// Not a count of years since: "創業25年から" is no year.
		['設立から10年〜12年', japanese, null],
		['2026〜28年', calendarYear, '2026..2028'],
		['2027年3月期〜29年3月期', japanese, 'FY2027..FY2029'],
		['2026会計年度第1四半期', january, 'FY2026-Q1'],
		['2026会計年度通期', june, 'FY2026'],
		['FY26 Q3', january, 'FY2026-Q3'],
		['Q3 FY2026', january, 'FY2026-Q3'],
		// As US notes write them: the quarter's number before Q, and a calendar quarter with its year's last two digits.
		['2Q FY26', january, 'FY2026-Q2'],
		['3Q25', calendarYear, '2025-Q3'],
		['FY2026 H1', june, 'FY2026-H1'],
	])('%s (fiscal year ending %#) -> %s', (text, calendar, expected) => {
		expect(period(text, calendar)).toBe(expected);
	});

	test('the parts of a calendar year are calendar forms; of another fiscal year, fiscal forms', () => {
		expect(period('2025年7〜9月期', calendarYear)).toBe('2025-Q3');
		expect(period('2025年7〜9月期', june)).toBe('FY2026-Q1');
		expect(period('2025年7〜9月期', unknown)).toBe('2025-Q3');
		expect(period('2025年8〜10月期', japanese)).toBe('2025-08..2025-10');
	});

	test('a year-less quarter is the one nearest the publication date, the past preferred', () => {
		expect(period('10〜12月期', calendarYear, {year: 2025, month: 11})).toBe('2025-Q4');
		expect(period('10〜12月期', calendarYear, {year: 2026, month: 2})).toBe('2025-Q4');
		expect(period('1〜3月期', calendarYear, {year: 2025, month: 11})).toBe('2025-Q1');
	});

	test("year-less months beyond a quarter that have not begun are last year's; the quarter about to start, and a half under way, are this one's", () => {
		expect(period('4〜12月期', japanese, {year: 2026, month: 3})).toBe('2025-04..2025-12');
		expect(period('4〜6月期', calendarYear, {year: 2026, month: 3})).toBe('2026-Q2');
		expect(period('10〜3月期', japanese, {year: 2025, month: 11})).toBe('FY2026-H2');
	});

	test("a start written with two digits and a count of years (25年から3年間) is a span of this century; a company's age (創業25年から3年間) is none", () => {
		expect(period('25年から3年間で投じる')).toBe('2025..2027');
		expect(findPeriods('創業25年から3年間')).toEqual([]);
	});

	test('a span of years written with two digits each (24〜28年) is of this century; a count of years (24〜28年間) or an amount is none', () => {
		expect(period('24〜28年に計画した投資')).toBe('2024..2028');
		expect(findPeriods('24〜28年間')).toEqual([]);
		expect(findPeriods('売上高は24〜28億円')).toEqual([]);
	});

	test('a quarter to date as IR pages abbreviate it (2Q累計, 3Q累計) is the half or the nine months', () => {
		expect(period('2026年6月期 2Q累計', june)).toBe('FY2026-H1');
		expect(period('2026年3月期3Q累計', japanese)).toBe('2025-04..2025-12');
		expect(period('2026年3月期 1Q', japanese)).toBe('FY2026-Q1');
	});

	test("a quarter written as a wire does (第4・四半期) and told by the day it ended (（11月2日まで）) is the months up to that day; a day in a month's first week closes the month before", () => {
		const october: FiscalCalendar = {yearEnd: 10, namedByStart: false};
		expect(period('第4・四半期（11月2日まで）決算は', october, {year: 2025, month: 12})).toBe('FY2025-Q4');
		expect(period('第1・四半期（2026年2月1日まで）の売上高', october, {year: 2025, month: 12})).toBe('FY2026-Q1');
		expect(period('第2・四半期（7月27日まで）', unknown, {year: 2025, month: 8})).toBe('2025-05..2025-07');
	});

	test('months in brackets after a half (2025年度上期（4〜9月）, 2026年3月期上期（4〜9月）) are part of it, no period of their own', () => {
		expect(findPeriods('2025年度上期（4〜9月）国内出荷'.normalize('NFKC')).map(mention => mention.text)).toEqual(['2025年度上期(4〜9月)']);
		expect(findPeriods('2026年3月期上期（4〜9月）の売上高'.normalize('NFKC')).map(mention => mention.text)).toEqual(['2026年3月期上期(4〜9月)']);
	});

	test("a level's year-less month is one already past", () => {
		expect(period('11月末時点', calendarYear, {year: 2026, month: 1})).toBe('2025-11-30');
	});

	test('qualifiers and as-of dates are kept with the mention', () => {
		const [since, by, asOf] = findPeriods('2019年以降、2030年までに、9月末時点で');
		expect([since!.qualifier, by!.qualifier, asOf!.asOf]).toEqual(['since', 'by', true]);
	});

	test('words that only look like periods are not: 当期利益, 前期比, 前期並み', () => {
		expect(findPeriods('当期利益と前期比')).toEqual([]);
		expect(findPeriods('前年並みの水準、前期並みの30億円')).toEqual([]);
		// 通期 before a measure is the whole year all the same: "通期純利益予想".
		expect(findPeriods('通期純利益予想').map(mention => mention.text)).toEqual(['通期']);
	});
});

describe('the month a forecast was given', () => {
	test('is no period: "5月に示した見通し", "10月中旬に公表した業績予想"', () => {
		expect(period('同社が5月に示した見通しの上限')).toBeNull();
		expect(period('10月中旬に公表した業績予想を据え置いた')).toBeNull();
		// A month of its own, or the month a round was done, still is one.
		expect(period('5月の売上高', calendarYear)).toBe('2025-05');
		expect(period('9月に公表した前回ラウンドの評価額', calendarYear)).toBe('2025-09');
	});
});

describe('the month a research firm compiled its report', () => {
	test('is no period of what it counts: "11月下旬にまとめた集計", "3月に公表した調査"', () => {
		expect(period('Omdiaが11月下旬にまとめた集計によると')).toBeNull();
		expect(period('IDCが3月に公表した調査では')).toBeNull();
		expect(period('ガートナーが2月にまとめた2025年の推計', calendarYear)).toBe('2025');
		expect(period('TrendForceが3月上旬に公表した2025年10〜12月期のNAND型フラッシュメモリー売上高ランキング', calendarYear)).toBe('2025-Q4');
	});
});

describe('earlier periods', () => {
	test('a year and a quarter before, in months and in fiscal labels', () => {
		const quarter = resolvePeriod({type: 'months', fromYear: 2025, fromMonth: 7, toYear: null, toMonth: 9}, calendarYear, null)!;
		expect(formatPeriod(shiftPeriod(quarter, 'year', calendarYear)!)).toBe('2024-Q3');
		expect(formatPeriod(shiftPeriod(quarter, 'quarter', calendarYear)!)).toBe('2025-Q2');
		expect(formatPeriod(shiftPeriod({type: 'fiscal', year: 2026, part: 'Q1'}, 'quarter', unknown)!)).toBe('FY2025-Q4');
		// A half has no quarter before it.
		expect(shiftPeriod(resolvePeriod({type: 'calendar', year: 2025, part: 'H1'}, calendarYear, null)!, 'quarter', calendarYear)).toBeNull();
	});
});
