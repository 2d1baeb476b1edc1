import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {loadDataset} from '../../../source/dataset/load.js';
import {selectCompanyBriefing, type KeyFigure} from '../../../source/dataset/selectors/index.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const fixture = loadFixtureDataset();
const bundled = loadDataset(fileURLToPath(new URL('../../../data/briefing.json', import.meta.url)));

function words(figure: KeyFigure): string {
	const range = figure.alternatives.length > 0 ? ` or ${figure.alternatives.map(other => other.text).join(' or ')}` : '';
	const was = figure.previous ? ` was ${figure.previous.text}` : '';
	return `${figure.label}${figure.detail ? ` (${figure.detail})` : ''} ${figure.figure.text}${range}${was} · ${figure.figure.when} · ${figure.figure.sources.length}`;
}

function keyFigures(dataset = fixture, companyId = 'sora-cloud') {
	const briefing = selectCompanyBriefing(dataset, companyId);
	if (!briefing) throw new Error(companyId);
	return {actuals: briefing.keyFigures.actuals.map(words), outlooks: briefing.keyFigures.outlooks.map(words)};
}

describe('selectKeyFigures', () => {
	test('latest share and growth of the company and its segments, latest revenue, largest deal; outlooks apart', () => {
		expect(keyFigures()).toEqual({
			actuals: ['Share (テックリサーチ) 33% was 約36% · 2025-Q2 · 1', 'Growth 40%増 · FY2025-Q3 · 1', 'Growth (Sora AI) 35%増 · FY2026-Q1 · 1', 'Revenue 1,250億円 · FY2026-Q1 · 1', 'Largest deal 50億ドル · 2025..2030 · 2'],
			outlooks: ['Op. income 約900億円 · FY2026 · 1', 'Capex 1,000億〜1,200億円 · FY2026 · 1'],
		});
	});

	test('a company with no share or growth still has its largest deal: OpenAI and its AWS contract', () => {
		expect(keyFigures(bundled, 'openai').actuals).toEqual(['Largest deal 380億ドル · 2025-11-03 · 2']);
	});

	test('per segment, two values of one time that disagree are a range; another company is named by the party of a deal it received', () => {
		expect(keyFigures(bundled, 'amazon')).toEqual({
			actuals: ['Share (AWS) 約33% or 29%程度 · 2025-09-07 · 1', 'Growth (AWS) 13% · 2025-09-07 · 1', 'Largest deal 380億ドル · 2025-11-03 · 2'],
			outlooks: ['Capex (AI関連) 1,000億ドル超 · 2025 · 1'],
		});
	});

	test('deals in different currencies compare through the conversions the articles gave: 130億ドル beats 1兆円 (about 70億ドル)', () => {
		const microsoft = keyFigures(bundled, 'microsoft');
		expect(microsoft.actuals).toContain('Largest deal 130億ドルを超える · 2025-11-03 · 1');
		expect(microsoft.outlooks).toEqual(['Investment (AI) 300億ドル · 2025-09-07 · 1']);
	});
});
