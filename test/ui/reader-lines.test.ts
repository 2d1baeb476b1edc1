import {expect, test} from 'vitest';
import {lineText} from '../../source/ui/line.js';
import {quoteLine, quotedSentence, readerLines} from '../../source/ui/reader-lines.js';

const text = {
	title: 't',
	sentences: [
		{text: 'クモ・クラウドの国内クラウド市場シェアは20%から25%へと拡大した。', about: true, paragraphStart: true},
		{text: '一方、ソラ・システムズは横ばいだった。', about: false, paragraphStart: false},
		{text: 'クモ・クラウドは2025年9月15日、新しいGPUクラスタの提供を発表した。', about: true, paragraphStart: true},
	],
};

test('finds the sentence a quote is, whatever its spacing or width of letters', () => {
	expect(quotedSentence(text, '一方、ソラ・システムズは横ばいだった。')).toBe(1);
	expect(quotedSentence(text, 'クモ・クラウドは2025年9月15日、新しいＧＰＵクラスタの提供を発表した。')).toBe(2);
	// Part of a sentence, or two sentences quoted as one.
	expect(quotedSentence(text, '新しいGPUクラスタの提供')).toBe(2);
	expect(quotedSentence(text, '何も書かれていない文。')).toBe(-1);
	expect(quotedSentence(text, '')).toBe(-1);
});

test('marks the quoted sentence with > and says on which line it starts at a width', () => {
	const lines = readerLines(text, 20, '一方、ソラ・システムズは横ばいだった。').map(line => lineText(line));
	const start = quoteLine(text, '一方、ソラ・システムズは横ばいだった。', 20)!;
	expect(lines[start]).toMatch(/^> 一方/);
	expect(lines.filter(line => line.startsWith('>')).length).toBeGreaterThanOrEqual(1);
	expect(lines.some(line => line.startsWith('▌'))).toBe(true);
	expect(quoteLine(text, 'ない', 20)).toBeUndefined();
});
