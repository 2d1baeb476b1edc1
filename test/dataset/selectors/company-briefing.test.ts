import {describe, expect, test} from 'vitest';
import {briefingInParts, selectCompanyBriefing} from '../../../source/dataset/selectors/company-briefing.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const dataset = loadFixtureDataset();

function briefing(companyId: string, watchlist: string[] = []) {
	const result = selectCompanyBriefing(dataset, companyId, watchlist);
	if (!result) throw new Error(`no briefing for ${companyId}`);
	return result;
}

describe('selectCompanyBriefing', () => {
	test('is undefined for an id the dataset does not have', () => {
		expect(selectCompanyBriefing(dataset, 'nobody')).toBeUndefined();
	});

	test('orders a share series by date, then by position in a "25%から31%" run', () => {
		const share = briefing('sora-cloud').header.share!;
		expect(share.points.map(point => point.value)).toEqual([25, 31, 36, 33]);
		expect(share.latest.metricId).toBe('a3/m1');
	});

	test('the latest share was the point before it, and went down', () => {
		const share = briefing('sora-cloud').header.share!;
		expect(share.previous?.metricId).toBe('a2/m1');
		expect(share.direction).toBe('down');
	});

	test('a point from a run was the earlier side of that run', () => {
		const dataset = loadFixtureDataset();
		// Without the later articles, the latest share is the "31%" of "25%から31%".
		dataset.metrics = dataset.metrics.filter(metric => metric.article === 'a1');
		dataset.conflicts = [];
		const share = selectCompanyBriefing(dataset, 'sora-cloud')!.header.share!;
		expect(share.latest.value).toBe(31);
		expect(share.previous?.value).toBe(25);
		expect(share.direction).toBe('up');
	});

	test('flags the conflict on the header, the series and the points in it', () => {
		const {header, series, conflicts} = briefing('sora-cloud');
		expect(header.hasConflict).toBe(true);
		expect(series.find(item => item.kind === 'market_share')?.hasConflict).toBe(true);
		expect(header.share!.points.filter(point => point.conflict).map(point => point.metricId)).toEqual(['a2/m1', 'a3/m1']);
		expect(conflicts).toHaveLength(1);
		expect(conflicts[0]!.figures.map(figure => figure.display)).toEqual(['~36%', '33%']);
		expect(briefing('kumo').header.hasConflict).toBe(false);
	});

	test('keeps segments apart: growth of the company and of its segment are two series', () => {
		const growth = briefing('sora-cloud').series.filter(item => item.kind === 'revenue_growth');
		expect(growth.map(item => [item.segment?.name ?? null, item.points.map(point => point.value)])).toEqual([
			[null, [40]],
			['Sora AI', [35]],
		]);
	});

	test('the headline growth is the series with the newest point', () => {
		expect(briefing('sora-cloud').header.growth?.latest.value).toBe(35);
	});

	test('every point carries its article, its title and the quote', () => {
		const point = briefing('sora-cloud').header.share!.latest;
		expect(point.source).toEqual({article: 'a3', title: 'ソラクラウドの決算速報', published: '2025-09-15', quote: 'ソラクラウドの第2四半期のシェアは33%だった。'});
	});

	test('lists other figures newest first with formatted values', () => {
		expect(briefing('sora-cloud').figures.map(figure => [figure.label, figure.display])).toEqual([['Stock move', '-3.2%']]);
		expect(briefing('kumo').figures.map(figure => [figure.label, figure.display, figure.converted])).toEqual([['Investment', '3,000億円', {value: 2_000_000_000, unit: 'USD'}]]);
	});

	test('the timeline is newest first with source counts', () => {
		const timeline = briefing('sora-cloud').timeline;
		expect(timeline.map(entry => [entry.date, entry.sourceCount])).toEqual([
			['2025-Q3', 1],
			['2025-06', 2],
			['2025-03-10', 1],
		]);
		expect(timeline[1]!.sources.map(source => source.title)).toEqual(['クモ半導体が新工場に3,000億円を投資、ソラクラウドと長期契約', 'ソラクラウドの決算速報']);
	});

	test('articles are newest first with their sentences', () => {
		const articles = briefing('sora-cloud').articles;
		expect(articles.map(article => article.articleId)).toEqual(['a3', 'a2', 'a1']);
		expect(articles[0]!.dateInferred).toBe(true);
		expect(articles[2]!.sentences).toHaveLength(2);
	});

	test('strips escape sequences and control characters from every string', () => {
		const text = JSON.stringify(briefing('sora-cloud'));
		// JSON.stringify writes ESC and BEL as \u001b and \u0007.
		expect(text).not.toMatch(/\\u00(1b|07)/i);
		expect(text).not.toContain('pwned');
	});

	test('marks a watched company', () => {
		expect(briefing('kumo', ['kumo']).header.watched).toBe(true);
		expect(briefing('kumo').header.watched).toBe(false);
	});
});

describe('briefingInParts', () => {
	test('gives, part by part, exactly the briefing selectCompanyBriefing gives', () => {
		for (const company of dataset.companies) {
			const parts = briefingInParts(dataset, company.id, ['kumo']);
			let steps = 0;
			let part = parts.next();
			while (!part.done) {
				steps++;
				part = parts.next();
			}

			expect(part.value).toEqual(selectCompanyBriefing(dataset, company.id, ['kumo']));
			expect(steps).toBeGreaterThan(1);
		}

		expect(briefingInParts(dataset, 'nobody').next()).toEqual({done: true, value: undefined});
	});
});
