import {expect, test} from 'vitest';
import {formatQualifiedValue, formatValue} from '../../../source/dataset/selectors/format-value.js';

test.each([
	[29, '%', '29%'],
	[-3.25, '%', '-3.3%'],
	[38_000_000_000, 'USD', '$38B'],
	[230_000_000, 'USD', '$230M'],
	[440_000_000_000, 'JPY', '4,400億円'],
	[1_300_000_000_000, 'JPY', '1.3兆円'],
	[53_000, 'count', '53,000'],
] as const)('%d %s -> %s', (value, unit, expected) => {
	expect(formatValue(value, unit)).toBe(expected);
});

test('the qualifier becomes an ASCII prefix', () => {
	expect(formatQualifiedValue(33, '%', 'approx')).toBe('~33%');
	expect(formatQualifiedValue(100_000_000_000, 'USD', 'over')).toBe('>$100B');
	expect(formatQualifiedValue(5, '%', 'at_least')).toBe('>=5%');
});
