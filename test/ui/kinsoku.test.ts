import {describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/width.js';
import {wrapJapanese} from '../../source/ui/kinsoku.js';

describe('wrapJapanese', () => {
	it('never starts a line with 、 or 。, and keeps every line within the width', () => {
		const text = 'AWSの戦略が、競合との差別化に成功した。マイクロソフトは、この1兆円を投じることで、単に追随するのではなく、地位を確立しようとしているんだ。';
		for (const width of [8, 10, 13, 20, 31]) {
			const lines = wrapJapanese(text, width);
			expect(lines.join('')).toBe(text);
			for (const line of lines) {
				expect(displayWidth(line)).toBeLessThanOrEqual(width);
				expect(line).not.toMatch(/^[、。]/);
			}
		}
	});

	it('leaves text that needs no care as wrap made it', () => {
		expect(wrapJapanese('あいうえお', 4)).toEqual(['あい', 'うえ', 'お']);
	});
});
