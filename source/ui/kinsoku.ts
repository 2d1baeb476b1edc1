import {displayWidth, wrap} from '../text/width.js';

// Japanese typesetting never starts a line with closing punctuation or a small kana (kinsoku shori).
const noLineStart = new Set([...'、。，．,.・：；:;？！?!ー―‐〜～)）]］｝」』】〕〉》”’ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…']);
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

function graphemes(text: string): string[] {
	return Array.from(segmenter.segment(text), ({segment}) => segment);
}

/**
 * `wrap`, then moves characters down so no line starts with 、。」 or a small kana: the last
 * character of the line before goes with it, as Japanese typesetting does. No line exceeds `width`.
 */
export function wrapJapanese(text: string, width: number): string[] {
	const lines = wrap(text, width).map(line => graphemes(line));
	for (let index = 0; index + 1 < lines.length; index++) {
		const current = lines[index]!;
		const next = lines[index + 1]!;
		// Pull back at most two characters: a line of only punctuation is worse than one exception.
		for (let moved = 0; moved < 2 && next.length > 0 && noLineStart.has(next[0]!) && current.length > 1; moved++) next.unshift(current.pop()!);
		// Whatever no longer fits flows on to the line after.
		while (displayWidth(next.join('')) > width && next.length > 1) {
			if (index + 2 >= lines.length) lines.push([]);
			lines[index + 2]!.unshift(next.pop()!);
		}
	}

	return lines.map(line => line.join('')).filter((line, index, all) => line !== '' || index < all.length - 1);
}
