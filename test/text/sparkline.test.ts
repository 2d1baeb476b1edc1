import {expect, test} from 'vitest';
import {sparkline} from '../../source/text/sparkline.js';

test('maps the lowest value to ▁ and the highest to █', () => {
	expect(sparkline([25, 31, 36, 33])).toBe('▁▅█▆');
	expect(sparkline([3, 2, 1])).toBe('█▅▁');
});

test('a flat series sits in the middle; nothing is empty', () => {
	expect(sparkline([5, 5])).toBe('▄▄');
	expect(sparkline([])).toBe('');
});

test('keeps the latest values when there are more than the width', () => {
	expect(sparkline([1, 2, 3, 4, 5], 2)).toBe('▁█');
});
