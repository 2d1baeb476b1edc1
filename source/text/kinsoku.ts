import {displayWidth, graphemes, wrap} from './width.js';

// Japanese typesetting never starts a line with closing punctuation or a small kana, nor ends one
// with an opening bracket (kinsoku shori).
const noLineStart = new Set([...'、。，．,.・：；:;？！?!ー―‐〜～)）]］｝」』】〕〉》”’ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…']);
const noLineEnd = new Set([...'「『（(［[｛【〔〈《“‘']);

function startsBadly(line: string | undefined): boolean {
	return line !== undefined && line !== '' && noLineStart.has(String.fromCodePoint(line.codePointAt(0)!));
}

function isLatin(grapheme: string | undefined): boolean {
	return grapheme !== undefined && /^[\u0021-\u007E]$/.test(grapheme);
}

function endsBadly(line: string): boolean {
	return line !== '' && noLineEnd.has(line.at(-1)!);
}

/**
 * `wrap`, then moves characters down so that no line starts with 、。」 or a small kana (the last
 * character of the line before goes with it) and no line ends with 「 or （ (it goes to the next
 * line). No line exceeds `width`.
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
			// A Latin word moves whole ("Helix 5」" keeps "5" with its bracket), or not at all.
			for (let moved = 0; moved < 2 && startsBadly(next) && current.length > 1; moved++) {
				let word = 1;
				while (isLatin(current.at(-word)) && isLatin(current.at(-word - 1))) word++;
				if (word >= current.length) break;
				next = current.splice(-word).join('') + next;
			}

			lines[index] = current.join('').trimEnd();
		}

		// An opening bracket goes down to what it opens (after the move above, which may leave one last).
		if (endsBadly(lines[index]!) && lines[index]!.length > 1) {
			const current = graphemes(lines[index]!);
			while (current.length > 1 && endsBadly(current.at(-1)!)) next = current.pop()! + next;
			lines[index] = current.join('').trimEnd();
			grown = index + 1;
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
