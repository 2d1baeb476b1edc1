import {createHash} from 'node:crypto';
import type {BriefEvent} from '../dataset/schema.js';
import type {SentenceFacts} from './analysis.js';
import {commonDate, compareDates, datesCompatible} from './dates.js';

/** What kind of thing happened; events merge only with events of the same action. */
export type Action = 'acquisition' | 'contract' | 'investment' | 'results' | 'stock' | 'restructuring' | 'launch' | 'plan';

/** A dated statement about companies in one sentence of one article. */
export interface FoundEvent {
	readonly article: string;
	readonly date: string;
	readonly dateText: string;
	readonly companies: readonly string[];
	readonly action: Action;
	/** The money the sentence names, for telling one deal from another. */
	readonly amount: {readonly value: number; readonly unit: string} | null;
	readonly quote: string;
	readonly sentence: number;
}

// What a sentence says happened, by the first of these words in its main clause (English as wire
// services write it, for quoted copy). The generic
// "発表" (announced) and "計画" (plan) only count when nothing more specific is said:
// "8月7日発表した決算" is a result, "契約を締結したと発表" a contract.
const specificActions: ReadonlyArray<readonly [Action, RegExp]> = [
	['acquisition', /買収|合併|経営統合|\bacquir(?:e|es|ed|ing)\b|\bacquisition\b|\bmerger\b|\btakeover\b/gi],
	['stock', /株価|株(?:は|が|も)|最高値|最安値|上場|時価総額|\bshares\b|\bstock\b/gi],
	['contract', /契約|提携|締結|合意|パートナーシップ|\b(?:contract|agreement|deal|partnership)s?\b/gi],
	['investment', /投資|出資|投じ|資金提供|資金調達|\binvest(?:s|ed|ing|ments?)?\b|\bfunding\b/gi],
	['results', /決算|業績|増収|減収|売上|収益|利益|成長率|過去最高|\bearnings\b|\brevenues?\b|\bquarterly results\b|\bprofits?\b/gi],
	['restructuring', /人員削減|削減|リストラ|撤退|事業売却|売却|分社化|閉鎖|解雇|\blay(?:s|ing)? off\b|\blaid off\b|\blayoffs?\b|\bjob cuts\b|\bspin(?:s|ning)? off\b|\bdivest/gi],
];
const genericActions: ReadonlyArray<readonly [Action, RegExp]> = [
	['launch', /発表|発売|公開|リリース|提供開始|開始|(?:提供|販売|運用|稼働|配信)を始め|始動|ローンチ|投入|披露|稼働|開設|公表|\blaunch(?:es|ed)?\b|\bunveil(?:s|ed)?\b|\brelease[sd]?\b|\bannounce[sd]?\b/i],
	['plan', /計画|予定|方針|目指|\bplans?\b|\bplanned\b/i],
];

/** Clauses that only set the time of something else ("契約発表後、") do not name the action. */
function mainText(text: string): string {
	// Only from the start of a clause: the same matches, but unanchored the engine retried from every
	// character, quadratic in a long clause (a megabyte without 、 or 。 took minutes).
	return text.replace(/(?<=^|[、。])[^、。]*後[、,]/g, '');
}

function actionOf(text: string): Action | null {
	const main = mainText(text);
	let first: {action: Action; at: number} | null = null;
	for (const [action, pattern] of specificActions) {
		const match = main.match(new RegExp(pattern.source, pattern.flags.replace('g', '')));
		// Acquisitions outrank everything said with them.
		if (match?.index !== undefined && (action === 'acquisition' || !first || match.index < first.at)) {
			first = {action, at: action === 'acquisition' ? -1 : match.index};
		}
	}

	if (first) return first.action;
	for (const [action, pattern] of genericActions) if (pattern.test(main)) return action;
	return null;
}

