/**
 * Dataset dates are partial (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`). This key orders them by
 * their start, a coarser date before a finer one that starts with it ("2025" before "2025-03"), and
 * null (undated) before everything.
 */
export function dateSortKey(date: string | null | undefined): string {
	if (!date) return '';
	// Only "YYYY-Qn" is rewritten: skip the regex for every other date (sorts call this per comparison).
	if (date.length !== 7 || date.charCodeAt(5) !== 0x51) return date;
	const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
	if (!quarter) return date;
	const monthBefore = (Number(quarter[2]) - 1) * 3;
	// "~" sorts after every day of the month before: Q4 lands between 2025-09-30 and 2025-10,
	// a coarser date before the finer ones it contains, as "2025" comes before "2025-01".
	return `${quarter[1]}-${String(monthBefore).padStart(2, '0')}~`;
}

/** Ascending order of partial dates (see `dateSortKey`); ties keep the order of the raw strings. */
export function compareDates(first: string | null | undefined, second: string | null | undefined): number {
	const firstKey = dateSortKey(first);
	const secondKey = dateSortKey(second);
	if (firstKey !== secondKey) return firstKey < secondKey ? -1 : 1;
	const firstRaw = first ?? '';
	const secondRaw = second ?? '';
	return firstRaw < secondRaw ? -1 : firstRaw > secondRaw ? 1 : 0;
}
