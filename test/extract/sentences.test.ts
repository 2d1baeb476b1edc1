import {describe, expect, test} from 'vitest';
import {segmentBlocks, splitSentences} from '../../source/extract/sentences.js';

describe('sentence segmentation', () => {
	test('splits after 。！？ and keeps closing brackets with their sentence', () => {
		expect(splitSentences('AWSが発表した。株価は上昇！本当か？')).toEqual(['AWSが発表した。', '株価は上昇！', '本当か？']);
		expect(splitSentences('「提携でしょう。次は何か」と述べた。')).toEqual(['「提携でしょう。', '次は何か」と述べた。']);
		expect(splitSentences('彼は「以上です。」と言った。')).toEqual(['彼は「以上です。」と言った。']);
		// A full-width point between digits is a decimal point; after a word it ends the sentence.
		expect(splitSentences('株価は前日比２．３％安となった．次の話題．')).toEqual(['株価は前日比２．３％安となった．', '次の話題．']);
	});

	test('does not split inside parentheses or Latin tokens', () => {
		expect(splitSentences('新モデル（GPT-5.5。仮称）を発表した。Node.jsも使う。')).toEqual(['新モデル（GPT-5.5。仮称）を発表した。', 'Node.jsも使う。']);
	});

	test('offsets point into the joined block text', () => {
		const blocks = [
			{kind: 'heading' as const, text: '見出し'},
			{kind: 'paragraph' as const, text: '一文目。 二文目。'},
		];
		const text = blocks.map(block => block.text).join('\n\n');
		const sentences = segmentBlocks(blocks, '\n\n');
		for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
		expect(sentences.map(sentence => sentence.text)).toEqual(['見出し', '一文目。', '二文目。']);
	});

	test('text cut off mid-sentence is marked incomplete', () => {
		const sentences = segmentBlocks([{kind: 'paragraph', text: '完結した文。また、特定のモデルに'}], '\n\n');
		expect(sentences.map(sentence => sentence.complete)).toEqual([true, false]);
	});
});

describe('English sentences', () => {
	test('end at ". " before a capital, not after an abbreviation, an initial or a dotted word', () => {
		expect(splitSentences('Oracle signed a deal in fiscal 2028. Oracle shares rose 9%. Mr. Altman met U.S. officials on Jan. 5. J. Smith of Microsoft Corp. agreed.')).toEqual([
			'Oracle signed a deal in fiscal 2028. ',
			'Oracle shares rose 9%. ',
			'Mr. Altman met U.S. officials on Jan. 5. ',
			'J. Smith of Microsoft Corp. agreed.',
		]);
		expect(splitSentences('Node.js 5.2% and GPT-4.5 ship. Rev. 2 は来年。')).toEqual(['Node.js 5.2% and GPT-4.5 ship. ', 'Rev. 2 は来年。']);
	});

	test('a sentence ending in "." is complete', () => {
		expect(segmentBlocks([{kind: 'paragraph', text: 'Oracle shares rose 9% in after-hours trading.'}], '\n\n').map(sentence => sentence.complete)).toEqual([true]);
	});
});
