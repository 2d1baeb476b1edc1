import {describe, expect, test} from 'vitest';
import {extractText, figures} from './helpers.js';

describe('figures', () => {
	test('each figure goes to the company it is about, segments to their parent', () => {
		expect(figures('直近の四半期ではAzureの収益が30%増加し、AI関連投資がマイクロソフトの株価を9%押し上げた。')).toEqual([
			'microsoft/azure Revenue growth 30 % -',
			'microsoft Stock move 9 % -',
		]);
	});

	test('a bare figure compared with the one before shares its kind', () => {
		expect(figures('Azureの収益増加率30%は、AWSの13%を大きく上回っている。')).toEqual(['microsoft/azure Revenue growth 30 % -', 'amazon/aws Revenue growth 13 % -']);
	});

	test('"XからY" is two observations, the earlier marked superseded, kind named earlier in the sentence', () => {
		expect(figures('Google Cloudのシェアは伸びており、10%から12%へと成長した。')).toEqual(['google/google-cloud Cloud share 10 % - was', 'google/google-cloud Cloud share 12 % -']);
	});

	test('the later value written first is still the later one: no conflict, the share went up', () => {
		expect(figures('Google Cloudのシェアは13%と、前年の11%から上昇した。')).toEqual(['google/google-cloud Cloud share 13 % -', 'google/google-cloud Cloud share 11 % - was']);
	});

	test('bare percentages right after shares, in the same paragraph, continue the list of shares', () => {
		expect(figures('世界のクラウド市場でGoogle Cloudのシェアは13%だった。首位のAWSは30%、マイクロソフトのAzureは21%だった。')).toEqual([
			'google/google-cloud Cloud share 13 % -',
			'amazon/aws Cloud share 30 % -',
			'microsoft/azure Cloud share 21 % -',
		]);
		// Not across paragraphs, not after a sentence without figures, not without a company before the figure.
		expect(figures('Google Cloudのシェアは13%だった。\n\n首位のAWSは30%だった。')).toEqual(['google/google-cloud Cloud share 13 % -']);
		expect(figures('Google Cloudのシェアは13%だった。市場は拡大した。AWSは30%だった。')).toEqual(['google/google-cloud Cloud share 13 % -']);
		expect(figures('Google Cloudのシェアは13%だった。全体の30%が生成AI向けだった。')).toEqual(['google/google-cloud Cloud share 13 % -']);
	});

	test('a percentage change of profit is left out rather than called revenue growth', () => {
		expect(figures('アマゾンの営業利益は前年同期比▲5%と減益だった。')).toEqual([]);
		expect(figures('マイクロソフトの売上高は前年同期比12%増、純利益は前年同期比20%増だった。')).toEqual(['microsoft Revenue growth 12 % -']);
		// Revenue growth next to a profit amount is still revenue growth.
		expect(figures('グーグルの売上高は前年同期比12%増の965億ドル、純利益は348億ドルだった。')).toEqual(['google Revenue growth 12 % -', 'google Revenue 96500000000 USD -', 'google Profit 34800000000 USD -']);
	});

	test('a share or revenue aimed at or forecast is not an observation; a planned investment is', () => {
		expect(figures('AMDは「MI400」で追い上げ、シェア10%を狙う。')).toEqual([]);
		expect(figures('オラクルは2027年度の売上高を600億ドルと見込む。')).toEqual([]);
		expect(figures('富士通の目標はシェア20%だ。富士通のシェアは9.5%だった。')).toEqual(['fujitsu Market share 9.5 % -']);
		expect(figures('グーグルは2026年の設備投資が750億ドルに達するとの見通しを示した。')).toEqual(['google Capex 75000000000 USD 2026']);
	});

	test('English sentences quoted from wire services: the verb before the figure gives its sign', () => {
		expect(figures('Microsoft (MSFT) shares rose 4% after the deal, according to Reuters.')).toEqual(['microsoft Stock move 4 % -']);
		expect(figures('Intel shares fell 3.5% on Friday.')).toEqual(['intel Stock move -3.5 % -']);
		expect(figures('AWS holds a market share of 30%, Reuters said.')).toEqual(['amazon/aws Cloud share 30 % -']);
	});

	test('a figure about a market is not given to the company the text was about', () => {
		expect(figures('KDDIはデータセンターを建設する。国内データセンター市場は前年比15.2%増の2兆8000億円に拡大した。')).toEqual([]);
		// A sentence naming no company but still about it keeps the topic.
		expect(figures('KDDIはデータセンターを建設する。売上高は前年比8%増だった。')).toEqual(['kddi Revenue growth 8 % -']);
	});

	test('funding raised, a valuation, and earlier levels written after the later one', () => {
		expect(figures('アンソロピックは2日、130億ドルを調達したと発表した。', '2026-09-03')).toEqual(['anthropic Funding 13000000000 USD 2026-09-02']);
		expect(figures('アンソロピックの評価額は1830億ドルとなり、3月時点の615億ドルから約3倍に拡大した。')).toEqual(['anthropic Valuation 183000000000 USD -', 'anthropic Valuation 61500000000 USD 2026-03 was']);
		expect(figures('アンソロピックの売上高は50億ドルを超え、年初の10億ドルから急増した。')).toEqual(['anthropic Revenue 5000000000 USD -', 'anthropic Revenue 1000000000 USD - was']);
	});

	test('stock moves are signed', () => {
		expect(figures('一方、インテルの株価は同日、3.2%安で取引を終えた。')).toEqual(['intel Stock move -3.2 % -']);
		expect(figures('ソニーの株価が5%下落した。')).toEqual(['sony Stock move -5 % -']);
	});

	test('deals belong to the actor, not the recipient; funding to the giver', () => {
		expect(figures('マイクロソフトはAI分野に投資してきた。同社はOpenAIに100億ドル（約1.3兆円）を投資した。')).toEqual(['microsoft Investment 10000000000 USD -']);
		const [funding] = extractText('OpenAIは2019年以降、マイクロソフトから累計130億ドルを超える資金提供を受けてきた。').metrics;
		expect(funding).toMatchObject({company: 'microsoft', counterparty: 'openai', label: 'Funding', qualifier: 'over'});
		const [contract] = extractText('オープンAIとアマゾン・ウェブ・サービス(AWS)は、380億ドルの長期クラウド契約を締結した。').metrics;
		expect(contract).toMatchObject({company: 'openai', counterparty: 'amazon', label: 'Contract', value: 3.8e10});
	});

	test('a figure in a sentence without a company takes the company the text is about', () => {
		expect(figures('ソフトバンクグループは投資を続けている。2年間で約4,400億円の投資を発表した。')).toEqual(['softbank Investment 440000000000 JPY -']);
	});

	test('the period is the date attached to the figure', () => {
		expect(figures('2025年第3四半期、グーグルのクラウド売上高は152億ドルだった。')).toEqual(['google Revenue 15200000000 USD 2025-Q3']);
		expect(figures('2025年にはAI関連の設備投資を1,000億ドル超に拡大する計画を、アマゾンが示した。')).toEqual(['amazon Capex 100000000000 USD 2025']);
	});

	test('capex, customers, and figures nobody owns', () => {
		expect(figures('Azure AIの顧客数は53,000社に達した。')).toEqual(['microsoft/azure Customers 53000 count -']);
		expect(figures('75%以上の企業が生成AIの導入を望んでいる。')).toEqual([]);
		expect(figures('市場規模は3,000億ドルに達する見込みだ。')).toEqual([]);
	});

	test('the same figure said twice in an article is one observation, with the quote of the first', () => {
		const {metrics} = extractText('マイクロソフトは1兆円規模の投資をする。正直、マイクロソフトの1兆円規模の投資は大きい。');
		expect(metrics).toHaveLength(1);
		expect(metrics[0]!.quote).toBe('マイクロソフトは1兆円規模の投資をする。');
	});

	test('every figure carries its article, date and the exact sentence', () => {
		const extraction = extractText('AWSのシェアは約33%だった。');
		expect(extraction.metrics[0]).toMatchObject({article: 'test', asOf: '2025-11-20', quote: 'AWSのシェアは約33%だった。', qualifier: 'approx', text: '約33%'});
		expect(extraction.text).toContain(extraction.metrics[0]!.quote);
	});
});

