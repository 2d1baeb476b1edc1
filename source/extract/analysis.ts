import {findQuantities, type Quantity} from './amounts.js';
import {normalize, type CompanyMatcher, type CompanyMention} from './companies.js';
import {findDates, findRelativeDates, mayHoldDate, type DateContext, type DateMention} from './dates.js';
import type {Sentence} from './sentences.js';

/** The grammatical role a particle gives the company named before it. */
export type Role = 'topic' | 'subject' | 'recipient' | 'partner' | 'source' | 'possessor' | 'other';

/** A company mention with its role; `同社` ("the company") resolved to the current topic. */
export interface RoledMention extends CompanyMention {
	readonly role: Role;
	/** True when the text said 同社 and the company came from the sentences before. */
	readonly resolved: boolean;
}

/** Everything later stages need to know about one sentence, computed once. */
export interface SentenceFacts {
	readonly sentence: Sentence;
	readonly normalized: string;
	readonly mentions: readonly RoledMention[];
	readonly dates: readonly DateMention[];
	readonly quantities: readonly Quantity[];
	/** [start, end) of each clause: the sentence cut at 、 and commas outside brackets. */
	readonly clauses: ReadonlyArray<readonly [number, number]>;
	/** The company the article was talking about before this sentence. */
	readonly topicBefore: CompanyMention | null;
}

const particleRoles: ReadonlyArray<readonly [RegExp, Role]> = [
	[/^(?:は|では|には)/, 'topic'],
	[/^(?:が|も)/, 'subject'],
	[/^(?:へ|に対して|に対し|に)/, 'recipient'],
	[/^(?:と|との)/, 'partner'],
	[/^から/, 'source'],
	[/^の/, 'possessor'],
];

function roleAfter(text: string, end: number): Role {
	// Skip a legal form and a reading, abbreviation or press-release aside in brackets:
	// "Amazon Web Services(AWS)と", "さくらインターネット株式会社(本社:大阪市、…、以下「さくら」)は".
	const rest = text.slice(end, end + 120).replace(/^\s?(?:株式会社|\(株\)|社)?\s?(?:[(（][^()（）]{0,90}[)）])?/, '');
	for (const [pattern, role] of particleRoles) if (pattern.test(rest)) return role;
	return 'other';
}

/** Clause boundaries: 、 and commas (not the ones inside numbers), outside brackets. */
const clauseOpeners = new Set('(（「『【');
const clauseClosers = new Set(')）」』】');

export function clausesOf(text: string): Array<[number, number]> {
	const clauses: Array<[number, number]> = [];
	let depth = 0;
	let start = 0;
	for (const {0: char, index} of text.matchAll(/[(（「『【)）」』】、,]/g)) {
		if (clauseOpeners.has(char)) depth++;
		else if (clauseClosers.has(char)) {
			if (depth > 0) depth--;
		} else if (depth === 0 && (char === '、' || !(/\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '')))) {
			clauses.push([start, index + 1]);
			start = index + 1;
		}
	}

	if (start < text.length) clauses.push([start, text.length]);
	return clauses;
}


/** Longest sentence searched for dates and figures; the longest in the seeds and generated corpora is about 220. */
export const maxAnalysedSentence = 1000;

export interface AnalysisContext {
	readonly matcher: CompanyMatcher;
	readonly dates: DateContext;
	/** The publication date, as precise as it is known (YYYY, YYYY-MM or YYYY-MM-DD). */
	readonly published: string | null;
}

/** "同日" as the day named last before it; not "同日付" nor without a day before it. */
function sameDays(text: string, lastDay: string | null): DateMention[] {
	if (lastDay === null) return [];
	return [...text.matchAll(/同日(?!付)/g)].map(match => ({start: match.index, end: match.index + 2, text: match[0], date: lastDay, qualifier: null, yearInferred: true}));
}

/**
 * Reads the sentences in order, carrying the topic (the last company marked with は or が) from one
 * sentence to the next so that 同社 can be resolved.
 */
export function analyzeSentences(sentences: readonly Sentence[], context: AnalysisContext): SentenceFacts[] {
	const facts: SentenceFacts[] = [];
	let topic: CompanyMention | null = null;
	let blockYear: {block: number; year: number} | null = null;
	// The day the text last named: "同日" (the same day) in a later sentence means it.
	let lastDay: string | null = null;
	for (const sentence of sentences) {
		const normalized = normalize(sentence.text);
		const found = context.matcher.find(normalized);
		const mentions: RoledMention[] = found.map(mention => ({...mention, role: roleAfter(normalized, mention.end), resolved: false}));
		for (const match of normalized.matchAll(/同社|当社|同グループ/g)) {
			if (!topic) break;
			mentions.push({...topic, start: match.index, end: match.index + match[0].length, role: roleAfter(normalized, match.index + match[0].length), resolved: true});
		}

		mentions.sort((a, b) => a.start - b.start);
		// A year written earlier in the same paragraph dates the months that follow it.
		const contextYear = blockYear?.block === sentence.block ? blockYear.year : null;
		const dateContext: DateContext = contextYear === null ? context.dates : {published: {year: contextYear, month: null}, contextYear};
		// A "sentence" of thousands of characters is a data dump or a broken file, never prose: it is not
		// searched for dates and figures, whose patterns take quadratic time on long runs of digits or
		// percentages (a megabyte line of "33%" took hours). Real sentences stay far below this.
		const analysed = normalized.length <= maxAnalysedSentence;
		const dates: DateMention[] = analysed && mayHoldDate.test(normalized)
			? [...findDates(normalized, dateContext), ...findRelativeDates(normalized, context.published), ...sameDays(normalized, lastDay)].sort((a, b) => a.start - b.start)
			: [];
		lastDay = dates.findLast(date => /^\d{4}-\d{2}-\d{2}$/.test(date.date))?.date ?? lastDay;
		const explicitYear = dates.findLast(date => !date.yearInferred && date.qualifier === null);
		if (explicitYear) blockYear = {block: sentence.block, year: Number(explicitYear.date.slice(0, 4))};
		const quantities = analysed && /\d/.test(normalized) ? findQuantities(normalized) : [];
		facts.push({sentence, normalized, mentions, dates, quantities, clauses: clausesOf(normalized), topicBefore: topic});

		// "さくらインターネットのシェアは…": the owner of the sentence's topic is what 同社 means next.
		const newTopic =
			mentions.findLast(mention => mention.role === 'topic' || mention.role === 'subject') ??
			mentions.find(mention => mention.role === 'possessor' && /^の[^、。,はがをにと]{1,12}(?:は|が)/.test(normalized.slice(mention.end)));
		if (newTopic) topic = newTopic;
		else if (sentence.blockKind === 'heading' && mentions[0]) topic = mentions[0];
	}

	return facts;
}

/** The clause of `facts` that holds position `at`. */
export function clauseAt(facts: SentenceFacts, at: number): readonly [number, number] {
	return facts.clauses.find(([start, end]) => at >= start && at < end) ?? [0, facts.normalized.length];
}
