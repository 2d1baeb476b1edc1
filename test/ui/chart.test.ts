import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/width.js';
import {chartLines, observationColumns, resample} from '../../source/ui/chart.js';

const share = [
	{when: '2025-09-07', value: 34, conflict: false},
	{when: '2025-09-07', value: 33, conflict: true},
	{when: '2026-02-06', value: 29, conflict: true},
];

describe('chartLines', () => {
	it('fits every line to the width, at any width', () => {
		for (const width of [20, 33, 41, 60, 97]) {
			const chart = chartLines(share, {width, height: 5, unit: '%'})!;
			expect(chart.plot).toHaveLength(5);
			for (const line of [...chart.plot, chart.markers, chart.dates]) expect(displayWidth(line)).toBe(width);
		}
	});

	it('labels values with their unit and draws the range', () => {
		const chart = chartLines(share, {width: 40, height: 5, unit: '%'})!;
		expect(chart.plot[0]).toContain('34%');
		expect(chart.plot.at(-1)).toContain('29%');
	});

	it('marks conflicting observations and the selected one', () => {
		const chart = chartLines(share, {width: 40, height: 5, unit: '%', selected: 0})!;
		expect(chart.markers[chart.columns[0]!]).toBe('^');
		expect(chart.markers[chart.columns[1]!]).toBe('!');
		expect(chart.markers[chart.columns[2]!]).toBe('!');
	});

	it('puts the dates under their observations where they fit', () => {
		const chart = chartLines(share, {width: 60, height: 5, unit: '%'})!;
		expect(chart.dates.slice(chart.columns[0]!)).toMatch(/^2025-09-07/);
		expect(chart.dates).toContain('2026-02-06');
	});

	it('resamples a series longer than the width; the latest observation of a column is drawn', () => {
		const long = Array.from({length: 500}, (_, index) => ({when: null, value: index % 7, conflict: false}));
		const chart = chartLines(long, {width: 40, height: 6, unit: '%'})!;
		for (const line of chart.plot) expect(displayWidth(line)).toBe(40);
		expect(Math.max(...chart.columns)).toBeLessThan(40);
	});

	it('draws a single observation and a flat series', () => {
		expect(chartLines([{when: '2025', value: 15, conflict: false}], {width: 30, height: 4, unit: '%'})!.plot).toHaveLength(4);
		expect(chartLines([{when: null, value: 5, conflict: false}, {when: null, value: 5, conflict: false}], {width: 30, height: 4, unit: '%'})!.plot).toHaveLength(4);
	});

	it('gives up rather than overflow when there is no room', () => {
		expect(chartLines(share, {width: 6, height: 4, unit: '%'})).toBeUndefined();
		expect(chartLines([], {width: 60, height: 4, unit: '%'})).toBeUndefined();
	});
});

describe('observationColumns and resample', () => {
	it('spreads observations over the columns, first and last at the ends', () => {
		expect(observationColumns(3, 11)).toEqual([0, 5, 10]);
		expect(observationColumns(5, 3)).toEqual([0, 1, 1, 2, 2]);
	});

	it('interpolates between observations', () => {
		expect(resample([0, 10], [0, 10], 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(resample([1, 2, 3], [0, 0, 1], 2)).toEqual([2, 3]);
	});
});
