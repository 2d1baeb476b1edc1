import {memo} from 'react';
import {figureTitle, type CompanyHeader, type Series} from '../../dataset/selectors/index.js';
import {frame} from '../frame.js';
import {fitLine, lineWidth, segment, type Line, type Segment} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs} from '../theme.js';

export interface HeaderPaneProps {
	readonly header: CompanyHeader | undefined;
	/** The name of the company being prepared, when its briefing is not ready yet. */
	readonly loading?: string | undefined;
	readonly watched: boolean;
	readonly width: number;
	readonly height: number;
}

function directionMark(series: Series): Segment | undefined {
	if (series.direction === 'up') return segment(` ${glyphs.up}`, 'up');
	if (series.direction === 'down') return segment(` ${glyphs.down}`, 'down');
	if (series.direction === 'flat') return segment(` ${glyphs.flat}`, 'muted');
	return undefined;
}

/** The first line that fits: the full one, then shorter wordings of the same facts. */
function firstFitting(candidates: readonly Segment[][], width: number): Line {
	return fitLine(candidates.find(candidate => lineWidth(candidate) <= width) ?? candidates.at(-1)!, width);
}

/** "Market share (AWS) 29% ▼ (was 34%) for 2025-Q3 ! sources conflict", shortened to fit: the latest actual and its previous period. */
function seriesLine(name: string, series: Series | null, width: number): Line {
	if (!series) return fitLine([segment(`${name}: no figure`, 'muted')], width);
	const mark = directionMark(series);
	const value = [segment(series.latest.display, 'accent'), ...(mark ? [mark] : [])];
	const {latest} = series;
	const date = latest.when ?? 'undated';
	const when = latest.periodKnown ? `for ${date}` : `as of ${date}`;
	const was = series.previous ? series.previous.display : undefined;
	const conflict = series.hasConflict ? [segment(` ${glyphs.conflict} sources conflict`, 'warning')] : [];
	const shortConflict = series.hasConflict ? [segment(` ${glyphs.conflict}`, 'warning')] : [];
	return firstFitting(
		[
			[segment(`${figureTitle(series)} `, 'muted'), ...value, ...(was ? [segment(` (was ${was})`, 'muted')] : []), segment(` ${when}`, 'muted'), ...conflict],
			[segment(`${figureTitle(series)} `, 'muted'), ...value, ...(was ? [segment(` (was ${was})`, 'muted')] : []), segment(` ${date}`, 'muted'), ...shortConflict],
			[segment(`${name} `, 'muted'), ...value, ...(was ? [segment(` (was ${was})`, 'muted')] : []), segment(` ${date}`, 'muted'), ...shortConflict],
			[segment(`${name} `, 'muted'), ...value, segment(` ${date}`, 'muted'), ...shortConflict],
		],
		width,
	);
}

function titleLine(header: CompanyHeader, watched: boolean, width: number): Line {
	const names = [segment(header.name, 'accent'), ...(header.japaneseName ? [segment(`  ${header.japaneseName}`)] : []), ...(header.ticker ? [segment(`  ${header.ticker}`, 'muted')] : [])];
	const count = segment(`  ${header.articleCount} article${header.articleCount === 1 ? '' : 's'}`, 'muted');
	const watchMark = watched ? [segment(`  ${glyphs.watched} watchlist`, 'warning')] : [];
	const conflict = header.hasConflict ? [segment(`  ${glyphs.conflict} conflicting figures`, 'warning')] : [];
	const short = [...(watched ? [segment(` ${glyphs.watched}`, 'warning')] : []), ...(header.hasConflict ? [segment(` ${glyphs.conflict}`, 'warning')] : [])];
	return firstFitting([[...names, count, ...watchMark, ...conflict], [...names, ...watchMark, ...conflict], [...names, ...short], [...short, segment(' '), ...names]], width);
}

/** The selected company: names and ticker, then its latest share and growth with their dates. */
export function headerLines(props: HeaderPaneProps): Line[] {
	const inside = props.width - 2;
	const {header} = props;
	const content: Line[] = header
		? [titleLine(header, props.watched, inside), seriesLine('Share', header.share, inside), seriesLine('Growth', header.growth, inside)]
		: props.loading === undefined
			? [fitLine([segment('no company selected', 'muted')], inside)]
			: [fitLine([segment(props.loading, 'accent'), segment('  loading…', 'muted')], inside)];
	return frame(content, {title: 'Briefing', focused: false, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const HeaderPane = memo(function HeaderPane(props: HeaderPaneProps) {
	return <LinesView lines={headerLines(props)} width={props.width} />;
});
