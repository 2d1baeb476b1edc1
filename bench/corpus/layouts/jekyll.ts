import {frontMatterDate} from '../calendar.js';
import {articleHeadline, type Draft} from '../draft.js';
import {boldHeadings, fill, sectionHeadings} from '../prose.js';
import {nameOf, type Scene} from '../scene.js';
import {affiliateBlock, cutMidSentence, noiseLine, quoted, sections} from './furniture.js';

/** 000: Jekyll front matter, "# title", a "## 概要" block, sections with bold sub-headings. */
export function jekyll(scene: Scene, draft: Draft): string {
	const {random} = scene;
	const [subject] = scene.cast;
	const headline = articleHeadline(scene);
	const names = scene.cast.map(company => nameOf(scene, company));
	const frontMatter = [
		'---',
		'layout: post',
		`title: ${quoted(headline)}`,
		`date: ${frontMatterDate(scene.published, 'jekyll', random)}`,
		'categories: ["投資分析"]',
		`tags: ${JSON.stringify(['AI', '最新ニュース', '技術動向', ...names, '投資'])}`,
		'author: "ALLFORCES編集部"',
		`excerpt: ${quoted(`${names.join(', ')}のAI競争について詳細に分析します。`)}`,
		`reading_time: ${random.int(4, 12)}`,
		'---',
	];
	const [overview, ...rest] = draft.paragraphs;
	const body = [`# ${headline}`, `## 概要\n${overview}`];
	const headings = random.sample(sectionHeadings.jekyll, random.int(2, 4));
	sections(rest, headings.length).forEach((run, index) => {
		body.push(`## ${headings[index]}`);
		run.forEach((paragraph, position) => {
			if (position > 0 && random.chance(0.3)) body.push(`${fill(scene, random.pick(boldHeadings), subject!)}\n${paragraph}`);
			else body.push(paragraph);
			if (random.chance(0.05)) body.push(noiseLine(scene));
		});
	});
	if (random.chance(0.1)) body[body.length - 1] = cutMidSentence(scene, body.at(-1)!);
	// A second draw, not the first one's condition again: 10% of the rest end in an affiliate block.
	// eslint-disable-next-line no-dupe-else-if
	else if (random.chance(0.1)) body.push(affiliateBlock(scene));
	return `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}
