import {frontMatterDate} from '../calendar.js';
import {articleHeadline, summaryPoints, type Draft} from '../draft.js';
import {sectionHeadings} from '../prose.js';
import {nameOf, type Scene} from '../scene.js';
import {affiliateBlock, coverImage, quoted, sections} from './furniture.js';

const comparisonRows = [
	['主な提供形態', 'クラウドインフラ・プラットフォーム', 'チャットアプリ・API直接提供', 'モデル単体・API提供'],
	['モデルの選択肢', '非常に豊富 (マルチモデル戦略)', '自社モデルのみ', '自社モデルのみ'],
	['独自ハードウェア', '自社設計AIチップを保有', '非保有 (他社製GPU依存)', '非保有 (他社製GPU依存)'],
	['主なターゲット', '全業種の企業・開発者', '個人ユーザー・開発者', '企業・研究者'],
] as const;

function comparisonTable(scene: Scene): string {
	const names = scene.cast.slice(0, 3).map(company => nameOf(scene, company));
	const header = `| 項目 | ${names.join(' | ')} |`;
	const rule = `|------|${names.map(() => '------').join('|')}|`;
	const rows = comparisonRows.map(row => `| ${row.slice(0, names.length + 1).join(' | ')} |`);
	return [header, rule, ...rows].join('\n');
}

/** 004: Hugo front matter with a cover block, "## 3行要約" bullets, a markdown table, affiliate links. */
export function hugo(scene: Scene, draft: Draft): string {
	const {random} = scene;
	const headline = articleHeadline(scene);
	const points = summaryPoints(scene);
	const [first, second] = points;
	const frontMatter = [
		'---',
		`title: ${quoted(headline)}`,
		`date: ${frontMatterDate(scene.published, 'hugo', random)}`,
		// Hugo themes cut the description with "...", mid-word, as 004's does.
		`description: ${quoted(`${first}${second!.slice(0, 24)}...`)}`,
		'cover:',
		`  image: ${quoted(coverImage(scene))}`,
		'  alt: "AI generated thumbnail"',
		'  relative: false',
		'categories:',
		'  - "AI News"',
		'tags:',
		'  - "GenAI"',
		'  - "速報"',
		'  - "AIニュース"',
		'---',
	];
	const body = ['## 3行要約', points.map(point => `- ${point}`).join('\n')];
	const headings = sectionHeadings.hugo;
	const runs = sections(draft.paragraphs, headings.length);
	runs.forEach((run, index) => {
		body.push(`## ${headings[index]}`, ...run);
		if (index === 1 && scene.cast.length >= 2) body.push('## 競合との比較', comparisonTable(scene));
	});
	if (random.chance(0.85)) body.push(affiliateBlock(scene));
	return `${frontMatter.join('\n')}\n${body.join('\n\n')}`;
}
