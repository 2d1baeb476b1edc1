import {memo} from 'react';
import {figureTitle, isChartable, latestAlternatives, type PeerChart, type PeriodSeries} from '../../dataset/selectors/index.js';
import {amountWords, citation, dateOrUndated, keyFigureWords} from '../../dataset/selectors/figure-words.js';
import {figureKindName} from '../../dataset/selectors/kinds.js';
import {fiscalYearEndOf, periodWords} from '../../dataset/selectors/time-words.js';
import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';
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
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
}

/** The most plot rows a chart takes; more makes a few points hard to read as a line. */
const maximumPlotRows = 10;
/** Rows of a chart besides its plot and axis: its title. */
const titleRows = 1;

/** "Market share (AWS) 29% ▼ (was 34%) · 2025-Q3 · 1 source": a series as a number. */
function numberLine(series: PeriodSeries, tone: Tone, note: string, width: number, language: Language): Line {
	const {series: one} = series;
	const detail = [one.segment?.name, one.researchFirm].filter(part => part !== undefined && part !== null).join(', ');
	const words = keyFigureWords({label: figureTitle(one, language), detail, figure: one.latest, alternatives: latestAlternatives(one), previous: one.previous, direction: one.direction}, one.company, language);
	return fitLine(
		[
			segment(`${figureTitle(one, language)} `, tone === 'plain' ? 'muted' : tone),
			segment(words.value, tone === 'plain' ? 'accent' : tone),
			...(words.arrow === '' ? [] : [segment(` ${words.arrow}`, tone === 'plain' ? (words.direction === 'up' ? 'up' : words.direction === 'down' ? 'down' : 'muted') : tone)]),
			...(words.conflict ? [segment(` ${glyphs.conflict}`, tone === 'plain' ? 'warning' : tone)] : []),
			segment(` ${glyphs.separator} ${words.period} ${glyphs.separator} ${words.sources}${note}`, tone === 'plain' ? 'muted' : tone),
		],
		width,
		tone,
	);
}

