import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {createCorpus} from '../../bench/corpus/generate.js';
import {manifestFile, registryFile, writeCorpus, type Manifest} from '../../bench/corpus/write.js';
import {CompanyMatcher, normalize} from '../../source/extract/companies.js';
import {defaultRegistry, loadRegistry} from '../../source/extract/registry.js';

const folders: string[] = [];

function temporaryFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'brief-corpus-'));
	folders.push(folder);
	return folder;
}

afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
});

function filesOf(folder: string): Map<string, string> {
	return new Map(
		readdirSync(folder)
			.sort()
			.map(name => [name, readFileSync(join(folder, name), 'utf8')]),
	);
}

// More companies than the bundled registry holds, so that some are made up.
const small = {articles: 24, companies: defaultRegistry.companies.length + 2, seed: 'test'};

describe('corpus generator', () => {
	it('writes byte-identical folders for the same options', () => {
		const [first, second] = [join(temporaryFolder(), 'a'), join(temporaryFolder(), 'b')];
		writeCorpus(small, first);
		writeCorpus(small, second);
		expect(filesOf(second)).toEqual(filesOf(first));
	});

	it('writes other articles and names for another seed', () => {
		const one = createCorpus(small);
		const other = createCorpus({...small, seed: 'other'});
		expect(other.article(0).content).not.toBe(one.article(0).content);
		expect(other.registry).not.toEqual(one.registry);
	});

	it('keeps an article the same whatever the number of articles', () => {
		expect(createCorpus({...small, articles: 3}).article(2)).toEqual(createCorpus(small).article(2));
	});

	it('honours the requested counts and describes them in the manifest', () => {
		const folder = join(temporaryFolder(), 'corpus');
		writeCorpus(small, folder);
		const articles = readdirSync(folder).filter(name => name.endsWith('.txt'));
		const manifest = JSON.parse(readFileSync(join(folder, manifestFile), 'utf8')) as Manifest;
		const bytes = articles.reduce((sum, name) => sum + readFileSync(join(folder, name)).length, 0);
		expect(articles).toHaveLength(small.articles);
		expect(loadRegistry(join(folder, registryFile)).companies).toHaveLength(small.companies);
		expect(manifest).toMatchObject({articles: small.articles, companies: small.companies, seed: small.seed, totalBytes: bytes});
		expect(manifest.fictionalCompanies).toBe(small.companies - defaultRegistry.companies.length);
		expect(Object.values(manifest.layouts).reduce((sum, count) => sum + count, 0)).toBe(small.articles);
	});

	it('uses only bundled companies when they are enough', () => {
		const {registry} = createCorpus({articles: 1, companies: 5, seed: '1'});
		expect(registry.companies).toEqual(defaultRegistry.companies.slice(0, 5));
	});

	it('writes a registry that loads, with unique ids, names and tickers', () => {
		const folder = join(temporaryFolder(), 'corpus');
		writeCorpus({...small, companies: 400}, folder);
		const {companies} = loadRegistry(join(folder, registryFile));
		const unique = (values: readonly string[]) => new Set(values).size === values.length;
		expect(unique(companies.map(company => company.id))).toBe(true);
		expect(unique(companies.map(company => company.name.toLowerCase()))).toBe(true);
		expect(unique(companies.flatMap(company => company.ticker ?? []))).toBe(true);
	});

	it('names companies the extractor finds, and no fictional company by accident', () => {
		const corpus = createCorpus({...small, articles: 80});
		const matcher = new CompanyMatcher(corpus.registry);
		const fictional = new Set(corpus.world.companies.filter(company => company.company.fictional).map(company => company.company.id));
		for (let index = 0; index < 80; index++) {
			const article = corpus.article(index);
			const found = new Set(matcher.find(normalize(article.content)).map(mention => mention.company));
			for (const id of article.companies) expect(found, `${article.fileName} should name ${id}`).toContain(id);
			for (const id of found) if (fictional.has(id)) expect(article.companies).toContain(id);
		}
	});

	it("writes articles of about the seeds' size", () => {
		const corpus = createCorpus({...small, articles: 60});
		const sizes = Array.from({length: 60}, (_, index) => Buffer.byteLength(corpus.article(index).content));
		const average = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
		expect(average).toBeGreaterThan(4000);
		expect(average).toBeLessThan(12_000);
		expect(Math.max(...sizes)).toBeLessThan(30_000);
	});

	it('refuses to overwrite a folder that is not a corpus', () => {
		const folder = temporaryFolder();
		writeFileSync(join(folder, 'article.txt'), 'keep me');
		expect(() => writeCorpus(small, folder)).toThrow(/not overwriting/);
		expect(readFileSync(join(folder, 'article.txt'), 'utf8')).toBe('keep me');
	});
});
