import {memo} from 'react';
import {figureTitle, isChartable, latestAlternatives, type PeerChart, type PeriodSeries} from '../../dataset/selectors/index.js';
import {citation, keyFigureWords} from '../../dataset/selectors/figure-words.js';
import {chartChromeRows, chartLines, minimumPlotRows, type ChartLine} from '../chart.js';
import {frame, type Tab} from '../frame.js';
import {fitLine, lineWidth, segment, textLine, type Line, type Segment} from '../line.js';
import {LinesView} from '../lines-view.js';
import {pageOf} from '../pages.js';
import {glyphs, seriesTones, type Tone} from '../theme.js';

/** A row of the charts pane: one of the company's series, or (in the peer view) a kind compared across rivals. */
export type ChartItem = {readonly type: 'series'; readonly series: PeriodSeries} | {readonly type: 'peers'; readonly chart: PeerChart};

export interface ChartsPaneProps {
	readonly items: readonly ChartItem[];
	/** The selected item. */
	readonly selected: number;
	readonly focused: boolean;
	/** "Charts", or the peer group's title. */
	readonly title: string;
	readonly tabs?: readonly Tab[] | undefined;
	readonly width: number;
	readonly height: number;
}

/** The most plot rows a chart takes; more makes a few points hard to read as a line. */
const maximumPlotRows = 10;
/** Rows of a chart besides its plot and axis: its title. */
const titleRows = 1;

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Market share (AWS) 29% ▼ (was 34%) · 2025-Q3 · 1 source": a series as a number. */
function numberLine(series: PeriodSeries, tone: Tone, note: string, width: number): Line {
	const {series: one} = series;
	const words = keyFigureWords({label: figureTitle(one), detail: '', figure: one.latest, alternatives: latestAlternatives(one), previous: one.previous, direction: one.direction}, one.company);
	return fitLine(
		[
			segment(`${words.label} `, tone === 'plain' ? 'muted' : tone),
			segment(words.value, tone === 'plain' ? 'accent' : tone),
			...(words.arrow === '' ? [] : [segment(` ${words.arrow}`, tone === 'plain' ? (words.direction === 'up' ? 'up' : words.direction === 'down' ? 'down' : 'muted') : tone)]),
			...(words.conflict ? [segment(` ${glyphs.conflict}`, tone === 'plain' ? 'warning' : tone)] : []),
			segment(` ${glyphs.separator} ${words.period} ${glyphs.separator} ${words.sources}${note}`, tone === 'plain' ? 'muted' : tone),
		],
		width,
		tone,
	);
}

function seriesTitle(series: PeriodSeries, tone: Tone, width: number): Line {
	const {points} = series;
	const span = `${plural(points.length, 'period')}, ${points[0]!.period} to ${points.at(-1)!.period}`;
	const conflicts = points.filter(point => point.conflict).length;
	return fitLine(
		[
			segment(figureTitle(series.series), tone === 'plain' ? 'accent' : tone),
			segment(` ${glyphs.separator} ${span}`, tone === 'plain' ? 'muted' : tone),
			...(conflicts > 0 ? [segment(` ${glyphs.conflict} ${conflicts} disputed`, tone === 'plain' ? 'warning' : tone)] : []),
		],
		width,
		tone,
	);
}

function peerLines(chart: PeerChart): ChartLine[] {
	return chart.lines.map((line, index) => ({points: line.series.points, mark: glyphs.seriesMarks[index % glyphs.seriesMarks.length]!, tone: seriesTones[index % seriesTones.length]!})).filter(line => line.points.length > 0);
}

/** The most lines a legend takes; what does not fit is cut. */
const legendRows = 2;

/** Each line's mark, name and latest value, as many to a line as fit (at most `legendRows` lines). */
function legend(chart: PeerChart, width: number): Line[] {
	const lines: Segment[][] = [[]];
	let used = 0;
	chart.lines.forEach((line, index) => {
		const entry = [
			segment(`${glyphs.seriesMarks[index % glyphs.seriesMarks.length]!} `, seriesTones[index % seriesTones.length]!),
			segment(`${line.label} ${line.series.series.latest.display} (${line.series.series.latest.when ?? 'undated'})`),
		];
		const size = lineWidth(entry) + (used > 0 ? 2 : 0);
		if (used > 0 && used + size > width && lines.length < legendRows) {
			lines.push([]);
			used = 0;
		}

		lines.at(-1)!.push(...(used > 0 ? [segment('  ')] : []), ...entry);
		used += lineWidth(entry) + (used > 0 ? 2 : 0);
	});
	return lines.map(line => fitLine(line, width));
}

function legendHeight(chart: PeerChart, width: number): number {
	return legend(chart, width).length;
}

/** Whether the item is drawn as a chart (rather than a line of numbers) when there is room. */
function drawable(item: ChartItem): boolean {
	if (item.type === 'series') return isChartable(item.series);
	return new Set(item.chart.lines.flatMap(line => line.series.points.map(point => point.period))).size >= 2;
}

/** Why a drawable series is shown as a number: the pane is too short, or its chart is on a later page. */
type Undrawn = 'short' | 'later';

