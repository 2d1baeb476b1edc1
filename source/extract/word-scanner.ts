/** A word found in a text: what it is, and where. */
export interface WordHit<Entry> {
	readonly entry: Entry;
	readonly start: number;
	readonly end: number;
	/** The text as found (case as written). */
	readonly text: string;
}

interface Word<Entry> {
	readonly lower: string;
	readonly length: number;
	readonly entry: Entry;
	/** Latin words stand on word boundaries: "sales" is not in "wholesales". */
	readonly latinStart: boolean;
	readonly latinEnd: boolean;
	readonly caseSensitive: boolean;
}

const isLatin = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isLatinOrDigit = (code: number) => isLatin(code) || (code >= 48 && code <= 57);

export interface ScannerWord<Entry> {
	readonly text: string;
	readonly entry: Entry;
	/** Match only in the case given (short abbreviations that are also ordinary words). */
	readonly caseSensitive?: boolean;
}

/**
 * Finds every word of a vocabulary in a text in one pass, longest word first at each place, without
 * overlaps. Words are indexed by their first character, so the scan jumps from candidate to
 * candidate natively: one regular expression of hundreds of alternatives was several times slower.
 */
export class WordScanner<Entry> {
	readonly #byFirstCharacter = new Map<number, Array<Word<Entry>>>();
	readonly #firstCharacters: RegExp;

	constructor(words: ReadonlyArray<ScannerWord<Entry>>) {
		const sorted = [...words].filter(word => word.text.length > 0).sort((a, b) => b.text.length - a.text.length);
		for (const {text, entry, caseSensitive = false} of sorted) {
			const lower = caseSensitive ? text : text.toLowerCase();
			const word: Word<Entry> = {
				lower,
				length: text.length,
				entry,
				latinStart: isLatinOrDigit(text.charCodeAt(0)),
				latinEnd: isLatinOrDigit(text.charCodeAt(text.length - 1)),
				caseSensitive,
			};
			// A word that ignores case is filed under both cases of its first character: one look-up a place.
			const firsts = caseSensitive ? [text[0]!] : [...new Set([lower[0]!, lower[0]!.toUpperCase()])];
			for (const first of firsts) {
				const list = this.#byFirstCharacter.get(first.charCodeAt(0));
				if (list) list.push(word);
				else this.#byFirstCharacter.set(first.charCodeAt(0), [word]);
			}
		}

		const escaped = [...this.#byFirstCharacter.keys()].map(code => String.fromCharCode(code).replace(/[\\\]^-]/g, '\\$&')).join('');
		this.#firstCharacters = escaped.length > 0 ? new RegExp(`[${escaped}]`, 'g') : /$^/g;
	}

	/** Every word in `text`, in order; `text` is expected NFKC-normalised. */
	scan(text: string): Array<WordHit<Entry>> {
		const hits: Array<WordHit<Entry>> = [];
		const scan = new RegExp(this.#firstCharacters);
		let found: RegExpExecArray | null;
		while ((found = scan.exec(text)) !== null) {
			const index = found.index;
			for (const word of this.#byFirstCharacter.get(text.charCodeAt(index))!) {
				const end = index + word.length;
				if (end > text.length) continue;
				const slice = text.slice(index, end);
				if ((word.caseSensitive ? slice : slice.toLowerCase()) !== word.lower) continue;
				if (word.latinStart && index > 0 && isLatin(text.charCodeAt(index - 1))) continue;
				if (word.latinEnd && end < text.length && isLatin(text.charCodeAt(end))) continue;
				hits.push({entry: word.entry, start: index, end, text: slice});
				scan.lastIndex = end;
				break;
			}
		}

		return hits;
	}
}
