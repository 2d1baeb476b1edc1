import {describe, expect, test} from 'vitest';
import {selectCompanyBriefing, sortFigures, splitEventTitle} from '../../../source/dataset/selectors/index.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const sora = selectCompanyBriefing(loadFixtureDataset(), 'sora-cloud')!;

describe('sortFigures', () => {
	test('by kind is the briefing order itself', () => {
		expect(sortFigures(sora.figures, 'kind')).toBe(sora.figures);
	});

	test('by period: newest first', () => {
		const periods = sortFigures(sora.figures, 'period').map(figure => figure.when);
		// By when they end: the six-year contract to 2030, then the fiscal year to March 2026.
		expect(periods.slice(0, 3)).toEqual(['2025..2030', 'FY2026', 'FY2026']);
		expect(periods.at(-1)).toBe('2023-Q4');
	});

	test('by value: largest first, a unit at a time', () => {
		const values = sortFigures(sora.figures, 'value').map(figure => `${figure.unit} ${figure.value}`);
		const percent = values.filter(value => value.startsWith('% '));
		expect(percent).toEqual(['% 40', '% 36', '% 35', '% 33', '% 31', '% 29', '% 25', '% -3.2']);
		expect(values.indexOf('JPY 125000000000')).toBeLessThan(values.indexOf('JPY 21000000000'));
		// The same array when asked again: the TUI asks on every key.
		expect(sortFigures(sora.figures, 'value')).toBe(sortFigures(sora.figures, 'value'));
	});
});

describe('splitEventTitle', () => {
	test.each([
		['契約 OpenAI × Amazon 380億ドル', 'deal', '契約', 'OpenAI × Amazon 380億ドル'],
		['提供開始 Kumo Cloud GPUクラスタ', 'launch', '提供開始', 'Kumo Cloud GPUクラスタ'],
		['OpenAI × Amazon', 'deal', '契約', 'OpenAI × Amazon'],
		['契約', 'deal', '契約', '契約'],
	] as const)('%s', (title, kind, badge, headline) => {
		expect(splitEventTitle(title, kind)).toEqual({badge, headline});
	});
});
