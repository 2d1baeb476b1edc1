import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {loadDataset} from '../../../source/dataset/load.js';
import {namesCompany, selectCompanyBriefing} from '../../../source/dataset/selectors/index.js';
import type {Company} from '../../../source/dataset/schema.js';

const bundled = loadDataset(fileURLToPath(new URL('../../../data/briefing.json', import.meta.url)));
const company = (id: string): Company => bundled.companies.find(one => one.id === id)!;
const summaries = (id: string) => selectCompanyBriefing(bundled, id)!.articles.map(article => `${article.date} ${article.title.slice(0, 12)} | ${article.reason}`);

describe('selectArticleSummaries', () => {
	test('lists only articles about the company, most relevant first, each saying why', () => {
		expect(summaries('openai')).toEqual(['2025-11-03 オープンAIとアマゾン、 | named in the title, in 3 of 3 summary sentences', '2025-11-03 OpenAI×アマゾン「 | named in the title, in 2 of 3 summary sentences']);
	});

	test('an article that names the company in one summary sentence of four, not in its title, is left out', () => {
		const article = bundled.articles.find(one => one.id === '000_c8e6c998ee4e504b')!;
		expect(article.companies).toContain('openai');
		expect(summaries('openai').some(line => line.includes('クラウドAI覇権争い'))).toBe(false);
	});

	test('a segment the registry knows names its company: AWS in a title is Amazon', () => {
		expect(summaries('amazon')[0]).toBe('2026-02-06 AWSの収益が13四半期 | named in the title, named most, in 3 of 3 summary sentences');
	});
});

describe('namesCompany', () => {
	test.each([
		['meta', 'メタの決算', true],
		['meta', 'メタバース市場が拡大', false],
		['meta', 'Metaが発表', true],
		['meta', 'metadata is not a company', false],
		['microsoft', 'MSとAWSの戦略', true],
		['amazon', 'アマゾン・ウェブ・サービス（AWS）', true],
		['openai', 'ＯｐｅｎＡＩが発表', true],
	])('%s in %s: %s', (id, text, expected) => {
		expect(namesCompany(company(id), text)).toBe(expected);
	});
});
