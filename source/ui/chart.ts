import {formatValue, spanMiddle, type PeriodPoint} from '../dataset/selectors/index.js';
import type {FigureUnit} from '../dataset/schema.js';
import {displayWidth, padStart} from '../text/width.js';
import {fitLine, segment, type Line, type Segment} from './line.js';
import {glyphs, type Tone} from './theme.js';
import {timeAxis} from './time-axis.js';

/** One line of a chart: its points by period, and how it is drawn (a mark and a tone of its own, for a legend). */
export interface ChartLine {
	readonly points: readonly PeriodPoint[];
	/** The glyph at each point: several lines on one chart are told apart by it, not by colour alone. */
	readonly mark: string;
	readonly tone: Tone;
}

export interface ChartOptions {
	/** Columns the chart takes, labels included. */
	readonly width: number;
	/** Rows of the plot itself; the chart adds an axis row and a row of period labels. */
	readonly plotRows: number;
	readonly unit: FigureUnit;
}

/** The fewest plot rows a chart is drawn in: fewer, and values a few points apart share a row. */
export const minimumPlotRows = 5;
/** Rows a chart takes besides its plot: the axis and the period labels. */
export const chartChromeRows = 2;

interface Cell {
	text: string;
	tone: Tone;
}

/** The chart's value range: every point's range, with a little room when all are one value. */
function valueRange(lines: readonly ChartLine[]): {low: number; high: number} {
	const lows = lines.flatMap(line => line.points.map(point => point.low));
	const highs = lines.flatMap(line => line.points.map(point => point.high));
	let low = Math.min(...lows);
	let high = Math.max(...highs);
	if (low === high) {
		const room = Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 1;
		low -= room;
		high += room;
	}

	return {low, high};
}

/**
 * Draws curves between points (as asciichart does: ─ flat, ╭╯ up, ╮╰ down, │ between), so that a
 * line shows the move from one period to the next; the points themselves are drawn over it.
 */
function drawSegment(grid: Cell[][], from: {column: number; row: number}, to: {column: number; row: number}, tone: Tone): void {
	if (to.column <= from.column) return;
	let previous = from.row;
	for (let column = from.column + 1; column <= to.column; column++) {
		const row = Math.round(from.row + ((to.row - from.row) * (column - from.column)) / (to.column - from.column));
		const put = (at: number, text: string) => {
			grid[at]![column] = {text, tone};
		};

		if (row === previous) put(row, '─');
		else if (row < previous) {
			put(previous, '╯');
			put(row, '╭');
			for (let between = row + 1; between < previous; between++) put(between, '│');
		} else {
			put(previous, '╮');
			put(row, '╰');
			for (let between = previous + 1; between < row; between++) put(between, '│');
		}

		previous = row;
	}
}

/**
 * A chart of one or more lines on a real time axis: x is the period (spaced by time, labelled with
 * periods), y the value, labelled at the top, middle and bottom. A period with several values that
 * disagree is drawn as a range (┃) and marked ! on the axis. Exactly `width` columns by
 * `plotRows + 2` rows; undefined when there is no room or fewer than two periods.
 */
export function chartLines(lines: readonly ChartLine[], options: ChartOptions): Line[] | undefined {
	const periods = new Map<string, PeriodPoint>();
	for (const line of lines) for (const point of line.points) if (!periods.has(point.period)) periods.set(point.period, point);
	const times = [...periods.values()].sort((first, second) => spanMiddle(first.span) - spanMiddle(second.span));
	const rows = options.plotRows;
	if (times.length < 2 || rows < 2) return undefined;

	const {low, high} = valueRange(lines);
	const rowOf = (value: number) => Math.round(((high - value) / (high - low)) * (rows - 1));
	const valueOf = (row: number) => high - ((high - low) * row) / (rows - 1);
	const labelled = [0, Math.floor((rows - 1) / 2), rows - 1].filter((row, index, all) => all.indexOf(row) === index);
	const labels = new Map(labelled.map(row => [row, formatValue(valueOf(row), options.unit)]));
	const labelWidth = Math.max(...[...labels.values()].map(label => displayWidth(label))) + 1;
	const plotWidth = options.width - labelWidth - 1;
	if (plotWidth < 4) return undefined;

	const axis = timeAxis(
		times.map(point => ({span: point.span, label: point.period})),
		plotWidth,
	);
	const columnOf = new Map(times.map((point, index) => [point.period, axis.columns[index]!]));
	const grid: Cell[][] = Array.from({length: rows}, () => Array.from({length: plotWidth}, () => ({text: ' ', tone: 'plain' as Tone})));
	const axisCells: Cell[] = Array.from({length: plotWidth}, () => ({text: '─', tone: 'muted' as Tone}));

	for (const line of lines) {
		const placed = line.points.map(point => ({point, column: columnOf.get(point.period)!, row: rowOf(point.shown.value)}));
		for (let index = 1; index < placed.length; index++) drawSegment(grid, placed[index - 1]!, placed[index]!, line.tone);
	}

	// Ranges first, then every point over them: points that share a column all stay visible.
	for (const line of lines) {
		for (const point of line.points) {
			if (point.low === point.high) continue;
			const column = columnOf.get(point.period)!;
			for (let row = rowOf(point.high); row <= rowOf(point.low); row++) grid[row]![column] = {text: '┃', tone: 'warning'};
		}
	}

	for (const line of lines) {
		for (const point of line.points) {
			const column = columnOf.get(point.period)!;
			grid[rowOf(point.shown.value)]![column] = {text: line.mark, tone: line.tone};
			const mark = axisCells[column]!;
			if (point.conflict) axisCells[column] = {text: glyphs.conflict, tone: 'warning'};
			else if (mark.text === '─') axisCells[column] = {text: '┴', tone: 'muted'};
		}
	}

	const toSegments = (cells: readonly Cell[]): Segment[] => {
		const segments: Segment[] = [];
		for (const cell of cells) {
			const last = segments.at(-1);
			if (last && last.tone === cell.tone) segments[segments.length - 1] = segment(last.text + cell.text, cell.tone);
			else segments.push(segment(cell.text, cell.tone));
		}

		return segments;
	};

	const plot = grid.map((cells, row) => {
		const label = labels.get(row);
		return fitLine([segment(padStart(label ?? '', labelWidth), 'muted'), segment(label === undefined ? '│' : '┤', 'muted'), ...toSegments(cells)], options.width);
	});
	return [...plot, fitLine([segment(' '.repeat(labelWidth)), segment('└', 'muted'), ...toSegments(axisCells)], options.width), fitLine([segment(' '.repeat(labelWidth + 1)), segment(axis.labels, 'muted')], options.width)];
}
