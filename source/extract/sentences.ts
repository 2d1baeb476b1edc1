import type {Block, BlockKind} from './blocks.js';

/** A sentence of the cleaned article text; `text` is exactly `articleText.slice(start, end)`. */
export interface Sentence {
	readonly index: number;
	readonly text: string;
	readonly start: number;
	readonly end: number;
	readonly block: number;
	readonly blockKind: BlockKind;
	/** A table row indented under the row above (its block's `indented`). */
	readonly indented?: boolean;
	/** False for text cut off mid-sentence: kept, never offered as a summary. */
	readonly complete: boolean;
}

const closers = '」』）)】〕］]”’';
const enders = '。．！？!?';
const closerSet = new Set(closers);
const enderSet = new Set(enders);

// Words whose "." does not end an English sentence ("Mr. Altman", "Inc. said", "Jan. 5").
const abbreviations = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'inc',
	'corp',
	'co',
	'ltd',
	'llc',
	'plc',
	'jr',
	'sr',
	'st',
	'vs',
	'etc',
	'no',
	'approx',
	'est',
	'dept',
	'gov',
	'rep',
	'sen',
	'gen',
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
]);

/**
 * Whether the "." at `index` ends an English sentence: a space and a capital (or a quote, or the end)
 * follow, and the word before is not an abbreviation, an initial ("J. Smith") or dotted ("U.S.").
 */
function endsEnglishSentence(text: string, index: number): boolean {
	if (!/^(?:\s+["'“‘(]?[A-Z]|\s*$)/.test(text.slice(index + 1, index + 4))) return false;
	const word = /[A-Za-z.]+$/.exec(text.slice(Math.max(0, index - 20), index))?.[0] ?? '';
	if (word === '') return /[\d%)"'”’]/.test(text[index - 1] ?? '');
	return !abbreviations.has(word.toLowerCase()) && !/^[A-Z]$/.test(word) && !word.includes('.');
}

/**
 * Splits Japanese text after 。！？ (and their closing brackets). A full stop inside 「」 still ends a
 * sentence, as quoted speech runs on for several; one inside （） does not, nor a Latin "." between
 * digits or letters ("GPT-5.5", "Node.js"). English splits at ". " before a capital, save after
 * abbreviations.
 */
export function splitSentences(text: string): string[] {
	const pieces: string[] = [];
	let start = 0;
	let parenDepth = 0;
	// Visit only the characters that matter; a regular expression finds them far faster than a loop.
	const interesting = /[（(）)。．！？!?.]/g;
	let found: RegExpExecArray | null;
	while ((found = interesting.exec(text)) !== null) {
		const index = found.index;
		const char = found[0];
		if (char === '（' || char === '(') parenDepth++;
		else if (char === '）' || char === ')') {
			if (parenDepth > 0) parenDepth--;
		} else if (parenDepth === 0) {
			const next = text[index + 1];
			if ((char === '!' || char === '?') && next !== undefined && /\w/.test(next)) continue;
			if (char === '.' && !endsEnglishSentence(text, index)) continue;
			// "２．３％": a full-width point between digits is a decimal point, not the end of a sentence.
			if (char === '．' && next !== undefined && /[0-9０-９]/.test(next) && /[0-9０-９]/.test(text[index - 1] ?? '')) continue;
			let end = index + 1;
			while (end < text.length && (closerSet.has(text[end]!) || enderSet.has(text[end]!))) end++;
			interesting.lastIndex = end;
			// 「以上です。」と言った: a quotation followed by と is part of the sentence around it.
			if (end > index + 1 && /^(?:と|って|との)/.test(text.slice(end, end + 2))) continue;
			pieces.push(text.slice(start, end));
			start = end;
		}
	}

	if (start < text.length) pieces.push(text.slice(start));
	// Leading spaces belong to no sentence: keep offsets exact by moving them onto the previous piece.
	const result: string[] = [];
	for (const piece of pieces) {
		const leading = /^\s+/.exec(piece)?.[0] ?? '';
		if (leading && result.length > 0) result[result.length - 1] += leading;
		const rest = piece.slice(leading.length);
		if (rest.length > 0) result.push(rest);
		else if (leading && result.length === 0) result.push(leading);
	}

	return result;
}

const trailingAttribution = /[(（][^()（）]{1,40}[)）]$/;

/** Whether a sentence reads as finished rather than cut off. */
export function isComplete(text: string, kind: BlockKind): boolean {
	const trimmed = text.trim().replace(trailingAttribution, '').trim();
	if (trimmed.length === 0) return false;
	const last = trimmed.at(-1)!;
	if (enders.includes(last) || last === '.' || '」』'.includes(last)) return true;
	if (kind === 'heading' || kind === 'table' || kind === 'caption') return true;
	if (kind === 'bullet') return !/[、，,・:：をにがはでとのへもや]$/.test(trimmed);
	return false;
}

/**
 * Sentences of one article read at most: each costs a few kilobytes of facts while the article is
 * read, and an article of more (a megabyte of dense figures and dates, or a file made to fill memory)
 * would take hundreds of megabytes. A long report has a few thousand; the rest of a longer one is not read.
 */
export const maxSentencesPerArticle = 20_000;

/** The article's sentences, with offsets into `blocks.map(b => b.text).join(separator)`; at most maxSentencesPerArticle. */
export function segmentBlocks(blocks: readonly Block[], separator: string): Sentence[] {
	const sentences: Sentence[] = [];
	let offset = 0;
	blocks.forEach((block, blockIndex) => {
		let position = offset;
		// "| 2025年10月 | AMD→OpenAI | 6GW分のGPU供給。OpenAIに新株予約権 |": a table row is one line, whatever its cells say.
		for (const piece of block.kind === 'table' ? [block.text] : splitSentences(block.text)) {
			if (sentences.length >= maxSentencesPerArticle) break;
			const text = piece.trimEnd();
			if (text.trim().length > 0) {
				sentences.push({
					index: sentences.length,
					text,
					start: position,
					end: position + text.length,
					block: blockIndex,
					blockKind: block.kind,
					complete: isComplete(text, block.kind),
					...(block.indented ? {indented: true} : {}),
				});
			}

			position += piece.length;
		}

		offset += block.text.length + separator.length;
	});
	// An article that stops without a full stop was cut off, whatever its last block looks like.
	const last = sentences.at(-1);
	if (last?.complete && last.blockKind !== 'heading' && last.blockKind !== 'table' && !/[。．！？!?」』.]$/.test(last.text.replace(trailingAttribution, '').trim())) {
		sentences[sentences.length - 1] = {...last, complete: false};
	}

	return sentences;
}
