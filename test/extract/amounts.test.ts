import {describe, expect, test} from 'vitest';
import {findQuantities, parseJapaneseNumber} from '../../source/extract/amounts.js';

const quantities = (text: string) => findQuantities(text.normalize('NFKC'));
const brief = (text: string) => quantities(text).map(({text: written, value, unit, qualifier, ignore}) => [written, value, unit, qualifier, ignore]);

describe('amounts', () => {
	test('万/億/兆, 百万 and 千 with commas and full-width digits', () => {
		expect(parseJapaneseNumber('5兆8600億')).toBe(5.86e12);
		expect(parseJapaneseNumber('2億3,000万')).toBe(2.3e8);
		expect(parseJapaneseNumber('3千億')).toBe(3e11);
		expect(parseJapaneseNumber('48,210百万')).toBe(4.821e10);
		expect(brief('約４，４００億円')).toEqual([['約4,400億円', 4.4e11, 'JPY', 'approx', null]]);
		expect(brief('営業利益は9,876百万円、純利益は512千円')).toEqual([
			['9,876百万円', 9.876e9, 'JPY', 'exact', null],
			['512千円', 512_000, 'JPY', 'exact', null],
		]);
	});

	test('a currency symbol with a Japanese scale word (US$3.4億, $12億)', () => {
		expect(brief('US$3.4億、$12億').map(([, value, unit]) => [value, unit])).toEqual([
			[3.4e8, 'USD'],
			[1.2e9, 'USD'],
		]);
	});

	test('currencies as ISO codes; dollars of other countries are not US dollars', () => {
		expect(brief('12億ユーロ、300億元、2兆ウォン、450億台湾ドル、7億ポンド').map(([, value, unit]) => [value, unit])).toEqual([
			[1.2e9, 'EUR'],
			[3e10, 'CNY'],
			[2e12, 'KRW'],
			[4.5e10, 'TWD'],
			[7e8, 'GBP'],
		]);
		expect(quantities('80億香港ドルと15億豪ドル')).toEqual([]);
	});

	test('△ and ▲ are minus; a sign is remembered', () => {
		expect(quantities('当期利益は△3,210百万円、増減率は▲4.5%、+12%').map(({value, signed}) => [value, signed])).toEqual([
			[-3.21e9, true],
			[-4.5, true],
			[12, true],
		]);
	});

	test('a range is one quantity at its midpoint with both ends kept', () => {
		expect(quantities('売上高は1,280億〜1,340億ドルを見込む')).toMatchObject([{value: 1.31e11, unit: 'USD', range: {low: 1.28e11, high: 1.34e11}}]);
		expect(quantities('粗利益率は47〜49%')).toMatchObject([{value: 48, unit: '%', range: {low: 47, high: 49}}]);
		// "US$32.2 billion〜33.4 billion": the second end written without its currency.
		expect(quantities('revenue を US$26.1 billion〜27.3 billion と見込む')).toMatchObject([{value: 2.67e10, unit: 'USD', range: {low: 2.61e10, high: 2.73e10}}]);
		expect(quantities('$7.1B〜$7.5B')).toMatchObject([{value: 7.3e9, range: {low: 7.1e9, high: 7.5e9}}]);
		// "6,600〜7,600百万円": a table's millions of yen, its first end bare.
		expect(quantities('4,200〜4,800百万円')).toMatchObject([{value: 4.5e9, unit: 'JPY', range: {low: 4.2e9, high: 4.8e9}}]);
		// Years before an amount are no range.
		expect(quantities('2026〜2028年の3年間に900億円')).toMatchObject([{value: 9e10, range: null}]);
	});

	test('an English range joined by "to" ($2.40 billion to $2.46 billion) is a range; "from $2 billion to $3 billion" is a change, two amounts', () => {
		expect(quantities('Q2 FY2027 revenue: $2.40 billion to $2.46 billion')).toMatchObject([{value: 2.43e9, unit: 'USD', range: {low: 2.4e9, high: 2.46e9}}]);
		expect(quantities('backlog grew from $2 billion to $3 billion')).toMatchObject([
			{value: 2e9, range: null},
			{value: 3e9, range: null},
		]);
	});

	test('a dash between two numbers (14－16%増, 8-9%) joins a range; it is no minus sign of the second', () => {
		expect(quantities('受注高は前年同期比14－16%増を見込む')).toMatchObject([{value: 15, unit: '%', signed: false, range: {low: 14, high: 16}}]);
		expect(quantities('営業利益率は8-9%')).toMatchObject([{value: 8.5, range: {low: 8, high: 9}}]);
		expect(quantities('純利益は前年比-7%だった')).toMatchObject([{value: -7, signed: true, range: null}]);
	});

	test('a conversion in brackets is the same amount, and no figure of its own', () => {
		const [amount, conversion] = quantities('65億ドル（約9,800億円）を投じる');
		expect(amount).toMatchObject({value: 6.5e9, unit: 'USD', converted: {value: 9.8e11, unit: 'JPY', text: '約9,800億円'}});
		expect(conversion).toMatchObject({ignore: 'conversion'});
	});

	test('an amount told again after a comma in one bracket (（投資額約2億ドル、約300億円）), or after a currency the dataset does not keep (約90億香港ドル（約12億ドル）), is a conversion', () => {
		expect(brief('新工場（投資額約2億ドル、約300億円）を建てる').map(([, , unit, , ignore]) => [unit, ignore])).toEqual([
			['USD', null],
			['JPY', 'conversion'],
		]);
		expect(brief('約90億香港ドル（約12億ドル）を調達した').map(([, , unit, , ignore]) => [unit, ignore])).toEqual([['USD', 'conversion']]);
		expect(brief('売上高は2億ドル、営業利益は300億円だった').map(([, , , , ignore]) => ignore)).toEqual([null, null]);
		// "412億クローナ（約6,100億円）": a currency the dataset has no unit for, its conversion in brackets after it.
		expect(brief('売上高は412億クローナ（約6,100億円）だった').map(([, , unit, , ignore]) => [unit, ignore])).toEqual([['JPY', 'conversion']]);
	});

	test('the rate a conversion was made at, in its bracket or alone, is no amount of anyone', () => {
		const [amount, conversion, dollar, yen] = quantities('80億ドル（約1兆2,000億円、1ドル＝150円換算）を投じる');
		expect(amount).toMatchObject({value: 8e9, unit: 'USD', converted: {value: 1.2e12, unit: 'JPY'}});
		expect([conversion, dollar, yen].map(quantity => quantity!.ignore)).toEqual(['conversion', 'conversion', 'conversion']);
		expect(quantities('想定為替レートは1ドル＝145円とした').map(quantity => quantity.ignore)).toEqual(['conversion', 'conversion']);
		// Told again in another currency in words: "円に直すと約…", "円換算で…".
		expect(quantities('売上高の$2.4Bは円に直すと約3,500億円').map(quantity => quantity.ignore)).toEqual([null, 'conversion']);
		expect(quantities('円換算で約1兆2,000億円にのぼる').map(quantity => quantity.ignore)).toEqual(['conversion']);
		expect(quantities('受注残を円換算すると約6,800億円になる').map(quantity => quantity.ignore)).toEqual(['conversion']);
		// The rate it is moved to is a rate too, never an amount of the measure before it.
		expect(quantities('営業利益見通しを上げ、想定為替レートを1ドル=142円から148円へ見直した').map(quantity => quantity.ignore)).toEqual(['conversion', 'conversion', 'conversion']);
	});

	test('a band around guidance is no figure', () => {
		expect(brief('売上高は72億ドル（プラスマイナス2億ドル）、粗利益率は51%±1%')).toEqual([
			['72億ドル', 7.2e9, 'USD', 'exact', null],
			['マイナス2億ドル', -2e8, 'USD', 'exact', 'band'],
			['51%', 51, '%', 'exact', null],
			['1%', 1, '%', 'exact', 'band'],
		]);
	});

	test('vague amounts are marked, never read as a figure', () => {
		expect(quantities('20%台後半、1割台前半、約3倍').map(quantity => quantity.ignore)).toEqual(['vague', 'vague', 'multiple']);
		// With no digit there is no number to read at all.
		expect(quantities('数千億円規模、十数%、数百億ドル、数十万人')).toEqual([]);
	});

	test('a line a number stays under (…にも満たない, …未満) or crosses for the first time beside the figure just told is no figure', () => {
		expect(quantities('当社のシェアは2%にも満たない。比率は4%未満だ。利用企業は100社に届かなかった。出資比率は0.5%に満たず、').map(quantity => quantity.ignore)).toEqual(['vague', 'vague', 'vague', 'vague']);
		expect(quantities('売上高は1兆230億円と初めて1兆円を超えた。').map(quantity => quantity.ignore)).toEqual([null, 'vague']);
		// Told alone, the line crossed is all the text says: it stays.
		expect(quantities('時価総額は初めて5兆円を超えた。').map(quantity => quantity.ignore)).toEqual([null]);
	});

	test('qualifiers: 約, 超, 以上, を超える, 未満, 最大, 程度', () => {
		expect(quantities('2,000億円超、約18%、40社以上、90億ドルを超える、3%未満、最大15億ドル、500億円程度').map(quantity => quantity.qualifier)).toEqual(['over', 'approx', 'at_least', 'over', 'under', 'up_to', 'approx']);
	});

	test('"総額" is the amount itself, not a qualifier of its text', () => {
		expect(quantities('総額2,800億円の契約')).toMatchObject([{text: '2,800億円', value: 2.8e11}]);
	});

	test('English amounts, points and counts', () => {
		expect(brief('$12.3B, 3.5 billion yen, 2.5ポイント, 1.2pt, 4万2,000人, 8,500社, 1億2,000万株')).toEqual([
			['$12.3B', 1.23e10, 'USD', 'exact', null],
			['3.5 billion yen', 3.5e9, 'JPY', 'exact', null],
			['2.5ポイント', 2.5, 'pt', 'exact', null],
			['1.2pt', 1.2, 'pt', 'exact', null],
			['4万2,000人', 42_000, 'count', 'exact', null],
			['8,500社', 8500, 'count', 'exact', null],
			['1億2,000万株', 1.2e8, 'count', 'exact', null],
		]);
		// A headline's capitalised scale word.
		expect(quantities('Cloud Revenue Tops $41 Billion')).toMatchObject([{value: 4.1e10, unit: 'USD'}]);
		// 1株利益 and 株価 are not counts of shares.
		expect(quantities('1株利益は2.1ドル')).toMatchObject([{unit: 'USD', value: 2.1}]);
	});

	test('a multiple is growth of a base: 1.8倍 is +80%', () => {
		expect(quantities('前期比1.8倍')).toMatchObject([{value: 80, unit: '%', multiple: true, ignore: 'multiple'}]);
	});

	test('割 is tens of percent, approximate; 割引, 割合, 割安 are not figures', () => {
		expect(quantities('シェアは7割を超える').map(({value, unit, qualifier}) => [value, unit, qualifier])).toEqual([[70, '%', 'over']]);
		expect(quantities('2割引で販売、割合が高い、3割安い')).toEqual([]);
	});
});
