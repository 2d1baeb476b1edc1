import asciichart from 'asciichart';
import {displayWidth, fit, padStart} from '../text/width.js';
import {glyphs} from './theme.js';

/** What a chart needs of an observation; the selectors' series points have these fields. */
export interface ChartObservation {
	/** The period (or date) the observation is for: labels the axis. */
	readonly when: string | null;
	readonly value: number;
	readonly conflict: boolean;
}

export interface ChartOptions {
	/** Columns the chart may take, labels included. */
	readonly width: number;
	/** Rows of the plot itself (the chart also takes one marker row and one date row). */
	readonly height: number;
	readonly unit: string;
	/** Index of the selected observation, if this series holds it. */
	readonly selected?: number | undefined;
}

/** The plot, a marker row (· observation, ! conflicting, ^ selected) and a row of dates, all exactly `width` wide. */
export interface ChartLines {
	readonly plot: readonly string[];
	readonly markers: string;
	readonly dates: string;
	/** Column of each observation within the lines (several share one when resampled). */
	readonly columns: readonly number[];
}

function formatValue(value: number, unit: string, decimals: number): string {
	return `${value.toFixed(decimals)}${unit}`;
}

/**
 * Where each observation goes among `columns` plot columns: evenly spaced in time order; when there
 * are more observations than columns, several share a column and the latest of them is drawn.
 */
export function observationColumns(count: number, columns: number): number[] {
	if (count <= 1 || columns <= 1) return Array.from({length: count}, () => 0);
	return Array.from({length: count}, (_, index) => Math.round((index * (columns - 1)) / (count - 1)));
}

/** One value per plot column: observations at their columns, straight lines between them. */
export function resample(values: readonly number[], columns: readonly number[], width: number): number[] {
	const series: number[] = [];
	// Columns come in order (observationColumns): the first at or past each column is found by walking
	// forward once rather than searching from the start per column (thousands of points in a series).
	const ordered = columns.every((at, index) => index === 0 || at >= columns[index - 1]!);
	let reached = 0;
	for (let column = 0; column < width; column++) {
		while (reached < columns.length && columns[reached]! < column) reached++;
		let after = ordered ? (reached < columns.length ? reached : -1) : columns.findIndex(at => at >= column);
		if (after === -1) after = columns.length - 1;
		// The latest observation sharing a column wins.
		while (after + 1 < columns.length && columns[after + 1] === columns[after] && columns[after] === column) after++;
		const before = Math.max(0, after - 1);
		const from = columns[before]!;
		const to = columns[after]!;
		if (to === column || to === from) {
			series.push(values[after]!);
			continue;
		}

		const ratio = (column - from) / (to - from);
		series.push(values[before]! + (values[after]! - values[before]!) * ratio);
	}

	return series;
}

/** A series drawn with asciichart to fit `width` columns; never wider, so it never wraps. */
export function chartLines(observations: readonly ChartObservation[], options: ChartOptions): ChartLines | undefined {
	if (observations.length === 0) return undefined;
	const values = observations.map(observation => observation.value);
	let rows = Math.max(1, options.height - 1);
	let min = Math.min(...values);
	let max = Math.max(...values);
	// A flat series would collapse to one row: give it a band of whole steps with the value on a row.
	if (min === max) {
		min -= Math.floor(rows / 2);
		max = min + rows;
	}

	// Whole-number steps read better than 20.7%, 21.4%: take a little less height when that gives them.
	const whole = Array.from({length: Math.ceil(rows / 2)}, (_, index) => rows - index).find(candidate => Number.isInteger((max - min) / candidate));
	if (whole !== undefined) rows = whole;

	// Every label gets the same decimals, so all are as wide as the widest end.
	const decimals = (max - min) / rows < 1 && Math.abs(max) < 1000 ? 1 : 0;
	const label = (value: number) => formatValue(value, options.unit, decimals);
	const labelWidth = Math.max(displayWidth(label(min)), displayWidth(label(max))) + 1;
	// asciichart draws a label, a space, the axis, then one column per value after the first.
	const plotColumns = options.width - labelWidth - 2;
	if (plotColumns < 2 || options.height < 1) return undefined;
	const columns = observationColumns(observations.length, observations.length === 1 ? 1 : plotColumns);
	const drawn = observations.length === 1 ? 1 : Math.max(...columns) + 1;
	const series = resample(values, columns, drawn);
	const plot = asciichart
		.plot(series, {height: rows, min, max, format: (value: number) => padStart(label(value), labelWidth)})
		.split('\n')
		.map(line => fit(line, options.width));

	const markerCells = Array.from({length: options.width}, () => ' ');
	const dateCells = Array.from({length: options.width}, () => ' ');
	const axis = labelWidth + 1;
	observations.forEach((observation, index) => {
		const cell = axis + columns[index]!;
		const current = markerCells[cell];
		const mark = index === options.selected ? glyphs.selectedPoint : observation.conflict ? glyphs.conflict : '·';
		// The selected mark beats a conflict mark, which beats a plain one, when observations share a column.
		if (current === glyphs.selectedPoint || (current === glyphs.conflict && mark === '·')) return;
		markerCells[cell] = mark;
	});

	// Dates under their observations, left to right, where they fit without overlapping.
	let free = axis;
	observations.forEach((observation, index) => {
		const date = observation.when ?? '';
		const cell = axis + columns[index]!;
		const start = Math.max(free, Math.min(cell, options.width - date.length));
		if (date === '' || start + date.length > options.width || start > cell) return;
		for (let offset = 0; offset < date.length; offset++) dateCells[start + offset] = date[offset]!;
		free = start + date.length + 1;
	});

	return {plot, markers: markerCells.join(''), dates: dateCells.join(''), columns: columns.map(column => axis + column)};
}