describe('more figure patterns', () => {
	test('profit and loss, with the loss negative and the quarter as period', () => {
		expect(figures('ソフトバンクグループが8月7日発表した2025年4～6月期の連結決算は、最終損益が4218億円の黒字だった。前年同期は1742億円の赤字だった。')).toEqual([
			'softbank Profit 421800000000 JPY 2025-Q2',
			'softbank Profit -174200000000 JPY -',
		]);
	});

	test('時価総額 is a market cap, not a total', () => {
		const [cap] = extractText('オラクルの時価総額は約9,220億ドルに達した。').metrics;
		expect(cap).toMatchObject({label: 'Market cap', value: 9.22e11, text: '約9,220億ドル'});
	});
});

describe('dated transitions', () => {
	test('"2022年Q4の1%から2023年Q4には3%": each value at its own period, the earlier superseded', () => {
		expect(figures('調査会社によると、Google Cloudのクラウド市場シェアは2022年Q4の1%から2023年Q4には3%へと拡大した。')).toEqual([
			'google/google-cloud Cloud share 1 % 2022-Q4 was',
			'google/google-cloud Cloud share 3 % 2023-Q4',
		]);
	});
});

describe('wire copy in English', () => {
	test('revenue growth year over year, a deal worth more than, a stock move: each in its own sentence', () => {
		const extraction = extractText(
			"Oracle said on June 30 that it signed a cloud agreement worth more than $30 billion a year. Oracle shares rose 9% in after-hours trading. Oracle's cloud revenue grew 52% year over year in the quarter ended May 31.",
			{date: '2026-07-01'},
		);
		expect(extraction.metrics.map(metric => [metric.company, metric.label, metric.value, metric.qualifier, metric.period])).toEqual([
			['oracle', 'Contract', 3e10, 'over', '2026-06-30'],
			['oracle', 'Stock move', 9, 'exact', null],
			['oracle', 'Revenue growth', 52, 'exact', '2026-05-31'],
		]);
		expect(extraction.metrics[1]!.quote).toBe('Oracle shares rose 9% in after-hours trading.');
	});
});

