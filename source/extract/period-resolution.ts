import {fiscalMonths, fiscalYearOf, monthsPeriod} from './period-calendar.js';
import {month, monthOf, partMonths, yearOf, type Anchor, type FiscalCalendar, type Period, type RawPeriod} from './periods.js';

// A period as written resolved to a dataset period, by the article's date and the company's fiscal calendar.

/**
 * The year of a year-less span: the latest one that has started by the anchor's month, or starts the
 * month after it (the guidance an article gives for the quarter about to begin). News reports what was.
 */
function nearestYear(fromMonth: number, anchor: Anchor): number {
	const anchorIndex = month(anchor.year, anchor.month ?? 12);
	for (const year of [anchor.year + 1, anchor.year, anchor.year - 1]) if (month(year, fromMonth) <= anchorIndex + 1) return year;
	return anchor.year - 1;
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
			// But "2025年9月期の営業損益" said of a company brief counts by the calendar year is its own year, told by the text.
			if (calendar.yearEnd !== null && calendar.yearEnd !== raw.endMonth && !(raw.part === 'Y' && calendar.yearEnd === 12)) return monthsPeriod(from, to, calendar);
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

			// "中間期の売上高" in a story of November: the part that ended last, while its results are the news (up to three
			// months after it ended); further on, the text must say which year's it is.
			if (calendar.yearEnd !== null && anchor?.month != null) {
				const published = month(anchor.year, anchor.month);
				const year = fiscalYearOf(published, calendar.yearEnd);
				const ended = [fiscalMonths(year, raw.part, calendar.yearEnd), fiscalMonths(year - 1, raw.part, calendar.yearEnd)].find(months => months.to < published);
				if (ended && published - ended.to <= 3) return monthsPeriod(ended.from, ended.to, calendar);
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
				year = raw.yearBefore === '昨年' ? anchor.year - 1 : (anchor.month !== null && raw.month > anchor.month ? anchor.year - 1 : anchor.year) - (raw.yearBefore === '前年' ? 1 : 0);
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
