import {describe, expect, test} from 'vitest';
import {briefingInParts, chartedSeries, selectCompanyBriefing} from '../../../source/dataset/selectors/company-briefing.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const dataset = loadFixtureDataset();

function briefing(companyId: string, watchlist: string[] = [], from = dataset) {
	const result = selectCompanyBriefing(from, companyId, watchlist);
	if (!result) throw new Error(`no briefing for ${companyId}`);
	return result;
}

describe('selectCompanyBriefing: figures', () => {
	test('is undefined for an id the dataset does not have', () => {
		expect(selectCompanyBriefing(dataset, 'nobody')).toBeUndefined();
	});

	test('lists every figure once per fact, by kind, actuals before outlooks, newest first', () => {
		const figures = briefing('sora-cloud').figures;
		expect(figures.map(figure => `${figure.kind} ${figure.segment?.name ?? '-'} ${figure.text} ${figure.basis}`)).toEqual([
			'market_share - 33% actual',
			'market_share - 29% actual',
			'market_share - 約36% actual',
			'market_share - 31% actual',
			'market_share - 25% actual',
			'revenue - 1,250億円 actual',
			'revenue ゲーム 120億円 actual',
			'revenue_growth Sora AI 35%増 actual',
			'revenue_growth - 40%増 actual',
			'operating_income - 210億円 actual',
			'operating_income - 約900億円 outlook',
			'capex - 1,000億〜1,200億円 outlook',
			'investment - 50億ドル actual',
			'stock_move - 3.2%安 actual',
			'other - 80億円 actual',
		]);
	});

	test('a fact stated by two articles is one figure with both sources', () => {
		const deal = briefing('sora-cloud').figures.find(figure => figure.fact === 'sora-umi-deal')!;
		expect(deal.recordIds).toEqual(['a2/f3', 'a3/f11']);
		expect(deal.text).toBe('50億ドル');
		expect(deal.converted).toEqual({value: 750_000_000_000, unit: 'JPY', text: '約7,500億円'});
		expect(deal.counterparty).toEqual({id: 'umi', name: 'Umi Systems'});
		expect(deal.sources.map(source => [source.article, source.title])).toEqual([
			['a2', 'クモ半導体が新工場に3,000億円を投資、ソラクラウドはウミと長期契約'],
			['a3', 'ソラクラウドの決算速報'],
		]);
	});

	test('the other party of a two-party figure sees it too, with the payer named', () => {
		const figures = briefing('umi').figures;
		expect(figures.map(figure => [figure.kind, figure.company.name, figure.text])).toEqual([
			['investment', 'Sora Cloud', '50億ドル'],
			['customers', 'Umi Systems', '1,200社'],
		]);
		// It is Sora Cloud's figure: no series of Umi's holds it.
		expect(briefing('umi').series.map(series => series.kind)).toEqual(['customers']);
	});

	test('a figure knows its period, the months it covers with the fiscal year, and its words', () => {
		const revenue = briefing('sora-cloud').figures.find(figure => figure.id === 'a3/f3')!;
		expect([revenue.period, revenue.periodText, revenue.when, revenue.periodKnown]).toEqual(['FY2026-Q1', '4〜6月期', 'FY2026-Q1', true]);
		// Sora Cloud's fiscal year ends in March: its first quarter is April to June 2025.
		expect(revenue.span).toEqual({first: 2025 * 12 + 3, last: 2025 * 12 + 5, day: null});
		expect([revenue.kindName, revenue.measure, revenue.display]).toEqual(['Revenue', '売上高', '¥125B']);
		const capex = briefing('sora-cloud').figures.find(figure => figure.kind === 'capex')!;
		expect(capex.range).toEqual({low: 100_000_000_000, high: 120_000_000_000});
		const fab = briefing('kumo').figures.find(figure => figure.kind === 'investment')!;
		// No period: placed at the date of its article.
		expect([fab.period, fab.when, fab.periodKnown]).toEqual([null, '2025-06-01', false]);
	});

	test('every figure carries its sources with article title and quote', () => {
		const share = briefing('sora-cloud').header.share!.latest;
		expect(share.sources).toEqual([{article: 'a3', title: 'ソラクラウドの決算速報', published: '2025-09-15', quote: 'ソラクラウドの4〜6月期の国内シェアは33%だった（テックリサーチ調べ）。'}]);
	});
});

