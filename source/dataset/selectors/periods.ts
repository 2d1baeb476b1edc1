/**
 * The stretch of time a period covers, in whole months, both ends included. Months are counted
 * from year 0 (`year * 12 + month - 1`: 2025-04 is 24,303), so spans order and subtract as numbers.
 * A day point ("2025-09-30") covers its month and keeps its day, which orders it within the month.
 */
export interface PeriodSpan {
	readonly first: number;
	readonly last: number;
	/** The day a day point names; null for a period of whole months. */
	readonly day: number | null;
}

const point = /^(?:(\d{4})(?:-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?))?|FY(\d{4})(?:-(?:Q([1-4])|H([12])))?)$/;

/** First and last month of a point ("2025-Q3", "FY2026-H1"), or undefined when it is not one. */
function pointSpan(text: string, fiscalYearEnd: number): PeriodSpan | undefined {
	const match = point.exec(text);
	if (!match) return undefined;
	const [, year, quarter, half, month, day, fiscalYear, fiscalQuarter, fiscalHalf] = match;
	let first: number;
	let length: number;
	if (fiscalYear === undefined) {
		first = Number(year) * 12;
		length = 12;
		if (quarter !== undefined) [first, length] = [first + (Number(quarter) - 1) * 3, 3];
		if (half !== undefined) [first, length] = [first + (Number(half) - 1) * 6, 6];
		if (month !== undefined) [first, length] = [first + Number(month) - 1, 1];
	} else {
		// A fiscal year is named by the calendar year it ends in: FY2026 ending in March runs from 2025-04.
		first = Number(fiscalYear) * 12 + fiscalYearEnd - 12;
		length = 12;
		if (fiscalQuarter !== undefined) [first, length] = [first + (Number(fiscalQuarter) - 1) * 3, 3];
		if (fiscalHalf !== undefined) [first, length] = [first + (Number(fiscalHalf) - 1) * 6, 6];
	}

	return {first, last: first + length - 1, day: day === undefined ? null : Number(day)};
}

/**
 * The months a period covers ("2025", "2025-Q3", "2025-H1", "2025-09", "2025-09-30", "FY2026",
 * "FY2026-Q2", "FY2026-H1", or a span of two of them, "2025..2029"). Fiscal periods need the month
 * the company's fiscal year ends in; a company whose fiscal year end is not known is taken to keep
 * the calendar year. Undefined for text that is not a period.
 */
export function periodSpan(period: string, fiscalYearEnd: number | null): PeriodSpan | undefined {
	const yearEnd = fiscalYearEnd ?? 12;
	const separator = period.indexOf('..');
	if (separator === -1) return pointSpan(period, yearEnd);
	const from = pointSpan(period.slice(0, separator), yearEnd);
	const to = pointSpan(period.slice(separator + 2), yearEnd);
	if (!from || !to || to.last < from.first) return undefined;
	// A span's day is its end's: it orders among the periods that end in the same month.
	return {first: from.first, last: to.last, day: to.day};
}

/** "2025-04" for a month number of `PeriodSpan`. */
export function monthText(month: number): string {
	return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** How many months a span covers. */
export function spanLength(span: PeriodSpan): number {
	return span.last - span.first + 1;
}

/**
 * Ascending order of spans by when they end (a day before the end of its month), then the longer
 * first, as a year comes before the quarter that closes it.
 */
export function compareSpans(first: PeriodSpan, second: PeriodSpan): number {
	return first.last - second.last || (first.day ?? 32) - (second.day ?? 32) || first.first - second.first;
}

/** Where in time a span sits, in months as `PeriodSpan` counts them: its middle (a day, its place within its month). */
export function spanMiddle(span: PeriodSpan): number {
	if (span.day !== null && span.first === span.last) return span.first + (span.day - 0.5) / 31;
	return (span.first + span.last + 1) / 2;
}
