import {describe, expect, test} from 'vitest';
import {buildDataset} from '../../source/extract/dataset.js';
import {defaultRegistry} from '../../source/extract/registry.js';
import {extractText} from './helpers.js';

const datasetOf = (...articles: Array<{body: string; id: string; date?: string}>) =>
	buildDataset(
		articles.map(({body, id, date}) => extractText(body, {id, date})),
		defaultRegistry,
	);
const conflictsOf = (...articles: Array<{body: string; id: string; date?: string}>) => datasetOf(...articles).conflicts;

describe('conflicts', () => {
	test("two research firms' shares of one quarter", () => {
		const [conflict, ...rest] = conflictsOf({id: 'a', body: 'IDCによると、2025年7〜9月期のサーバー市場でデルのシェアは18%だった。\n\n一方、ガートナーの集計では、同期間のデルのシェアは21%だった。'});
		expect(rest).toEqual([]);
		expect(conflict).toMatchObject({company: 'dell', kind: 'market_share', period: '2025-Q3', basis: 'actual'});
		expect(conflict!.note).toContain('18% (IDC) vs 21% (Gartner)');
	});

	test('two articles that report one quarter differently', () => {
		const conflicts = conflictsOf({id: 'a', body: 'アームの2025年7〜9月期の売上高は前年同期比34%増だった。'}, {id: 'b', body: 'アームの2025年7〜9月期の売上高は前年同期比43%増だった。', date: '2025-12-01'});
		expect(conflicts.map(conflict => [conflict.company, conflict.kind, conflict.period])).toEqual([['arm', 'revenue_growth', 'FY2026-Q2']]);
	});

	test('the current value against an earlier claim of the same article, when neither names a period', () => {
		const [conflict] = conflictsOf({id: 'a', body: 'AWSは約33%のシェアを占める。しかし、AWSのシェアは34%から29%程度に減った。'});
		expect(conflict).toMatchObject({company: 'amazon', segment: 'aws', kind: 'market_share', period: null});
		expect(conflict!.figures).toEqual(['a/f1', 'a/f3']);
	});

	test('two exact amounts that differ in a written digit are a conflict; the same amount written coarser is not', () => {
		const quoted = (amount: string) => ({id: amount, body: `キオクシアの2025年7〜9月期の営業利益は${amount}だった。`});
		expect(conflictsOf(quoted('1,524億円'), quoted('1,542億円')).map(conflict => conflict.kind)).toEqual(['operating_income']);
		expect(conflictsOf(quoted('1兆2,300億円'), quoted('1兆2,340億円'))).toEqual([]);
	});

	test('not conflicts: rounding, 約, a range and a value in it, other periods, earlier values, outlooks, deals, stock moves', () => {
		expect(conflictsOf({id: 'a', body: 'TSMCの2025年10月の売上高は前年同月比48%増。'}, {id: 'b', body: 'TSMCの2025年10月の売上高は前年同月比48.1%増だった。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: '2025年7〜9月期のAWSのシェアは約33%。'}, {id: 'b', body: '2025年7〜9月期のAWSのシェアは33.5%。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: '2024年のAWSのシェアは34%。'}, {id: 'b', body: '2025年のAWSのシェアは29%。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: '2025年7〜9月期のアームの売上高は12億ドルで、前年同期の9億ドルから増えた。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: '楽天の2025年12月期の売上収益は従来予想の2兆4,000億円から2兆5,000億円に引き上げた。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: 'ソニーは新工場に5,000億円を投資する。ソニーはセンサー事業に3,000億円を投資する。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: '18日の東京株式市場でディスコ株は一時8%高となり、終値は5%高だった。', date: '2025-11-18'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: 'パープレキシティの利用者は3,000万人を超えた。法人向けプランの利用者は200万人だった。'})).toEqual([]);
	});
});

describe('facts across articles', () => {
	test('one deal in two articles, once in dollars and once in yen, is one fact with two sources', () => {
		const dataset = datasetOf({id: 'a', body: 'オラクルはOpenAIと総額300億ドル（約4兆5,000億円）の契約を結んだ。'}, {id: 'b', body: 'OpenAIとオラクルが結んだ約4兆5,000億円の契約は大きい。オラクルはOpenAIと約4兆5,000億円の契約を結んだ。'});
		const deals = dataset.figures.filter(figure => figure.kind === 'investment');
		expect(deals.map(figure => figure.article)).toEqual(['a', 'b']);
		expect(new Set(deals.map(figure => figure.fact)).size).toBe(1);
		expect(deals[1]!.sources.map(source => source.article)).toEqual(['b', 'a']);
	});

	test('a deal said again in its article naming one party is the same figure, whichever sentence names both', () => {
		const deals = (body: string) => datasetOf({id: 'a', body}).figures.map(figure => [figure.company, figure.counterparty, figure.value]);
		expect(deals('オラクルはメタと200億ドルの契約を結んだ。\n\n200億ドルという規模は異例の契約だ。')).toEqual([['oracle', 'meta', 20_000_000_000]]);
		expect(deals('メタの200億ドルの契約が話題だ。\n\nメタはオラクルと200億ドルの契約を結んだ。')).toEqual([['meta', 'oracle', 20_000_000_000]]);
		expect(deals('オラクルはメタと200億ドルの契約を結んだ。\n\nオラクルはグーグルとも200億ドルの契約を結んだ。')).toHaveLength(2);
	});

	test('different values, companies or periods are different facts', () => {
		const dataset = datasetOf({id: 'a', body: 'アームの2025年7〜9月期の売上高は12億ドルだった。'}, {id: 'b', body: 'アームの2025年4〜6月期の売上高は12億ドルだった。'});
		expect(new Set(dataset.figures.map(figure => figure.fact)).size).toBe(2);
	});
});
