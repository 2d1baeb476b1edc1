import {memo} from 'react';
import type {TimelineEntry} from '../../dataset/selectors/index.js';
import {displayWidth, fit} from '../../text/width.js';
import {frame, type Tab} from '../frame.js';
import {fitLine, segment, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs} from '../theme.js';
import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';
import {dateWords} from '../../dataset/selectors/time-words.js';

export interface TimelinePaneProps {
	readonly events: readonly TimelineEntry[];
	/** Ids of the events new since the last digest or visit. */
	readonly fresh: ReadonlySet<string>;
	readonly selected: number;
	readonly scroll: number;
	readonly focused: boolean;
	readonly tabs?: readonly Tab[] | undefined;
	readonly width: number;
	readonly height: number;
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
}

/** Wide enough for a day at every width: "2025-11-03"; a month-only date is padded to it. */
const isoDateWidth = 10;
const japaneseDateWidth = 14;

/**
 * Events newest first, one line each: ● when new, the date (always to the day when it is known),
 * the kind's badge, the title and how many articles report it: "2025-11-03 契約 OpenAI × Amazon 380億ドル ×2".
 */
export function timelineLines(props: TimelinePaneProps): Line[] {
	const language = props.language ?? 'en';
	const words = messages(language);
	// A day in Japanese, 2025年11月3日, takes more columns than 2025-11-03.
	const dateWidth = language === 'ja' ? japaneseDateWidth : isoDateWidth;
	const inside = props.width - 2;
	const visible = Math.max(0, props.height - 2);
	const content: Line[] = props.events.length === 0 ? [fitLine([segment(words.noEvents, 'muted')], inside)] : [];
	props.events.slice(props.scroll, props.scroll + visible).forEach((event, offset) => {
		const selected = props.scroll + offset === props.selected;
		const tone = selected ? (props.focused ? 'selected' : 'accent') : 'plain';
		const sources = event.sourceCount > 1 ? ` ×${event.sourceCount}` : '';
		content.push(
			fitLine(
				[
					segment(props.fresh.has(event.eventId) ? glyphs.fresh : ' ', selected ? tone : 'focus'),
					segment(`${fit(dateWords(event.date, language), dateWidth)} `, selected ? tone : 'muted'),
					segment(`${event.badge} `, selected ? tone : 'accent'),
					// The count of sources keeps its place at the end: the headline gives way.
					segment(fit(event.headline, Math.max(1, inside - 1 - dateWidth - 1 - displayWidth(event.badge) - 1 - sources.length)), tone),
					segment(sources, selected ? tone : 'accent'),
				],
				inside,
				tone,
			),
		);
	});
	const note = props.events.length > 0 ? `${props.selected + 1}/${props.events.length}` : undefined;
	return frame(content, {title: words.timeline, tabs: props.tabs, note, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const TimelinePane = memo(function TimelinePane(props: TimelinePaneProps) {
	return <LinesView lines={timelineLines(props)} width={props.width} />;
});
