import {displayWidth, truncate} from '../text/width.js';
import {fillLines, fitLine, segment, type Line} from './line.js';
import type {Tone} from './theme.js';

export interface FrameOptions {
	readonly title: string;
	/** Right-aligned in the top border: a count, a position. */
	readonly note?: string | undefined;
	readonly focused: boolean;
	readonly width: number;
	readonly height: number;
}

/**
 * A pane with a rounded border and its title in the top edge; `content` is fitted to the inside
 * (width − 2 by height − 2), so the result is exactly width × height.
 */
export function frame(content: readonly Line[], options: FrameOptions): Line[] {
	const {width, height} = options;
	if (width < 4 || height < 2) return fillLines([], Math.max(0, width), Math.max(0, height));
	const tone: Tone = options.focused ? 'focus' : 'muted';
	const inside = width - 2;
	// The note (a position, a count) is short and says where you are: it keeps its room; the title gives way.
	const note = options.note ? truncate(` ${options.note} `, Math.max(0, Math.floor(inside / 2))) : '';
	const title = truncate(` ${options.title} `, Math.max(0, inside - 2 - displayWidth(note)));
	const rule = '─'.repeat(Math.max(0, inside - 1 - displayWidth(title) - displayWidth(note)));
	const top: Line = [segment('╭─', tone), segment(title, options.focused ? 'focus' : 'accent'), segment(rule, tone), segment(note, 'muted'), segment('╮', tone)];
	const bottom: Line = [segment(`╰${'─'.repeat(inside)}╯`, tone)];
	const body = fillLines(content, inside, height - 2).map(line => [segment('│', tone), ...fitLine(line, inside), segment('│', tone)]);
	return [top, ...body, bottom];
}
