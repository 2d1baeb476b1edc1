import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {startFixtureServer, type FixtureServer} from '../library/fixture-server.js';
import {bundledDataset, runCli, useTemporaryDirectories} from './run-cli.js';

// Each test runs brief from source several times (~1-4 s a run on a busy 2-core machine): a generous
// limit, which only a hang would reach.
const spawning = 90_000;

const temporaryDirectory = useTemporaryDirectories();
let server: FixtureServer;

beforeEach(async () => {
	server = await startFixtureServer();
});

afterEach(async () => {
	await server.close();
});

function inLibrary(directory: string) {
	const env = {BRIEF_DATA_DIR: join(directory, 'library'), BRIEF_CONFIG_DIR: directory};
	return async (...args: string[]) => runCli(args, {env});
}

test(
	'brief reads the bundled dataset until an update fills the library, then the library; --data still wins',
	async () => {
		const directory = temporaryDirectory();
		const brief = inLibrary(directory);
		const bundledList = (await brief('list')).stdout;
		await brief('feed', 'add', `${server.base}/feeds/rss2.xml`, '--name', 'tech');
		await brief('feed', 'add', `${server.base}/feeds/atom.xml`, '--name', 'cloud');
		// A feed alone changes nothing: no network until `brief update`.
		expect((await brief('list')).stdout).toBe(bundledList);
		const update = await brief('update', '--jobs', '1');
		expect(update).toEqual({code: 0, stdout: '', stderr: 'updated 2 feeds: 3 new articles, 1 copy of a story already in the library, 1 page failed, the library holds 3 articles\n'});
		const list = await brief('list');
		expect(list.stdout).toContain('nvidia');
		expect(list.stdout).not.toBe(bundledList);
		const nvidia = await brief('nvidia', '--plain', '--width', '100');
		expect(nvidia.stdout).toMatch(/2025-11-20 エヌビディア、8〜10月期の売上高が過去最高に(?:（共同）)? ×2\n/);
		expect(JSON.parse((await brief('nvidia', '--json')).stdout).companies[0].articles[0].urls).toHaveLength(2);
		expect((await brief('list', '--data', bundledDataset)).stdout).toBe(bundledList);
		// Nothing new: every feed answers 304, and --json gives a result per feed.
		const again = await brief('update', '--json', '--jobs', '1');
		expect(again.code).toBe(0);
		expect(JSON.parse(again.stdout)).toMatchObject({
			schema: 'brief.update',
			version: 1,
			feeds: [
				{name: 'cloud', status: 'not-modified', newArticles: 0},
				{name: 'tech', status: 'not-modified', failedPages: [{url: `${server.base}/files/results.pdf`, error: 'not a web page (application/pdf)'}]},
			],
			dataset: {rebuilt: false, articles: 3},
		});
		// The summary in the reader's language.
		const japanese = await brief('update', '--jobs', '1', '--lang', 'ja');
		expect(japanese).toMatchObject({code: 0, stdout: ''});
		expect(japanese.stderr).toMatch(/^フィード2件を更新 \(変更なし2件\): 新しい記事0件、[^\n]*ライブラリの記事は3件\n$/);
	},
	spawning,
);

test(
	'a failing feed makes the update exit 2, naming it on the summary line',
	async () => {
		const brief = inLibrary(temporaryDirectory());
		await brief('feed', 'add', `${server.base}/feeds/rss1.rdf`, '--name', 'keizai');
		await brief('feed', 'add', `${server.base}/feeds/broken.xml`, '--name', 'broken');
		const update = await brief('update', '--jobs', '1');
		expect(update.code).toBe(2);
		expect(update.stderr).toMatch(/^updated 2 feeds: 1 new article, the library holds 1 article; 1 feed failed: broken \(broken feed: .+\)\n$/);
		expect(await brief('update', 'now')).toMatchObject({code: 1, stderr: "brief: update takes no arguments, got 'now' (to add a page: brief add <url>)\n"});
	},
	spawning,
);

test(
	'brief add takes pages, clipped files and folders, and names what it cannot add',
	async () => {
		const directory = temporaryDirectory();
		const brief = inLibrary(directory);
		const clips = join(directory, 'clips');
		mkdirSync(clips);
		writeFileSync(join(clips, 'aws.md'), '---\ntitle: アマゾン、AWSの売上高が20%増\ndate: 2025-10-31\n---\n\n米アマゾン・ドット・コムが30日発表した2025年7〜9月期決算で、クラウド部門AWSの売上高は前年同期比20%増の330億ドルだった。\n');
		writeFileSync(join(directory, 'empty.md'), '');
		expect(await brief('add', 'ftp://files.example/a')).toMatchObject({code: 1, stderr: expect.stringContaining('only http and https addresses are fetched, not ftp:')});
		const added = await brief('add', `${server.base}/pages/shift_jis.html`, clips, join(directory, 'empty.md'), join(directory, 'missing.md'), `${server.base}/files/results.pdf`, '--jobs', '1');
		expect(added.code).toBe(2);
		expect(added.stderr.split('\n')).toEqual(
			expect.arrayContaining([
				'added 2 articles, 3 failed, the library holds 2 articles',
				// Paths as the extractor shows them: relative to the working directory.
				expect.stringMatching(/^brief: cannot add \S*empty\.md: empty$/),
				`brief: cannot add ${join(directory, 'missing.md')}: no such file or folder`,
				`brief: cannot add ${server.base}/files/results.pdf: not a web page (application/pdf)`,
			]),
		);
		expect(added.stderr.split('\n')).toHaveLength(5);
		const list = await brief('list');
		expect(list.stdout).toMatch(/amazon .* 1/);
		expect(list.stdout).toMatch(/microsoft .* 1/);
		// The same page again: nothing new.
		expect(await brief('add', `${server.base}/pages/shift_jis.html`, '--jobs', '1')).toEqual({code: 0, stdout: '', stderr: 'added 0 articles, 1 unchanged, the library holds 2 articles\n'});
	},
	spawning,
);
