import {expect, test} from 'vitest';
import {selectCompanyRows} from '../../source/dataset/selectors/company-rows.js';
import {companyListJson, formatCompanyList} from '../../source/print/company-list.js';
import {displayWidth} from '../../source/text/width.js';
import {loadFixtureDataset} from '../fixtures/dataset.js';

const rows = selectCompanyRows(loadFixtureDataset(), ['kumo']);

test('lists id, name, ticker and article count, watched first and marked', () => {
	const lines = formatCompanyList(rows, {width: 100, colour: false}).trimEnd().split('\n');
	expect(lines[0]).toMatch(/^ {2}id +name +ticker +articles/);
	expect(lines.slice(1).map(line => line.split(/\s{2,}/).filter(Boolean))).toEqual([
		['★ kumo', 'Kumo Chips', 'クモ半導体', '-', '2'],
		['sora-cloud', 'Sora Cloud', 'ソラクラウド', 'SORA', '3', '▁▅█▆'],
		['umi', 'Umi Systems', 'ウミシステムズ', 'UMI', '2'],
	]);
});

test.each([20, 30, 45, 80])('every line fits in %i columns', width => {
	for (const line of formatCompanyList(rows, {width, colour: false}).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
});

test('the JSON list is versioned and has counts as numbers', () => {
	expect(companyListJson(rows)).toEqual({
		schema: 'brief.companies',
		version: 1,
		companies: [
			{id: 'kumo', name: 'Kumo Chips', ticker: null, japaneseName: 'クモ半導体', articleCount: 2, watched: true},
			{id: 'sora-cloud', name: 'Sora Cloud', ticker: 'SORA', japaneseName: 'ソラクラウド', articleCount: 3, watched: false},
			{id: 'umi', name: 'Umi Systems', ticker: 'UMI', japaneseName: 'ウミシステムズ', articleCount: 2, watched: false},
		],
	});
});
