// @alcalzone/ansi-tokenize as Ink's output.js calls it on every line of every frame: tokenize(line),
// styledCharsFromTokens, styledCharsToString. Ink starts each frame with empty caches, so the whole
// screen is segmented with Intl.Segmenter and re-styled char by char at every key press: ~8 of a
// ~12 ms key press at 120x40 (bench:tui). Here, with the same answers (test/text/terminal-cells.test.ts):
// - lines made of simple code points and SGR sequences are tokenized without Intl.Segmenter;
// - a line seen in a recent frame gets back its tokens, and the tokens their styled chars;
// - chars of one style share one styles array, so a row is turned back into text with a comparison
//   per char, and the codes between two styles are worked out once.
// scripts/build.js points only Ink's output.js here; everything else is the library's own code.
import {ansiCodesToString, diffAnsiCodes, reduceAnsiCodesIncremental, tokenize as libraryTokenize, type AnsiCode, type StyledChar, type Token} from '@alcalzone/ansi-tokenize';
import {bmpWidthTable} from './simple-width.js';

const escape = 0x1b;
const openBracket = 0x5b;

/** Lines remembered between frames: a 120x40 screen has a few hundred. */
const rememberedLines = 4096;
const tokensOfLine = new Map<string, Token[]>();
const charsOfTokens = new WeakMap<Token[], StyledChar[]>();
const tokensOfSequence = new Map<string, Token[]>();
// Whether the library calls a code unit full-width: -1 not asked yet.
const fullWidthOfUnit = new Int8Array(0x1_00_00).fill(-1);

function isFullWidth(unit: number, character: string): boolean {
	let known = fullWidthOfUnit[unit]!;
	if (known === -1) {
		const [token] = libraryTokenize(character);
		known = token?.type === 'char' && token.fullWidth ? 1 : 0;
		fullWidthOfUnit[unit] = known;
	}

	return known === 1;
}

/** The tokens of one SGR sequence (`\x1b[1;7m`), as the library splits it. */
function sequenceTokens(sequence: string): Token[] {
	let tokens = tokensOfSequence.get(sequence);
	if (!tokens) {
		tokens = libraryTokenize(sequence);
		tokensOfSequence.set(sequence, tokens);
	}

	return tokens;
}

/** Index of the `m` ending the SGR sequence at `start`, else -1. */
function sgrEnd(line: string, start: number): number {
	for (let index = start + 2; index < line.length; index++) {
		const code = line.charCodeAt(index);
		if (code === 0x6d) return index;
		if (code !== 0x3b && (code < 0x30 || code > 0x39)) return -1;
	}

	return -1;
}

/**
 * Tokens of text made of simple code points (one grapheme each, see simple-width.ts) and SGR
 * sequences; undefined for anything else, which the library tokenizes.
 */
function simpleTokens(line: string): Token[] | undefined {
	const table = bmpWidthTable();
	const tokens: Token[] = [];
	for (let index = 0; index < line.length; index++) {
		const unit = line.charCodeAt(index);
		if (unit === escape) {
			const end = line.charCodeAt(index + 1) === openBracket ? sgrEnd(line, index) : -1;
			if (end === -1) return undefined;
			for (const token of sequenceTokens(line.slice(index, end + 1))) tokens.push(token);
			index = end;
			continue;
		}

		if (table[unit] === 0) return undefined;
		const value = line[index]!;
		tokens.push({type: 'char', value, fullWidth: isFullWidth(unit, value)});
	}

	return tokens;
}

export function tokenize(line: string, endChar = Number.POSITIVE_INFINITY): Token[] {
	if (endChar !== Number.POSITIVE_INFINITY) return libraryTokenize(line, endChar);
	let tokens = tokensOfLine.get(line);
	if (!tokens) {
		tokens = simpleTokens(line) ?? libraryTokenize(line);
		if (tokensOfLine.size >= rememberedLines) tokensOfLine.clear();
		tokensOfLine.set(line, tokens);
	}

	return tokens;
}

/** No style: the one array every unstyled char and every first style change starts from. */
const unstyled: AnsiCode[] = [];
// Styles reached from a style by one more SGR token: a handful of states, each one array shared by
// every char drawn in it, frame after frame. Nothing here or in Ink changes a styles array.
const nextStyles = new WeakMap<AnsiCode[], Map<Token, AnsiCode[]>>();
// The codes that go from one style to another, by the two arrays.
const changes = new WeakMap<AnsiCode[], Map<AnsiCode[], string>>();

function styleAfter(styles: AnsiCode[], token: AnsiCode): AnsiCode[] {
	let next = nextStyles.get(styles);
	if (!next) {
		next = new Map();
		nextStyles.set(styles, next);
	}

	let after = next.get(token);
	if (!after) {
		const reduced = reduceAnsiCodesIncremental(styles, [token]);
		after = reduced.length === 0 ? unstyled : reduced;
		next.set(token, after);
	}

	return after;
}

function change(from: AnsiCode[], to: AnsiCode[]): string {
	if (from.length === 0 && to.length === 0) return '';
	const fromKey = from.length === 0 ? unstyled : from;
	const toKey = to.length === 0 ? unstyled : to;
	let known = changes.get(fromKey);
	if (!known) {
		known = new Map();
		changes.set(fromKey, known);
	}

	let codes = known.get(toKey);
	if (codes === undefined) {
		codes = ansiCodesToString(diffAnsiCodes(from, to));
		known.set(toKey, codes);
	}

	return codes;
}

export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
	let chars = charsOfTokens.get(tokens);
	if (chars) return chars;
	chars = [];
	let styles = unstyled;
	for (const token of tokens) {
		if (token.type === 'ansi') styles = styleAfter(styles, token);
		else chars.push({...token, styles});
	}

	charsOfTokens.set(tokens, chars);
	return chars;
}

export function styledCharsToString(chars: StyledChar[]): string {
	let text = '';
	let previous = unstyled;
	for (const char of chars) {
		const {styles} = char;
		// The same styles (most often the same array) need no codes between two chars.
		if (styles !== previous) text += change(previous, styles);
		text += char.value;
		previous = styles;
	}

	return text + change(previous, unstyled);
}
