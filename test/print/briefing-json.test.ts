import {describe, expect, test} from 'vitest';
import {selectCompanyBriefing, type CompanyBriefing} from '../../source/dataset/selectors/company-briefing.js';
import {briefingJson, briefingJsonPieces, formatBriefingJson, formatBriefingNdjson} from '../../source/print/briefing-json.js';
import {loadFixtureDataset} from '../fixtures/dataset.js';
import {articleJsonSchema, briefingJsonSchema, companyHeadJsonSchema, conflictJsonSchema, eventJsonSchema, figureJsonSchema} from './briefing-json-schema.js';

const dataset = loadFixtureDataset();
const briefings: CompanyBriefing[] = dataset.companies.map(company => selectCompanyBriefing(dataset, company.id, ['kumo'])!);
const facts = new Set(dataset.figures.map(figure => figure.fact));

describe('formatBriefingJson', () => {
	const document = briefingJsonSchema.parse(JSON.parse(formatBriefingJson(briefings)));
	const sora = document.companies.find(company => company.id === 'sora-cloud')!;

	test('is the versioned shape, for every company asked', () => {
		expect(document.version).toBe(2);
		expect(document.companies.map(company => [company.id, company.watched, company.inRegistry])).toEqual([
			['sora-cloud', false, true],
			['kumo', true, true],
			['umi', false, false],
		]);
	});

	test("latest is every kind's latest actual, with the previous period it moved from", () => {
		expect(Object.keys(sora.latest)).toEqual(['market_share', 'revenue', 'revenue_growth', 'operating_income', 'investment', 'stock_move', 'other']);
		expect(sora.latest.market_share).toMatchObject({value: 33, unit: '%', text: '33%', period: '2025-Q2', researchFirm: 'テックリサーチ', direction: 'down', previous: {value: 36, text: '約36%', period: '2025-Q1'}, conflict: true});
		expect(sora.latest.revenue_growth).toMatchObject({value: 35, segment: {id: 'sora-ai', name: 'Sora AI'}, period: 'FY2026-Q1', basis: 'actual'});
		// Capex is only an outlook.
		expect(sora.latest.capex).toBeUndefined();
	});

	test('figures are every figure, outlooks marked by basis, one per fact with all its sources', () => {
		expect(sora.figures.map(figure => figure.kind)).toContain('capex');
		expect(sora.figures.find(figure => figure.kind === 'capex')).toMatchObject({basis: 'outlook', range: {low: 100_000_000_000, high: 120_000_000_000}, text: '1,000億〜1,200億円', period: 'FY2026', periodText: '2026年3月期'});
		const deal = sora.figures.find(figure => figure.fact === 'sora-umi-deal')!;
		expect(deal).toMatchObject({owner: {id: 'sora-cloud', name: 'Sora Cloud'}, counterparty: {id: 'umi', name: 'Umi Systems'}, converted: {value: 750_000_000_000, unit: 'JPY', text: '約7,500億円'}});
		expect(deal.sources.map(source => source.article)).toEqual(['a2', 'a3']);
		const all = document.companies.flatMap(company => company.figures.filter(figure => figure.owner.id === company.id));
		expect(new Set(all.map(figure => figure.fact))).toEqual(facts);
		expect(all).toHaveLength(facts.size);
	});

	test('every figure carries the article and quote of each record of its fact', () => {
		for (const figure of document.companies.flatMap(company => company.figures)) {
			const records = dataset.figures.filter(record => record.fact === figure.fact);
			for (const record of records) expect(figure.sources).toContainEqual(expect.objectContaining({article: record.article, quote: record.quote}));
		}
	});

	test('series points name their figure; the series says its latest and previous', () => {
		const share = sora.series.find(series => series.key === 'market_share||テックリサーチ|%')!;
		expect(share.points.map(point => [point.figure, point.when, point.value, point.prior])).toEqual([
			['a1/f2', '2023-Q4', 25, true],
			['a1/f1', '2024-Q4', 31, false],
			['a2/f1', '2025-Q1', 36, false],
			['a3/f1', '2025-Q2', 33, false],
		]);
		expect([share.latest, share.previous, share.direction]).toEqual(['a3/f1', 'a2/f1', 'down']);
		for (const series of document.companies.flatMap(company => company.series)) {
			for (const point of series.points) expect(document.companies.some(company => company.figures.some(figure => figure.id === point.figure))).toBe(true);
		}
	});

	test('events have a kind, a title and an amount', () => {
		expect(sora.timeline[1]).toMatchObject({kind: 'deal', kindName: 'deal', title: '契約 Sora Cloud × Umi Systems 50億ドル', amount: {value: 5_000_000_000, unit: 'USD', text: '50億ドル'}});
	});

	test('article text is stripped of escape sequences in JSON too', () => {
		const text = formatBriefingJson(briefings);
		expect(text).not.toMatch(/\\u001b|\\u0007/i);
		expect(sora.articles[0]!.title).toBe('ソラクラウドの決算速報');
	});
});

