import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {bmpWidthTable, rangeWidth, simpleCodePointWidth, simpleWidth} from '../../source/text/simple-width.js';
import {displayWidth, truncate, wrap} from '../../source/text/width.js';

test('every code point the table covers has the width string-width gives it', () => {
	const mismatches: string[] = [];
	let covered = 0;
	for (let codePoint = 0; codePoint <= 0x3_0000; codePoint++) {
		if (codePoint >= 0xd8_00 && codePoint <= 0xdf_ff) continue;
		const width = simpleCodePointWidth(codePoint);
		if (width === undefined) continue;
		covered++;
		const expected = stringWidth(String.fromCodePoint(codePoint));
		if (width !== expected) mismatches.push(`U+${codePoint.toString(16)}: ${width} vs ${expected}`);
	}

	expect(mismatches).toEqual([]);
	// Japanese, CJK and full-width forms are all covered: more than 40,000 code points.
	expect(covered).toBeGreaterThan(40_000);
});

test('the BMP table holds exactly the widths of the ranges, code point by code point', () => {
	const table = bmpWidthTable();
	const mismatches: string[] = [];
	for (let codePoint = 0; codePoint <= 0xff_ff; codePoint++) {
		if ((table[codePoint] || undefined) !== rangeWidth(codePoint)) mismatches.push(`U+${codePoint.toString(16)}`);
	}

	expect(mismatches).toEqual([]);
	expect(simpleCodePointWidth(0x2_00_00)).toBe(rangeWidth(0x2_00_00));
	expect(simpleCodePointWidth(0x1_f6_00)).toBeUndefined();
});

test.each([
	['ソラクラウド、国内シェア首位に　年間成長率は40%', 47],
	['ｿﾗｸﾗｳﾄﾞ', undefined],
	['Cloud share ▁▂█ ▲ ★ · — …', 25],
	['𠮷野家', 6],
	['emoji 😀', undefined],
	['か\u3099', undefined],
	['\uD842', undefined],
	['\uDFB7野家', undefined],
	['a\uD842', undefined],
])('simpleWidth(%j) = %s', (text, width) => {
	expect(simpleWidth(text)).toBe(width);
	expect(displayWidth(text)).toBe(stringWidth(text));
});

test('text outside the table still measures as string-width does', () => {
	for (const text of ['👩‍👩‍👧 family', 'ｶﾞｷﾞ', 'e\u0301te', '한국어', 'ﾊﾟｿｺﾝ😀']) expect(displayWidth(text)).toBe(stringWidth(text));
	expect(truncate('😀😀😀😀', 5)).toBe('😀😀…');
	expect(wrap('ｶﾞｷﾞｸﾞｹﾞｺﾞ', 4)).toEqual(['ｶﾞｷﾞ', 'ｸﾞｹﾞ', 'ｺﾞ']);
});