describe('the company a sentence is about', () => {
	test('"Xのシェアは…" makes X what 同社 means in the next sentence', () => {
		expect(figures('さくらインターネットのシェアは3.1%だった。同社は政府クラウドへの採用が追い風となり、売上高が前年度比42%増となった。')).toEqual([
			'sakura-internet Market share 3.1 % -',
			'sakura-internet Revenue growth 42 % -',
		]);
	});

	test('a short katakana name before 株 is the company whose stock moved', () => {
		expect(figures('マイクロソフトの収益成長率は29%となった。アーム株は2025年8月5日の取引で一時11.7%高となった。')).toEqual(['microsoft Revenue growth 29 % -', 'arm Stock move 11.7 % 2025-08-05']);
	});

	test('割: "シェアは8割を超える" is a share over 80%', () => {
		const [share] = extractText('AI向けGPU市場でのエヌビディアのシェアは8割を超える。').metrics;
		expect(share).toMatchObject({company: 'nvidia', kind: 'market_share', value: 80, qualifier: 'over', text: '8割を超える'});
	});

	test('a list continuing cloud shares is of cloud shares, and one share said twice is one figure', () => {
		const extraction = extractText('国内クラウド市場でAWSのシェアは32.5%と首位を維持した。2位はマイクロソフトの24.1%、3位はグーグルの11.8%だった。グーグルのシェアは11.8%で横ばいだった。');
		expect(extraction.metrics.map(metric => [metric.company, metric.label, metric.value])).toEqual([
			['amazon', 'Cloud share', 32.5],
			['microsoft', 'Cloud share', 24.1],
			['google', 'Cloud share', 11.8],
		]);
	});
});

describe('tables', () => {
	test('"label | value" rows are the article company\'s figures; rows with no cue are not figures', () => {
		expect(figures('ソフトバンクグループは13日、決算を発表した。\n\n| 項目 | 金額 |\n|---|---|\n| 売上高 | 7兆2000億円 |\n| 純利益 | 1兆1000億円 |\n| 価格 | 500万円 |\n\n以上。', '2026-05-13')).toEqual([
			'softbank Revenue 7200000000000 JPY -',
			'softbank Profit 1100000000000 JPY -',
		]);
	});

	test('a company per row, what each column is from the header, the period of each column from it', () => {
		expect(figures('各社の状況。\n\n| 企業 | シェア | 成長率 |\n|---|---|---|\n| AWS | 30% | 12% |\n| その他 | 49% | 5% |\n')).toEqual(['amazon/aws Cloud share 30 % -', 'amazon/aws Revenue growth 12 % -']);
		expect(figures('国内クラウド市場のシェアは次の通り。\n\n| 企業 | 2024年 | 2025年 |\n|---|---|---|\n| マイクロソフト | 20% | 22% |\n')).toEqual(['microsoft Cloud share 20 % 2024', 'microsoft Cloud share 22 % 2025']);
	});

	test('a header whose corner cell is empty still lines up with its rows', () => {
		expect(figures('エヌビディアは決算を発表した。\n\n| | 2025年度 | 2026年度 |\n|---|---|---|\n| 売上高 | 1305億ドル | 2000億ドル |\n')).toEqual(['nvidia Revenue 130500000000 USD 2025', 'nvidia Revenue 200000000000 USD 2026']);
	});

	test('a table of specifications gives nothing', () => {
		expect(figures('エヌビディアのGPUの仕様。\n\n| 製品 | メモリ | 消費電力 |\n|---|---|---|\n| H100 | 80GB | 700W |\n')).toEqual([]);
	});
});

