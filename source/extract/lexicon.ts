import type {LexiconEntry} from './lexicon-entry.js';
import {eventEntries} from './lexicon-events.js';
import {firmEntries} from './lexicon-firms.js';
import {markerEntries} from './lexicon-markers.js';
import {measureEntries} from './lexicon-measures.js';
import {WordScanner, type WordHit} from './word-scanner.js';

// The words brief reads figures and events by, as data. Each word is written once, under one entry
// with a stable id; a person adds a word here and a test sentence, without reading the matcher.
// Where words overlap in a text the longest wins ("投資利益" over "投資"); `priority` decides between
// two cues that compete for one number at the same distance (higher first).

export const lexicon: readonly LexiconEntry[] = [...measureEntries, ...markerEntries, ...eventEntries, ...firmEntries];

const scannerOf = (entries: readonly LexiconEntry[]) => new WordScanner(entries.flatMap(entry => entry.words.map(text => ({text: text.normalize('NFKC'), entry, caseSensitive: entry.caseSensitive ?? false}))));
const scanner = scannerOf(lexicon);
const firmScanner = scannerOf(lexicon.filter(entry => entry.firm !== undefined));

/** Every lexicon word in a (normalised) sentence, in order. */
export function scanLexicon(text: string): Array<WordHit<LexiconEntry>> {
	return scanner.scan(text);
}

/** The research firms a (normalised) sentence names: every sentence needs them, few need the whole lexicon. */
export function scanFirms(text: string): Array<WordHit<LexiconEntry>> {
	return firmScanner.scan(text);
}

export type LexiconHit = WordHit<LexiconEntry>;
