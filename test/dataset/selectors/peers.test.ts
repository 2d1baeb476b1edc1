import {describe, expect, test} from 'vitest';
import type {Company, Dataset, Figure} from '../../../source/dataset/schema.js';
import {peerCompanyIds, peerGroupOf, peerGroups, selectCompanyBriefing, selectPeerCharts} from '../../../source/dataset/selectors/index.js';

const company = (id: string, name: string, segment: {id: string; name: string} | undefined): Company => ({
	id,
	name,
	ticker: null,
	aliases: [],
	japaneseNames: [],
	segments: segment ? [{...segment, aliases: []}] : [],
	inRegistry: true,
	fiscalYearEnd: 12,
});

let count = 0;
const share = (companyId: string, segment: string, period: string, value: number, kind: Figure['kind'] = 'market_share'): Figure => {
	count++;
	return {
		id: `a/f${count}`,
		fact: `a/f${count}`,
		company: companyId,
		segment,
		counterparty: null,
		kind,
		measure: 'シェア',
		value,
		unit: '%',
		text: `${value}%`,
		qualifier: 'exact',
		range: null,
		converted: null,
		period,
		periodText: '',
		basis: 'actual',
		source: null,
		asOf: '2025-11-01',
		prior: false,
		article: 'a',
		quote: 'q',
		sources: [{article: 'a', quote: 'q'}],
	};
};

const dataset: Dataset = {
	version: 2,
	companies: [company('amazon', 'Amazon', {id: 'aws', name: 'AWS'}), company('microsoft', 'Microsoft', {id: 'azure', name: 'Azure'}), company('google', 'Google', {id: 'google-cloud', name: 'Google Cloud'}), company('kumo', 'Kumo', undefined)],
	articles: [{id: 'a', file: 'a.md', title: 't', published: '2025-11-01', publishedInferred: false, summary: [], companies: ['amazon', 'microsoft', 'google'], source: null}],
	events: [],
	figures: [share('amazon', 'aws', '2025-Q2', 30), share('amazon', 'aws', '2025-Q3', 29), share('microsoft', 'azure', '2025-Q3', 22), share('google', 'google-cloud', '2025-Q3', 13), share('microsoft', 'azure', '2025-Q3', 39, 'revenue_growth')],
	conflicts: [],
};

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
		]);
	});
});
