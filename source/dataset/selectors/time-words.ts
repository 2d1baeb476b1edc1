import type {Language} from '../../text/language.js';

// Dates and periods as the reader writes them: English keeps the dataset's ISO forms (2025-11-03,
// 2025-Q3, FY2026); Japanese writes 2025年11月3日, 2025年7〜9月期, 2026年3月期.

const calendarDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar date of the dataset ("2025-11-03", "2025-11", "2025"): 2025年11月3日 in Japanese, as it is in English. */
export function dateWords(date: string, language: Language): string {
	if (language === 'en') return date;
	const match = calendarDate.exec(date);
	if (!match) return date;
	const [, year, month, day] = match;
	return `${year}年${month === undefined ? '' : `${Number(month)}月`}${day === undefined ? '' : `${Number(day)}日`}`;
}

const calendarPoint = /^(\d{4})-(?:Q([1-4])|H([12]))$/;
const fiscalPoint = /^FY(\d{4})(?:-(?:Q([1-4])|H([12])))?$/;

function months(first: number, count: number): string {
	return `${first}〜${first + count - 1}月期`;
}

/** One point of a period in Japanese; fiscal years by the month they end in (`fiscalYearEnd`, 1 to 12). */
function japanesePoint(point: string, fiscalYearEnd: number): string {
	const calendar = calendarPoint.exec(point);
	if (calendar) {
		const [, year, quarter, half] = calendar;
		return quarter === undefined ? `${year}年${months((Number(half) - 1) * 6 + 1, 6)}` : `${year}年${months((Number(quarter) - 1) * 3 + 1, 3)}`;
	}

	const fiscal = fiscalPoint.exec(point);
	if (fiscal) {
		const [, year, quarter, half] = fiscal;
		// A fiscal year is named by the calendar year it ends in (FY2026 ending in March: 2026年3月期).
		const whole = `${year}年${fiscalYearEnd}月期`;
		if (quarter !== undefined) return `${whole}第${quarter}四半期`;
		if (half !== undefined) return `${whole}${half === '1' ? '上期' : '下期'}`;
		return whole;
	}

	return dateWords(point, 'ja');
}

/**
 * A period of the dataset ("2025-Q3", "FY2026", "2025..2029") in the reader's language: as it is in
 * English; 2025年7〜9月期, 2026年3月期, 2025年〜2029年 in Japanese. `fiscalYearEnd` is the month the
 * company's fiscal year ends in (null: not known, taken as December).
 */
export function periodWords(period: string, language: Language, fiscalYearEnd: number | null = null): string {
	if (language === 'en') return period;
	const yearEnd = fiscalYearEnd ?? 12;
	const separator = period.indexOf('..');
	if (separator === -1) return japanesePoint(period, yearEnd);
	return `${japanesePoint(period.slice(0, separator), yearEnd)}〜${japanesePoint(period.slice(separator + 2), yearEnd)}`;
}

/**
 * The month a fiscal period's year ends in, from the span the selectors gave it (its months, counted
 * with the company's fiscal year): null when the period is not a fiscal one.
 */
export function fiscalYearEndOf(period: string, span: {readonly first: number} | null): number | null {
	const first = period.split('..')[0] ?? '';
	const fiscal = fiscalPoint.exec(first);
	if (!fiscal || !span) return null;
	const [, , quarter, half] = fiscal;
	// When the span is of the whole range, its first month is the first point's.
	const start = span.first - (quarter === undefined ? 0 : (Number(quarter) - 1) * 3) - (half === undefined ? 0 : (Number(half) - 1) * 6);
	return ((start + 11) % 12) + 1;
}