describe('selectCompanyBriefing: series and the latest actual', () => {
	test('a series is one kind, segment and research firm: two firms are two series', () => {
		const shares = briefing('sora-cloud').series.filter(series => series.kind === 'market_share');
		expect(shares.map(series => [series.researchFirm, series.points.map(point => point.value)])).toEqual([
			['クラウドウォッチ', [29]],
			['テックリサーチ', [25, 31, 36, 33]],
		]);
	});

	test('the latest is the actual of the latest period; the arrow compares the period just before', () => {
		const share = briefing('sora-cloud').header.share!;
		expect(share.researchFirm).toBe('テックリサーチ');
		expect([share.latest.period, share.latest.value]).toEqual(['2025-Q2', 33]);
		expect([share.previous?.period, share.previous?.value, share.direction]).toEqual(['2025-Q1', 36, 'down']);
	});

	test('no arrow to a period that is not the one just before, nor to a value quoted a year back', () => {
		const without = loadFixtureDataset();
		// Without Q1 and Q2, the latest share is 2024-Q4's 31%, quoted beside 2023-Q4's 25%: a year apart.
		without.figures = without.figures.filter(figure => figure.article === 'a1');
		without.conflicts = [];
		const share = briefing('sora-cloud', [], without).header.share!;
		expect(share.latest.value).toBe(31);
		expect(share.points.map(point => [point.value, point.prior])).toEqual([
			[25, true],
			[31, false],
		]);
		expect(share.previous).toBeNull();
		expect(share.direction).toBeNull();
	});

	test('without periods, a value the same sentence quotes for comparison is the previous one ("20%から25%")', () => {
		const changed = loadFixtureDataset();
		for (const figure of changed.figures) if (figure.article === 'a1' && figure.kind === 'market_share') figure.period = null;
		// The value compared with goes by an id before the other's: the order below is not the ids'.
		changed.figures.find(figure => figure.prior)!.id = 'a1/f0';
		changed.figures = changed.figures.filter(figure => figure.article === 'a1');
		changed.conflicts = [];
		const share = briefing('sora-cloud', [], changed).header.share!;
		expect([share.latest.value, share.previous?.value, share.direction]).toEqual([31, 25, 'up']);
		// Listed at the same date, the value it was compared with comes after it.
		expect(
			briefing('sora-cloud', [], changed)
				.figures.filter(figure => figure.kind === 'market_share')
				.map(figure => figure.value),
		).toEqual([31, 25]);
	});

	test('outlooks are never part of a series nor the latest', () => {
		const {series, headlines} = briefing('sora-cloud');
		expect(series.flatMap(one => one.points).some(point => point.basis === 'outlook')).toBe(false);
		expect(headlines.map(one => `${one.kind} ${one.latest.text}`)).toEqual(['market_share 33%', 'revenue 1,250億円', 'revenue_growth 35%増', 'operating_income 210億円', 'investment 50億ドル', 'stock_move 3.2%安', 'other 80億円']);
		// Capex is only an outlook: no latest actual.
		expect(headlines.some(one => one.kind === 'capex')).toBe(false);
	});

	test('segments are kept apart; the headline growth is the newest period', () => {
		const growth = briefing('sora-cloud').series.filter(item => item.kind === 'revenue_growth');
		expect(growth.map(item => [item.segment?.name ?? null, item.points.map(point => point.value)])).toEqual([
			[null, [40]],
			['Sora AI', [35]],
		]);
		expect(briefing('sora-cloud').header.growth?.latest.segment?.name).toBe('Sora AI');
	});

	test('charted series are the share and growth ones, share first', () => {
		expect(chartedSeries(briefing('sora-cloud')).map(series => series.key)).toEqual(['market_share||クラウドウォッチ|%', 'market_share||テックリサーチ|%', 'revenue_growth|||%', 'revenue_growth|sora-ai||%']);
	});

	test('flags the conflict on the header, the series and the figures in it', () => {
		const {header, series, conflicts} = briefing('sora-cloud');
		expect(header.hasConflict).toBe(true);
		expect(series.filter(item => item.hasConflict).map(item => item.researchFirm)).toEqual(['クラウドウォッチ', 'テックリサーチ']);
		expect(conflicts).toHaveLength(1);
		expect(conflicts[0]).toMatchObject({kind: 'market_share', kindName: 'Market share', segment: null, period: '2025-Q2', basis: 'actual'});
		expect(conflicts[0]!.figures.map(figure => [figure.display, figure.researchFirm])).toEqual([
			['33%', 'テックリサーチ'],
			['29%', 'クラウドウォッチ'],
		]);
		expect(briefing('kumo').header.hasConflict).toBe(false);
	});
});

describe('selectCompanyBriefing: the rest', () => {
	test('the header says whether the registry knows the company, and its fiscal year', () => {
		expect(briefing('sora-cloud').header).toMatchObject({
			inRegistry: true,
			fiscalYearEnd: 3,
			segments: [
				{id: 'sora-ai', name: 'Sora AI'},
				{id: 'ゲーム', name: 'ゲーム'},
			],
		});
		expect(briefing('umi').header).toMatchObject({inRegistry: false, fiscalYearEnd: null});
	});

	test('the timeline is newest first, with kinds, titles and source counts', () => {
		const timeline = briefing('sora-cloud').timeline;
		expect(timeline.map(entry => [entry.date, entry.kindName, entry.sourceCount])).toEqual([
			['2025-09-11', 'results', 1],
			['2025-06', 'deal', 2],
			['2025-03-10', 'launch', 1],
		]);
		expect(timeline[1]!.title).toBe('契約 Sora Cloud × Umi Systems 50億ドル');
		expect(timeline[1]!.amount).toEqual({value: 5_000_000_000, unit: 'USD', text: '50億ドル'});
	});

	test('articles are most relevant first, then newest, with their sentences', () => {
		const articles = briefing('sora-cloud').articles;
		// a2 names Sora Cloud in its title but is mostly about Kumo Chips.
		expect(articles.map(article => article.articleId)).toEqual(['a3', 'a1', 'a2']);
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

	test('does not depend on the order of the records', () => {
		const reversed = loadFixtureDataset();
		reversed.figures.reverse();
		reversed.events.reverse();
		reversed.articles.reverse();
		for (const company of dataset.companies) expect(briefing(company.id, [], reversed)).toEqual(briefing(company.id));
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
