import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {loadDataset} from '../../source/dataset/load.js';
import {libraryDatasetFile} from '../../source/library/location.js';
import {updateLibrary} from '../../source/library/update.js';
import {cached, startFixtureServer, standardRoutes, type FixtureServer} from './fixture-server.js';
import {generatedFeed, generatedPages} from './generated-pages.js';
import {follow, updateOptions, useDirectories, withDatabase} from './helpers.js';

const directories = useDirectories();
const root = join(import.meta.dirname, '..', '..');
let server: FixtureServer;

beforeEach(async () => {
	server = await startFixtureServer();
});

afterEach(async () => {
	await server.close();
});

/** Rows that would show a half-written article: an article without its address or bands, an address without its article. */
function brokenRows(directory: string) {
	return withDatabase(directory, database => ({
		integrity: database.pragma('integrity_check', {simple: true}),
		articlesWithoutAddress: database.prepare('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_urls u WHERE u.article_id = a.id)').get(),
		articlesWithoutBands: database.prepare('SELECT count(*) AS n FROM articles a WHERE (SELECT count(*) FROM article_bands b WHERE b.article_id = a.id) != 16').get(),
		addressesWithoutArticle: database.prepare('SELECT count(*) AS n FROM article_urls u WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = u.article_id)').get(),
	}));
}

const whole = {integrity: 'ok', articlesWithoutAddress: {n: 0}, articlesWithoutBands: {n: 0}, addressesWithoutArticle: {n: 0}};

test('a feed of 1,000 items: every item read, the newest pages fetched first, the rest left for the next updates', async () => {
	server.routes.set('/feeds/thousand.xml', cached(Buffer.from(generatedFeed(server.base, 1000)), 'application/rss+xml'));
	for (let index = 0; index < 1000; index++) server.routes.set(`/gen/${index}.html`, generatedPages);
	const directory = directories();
	follow(directory, [['thousand', `${server.base}/feeds/thousand.xml`]]);
	const first = await updateLibrary(updateOptions(directory, {pagesPerFeed: 25}));
	expect(first.feeds[0]).toMatchObject({status: 'ok', items: 1000, pages: 25, newArticles: 25, duplicates: 0, failedPages: [], waiting: 975});
	const fetched = server.requests
		.filter(request => request.path.startsWith('/gen/'))
		.map(request => Number(/\d+/.exec(request.path)![0]))
		.sort((a, b) => a - b);
	expect(fetched).toEqual(Array.from({length: 25}, (_, index) => index));
	// The feed is unchanged (304), and the next 25 come all the same.
	const second = await updateLibrary(updateOptions(directory, {pagesPerFeed: 25}));
	expect(second.feeds[0]).toMatchObject({status: 'not-modified', pages: 25, newArticles: 25, waiting: 950});
	expect(loadDataset(libraryDatasetFile(directory)).articles).toHaveLength(50);
});

test('two updates at once: the second waits for the first, and every story is stored once', async () => {
	const directory = directories();
	follow(directory, [
		['tech', `${server.base}/feeds/rss2.xml`],
		['keizai', `${server.base}/feeds/rss1.rdf`],
		['cloud', `${server.base}/feeds/atom.xml`],
	]);
	const waited = vi.fn();
	const lock = {intervalMs: 10, onWaiting: waited};
	const [first, second] = await Promise.all([updateLibrary(updateOptions(directory, {lock})), updateLibrary(updateOptions(directory, {lock}))]);
	expect(waited).toHaveBeenCalledTimes(1);
	const newArticles = [...first.feeds, ...second.feeds].reduce((sum, feed) => sum + feed.newArticles, 0);
	expect(newArticles).toBe(4);
	expect(brokenRows(directory)).toEqual(whole);
	withDatabase(directory, database => {
		expect(database.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({n: 4});
		expect(database.prepare('SELECT count(*) AS n FROM article_urls').get()).toEqual({n: 5});
	});
	expect(loadDataset(libraryDatasetFile(directory)).articles).toHaveLength(4);
});

test('an update killed mid-way leaves whole articles only, and the next update finishes the work', async () => {
	const directory = directories();
	follow(directory, [
		['tech', `${server.base}/feeds/rss2.xml`],
		['keizai', `${server.base}/feeds/rss1.rdf`],
		['cloud', `${server.base}/feeds/atom.xml`],
	]);
	const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'cli.tsx'), 'update', '--jobs', '1'], {cwd: root, env: {...process.env, BRIEF_DATA_DIR: directory, BRIEF_CONFIG_DIR: directory}, stdio: 'ignore'});
	const killed = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, signal) => resolve(signal)));
	// The third page asked for kills the update while the others are being read and stored.
	let pages = 0;
	for (const [path, handler] of standardRoutes().filter(([path]) => path.startsWith('/pages/') || path.startsWith('/portal/'))) {
		server.routes.set(path, (request, response, fixtureServer) => {
			if (++pages === 3) child.kill('SIGKILL');
			else handler(request, response, fixtureServer);
		});
	}

	expect(await killed).toBe('SIGKILL');
	expect(existsSync(libraryDatasetFile(directory))).toBe(false);
	expect(brokenRows(directory)).toEqual(whole);

	for (const [path, handler] of standardRoutes()) server.routes.set(path, handler);
	const rerun = await updateLibrary(updateOptions(directory));
	expect(rerun.dataset).toMatchObject({rebuilt: true, articles: 4});
	expect(brokenRows(directory)).toEqual(whole);
	withDatabase(directory, database => expect(database.prepare('SELECT count(*) AS n FROM article_urls').get()).toEqual({n: 5}));
	// Running brief from source in a child takes seconds on a busy machine: a limit only a hang reaches.
}, 90_000);

test('the same story at two addresses is one article with both; a portal copy with its own line is found on its text', async () => {
	const directory = directories();
	server.routes.set(
		'/feeds/copies.xml',
		cached(Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>c</title><item><title>a</title><link>${server.base}/pages/utf8.html</link></item></channel></rss>`), 'application/rss+xml'),
	);
	server.routes.set(
		'/feeds/mirror.xml',
		cached(
			Buffer.from(
				`<?xml version="1.0"?><rss version="2.0"><channel><title>m</title><item><title>b</title><link>${server.base}/mirror/nvidia.html</link></item><item><title>c</title><link>${server.base}/portal/nvidia.html</link></item></channel></rss>`,
			),
			'application/rss+xml',
		),
	);
	follow(directory, [['copies', `${server.base}/feeds/copies.xml`]]);
	await updateLibrary(updateOptions(directory));
	follow(directory, [['mirror', `${server.base}/feeds/mirror.xml`]]);
	const result = await updateLibrary(updateOptions(directory));
	expect(result.feeds.find(feed => feed.name === 'mirror')).toMatchObject({newArticles: 0, duplicates: 2});
	const {articles} = loadDataset(libraryDatasetFile(directory));
	expect(articles).toHaveLength(1);
	expect(articles[0]!.urls).toEqual([`${server.base}/pages/utf8.html`, `${server.base}/mirror/nvidia.html`, `${server.base}/portal/nvidia.html`]);
});