function seriesTitle(series: PeriodSeries, tone: Tone, width: number, language: Language): Line {
	const {points} = series;
	const words = messages(language);
	const period = (point: (typeof points)[number]) => periodWords(point.period, language, fiscalYearEndOf(point.period, point.shown.span));
	const span = `${words.periods(points.length)}${words.listSeparator}${words.fromTo(period(points[0]!), period(points.at(-1)!))}`;
	const conflicts = points.filter(point => point.conflict).length;
	return fitLine(
		[
			segment(figureTitle(series.series, language), tone === 'plain' ? 'accent' : tone),
			segment(` ${glyphs.separator} ${span}`, tone === 'plain' ? 'muted' : tone),
			...(conflicts > 0 ? [segment(` ${glyphs.conflict} ${words.disputed(conflicts)}`, tone === 'plain' ? 'warning' : tone)] : []),
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
function legend(chart: PeerChart, width: number, language: Language): Line[] {
	const lines: Segment[][] = [[]];
	let used = 0;
	chart.lines.forEach((line, index) => {
		const entry = [
			segment(`${glyphs.seriesMarks[index % glyphs.seriesMarks.length]!} `, seriesTones[index % seriesTones.length]!),
			segment(`${line.label} ${amountWords(line.series.series.latest, language)} (${whenWords(line.series.series.latest, language)})`),
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

function legendHeight(chart: PeerChart, width: number, language: Language): number {
	return legend(chart, width, language).length;
}

/** Whether the item is drawn as a chart (rather than a line of numbers) when there is room. */
function drawable(item: ChartItem): boolean {
	if (item.type === 'series') return isChartable(item.series);
	return new Set(item.chart.lines.flatMap(line => line.series.points.map(point => point.period))).size >= 2;
}

/** Why a drawable series is shown as a number: the pane is too short, or its chart is on a later page. */
type Undrawn = 'short' | 'later';

function itemLines(item: ChartItem, selected: boolean, focused: boolean, plotRows: number | undefined, width: number, language: Language, undrawn: Undrawn = 'short'): Line[] {
	const tone: Tone = selected ? (focused ? 'selected' : 'accent') : 'plain';
	const words = messages(language);
	if (item.type === 'series') {
		const chart = plotRows === undefined || !drawable(item) ? undefined : chartLines([{points: item.series.points, mark: glyphs.seriesMarks[0], tone: 'accent'}], {width, plotRows, unit: item.series.series.unit});
		if (!chart) {
			const periods = words.periods(item.series.points.length);
			const note = drawable(item) ? ` ${glyphs.separator} ${undrawn === 'short' ? words.tooFewRows(periods) : words.chartBelow(periods)}` : item.series.points.length === 1 ? ` ${glyphs.separator} ${words.onePeriod}` : '';
			return [numberLine(item.series, tone, note, width, language)];
		}

		return [seriesTitle(item.series, tone, width, language), ...chart];
	}

	const {chart} = item;
	const title = fitLine([segment(`${figureKindName(chart.kind, language)} ${glyphs.separator} ${words.peers(chart.group.name)}`, tone === 'plain' ? 'accent' : tone)], width, tone);
	if (chart.lines.length === 0) return [title, textLine(words.noFiguresOfIt, width, 'muted')];
	const drawn = plotRows === undefined || !drawable(item) ? undefined : chartLines(peerLines(chart), {width, plotRows, unit: chart.lines[0]!.series.series.unit});
	return [title, ...legend(chart, width, language), ...(drawn ?? [])];
}

function itemHeight(item: ChartItem, plotRows: number | undefined, width: number, language: Language): number {
	if (item.type === 'series') return plotRows !== undefined && drawable(item) ? titleRows + plotRows + chartChromeRows : 1;
	if (item.chart.lines.length === 0) return 2;
	const legendLines = legendHeight(item.chart, width, language);
	return plotRows !== undefined && drawable(item) ? titleRows + legendLines + plotRows + chartChromeRows : titleRows + legendLines;
}

/** The selected item's latest figure and where it came from. */
function footerLine(item: ChartItem | undefined, width: number, language: Language): Line {
	if (!item) return textLine('', width);
	const latest = item.type === 'series' ? item.series.series.latest : item.chart.lines[0]?.series.series.latest;
	const source = latest?.sources[0];
	if (!latest || !source) return textLine('', width);
	return fitLine(
		[segment(`${glyphs.selectedPoint} `, 'focus'), segment(amountWords(latest, language), 'accent'), segment(` ${glyphs.separator} ${whenWords(latest, language)} ${glyphs.separator} ${citation(source, language)}`, 'muted')],
		width,
	);
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
	const language = props.language ?? 'en';
	const words = messages(language);
	let note: string | undefined;
	if (props.items.length === 0) {
		content.push(textLine(words.noSeries, inside, 'muted'));
	} else {
		const room = height - 1;
		const selectedItem = props.items[props.selected];
		const legendLines = selectedItem?.type === 'peers' ? legendHeight(selectedItem.chart, inside, language) : 0;
		const fullPlot = Math.min(maximumPlotRows, room - titleRows - chartChromeRows - legendLines);
		const plotRows = fullPlot >= minimumPlotRows ? fullPlot : undefined;
		// Two charts to a page when they fit at a readable height, else one.
		const halfPlot = Math.min(maximumPlotRows, Math.floor(room / 2) - titleRows - chartChromeRows - Math.max(1, legendLines));
		const chosen = plotRows !== undefined && halfPlot >= minimumPlotRows + 2 ? halfPlot : plotRows;
		const heights = props.items.map(item => itemHeight(item, chosen, inside, language));
		const tooShort = plotRows === undefined && props.items.some(item => drawable(item));
		if (tooShort) content.push(textLine(words.chartNeedsRows(minimumPlotRows + titleRows + chartChromeRows + 3), inside, 'muted'));
		const {start, end} = pageOf(heights, props.selected, room - content.length);
		for (let index = start; index < end; index++) content.push(...itemLines(props.items[index]!, index === props.selected, props.focused, chosen, inside, language));
		// The rows a chart of the next page would not fit in show what comes next, as numbers.
		for (let index = end; index < props.items.length && content.length < room; index++) content.push(itemLines(props.items[index]!, false, props.focused, undefined, inside, language, 'later')[0]!);
		while (content.length < room) content.push(textLine('', inside));
		content.splice(room);
		content.push(footerLine(props.items[props.selected], inside, language));
		note = `${props.selected + 1}/${props.items.length}`;
	}

	return frame(content, {title: props.title, tabs: props.tabs, note, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const ChartsPane = memo(function ChartsPane(props: ChartsPaneProps) {
	return <LinesView lines={chartsLines(props)} width={props.width} />;
});

/** When a figure is placed in time, in the reader's language: its period, else its article's date. */
function whenWords(figure: Pick<PeriodSeries['series']['latest'], 'when' | 'period' | 'span'>, language: Language): string {
	if (figure.period !== null && figure.when === figure.period) return periodWords(figure.period, language, fiscalYearEndOf(figure.period, figure.span));
	return dateOrUndated(figure.when, language);
}
