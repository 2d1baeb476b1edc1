import {expect, test} from 'vitest';
import {wrapWithKinsoku} from '../../source/text/kinsoku.js';
import {displayWidth} from '../../source/text/width.js';

test('no line starts with closing punctuation: the character before comes down with it', () => {
	// Plain wrapping at 10 columns would start the second line with "。".
	expect(wrapWithKinsoku('あいうえおかきくけこ。さしす', 20)).toEqual(['あいうえおかきくけ', 'こ。さしす']);
});

test('every line still fits, and no text is lost', () => {
	const text = 'マイクロソフトはOpenAIとの戦略的提携を軸にAzureのAI機能を強化し、AWSは広範な基盤モデルと独自ハードウェアで優位性を保ちつつ、生成AIスタートアップへの投資を加速しています。';
	for (const width of [10, 17, 24, 31, 40, 66]) {
		const lines = wrapWithKinsoku(text, width);
		expect(lines.filter(line => displayWidth(line) > width)).toEqual([]);
		expect(lines.filter(line => /^[、。」]/.test(line))).toEqual([]);
		expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
	}
});

test('for any text and width: lines fit and nothing is lost', async () => {
	const {default: fc} = await import('fast-check');
	const pieces = ['あ', 'ソ', '漢', '。', '、', '」', 'ょ', 'ー', 'AWS', ' ', 'x', '（', '…'];
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 50}), fc.integer({min: 4, max: 30}), (parts, width) => {
			const text = parts.join('');
			const lines = wrapWithKinsoku(text, width);
			expect(lines.filter(line => displayWidth(line) > width)).toEqual([]);
			expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
		}),
		{numRuns: 1000},
	);
});
