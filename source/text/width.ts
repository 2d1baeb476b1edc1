import {createRequire} from 'node:module';
import {bmpWidthTable, simpleCodePointWidth, simpleWidth} from './simple-width.js';

const printableAscii = /^[\u0020-\u007E]*$/;
const ellipsis = '…';

// string-width and Intl.Segmenter cost tens of milliseconds to set up: they are loaded only for
// text the simple-width table does not cover (emoji, combining marks, rare scripts).
let fullWidth: ((text: string) => number) | undefined;
let segmenter: Intl.Segmenter | undefined;

function stringWidth(text: string): number {
	fullWidth ??= (createRequire(import.meta.url)('string-width') as {default: (text: string) => number}).default;
	return fullWidth(text);
}

/** Columns the text takes in a terminal (East Asian wide characters count two). */
export function displayWidth(text: string): number {
	if (printableAscii.test(text)) return text.length;
	return simpleWidth(text) ?? stringWidth(text);
}

/** The text's grapheme clusters (what a terminal draws as one character). */
export function graphemes(text: string): string[] {
	// Text of simple code points has one grapheme per code point.
	if (printableAscii.test(text) || simpleWidth(text) !== undefined) return [...text];
	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return Array.from(segmenter.segment(text), ({segment}) => segment);
}

/** Cuts the text to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (displayWidth(text) <= width) return text;
	const room = width - 1;
	let used = 0;
	let kept = '';
	for (const grapheme of graphemes(text)) {
		const size = displayWidth(grapheme);
		if (used + size > room) break;
		kept += grapheme;
		used += size;
	}

	return kept + ellipsis;
}

/** Pads with spaces to exactly `width` columns. */
export function padEnd(text: string, width: number): string {
	const gap = width - displayWidth(text);
	return gap > 0 ? text + ' '.repeat(gap) : text;
}

export function padStart(text: string, width: number): string {
	const gap = width - displayWidth(text);
	return gap > 0 ? ' '.repeat(gap) + text : text;
}

/** Exactly `width` columns: truncated with "…" or padded with spaces. */
export function fit(text: string, width: number): string {
	return padEnd(truncate(text, width), width);
}

function isSimpleSpace(code: number): boolean {
	// The whitespace among simple code points: space, no-break space, ideographic space.
	return code === 0x20 || code === 0xa0 || code === 0x30_00;
}

/**
 * `wrapParagraph` for text of simple code points only, without a regex or token arrays: the same
 * lines, several times faster when the code is still cold (a plain run wraps every line once).
 * A line is kept as `head` (text that is not one slice of the paragraph: before a folded space)
 * and the slice [from, to) after it; most lines are one slice, cut once instead of built up piece
 * by piece (half the time of wrapping a 4,500-article briefing).
 */
