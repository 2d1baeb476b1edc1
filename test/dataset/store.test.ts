import {compareNewestArticles} from '../../source/dataset/selectors/summaries.js';
import {cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test, vi} from 'vitest';
import {collectGarbage} from '../../source/dataset/collect-garbage.js';
import {runExtract} from '../../source/commands/extract.js';
import type {Io} from '../../source/commands/io.js';
import {DatasetError, loadDataset} from '../../source/dataset/load.js';
import {selectCompanyBriefing, selectDigest} from '../../source/dataset/selectors/index.js';
import {hasFreshIndex, storeFolder, storeIndexVersion} from '../../source/dataset/store-index.js';
import {openStore, wholeStore} from '../../source/dataset/store.js';
import {shardOf, writeStore} from '../../source/dataset/store-write.js';
import {indexedFixture, writeIndexedDataset} from '../fixtures/indexed.js';
import {noConfig} from '../hostile/hostile-text.js';

// Counted, not run: a full collection per shard would only slow the tests.
vi.mock('../../source/dataset/collect-garbage.js', () => ({collectGarbage: vi.fn()}));

const root = join(import.meta.dirname, '..', '..');
const bundled = join(root, 'data', 'briefing.json');

function io(cwd: string) {
	const err: string[] = [];
	const value: Io = {out() {}, err: text => err.push(text), stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, columns: undefined, rows: undefined, env: noConfig, cwd};
	return {io: value, err};
}

function shardFile(file: string, companyId: string): string {
	const shards = join(storeFolder(file), 'companies');
	return join(
		shards,
		readdirSync(shards).find(name => name.endsWith(`-${companyId}.json`))!,
	);
}

