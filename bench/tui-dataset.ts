// A synthetic dataset with many companies for the TUI benchmark: deterministic, valid against the schema.
import type {Dataset} from '../source/dataset/schema.js';

const katakana = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ';

function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

export function syntheticDataset(companyCount: number, articleCount: number, seed = 1): Dataset {
	const next = random(seed);
	const pick = (length: number) => Math.floor(next() * length);
	const companies = Array.from({length: companyCount}, (_, index) => {
		const kana = Array.from({length: 4 + pick(4)}, () => katakana[pick(katakana.length)]).join('');
		return {id: `c${index}`, name: `Company ${index} ${kana.length > 5 ? 'Holdings' : 'Cloud'}`, ticker: index % 3 === 0 ? null : `T${index}`, aliases: [`alias${index}`], japaneseNames: [`${kana}社`], segments: []};
	});
	const articles = Array.from({length: articleCount}, (_, index) => {
		const mentioned = [...new Set(Array.from({length: 1 + pick(4)}, () => `c${pick(companyCount)}`))];
		const month = String(1 + (index % 12)).padStart(2, '0');
		return {
			id: `a${index}`,
			file: `articles/a${index}.md`,
			title: `${companies[Number(mentioned[0]!.slice(1))]!.japaneseNames[0]}、生成AI向けクラウド事業を拡大　第${index}報`,
			published: `2025-${month}-${String(1 + (index % 28)).padStart(2, '0')}`,
			publishedInferred: false,
			summary: ['クラウド市場のシェアが拡大した。', '生成AI需要が収益を押し上げた。'],
			companies: mentioned,
			source: null,
		};
	});
	const metrics = articles.flatMap((article, index) =>
		article.companies.slice(0, 1).map((company, position) => ({
			id: `${article.id}/m${position}`,
			company,
			segment: null,
			kind: index % 2 === 0 ? ('market_share' as const) : ('revenue_growth' as const),
			label: index % 2 === 0 ? 'Cloud share' : 'Revenue growth',
			value: 5 + pick(40),
			unit: '%' as const,
			text: '',
			qualifier: 'exact' as const,
			converted: null,
			counterparty: null,
			period: null,
			asOf: article.published,
			order: 0,
			superseded: false,
			article: article.id,
			quote: article.summary[0]!,
		})),
	);
	const events = articles.map((article, index) => ({
		id: `e${index}`,
		date: article.published!,
		dateText: '',
		companies: article.companies,
		action: 'other',
		text: `${article.title}と発表した。`,
		sources: [{article: article.id, quote: article.summary[1]!}],
	}));
	return {version: 1, companies, articles, events, metrics, conflicts: []};
}
