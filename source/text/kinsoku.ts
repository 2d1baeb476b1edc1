import {displayWidth, graphemes, wrap} from './width.js';

// Japanese typesetting never starts a line with closing punctuation or a small kana (kinsoku shori).
const noLineStart = new Set([...'、。，．,.・：；:;？！?!ー―‐〜～)）]］｝」』】〕〉》”’ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…']);

function startsBadly(line: string | undefined): boolean {
	return line !== undefined && line !== '' && noLineStart.has(String.fromCodePoint(line.codePointAt(0)!));
}

/**
 * `wrap`, then moves characters down so that no line starts with 、。」 or a small kana: the last
 * character of the line before goes with it. No line exceeds `width`.
 */
export function wrapWithKinsoku(text: string, width: number): string[] {
	const lines = wrap(text, width);
	// Only a line that received characters can be too wide: wrap's own lines fit.
	let grown = -1;
	for (let index = 0; index + 1 < lines.length; index++) {
		let next = lines[index + 1]!;
		if (startsBadly(next)) {
			grown = index + 1;
			const current = graphemes(lines[index]!);
			// At most two characters move: a line of punctuation alone is worse than one exception.
			// Latin words stay whole: "Bedrock」" is left as an exception rather than split.
			for (let moved = 0; moved < 2 && startsBadly(next) && current.length > 1 && !/^[\u0021-\u007E]$/.test(current.at(-1)!); moved++) next = current.pop()! + next;
			lines[index] = current.join('').trimEnd();
		}

		// Whatever no longer fits (moved down here or from the line before) flows on to the line after.
		if (grown === index + 1 && displayWidth(next) > width) {
			const nextGraphemes = graphemes(next);
			let overflow = '';
			while (nextGraphemes.length > 1 && displayWidth(nextGraphemes.join('')) > width) overflow = nextGraphemes.pop()! + overflow;
			next = nextGraphemes.join('');
			if (index + 2 >= lines.length) lines.push('');
			lines[index + 2] = overflow + lines[index + 2]!;
			grown = index + 2;
		}

		lines[index + 1] = next;
	}

	return lines;
}
