import type {ReaderText} from './article-text.js';
import {wrapWithKinsoku} from '../text/kinsoku.js';
import {glyphs} from './theme.js';
import {segment, textLine, type Line} from './line.js';

const cache = new WeakMap<ReaderText, Map<number, Line[]>>();

/**
 * The article as lines `width` wide: a sentence per line group, a blank line between paragraphs,
 * sentences about the company behind a ▌ gutter mark. Cached per text and width: the reducer asks on every key.
 */
export function readerLines(text: ReaderText, width: number): Line[] {
	let byWidth = cache.get(text);
	if (!byWidth) {
		byWidth = new Map();
		cache.set(text, byWidth);
	}

	const cached = byWidth.get(width);
	if (cached) return cached;
	const lines: Line[] = [];
	const textWidth = Math.max(1, width - 2);
	for (const sentence of text.sentences) {
		if (sentence.paragraphStart && lines.length > 0) lines.push(textLine('', width));
		for (const piece of wrapWithKinsoku(sentence.text, textWidth)) {
			lines.push(sentence.about ? [segment(`${glyphs.aboutCompany} `, 'accent'), ...textLine(piece, textWidth, 'plain')] : [segment('  '), ...textLine(piece, textWidth)]);
		}
	}

	byWidth.set(width, lines);
	return lines;
}
