import fc from 'fast-check';
import {expect, test} from 'vitest';
import {sanitize, sanitizeLine} from '../../source/text/sanitize.js';

// sanitize.ts as it was before text without controls was returned unscanned: the behaviour it keeps.
const escapeSequence = /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;
const invisible = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;

// Issue 12: and the characters terminals disagree on, settled (a flag's letters, a line break, or nothing).
const unsettled = /[\u00AD\u2028\u2029\u20E3\uFE0E\uFE0F\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/gu;
const settle = (character: string) => (/[\u2028\u2029]/.test(character) ? '\n' : /\p{Regional_Indicator}/u.test(character) ? String.fromCharCode(0x41 + character.codePointAt(0)! - 0x1_f1_e6) : '');
const referenceSanitize = (text: string) => text.replace(escapeSequence, '').replace(invisible, '').replace(unsettled, settle);
const referenceSanitizeLine = (text: string) => referenceSanitize(text).replace(/[\t\r\n]+/g, ' ');

const pieces = [
	'a',
	' ',
	'ソ',
	'漢',
	'。',
	'\t',
	'\n',
	'\r',
	'\u001B',
	'[',
	'31m',
	']',
	'0;title',
	'\u0007',
	'\\',
	'\u009B',
	'\u009D',
	'\u009C',
	'\u0090',
	'P',
	'\u0000',
	'\u007F',
	'\u0085',
	'\u200B',
	'\u200E',
	'\u202E',
	'\u2066',
	'\uFEFF',
	'\u3164',
	'\uFFA0',
	'\uDB40',
	'\uDC41',
	'\uDB40\uDC41',
	'\uDB40\uDD00',
	'😀',
	'\uD83D',
	'é',
	'\u2028',
	'\u2029',
	'\u00AD',
	'\uFE0F',
	'\u20E3',
	'❤\uFE0F',
	'1\uFE0F\u20E3',
	'🇯🇵',
	'\uD83C',
	'👍🏽',
	'\uD83C\uDFFB',
];
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map(parts => parts.join(''));

test('sanitize and sanitizeLine give what the three replacements always gave, for any mix', () => {
	fc.assert(
		fc.property(text, sample => {
			expect(sanitize(sample)).toBe(referenceSanitize(sample));
			expect(sanitizeLine(sample)).toBe(referenceSanitizeLine(sample));
		}),
		{numRuns: 3000},
	);
});

test('text with nothing to remove comes back as it is', () => {
	const clean = 'オープンAIは2016年以降、累計28億ドル (約4,400億円) を調達した。';
	expect(sanitizeLine(clean)).toBe(clean);
	expect(sanitize(clean)).toBe(clean);
});

test('a string sequence never terminated ends at the end of its line: the lines after it are kept', () => {
	expect(sanitize('前の文。\u001B]0;title never closed\n次の行はAWSの話。\n')).toBe('前の文。\n次の行はAWSの話。\n');
	expect(sanitize('a\u009D8;;https://x.example no end\nb\u001BP no end either\nc')).toBe('a\nb\nc');
	expect(sanitizeLine('title\u001B]2;no end\nmore')).toBe('title more');
});

test('characters terminals disagree on are settled: widths then hold in every terminal', () => {
	expect(sanitize('行1\u2028行2\u2029行3')).toBe('行1\n行2\n行3');
	expect(sanitizeLine('行1\u2028行2')).toBe('行1 行2');
	expect(sanitizeLine('soft\u00ADhyphen ❤\uFE0F 1\uFE0F\u20E3 🇯🇵 👍🏽')).toBe('softhyphen ❤ 1 JP 👍');
});
