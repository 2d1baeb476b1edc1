import {describe, expect, test} from 'vitest';
import {commonDate, datesCompatible, findDates, findRelativeDates} from '../../source/extract/dates.js';

const dates = (text: string, published: {year: number; month: number | null} | null = null, contextYear: number | null = null) =>
	findDates(text.normalize('NFKC'), {published, contextYear}).map(date => `${date.date}${date.qualifier ? `/${date.qualifier}` : ''}`);

const datesOn = (text: string, year: number, month: number, day: number) => findDates(text.normalize('NFKC'), {published: {year, month, day}, contextYear: null}).map(date => date.date);

describe('days to come', () => {
	test('a day a note is dated, whose clause ends in the past (12日付で目標株価を引き上げた), is past; an effective day to come is still ahead', () => {
		expect(datesOn('野村証券は11日付で投資判断を引き上げた。', 2026, 1, 14)).toEqual(['2026-01-11']);
		expect(datesOn('山田氏が20日付で社長に就く。', 2026, 1, 14)).toEqual(['2026-01-20']);
		expect(datesOn('田中氏は10日付で社長に就く。', 2026, 1, 14)).toEqual(['2026-02-10']);
		// "…が就任することも明らかにした": the past is the telling's, not the post's.
		expect(datesOn('8月1日付で、子会社の新社長に佐藤氏が就任することも明らかにした。', 2026, 6, 10)).toEqual(['2026-08-01']);
	});

	test('a day the text measures to now (…8月22日時点で, 3月5日終値で) is not of a year written more than a year before it', () => {
		expect(datesOn('株価は2023年7月のピークから下げ、8月22日時点で半値になった。', 2025, 8, 25)).toEqual(['2023-07', '2025-08-22']);
		expect(datesOn('2026年1月の安値から、3月5日終値で倍になった。', 2026, 3, 8)).toEqual(['2026-01', '2026-03-05']);
	});

	test('a day or a month-end a count is as of (4月1日時点で, 3月末時点で) is passed, though the sentence ends in the present (…人です)', () => {
		expect(datesOn('導入企業は3月末時点で180社、社員数は4月1日時点で95人です。', 2026, 6, 10)).toEqual(['2026-03', '2026-04-01']);
		// A schedule told in the present is still to come.
		expect(datesOn('決算発表は8月7日です。', 2026, 6, 10)).toEqual(['2026-08-07']);
	});

	test('a weekday written after a day (9月1日（月）) says which year it is of', () => {
		expect(datesOn('9月1日（月）：ネットアップが決算を発表', 2025, 8, 29)).toEqual(['2025-09-01']);
		expect(datesOn('12月29日（月）に仕事納め', 2026, 1, 5)).toEqual(['2025-12-29']);
	});

	test('a month whose sentence ends in the polite present perfect (…出資を受けています) is past, not to come', () => {
		expect(datesOn('8月には富士通と業務提携を結び、同社から15億円の出資を受けています。', 2025, 12, 3)).toEqual(['2025-08']);
	});

	test('a year written in two digits before a month (25年9月, 12年12月) is of this century, its month as written', () => {
		expect(dates('25年9月に決め、12年12月にも')).toEqual(['2025-09', '2012-12']);
	});

	test('a day the sentence says is to come is of this month or the next, never of a month before', () => {
		expect(datesOn('ローツェは31日に決算発表を控えている。', 2026, 7, 30)).toEqual(['2026-07-31']);
		expect(datesOn('ローツェは3日に決算発表を予定する。', 2026, 7, 30)).toEqual(['2026-08-03']);
		expect(datesOn('ローツェは29日に決算を発表した。', 2026, 7, 30)).toEqual(['2026-07-29']);
		// A day after the publication day, told in the past, is of the month before: June has no 31st, so no date.
		expect(datesOn('ローツェは31日に発表した。', 2026, 7, 30)).toEqual([]);
		expect(datesOn('ローツェは30日に発表した。', 2026, 7, 20)).toEqual(['2026-06-30']);
	});

	test('the day a plan was told of stays in its month, however the plan looks ahead', () => {
		expect(datesOn('ルネサスは3日、計画している新工場の稼働を当初予定の2027年1月から10月に早めると発表した。', 2026, 5, 8)).toEqual(['2026-05-03', '2027-01', '2026-10']);
		// A plan moved later wraps into the next year as before.
		expect(datesOn('稼働を2026年11月から2月に延期する。', 2026, 5, 8)).toEqual(['2026-11', '2027-02']);
		expect(datesOn('出荷を2027年3月から12月に前倒しする。', 2026, 5, 8)).toEqual(['2027-03', '2026-12']);
	});

	test('a month and day to come is of this year, or the next when its month has passed', () => {
		expect(datesOn('同社は8月7日に決算発表を予定している。', 2026, 7, 30)).toEqual(['2026-08-07']);
		expect(datesOn('同社は2月5日に説明会を開催する予定だ。', 2026, 11, 20)).toEqual(['2027-02-05']);
		expect(datesOn('同社は8月7日に決算を発表した。', 2026, 7, 30)).toEqual(['2025-08-07']);
	});

	test('"6月期" is a fiscal year, never a month', () => {
		expect(datesOn('6月期決算の発表', 2026, 7, 30)).toEqual([]);
	});
});

