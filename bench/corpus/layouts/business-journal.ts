import {articleHeadline, quotedSpeech, summaryPoints, type Draft} from '../draft.js';
import {fill, sectionHeadings} from '../prose.js';
import type {Scene} from '../scene.js';
import {noiseLine, sections} from './furniture.js';

/**
 * 001: no front matter; the lead image caption ("…の画像1") repeats the headline, a
 * "●この記事のポイント" block, paragraphs indented by a space, quoted speech, a byline at the end.
 */
export function businessJournal(scene: Scene, draft: Draft): string {
	const {random} = scene;
	const [subject] = scene.cast;
	const headline = articleHeadline(scene);
	const lines = [
		`${headline}の画像1`,
		`●この記事のポイント\n${summaryPoints(scene)
			.map(point => `・${point}`)
			.join('\n')}`,
	];
	const headings = random.sample(sectionHeadings.businessJournal, random.int(2, 3));
	const [lead, ...runs] = sections(draft.paragraphs, headings.length + 1);
	const quotes = quotedSpeech(scene, runs.length);
	lines.push(...lead!.map(paragraph => ` ${paragraph}`), '●目次');
	runs.forEach((run, index) => {
		lines.push(fill(scene, headings[index]!, subject!));
		run.forEach((paragraph, position) => {
			lines.push(` ${paragraph}`);
			if (position === 0 && quotes[index]) lines.push(quotes[index]);
			if (random.chance(0.04)) lines.push(noiseLine(scene));
		});
	});
	lines.push(`(文=${random.pick(['BUSINESS JOURNAL編集部', '小平貴裕/ITジャーナリスト', '編集部'])})`);
	return lines.join('\n\n');
}