describe('HTML tables', () => {
	test('are read as Markdown tables are, dated by their caption when the columns are not', () => {
		const html = '<p>調査会社によると、2025年のAIサーバー市場シェアは以下の通り。</p><table><tr><th>企業</th><th>シェア</th></tr><tr><td>デル・テクノロジーズ</td><td>19.5%</td></tr><tr><td>その他</td><td>80.5%</td></tr></table>';
		expect(figures(html)).toEqual(['dell Market share 19.5 % 2025']);
		expect(extractText(html).metrics[0]!.quote).toBe('デル・テクノロジーズ | 19.5%');
	});
});

describe('growth as a multiple', () => {
	test('revenue at twice last year\'s is 100% growth; profit at three times is left out, as profit changes are', () => {
		expect(figures('グーグルの売上高は前期比1.5倍の5200億ドルだった。メタの純利益は前年の3倍だった。')).toEqual(['google Revenue growth 50 % -', 'google Revenue 520000000000 USD -']);
	});
});

describe('lists', () => {
	test('items take the period, and what their numbers are, from the sentence before the list', () => {
		expect(figures('米クラウド大手3社の1〜3月期決算が出そろった。\n\n・AWS:売上高は前年同期比17%増の330億ドル\n・グーグル・クラウド:28%増\n\n以上。', '2026-05-02')).toEqual([
			'amazon/aws Revenue growth 17 % 2026-Q1',
			'amazon/aws Revenue 33000000000 USD 2026-Q1',
		]);
		expect(figures('2025年の国内クラウド市場のシェアは次の通り。\n\n・AWS 32%\n・マイクロソフト 24%\n', '2026-05-02')).toEqual(['amazon/aws Cloud share 32 % 2025', 'microsoft Cloud share 24 % 2025']);
	});
});

describe('figures of different units in one sentence', () => {
	test('a percentage change of profit does not keep the amount after it from being profit', () => {
		expect(figures('アマゾンのクラウド部門AWSの営業利益は前年同期比で19%増え、114億ドルだった。')).toEqual(['amazon/aws Profit 11400000000 USD -']);
	});
});

describe('percentages that are not growth', () => {
	test('a change on the quarter before, and a part of a whole, are left out; the year-on-year change stays', () => {
		expect(figures('グーグル・クラウドの売上高は前四半期比で8%増えた。')).toEqual([]);
		expect(figures('マイクロソフトの売上高は前年同期比18%増、前四半期比3%増だった。')).toEqual(['microsoft Revenue growth 18 % -']);
		expect(figures('エヌビディアのデータセンター部門の売上高は411億ドルで、全体の88%を占めた。')).toEqual(['nvidia Revenue 41100000000 USD -']);
	});
});

describe('yen in English wire copy', () => {
	test('"SoftBank ... net profit of 2.5 trillion yen" is a profit in yen', () => {
		const [profit] = extractText('SoftBank Group reported a net profit of 2.5 trillion yen on May 13.', {date: '2026-05-14'}).metrics;
		expect(profit).toMatchObject({company: 'softbank', value: 2.5e12, unit: 'JPY'});
	});
});

describe('profit in English', () => {
	test('a change of profit is left out, as in Japanese; revenue growth beside it stays', () => {
		expect(figures('Microsoft said revenue rose 18% while net income rose 12% in the quarter.')).toEqual(['microsoft Revenue growth 18 % -']);
	});
});

describe('shares and capex in English', () => {
	test('"a 30% share of the market, ahead of Microsoft at 20%" are shares; "capital expenditures" is capex', () => {
		expect(figures('Amazon Web Services held a 30% share of the cloud infrastructure market, ahead of Microsoft at 20%.')).toEqual(['amazon/aws Cloud share 30 % -', 'microsoft Cloud share 20 % -']);
		expect(figures('Meta plans to spend $72 billion on capital expenditures this year.')).toEqual(['meta Capex 72000000000 USD -']);
		// A share price is the stock's.
		expect(figures('Oracle share price rose 5%.')).toEqual(['oracle Stock move 5 % -']);
	});
});
