import fc from 'fast-check';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import terminalWidth from '../../source/text/terminal-width.js';

// What Ink's frames are made of (pane borders, Japanese text, SGR colours) and what would trip a table:
// emoji and their sequences, combining marks, half-width kana with (han)dakuten, Hangul jamo, controls.
const pieces = [
	'a',
	' ',
	'Azure',
	'│',
	'╭─',
	'─',
	'▁▇',
	'▲',
	'★',
	'…',
	'·',
	'—',
	'ソ',
	'漢',
	'。',
	'「',
	'（',
	'％',
	'ｱ',
	'ﾞ',
	'한',
	'\u1100\u1161',
	'𠮷',
	'😀',
	'👩‍👩‍👧',
	'❤️',
	'#\u20E3',
	'🇯🇵',
	'e\u0301',
	'か\u3099',
	'\u200B',
	'\u00AD',
	'\t',
	'\u001B[36m',
	'\u001B[0m',
	'\u001B[1;7m',
	'\u009B31m',
	'\u001B]8;;x\u0007',
	'\u0007',
];
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map(parts => parts.join(''));

test('gives string-width its own answer for any mix of what a frame holds', () => {
	fc.assert(
		fc.property(text, sample => {
			expect(terminalWidth(sample)).toBe(stringWidth(sample));
		}),
		{numRuns: 5000},
	);
});

test('options go to string-width untouched', () => {
	expect(terminalWidth('★…', {ambiguousIsNarrow: false})).toBe(stringWidth('★…', {ambiguousIsNarrow: false}));
	expect(terminalWidth('\u001B[31mab\u001B[0m', {countAnsiEscapeCodes: true})).toBe(stringWidth('\u001B[31mab\u001B[0m', {countAnsiEscapeCodes: true}));
});
