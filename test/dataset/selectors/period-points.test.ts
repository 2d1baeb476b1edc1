import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {loadDataset} from '../../../source/dataset/load.js';
import {isChartable, selectCompanyBriefing, type PeriodSeries} from '../../../source/dataset/selectors/index.js';
import type {Dataset} from '../../../source/dataset/schema.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const fixture = loadFixtureDataset();
const bundled = loadDataset(fileURLToPath(new URL('../../../data/briefing.json', import.meta.url)));

function periodSeries(dataset: Dataset, companyId: string, key: string): PeriodSeries {
	const found = selectCompanyBriefing(dataset, companyId)!.periodSeries.find(one => one.series.key === key);
	if (!found) throw new Error(key);
	return found;
}

const points = (series: PeriodSeries) => series.points.map(point => `${point.period} ${point.low}..${point.high}${point.conflict ? ' !' : ''} ${point.shown.text}`);

describe('periodPoints', () => {
	test('one point per period, oldest first; a value quoted for comparison keeps its own period', () => {
		const share = periodSeries(fixture, 'sora-cloud', 'market_share||テックリサーチ|%');
		expect(points(share)).toEqual(['2023-Q4 25..25 25%', '2024-Q4 31..31 31%', '2025-Q1 36..36 約36%', '2025-Q2 33..33 ! 33%']);
		expect(isChartable(share)).toBe(true);
	});

	test('a series of one period is a number, not a chart', () => {
		expect(isChartable(periodSeries(fixture, 'sora-cloud', 'revenue|||JPY'))).toBe(false);
	});

	test('figures dated only by their article have no place on a time axis', () => {
		// AWS's share: 34%, 約33% and 29%程度 of one article, none with a period.
		expect(periodSeries(bundled, 'amazon', 'market_share|aws||%').points).toEqual([]);
	});

	test('several values for one period are a range, marked as a conflict', () => {
		const twoSays = {
			...fixture,
			figures: fixture.figures.map(figure => (figure.id === 'a3/f2' ? {...figure, source: 'テックリサーチ', value: 30, text: '30%'} : figure)),
		};
		const share = periodSeries(twoSays, 'sora-cloud', 'market_share||テックリサーチ|%');
		expect(points(share).at(-1)).toMatch(/^2025-Q2 30\.\.33 ! /);
		expect(share.points.at(-1)!.figures).toHaveLength(2);
	});
});
