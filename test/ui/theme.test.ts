import {describe, expect, it} from 'vitest';
import {segment} from '../../source/ui/line.js';
import {styledLine} from '../../source/ui/lines-view.js';
import {themeFor} from '../../source/ui/theme.js';

const colourCodes = /\u001B\[[\d;]*(?:3\d|9\d)[\d;]*m/;

describe('theme', () => {
	const line = [segment('AWS ', 'accent'), segment('29% '), segment('▼', 'down'), segment(' as of 2025-09-07', 'muted')];

	it('colours tones by meaning', () => {
		const text = styledLine(line, themeFor({}));
		expect(text).toContain('\u001B[31m▼');
		expect(text).toContain('\u001B[36mAWS ');
		expect(text.replaceAll(/\u001B\[[\d;]*m/g, '')).toBe('AWS 29% ▼ as of 2025-09-07');
	});

	it('uses no colour when NO_COLOR has any value, and keeps the ▼', () => {
		const text = styledLine(line, themeFor({NO_COLOR: '1'}));
		expect(text).not.toMatch(colourCodes);
		expect(text).toContain('▼');
	});

	it('ignores an empty NO_COLOR', () => {
		expect(styledLine(line, themeFor({NO_COLOR: ''}))).toMatch(colourCodes);
	});

	it('draws plain text without a theme', () => {
		expect(styledLine(line, undefined)).toBe('AWS 29% ▼ as of 2025-09-07');
	});
});
