import {frontMatterDate} from '../calendar.js';
import type {Draft} from '../draft.js';
import {nameOf, type Scene} from '../scene.js';
import {cutMidSentence, quoted} from './furniture.js';

/**
 * 003: a first-person column whose title names nothing ("ねえの可能性とは？") and whose excerpt
 * does; the scraper then appended the body again on one line, cut it, wrote ---END---, and went
 * on with the rest of a longer version, cut off again.
 */
export function chatty(scene: Scene, draft: Draft, extra: Draft): string {
	const {random} = scene;
	const subject = nameOf(scene, scene.cast[0]!);
	const frontMatter = [
		'---',
		'layout: post',
		`title: ${quoted(`${random.pick(['ねえ', '正直', 'じゃあ', 'さて'])}の可能性とは？`)}`,
		`date: ${frontMatterDate(scene.published, 'jekyll', random)}`,
		'categories: ["投資分析"]',
		'tags: ["AI", "最新ニュース", "技術動向", "投資", "チップ"]',
		'author: "ALLFORCES編集部"',
		`excerpt: ${quoted(`**${subject}、AIインフラ投資を拡大へ**について詳細に分析します。`)}`,
		`reading_time: ${random.int(6, 10)}`,
		'---',
	];
	const {paragraphs} = draft;
	const withQuestions = paragraphs.map((paragraph, index) => (index > 0 && random.chance(0.2) ? `**投資家としてこの動きをどう見るべきか？**\n${paragraph}` : paragraph));
	const cutAt = random.int(Math.floor(paragraphs.length / 2), paragraphs.length - 1);
	const cutParagraph = paragraphs[cutAt]!;
	const head = cutMidSentence(scene, cutParagraph);
	const repeated = [...paragraphs.slice(0, cutAt), head].join(' ');
	const continuation = [cutParagraph.slice(head.length), ...paragraphs.slice(cutAt + 1), ...extra.paragraphs];
	continuation[continuation.length - 1] = cutMidSentence(scene, continuation.at(-1)!);
	return `${frontMatter.join('\n')}\n\n${[...withQuestions, repeated, '---END---', ...continuation, '---END---'].join('\n\n')}`;
}
