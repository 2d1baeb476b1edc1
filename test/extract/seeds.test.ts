import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {datasetSchema, type Metric} from '../../source/dataset/schema.js';
import {serializeDataset} from '../../source/dataset/write.js';
import {extractFiles} from '../../source/extract/index.js';

const root = join(import.meta.dirname, '..', '..');
const committed = readFileSync(join(root, 'data', 'briefing.json'), 'utf8');
const dataset = datasetSchema.parse(JSON.parse(committed));
const series = (company: string, segment: string, kind: Metric['kind']) =>
	dataset.metrics.filter(metric => metric.company === company && metric.segment === segment && metric.kind === kind).map(metric => metric.value);

describe('the bundled dataset', () => {
	test('regenerating it from data/articles is byte-identical', async () => {
		const result = await extractFiles({paths: [join(root, 'data', 'articles')], cwd: root, datasetFolder: join(root, 'data')});
		expect(result.problems).toEqual([]);
		expect(serializeDataset(result.dataset)).toBe(committed);
	});

	test('the OpenAI–AWS $38bn deal is one event in 2025-11 with two sources', () => {
		const deal = dataset.events.filter(event => event.companies.includes('openai') && event.companies.includes('amazon') && event.action === 'contract' && event.text.includes('380億ドル'));
		expect(deal).toHaveLength(1);
		expect(deal[0]!.date).toBe('2025-11');
		expect(deal[0]!.sources.map(source => source.article)).toEqual(['001_44f35ffe90a48b55', '002_64d5d06a092400cd']);
	});

	test('Azure grew 30% against AWS 13%', () => {
		expect(series('microsoft', 'azure', 'revenue_growth')).toEqual([30]);
		expect(series('amazon', 'aws', 'revenue_growth')).toEqual([13]);
	});

	test('cloud share: AWS 34% -> 29% beside 約33%, Azure 15% -> 22%, and the AWS conflict', () => {
		expect(series('amazon', 'aws', 'market_share')).toEqual([33, 34, 29]);
		expect(series('microsoft', 'azure', 'market_share')).toEqual([15, 22]);
		const [conflict] = dataset.conflicts;
		expect(dataset.conflicts).toHaveLength(1);
		expect(conflict).toMatchObject({company: 'amazon', kind: 'market_share'});
		const values = conflict!.metrics.map(id => dataset.metrics.find(metric => metric.id === id)!.value);
		expect(values).toEqual([33, 29]);
	});

	test('Microsoft invests 約4,400億円 and 1兆円', () => {
		const investments = dataset.metrics.filter(metric => metric.company === 'microsoft' && metric.kind === 'investment' && metric.unit === 'JPY');
		expect(investments.map(metric => [metric.value, metric.qualifier])).toEqual([
			[440_000_000_000, 'approx'],
			[1_000_000_000_000, 'approx'],
		]);
		expect(investments[0]!.converted).toEqual({value: 2_900_000_000, unit: 'USD'});
	});

	test('AWS\'s 2025 Q4 result is an event', () => {
		const result = dataset.events.find(event => event.date === '2025-Q4' && event.companies.includes('amazon'));
		expect(result?.action).toBe('results');
		expect(result?.sources[0]!.article).toBe('004_8829784a73951244');
	});

	test('every quote is a sentence of its article\'s cleaned text', async () => {
		const {extractArticle} = await import('../../source/extract/article.js');
		const {CompanyMatcher} = await import('../../source/extract/companies.js');
		const {defaultRegistry} = await import('../../source/extract/registry.js');
		const matcher = new CompanyMatcher(defaultRegistry);
		const texts = new Map(dataset.articles.map(article => [article.id, extractArticle({id: article.id, file: article.file, content: readFileSync(join(root, 'data', article.file), 'utf8')}, matcher).text]));
		for (const metric of dataset.metrics) expect(texts.get(metric.article)).toContain(metric.quote);
		for (const event of dataset.events) for (const source of event.sources) expect(texts.get(source.article)).toContain(source.quote);
	});

	test('titles and summaries of the five articles', () => {
		const byId = new Map(dataset.articles.map(article => [article.id.slice(0, 3), article]));
		expect(byId.get('001')!.title).toBe('OpenAI×アマゾン「6兆円提携」で業界再編の動き…マイクロソフト時代の終焉?');
		expect(byId.get('002')!.title).toBe('オープンAIとアマゾン、380億ドルのクラウド契約でAI戦略を加速?');
		expect(byId.get('003')!.title).toBe('Microsoft Azure、AIインフラ投資、1兆円規模へ');
		expect(byId.get('001')!).toMatchObject({published: '2025-11-03', publishedInferred: true});
		expect(byId.get('004')!.summary[0]).toMatch(/^AWSの2025年第4四半期決算/);
		for (const article of dataset.articles) {
			expect(article.summary.length).toBeGreaterThanOrEqual(2);
			expect(article.summary.length).toBeLessThanOrEqual(5);
		}
	});
});