function wrapSimpleParagraph(paragraph: string, width: number, lines: string[]): boolean {
	const firstLine = lines.length;
	const table = bmpWidthTable();
	const {length} = paragraph;
	let head = '';
	let from = 0;
	let to = 0;
	let lineWidth = 0;
	const endLine = (next: number): void => {
		const tail = paragraph.slice(from, to);
		lines.push((head === '' ? tail : head + tail).trimEnd());
		head = '';
		from = next;
		to = next;
		lineWidth = 0;
	};

	/** Appends paragraph[start, end) to the line. */
	const append = (start: number, end: number): void => {
		if (to !== start) {
			head += paragraph.slice(from, to);
			from = start;
		}

		to = end;
	};

	let index = 0;
	while (index < length) {
		const code = paragraph.charCodeAt(index);
		let end = index + 1;
		if (isSimpleSpace(code)) {
			while (end < length && isSimpleSpace(paragraph.charCodeAt(end))) end++;
			if (lineWidth > 0 && lineWidth + 1 <= width) {
				// Any run of spaces becomes one space: a single ASCII space right after the line stays a slice.
				if (code === 0x20 && end === index + 1 && index === to) {
					to = end;
				} else {
					head += paragraph.slice(from, to) + ' ';
					from = end;
					to = end;
				}

				lineWidth += 1;
			}
		} else if (code >= 0x21 && code <= 0x7e) {
			while (end < length && paragraph.charCodeAt(end) >= 0x21 && paragraph.charCodeAt(end) <= 0x7e) end++;
			const tokenWidth = end - index;
			if (lineWidth + tokenWidth <= width) {
				append(index, end);
				lineWidth += tokenWidth;
			} else if (tokenWidth <= width && lineWidth > 0) {
				endLine(index);
				to = end;
				lineWidth = tokenWidth;
			} else {
				// A word wider than the line: cut it where the line is full.
				for (let at = index; at < end; at++) {
					if (lineWidth + 1 > width && lineWidth > 0) endLine(at);
					append(at, at + 1);
					lineWidth += 1;
				}
			}
		} else {
			// A run of other code points (kana, kanji, punctuation): a line may break before any of them.
			let runStart = index;
			end = index;
			while (end < length) {
				const next = paragraph.charCodeAt(end);
				if (isSimpleSpace(next) || (next >= 0x21 && next <= 0x7e)) break;
				// A table load per character: this loop sees most characters of a plain run.
				let size: number = table[next]!;
				let units = 1;
				if (size === 0) {
					const codePoint = paragraph.codePointAt(end)!;
					const astral = codePoint > 0xff_ff ? simpleCodePointWidth(codePoint) : undefined;
					if (astral === undefined) {
						// Not simple after all (an emoji, a combining mark): the general path redoes the paragraph.
						lines.length = firstLine;
						return false;
					}

					size = astral;
					units = 2;
				}

				if (lineWidth + size > width && lineWidth > 0) {
					append(runStart, end);
					endLine(end);
					runStart = end;
				}

				lineWidth += size;
				end += units;
			}

			append(runStart, end);
		}

		index = end;
	}

	endLine(length);
	return true;
}

function wrapParagraph(paragraph: string, width: number, lines: string[]): void {
	let line = '';
	let lineWidth = 0;
	for (const token of paragraph.match(/[\u0021-\u007E]+|\s+|./gsu) ?? []) {
		const first = token.charCodeAt(0);
		// Tokens are a run of printable ASCII, a run of whitespace, or one other code point.
		const asciiWord = first >= 0x21 && first <= 0x7e;
		if (!asciiWord && /^\s/.test(token)) {
			if (lineWidth > 0 && lineWidth + 1 <= width) {
				line += ' ';
				lineWidth += 1;
			}

			continue;
		}

		const tokenWidth = asciiWord ? token.length : (simpleCodePointWidth(token.codePointAt(0)!) ?? displayWidth(token));
		if (lineWidth + tokenWidth <= width) {
			line += token;
			lineWidth += tokenWidth;
			continue;
		}

		if (tokenWidth <= width && lineWidth > 0) {
			lines.push(line.trimEnd());
			line = token;
			lineWidth = tokenWidth;
			continue;
		}

		for (const grapheme of graphemes(token)) {
			const size = displayWidth(grapheme);
			if (lineWidth + size > width && lineWidth > 0) {
				lines.push(line.trimEnd());
				line = '';
				lineWidth = 0;
			}

			line += grapheme;
			lineWidth += size;
		}
	}

	lines.push(line.trimEnd());
}

/**
 * Breaks text into lines of at most `width` columns. Latin words stay whole where they fit;
 * Japanese text breaks between any two characters, as Japanese typesetting does.
 */
export function wrap(text: string, width: number): string[] {
	if (width <= 0) return [];
	const lines: string[] = [];
	// Most text is one paragraph: no array to split it into.
	if (!text.includes('\n')) {
		if (!wrapSimpleParagraph(text, width, lines)) wrapParagraph(text, width, lines);
		return lines;
	}

	for (const paragraph of text.split('\n')) {
		if (!wrapSimpleParagraph(paragraph, width, lines)) wrapParagraph(paragraph, width, lines);
	}

	return lines;
}
