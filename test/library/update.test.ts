import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {loadDataset} from '../../source/dataset/load.js';
import {libraryDatasetFile} from '../../source/library/location.js';
import {updateLibrary} from '../../source/library/update.js';
import {startFixtureServer, type FixtureServer} from './fixture-server.js';
import {follow, testFetcher, updateOptions, useDirectories, withDatabase} from './helpers.js';

const directories = useDirectories();
let server: FixtureServer;

beforeEach(async () => {
	server = await startFixtureServer();
});

afterEach(async () => {
	await server.close();
});

test('RSS 2.0, RSS 1.0 and Atom feeds bring their pages in UTF-8, Shift_JIS, EUC-JP and ISO-2022-JP into the dataset', async () => {
	const directory = directories();
	follow(directory, [
		['tech', `${server.base}/feeds/rss2.xml`],
		['keizai', `${server.base}/feeds/rss1.rdf`],
		['cloud', `${server.base}/feeds/atom.xml`],
	]);
	const result = await updateLibrary(updateOptions(directory));
	const byName = Object.fromEntries(result.feeds.map(feed => [feed.name, feed]));
	expect(byName['tech']).toMatchObject({status: 'ok', items: 3, pages: 3, failedPages: [{url: `${server.base}/files/results.pdf`, error: 'not a web page (application/pdf)'}]});
	expect(byName['keizai']).toMatchObject({status: 'ok', items: 1, newArticles: 1, failedPages: []});
	expect(byName['cloud']).toMatchObject({status: 'ok', items: 2, pages: 2, failedPages: []});
	// The portal's copy of the NVIDIA story is one article with the page tech brought (whichever came first).
	expect(result.feeds.reduce((sum, feed) => sum + feed.newArticles, 0)).toBe(4);
	expect(result.feeds.reduce((sum, feed) => sum + feed.duplicates, 0)).toBe(1);
	expect(result.dataset).toMatchObject({rebuilt: true, articles: 4, extracted: 4, problems: []});

	const dataset = loadDataset(libraryDatasetFile(directory));
	// Each feed names the articles it brought, by the ids the dataset gives them.
	expect(result.feeds.flatMap(feed => feed.newArticleIds).sort()).toEqual(dataset.articles.map(article => article.id).sort());
	const titles = dataset.articles.map(article => article.title).sort();
	expect(titles).toEqual(['アマゾン、AWSの売上高が20%増', expect.stringMatching(/^エヌビディア、8〜10月期の売上高が過去最高に/), 'ソフトバンクグループ、オープンAIに追加出資', 'マイクロソフト、クラウド「Azure」が40%増収']);
	const nvidia = dataset.articles.find(article => article.title.startsWith('エヌビディア'))!;
	expect(nvidia).toMatchObject({published: '2025-11-20', source: expect.stringMatching(/^(?:テック|ポータル)ニュース$/)});
	expect([...nvidia.urls!].sort()).toEqual([`${server.base}/pages/utf8.html`, `${server.base}/portal/nvidia.html`]);
	expect(dataset.companies.map(company => company.id)).toEqual(expect.arrayContaining(['nvidia', 'microsoft', 'softbank', 'openai', 'amazon']));
	expect(dataset.figures.some(figure => figure.company === 'nvidia' && figure.kind === 'revenue' && figure.value === 57_000_000_000)).toBe(true);
	// The reader's file: Markdown with the front matter the extractor reads, the page's chrome left out.
	const azure = dataset.articles.find(article => article.title.startsWith('マイクロソフト'))!;
	const file = readFileSync(join(directory, azure.file), 'utf8');
	expect(file).toMatch(/^---\ntitle: マイクロソフト、クラウド「Azure」が40%増収\ndate: '2025-10-30T07:00:00\+09:00'\nauthor: テックニュース\nsite: テックニュース\nurl: 'http:\/\/127\.0\.0\.1:\d+\/pages\/shift_jis\.html'\n/);
	// Shift_JIS's 0x8160 is read as Windows does, a full-width tilde (U+FF5E): browsers do the same.
	expect(file).toContain('米マイクロソフトが29日発表した2025年7～9月期決算で');
	expect(file).not.toContain('カテゴリ3');
	expect(file).not.toContain('ランキング');
});

test('a second update costs a 304 per feed and rebuilds nothing', async () => {
	const directory = directories();
	follow(directory, [
		['tech', `${server.base}/feeds/rss2.xml`],
		['cloud', `${server.base}/feeds/atom.xml`],
	]);
	await updateLibrary(updateOptions(directory));
	const datasetBefore = readFileSync(libraryDatasetFile(directory), 'utf8');
	server.requests.length = 0;
	const second = await updateLibrary(updateOptions(directory));
	expect(second.feeds.map(feed => [feed.name, feed.status, feed.newArticles])).toEqual([
		['cloud', 'not-modified', 0],
		['tech', 'not-modified', 0],
	]);
	expect(second.dataset.rebuilt).toBe(false);
	// The PDF failed once and is tried again; nothing else is fetched.
	expect(server.requests.map(request => request.path).sort()).toEqual(['/feeds/atom.xml', '/feeds/rss2.xml', '/files/results.pdf']);
	expect(server.requests.find(request => request.path === '/feeds/rss2.xml')!.headers).toMatchObject({
		'if-none-match': expect.stringMatching(/^"[\da-f]+"$/),
		'if-modified-since': 'Wed, 19 Nov 2025 21:30:00 GMT',
		'user-agent': 'brief/test',
	});
	expect(readFileSync(libraryDatasetFile(directory), 'utf8')).toBe(datasetBefore);
});

test('a 500, a timeout, a redirect loop, an oversized body, a gzip bomb and broken XML are each reported by name while the rest goes through', async () => {
	const directory = directories();
	follow(directory, [
		['tech', `${server.base}/feeds/rss2.xml`],
		['error', `${server.base}/fail/500`],
		['slow', `${server.base}/fail/slow`],
		['loop', `${server.base}/fail/loop-a`],
		['huge', `${server.base}/fail/huge`],
		['bomb', `${server.base}/fail/bomb`],
		['broken', `${server.base}/feeds/broken.xml`],
	]);
	// A short total limit, so the test does not wait 30 s for the feed that never answers.
	const result = await updateLibrary(updateOptions(directory, {fetcher: testFetcher({totalTimeoutMs: 2000})}));
	const errors = Object.fromEntries(result.feeds.map(feed => [feed.name, feed.error]));
	expect(errors).toEqual({
		tech: null,
		error: 'HTTP 500 Internal Server Error',
		slow: 'timed out after 2 s',
		loop: `redirect loop (back to ${server.base}/fail/loop-a)`,
		huge: 'over 5 MB',
		bomb: 'over 5 MB once decompressed',
		broken: expect.stringMatching(/^broken feed: /),
	});
	expect(result.feeds.find(feed => feed.name === 'tech')).toMatchObject({status: 'ok', newArticles: 2});
	expect(result.dataset.articles).toBe(2);
	// What failed is kept, to be tried on the next update.
	withDatabase(directory, database => {
		expect(database.prepare("SELECT name, last_status, last_error FROM feeds WHERE name = 'error'").get()).toEqual({name: 'error', last_status: 'failed', last_error: 'HTTP 500 Internal Server Error'});
	});
});
