import {memo} from 'react';
import {fit} from '../../text/width.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {frame} from '../frame.js';
import {fitLine, segment, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import type {TimelineEntry} from '../../dataset/selectors/index.js';

export interface TimelinePaneProps {
	readonly events: readonly TimelineEntry[];
	readonly selected: number;
	readonly scroll: number;
	readonly focused: boolean;
	readonly width: number;
	readonly height: number;
}

/** Events newest first, one line each: date, the event's title (kind, parties, amount), how many sources. */
export function timelineLines(props: TimelinePaneProps): Line[] {
	const inside = props.width - 2;
	const visible = Math.max(0, props.height - 2);
	const dateWidth = inside >= 40 ? 11 : 8;
	const content: Line[] = props.events.length === 0 ? [fitLine([segment('no dated events', 'muted')], inside)] : [];
	props.events.slice(props.scroll, props.scroll + visible).forEach((event, offset) => {
		const selected = props.scroll + offset === props.selected;
		const tone = selected ? (props.focused ? 'selected' : 'accent') : 'plain';
		const sources = event.sourceCount > 1 ? ` ×${event.sourceCount}` : '';
		const date = fit(dateWidth >= 11 ? event.date : event.date.slice(0, 7), dateWidth);
		const textWidth = Math.max(1, inside - dateWidth - sources.length);
		content.push(fitLine([segment(date, selected ? tone : 'muted'), segment(fit(sanitizeLine(event.title), textWidth), tone), segment(sources, selected ? tone : 'accent')], inside, tone));
	});
	const note = props.events.length > 0 ? `${props.selected + 1}/${props.events.length}` : undefined;
	return frame(content, {title: 'Timeline', note, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const TimelinePane = memo(function TimelinePane(props: TimelinePaneProps) {
	return <LinesView lines={timelineLines(props)} width={props.width} />;
});
