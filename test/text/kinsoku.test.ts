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
	const pieces = ['あ', 'ソ', '漢', '。', '、', '」', 'ょ', 'ー', 'AWS', ' ', 'x', '（', '「', '…'];
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

test('no line ends with an opening bracket: it goes down to the quote it opens', () => {
	// Plain wrapping at 10 columns would end the first line with "「".
	expect(wrapWithKinsoku('あいうえおかきく「けこ」', 18)).toEqual(['あいうえおかきく', '「けこ」']);
	for (const width of [8, 12, 16, 20]) {
		const lines = wrapWithKinsoku('オープンAIは「Helix 5」と「（仮称）次世代モデル」の提供を開始した。', width);
		expect(lines.filter(line => /[「（]$/.test(line))).toEqual([]);
		expect(lines.filter(line => displayWidth(line) > width)).toEqual([]);
	}
});

test('a Latin word before closing punctuation goes down whole, never split from it or cut', () => {
	// Plain wrapping at 22 columns ends the first line with "「Orion 8" and starts the next with "」".
	const lines = wrapWithKinsoku('データセンターを稼働させ、「Orion 8」の提供を開始した。', 30);
	expect(lines.filter(line => /^[」。]/.test(line) || /「$/.test(line))).toEqual([]);
	expect(lines.some(line => line.includes('8」'))).toBe(true);
	expect(lines.join('')).toBe('データセンターを稼働させ、「Orion8」の提供を開始した。'.replace('Orion8', 'Orion 8'));
});
