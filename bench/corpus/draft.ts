import {facts, newsHeadlineOf, type Fact} from './facts.js';
import {chattyProse, fill, headlines, newsProse, points, quotes} from './prose.js';
import type {Scene} from './scene.js';

/** An article's text before a layout gives it front matter, headings and page furniture. */
export interface Draft {
	/** Body paragraphs, each a run of sentences. */
	readonly paragraphs: readonly string[];
}

const factWeights: number[] = [];
let total = 0;
for (const [, weight] of facts) factWeights.push((total += weight));

/** A fact not yet stated in this article: the same figure twice would only be deduplicated. */
function drawFact(scene: Scene, used: Set<string>): string | null {
	const index = scene.random.weighted(factWeights);
	// The article's own company most of the time: that is what makes its series long.
	const company = scene.random.chance(0.6) ? scene.cast[0]! : scene.random.pick(scene.cast);
	const key = `${index}:${company.index}`;
	if (used.has(key)) return null;
	used.add(key);
	const fact: Fact = facts[index]![0];
	return fact(scene, company);
}

/** Draws prose without repeating a sentence until the pool is used up, as an article would. */
function proseStream(scene: Scene, pool: readonly string[]): () => string {
	let queue: string[] = [];
	return () => {
		if (queue.length === 0) queue = scene.random.sample(pool, pool.length);
		return fill(scene, queue.pop()!, scene.random.chance(0.7) ? scene.cast[0]! : scene.random.pick(scene.cast));
	};
}

/**
 * About `targetLength` characters of body: figures and dated events spread through paragraphs of
 * prose, roughly one figure in four sentences (the seeds have fewer; long series need more).
 */
export function writeDraft(scene: Scene, targetLength: number, style: 'news' | 'chatty'): Draft {
	const nextProse = proseStream(scene, style === 'chatty' ? [...chattyProse, ...newsProse] : newsProse);
	const factCount = Math.max(3, Math.round(targetLength / 260));
	const factSentences: string[] = [];
	const used = new Set<string>();
	for (let attempt = 0; factSentences.length < factCount && attempt < factCount * 4; attempt++) {
		const sentence = drawFact(scene, used);
		if (sentence) factSentences.push(sentence);
	}

	const paragraphs: string[] = [];
	let length = 0;
	let factIndex = 0;
	while (length < targetLength || factIndex < factSentences.length) {
		const sentences: string[] = [];
		const size = scene.random.int(2, 5);
		const factAt = factIndex < factSentences.length ? scene.random.int(0, size - 1) : -1;
		for (let position = 0; position < size; position++) sentences.push(position === factAt ? factSentences[factIndex++]! : nextProse());
		const paragraph = sentences.join('');
		paragraphs.push(paragraph);
		length += paragraph.length;
	}

	return {paragraphs};
}

// Written only when a layout prints them, so that the companies an article names are those in its text.

export function articleHeadline(scene: Scene): string {
	return fill(scene, scene.random.pick(headlines), scene.cast[0]!);
}

/** Three summary points for 3行要約 / この記事のポイント. */
export function summaryPoints(scene: Scene): string[] {
	return scene.random.sample(points, 3).map(point => fill(scene, point, scene.cast[0]!));
}

/** Headlines of news outlets about the cast, with the days they ran, for bullets of reports. */
export function newsHeadlines(scene: Scene): Array<ReturnType<typeof newsHeadlineOf>> {
	return scene.cast.slice(0, 3).map(company => newsHeadlineOf(scene, company));
}

export function quotedSpeech(scene: Scene, count: number): string[] {
	return scene.random.sample(quotes, count).map(quote => fill(scene, quote, scene.cast[0]!));
}
