import {describe, expect, it} from 'vitest';
import {periodSpan, type FigureView, type PeriodPoint} from '../../source/dataset/selectors/index.js';
import {displayWidth} from '../../source/text/width.js';
import {chartLines, minimumPlotRows} from '../../source/ui/chart.js';
import {lineText} from '../../source/ui/line.js';
import {timeAxis} from '../../source/ui/time-axis.js';

const time = (period: string) => ({span: periodSpan(period, 12)!, label: period});

function point(period: string, ...values: number[]): PeriodPoint {
	const figures = values.map(value => ({value}) as FigureView);
	return {period, span: periodSpan(period, 12)!, shown: figures[0]!, figures, low: Math.min(...values), high: Math.max(...values), conflict: new Set(values).size > 1};
}

describe('timeAxis', () => {
	it('spaces periods by time, not by count: a year gap is four quarter gaps', () => {
		const {columns} = timeAxis(
			['2024-Q1', '2024-Q2', '2025-Q2'].map(period => time(period)),
			51,
		);
		expect(columns).toEqual([0, 10, 50]);
	});

	it('puts the first and last labels at the ends and the others where they fit', () => {
		const {labels} = timeAxis(
			['2023-Q4', '2024-Q4', '2025-Q1', '2025-Q2'].map(period => time(period)),
			40,
		);
		expect(labels).toHaveLength(40);
		expect(labels.startsWith('2023-Q4')).toBe(true);
		expect(labels.endsWith('2025-Q2')).toBe(true);
		// 2025-Q1 sits too close to 2025-Q2 to be labelled; 2024-Q4 fits between.
		expect(labels).toContain('2024-Q4');
		expect(labels).not.toContain('2025-Q1');
	});

	it('orders a fiscal period by its months: FY2026-Q1 of a year ending in March is 2025-Q2', () => {
		const fiscal = {span: periodSpan('FY2026-Q1', 3)!, label: 'FY2026-Q1'};
		const {columns} = timeAxis([time('2025-Q1'), fiscal, time('2025-Q3')], 21);
		expect(columns).toEqual([0, 10, 20]);
	});

	it('places days within their months, and years by their middle', () => {
		const {columns} = timeAxis([time('2024'), time('2025-01-01'), time('2025-12-31')], 101);
		expect(columns[0]).toBe(0);
		expect(columns[2]).toBe(100);
		// From the middle of 2024 to the first of January is six months of the eighteen.
		expect(columns[1]).toBe(33);
	});

	it('gives every time column 0 when they are one time, and labels nothing wider than the axis', () => {
		expect(timeAxis([time('2025-Q3'), time('2025-Q3')], 5)).toEqual({columns: [0, 0], labels: '     '});
	});
});

describe('chartLines', () => {
	const series = [point('2023-Q4', 25), point('2024-Q4', 31), point('2025-Q1', 36), point('2025-Q2', 33, 29)];

	it('is exactly as wide as asked, plot rows plus an axis and a row of periods, at any width', () => {
		for (const width of [20, 37, 60, 120]) {
			const lines = chartLines([{points: series, mark: '●', tone: 'accent'}], {width, plotRows: 6, unit: '%'})!;
			expect(lines).toHaveLength(8);
			for (const line of lines) expect(displayWidth(lineText(line))).toBe(width);
		}
	});

	it('labels values with their unit, the top and bottom at the highest and lowest values', () => {
		const lines = chartLines([{points: series, mark: '●', tone: 'accent'}], {width: 60, plotRows: 6, unit: '%'})!.map(line => lineText(line));
		expect(lines[0]).toMatch(/^ *36%┤/);
		expect(lines[5]).toMatch(/^ *25%┤/);
		expect(lines[7]).toMatch(/2023-Q4.*2025-Q2 *$/);
	});

	it('draws a period with values that disagree as a range, marked ! on the axis', () => {
		const lines = chartLines([{points: series, mark: '●', tone: 'accent'}], {width: 60, plotRows: 8, unit: '%'})!.map(line => lineText(line));
		const lastColumn = lines[0]!.length - 1;
		// 33% and 29% of 2025-Q2: the range runs down the last column, and the axis marks it.
		expect(lines.slice(0, 8).some(line => line[lastColumn] === '┃')).toBe(true);
		expect(lines[8]![lastColumn]).toBe('!');
	});

	it('puts several lines on one chart, each with its own mark', () => {
		const other = [point('2024-Q4', 20), point('2025-Q2', 22)];
		const text = chartLines(
			[
				{points: series, mark: '●', tone: 'series1'},
				{points: other, mark: '◆', tone: 'series2'},
			],
			{width: 60, plotRows: 8, unit: '%'},
		)!
			.map(line => lineText(line))
			.join('\n');
		expect(text.match(/◆/g)).toHaveLength(2);
		expect(text.match(/●/g)).toHaveLength(4);
	});

	it('draws nothing for one period, or without room: a number is shown instead', () => {
		expect(chartLines([{points: [point('2025-Q3', 29)], mark: '●', tone: 'accent'}], {width: 60, plotRows: minimumPlotRows, unit: '%'})).toBeUndefined();
		expect(chartLines([{points: series, mark: '●', tone: 'accent'}], {width: 8, plotRows: minimumPlotRows, unit: '%'})).toBeUndefined();
	});
});
