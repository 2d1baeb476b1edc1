import {expect, test} from 'vitest';
import {selectDigest} from '../../source/dataset/selectors/digest.js';
import {formatDigestJson, formatDigestNdjson, formatDigestText} from '../../source/print/digest-output.js';
import {displayWidth} from '../../source/text/width.js';
import {loadFixtureDataset} from '../fixtures/dataset.js';

const dataset = loadFixtureDataset();
const nothingSeen = {articles: [], events: [], figures: []};
const digest = selectDigest(dataset, ['sora-cloud', 'kumo'], nothingSeen, ['kumo']);

test('lists per company the new figures, events and articles, within the width', () => {
	const text = formatDigestText(digest, ['Sora Cloud', 'Kumo Chips'], {width: 44, colour: false});
	// Figures newest first by period, outlooks marked; events with their kind and title.
	expect(text).toMatch(/^Sora Cloud \(SORA\) ソラクラウド\n {2}15 new figures\n {4}Investment — \$5B \(~¥750B\) with Umi\n {6}Systems · 2025\.\.2030/);
	expect(text).toContain('\n    Operating income — ~¥90B (outlook) ·\n');
	expect(text).toContain('\n  3 new events\n    2025-09-11 決算 Sora Cloud 4〜6月期\n      from ソラクラウドの決算速報\n        (2025-09-15)\n');
	expect(text).toContain('Kumo Chips ★ クモ半導体');
	// One blank line between companies, none elsewhere, and the text ends with one newline.
	expect(text.match(/\n\n/g)).toHaveLength(1);
	expect(text).toMatch(/[^\n]\n\nKumo Chips ★/);
	expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
	expect(text.split('\n').filter(line => displayWidth(line) > 44)).toEqual([]);
	expect(text).not.toContain('\u001B');
});

test('in Japanese: sections, kinds, amounts and dates as a Japanese reader writes them, within the width', () => {
	const text = formatDigestText(digest, ['Sora Cloud', 'Kumo Chips'], {width: 44, colour: false, language: 'ja'});
	expect(text).toMatch(/^Sora Cloud \(SORA\) ソラクラウド\n {2}新しい数値 15件\n {4}投資 — 50億ドル \(約7,500億円\) Umi\n/);
	expect(text).toContain('\n  新しい出来事 3件\n    2025年9月11日 決算 Sora Cloud 4〜6月期\n');
	expect(text).not.toMatch(/\b(?:new|figures?|events?|from|outlook|undated)\b/);
	expect(text.split('\n').filter(line => displayWidth(line) > 44)).toEqual([]);
	expect(formatDigestText(selectDigest(dataset, ['kumo'], digest.shown), ['Kumo Chips'], {width: 80, colour: false, language: 'ja'})).toBe('Kumo Chips に前回のダイジェスト以降の新着はありません\n');
});

test('says nothing new, naming the companies, when there is nothing', () => {
	const empty = selectDigest(dataset, ['kumo'], digest.shown);
	expect(formatDigestText(empty, ['Kumo Chips'], {width: 80, colour: false})).toBe('nothing new for Kumo Chips since the last digest\n');
	expect(JSON.parse(formatDigestJson(empty))).toEqual({schema: 'brief.digest', version: 2, nothingNew: true, companies: []});
	expect(formatDigestNdjson(empty)).toBe('{"type":"meta","schema":"brief.digest","version":2,"nothingNew":true}\n');
});

test('NDJSON has one record per new item, each naming its company', () => {
	const records = formatDigestNdjson(digest)
		.trimEnd()
		.split('\n')
		.map(line => JSON.parse(line) as {type: string; company?: string});
	const items = digest.companies.reduce((sum, company) => sum + company.figures.length + company.events.length + company.articles.length, 0);
	expect(records).toHaveLength(1 + items);
	expect(records.slice(1).every(record => record.company === 'sora-cloud' || record.company === 'kumo')).toBe(true);
});
