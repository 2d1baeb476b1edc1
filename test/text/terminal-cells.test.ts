import * as library from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {styledCharsFromTokens, styledCharsToString, tokenize} from '../../source/text/terminal-cells.js';
import {styleEnd, styleStart} from '../../source/ui/theme.js';

// What Ink's frames are made of (the theme's SGR codes, pane borders, Japanese text) and what the
// fast path must leave to the library: emoji, combining marks, (han)dakuten, jamo, other escapes.
const sgr = [
	styleStart({color: 36}),
	styleStart({bold: true, color: 33}),
	styleStart({inverse: true}),
	styleStart({dim: true}),
	styleStart({bold: true, dim: true, inverse: true, color: 90}),
	styleEnd,
	'\u001B[m',
	'\u001B[39m',
	'\u001B[22m',
	'\u001B[38;5;123m',
	'\u001B[48;2;1;2;3m',
	'\u001B[1;3;31m',
];
const pieces = [
	...sgr,
	'a',
	' ',
	'Azure',
	'│',
	'╭─',
	'▁▇',
	'▲',
	'★',
	'…',
	'·',
	'ソ',
	'漢',
	'。',
	'「',
	'％',
	'ｱ',
	'ﾞ',
	'한',
	'\u1100\u1161',
	'𠮷',
	'😀',
	'👩‍👩‍👧',
	'❤️',
	'🇯🇵',
	'e\u0301',
	'か\u3099',
	'\u200B',
	'\u001B]8;;https://x\u0007',
	'\u009B31m',
	'\u001B[',
	'\u001B[3x',
	'\u001B',
];
const line = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map(parts => parts.join(''));

test('tokenizes every line as the library does, the first time and when it comes back', () => {
	fc.assert(
		fc.property(line, sample => {
			expect(tokenize(sample)).toEqual(library.tokenize(sample));
			expect(tokenize(sample)).toEqual(library.tokenize(sample));
		}),
		{numRuns: 3000},
	);
});

test('gives the styled chars the library gives', () => {
	fc.assert(
		fc.property(line, sample => {
			expect(styledCharsFromTokens(tokenize(sample))).toEqual(library.styledCharsFromTokens(library.tokenize(sample)));
		}),
		{numRuns: 3000},
	);
});

test('turns a row of cells from several lines and blanks back into the library’s text', () => {
	const blank = (): library.StyledChar => ({type: 'char', value: ' ', fullWidth: false, styles: []});
	const part = fc.oneof(
		line.map(sample => ({sample})),
		fc.integer({min: 1, max: 4}).map(blanks => ({blanks})),
	);
	fc.assert(
		fc.property(fc.array(part, {maxLength: 6}), parts => {
			const ours: library.StyledChar[] = [];
			const theirs: library.StyledChar[] = [];
			for (const piece of parts) {
				if ('blanks' in piece) {
					for (let index = 0; index < piece.blanks; index++) {
						ours.push(blank());
						theirs.push(blank());
					}
				} else {
					ours.push(...styledCharsFromTokens(tokenize(piece.sample)));
					theirs.push(...library.styledCharsFromTokens(library.tokenize(piece.sample)));
				}
			}

			expect(styledCharsToString(ours)).toBe(library.styledCharsToString(theirs));
		}),
		{numRuns: 3000},
	);
});

test('leaves a tokenize with a visible-width limit to the library', () => {
	const sample = `${styleStart({color: 32})}漢字とtext${styleEnd}`;
	expect(tokenize(sample, 3)).toEqual(library.tokenize(sample, 3));
});