/** An event when the sentence is dated, names a company and says what happened. */
export function eventFromSentence(facts: SentenceFacts, article: string): FoundEvent | null {
	if (facts.sentence.blockKind === 'table' || facts.sentence.blockKind === 'heading' || !facts.sentence.complete) return null;
	const date = facts.dates[0];
	if (!date || facts.mentions.length === 0) return null;
	const action = actionOf(facts.normalized);
	if (!action) return null;
	const companies = [...new Set(facts.mentions.map(mention => mention.company))];
	const money = facts.quantities.find(quantity => quantity.unit === 'USD' || quantity.unit === 'JPY');
	return {
		article,
		date: date.date,
		dateText: date.text,
		companies,
		action,
		amount: money ? {value: money.value, unit: money.unit} : null,
		quote: facts.sentence.text,
		sentence: facts.sentence.index,
	};
}

/** Deals are told apart by their amounts: one without an amount is not the same as one with. */
function sameAmount(a: FoundEvent['amount'], b: FoundEvent['amount']): boolean {
	if (!a || !b) return a === b;
	return a.unit === b.unit ? Math.abs(a.value - b.value) <= Math.abs(a.value) * 0.01 : true;
}

function sameCompanies(a: readonly string[], b: readonly string[]): boolean {
	const set = new Set(a);
	const shared = b.filter(company => set.has(company)).length;
	return shared === a.length && shared === b.length ? true : shared >= 2;
}

function eventId(first: FoundEvent, action: string, companies: readonly string[]): string {
	const hash = createHash('sha1').update(`${action}\u0000${companies.join(',')}\u0000${first.article}\u0000${first.quote}`).digest('hex');
	return `e-${hash.slice(0, 12)}`;
}

/** An event's text: its sentence without a list mark or an opening connective ("実際、", "しかし、"). */
function headline(quote: string): string {
	return quote.replace(/^[-・•]\s*/, '').replace(/^(?:実際|しかし|また|一方|一方で|さらに|つまり|特に|なお|ただ|そして|加えて|同時に)[、,]\s*/, '');
}

interface Group {
	readonly members: FoundEvent[];
	/** The date every member agrees with so far. */
	date: string;
	readonly companies: readonly string[];
	readonly amount: FoundEvent['amount'];
}

/**
 * The same event reported by several articles, or twice by one, becomes one event with several
 * sources: same action, the same companies, compatible dates and, when both name one, the same amount.
 * Its date is the most precise one every report agrees with.
 */
export function mergeEvents(found: readonly FoundEvent[]): BriefEvent[] {
	const ordered = [...found].sort((a, b) => a.article.localeCompare(b.article) || a.sentence - b.sentence);
	const groups: Group[] = [];
	// Candidates share an action, a company and a year: that keeps merging linear in practice.
	const index = new Map<string, Group[]>();
	const keys = (event: FoundEvent) => event.companies.map(company => `${event.action}\u0000${company}\u0000${event.date.slice(0, 4)}`);
	for (const event of ordered) {
		const candidates = new Set(keys(event).flatMap(key => index.get(key) ?? []));
		let group = [...candidates].find(
			candidate => sameCompanies(candidate.companies, event.companies) && datesCompatible(candidate.date, event.date) && sameAmount(candidate.amount, event.amount),
		);
		if (group) {
			group.members.push(event);
			group.date = commonDate([group.date, event.date]);
		} else {
			group = {members: [event], date: event.date, companies: event.companies, amount: event.amount};
			groups.push(group);
		}

		for (const key of keys(event)) {
			const list = index.get(key) ?? [];
			if (!list.includes(group)) list.push(group);
			index.set(key, list);
		}
	}

	const events = groups.map(({members: group, date}) => {
		const first = group[0]!;
		const companies = [...new Set(group.flatMap(member => member.companies))];
		const sources = new Map<string, string>();
		for (const member of group) if (!sources.has(member.article)) sources.set(member.article, member.quote);
		const dateText = group.find(member => member.date === date)?.dateText ?? first.dateText;
		return {
			id: eventId(first, first.action, companies),
			date,
			dateText,
			companies,
			action: first.action,
			text: headline(first.quote),
			sources: [...sources].map(([article, quote]) => ({article, quote})),
		};
	});
	return events.sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
}
