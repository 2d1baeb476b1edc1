import {cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test, vi} from 'vitest';
import {collectGarbage} from '../../source/dataset/collect-garbage.js';
import {runExtract} from '../../source/commands/extract.js';
import type {Io} from '../../source/commands/io.js';
import {DatasetError, loadDataset} from '../../source/dataset/load.js';
import {selectCompanyBriefing, selectDigest, seriesKinds} from '../../source/dataset/selectors/index.js';
import {hasFreshIndex, openStore, storeFolder, wholeStore} from '../../source/dataset/store.js';

// Counted, not run: a full collection per shard would only slow the tests.
vi.mock('../../source/dataset/collect-garbage.js', () => ({collectGarbage: vi.fn()}));

const root = join(import.meta.dirname, '..', '..');

function io(cwd: string) {
	const err: string[] = [];
	const value: Io = {out() {}, err: text => err.push(text), stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, columns: undefined, rows: undefined, env: {}, cwd};
	return {io: value, err};
}

/** Seeds and the other fixtures extracted into a temporary folder, with their index. */
async function extracted() {
	const folder = mkdtempSync(join(tmpdir(), 'brief-store-'));
	cpSync(join(root, 'data', 'articles'), join(folder, 'articles'), {recursive: true});
	cpSync(join(root, 'test', 'fixtures', 'articles'), join(folder, 'articles', 'more'), {recursive: true});
	const {io: fake, err} = io(folder);
	expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, fake)).toBe(0);
	return {folder, file: join(folder, 'briefing.json'), err};
}

describe('the indexed store', () => {
	test('reads one company at a time and gives exactly the briefings of the whole dataset', async () => {
		const {file} = await extracted();
		const whole = wholeStore(loadDataset(file), file);
		const indexed = openStore(file);
		expect(indexed.datasetFor(['amazon']).articles.length).toBeLessThan(whole.directory.articles.length);
		expect(indexed.rows(['google'])).toEqual(whole.rows(['google']));
		expect(indexed.order(['google'])).toEqual(whole.rows(['google']).map(row => row.id));
		expect(whole.order(['google', 'amazon'])).toEqual(whole.rows(['google', 'amazon']).map(row => row.id));
		expect(whole.order([])).toEqual(whole.rows([]).map(row => row.id));
		expect(indexed.directory.companies).toEqual(whole.directory.companies);
		for (const company of whole.directory.companies) {
			expect(selectCompanyBriefing(indexed.datasetFor([company.id]), company.id, ['amazon'])).toEqual(selectCompanyBriefing(whole.datasetFor([company.id]), company.id, ['amazon']));
		}

		const seen = {articles: [], events: [], figures: []};
		expect(selectDigest(indexed.datasetFor(['amazon', 'nvidia']), ['amazon', 'nvidia'], seen)).toEqual(selectDigest(whole.datasetFor([]), ['amazon', 'nvidia'], seen));
	});

	test('an index older than its dataset is ignored, not trusted', async () => {
		const {file} = await extracted();
		const dataset = JSON.parse(readFileSync(file, 'utf8')) as {articles: Array<{title: string}>};
		dataset.articles[0]!.title = '手で直したタイトル';
		writeFileSync(file, JSON.stringify(dataset));
		const store = openStore(file);
		expect(store.datasetFor(['amazon']).articles.some(article => article.title === '手で直したタイトル')).toBe(true);
	});

	test('shards hold their records in the order the briefing shows them', async () => {
		const {file} = await extracted();
		const shard = openStore(file).datasetFor(['amazon']);
		const briefing = selectCompanyBriefing(shard, 'amazon')!;
		const named = shard.articles.filter(article => article.companies.includes('amazon'));
		expect(named.map(article => article.id)).toEqual(briefing.articles.map(article => article.articleId));
		expect(shard.events.map(event => event.id)).toEqual(briefing.timeline.map(entry => entry.eventId));
		const pointIds = shard.metrics.filter(metric => seriesKinds.includes(metric.kind)).map(metric => metric.id);
		expect([...pointIds].sort()).toEqual(briefing.series.flatMap(series => series.points.map(point => point.metricId)).sort());
		for (const series of briefing.series) {
			const ids = series.points.map(point => point.metricId);
			expect(pointIds.filter(id => ids.includes(id))).toEqual(ids);
		}
	});

	test('an index of an older format is ignored, and extract rebuilds it though nothing else changed', async () => {
		const {folder, file} = await extracted();
		const indexFile = join(storeFolder(file), 'index.json');
		const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {version: number};
		writeFileSync(indexFile, JSON.stringify({...index, version: 1}));
		expect(hasFreshIndex(file)).toBe(false);
		const whole = wholeStore(loadDataset(file), file);
		expect(selectCompanyBriefing(openStore(file).datasetFor(['amazon']), 'amazon')).toEqual(selectCompanyBriefing(whole.directory, 'amazon'));
		const again = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, again.io)).toBe(0);
		expect(again.err.join('')).not.toContain('nothing changed');
		expect(hasFreshIndex(file)).toBe(true);
	});

	test('a shard read in parts is the one datasetFor gives, and is not read again', async () => {
		const {file} = await extracted();
		const store = openStore(file);
		const parts = store.readInParts('amazon');
		let steps = 0;
		while (!parts.next().done) steps++;
		expect(steps).toBeGreaterThan(1);
		const shards = join(storeFolder(file), 'companies');
		const amazon = readdirSync(shards).find(name => name.endsWith('-amazon.json'))!;
		// Damaged after it was read: datasetFor must use what was read, not read it again.
		writeFileSync(join(shards, amazon), 'not json');
		expect(selectCompanyBriefing(store.datasetFor(['amazon']), 'amazon')).toEqual(selectCompanyBriefing(wholeStore(loadDataset(file), file).directory, 'amazon'));
		// A damaged shard read in parts fails as datasetFor does, naming the file.
		expect(() => [...openStore(file).readInParts('amazon')]).toThrow(amazon);
	});

	test('collects garbage between shards once enough of them were read, and never unless asked', async () => {
		const {file} = await extracted();
		const collected = vi.mocked(collectGarbage);
		collected.mockClear();
		const ids = ['amazon', 'google', 'microsoft', 'nvidia'];
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

	test('a damaged shard is one error naming it', async () => {
		const {file} = await extracted();
		const shards = join(storeFolder(file), 'companies');
		const amazon = readdirSync(shards).find(name => name.endsWith('-amazon.json'))!;
		writeFileSync(join(shards, amazon), '{"version": 1, "companies": [');
		expect(() => openStore(file).datasetFor(['amazon'])).toThrow(DatasetError);
		expect(() => openStore(file).datasetFor(['amazon'])).toThrow(amazon);
	});
});

describe('re-running extract on the command line', () => {
	test('nothing changed: nothing is rebuilt; a changed output or article is rebuilt', async () => {
		const {folder, file} = await extracted();
		const before = readFileSync(file, 'utf8');
		const again = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, again.io)).toBe(0);
		expect(again.err.join('')).toContain('nothing changed in 11 files');

		writeFileSync(file, '{}');
		const repaired = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, repaired.io)).toBe(0);
		expect(repaired.err.join('')).toContain('(11 unchanged, 0 skipped)');
		expect(readFileSync(file, 'utf8')).toBe(before);

		const article = join(folder, 'articles', '000_c8e6c998ee4e504b.txt');
		utimesSync(article, new Date(), new Date(Date.now() + 5000));
		const touched = io(folder);
		expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, touched.io)).toBe(0);
		expect(touched.err.join('')).toContain('(11 unchanged, 0 skipped)');
	});
});