describe('the indexed store', () => {
	test.each([
		['the fixture', undefined, 'kumo', ['sora-cloud']],
		['the bundled dataset', bundled, 'oracle', ['amazon', 'microsoft']],
	] as const)('reads %s one company at a time and gives exactly the briefings of the whole dataset', (_, source, smaller, watched) => {
		const {file} = indexedFixture('briefing.json', source);
		const whole = wholeStore(loadDataset(file), file);
		const indexed = openStore(file);
		expect(indexed.datasetFor([smaller]).articles.length).toBeLessThan(whole.directory.articles.length);
		expect(indexed.rows(watched)).toEqual(whole.rows(watched));
		expect(indexed.order(watched)).toEqual(whole.rows(watched).map(row => row.id));
		expect(whole.order(watched)).toEqual(whole.rows(watched).map(row => row.id));
		expect(indexed.directory.companies).toEqual(whole.directory.companies);
		for (const company of whole.directory.companies) {
			expect(selectCompanyBriefing(indexed.datasetFor([company.id]), company.id, watched)).toEqual(selectCompanyBriefing(whole.datasetFor([company.id]), company.id, watched));
		}

		const seen = {articles: [], events: [], figures: []};
		const ids = whole.directory.companies.map(company => company.id);
		expect(selectDigest(indexed.datasetFor(ids), ids, seen)).toEqual(selectDigest(whole.datasetFor([]), ids, seen));
	});

	test("a company's shard holds the figures it received, the other party, and every source's article", () => {
		const dataset = loadDataset(join(root, 'test', 'fixtures', 'dataset.json'));
		const umi = shardOf(dataset, 'umi');
		// Sora Cloud's contract with Umi, from both articles that state it, and Umi's own customers.
		expect(umi.figures.map(figure => figure.id).sort()).toEqual(['a2/f3', 'a3/f11', 'a3/f12']);
		expect(umi.companies.map(company => company.id).sort()).toEqual(['kumo', 'sora-cloud', 'umi']);
		expect(umi.articles.map(article => article.id).sort()).toEqual(['a2', 'a3']);
		// A conflict comes with both sides.
		const sora = shardOf(dataset, 'sora-cloud');
		expect(sora.conflicts).toHaveLength(1);
		expect(sora.conflicts[0]!.figures.every(id => sora.figures.some(figure => figure.id === id))).toBe(true);
	});

	test('an index older than its dataset is ignored, not trusted', () => {
		const {file} = indexedFixture();
		const dataset = JSON.parse(readFileSync(file, 'utf8')) as {articles: Array<{title: string}>};
		dataset.articles[0]!.title = '手で直したタイトル';
		writeFileSync(file, JSON.stringify(dataset));
		const store = openStore(file);
		expect(store.datasetFor(['kumo']).articles.some(article => article.title === '手で直したタイトル')).toBe(true);
	});

	test('shards hold their events in the order the timeline shows them, and their articles newest first', () => {
		const {file} = indexedFixture();
		const shard = openStore(file).datasetFor(['sora-cloud']);
		const briefing = selectCompanyBriefing(shard, 'sora-cloud')!;
		const named = shard.articles.filter(article => article.companies.includes('sora-cloud'));
		expect(named.map(article => article.id)).toEqual([...named].sort(compareNewestArticles).map(article => article.id));
		// The briefing lists those about the company, most relevant first.
		expect(briefing.articles.map(article => article.articleId).sort()).toEqual(named.map(article => article.id).sort());
		expect(shard.events.map(event => event.id)).toEqual(briefing.timeline.map(entry => entry.eventId));
	});

	test('an index of an older format is ignored', () => {
		const {file} = indexedFixture();
		const indexFile = join(storeFolder(file), 'index.json');
		const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {version: number};
		expect(index.version).toBe(storeIndexVersion);
		writeFileSync(indexFile, JSON.stringify({...index, version: 3}));
		expect(hasFreshIndex(file)).toBe(false);
		const whole = wholeStore(loadDataset(file), file);
		expect(selectCompanyBriefing(openStore(file).datasetFor(['sora-cloud']), 'sora-cloud')).toEqual(selectCompanyBriefing(whole.directory, 'sora-cloud'));
	});

	test('a shard read in parts is the one datasetFor gives, and is not read again', () => {
		const {file} = indexedFixture();
		const store = openStore(file);
		const parts = store.readInParts('sora-cloud');
		let steps = 0;
		while (!parts.next().done) steps++;
		expect(steps).toBeGreaterThan(1);
		const shard = shardFile(file, 'sora-cloud');
		// Damaged after it was read: datasetFor must use what was read, not read it again.
		writeFileSync(shard, 'not json');
		expect(selectCompanyBriefing(store.datasetFor(['sora-cloud']), 'sora-cloud')).toEqual(selectCompanyBriefing(wholeStore(loadDataset(file), file).directory, 'sora-cloud'));
		// A damaged shard read in parts fails as datasetFor does, naming the file.
		expect(() => [...openStore(file).readInParts('sora-cloud')]).toThrow(shard);
	});

	test('collects garbage between shards once enough of them were read, and never unless asked', () => {
		const {file} = indexedFixture();
		const collected = vi.mocked(collectGarbage);
		collected.mockClear();
		const ids = ['sora-cloud', 'kumo', 'umi'];
		const store = openStore(file, {shardsKept: 0, collectGarbageEvery: 1});
		for (const id of ids) store.datasetFor([id]);
		// Before each shard after the first: the one before is garbage by then.
		expect(collected).toHaveBeenCalledTimes(ids.length - 1);
		collected.mockClear();
		const plenty = openStore(file, {shardsKept: 0, collectGarbageEvery: 10_000_000});
		for (const id of ids) plenty.datasetFor([id]);
		const tui = openStore(file);
		for (const id of ids) tui.datasetFor([id]);
		expect(collected).not.toHaveBeenCalled();
	});

	test('a damaged shard is one error naming it and saying how to rebuild the index; a shard of dataset version 1 says to extract again', () => {
		const {file} = indexedFixture();
		const shard = shardFile(file, 'sora-cloud');
		writeFileSync(shard, Buffer.from('{"version": 2, "companies": [', 'utf16le'));
		expect(() => openStore(file).datasetFor(['sora-cloud'])).toThrow(DatasetError);
		expect(() => openStore(file).datasetFor(['sora-cloud'])).toThrow(`${shard}: damaged, not valid JSON`);
		expect(() => openStore(file).datasetFor(['sora-cloud'])).toThrow(/; run `brief extract` again to rebuild the index$/);
		const {id} = JSON.parse(readFileSync(join(storeFolder(file), 'index.json'), 'utf8')) as {id: string};
		const versionOne = {version: 1, companies: [], articles: [], events: [], metrics: [], conflicts: []};
		writeFileSync(shard, Buffer.from(JSON.stringify({kind: 'brief.shard', index: id, company: 'sora-cloud', value: versionOne}), 'utf16le'));
		expect(() => openStore(file).datasetFor(['sora-cloud'])).toThrow(/dataset of version 1, this brief reads version 2; run `brief extract` again$/);
	});

	test("a shard copied over another company's, or left from another index, is refused, not shown under the other's name", () => {
		const {file} = indexedFixture();
		const before = readFileSync(shardFile(file, 'kumo'));
		writeFileSync(shardFile(file, 'kumo'), readFileSync(shardFile(file, 'sora-cloud')));
		expect(() => openStore(file).datasetFor(['kumo'])).toThrow(`${shardFile(file, 'kumo')}: not the shard of kumo in this index`);
		// The same company's shard of an earlier index: the index it names is not this one.
		writeFileSync(shardFile(file, 'kumo'), before);
		writeStore(loadDataset(file), file);
		const rewritten = readFileSync(shardFile(file, 'kumo'));
		expect(rewritten.equals(before)).toBe(false);
		writeFileSync(shardFile(file, 'kumo'), before);
		expect(() => openStore(file).datasetFor(['kumo'])).toThrow(/not the shard of kumo in this index/);
	});

	test('refuses to index a dataset readers would refuse, and writes no index', () => {
		const folder = mkdtempSync(join(tmpdir(), 'brief-store-'));
		const dataset = loadDataset(join(root, 'test', 'fixtures', 'dataset.json'));
		const broken = {...dataset, figures: [{...dataset.figures[0]!, period: '2025-Q5'}]};
		expect(() => writeIndexedDataset(join(folder, 'briefing.json'), broken)).toThrow(/invalid dataset at figures\[0\]\.period/);
		expect(readdirSync(folder)).toEqual(['briefing.json']);
	});
});

