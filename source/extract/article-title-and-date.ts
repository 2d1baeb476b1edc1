import {normalize, type CompanyMatcher} from './companies.js';
import {dateKey, findDates, mayHoldDate} from './dates.js';
import {findPeriods} from './period-mentions.js';
import {resolvePeriod} from './period-resolution.js';
import type {Anchor, Period} from './periods.js';
import type {Sentence} from './sentences.js';

// An article's title, and its publication date when none is written where one is: the head of its record, apart from its figures.

export function publishedFromFrontMatter(date: string | undefined): string | null {
	const match = date ? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(date) : null;
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date for an article that writes none where a publication date is written: the latest date to
 * the day its text mentions, year-less ones read in the year it writes most. It is marked as
 * inferred, and only dates year-less mentions.
 */
export function inferPublished(sentences: readonly Sentence[]): string | null {
	const contextYear = yearMostWritten(sentences);
	const days = sentences
		.flatMap(sentence => {
			const text = normalize(sentence.text);
			return mayHoldDate.test(text) ? findDates(text, {published: null, contextYear}) : [];
		})
		.filter(date => date.qualifier === null && /^\d{4}-\d{2}-\d{2}$/.test(date.date) && !(date.yearInferred && contextYear === null));
	const latestWritten = days.filter(date => !date.yearInferred).reduce<string | null>((latest, date) => (latest === null || date.date > latest ? date.date : latest), null);
	let latest: string | null = null;
	for (const date of days) {
		// A year-less day is never after the latest day written with its year ("12月23日" beside "2024年3月5日" is 2023).
		const day = date.yearInferred && latestWritten !== null && date.date > latestWritten ? `${Number(date.date.slice(0, 4)) - 1}${date.date.slice(4)}` : date.date;
		if (latest === null || dateKey(day) > dateKey(latest)) latest = day;
	}

	return latest;
}

/** The year the text writes most, for reading "10月30日" in an article that gives no date of its own. */
export function yearMostWritten(sentences: readonly Sentence[]): number | null {
	const counts = new Map<number, number>();
	for (const sentence of sentences) for (const match of normalize(sentence.text).matchAll(/(?<!\d)(20\d{2})年(?!代|度末|まで)/g)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

export function stripTitle(title: string): string {
	return title
		.replace(/\*\*|__/g, '')
		.replace(/の(?:画像|写真)[\s(（]*\d+[)）]?$/, '')
		.trim();
}

/**
 * A blog's excerpt written "**見出し**について詳細に分析します。" states the article's headline. It stands
 * in for a front-matter title that names no company when it names one: such a template filled from the
 * body's first word gives titles like "ねえの可能性とは？".
 */
export function titleOf(frontTitle: string | undefined, excerpt: string | undefined, matcher: CompanyMatcher): string | undefined {
	const headline = excerpt ? /^\*\*(?<headline>[^*]{8,80})\*\*について(?:詳細に|詳しく)?(?:分析|解説|紹介)(?:します|しています)。?$/.exec(excerpt.trim())?.groups!['headline']!.trim() : undefined;
	const namesCompany = (text: string) => matcher.find(normalize(text)).length > 0;
	if (frontTitle && headline && !namesCompany(frontTitle) && namesCompany(headline)) return headline;
	return frontTitle;
}

/**
 * "2025年度第2四半期決算説明会 質疑応答": the part of a year whose results a title names, for what the text says of
 * 上期 or 当四半期 without a year. Only a part: a whole year in a title is as often a forecast's.
 */
export function titleResultsPeriod(title: string, lead: string, company: string | null, matcher: CompanyMatcher, anchor: Anchor | null): Period | null {
	// "…、2026年度第4四半期および通期の業績を発表": a release of results says so without 決算; a revised forecast is none.
	if (!/決算/.test(title) && !(/業績を?発表/.test(title) && !/予想|見通し|修正/.test(title))) return null;
	const named = findPeriods(title).find(mention => mention.qualifier === null && (mention.raw.type === 'fiscal-year' || mention.raw.type === 'nendo') && mention.raw.part !== 'Y');
	// "第2四半期決算" in the headline, "第2四半期（2025年4月〜9月）" in the lead: the months the text gives say it is the sum to the quarter.
	const summed =
		named?.raw.type === 'fiscal-year'
			? findPeriods(lead).find(
					mention =>
						mention.raw.type === 'fiscal-year' &&
						named.raw.type === 'fiscal-year' &&
						mention.raw.endYear === named.raw.endYear &&
						mention.raw.endMonth === named.raw.endMonth &&
						((named.raw.part === 'Q2' && mention.raw.part === 'H1') || (named.raw.part === 'Q3' && mention.raw.part === 'M9')),
				)
			: undefined;
	const chosen = summed ?? named;
	return chosen ? resolvePeriod(chosen.raw, company ? matcher.fiscalCalendar(company) : {yearEnd: null, namedByStart: false}, anchor, null) : null;
}
