import {createHash} from 'node:crypto';
import type {BriefEvent, EventKind} from '../dataset/schema.js';
import {commonDate, compareDates, datesCompatible} from './dates.js';
import {monthPrecision} from './event-dates.js';
import type {FoundEvent} from './events.js';

// The same event told by several articles, or twice by one, merged into one with its sources.

// A fine and a suit for damages on one day are two legal events.
const amountKinds = new Set<EventKind>(['deal', 'investment', 'legal']);

/** Deals are told apart by their amounts; results and launches of one day are one event whatever figures they quote. */
function sameAmount(a: FoundEvent['amount'], b: FoundEvent['amount'], kinds: readonly EventKind[]): boolean {
	if (!a || !b || !kinds.every(kind => amountKinds.has(kind))) return true;
	return a.unit === b.unit ? Math.abs(a.value - b.value) <= Math.abs(a.value) * 0.01 : true;
}

/** Two days that differ are two events; a day and its month may be one. */
function sameWhen(a: string, b: string): boolean {
	return a.length === 10 && b.length === 10 ? a === b : datesCompatible(a, b);
}

function sameCompanies(a: readonly string[], b: readonly string[]): boolean {
	const set = new Set(a);
	const shared = b.filter(company => set.has(company)).length;
	return shared === a.length && shared === b.length ? true : shared >= 2 || (shared >= 1 && (a.length === 1 || b.length === 1));
}

/**
 * Kinds that may be one event: the same, or one of them only an announcement or told as `other` in
 * another article. Within one article, a thing of its own kind and something else done the same day
 * are two ("決算を発表した" and "自己株式の取得を決議した").
 */
function compatibleKinds(group: Group, event: FoundEvent): boolean {
	if (group.kind === event.kind) return true;
	if (group.kind !== 'other' && event.kind !== 'other') return false;
	const other = event.kind === 'other' ? [event] : group.members.filter(member => member.kind === 'other');
	return other.every(member => member.announcement) || group.members.some(member => member.article !== event.article);
}

function eventId(first: FoundEvent, companies: readonly string[]): string {
	const hash = createHash('sha1')
		.update(`${companies.join(',')}\u0000${first.article}\u0000${first.quote}\u0000${first.date}`)
		.digest('hex');
	return `e-${hash.slice(0, 12)}`;
}

interface Group {
	readonly members: FoundEvent[];
	date: string;
	kind: EventKind;
	companies: string[];
	amount: FoundEvent['amount'];
	product: string | null;
}

/** What the title says an event was: "契約 OpenAI × Amazon 380億ドル". */
export type TitleWords = (kind: EventKind, companies: readonly string[], amount: FoundEvent['amount'], product: string | null) => string;

/**
 * The same event reported by several articles, or twice by one, becomes one event with several
 * sources: compatible kinds, shared companies, dates that agree at least to the month and, when both
 * name one, the same amount. Its date is the most precise one every report agrees with.
 */
export function mergeEvents(found: readonly FoundEvent[], title: TitleWords): BriefEvent[] {
	const ordered = [...found].sort((a, b) => a.article.localeCompare(b.article) || a.sentence - b.sentence);
	const groups: Group[] = [];
	const index = new Map<string, Group[]>();
	const keys = (event: FoundEvent) => event.companies.map(company => `${company}\u0000${event.date.slice(0, 7)}`);
	for (const event of ordered) {
		const candidates = new Set(keys(event).flatMap(key => index.get(key) ?? []));
		let group = [...candidates].find(
			candidate => compatibleKinds(candidate, event) && sameCompanies(candidate.companies, event.companies) && sameWhen(candidate.date, event.date) && sameAmount(candidate.amount, event.amount, [candidate.kind, event.kind]),
		);
		if (group) {
			group.members.push(event);
			group.date = commonDate([group.date, event.date]);
			if (group.kind === 'other') group.kind = event.kind;
			group.companies = [...new Set([...group.companies, ...event.companies])];
			group.amount ??= event.amount;
			group.product ??= event.product;
		} else {
			group = {members: [event], date: event.date, kind: event.kind, companies: [...event.companies], amount: event.amount, product: event.product};
			groups.push(group);
		}

		for (const key of keys(event)) {
			const list = index.get(key) ?? [];
			if (!list.includes(group)) list.push(group);
			index.set(key, list);
		}
	}

	const events = groups.map(group => {
		const first = group.members[0]!;
		const sources = new Map<string, string>();
		for (const member of group.members) if (!sources.has(member.article)) sources.set(member.article, member.quote);
		const dateText = group.members.find(member => member.date === group.date)?.dateText ?? first.dateText;
		return {
			id: eventId(first, group.companies),
			date: monthPrecision.test(group.date) ? group.date : first.date,
			dateText,
			kind: group.kind,
			title: title(group.kind, group.companies, group.amount, group.product),
			companies: group.companies,
			amount: group.amount,
			sources: [...sources].map(([article, quote]) => ({article, quote})),
		};
	});
	return events.sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
}
