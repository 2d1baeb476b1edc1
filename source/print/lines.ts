import {wrapWithKinsoku} from '../text/kinsoku.js';
import {displayWidth, truncate} from '../text/width.js';

/**
 * Wraps text so every line fits `width` columns: the first line starts with `first`, the others with
 * `rest` (a hanging indent). When the indent leaves too little room, it shrinks rather than overflow.
 */
export function hangingLines(text: string, width: number, first: string, rest: string = ' '.repeat(displayWidth(first))): string[] {
	const room = width - Math.max(displayWidth(first), displayWidth(rest));
	if (room < 8) return wrapWithKinsoku(text, width);
	const lines = wrapWithKinsoku(text, room);
	for (let index = 0; index < lines.length; index++) lines[index] = (index === 0 ? first : rest) + lines[index]!;
	return lines;
}

/** `hangingLines`, appended to `into`: a large briefing has tens of thousands of lines to gather. */
export function pushHangingLines(into: {push(line: string): unknown}, text: string, width: number, first: string, rest: string = ' '.repeat(displayWidth(first))): void {
	for (const line of hangingLines(text, width, first, rest)) into.push(line);
}

/** One line, cut with "…" to fit `width` columns. */
export function oneLine(text: string, width: number): string {
	return truncate(text, width);
}
