import {articleHeadline, newsHeadlines, type Draft} from '../draft.js';
import {fill, media, sectionHeadings} from '../prose.js';
import {nameOf, writeDay, type Scene} from '../scene.js';
import {altTextLine, cutMidSentence, sections} from './furniture.js';

function plainTable(scene: Scene): string {
	const rows = scene.cast.slice(0, 4).map(company => {
		const partners = scene.random
			.sample(
				scene.cast.filter(other => other !== company),
				2,
			)
			.map(other => nameOf(scene, other, {cloud: true}));
		return `${nameOf(scene, company)} ${partners.map((partner, index) => `${partner}(${index === 0 ? '主' : '新規'})`).join('、')}`;
	});
	return ['企業 主要AIインフラ提携先', ...rows].join('\n');
}

/**
 * 002: a Google Trends page: keyword and "Buzz" widget lines on top, bullets of news reports,
 * an image alt-text line, a table flattened to plain text, and the copy cut off mid-sentence.
 */
export function trends(scene: Scene, draft: Draft): string {
	const {random} = scene;
	const [subject] = scene.cast;
	const title = articleHeadline(scene);
	const keyword = random.pick(['ai', 'gpu', 'cloud', 'llm']);
	const lines = [keyword, `${random.int(1, 9)},000 + Buzz 🇯🇵 JP\nTrend visualization for ${keyword}`, title];
	const headings = random.sample(sectionHeadings.trends, random.int(2, 4));
	const [lead, ...runs] = sections(draft.paragraphs, headings.length + 1);
	lines.push(...lead!);
	runs.forEach((run, index) => {
		lines.push(`\n${fill(scene, headings[index]!, subject!)}`, ...run);
		const headlines = index === 0 ? newsHeadlines(scene) : [];
		if (headlines.length > 0) {
			const reports = headlines.map(({headline, day}) => `  •  ${random.pick(media)}(${writeDay(scene, day)})は、「${headline}」と報じた。`);
			lines.push(reports.join('\n'), altTextLine(scene));
		}

		if (index === 1) lines.push(plainTable(scene));
	});
	lines[lines.length - 1] = cutMidSentence(scene, lines.at(-1)!);
	return lines.join('\n\n');
}
