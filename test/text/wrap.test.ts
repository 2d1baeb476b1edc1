import fc from 'fast-check';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {wrap} from '../../source/text/width.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** wrap as it was first written (regex tokens, string-width): the behaviour the fast path keeps. */
function referenceWrap(text: string, width: number): string[] {
	if (width <= 0) return [];
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		let lineWidth = 0;
		for (const token of paragraph.match(/[\u0021-\u007E]+|\s+|./gsu) ?? []) {
			if (/^\s+$/.test(token)) {
				if (lineWidth > 0 && lineWidth + 1 <= width) {
					line += ' ';
					lineWidth += 1;
				}

				continue;
			}

			const tokenWidth = stringWidth(token);
			if (lineWidth + tokenWidth <= width) {
				line += token;
				lineWidth += tokenWidth;
				continue;
			}

			if (tokenWidth <= width && lineWidth > 0) {
				lines.push(line.trimEnd());
				line = token;
				lineWidth = tokenWidth;
				continue;
			}

			for (const {segment} of segmenter.segment(token)) {
				const size = stringWidth(segment);
				if (lineWidth + size > width && lineWidth > 0) {
					lines.push(line.trimEnd());
					line = '';
					lineWidth = 0;
				}

				line += segment;
				lineWidth += size;
			}
		}

		lines.push(line.trimEnd());
	}

	return lines;
}

const pieces = ['a', 'Z', '9', '-', 'Azure', 'OpenAI', ' ', '  ', '\u00A0', '\u3000', '\n', 'あ', 'ソ', '漢', '。', '、', '「', '」', '（', '％', 'ｱ', '…', '—', '▲', '★', '𠮷', '😀', 'か\u3099', 'é', '\t'];
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map(parts => parts.join(''));

test('wrap gives the same lines as the reference for any mix of scripts, spaces and widths', () => {
	fc.assert(
		fc.property(text, fc.integer({min: 1, max: 30}), (sample, width) => {
			expect(wrap(sample, width)).toEqual(referenceWrap(sample, width));
		}),
		{numRuns: 2000},
	);
});