describe('re-running extract on the command line', () => {
	test('nothing changed: nothing is rebuilt; a changed output or article is rebuilt', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'brief-store-'));
		cpSync(join(root, 'data', 'articles'), join(folder, 'articles'), {recursive: true});
		const file = join(folder, 'briefing.json');
		const first = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, first.io)).toBe(0);
		const before = readFileSync(file, 'utf8');
		const again = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, again.io)).toBe(0);
		expect(again.err.join('')).toContain('nothing changed in 5 files');

		writeFileSync(file, '{}');
		const repaired = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, repaired.io)).toBe(0);
		expect(repaired.err.join('')).toContain('(5 unchanged, 0 skipped)');
		expect(readFileSync(file, 'utf8')).toBe(before);

		const indexFile = join(storeFolder(file), 'index.json');
		writeFileSync(indexFile, JSON.stringify({...(JSON.parse(readFileSync(indexFile, 'utf8')) as object), version: 3}));
		const reindexed = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, reindexed.io)).toBe(0);
		expect(reindexed.err.join('')).not.toContain('nothing changed');
		expect(hasFreshIndex(file)).toBe(true);

		const article = join(folder, 'articles', '000_c8e6c998ee4e504b.txt');
		utimesSync(article, new Date(), new Date(Date.now() + 5000));
		const touched = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, touched.io)).toBe(0);
		expect(touched.err.join('')).toContain('(5 unchanged, 0 skipped)');
	});
});
