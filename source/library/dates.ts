// Feeds write dates as RFC 822 ("Thu, 30 Oct 2025 09:00:00 +0900", often "JST") or W3C/ISO 8601;
// pages as ISO 8601. brief keeps the site's own wall clock: 09:00 JST on the 30th stays the 30th,
// which is the day the extractor reads from the front matter.

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const zones: Readonly<Record<string, number>> = {gmt: 0, ut: 0, utc: 0, z: 0, jst: 540, kst: 540, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420};

const rfc822 = /^\s*(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?/i;
const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?)?/i;

const two = (value: number) => String(value).padStart(2, '0');

function offsetText(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const size = Math.abs(minutes);
	return `${sign}${two(Math.floor(size / 60))}:${two(size % 60)}`;
}

function offsetMinutes(zone: string | undefined): number | undefined {
	if (zone === undefined) return undefined;
	const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
	if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
	return zones[zone.toLowerCase()];
}

function valid(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && hour <= 23 && minute <= 59 && second <= 60;
}

/**
 * A publication date as ISO 8601 in the writer's own offset ("2025-10-30T09:00:00+09:00"), a day
 * alone ("2025-10-30") when no time was given, or null when the text is not a date.
 */
export function normalizeDate(text: string | null | undefined): string | null {
	if (typeof text !== 'string' || text.length > 100) return null;
	const isoMatch = iso.exec(text);
	const rfcMatch = isoMatch ? null : rfc822.exec(text);
	let year: number, month: number, day: number, hour: number | undefined, minute: number | undefined, second: number | undefined, zone: string | undefined;
	if (isoMatch) {
		[year, month, day] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
		if (isoMatch[4] !== undefined) [hour, minute, second] = [Number(isoMatch[4]), Number(isoMatch[5]), Number(isoMatch[6] ?? 0)];
		zone = isoMatch[7];
	} else if (rfcMatch) {
		const monthIndex = months.indexOf(rfcMatch[2]!.toLowerCase());
		if (monthIndex < 0) return null;
		year = Number(rfcMatch[3]);
		if (year < 100) year += year < 70 ? 2000 : 1900;
		[month, day, hour, minute, second] = [monthIndex + 1, Number(rfcMatch[1]), Number(rfcMatch[4]), Number(rfcMatch[5]), Number(rfcMatch[6] ?? 0)];
		zone = rfcMatch[7] ?? 'gmt';
	} else {
		return null;
	}

	if (!valid(year, month, day, hour ?? 0, minute ?? 0, second ?? 0) || year < 1990 || year > 2200) return null;
	const date = `${year}-${two(month)}-${two(day)}`;
	if (hour === undefined) return date;
	const offset = offsetMinutes(zone);
	return `${date}T${two(hour)}:${two(minute!)}:${two(Math.min(second!, 59))}${offset === undefined ? '' : offsetText(offset)}`;
}
