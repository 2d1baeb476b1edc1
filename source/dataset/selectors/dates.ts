/**
 * Ascending order of calendar dates of the dataset (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`: an article's
 * publication, an event): as strings they already sort by their start, a coarser date before a
 * finer one that starts with it ("2025" before "2025-03"). Null (undated) comes before everything.
 */
export function compareDates(first: string | null | undefined, second: string | null | undefined): number {
	const firstKey = first ?? '';
	const secondKey = second ?? '';
	return firstKey < secondKey ? -1 : firstKey > secondKey ? 1 : 0;
}
