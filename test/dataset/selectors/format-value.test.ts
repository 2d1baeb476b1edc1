import fc from 'fast-check';
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
	[-2, 'pt', '-2pt'],
	[1_200_000_000, 'EUR', 'EUR 1.2B'],
	[-450_000_000_000, 'KRW', '-KRW 450B'],
] as const)('%d %s -> %s', (value, unit, expected) => {
	expect(formatValue(value, unit)).toBe(expected);
});

test('the qualifier becomes an ASCII prefix', () => {
	expect(formatQualifiedValue(33, '%', 'approx')).toBe('~33%');
	expect(formatQualifiedValue(100_000_000_000, 'USD', 'over')).toBe('>$100B');
	expect(formatQualifiedValue(5, '%', 'at_least')).toBe('>=5%');
	expect(formatQualifiedValue(5_000, 'count', 'up_to')).toBe('<=5,000');
});

/** formatValue's number grouping as first written (split, two regexes): the behaviour it keeps. */
function referenceTrimmed(value: number, digits: number): string {
	const [whole = '0', fraction = ''] = Math.abs(value).toFixed(digits).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	const decimals = fraction.replace(/0+$/, '');
	const sign = value < 0 && (whole !== '0' || decimals !== '') ? '-' : '';
	return `${sign}${grouped}${decimals === '' ? '' : `.${decimals}`}`;
}

test('percentages and counts are grouped and trimmed as they always were, for any value', () => {
	const values = fc.oneof(fc.double({noNaN: true, noDefaultInfinity: true}), fc.integer({min: -1e7, max: 1e7}), fc.constantFrom(0, -0, 0.04, -0.04, 0.05, 999.95, 1e21, -1.5e22, 1000, 100.5));
	fc.assert(
		fc.property(values, value => {
			expect(formatValue(value, '%')).toBe(`${referenceTrimmed(value, 1)}%`);
			expect(formatValue(value, 'count')).toBe(referenceTrimmed(value, 0));
		}),
		{numRuns: 5000},
	);
});