function itemLines(item: ChartItem, selected: boolean, focused: boolean, plotRows: number | undefined, width: number, undrawn: Undrawn = 'short'): Line[] {
	const tone: Tone = selected ? (focused ? 'selected' : 'accent') : 'plain';
	if (item.type === 'series') {
		const chart = plotRows === undefined || !drawable(item) ? undefined : chartLines([{points: item.series.points, mark: glyphs.seriesMarks[0], tone: 'accent'}], {width, plotRows, unit: item.series.series.unit});
		if (!chart) {
			const periods = plural(item.series.points.length, 'period');
			const note = drawable(item) ? ` ${glyphs.separator} ${undrawn === 'short' ? `${periods}: too few rows to draw` : `chart of ${periods} below`}` : item.series.points.length === 1 ? ` ${glyphs.separator} one period` : '';
			return [numberLine(item.series, tone, note, width)];
		}

		return [seriesTitle(item.series, tone, width), ...chart];
	}

	const {chart} = item;
	const title = fitLine([segment(`${chart.kindName} ${glyphs.separator} ${chart.group.name} peers`, tone === 'plain' ? 'accent' : tone)], width, tone);
	if (chart.lines.length === 0) return [title, textLine('no figures of it', width, 'muted')];
	const drawn = plotRows === undefined || !drawable(item) ? undefined : chartLines(peerLines(chart), {width, plotRows, unit: chart.lines[0]!.series.series.unit});
	return [title, ...legend(chart, width), ...(drawn ?? [])];
}

function itemHeight(item: ChartItem, plotRows: number | undefined, width: number): number {
	if (item.type === 'series') return plotRows !== undefined && drawable(item) ? titleRows + plotRows + chartChromeRows : 1;
	if (item.chart.lines.length === 0) return 2;
	const legendLines = legendHeight(item.chart, width);
	return plotRows !== undefined && drawable(item) ? titleRows + legendLines + plotRows + chartChromeRows : titleRows + legendLines;
}

/** The selected item's latest figure and where it came from. */
function footerLine(item: ChartItem | undefined, width: number): Line {
	if (!item) return textLine('', width);
	const latest = item.type === 'series' ? item.series.series.latest : item.chart.lines[0]?.series.series.latest;
	const source = latest?.sources[0];
	if (!latest || !source) return textLine('', width);
	return fitLine([segment(`${glyphs.selectedPoint} `, 'focus'), segment(latest.display, 'accent'), segment(` ${glyphs.separator} ${latest.when ?? 'undated'} ${glyphs.separator} ${citation(source)}`, 'muted')], width);
}

/**
 * The company's series on real time axes, a page at a time: a series of two periods or more as a
 * chart (at least `minimumPlotRows` rows of plot, or it is a line of numbers, never a squashed
 * chart), one of a single period as a number; the selected one's latest source below. In the peer
 * view, each kind compared across rivals on one chart with a legend.
 */
export function chartsLines(props: ChartsPaneProps): Line[] {
	const inside = props.width - 2;
	const height = Math.max(0, props.height - 2);
	const content: Line[] = [];
	let note: string | undefined;
	if (props.items.length === 0) {
		content.push(textLine('no figures to chart over time (deals are listed in Figures)', inside, 'muted'));
	} else {
		const room = height - 1;
		const selectedItem = props.items[props.selected];
		const legendLines = selectedItem?.type === 'peers' ? legendHeight(selectedItem.chart, inside) : 0;
		const fullPlot = Math.min(maximumPlotRows, room - titleRows - chartChromeRows - legendLines);
		const plotRows = fullPlot >= minimumPlotRows ? fullPlot : undefined;
		// Two charts to a page when they fit at a readable height, else one.
		const halfPlot = Math.min(maximumPlotRows, Math.floor(room / 2) - titleRows - chartChromeRows - Math.max(1, legendLines));
		const chosen = plotRows !== undefined && halfPlot >= minimumPlotRows + 2 ? halfPlot : plotRows;
		const heights = props.items.map(item => itemHeight(item, chosen, inside));
		const tooShort = plotRows === undefined && props.items.some(item => drawable(item));
		if (tooShort) content.push(textLine(`a chart needs ${minimumPlotRows + titleRows + chartChromeRows + 3} rows: numbers instead`, inside, 'muted'));
		const {start, end} = pageOf(heights, props.selected, room - content.length);
		for (let index = start; index < end; index++) content.push(...itemLines(props.items[index]!, index === props.selected, props.focused, chosen, inside));
		// The rows a chart of the next page would not fit in show what comes next, as numbers.
		for (let index = end; index < props.items.length && content.length < room; index++) content.push(itemLines(props.items[index]!, false, props.focused, undefined, inside, 'later')[0]!);
		while (content.length < room) content.push(textLine('', inside));
		content.splice(room);
		content.push(footerLine(props.items[props.selected], inside));
		note = `${props.selected + 1}/${props.items.length}`;
	}

	return frame(content, {title: props.title, tabs: props.tabs, note, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const ChartsPane = memo(function ChartsPane(props: ChartsPaneProps) {
	return <LinesView lines={chartsLines(props)} width={props.width} />;
});
