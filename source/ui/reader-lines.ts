import type {ReaderText} from './article-text.js';
import {wrapWithKinsoku} from '../text/kinsoku.js';
import {glyphs} from './theme.js';
import {segment, textLine, type Line} from './line.js';

/** The reader's lines at a width, and where each sentence starts among them. */
interface Laid {
	readonly lines: Line[];
	/** The first line of each sentence. */
	readonly starts: number[];
}

const cache = new WeakMap<ReaderText, Map<string, Laid>>();

function comparable(text: string): string {
	return text.normalize('NFKC').replaceAll(/\s+/g, '');
}

/**
 * The sentence of the text a quote is: the same sentence, else the first that holds the quote or is
 * held by it (a quote can be a table row, or two sentences the extractor read as one); -1 when none.
 */
export function quotedSentence(text: ReaderText, quote: string): number {
	const wanted = comparable(quote);
	if (wanted === '') return -1;
	const sentences = text.sentences.map(sentence => comparable(sentence.text));
	const same = sentences.indexOf(wanted);
	if (same !== -1) return same;
	return sentences.findIndex(sentence => sentence.includes(wanted) || (sentence.length >= 8 && wanted.includes(sentence)));
}

function lay(text: ReaderText, width: number, quote: string): Laid {
	let byKey = cache.get(text);
	if (!byKey) {
		byKey = new Map();
		cache.set(text, byKey);
	}

	const key = `${width}\u0000${quote}`;
	const cached = byKey.get(key);
	if (cached) return cached;
	const quoted = quotedSentence(text, quote);
	const lines: Line[] = [];
	const starts: number[] = [];
	const textWidth = Math.max(1, width - 2);
	for (const [index, sentence] of text.sentences.entries()) {
		if (sentence.paragraphStart && lines.length > 0) lines.push(textLine('', width));
		starts.push(lines.length);
		for (const piece of wrapWithKinsoku(sentence.text, textWidth)) {
			if (index === quoted) lines.push([segment(`${glyphs.quoted} `, 'focus'), ...textLine(piece, textWidth, 'focus')]);
			else if (sentence.about) lines.push([segment(`${glyphs.aboutCompany} `, 'accent'), ...textLine(piece, textWidth, 'plain')]);
			else lines.push([segment('  '), ...textLine(piece, textWidth)]);
		}
	}

	const laid = {lines, starts};
	byKey.set(key, laid);
	return laid;
}

/**
 * The article as lines `width` wide: a sentence per line group, a blank line between paragraphs,
 * the quoted sentence behind a > mark, the others about the company behind ▌. Cached per text,
 * width and quote: the reducer asks on every key.
 */
export function readerLines(text: ReaderText, width: number, quote = ''): Line[] {
	return lay(text, width, quote).lines;
}

/** The line the quoted sentence starts on, at a width; undefined when the text does not hold it. */
export function quoteLine(text: ReaderText, quote: string, width: number): number | undefined {
	const index = quotedSentence(text, quote);
	return index === -1 ? undefined : lay(text, width, quote).starts[index];
}
