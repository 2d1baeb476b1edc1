// The days a sentence names, read against the day named before it: 翌N日, 同N日, 同日, "…の翌日", and what is
// written or relative to the publication.
import {findDates, findRelativeDates, type DateContext, type DateMention} from './dates.js';

// "マーベルはまた、…と発表した": a sentence that tells of another announcement of the day just named.
export const alsoAnnounced = /^[^、。]{1,30}?は(また|あわせて|同時に)(?=、[^。]*発表)/;

/** "9月9日の決算発表で…。翌10日の米国市場で": a day told as the next one after the day named last is in that day's month. */
function dayAfter(text: string, date: DateMention, lastDay: string | null): DateMention {
	if (lastDay === null || !/^\d{4}-\d{2}-\d{2}$/.test(date.date) || !/^\d{1,2}日$/.test(date.text) || !/(?:翌|同月|同)$/.test(text.slice(Math.max(0, date.start - 2), date.start))) return date;
	const [year, month, day] = lastDay.split('-').map(Number) as [number, number, number];
	const written = Number(date.text.slice(0, -1));
	// "11月20日に…。HPは同25日、…": 同 with a day is of the month named last, before or after its day.
	const sameMonth = /同$/.test(text.slice(Math.max(0, date.start - 1), date.start)) && !/同月$/.test(text.slice(Math.max(0, date.start - 2), date.start));
	const next = written >= day || sameMonth ? new Date(Date.UTC(year, month - 1, written)) : new Date(Date.UTC(year, month, written));
	if (next.getUTCDate() !== written) return date;
	return {...date, date: next.toISOString().slice(0, 10), yearInferred: true};
}

/** Each 翌N日 after the day named just before it: in the sentence ("10月23日の決算発表を受け、株価は翌24日に"), else before it. */
function daysAfter(text: string, dates: readonly DateMention[], lastDay: string | null): DateMention[] {
	let before = lastDay;
	return dates.map(date => {
		const read = dayAfter(text, date, before);
		if (/^\d{4}-\d{2}-\d{2}$/.test(read.date)) before = read.date;
		return read;
	});
}

/**
 * "同日" as the day named last before it, in its own sentence first ("翌日の2月5日、…同日終値ベースの時価総額は");
 * not "同日付" nor without a day before it.
 */
function sameDays(text: string, lastDay: string | null, own: readonly DateMention[] = []): DateMention[] {
	const dayBefore = (at: number) => own.findLast(date => date.end <= at && /^\d{4}-\d{2}-\d{2}$/.test(date.date) && /\d日$/.test(date.text) && !/^\s?(?:時点|現在|から|まで|付)/.test(text.slice(date.end, date.end + 3)))?.date ?? lastDay;
	const same = [...text.matchAll(/同日(?!付)/g)].flatMap(match => {
		const date = dayBefore(match.index);
		return date === null ? [] : [{start: match.index, end: match.index + 2, text: match[0], date, qualifier: null, yearInferred: true}];
	});
	if (lastDay === null) return same;
	// "マーベルはまた、…を買収することで合意したと発表した": announced on the day just named, with no day of its own;
	// "同社はまた、2026年4月に新会社を設立すると発表した" tells its own month.
	const also = alsoAnnounced.exec(text);
	if (also && same.length === 0 && !/\d(?:日|月)/.test(text)) same.push({start: also.index + also[0].length - also[1]!.length, end: also.index + also[0].length, text: also[1]!, date: lastDay, qualifier: null, yearInferred: true});
	return same;
}

/** A day of a form dayAfter reads, standing for one it has yet to find. */
const dayToFind = '0000-01-01';

/** A sentence's dates: those written, those relative to the publication, and 同日. */
export function sentenceDates(text: string, context: DateContext, lastDay: string | null, published: string | null): DateMention[] {
	const found = findDates(text, context);
	// "1月29日に発表した決算は…、翌30日の株価は": a day after the one named, which need not be a day of the month before
	// the publication (there is no 2月30日), so findDates may have had none to give.
	const nextDays = [...text.matchAll(/(?<=(?:翌|同月|同))(\d{1,2})日/g)]
		.filter(match => !found.some(date => date.start === match.index))
		.map(match => ({start: match.index, end: match.index + match[0].length, text: match[0], date: dayToFind, qualifier: null, yearInferred: true}));
	const days = [...found, ...nextDays].sort((a, b) => a.start - b.start);
	const written = [...daysAfter(text, days, lastDay).filter(date => date.date !== dayToFind), ...findRelativeDates(text, published)];
	// "中計を発表した2月12日の翌日、同社株は…": the day after a day named.
	for (const date of [...written]) {
		const next = /^\s?の翌日/.exec(text.slice(date.end, date.end + 4));
		if (!next || !/^\d{4}-\d{2}-\d{2}$/.test(date.date)) continue;
		const following = new Date(`${date.date}T00:00:00Z`);
		following.setUTCDate(following.getUTCDate() + 1);
		written.push({start: date.end + next[0].length - 2, end: date.end + next[0].length, text: '翌日', date: following.toISOString().slice(0, 10), qualifier: null, yearInferred: date.yearInferred});
	}
	return [...written, ...sameDays(text, lastDay, written)].sort((a, b) => a.start - b.start);
}
