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

/** Orders two words of one length: below zero when the first comes first. */
export type WordOrder = (first: string, second: string) => number;

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
	readonly #order: WordOrder;

	/**
	 * `order` breaks ties between words of one length (the caller's fixed order); words it leaves
	 * equal keep the order they were given in.
	 */
	constructor(words: ReadonlyArray<ScannerWord<Entry>>, accept?: Acceptance, order: WordOrder = () => 0) {
		this.#accept = accept;
		this.#order = order;
		const sorted = [...words].filter(word => word.text.length > 0).sort((a, b) => b.text.length - a.text.length || order(a.text, b.text));
		for (const given of sorted) {
			const word = this.#word(given);
			const first = this.#markStart(word);
			if (word.text.length === 1) entryOf(this.#oneCharacter, first, () => []).push(word);
			else
				entryOf(
					entryOf(this.#byFirstTwo, first, () => new Map()),
					foldCode(word.folded.charCodeAt(1)),
					() => [],
				).push(word);
		}
	}

	/**
	 * This vocabulary and `words`, found as a scanner made of them all would find them, without
	 * filing the whole vocabulary again: only the buckets the new words fall in are copied. An
	 * article that introduces a company of its own pays for its few names, not the registry's.
	 */
	including(words: ReadonlyArray<ScannerWord<Entry>>, {override = false}: {readonly override?: boolean} = {}): WordScanner<Entry> {
		const scanner = new WordScanner<Entry>([], this.#accept, this.#order);
		scanner.#startsWord.set(this.#startsWord);
		for (const [first, seconds] of this.#byFirstTwo) scanner.#byFirstTwo.set(first, seconds);
		for (const [first, list] of this.#oneCharacter) scanner.#oneCharacter.set(first, list);
		const copied = new Set<Array<Word<Entry>>>();
		for (const given of words) {
			if (given.text.length === 0) continue;
			const word = scanner.#word(given);
			let bucket = scanner.#bucket(word);
			if (bucket === undefined || !copied.has(bucket)) {
				bucket = scanner.#replaceBucket(word, [...(bucket ?? [])]);
				copied.add(bucket);
			}

			// After every word that comes first in the constructor's order, and after equals (given later); before the
			// same text, when the words override it.
			const at = bucket.findIndex(other => other.text.length < word.text.length || (other.text.length === word.text.length && (this.#order(other.text, word.text) > 0 || (override && other.text === word.text))));
			bucket.splice(at === -1 ? bucket.length : at, 0, word);
		}

		return scanner;
	}

	#word({text, entry, caseSensitive = false}: ScannerWord<Entry>): Word<Entry> {
		const folded = foldLatin(text);
		return {
			text,
			folded: caseSensitive ? text : folded,
			entry,
			latinStart: isLatinOrDigit(text.charCodeAt(0)),
			latinEnd: isLatinOrDigit(text.charCodeAt(text.length - 1)),
			caseSensitive,
		};
	}

	/** Marks the word's first character, in either case, as starting a word; its folded code. */
	#markStart(word: Word<Entry>): number {
		const first = foldCode(word.folded.charCodeAt(0));
		this.#startsWord[first] = 1;
		if (first >= 97 && first <= 122) this.#startsWord[first - 32] = 1;
		return first;
	}

	#bucket(word: Word<Entry>): Array<Word<Entry>> | undefined {
		const first = foldCode(word.folded.charCodeAt(0));
		return word.text.length === 1 ? this.#oneCharacter.get(first) : this.#byFirstTwo.get(first)?.get(foldCode(word.folded.charCodeAt(1)));
	}

	/**
	 * Files `list` as the word's bucket and marks its first character. The map of second characters
	 * is copied when the list is new to it: it may be shared with the scanner this one was made from.
	 */
	#replaceBucket(word: Word<Entry>, list: Array<Word<Entry>>): Array<Word<Entry>> {
		const first = this.#markStart(word);
		if (word.text.length === 1) {
			this.#oneCharacter.set(first, list);
			return list;
		}

		const second = foldCode(word.folded.charCodeAt(1));
		const seconds = this.#byFirstTwo.get(first);
		if (seconds?.get(second) !== list) this.#byFirstTwo.set(first, new Map(seconds).set(second, list));
		return list;
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
