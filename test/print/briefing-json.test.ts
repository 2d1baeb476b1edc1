import {describe, expect, test} from 'vitest';
import {selectCompanyBriefing, type CompanyBriefing} from '../../source/dataset/selectors/company-briefing.js';
import {briefingJson, briefingJsonPieces, formatBriefingJson, formatBriefingNdjson} from '../../source/print/briefing-json.js';
import {loadFixtureDataset} from '../fixtures/dataset.js';
import {articleJsonSchema, briefingJsonSchema, eventJsonSchema, figureJsonSchema} from './briefing-json-schema.js';

const dataset = loadFixtureDataset();
const briefings: CompanyBriefing[] = dataset.companies.map(company => selectCompanyBriefing(dataset, company.id, ['kumo'])!);

describe('formatBriefingJson', () => {
	const document = briefingJsonSchema.parse(JSON.parse(formatBriefingJson(briefings)));
	const sora = document.companies.find(company => company.id === 'sora-cloud')!;

	test('is the versioned shape, for every company asked', () => {
		expect(document.companies.map(company => [company.id, company.watched])).toEqual([
			['sora-cloud', false],
			['kumo', true],
			['umi', false],
		]);
	});

	test('numbers are numbers, with what the latest share replaced', () => {
		expect(sora.latest.marketShare).toMatchObject({value: 33, unit: '%', display: '33%', direction: 'down', previous: {value: 36, text: '約36%'}, period: '2025-Q2', asOf: '2025-09-15', conflict: true});
		expect(document.companies[1]!.figures[0]).toMatchObject({value: 300_000_000_000, unit: 'JPY', converted: {value: 2_000_000_000, unit: 'USD'}});
	});

	test('every figure carries its article and quote', () => {
		const figures = document.companies.flatMap(company => [...company.series.flatMap(series => series.points), ...company.figures]);
		expect(figures).toHaveLength(dataset.metrics.length);
		for (const figure of figures) {
			const metric = dataset.metrics.find(candidate => candidate.id === figure.metric)!;
			expect(figure.source).toMatchObject({article: metric.article, quote: metric.quote});
		}
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
		expect(records[0]).toEqual({type: 'meta', schema: 'brief.briefing', version: 1});
	});

	test('has one record per company, figure, conflict, event and article', () => {
		const count = (type: string) => records.filter(record => record.type === type).length;
		expect(count('company')).toBe(3);
		expect(count('figure')).toBe(dataset.metrics.length);
		expect(count('conflict')).toBe(1);
		// An event or article about two companies is listed under each.
		expect(count('event')).toBe(4);
		expect(count('article')).toBe(5);
	});

	test('each record names its company and keeps the JSON shape of its kind', () => {
		for (const record of records.slice(1)) {
			if (record.type === 'company') continue;
			expect(dataset.companies.map(company => company.id)).toContain(record.company);
			const {type, company, series, latest, headline, ...rest} = record;
			if (type === 'figure') {
				figureJsonSchema.parse(rest);
				expect(typeof headline).toBe('boolean');
			}

			if (type !== 'figure') expect([series, latest, headline]).toEqual([undefined, undefined, undefined]);
			if (type === 'event') eventJsonSchema.parse(rest);
			if (type === 'article') articleJsonSchema.parse(rest);
		}
	});

	test('marks the newest point of each series and the headline figures', () => {
		const share = records.filter(record => record.type === 'figure' && record['kind'] === 'market_share');
		expect(share.filter(record => record['latest'] === true).map(record => record['metric'])).toEqual(['a3/m1']);
		expect(share.filter(record => record['headline'] === true).map(record => record['metric'])).toEqual(['a3/m1']);
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
