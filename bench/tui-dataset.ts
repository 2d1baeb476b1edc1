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
		return {
			id: `c${index}`,
			name: `Company ${index} ${kana.length > 5 ? 'Holdings' : 'Cloud'}`,
			ticker: index % 3 === 0 ? null : `T${index}`,
			aliases: [`alias${index}`],
			japaneseNames: [`${kana}社`],
			segments: [],
			inRegistry: true,
			fiscalYearEnd: 12,
		};
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
	const figures = articles.flatMap((article, index) =>
		article.companies.slice(0, 1).map((company, position) => {
			const value = 5 + pick(40);
			// Periods by article: a quarter of 2025, so that a company's series has periods before and after.
			const period = `2025-Q${1 + (index % 4)}`;
			return {
				id: `${article.id}/f${position}`,
				fact: `${article.id}/f${position}`,
				company,
				segment: null,
				counterparty: null,
				kind: index % 2 === 0 ? ('market_share' as const) : ('revenue_growth' as const),
				measure: index % 2 === 0 ? 'シェア' : '売上高 前年同期比',
				value,
				unit: '%' as const,
				text: `${value}%`,
				qualifier: 'exact' as const,
				range: null,
				converted: null,
				period,
				periodText: '',
				basis: 'actual' as const,
				source: null,
				asOf: article.published,
				prior: false,
				article: article.id,
				quote: article.summary[0]!,
				sources: [{article: article.id, quote: article.summary[0]!}],
			};
		}),
	);
	const events = articles.map((article, index) => ({
		id: `e${index}`,
		date: article.published!,
		dateText: '',
		kind: 'other' as const,
		title: `発表 ${article.title}`,
		companies: article.companies,
		amount: null,
		sources: [{article: article.id, quote: article.summary[1]!}],
	}));
	return {version: 2, companies, articles, events, figures, conflicts: []};
}
