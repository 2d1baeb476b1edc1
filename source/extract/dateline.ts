// Datelines: the line above or below a headline that says when the article was published
// ("2025年11月20日 7:12　サイト名", "2026年02月05日10時12分　サイト名", "2025年12月9日午後 5:48 GMT+9", "2025/10/30 08:40", "公開日：2025.12.09", "Posted on 2025-10-30 | by …").

const label = String.raw`(?:公開日時?|投稿日時?|配信日時?|掲載日時?|開示日時?|発表日時?|発行日|作成日|公開|配信|掲載|Posted(?: on)?|Published(?: on)?|Date|日付)\s?[:：]?\s?`;
// One separator throughout ("2025.11.10", "2025/11/10"): "2025.04-09" is a span of months in a 株探 table, no day.
const datePart = String.raw`(?<year>\d{4})\s?(?<separator>[年/.\-])\s?(?<month>\d{1,2})\s?(?:月|\k<separator>)\s?(?<day>\d{1,2})日?`;
/** A block that is a dateline: a date first (after a label), then at most a time, a site or a byline. */
// "【速報】 2025/07/31 15:45配信": a news flash's tag may come first.
const flashTag = String.raw`[【[［]\s?(?:速報|号外|詳報|続報|独自|ニュース|NEWS|Breaking)\s?[】\]］]\s?`;
const dateline = new RegExp(String.raw`^(?:${flashTag})?(?:${label})?${datePart}(?:\s?[(（][月火水木金土日][)）])?(?:$|[\s　|｜/,、]|\d{1,2}:\d{2}|\d{1,2}時\d{1,2}分|T\d|(?:午前|午後)\s?\d{1,2}(?::\d{2}|時))`);
const update = /(?:最終)?更新|Updated/;
/** "半導体株ウォッチャーK　2026年7月29日 21:14": a byline, then the date and the time it was posted. */
// "富士通株式会社　2026年3月10日 11時00分": a press release's sender, then its date and time.
// "【シリコンバレー＝編集部】2026年8月28日 12:10": a wire's bureau in brackets, glued to the date.
// "テックの窓　公開：2026年11月5日 18:00　更新：…": a site's name, then the labelled day it was posted.
const bylineDateline = new RegExp(String.raw`^[^。、\d|｜]{1,24}(?:[\s　]|(?<=[】］\]]))(?:${label})?${datePart}\s?(?:\d{1,2}:\d{2}|\d{1,2}時\d{1,2}分)(?:$|\s)`);

// "電子デバイス・ウィークリー　2026.06.10　半導体・メモリー", "【週刊ITインダストリー】2026.11.17 ／ ソフトウェア": a newsletter's
// name, the issue's date, and at most a section or the issue's number after it ("2026.11.04　第2481号").
// "半導体株ウィークリー　Vol.42　2025.08.02": or the issue's number before the date.
const issueDateline = new RegExp(String.raw`^[^。、\d|｜]{2,30}?(?:[\s　]*(?:第\s?\d{1,6}\s?号|(?:No|Vol)\.\s?\d{1,6}))?[\s　]*${datePart}(?:[\s　]*[/／|｜]?[\s　]*(?:第\s?\d{1,6}\s?号|(?:No|Vol)\.\s?\d{1,6})?[^。、\d]{0,24})?$`);

const updateStamp = new RegExp(String.raw`^(?:(?:最終)?更新(?:日時?)?\s?[:：]?\s?${datePart}|(?:Last )?[Uu]pdated:?\s)`);

/** A stamp of when a page was changed ("更新日：2026年11月7日"): a date of the page, never its headline nor its publication. */
export function isUpdateStamp(text: string): boolean {
	return updateStamp.test(text.trim());
}

// "（2026年01月23日15時40分更新）", "最終更新日：2026/1/23", "2026.01.23 15:40 更新": a line that stamps a change and its day.
const stampedChange = new RegExp(String.raw`^[(（]?\s?(?:(?:最終)?更新(?:日時?)?\s?[:：]?\s?)?${datePart}(?:\s?\d{1,2}(?::\d{2}|時\d{1,2}分))?\s?(?:更新)?\s?[)）]?$`);

const bracketedChange = new RegExp(String.raw`[(（]\s?${datePart}(?:\s?\d{1,2}(?::\d{2}|時\d{1,2}分))?\s?更新\s?[)）]\s*$`);

/** The day of a line that stamps a later change of the page, or null when the line is no such stamp. */
export function updateStampDate(text: string): string | null {
	// "2025年11月12日 17:30（2025年11月13日 15:40 更新）": a dateline with its change stamped in brackets after it.
	const bracketed = bracketedChange.exec(text);
	if (bracketed) return isoDay(Number(bracketed.groups!['year']), Number(bracketed.groups!['month']), Number(bracketed.groups!['day']));
	for (const segment of text.split(/\s*[|｜]\s*/)) {
		const trimmed = segment.trim();
		const match = stampedChange.exec(trimmed);
		if (!match || !/更新/.test(trimmed)) continue;
		return isoDay(Number(match.groups!['year']), Number(match.groups!['month']), Number(match.groups!['day']));
	}

	return null;
}

/** YYYY-MM-DD of a date that exists, else null. */
function isoDay(year: number, month: number, day: number): string | null {
	return validDate(year, month, day) ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}

function validDate(year: number, month: number, day: number): boolean {
	if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const englishMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "November 20, 2025", "Nov. 20, 2025 10:00 JST", "Published: Nov 20, 2025"
const englishDateline = new RegExp(String.raw`^(?:${label})?(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?<day>\d{1,2}),?\s(?<year>\d{4})(?:$|[\s|｜,])`, 'i');

/** The date of a dateline block, or null when the block is not one. */
export function datelineDate(text: string): string | null {
	const trimmed = text.trim();
	if (trimmed.length > 90 || /[。！？]/.test(trimmed)) return null;
	const english = englishDateline.exec(trimmed);
	if (english) {
		const year = Number(english.groups!['year']);
		const month = englishMonths.indexOf(english.groups!['month']!.slice(0, 3).toLowerCase()) + 1;
		const day = Number(english.groups!['day']);
		return isoDay(year, month, day);
	}

	const match = dateline.exec(trimmed);
	if (!match || update.test(trimmed.slice(0, match.index + match[0].length))) return null;
	const year = Number(match.groups!['year']);
	const month = Number(match.groups!['month']);
	const day = Number(match.groups!['day']);
	return isoDay(year, month, day);
}

/**
 * The date of a line at the head of an article: a dateline, or a byline with the date and time it
 * was posted. Only at the head: in the text such a line is an item of a schedule.
 */
export function headDatelineDate(text: string): string | null {
	const date = datelineDate(text);
	if (date !== null) return date;
	const trimmed = text.trim();
	if (trimmed.length > 90 || /[。！？]/.test(trimmed)) return null;
	const match = bylineDateline.exec(trimmed) ?? (update.test(trimmed) ? null : issueDateline.exec(trimmed));
	if (!match || update.test(match[0])) return null;
	const [year, month, day] = [match.groups!['year'], match.groups!['month'], match.groups!['day']].map(Number) as [number, number, number];
	return isoDay(year, month, day);
}
