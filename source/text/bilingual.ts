import type {Language} from './language.js';
import {messages, type Messages} from './messages.js';

/**
 * A text in each language brief speaks. Layers below the commands do not know the reader's
 * language: what they say to a person (an error, a notice) they say in both, and the command shows
 * the one chosen.
 */
export type Bilingual = Readonly<Record<Language, string>>;

/** A message of the catalogue in both languages. */
export function inBoth(say: (words: Messages, language: Language) => string): Bilingual {
	return {ja: say(messages('ja'), 'ja'), en: say(messages('en'), 'en')};
}

/** A text that reads the same in both languages: a code, or words that come from outside brief. */
export function sameInBoth(text: string): Bilingual {
	return {ja: text, en: text};
}

/** Texts joined in each language, with the catalogue's separator between sentences. */
export function joinedInBoth(texts: readonly Bilingual[]): Bilingual {
	return inBoth((words, language) => texts.map(text => text[language]).join(words.sentenceSeparator));
}

/**
 * An error a person reads: its message in each language. `message` is the English, for logs and for
 * code and tests that read it; commands show `messageIn` the reader's language.
 */
export class BilingualError extends Error {
	readonly texts: Bilingual;
	constructor(message: string | Bilingual) {
		const texts = typeof message === 'string' ? sameInBoth(message) : message;
		super(texts.en);
		this.texts = texts;
	}

	messageIn(language: Language): string {
		return this.texts[language];
	}
}
