import type {SentenceFacts} from './analysis.js';
import {splitSentences} from './sentences.js';

const summaryHeading = /^(?:[0-9０-９一二三]行(?:で)?(?:要約|まとめ)|(?:この)?記事の(?:ポイント|要点|概要)|ポイント|要点|概要|要約|まとめ|サマリー?|TL;?DR|Summary|Key points)[:：]?$/i;
// Front-matter excerpts that only announce the article ("…について詳細に分析します。").
const boilerplateExcerpt = /について(?:詳細に|詳しく)?(?:分析|解説|紹介|説明)(?:します|しています)。?$|^.{0,20}$/;

export interface SummaryInput {
	readonly facts: readonly SentenceFacts[];
	readonly excerpt: string | undefined;
}

const minimum = 2;
const maximum = 5;

function isProse(facts: SentenceFacts): boolean {
	const {sentence} = facts;
	return (sentence.blockKind === 'paragraph' || sentence.blockKind === 'bullet') && sentence.complete;
}

/** A sentence fit to stand alone in a summary: finished, not a question, not quoted speech. */
function isSummarySentence(facts: SentenceFacts, minimumLength = 10): boolean {
	const text = facts.sentence.text.trim();
	return isProse(facts) && text.length >= minimumLength && text.length <= 200 && !/[?？]$/.test(text) && !/^[「『"“]/.test(text);
}

/** The sentences under the article's own summary heading (3行要約, この記事のポイント, 概要...). */
function summaryBlock(facts: readonly SentenceFacts[]): string[] {
	const headingIndex = facts.findIndex(fact => fact.sentence.blockKind === 'heading' && summaryHeading.test(fact.sentence.text.trim()));
	if (headingIndex === -1) return [];
	const result: string[] = [];
	let lastBulletBlock = -1;
	for (const fact of facts.slice(headingIndex + 1)) {
		if (fact.sentence.blockKind === 'heading') break;
		// A bullet is one point even when it holds two sentences.
		if (fact.sentence.blockKind === 'bullet') {
			if (fact.sentence.block === lastBulletBlock) continue;
			lastBulletBlock = fact.sentence.block;
			const bullet = facts.filter(other => other.sentence.block === fact.sentence.block);
			if (bullet.every(isProse)) result.push(bullet.map(other => other.sentence.text.trim()).join(''));
			continue;
		}

		// A list of points ends where ordinary paragraphs resume.
		if (lastBulletBlock !== -1) break;
		// The author chose these sentences: short ones count too.
		if (isSummarySentence(fact, 4)) result.push(fact.sentence.text.trim());
	}

	return result;
}

function excerptSentences(excerpt: string | undefined): string[] {
	if (!excerpt) return [];
	const clean = excerpt.replace(/\*\*|__/g, '').trim();
	// A description cut with "..." repeats the opening, cut short; it is no summary.
	if (boilerplateExcerpt.test(clean) || /(?:\.\.\.|…)$/.test(clean)) return [];
	return splitSentences(clean)
		.map(sentence => sentence.trim())
		.filter(sentence => /[。．！？!?」]$/.test(sentence));
}

function bigrams(text: string): Set<string> {
	const set = new Set<string>();
	for (let index = 0; index + 1 < text.length; index++) set.add(text.slice(index, index + 2));
	return set;
}

/**
 * The most central sentences: those that share the most character pairs with the rest of the
 * article, favouring ones that name a company or a figure, and earlier ones.
 */
function centralSentences(facts: readonly SentenceFacts[], count: number, exclude: ReadonlySet<string>): string[] {
	const candidates = facts.filter(fact => isSummarySentence(fact) && !exclude.has(fact.sentence.text.trim()));
	if (candidates.length === 0) return [];
	const frequency = new Map<string, number>();
	const sets = candidates.map(fact => bigrams(fact.normalized));
	for (const set of sets) for (const pair of set) frequency.set(pair, (frequency.get(pair) ?? 0) + 1);
	const scored = candidates.map((fact, position) => {
		let shared = 0;
		for (const pair of sets[position]!) shared += (frequency.get(pair) ?? 1) - 1;
		const centrality = shared / Math.max(1, sets[position]!.size) / candidates.length;
		const named = fact.mentions.length > 0 ? 0.6 : 0;
		const figures = fact.quantities.length > 0 || fact.dates.length > 0 ? 0.3 : 0;
		const early = 0.5 / (1 + position / 3);
		return {fact, score: centrality + named + figures + early};
	});
	return scored
		.sort((a, b) => b.score - a.score || a.fact.sentence.index - b.fact.sentence.index)
		.slice(0, count)
		.sort((a, b) => a.fact.sentence.index - b.fact.sentence.index)
		.map(({fact}) => fact.sentence.text.trim());
}

/** 2 to 5 sentences: the article's own summary when it has one, else its most central sentences. */
export function summarize({facts, excerpt}: SummaryInput): string[] {
	const own = summaryBlock(facts);
	const base = own.length > 0 ? own : excerptSentences(excerpt);
	const summary = base.slice(0, maximum);
	if (summary.length >= minimum) return summary;
	const wanted = summary.length === 0 ? 3 : minimum - summary.length;
	return [...summary, ...centralSentences(facts, wanted, new Set(summary))];
}
