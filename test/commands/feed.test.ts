import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {runFeed} from '../../source/commands/feed.js';
import type {Io, UserError} from '../../source/commands/io.js';
import {noConfig} from '../hostile/hostile-text.js';

const made: string[] = [];
afterEach(() => {
	for (const directory of made.splice(0)) rmSync(directory, {recursive: true, force: true});
});

function library(lang?: string) {
	const directory = mkdtempSync(join(tmpdir(), 'brief-feed-'));
	made.push(directory);
	const out: string[] = [];
	const err: string[] = [];
	const io: Io = {out: text => out.push(text), err: text => err.push(text), stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, columns: undefined, rows: undefined, env: {...noConfig, BRIEF_DATA_DIR: directory}, cwd: directory};
	const feed = async (...args: string[]) => {
		out.length = 0;
		err.length = 0;
		const [last] = args.slice(-1);
		const named = args.indexOf('--name');
		const json = last === '--json';
		const positional = args.filter((arg, index) => arg !== '--json' && (named < 0 || (index !== named && index !== named + 1)));
		const code = await runFeed({arguments: positional, flags: {name: named >= 0 ? args[named + 1] : undefined, json, width: '70', lang}}, io);
		return {code, stdout: out.join(''), stderr: err.join('')};
	};

	return feed;
}

test('feeds are added (named by their host unless given a name), listed by name, and removed by name or address', async () => {
	const feed = library();
	expect(await feed('list')).toEqual({code: 0, stdout: '', stderr: 'no feeds yet: brief feed add <url>\n'});
	expect(await feed('add', 'https://www.itmedia.co.jp/rss/news.xml')).toEqual({code: 0, stdout: '', stderr: 'following itmedia.co.jp (https://www.itmedia.co.jp/rss/news.xml); `brief update` fetches it\n'});
	expect((await feed('add', 'https://www.itmedia.co.jp/rss/ai.xml')).stderr).toMatch(/^following itmedia\.co\.jp-2 /);
	expect((await feed('add', 'https://news.example/atom', '--name', '日経クロステック')).stderr).toMatch(/^following 日経クロステック /);
	const listed = await feed('list');
	expect(listed.stdout.split('\n').map(line => line.split(/\s+/)[0])).toEqual(['name', 'itmedia.co.jp', 'itmedia.co.jp-2', '日経クロステック', '']);
	for (const line of listed.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(70);
	expect(JSON.parse((await feed('list', '--json')).stdout)).toEqual({
		schema: 'brief.feeds',
		version: 1,
		feeds: [
			{name: 'itmedia.co.jp', url: 'https://www.itmedia.co.jp/rss/news.xml', lastFetch: null, lastStatus: null, lastError: null},
			{name: 'itmedia.co.jp-2', url: 'https://www.itmedia.co.jp/rss/ai.xml', lastFetch: null, lastStatus: null, lastError: null},
			{name: '日経クロステック', url: 'https://news.example/atom', lastFetch: null, lastStatus: null, lastError: null},
		],
	});
	expect(await feed('rm', 'https://www.itmedia.co.jp/rss/ai.xml')).toEqual({code: 0, stdout: '', stderr: 'stopped following itmedia.co.jp-2; its articles stay in the library\n'});
	expect(await feed('rm', '日経クロステック')).toMatchObject({code: 0});
});

test('mistakes are one line: the same address twice, a name taken, an address brief does not fetch, an unknown feed', async () => {
	const feed = library();
	await feed('add', 'https://news.example/rss', '--name', 'news');
	await expect(feed('add', 'https://news.example/rss')).rejects.toThrow("already following https://news.example/rss as 'news'");
	await expect(feed('add', 'https://other.example/rss', '--name', 'news')).rejects.toThrow("a feed is already named 'news'");
	await expect(feed('add', 'ftp://files.example/feed')).rejects.toThrow('only http and https addresses are fetched, not ftp:');
	await expect(feed('add', 'news.example/rss')).rejects.toThrow("not a web address: 'news.example/rss'");
	await expect(feed('add')).rejects.toThrow('feed add takes one address');
	await expect(feed('rm', 'nothing')).rejects.toThrow("no feed named or at 'nothing' (feeds: news)");
	await expect(feed('frobnicate')).rejects.toThrow("unknown feed action 'frobnicate'");
	await expect(feed()).rejects.toThrow('feed needs add, list or rm');
});

test('a library that cannot be opened, or is not a library, is one line and exit 2', async () => {
	const {writeFileSync} = await import('node:fs');
	const directory = mkdtempSync(join(tmpdir(), 'brief-feed-'));
	made.push(directory);
	const io = (dataDirectory: string): Io => ({
		out: () => true,
		err: () => undefined,
		stdoutIsTTY: false,
		stderrIsTTY: false,
		stdinIsTTY: false,
		columns: undefined,
		rows: undefined,
		env: {...noConfig, BRIEF_DATA_DIR: dataDirectory},
		cwd: directory,
	});
	writeFileSync(join(directory, 'a-file'), 'not a folder');
	await expect(runFeed({arguments: ['list'], flags: {}}, io(join(directory, 'a-file')))).rejects.toMatchObject({exitCode: 2, message: expect.stringMatching(/^cannot open the library .*library\.db: a part of its path is a file$/)});
	const notLibrary = join(directory, 'other');
	const {mkdirSync} = await import('node:fs');
	mkdirSync(notLibrary);
	writeFileSync(join(notLibrary, 'library.db'), 'plain text, not SQLite '.repeat(100));
	await expect(runFeed({arguments: ['list'], flags: {}}, io(notLibrary))).rejects.toMatchObject({exitCode: 2, message: expect.stringMatching(/not a brief library \(not an SQLite database\)$/)});
	await expect(runFeed({arguments: ['list'], flags: {}}, io(notLibrary))).rejects.toMatchObject({texts: {ja: `ライブラリ ${join(notLibrary, 'library.db')} を使えません: brief のライブラリではありません (SQLite のデータベースではない)`}});
});

test('in Japanese: what feed says and lists, and its refusals', async () => {
	const feed = library('ja');
	expect(await feed('list')).toEqual({code: 0, stdout: '', stderr: 'フィードはまだありません。追加: brief feed add <URL>\n'});
	expect((await feed('add', 'https://news.example/rss', '--name', 'news')).stderr).toBe('news (https://news.example/rss) を購読します。`brief update` で取得します\n');
	expect((await feed('list')).stdout.split('\n')[0]).toMatch(/^名前 +アドレス +最終取得 +状態$/);
	expect((await feed('list')).stdout.split('\n')[1]).toMatch(/^news +https:\/\/news\.example\/rss +なし +未取得$/);
	const refused = (...args: string[]) =>
		feed(...args).then(
			() => undefined,
			(error: UserError) => error.messageIn('ja'),
		);
	expect(await refused('add', 'https://news.example/rss')).toBe("https://news.example/rss は 'news' としてすでに購読しています");
	expect(await refused('add', 'https://other.example/rss', '--name', 'news')).toBe("'news' という名前のフィードはすでにあります");
	expect(await refused('add', 'ftp://files.example/feed')).toBe('取得するのは http と https のアドレスだけです (ftp: は取得しません) (brief feed add <URL> [--name 名前] | brief feed list | brief feed rm <名前|URL>)');
	expect(await refused('rm', 'nothing')).toBe("'nothing' という名前やアドレスのフィードはありません (フィード: news)");
	expect(await refused('frobnicate')).toMatch(/^feed に 'frobnicate' という操作はありません \(/);
	expect((await feed('rm', 'news')).stderr).toBe('news の購読をやめました。その記事はライブラリに残ります\n');
});
