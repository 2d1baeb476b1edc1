import fc from 'fast-check';
import {expect, test} from 'vitest';
import {formatQualifiedValue, formatRange, formatValue} from '../../../source/dataset/selectors/format-value.js';

test.each([
	[29, '%', '29%'],
	[-3.25, '%', '-3.3%'],
	[38_000_000_000, 'USD', '$38B'],
	[230_000_000, 'USD', '$230M'],
	[440_000_000_000, 'JPY', '¥440B'],
	[1_000_000_000_000, 'JPY', '¥1T'],
	[1_300_000_000_000, 'JPY', '¥1.3T'],
	[53_000, 'count', '53,000'],
	[-2, 'pt', '-2pt'],
	[1_200_000_000, 'EUR', 'EUR 1.2B'],
	[-450_000_000_000, 'KRW', '-KRW 450B'],
] as const)('%d %s -> %s', (value, unit, expected) => {
	expect(formatValue(value, unit)).toBe(expected);
});

test.each([
	[38_000_000_000, 'USD', '380億ドル'],
	[230_000_000, 'USD', '2.3億ドル'],
	[1_000_000_000_000, 'JPY', '1兆円'],
	[5_860_000_000_000, 'JPY', '5兆8600億円'],
	[440_000_000_000, 'JPY', '4,400億円'],
	[50_000_000, 'JPY', '5,000万円'],
	[5.2, '%', '5.2%'],
	[3.2, 'pt', '3.2ポイント'],
	[1_200_000_000, 'EUR', '12億ユーロ'],
	[53_000, 'count', '53,000'],
] as const)('in Japanese, %d %s -> %s', (value, unit, expected) => {
	expect(formatValue(value, unit, 'ja')).toBe(expected);
});

test('in Japanese a qualifier is written as the articles write it: 約 before, 超・以上・未満・以下 after', () => {
	expect(formatQualifiedValue(33, '%', 'approx', 'ja')).toBe('約33%');
	expect(formatQualifiedValue(100_000_000_000, 'USD', 'over', 'ja')).toBe('1,000億ドル超');
	expect(formatQualifiedValue(5, '%', 'at_least', 'ja')).toBe('5%以上');
	expect(formatQualifiedValue(5, '%', 'under', 'ja')).toBe('5%未満');
});

test('a range names its unit once in Japanese, and each end in English', () => {
	expect(formatRange(56_000_000_000, 59_000_000_000, 'USD', 'exact', 'ja')).toBe('560億〜590億ドル');
	expect(formatRange(100_000_000_000, 120_000_000_000, 'JPY', 'approx', 'ja')).toBe('約1,000億〜1,200億円');
	expect(formatRange(56_000_000_000, 59_000_000_000, 'USD', 'exact', 'en')).toBe('$56B-$59B');
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
