import {describe, expect, test} from 'vitest';
import {fileURLToPath} from 'node:url';
import {loadDataset} from '../../../source/dataset/load.js';
import {filterCompanyRows, selectCompanyOrder, selectCompanyRows} from '../../../source/dataset/selectors/company-rows.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const dataset = loadFixtureDataset();

describe('selectCompanyRows', () => {
	test('orders by article count, then name', () => {
		expect(selectCompanyRows(dataset, []).map(row => [row.id, row.articleCount])).toEqual([
			['sora-cloud', 3],
			['kumo', 2],
			['umi', 2],
		]);
	});

	test('puts watched companies first and marks them', () => {
		const rows = selectCompanyRows(dataset, ['umi']);
		expect(rows.map(row => [row.id, row.watched])).toEqual([
			['umi', true],
			['sora-cloud', false],
			['kumo', false],
		]);
	});

	test('gives the share series for the sparkline, a value a period, or nothing without two periods', () => {
		const rows = selectCompanyRows(dataset, []);
		// The headline share: the research firm with the longest series of the newest period.
		expect(rows[0]!.sparkline).toEqual({label: 'Market share (テックリサーチ)', values: [25, 31, 36, 33]});
		// Kumo has growth but no share, and its growth is of one period: a number, not a trend.
		expect(rows[1]!.sparkline).toBeNull();
		expect(rows[2]!.sparkline).toBeNull();
		expect(rows[0]!.japaneseName).toBe('ソラクラウド');
	});
});

test('selectCompanyOrder is the order of the rows', () => {
	for (const watchlist of [[], ['umi'], ['kumo', 'umi']]) expect(selectCompanyOrder(dataset, watchlist)).toEqual(selectCompanyRows(dataset, watchlist).map(row => row.id));
});

describe('filterCompanyRows', () => {
	const rows = selectCompanyRows(dataset, []);
	test.each([
		['クモ', ['kumo']],
		['ｿﾗ', ['sora-cloud']],
		['ＵＭＩ', ['umi']],
		['sora ai', ['sora-cloud']],
		['chip', ['kumo']],
		['', ['sora-cloud', 'kumo', 'umi']],
		['nothing like it', []],
	])('%s', (query, ids) => {
		expect(filterCompanyRows(rows, query).map(row => row.id)).toEqual(ids);
	});
});

describe('filterCompanyRows ranks a company going by the query first', () => {
	const bundled = loadDataset(fileURLToPath(new URL('../../../data/briefing.json', import.meta.url)));
	const rows = selectCompanyRows(bundled, []);
	test.each([
		// Microsoft comes before OpenAI in the list; OpenAI is named "openai", Microsoft only contains it nowhere.
		['openai', 'openai'],
		// AWS is Amazon's segment: an exact name.
		['aws', 'amazon'],
		['msft', 'microsoft'],
		['グーグル', 'google'],
	])('%s', (query, first) => {
		expect(filterCompanyRows(rows, query)[0]?.id).toBe(first);
	});

	test('an exact name beats a name that starts with the query, which beats one that contains it', () => {
		const made = (id: string, names: string[]) => ({...rows[0]!, id, filterText: names.join('\n')});
		const ranked = filterCompanyRows([made('contains', ['xmeta']), made('starts', ['metaverse']), made('exact', ['meta'])], 'meta');
		expect(ranked.map(row => row.id)).toEqual(['exact', 'starts', 'contains']);
	});
});
