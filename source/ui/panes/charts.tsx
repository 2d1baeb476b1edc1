import {memo} from 'react';
import {figureTitle, type FigureView, type Series} from '../../dataset/selectors/index.js';
import {chartLines} from '../chart.js';
import {frame} from '../frame.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs} from '../theme.js';

export interface ChartsPaneProps {
	readonly series: readonly Series[];
	/** Index of the selected observation, counting through the series in order. */
	readonly selected: number;
	readonly focused: boolean;
	readonly width: number;
	readonly height: number;
}

/** The series and index within it of the n-th observation overall. */
export function locatePoint(series: readonly Series[], index: number): {series: number; point: number} | undefined {
	let remaining = index;
	for (const [position, one] of series.entries()) {
		if (remaining < one.points.length) return {series: position, point: remaining};
		remaining -= one.points.length;
	}

	return undefined;
}

function seriesLines(one: Series, selected: number | undefined, width: number, plotHeight: number): Line[] {
	const count = one.points.length;
	const title = fitLine([segment(figureTitle(one), 'accent'), segment(` · ${one.unit} · ${count} observation${count === 1 ? '' : 's'}`, 'muted')], width);
	const chart = chartLines(one.points, {width, height: plotHeight, unit: one.unit, selected});
	if (!chart) return [title, textLine('(too narrow to draw)', width, 'muted')];
	return [title, ...chart.plot.map(line => textLine(line, width)), textLine(chart.markers, width, 'warning'), textLine(chart.dates, width, 'muted')];
}

function pointLines(point: FigureView | undefined, width: number): Line[] {
	if (!point) return [];
	const first = point.sources[0];
	const others = point.sources.length > 1 ? ` +${point.sources.length - 1}` : '';
	const parts = [
		segment(`${glyphs.selectedPoint} `, 'focus'),
		segment(point.display, 'accent'),
		segment(` · ${point.when ?? 'undated'}${point.prior ? ' (earlier period)' : ''} · ${first?.article ?? ''}${others}`, 'muted'),
		...(point.conflict ? [segment(` ${glyphs.conflict} conflict`, 'warning')] : []),
	];
	return [fitLine(parts, width), textLine(`「${first?.quote ?? ''}」`, width, 'muted')];
}

/** Share and growth charts fitted to the pane, the selected observation marked and its source below. */
export function chartsLines(props: ChartsPaneProps): Line[] {
	const inside = props.width - 2;
	const height = props.height - 2;
	const location = locatePoint(props.series, props.selected);
	const content: Line[] = [];
	if (props.series.length === 0) {
		content.push(textLine('no share or growth figures', inside, 'muted'));
	} else {
		const footer = 2;
		// Each series takes a title, its plot, a marker row and a date row; with no room for all, the selected one.
		let shown = props.series.map((_, index) => index);
		if (Math.floor((height - footer) / shown.length) - 3 < 2) shown = [location?.series ?? 0];
		const plotHeight = Math.max(1, Math.min(8, Math.floor((height - footer) / shown.length) - 3));
		for (const index of shown) content.push(...seriesLines(props.series[index]!, location?.series === index ? location.point : undefined, inside, plotHeight));
		while (content.length < height - footer) content.push(textLine('', inside));
		content.push(...pointLines(location ? props.series[location.series]?.points[location.point] : undefined, inside));
	}

	const count = props.series.reduce((sum, one) => sum + one.points.length, 0);
	return frame(content, {title: 'Charts', note: count > 0 ? `${props.selected + 1}/${count}` : undefined, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const ChartsPane = memo(function ChartsPane(props: ChartsPaneProps) {
	return <LinesView lines={chartsLines(props)} width={props.width} />;
});
