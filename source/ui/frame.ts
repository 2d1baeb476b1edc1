import {displayWidth, truncate} from '../text/width.js';
import {fillLines, fitLine, lineWidth, segment, type Line} from './line.js';
import type {Tone} from './theme.js';

/** A tab in a pane's top edge. */
export interface Tab {
	readonly label: string;
	/** Its name where the edge has no room for every label. */
	readonly short: string;
	readonly active: boolean;
}

export interface FrameOptions {
	readonly title: string;
	/** Shown in the top edge instead of the title: the panes this one can show, the active one marked. */
	readonly tabs?: readonly Tab[] | undefined;
	/** Right-aligned in the top border: a count, a position. */
	readonly note?: string | undefined;
	/** A shorter note for when the tabs and the note do not both fit: the tabs keep their names first. */
	readonly shortNote?: string | undefined;
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
	const noteFor = (text: string | undefined) => (text ? truncate(` ${text} `, Math.max(0, Math.floor(inside / 2))) : '');
	let note = noteFor(options.note);
	const roomBeside = (text: string) => Math.max(0, inside - 2 - displayWidth(text));
	let heading: Line | undefined;
	if (options.tabs) {
		// The tabs by their names, with the note or else the short note; failing both, shorter tabs beside the note.
		for (const candidate of [note, ...(options.shortNote === undefined ? [] : [noteFor(options.shortNote)])]) {
			heading = tabLine(options.tabs, options.focused, roomBeside(candidate), true);
			if (heading) {
				note = candidate;
				break;
			}
		}

		heading ??= tabLine(options.tabs, options.focused, roomBeside(note), false)!;
	} else {
		heading = [segment(truncate(` ${options.title} `, roomBeside(note)), options.focused ? 'focus' : 'accent')];
	}

	const rule = '─'.repeat(Math.max(0, inside - 1 - lineWidth(heading) - displayWidth(note)));
	const top: Line = [segment('╭─', tone), ...heading, segment(rule, tone), segment(note, 'muted'), segment('╮', tone)];
	const bottom: Line = [segment(`╰${'─'.repeat(inside)}╯`, tone)];
	const body = fillLines(content, inside, height - 2).map(line => [segment('│', tone), ...fitLine(line, inside), segment('│', tone)]);
	return [top, ...body, bottom];
}

/**
 * " Timeline · [Figures] · Charts · Summaries ", or with short names, or the active one alone: what
 * fits `room`. With `wholeOnly`, the full names or nothing.
 */
function tabLine(tabs: readonly Tab[], focused: boolean, room: number, wholeOnly: boolean): Line | undefined {
	const activeTone = focused ? 'focus' : 'accent';
	const make = (name: (tab: Tab) => string): Line => [
		segment(' '),
		...tabs.flatMap((tab, index) => [...(index > 0 ? [segment(' · ', 'muted')] : []), tab.active ? segment(`[${name(tab)}]`, activeTone) : segment(name(tab), 'muted')]),
		segment(' '),
	];
	const whole = make(tab => tab.label);
	if (lineWidth(whole) <= room) return whole;
	if (wholeOnly) return undefined;
	const short = make(tab => tab.short);
	if (lineWidth(short) <= room) return short;
	const active = tabs.find(tab => tab.active);
	return [segment(truncate(` ${active?.label ?? ''} `, room), activeTone)];
}
