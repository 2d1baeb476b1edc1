import {displayWidth, padEnd, truncate} from '../text/width.js';
import type {Tone} from './theme.js';

/** A run of text in one tone. */
export interface Segment {
	readonly text: string;
	readonly tone: Tone;
}

/** One terminal line of a pane, as segments; pane functions return lines already fitted to their width. */
export type Line = readonly Segment[];

export function segment(text: string, tone: Tone = 'plain'): Segment {
	return {text, tone};
}

export function lineWidth(line: Line): number {
	let width = 0;
	for (const part of line) width += displayWidth(part.text);
	return width;
}

export function lineText(line: Line): string {
	return line.map(part => part.text).join('');
}

/** Exactly `width` columns: segments past the edge are cut (the last kept one ends in "…"), then padded. */
export function fitLine(line: Line, width: number, padTone: Tone = 'plain'): Line {
	const fitted: Segment[] = [];
	let used = 0;
	const total = lineWidth(line);
	for (const part of line) {
		const partWidth = displayWidth(part.text);
		if (used + partWidth <= width && (total <= width || used + partWidth < width)) {
			fitted.push(part);
			used += partWidth;
			continue;
		}

		const cut = truncate(part.text, width - used);
		if (cut.length > 0) fitted.push({text: cut, tone: part.tone});
		used += displayWidth(cut);
		break;
	}

	if (used < width) fitted.push({text: padEnd('', width - used), tone: padTone});
	return fitted;
}

/** A line of one tone, fitted. */
export function textLine(text: string, width: number, tone: Tone = 'plain'): Line {
	return fitLine([segment(text, tone)], width, tone);
}

export function blankLine(width: number): Line {
	return [segment(' '.repeat(Math.max(0, width)))];
}

/** Exactly `height` lines: extra lines dropped, missing ones blank. */
export function fillLines(lines: readonly Line[], width: number, height: number): Line[] {
	const kept = lines.slice(0, Math.max(0, height));
	while (kept.length < height) kept.push(blankLine(width));
	return kept;
}
