import {describe, expect, test} from 'vitest';
import {peerDataset} from '../../fixtures/peer-dataset.js';
import {peerCompanyIds, peerGroupOf, peerGroups, selectCompanyBriefing, selectPeerCharts} from '../../../source/dataset/selectors/index.js';

const dataset = peerDataset;

describe('peer charts', () => {
	test('a company with a cloud segment is in the cloud group, with its rivals; one without is in none', () => {
		const group = peerGroupOf(dataset.companies[0]!);
		expect(group).toBe(peerGroups[0]);
		expect(peerCompanyIds(dataset.companies, group!)).toEqual(['amazon', 'microsoft', 'google']);
		expect(peerGroupOf(dataset.companies[3]!)).toBeUndefined();
	});

	test('share and growth, each a line per segment in the group order, only segments that have figures', () => {
		const briefings = ['amazon', 'microsoft', 'google'].map(id => selectCompanyBriefing(dataset, id)!);
		const charts = selectPeerCharts(peerGroups[0]!, briefings);
		expect(charts.map(chart => [chart.kindName, chart.lines.map(line => `${line.label} ${line.series.points.map(point => `${point.period}=${point.shown.value}`).join(',')}`)])).toEqual([
			['Market share', ['AWS 2025-Q2=30,2025-Q3=29', 'Azure 2025-Q3=22', 'Google Cloud 2025-Q3=13']],
			['Revenue growth', ['Azure 2025-Q3=39']],
			// Kumo has no cloud segment; a segment without a figure of a kind has no line for it.
		]);
	});
});
