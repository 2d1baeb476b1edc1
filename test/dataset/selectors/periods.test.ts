import {describe, expect, test} from 'vitest';
import {compareSpans, monthText, periodSpan, spanLength} from '../../../source/dataset/selectors/periods.js';

/** A span as "first..last" months, with the day when there is one. */
function months(period: string, fiscalYearEnd: number | null = null): string | undefined {
	const span = periodSpan(period, fiscalYearEnd);
	return span && `${monthText(span.first)}..${monthText(span.last)}${span.day === null ? '' : ` day ${span.day}`}`;
}

describe('periodSpan', () => {
	test.each([
		['2025', null, '2025-01..2025-12'],
		['2025-Q3', null, '2025-07..2025-09'],
		['2025-H1', null, '2025-01..2025-06'],
		['2025-H2', null, '2025-07..2025-12'],
		['2025-09', null, '2025-09..2025-09'],
		['2025-09-30', null, '2025-09..2025-09 day 30'],
		['2025..2029', null, '2025-01..2029-12'],
		['2025-04..2025-09', null, '2025-04..2025-09'],
		['2025-08..2025-10', 1, '2025-08..2025-10'],
	])('%s is %s', (period, fiscalYearEnd, expected) => {
		expect(months(period, fiscalYearEnd)).toBe(expected);
	});

	test.each([
		// A Japanese company's 2026年3月期, its first quarter and first half.
		['FY2026', 3, '2025-04..2026-03'],
		['FY2026-Q1', 3, '2025-04..2025-06'],
		['FY2026-H1', 3, '2025-04..2025-09'],
		['FY2026-H2', 3, '2025-10..2026-03'],
		// Microsoft's 2026年6月期第1四半期 is July to September 2025; Oracle's 2026年5月期第2四半期 is September to November.
		['FY2026-Q1', 6, '2025-07..2025-09'],
		['FY2026-Q2', 5, '2025-09..2025-11'],
		// NVIDIA's fiscal 2026 ends in January 2026.
		['FY2026-Q3', 1, '2025-08..2025-10'],
		['FY2026..FY2030', 3, '2025-04..2030-03'],
		// A calendar fiscal year, and one not known: the calendar year.
		['FY2025', 12, '2025-01..2025-12'],
		['FY2025-Q4', null, '2025-10..2025-12'],
	])('fiscal %s with the year ending in month %s is %s', (period, fiscalYearEnd, expected) => {
		expect(months(period, fiscalYearEnd)).toBe(expected);
	});

	test.each(['', '2025-Q5', 'FY2026-09', '2025..', '2029..2025', 'Q3', '2025-13-01'])('%j is no period', period => {
		expect(periodSpan(period, 3)).toBeUndefined();
	});

	test('the length of a span in months', () => {
		expect(spanLength(periodSpan('2025-Q3', null)!)).toBe(3);
		expect(spanLength(periodSpan('FY2026', 3)!)).toBe(12);
		expect(spanLength(periodSpan('2025..2029', null)!)).toBe(60);
	});
});

describe('compareSpans', () => {
	const order = (periods: string[], fiscalYearEnd: number | null = null) => [...periods].sort((first, second) => compareSpans(periodSpan(first, fiscalYearEnd)!, periodSpan(second, fiscalYearEnd)!));

	test('by the end, a day before the end of its month, the longer first', () => {
		expect(order(['2025-Q4', '2025-09-30', '2025', '2025-09-12', '2025-Q3', '2025-H1', '2024..2025'])).toEqual(['2025-H1', '2025-09-12', '2025-09-30', '2025-Q3', '2024..2025', '2025', '2025-Q4']);
	});

	test('fiscal periods among calendar ones', () => {
		expect(order(['2025-Q3', 'FY2026-Q1', 'FY2026-Q2', '2025-Q1'], 3)).toEqual(['2025-Q1', 'FY2026-Q1', '2025-Q3', 'FY2026-Q2']);
	});
});
