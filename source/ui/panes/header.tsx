import {figureTitle, type CompanyHeader, type Series} from '../../dataset/selectors/index.js';
import {frame} from '../frame.js';
import {fitLine, segment, type Line, type Segment} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs} from '../theme.js';

export interface HeaderPaneProps {
	readonly header: CompanyHeader | undefined;
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

/** "Cloud share (AWS) 29% ▼ (was 34%) as of 2025-09-07 ! sources conflict" */
function seriesLine(name: string, series: Series | null, width: number): Line {
	if (!series) return fitLine([segment(`${name}: no figure`, 'muted')], width);
	const mark = directionMark(series);
	const parts: Segment[] = [segment(`${figureTitle(series)} `, 'muted'), segment(series.latest.display, 'accent')];
	if (mark) parts.push(mark);
	if (series.previous) parts.push(segment(` (was ${series.previous.display})`, 'muted'));
	parts.push(segment(` as of ${series.latest.asOf ?? series.latest.date ?? 'unknown date'}`, 'muted'));
	if (series.hasConflict) parts.push(segment(` ${glyphs.conflict} sources conflict`, 'warning'));
	return fitLine(parts, width);
}

/** The selected company: names and ticker, then its latest share and growth with their dates. */
export function headerLines(props: HeaderPaneProps): Line[] {
	const inside = props.width - 2;
	const {header} = props;
	const content: Line[] = header
		? [
				fitLine(
					[
						segment(header.name, 'accent'),
						...(header.japaneseName ? [segment(`  ${header.japaneseName}`)] : []),
						...(header.ticker ? [segment(`  ${header.ticker}`, 'muted')] : []),
						segment(`  ${header.articleCount} article${header.articleCount === 1 ? '' : 's'}`, 'muted'),
						...(props.watched ? [segment(`  ${glyphs.watched} watchlist`, 'warning')] : []),
						...(header.hasConflict ? [segment(`  ${glyphs.conflict} conflicting figures`, 'warning')] : []),
					],
					inside,
				),
				seriesLine('Share', header.share, inside),
				seriesLine('Growth', header.growth, inside),
			]
		: [fitLine([segment('no company selected', 'muted')], inside)];
	return frame(content, {title: 'Briefing', focused: false, width: props.width, height: props.height});
}

export function HeaderPane(props: HeaderPaneProps) {
	return <LinesView lines={headerLines(props)} width={props.width} />;
}
