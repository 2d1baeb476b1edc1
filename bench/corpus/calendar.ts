import type {Random} from './random.js';

/** A calendar day; months and days count from 1. */
export interface Day {
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

const millisecondsPerDay = 86_400_000;

/** Quarter 0 is 2022 Q1: the world's series start there. */
export const firstYear = 2022;
export const quarterCount = 18;
/** Articles are published from the third quarter on, so they always have past quarters to cite. */
const firstPublished = dayNumber({year: 2022, month: 7, day: 1});
const lastPublished = dayNumber({year: 2026, month: 6, day: 30});

export function dayNumber(day: Day): number {
	return Date.UTC(day.year, day.month - 1, day.day) / millisecondsPerDay;
}

export function dayFromNumber(number: number): Day {
	const date = new Date(number * millisecondsPerDay);
	return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()};
}

export function addDays(day: Day, days: number): Day {
	return dayFromNumber(dayNumber(day) + days);
}

export function randomPublishedDay(random: Random): Day {
	return dayFromNumber(random.int(firstPublished, lastPublished));
}

export function randomDayInRange(random: Random): Day {
	return dayFromNumber(random.int(dayNumber({year: firstYear, month: 1, day: 1}), lastPublished));
}

/** The world's quarter index of a day (0 = 2022 Q1). */
export function quarterIndex(day: Day): number {
	return (day.year - firstYear) * 4 + Math.floor((day.month - 1) / 3);
}

export function quarterOf(index: number): {year: number; quarter: number} {
	return {year: firstYear + Math.floor(index / 4), quarter: (index % 4) + 1};
}

const pad = (value: number) => String(value).padStart(2, '0');

export function isoDay(day: Day): string {
	return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

/** Jekyll writes "2025-09-07 20:34:02 +0000"; Hugo writes "2026-02-06T00:00:00+09:00". */
export function frontMatterDate(day: Day, style: 'jekyll' | 'hugo', random: Random): string {
	if (style === 'hugo') return `${isoDay(day)}T${pad(random.int(0, 23))}:00:00+09:00`;
	return `${isoDay(day)} ${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:${pad(random.int(0, 59))} +0000`;
}

/** Whether a year-less "11月3日" in an article of `published` still reads as `day` (within ±6 months). */
export function yearOmittable(day: Day, published: Day): boolean {
	const distance = dayNumber(published) - dayNumber(day);
	return distance >= 0 && distance <= 150;
}

export const seasons = ['春', '夏', '秋', '冬'] as const;

export function seasonOf(day: Day): string {
	if (day.month >= 3 && day.month <= 5) return '春';
	if (day.month >= 6 && day.month <= 8) return '夏';
	if (day.month >= 9 && day.month <= 11) return '秋';
	return '冬';
}
