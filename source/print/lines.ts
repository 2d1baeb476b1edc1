import {wrapWithKinsoku} from '../text/kinsoku.js';
import {displayWidth, truncate, wrap} from '../text/width.js';

/**
 * Wraps text so every line fits `width` columns: the first line starts with `first`, the others with
 * `rest` (a hanging indent). When the indent leaves too little room, it shrinks rather than overflow.
 */
export function hangingLines(text: string, width: number, first: string, rest: string = ' '.repeat(displayWidth(first))): string[] {
	const room = width - Math.max(displayWidth(first), displayWidth(rest));
	if (room < 8) return wrapWithKinsoku(text, width);
	return wrapWithKinsoku(text, room).map((line, index) => (index === 0 ? first : rest) + line);
}

/** One line, cut with "…" to fit `width` columns. */
export function oneLine(text: string, width: number): string {
	return truncate(text, width);
}
