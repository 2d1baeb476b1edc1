import {expect, test} from 'vitest';
import {newArticleIds, runBackgroundUpdate} from '../../source/commands/background-update.js';

test('the background update resolves with the last line the child wrote on stderr, sanitized', async () => {
	const script = "process.stderr.write('waiting for the update running in process 1 (since 10:00:00 UTC)\\n'); process.stderr.write('updated 1 feed: 2 new articles\\u001b[31m, the library holds 2 articles\\n'); process.exitCode = 2";
	expect(await runBackgroundUpdate({command: [process.execPath, '-e', script], env: process.env, language: 'en'})).toEqual({code: 2, summary: 'updated 1 feed: 2 new articles, the library holds 2 articles', newArticles: []});
	expect(await runBackgroundUpdate({command: [process.execPath, '-e', 'process.exit(3)'], env: process.env, language: 'en'})).toEqual({code: 3, summary: 'the update ended with code 3', newArticles: []});
	expect((await runBackgroundUpdate({command: ['/nonexistent/brief'], env: process.env, language: 'en'})).summary).toMatch(/^could not start the update \(/);
});

test('the new articles are read from the JSON of brief update; anything else gives none', async () => {
	const json = JSON.stringify({schema: 'brief.update', version: 1, feeds: [{name: 'a', newArticleIds: ['x1', 'x2']}, {name: 'b', newArticleIds: ['x3', 4]}, {name: 'c'}]});
	expect(newArticleIds(json)).toEqual(['x1', 'x2', 'x3']);
	expect(newArticleIds('{"feeds": [')).toEqual([]);
	expect(newArticleIds('[1, 2]')).toEqual([]);
	const script = `process.stdout.write(${JSON.stringify(json)}); process.stderr.write('updated 3 feeds: 3 new articles\\n')`;
	expect(await runBackgroundUpdate({command: [process.execPath, '-e', script], env: process.env, language: 'en'})).toEqual({code: 0, summary: 'updated 3 feeds: 3 new articles', newArticles: ['x1', 'x2', 'x3']});
});

test("the child's notice of waiting is passed over in either language; what is said of the child comes in the TUI's", async () => {
	const waiting = ['waiting for the update running in process 1 (since 10:00:00 UTC)', 'プロセス 1 で実行中の更新 (10:00:00 UTC から) を待っています'];
	const script = `process.stderr.write(${JSON.stringify(`${waiting.join('\n')}\n`)}); process.exitCode = 3`;
	expect(await runBackgroundUpdate({command: [process.execPath, '-e', script], env: process.env, language: 'ja'})).toEqual({code: 3, summary: '更新は終了コード 3 で終わりました', newArticles: []});
	expect((await runBackgroundUpdate({command: ['/nonexistent/brief'], env: process.env, language: 'ja'})).summary).toMatch(/^更新を始められませんでした \(/);
	const summary = 'フィード1件を更新: 新しい記事2件、ライブラリの記事は2件';
	expect((await runBackgroundUpdate({command: [process.execPath, '-e', `process.stderr.write(${JSON.stringify(`${waiting[1]}\n${summary}\n`)})`], env: process.env, language: 'ja'})).summary).toBe(summary);
});
