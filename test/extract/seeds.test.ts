import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {datasetSchema, type FigureKind} from '../../source/dataset/schema.js';
import {serializeDataset} from '../../source/dataset/write.js';
import {extractFiles} from '../../source/extract/index.js';

const root = join(import.meta.dirname, '..', '..');
const committed = readFileSync(join(root, 'data', 'briefing.json'), 'utf8');
const dataset = datasetSchema.parse(JSON.parse(committed));
/** The facts of a company's segment and kind (one record a fact): [value, prior, basis]. */
const facts = (company: string, segment: string | null, kind: FigureKind) =>
	dataset.figures.filter(figure => figure.fact === figure.id && figure.company === company && figure.segment === segment && figure.kind === kind).map(figure => [figure.value, figure.prior, figure.basis]);

describe('the bundled dataset', () => {
	test('regenerating it from data/articles is byte-identical', async () => {
		const result = await extractFiles({paths: [join(root, 'data', 'articles')], cwd: root, datasetFolder: join(root, 'data')});
		expect(result.problems).toEqual([]);
		expect(serializeDataset(result.dataset)).toBe(committed);
	});

	test('the OpenAI–AWS 380億ドル deal is one figure with two sources, and one event in 2025-11', () => {
		const deals = dataset.figures.filter(figure => figure.kind === 'investment' && figure.value === 38_000_000_000 && figure.unit === 'USD');
		expect(new Set(deals.map(figure => figure.fact)).size).toBe(1);
		expect(deals.map(figure => [figure.company, figure.counterparty])).toEqual([
			['openai', 'amazon'],
			['openai', 'amazon'],
		]);
		expect(deals[0]!.sources.map(source => source.article)).toEqual(['001_44f35ffe90a48b55', '002_64d5d06a092400cd']);
		const events = dataset.events.filter(event => event.companies.includes('openai') && event.companies.includes('amazon'));
		expect(events.map(event => [event.date, event.kind, event.amount?.value])).toEqual([['2025-11', 'deal', 38_000_000_000]]);
		expect(events[0]!.sources.map(source => source.article)).toEqual(['001_44f35ffe90a48b55', '002_64d5d06a092400cd']);
	});

	test("Azure grew 30% in the latest quarter (直近の四半期), an actual; AWS's 13%, weighed against that 30% in one sentence, an actual of the same time", () => {
		expect(facts('microsoft', 'azure', 'revenue_growth')).toEqual([[30, false, 'actual']]);
		expect(facts('amazon', 'aws', 'revenue_growth')).toEqual([[13, false, 'actual']]);
	});

	test('cloud share: AWS 34% before 29%, beside 約33% (a conflict), and Azure 15% before 22%', () => {
		expect(facts('amazon', 'aws', 'market_share')).toEqual([
			[33, false, 'actual'],
			[34, true, 'actual'],
			[29, false, 'actual'],
		]);
		expect(facts('microsoft', 'azure', 'market_share')).toEqual([
			[15, true, 'actual'],
			[22, false, 'actual'],
		]);
		expect(dataset.conflicts).toHaveLength(1);
		const [conflict] = dataset.conflicts;
		expect(conflict).toMatchObject({company: 'amazon', segment: 'aws', kind: 'market_share'});
		expect(conflict!.figures.map(id => dataset.figures.find(figure => figure.id === id)!.text)).toEqual(['約33%', '29%程度']);
	});

	test('Microsoft: 2025年までに300億ドル is an outlook and no event; 約4,400億円 over 2年間; 1兆円規模', () => {
		const investments = dataset.figures.filter(figure => figure.company === 'microsoft' && figure.kind === 'investment');
		expect(investments.map(figure => [figure.value, figure.unit, figure.qualifier, figure.basis, figure.periodText])).toEqual([
			[30_000_000_000, 'USD', 'exact', 'outlook', ''],
			[440_000_000_000, 'JPY', 'approx', 'actual', '2年間'],
			[10_000_000_000, 'USD', 'exact', 'actual', ''],
			[13_000_000_000, 'USD', 'over', 'actual', '累計'],
			[1_000_000_000_000, 'JPY', 'approx', 'actual', ''],
		]);
		expect(investments[1]!.converted).toEqual({value: 2_900_000_000, unit: 'USD', text: '29億ドル'});
		expect(dataset.events.filter(event => event.companies.includes('microsoft'))).toEqual([]);
	});

	test("every quote is a sentence of its article's cleaned text", async () => {
		const {extractArticle} = await import('../../source/extract/article.js');
		const {CompanyMatcher} = await import('../../source/extract/companies.js');
		const {defaultRegistry} = await import('../../source/extract/registry.js');
		const matcher = new CompanyMatcher(defaultRegistry);
		const texts = new Map(dataset.articles.map(article => [article.id, extractArticle({id: article.id, file: article.file, content: readFileSync(join(root, 'data', article.file), 'utf8')}, matcher).text]));
		for (const figure of dataset.figures) for (const source of figure.sources) expect(texts.get(source.article)).toContain(source.quote);
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