describe('dates', () => {
	test('explicit forms', () => {
		expect(dates('2025年11月3日と2025年11月と2025-11-04と2025/1/5')).toEqual(['2025-11-03', '2025-11', '2025-11-04', '2025-01-05']);
		expect(dates('2025年第4四半期、2025年度第4四半期、2025年7-9月期、Q3 2025')).toEqual(['2025-Q4', '2025-Q4', '2025-Q3', '2025-Q3']);
		expect(dates('2025年秋、2019年以降、2025年までに、2024年')).toEqual(['2025/part', '2019/since', '2025/by', '2024']);
		expect(dates('２０２５年１１月３日')).toEqual(['2025-11-03']);
	});

	test('year-less dates take the year of the publication date, nearest first', () => {
		expect(dates('11月3日に発表', {year: 2025, month: 11})).toEqual(['2025-11-03']);
		// 12月 in a January article is last December.
		expect(dates('12月に契約', {year: 2026, month: 1})).toEqual(['2025-12']);
		expect(dates('10月に発表', null, 2025)).toEqual(['2025-10']);
		expect(dates('11月3日', null, null)).toEqual([]);
	});

	test('a month whose own clause gives a reason in the non-past (…は5月に出るので、) is to come; one of a purpose (…を増やすため、) is not', () => {
		expect(dates('次の決算は5月に出るので、そこで確かめたい', {year: 2026, month: 2})).toEqual(['2026-05']);
		expect(dates('11月には工場の能力を増やすため、300億円を投じることを決めた', {year: 2026, month: 2})).toEqual(['2025-11']);
	});

	test('a day alone is a day of the publication month, and only where news writes one', () => {
		expect(dates('ソフトバンクグループは12日、出資を発表した', {year: 2026, month: 3})).toEqual(['2026-03-12']);
		expect(dates('エヌビディアが27日発表した決算、14日朝の取引、5日付の文書', {year: 2026, month: 5})).toEqual(['2026-05-27', '2026-05-14', '2026-05-05']);
		expect(dates('同社は２８日に発売する。5日の会見では', {year: 2026, month: 3})).toEqual(['2026-03-28', '2026-03-05']);
		// Without a known month there is nothing to read it against; durations and counts are not days.
		expect(dates('12日、発表した', {year: 2026, month: null})).toEqual([]);
		expect(dates('12日、発表した')).toEqual([]);
		expect(dates('3日間の会期、5日目に、10日前に、11〜12日の日程、32日、', {year: 2026, month: 3})).toEqual([]);
		// Inside a full date it is that date's day, not a second one.
		expect(dates('3月12日、発表', {year: 2026, month: 3})).toEqual(['2026-03-12']);
	});

	test('English dates as wire services write them', () => {
		expect(dates('announced on May 12, 2026 and on Sept. 3', {year: 2026, month: 9})).toEqual(['2026-05-12', '2026-09-03']);
		// Words that start like a month are not months; a year-less date needs a year to read it in.
		expect(dates('Mayor 12 and Decade 3 and March 40')).toEqual([]);
		expect(dates('on March 4')).toEqual([]);
	});

	test('a quarter by its months without a year is the one nearest the publication date', () => {
		expect(dates('1〜3月期の営業利益', {year: 2026, month: 5})).toEqual(['2026-Q1']);
		// In February, "10〜12月期" is the quarter just ended, last year's.
		expect(dates('10-12月期決算', {year: 2026, month: 2})).toEqual(['2025-Q4']);
		// A fiscal quarter that is no calendar quarter ("2〜4月期") is part of its year, so that a figure
		// for it is not dated by another date of the sentence ("27日発表した2026年2〜4月期決算").
		expect(dates('2〜4月期', {year: 2026, month: 5})).toEqual(['2026/part']);
		expect(dates('2026年2〜4月期', {year: 2026, month: 5})).toEqual(['2026/part']);
		expect(dates('2025年7-9月期', {year: 2026, month: 5})).toEqual(['2025-Q3']);
	});

	test('durations, decades and counts are not dates', () => {
		expect(dates('3～6ヶ月間、2010年代前半、13四半期、2年間', {year: 2025, month: 1})).toEqual([]);
	});

	test('impossible dates are ignored', () => {
		expect(dates('2025年13月1日、2025年2月40日')).toEqual([]);
	});

	test('merging dates keeps what every report agrees on', () => {
		expect(commonDate(['2025-11-03', '2025-11', '2025-11-02'])).toBe('2025-11');
		expect(commonDate(['2025-Q4', '2025-11-02'])).toBe('2025-Q4');
		expect(datesCompatible('2025-11-03', '2025-11-02')).toBe(true);
		expect(datesCompatible('2025-10', '2025-11')).toBe(false);
		expect(datesCompatible('2025', '2025-11')).toBe(false);
	});
});

describe('relative dates', () => {
	test('今年, 先月, 本日 and 昨日 count from the publication date, only as precisely as it is known', () => {
		const relative = (text: string, published: string | null) => findRelativeDates(text, published).map(date => date.date);
		expect(relative('今年、先月、今月、来月、本日、昨日', '2026-01-01')).toEqual(['2026', '2025-12', '2026-01', '2026-02', '2026-01-01', '2025-12-31']);
		expect(relative('今日では', '2026-01-01')).toEqual([]);
		expect(relative('本日、先月', '2026-05')).toEqual(['2026-04']);
		expect(relative('昨年', '2026')).toEqual(['2025']);
		expect(relative('本日', null)).toEqual([]);
	});
});
