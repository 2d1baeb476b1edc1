import {month, monthOf, partMonths, yearOf, type FiscalCalendar, type FiscalPart, type Period} from './periods.js';

// Periods in a fiscal calendar: the year before, a year's months, shifts, and the dataset's way of writing them (FORMAT.md's grammar).

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

export function fiscalMonths(year: number, part: FiscalPart, yearEnd: number): {from: number; to: number} {
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

export function monthsPeriod(from: number, to: number, calendar: FiscalCalendar): Period {
	return {type: 'months', from, to, fiscal: fiscalLabel(from, to, calendar.yearEnd)};
}

/** The same months named in another company's calendar: the period one company's results gave, for a company beside it. */
export function inCalendar(period: Period, calendar: FiscalCalendar): Period {
	return period.type === 'months' && calendar.yearEnd !== null ? monthsPeriod(period.from, period.to, calendar) : period;
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

/** The last day of a period of months: what a level told for a quarter or year ("| 期末受注残高 | 3,410億円 |") is as of. */
export function lastDayOf(period: Period): Period | null {
	if (period.type === 'day') return period;
	if (period.type !== 'months') return null;
	const [year, monthOfYear] = [yearOf(period.to), monthOf(period.to)];
	return {type: 'day', year, month: monthOfYear, day: new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate()};
}

/** The quarter after a quarter: what "次四半期" guidance is for. */
export function nextQuarter(period: Period, calendar: FiscalCalendar): Period | null {
	if (period.type === 'months') return period.to - period.from === 2 ? monthsPeriod(period.from + 3, period.to + 3, calendar) : null;
	if (period.type !== 'fiscal' || !period.part.startsWith('Q')) return null;
	const quarter = Number(period.part.slice(1));
	return quarter === 4 ? {type: 'fiscal', year: period.year + 1, part: 'Q1'} : {type: 'fiscal', year: period.year, part: `Q${quarter + 1}` as FiscalPart};
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
