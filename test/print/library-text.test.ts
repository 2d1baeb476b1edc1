import {expect, test} from 'vitest';
import {addSummaryLine, formatFeedList, formatUpdateReport, updateSummaryLine, type UpdateOutcome} from '../../source/print/library-text.js';
import {displayWidth} from '../../source/text/width.js';

const outcome: UpdateOutcome = {
	feeds: [
		{name: '日経クロステック', status: 'ok', error: null, items: 50, newArticles: 12, duplicates: 1, failedPages: [{url: 'https://x.example/a.pdf', error: 'not a web page (application/pdf)'}], waiting: 0},
		{name: 'itmedia', status: 'not-modified', error: null, items: 0, newArticles: 0, duplicates: 0, failedPages: [], waiting: 0},
		{name: 'evil\u001b[2Jfeed', status: 'failed', error: 'HTTP 500\u001b]0;title\u0007', items: 0, newArticles: 0, duplicates: 0, failedPages: [], waiting: 0},
	],
	dataset: {rebuilt: true, articles: 1234, extracted: 12, problems: []},
};

test('a script gets one line: counts, and each failing feed by name, sanitized', () => {
	expect(updateSummaryLine(outcome)).toBe('updated 3 feeds (1 not modified): 12 new articles, 1 copy of a story already in the library, 1 page failed, the library holds 1,234 articles; 1 feed failed: evilfeed (HTTP 500)');
	expect(
		addSummaryLine(
			[
				{source: 'a', outcome: 'new', error: null, articleId: 'a'},
				{source: 'b', outcome: 'duplicate', error: null, articleId: 'a'},
				{source: 'c', outcome: 'duplicate', error: null, articleId: 'a'},
			],
			3,
		),
	).toBe('added 1 article, 2 copies of stories already in the library, the library holds 3 articles');
});

test('a terminal gets a line per feed and per failed page, each within the width', () => {
	const report = formatUpdateReport(outcome, {width: 50, colour: false});
	expect(report.split('\n').slice(0, 4)).toEqual(['日経クロステック  50 items, 12 new, 1 copy', '  page failed: https://x.example/a.pdf: not a web…', 'itmedia           not modified', 'evilfeed          failed: HTTP 500']);
	for (const line of report.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(50);
});

test('the feed list fits the width in display columns, Japanese names included', () => {
	const list = formatFeedList(
		[
			{name: '日経クロステック', url: 'https://xtech.nikkei.com/rss/index.rdf', lastFetch: '2025-11-20T06:30:12.000Z', lastStatus: 'ok', lastError: null},
			{name: 'broken', url: 'https://broken.example/feed', lastFetch: null, lastStatus: 'failed', lastError: 'timed out after 30 s'},
		],
		{width: 72, colour: false},
	);
	const lines = list.trimEnd().split('\n');
	expect(lines).toHaveLength(3);
	expect(lines[1]).toBe('日経クロステック  https://xtech.nikkei.…  2025-11-20 06:30  ok');
	for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(72);
});

test('in Japanese: the summary line, the report and the feed list', () => {
	expect(updateSummaryLine(outcome, 'ja')).toBe('フィード3件を更新 (変更なし1件): 新しい記事12件、既にある記事と重複1件、ページ1件が失敗、ライブラリの記事は1,234件。フィード1件が失敗: evilfeed (HTTP 500)');
	const report = formatUpdateReport(outcome, {width: 80, colour: false, language: 'ja'});
	expect(report.split('\n').slice(0, 4)).toEqual([
		'日経クロステック  項目50件、新着12件、重複1件',
		'  ページ取得失敗: https://x.example/a.pdf: not a web page (application/pdf)',
		'itmedia           変更なし',
		'evilfeed          失敗: HTTP 500',
	]);
	expect(report).not.toMatch(/items|not modified|failed|the library/);
	const added = [
		{source: 'a', outcome: 'new', error: null, articleId: 'a'},
		{source: 'b', outcome: 'unchanged', error: null, articleId: 'b'},
		{source: 'c', outcome: 'failed', error: 'no such file or folder', articleId: null},
	] as const;
	expect(addSummaryLine(added, 3, 'ja')).toBe('記事1件を追加、変更なし1件、失敗1件、ライブラリの記事は3件');
	const list = formatFeedList([{name: 'broken', url: 'https://broken.example/feed', lastFetch: null, lastStatus: 'failed', lastError: 'timed out after 30 s'}], {width: 100, colour: false, language: 'ja'});
	expect(list.split('\n')).toEqual([expect.stringMatching(/^名前 +アドレス +最終取得 +状態$/), expect.stringMatching(/^broken +https:\/\/broken\.example\/feed +なし +失敗: timed out after 30 s$/), '']);
});
