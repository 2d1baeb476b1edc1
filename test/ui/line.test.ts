import {describe, expect, it} from 'vitest';
import {fitLine, lineText, lineWidth, segment} from '../../source/ui/line.js';

describe('fitLine', () => {
	it('pads a short line and cuts a long one with an ellipsis, counting wide characters as two', () => {
		expect(lineWidth(fitLine([segment('AWS ', 'accent'), segment('アマゾン')], 20))).toBe(20);
		const cut = fitLine([segment('★ ', 'accent'), segment('アマゾン・ウェブ・サービス')], 11);
		expect(lineWidth(cut)).toBeLessThanOrEqual(11);
		expect(lineText(cut)).toMatch(/…\s*$/);
	});

	it('keeps a line that fits exactly', () => {
		expect(lineText(fitLine([segment('ab'), segment('アマ')], 6))).toBe('abアマ');
	});
});
