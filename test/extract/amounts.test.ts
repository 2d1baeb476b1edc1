import {describe, expect, test} from 'vitest';
import {findQuantities, parseJapaneseNumber} from '../../source/extract/amounts.js';

const quantities = (text: string) => findQuantities(text.normalize('NFKC')).map(({value, unit, qualifier, converted, transition}) => ({value, unit, qualifier, converted, transition}));

describe('amounts', () => {
	test('万/億/兆 with commas and full-width digits', () => {
		expect(parseJapaneseNumber('5兆8600億')).toBe(5.86e12);
		expect(parseJapaneseNumber('2億3,000万')).toBe(2.3e8);
		expect(parseJapaneseNumber('3千億')).toBe(3e11);
		expect(quantities('約４，４００億円')).toEqual([{value: 4.4e11, unit: 'JPY', qualifier: 'approx', converted: null, transition: null}]);
	});

	test('a conversion in brackets is the same figure', () => {
		expect(quantities('100億ドル（約1.3兆円）を投資')).toEqual([{value: 1e10, unit: 'USD', qualifier: 'exact', converted: {value: 1.3e12, unit: 'JPY'}, transition: null}]);
		expect(quantities('4,400億円(29億ドル)')).toHaveLength(1);
	});

	test('qualifiers: 約, 超, 以上, を超える, 未満', () => {
		expect(quantities('1,000億ドル超、約33%、10社以上、130億ドルを超える、5%未満').map(quantity => quantity.qualifier)).toEqual(['over', 'approx', 'at_least', 'over', 'under']);
		expect(quantities('時価総額は5兆ドルを突破した').map(quantity => [quantity.value, quantity.qualifier])).toEqual([[5e12, 'over']]);
	});

	test('"34%から29%" is two observations in order, sharing 程度', () => {
		const [from, to] = quantities('34%から29%程度');
		expect(from).toMatchObject({value: 34, qualifier: 'approx', transition: {order: 0}});
		expect(to).toMatchObject({value: 29, qualifier: 'approx', transition: {order: 1}});
	});

	test('the later value written first ("13%と、前年の11%から上昇", "13%(前年は11%)") is still the later one', () => {
		for (const text of ['シェアは13%と、前年の11%から上昇した', 'シェアは13%で前年同期の11%から拡大', 'シェアは13%（前年は11%）']) {
			const [later, earlier] = quantities(text);
			expect(later, text).toMatchObject({value: 13, transition: {order: 1}});
			expect(earlier, text).toMatchObject({value: 11, transition: {order: 0}});
		}

		// Two companies' shares side by side are not a transition, nor is a year-on-year rate.
		expect(quantities('AWSは30%、Azureは21%だった').map(quantity => quantity.transition)).toEqual([null, null]);
		expect(quantities('売上高は前年比12%増の965億ドル、シェアは13%').map(quantity => quantity.transition)).toEqual([null, null, null]);
	});

	test('English amounts, counts, negative marks', () => {
		expect(quantities('$38 billion')).toMatchObject([{value: 3.8e10, unit: 'USD'}]);
		expect(quantities('53,000社')).toMatchObject([{value: 53000, unit: 'count'}]);
		expect(quantities('▲5%')).toMatchObject([{value: -5, unit: '%'}]);
	});

	test('ranges and counters that are not figures are skipped', () => {
		expect(quantities('30~40%')).toEqual([]);
		expect(quantities('13四半期と2年間')).toEqual([]);
	});
});

describe('割 and English qualifiers', () => {
	test('割 is tens of percent, with 分 as single percents; 割引, 割合, 割安 and 割高 are not figures', () => {
		expect(quantities('シェアは8割を超える').map(quantity => [quantity.value, quantity.unit, quantity.qualifier])).toEqual([[80, '%', 'over']]);
		expect(quantities('1割弱にとどまる、3割5分、約4割').map(quantity => [quantity.value, quantity.qualifier])).toEqual([
			[10, 'under'],
			[35, 'exact'],
			[40, 'approx'],
		]);
		expect(quantities('2割引で販売、割合が高い、3割安い、割高な株')).toEqual([]);
	});

	test('"more than $30 billion", "about 40%", "nearly $2.5bn", "at least"; not "over" inside a word', () => {
		expect(findQuantities('a deal worth more than $30 billion a year').map(quantity => [quantity.text, quantity.value, quantity.qualifier])).toEqual([['more than $30 billion', 3e10, 'over']]);
		expect(findQuantities('About 40% of sales, nearly $2.5bn, at least $1B, less than 5%').map(quantity => quantity.qualifier)).toEqual(['approx', 'approx', 'at_least', 'under']);
		expect(findQuantities('turnover 5%').map(quantity => [quantity.text, quantity.qualifier])).toEqual([['5%', 'exact']]);
	});
});

describe('multiples of last year', () => {
	test('"前期比1.5倍" and "前年同期の約2倍" are growth of 50% and about 100%; a multiple of nothing named is not', () => {
		expect(quantities('売上高は前期比1.5倍の5200億ドル').map(quantity => [quantity.value, quantity.unit, quantity.qualifier])).toEqual([
			[50, '%', 'exact'],
			[5.2e11, 'USD', 'exact'],
		]);
		expect(quantities('前年同期の約2倍').map(quantity => [quantity.value, quantity.qualifier])).toEqual([[100, 'approx']]);
		expect(quantities('性能は2倍、3倍速い')).toEqual([]);
	});
});

describe('yen in English copy', () => {
	test('"¥1.5 trillion", "2.5 trillion yen" and "about ¥300 billion" are yen', () => {
		expect(findQuantities('profit of 2.5 trillion yen, ¥1.5 trillion and about ¥300 billion').map(quantity => [quantity.value, quantity.unit, quantity.qualifier])).toEqual([
			[2.5e12, 'JPY', 'exact'],
			[1.5e12, 'JPY', 'exact'],
			[3e11, 'JPY', 'approx'],
		]);
		// A full-width yen sign is the same sign once normalised, before a Japanese number too.
		expect(quantities('￥2,000億').map(quantity => [quantity.value, quantity.unit])).toEqual([[2e11, 'JPY']]);
	});
});