describe('formatBriefingNdjson', () => {
	const records = formatBriefingNdjson(briefings)
		.trimEnd()
		.split('\n')
		.map(line => JSON.parse(line) as {type: string; company?: string; [key: string]: unknown});

	test('starts with a meta record naming the shape and version', () => {
		expect(records[0]).toEqual({type: 'meta', schema: 'brief.briefing', version: 2});
	});

	test('has one record per company, figure, conflict, event and article', () => {
		const count = (type: string) => records.filter(record => record.type === type).length;
		expect(count('company')).toBe(3);
		// Every fact under its company, and the contract once more under the company it went to.
		expect(count('figure')).toBe(facts.size + 1);
		expect(count('conflict')).toBe(1);
		// An event or article about two companies is listed under each; an article that only mentions one is not.
		expect(count('event')).toBe(5);
		expect(count('article')).toBe(5);
	});

	test('each record names the company it is listed under and keeps the JSON shape of its kind', () => {
		for (const record of records.slice(1)) {
			const {type, company, series, latest, headline, ...rest} = record;
			if (type === 'company') {
				companyHeadJsonSchema.parse({...rest, latest});
				continue;
			}

			expect(dataset.companies.map(one => one.id)).toContain(company);
			if (type === 'figure') {
				figureJsonSchema.parse(rest);
				expect([typeof latest, typeof headline]).toEqual(['boolean', 'boolean']);
				expect(series === null || typeof series === 'string').toBe(true);
			} else {
				expect([series, latest, headline]).toEqual([undefined, undefined, undefined]);
			}

			if (type === 'conflict') conflictJsonSchema.parse(rest);
			if (type === 'event') eventJsonSchema.parse(rest);
			if (type === 'article') articleJsonSchema.parse(rest);
		}
	});

	test("marks the latest actual of each series and the ones the company's latest shows", () => {
		const share = records.filter(record => record.type === 'figure' && record['kind'] === 'market_share');
		expect(share.filter(record => record['latest'] === true).map(record => record['id'])).toEqual(['a3/f1', 'a3/f2']);
		expect(share.filter(record => record['headline'] === true).map(record => record['id'])).toEqual(['a3/f1']);
		const outlook = records.find(record => record.type === 'figure' && record['basis'] === 'outlook')!;
		expect([outlook['series'], outlook['latest'], outlook['headline']]).toEqual([null, false, false]);
	});
});

describe('briefingJsonPieces', () => {
	test('hands out, item by item, the document JSON.stringify makes of the whole briefing', () => {
		for (const some of [[], briefings.slice(0, 1), briefings]) {
			const pieces: string[] = [];
			pieces.push(...briefingJsonPieces(some));
			expect(pieces.join('')).toBe(`${JSON.stringify(briefingJson(some), null, 2)}\n`);
			expect(pieces.length).toBeGreaterThan(some.length);
		}
	});
});
