import {spanMiddle, type PeriodSpan} from '../dataset/selectors/index.js';
import {displayWidth} from '../text/width.js';

/** A time on the axis: its months, and how it is labelled ("2025-Q3"). */
export interface AxisTime {
	readonly span: PeriodSpan;
	readonly label: string;
}

/** Where each time goes along a chart, and the row of labels under it. */
export interface TimeAxis {
	/** The column of each time, in the order given. */
	readonly columns: readonly number[];
	/** The labels, exactly `width` columns: under their times, as many as fit without touching. */
	readonly labels: string;
}

/**
 * Places times (oldest first) on `width` columns spaced by time, not by count: a gap of a year
 * between two quarters is four times the gap between neighbouring quarters. The first and last
 * labels are always shown when there is room for them; the others where they fit with a space
 * around them, left to right.
 */
export function timeAxis(times: readonly AxisTime[], width: number): TimeAxis {
	if (times.length === 0 || width <= 0) return {columns: [], labels: ' '.repeat(Math.max(0, width))};
	const middles = times.map(time => spanMiddle(time.span));
	const first = Math.min(...middles);
	const range = Math.max(...middles) - first;
	const columns = middles.map(middle => (range === 0 ? 0 : Math.round(((middle - first) / range) * (width - 1))));

	const cells = Array.from({length: width}, () => ' ');
	const taken: Array<[number, number]> = [];
	const place = (index: number): void => {
		const label = times[index]!.label;
		const size = displayWidth(label);
		if (size > width || size !== label.length) return;
		const start = Math.max(0, Math.min(columns[index]! - Math.floor(size / 2), width - size));
		const end = start + size;
		if (taken.some(([from, to]) => start < to + 1 && from < end + 1)) return;
		taken.push([start, end]);
		for (let offset = 0; offset < size; offset++) cells[start + offset] = label[offset]!;
	};

	place(times.length - 1);
	for (let index = 0; index < times.length - 1; index++) place(index);
	return {columns, labels: cells.join('')};
}
