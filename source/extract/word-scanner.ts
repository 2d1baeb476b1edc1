/** A word found in a text: what it is, and where. */
export interface WordHit<Entry> {
	readonly entry: Entry;
	readonly start: number;
	readonly end: number;
	/** The text as found (case as written). */
	readonly text: string;
}

interface Word<Entry> {
	readonly text: string;
	/** The word with its Latin capitals folded (as written when it is case-sensitive). */
	readonly folded: string;
	readonly entry: Entry;
	/** Latin words stand on word boundaries: "sales" is not in "wholesales". */
	readonly latinStart: boolean;
	readonly latinEnd: boolean;
	readonly caseSensitive: boolean;
}

const isLatin = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLatinOrDigit = (code: number) => isLatin(code) || (code >= 48 && code <= 57);
/**
 * Only Latin capitals are folded: the text is NFKC-normalised, so full-width letters are Latin already,
 * and String#toLowerCase on Japanese text cost more than the rest of the scan.
 */
const foldCode = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const foldLatin = (text: string) => text.replace(/[A-Z]/g, letter => letter.toLowerCase());

function foldedAt(text: string, index: number, folded: string): boolean {
	for (let offset = 0; offset < folded.length; offset++) if (foldCode(text.charCodeAt(index + offset)) !== folded.charCodeAt(offset)) return false;
	return true;
}

function entryOf<Key, Value>(map: Map<Key, Value>, key: Key, create: () => Value): Value {
	let value = map.get(key);
	if (value === undefined) map.set(key, (value = create()));
	return value;
}

export interface ScannerWord<Entry> {
	readonly text: string;
	readonly entry: Entry;
	/** Match only in the case given (short abbreviations that are also ordinary words). */
	readonly caseSensitive?: boolean;
}

/** Whether a word found at [start, end) of `text` counts (a company's name must stand on its own, say). */
export type Acceptance = (text: string, start: number, end: number, word: string) => boolean;

/**
 * Finds every word of a vocabulary in a text in one pass, longest word first at each place, without
 * overlaps. A table says which characters start a word, and words are filed by their first two
 * characters, so at each such character only the few words that also share the second are tried:
 * one regular expression of hundreds of alternatives was several times slower, and an index by the
 * first character alone tried dozens of words at every に and と.
 */
export class WordScanner<Entry> {
	/** Words of two or more characters by their first, then their second (folded) character. */
	readonly #byFirstTwo = new Map<number, Map<number, Array<Word<Entry>>>>();
	readonly #oneCharacter = new Map<number, Array<Word<Entry>>>();
	/** 1 at the code of every character a word can start with, in either case. */
	readonly #startsWord = new Uint8Array(0x10000);
	readonly #accept: Acceptance | undefined;

	constructor(words: ReadonlyArray<ScannerWord<Entry>>, accept?: Acceptance) {
		this.#accept = accept;
		const sorted = [...words].filter(word => word.text.length > 0).sort((a, b) => b.text.length - a.text.length);
		for (const {text, entry, caseSensitive = false} of sorted) {
			const folded = foldLatin(text);
			const word: Word<Entry> = {
				text,
				folded: caseSensitive ? text : folded,
				entry,
				latinStart: isLatinOrDigit(text.charCodeAt(0)),
				latinEnd: isLatinOrDigit(text.charCodeAt(text.length - 1)),
				caseSensitive,
			};
			const first = folded.charCodeAt(0);
			this.#startsWord[first] = 1;
			if (first >= 97 && first <= 122) this.#startsWord[first - 32] = 1;
			if (text.length === 1) entryOf(this.#oneCharacter, first, () => []).push(word);
			else
				entryOf(
					entryOf(this.#byFirstTwo, first, () => new Map()),
					folded.charCodeAt(1),
					() => [],
				).push(word);
		}
	}

	/** Every word in `text`, in order; `text` is expected NFKC-normalised. */
	scan(text: string): Array<WordHit<Entry>> {
		const hits: Array<WordHit<Entry>> = [];
		const startsWord = this.#startsWord;
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			if (startsWord[code] === 0) continue;
			const first = foldCode(code);
			const pairs = index + 1 < text.length ? this.#byFirstTwo.get(first)?.get(foldCode(text.charCodeAt(index + 1))) : undefined;
			const hit = this.#firstAt(text, index, pairs) ?? this.#firstAt(text, index, this.#oneCharacter.get(first));
			if (hit) {
				hits.push(hit);
				index = hit.end - 1;
			}
		}

		return hits;
	}

	#firstAt(text: string, index: number, candidates: Array<Word<Entry>> | undefined): WordHit<Entry> | undefined {
		if (candidates === undefined) return undefined;
		for (const word of candidates) {
			const end = index + word.text.length;
			if (end > text.length) continue;
			if (!(word.caseSensitive ? text.startsWith(word.text, index) : foldedAt(text, index, word.folded))) continue;
			if (word.latinStart && index > 0 && isLatin(text.charCodeAt(index - 1))) continue;
			if (word.latinEnd && end < text.length && isLatin(text.charCodeAt(end))) continue;
			if (this.#accept && !this.#accept(text, index, end, word.text)) continue;
			return {entry: word.entry, start: index, end, text: text.slice(index, end)};
		}

		return undefined;
	}
}
