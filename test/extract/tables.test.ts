import {describe, expect, test} from 'vitest';
import {extractText, figures} from './helpers.js';

describe('tables of figures', () => {
	test("an unranked category in a ranking (| － | ODMダイレクト |) is nobody's, not a company of the rows above or the caption's", () => {
		expect(
			figures(
				[
					'# 世界サーバー市場、スーパーマイクロがシェア拡大',
					'',
					'IDCが発表した2025年10〜12月期の世界サーバー市場のベンダー別シェアは以下の通り。',
					'',
					'| 順位 | ベンダー | 2025年10〜12月期 | 前年同期 |',
					'|---|---|---|---|',
					'| 1 | デル・テクノロジーズ | 18.2% | 19.0% |',
					'| 2 | スーパーマイクロ | 6.0% | 5.5% |',
					'| － | ODMダイレクト | 45.1% | 41.0% |',
				].join('\n'),
				'2026-03-10',
			).map(row => row.split(' ').slice(0, 3).join(' ')),
		).toEqual(['dell market_share 18.2', 'dell market_share 19', 'supermicro market_share 6', 'supermicro market_share 5.5']);
	});

	test('a corner that names the measure and the unit (| セグメント（営業利益、億円） | 2026年4〜6月期 | …) gives them to every row', () => {
		expect(figures(['三井物産の4〜6月期決算をまとめます。', '', '| セグメント（営業利益、億円） | 2026年4〜6月期 | 2025年4〜6月期 |', '|---|---:|---:|', '| 化学品 | 120 | 95 |'].join('\n'), '2026-08-05')).toEqual([
			'mitsui/化学品 operating_income 12000000000 JPY FY2027-Q1 actual',
			'mitsui/化学品 operating_income 9500000000 JPY FY2026-Q1 actual prior',
		]);
	});

	test('a period in the corner over columns of measures (| 2025年7〜9月期 | 売上高 | 前年同期比 |) leaves the rows to name businesses: each row is a segment', () => {
		expect(figures(['ローム（6963）の7〜9月期は増収だった。', '', '| 2025年7〜9月期 | 売上高 | 前年同期比 |', '|---|---|---|', '| 車載向け | 620億円 | +4.0% |', '| 民生向け | 310億円 | -2.5% |'].join('\n'), '2025-11-05')).toEqual([
			'rohm/車載向け revenue 62000000000 JPY FY2026-Q2 actual',
			'rohm/車載向け revenue_growth 4 % FY2026-Q2 actual',
			'rohm/民生向け revenue 31000000000 JPY FY2026-Q2 actual',
			'rohm/民生向け revenue_growth -2.5 % FY2026-Q2 actual',
		]);
	});

	test('a period the prose before a table only expects something of (7〜9月期は…増収を見込んでおり) is not the period of its rows; the results it reported are', () => {
		expect(
			figures(['国内電子部品2社の2025年4〜6月期決算が出そろった。7〜9月期はともに増収を見込んでおり、回復の兆しが見える。', '', '| 項目 | 村田製作所 | TDK |', '|---|---|---|', '| 売上高 | 4,300億円 | 5,500億円 |'].join('\n'), '2025-08-01'),
		).toEqual(['murata revenue 430000000000 JPY FY2026-Q1 actual', 'tdk revenue 550000000000 JPY FY2026-Q1 actual']);
	});

	test('companies as columns, measures and periods as rows, a row of changes', () => {
		expect(
			figures(
				[
					'国内半導体装置2社の決算が出そろった。',
					'',
					'| 項目 | 東京エレクトロン | アドバンテスト |',
					'|---|---|---|',
					'| 売上高（4〜9月期） | 1兆2,000億円 | 5,200億円 |',
					'| 前年同期比 | +4.1% | +38.5% |',
					'| 通期売上高予想 | 2兆4,000億円 | 1兆円 |',
				].join('\n'),
				'2025-11-10',
			),
		).toEqual([
			'tokyo-electron revenue 1200000000000 JPY FY2026-H1 actual',
			'advantest revenue 520000000000 JPY FY2026-H1 actual',
			'tokyo-electron revenue_growth 4.1 % FY2026-H1 actual',
			'advantest revenue_growth 38.5 % FY2026-H1 actual',
			'tokyo-electron revenue 2400000000000 JPY FY2026 outlook',
			'advantest revenue 1000000000000 JPY FY2026 outlook',
		]);
	});

	test('companies as columns, with a row of their fiscal years and a row of the quarter of each', () => {
		const rows = ['装置3社の決算（単位：百万円）', '', '| 項目 | 東京エレクトロン | レーザーテック |', '|---|---|---|', '| 決算期 | 2026年3月期 | 2026年6月期 |', '| 該当四半期 | 第2四半期 | 第1四半期 |', '| 売上高 | 610,000 | 52,000 |'];
		expect(figures(rows.join('\n'), '2025-11-05')).toEqual(['tokyo-electron revenue 610000000000 JPY FY2026-Q2 actual', 'lasertec revenue 52000000000 JPY FY2026-Q1 actual']);
	});

	test('shares by year, in a caption that declares per cent as its unit (単位：%)', () => {
		const rows = [
			'<table>',
			'<caption>国内データセンター事業者別シェア（富士キメラ総研推計、単位：%）</caption>',
			'<tr><th>事業者</th><th>2025年</th><th>2024年</th></tr>',
			'<tr><td>NTTデータ</td><td>18.4</td><td>19.0</td></tr>',
			'</table>',
		];
		expect(figures(rows.join('\n'), '2026-03-02')).toEqual([expect.stringMatching(/^ntt-data market_share 18.4 % 2025 actual/), expect.stringMatching(/^ntt-data market_share 19 % 2024 actual/)]);
	});

	test("periods as columns in the caption's unit, the year before, a column of changes", () => {
		expect(
			figures(
				[
					'<table>',
					'<caption>ブロードコムの2025年8〜10月期決算（単位：億ドル）</caption>',
					'<tr><th>項目</th><th>2025年8〜10月期</th><th>前年同期</th><th>増減率</th></tr>',
					'<tr><td>売上高</td><td>180</td><td>140</td><td>+29%</td></tr>',
					'<tr><td>営業利益</td><td>75</td><td>52</td><td>+44%</td></tr>',
					'</table>',
				].join('\n'),
				'2025-12-12',
			),
		).toEqual([
			'broadcom revenue 18000000000 USD FY2025-Q4 actual',
			'broadcom revenue 14000000000 USD FY2024-Q4 actual prior',
			'broadcom revenue_growth 29 % FY2025-Q4 actual',
			'broadcom operating_income 7500000000 USD FY2025-Q4 actual',
			'broadcom operating_income 5200000000 USD FY2024-Q4 actual prior',
			'broadcom other 44 % FY2025-Q4 actual',
		]);
	});

	test('an IR summary in 百万円: measures as columns, periods as rows, △ for losses, a row of changes in %', () => {
		expect(
			figures(
				[
					'ソシオネクストは2025年4〜9月期の決算を発表した。',
					'',
					'（単位：百万円）',
					'',
					'| | 売上高 | 営業利益 | 当期純利益 |',
					'|---|---|---|---|',
					'| 2026年3月期第2四半期 | 102,340 | 8,120 | △1,050 |',
					'| 前年同期比（%） | △3.2 | △41.0 | - |',
				].join('\n'),
				'2025-11-05',
			),
		).toEqual([
			'socionext revenue 102340000000 JPY FY2026-Q2 actual',
			'socionext operating_income 8120000000 JPY FY2026-Q2 actual',
			'socionext net_income -1050000000 JPY FY2026-Q2 actual',
			'socionext revenue_growth -3.2 % FY2026-Q2 actual',
			'socionext other -41 % FY2026-Q2 actual',
		]);
	});

	test('a row of this year and one of last (当期（…4〜12月）, 前期（…）) are the months in their brackets; a row of changes is no segment', () => {
		expect(
			figures(
				[
					'ローム株式会社は2026年3月期第3四半期の決算を発表した。',
					'',
					'（単位：百万円）',
					'',
					'| 区分 | 売上高 | 営業利益 |',
					'|---|---:|---:|',
					'| 当期（2025年4〜12月） | 341,200 | 12,400 |',
					'| 前期（2024年4〜12月） | 330,900 | 18,800 |',
					'| 増減率 | 3.1% | △34.0% |',
				].join('\n'),
				'2026-02-06',
			),
		).toEqual([
			'rohm revenue 341200000000 JPY 2025-04..2025-12 actual',
			'rohm operating_income 12400000000 JPY 2025-04..2025-12 actual',
			'rohm revenue 330900000000 JPY 2024-04..2024-12 actual',
			'rohm operating_income 18800000000 JPY 2024-04..2024-12 actual',
			'rohm revenue_growth 3.1 % 2025-04..2025-12 actual',
			'rohm other -34 % 2025-04..2025-12 actual',
		]);
	});

	test('a column of this year and one of last (当期（…4〜9月）, 前期（…）) are the months in their brackets, not whole years', () => {
		expect(figures(['アドバンテストは中間決算を公表した。', '', '（単位：百万円）', '', '| 項目 | 当期（2025年4〜9月） | 前期（2024年4〜9月） |', '|---|---:|---:|', '| 売上高 | 512,300 | 388,400 |'].join('\n'), '2025-11-12')).toEqual([
			'advantest revenue 512300000000 JPY FY2026-H1 actual',
			'advantest revenue 388400000000 JPY FY2025-H1 actual prior',
		]);
	});

	test('a prose line that lines the figures up (…の売上高の伸び率を…並べてみる) names the measure of the units in the columns', () => {
		expect(
			figures(['クラウド2社の売上高の伸び率（前年同期比）を四半期ごとに並べてみる。', '', '| 四半期 | AWS | Google Cloud |', '|---|---|---|', '| 2025年4〜6月 | 18% | 31% |', '| 2025年7〜9月 | 21% | 35% |'].join('\n'), '2026-02-10'),
		).toEqual(['amazon/aws revenue_growth 18 % 2025-Q2 actual', 'google/google-cloud revenue_growth 31 % 2025-Q2 actual', 'amazon/aws revenue_growth 21 % 2025-Q3 actual', 'google/google-cloud revenue_growth 35 % 2025-Q3 actual']);
	});

	test('a per-share row in a table of 百万円 is in yen, as written', () => {
		expect(figures(['ルネサスは2025年1〜9月期の決算を発表した。', '', '（単位：百万円）', '', '| | 2025年12月期第3四半期 |', '|---|---|', '| 純利益 | 61,200 |', '| 1株当たり四半期純利益 | 34.75 |'].join('\n'), '2025-11-05')).toEqual([
			'renesas net_income 61200000000 JPY 2025-Q3 actual',
			'renesas eps 34.75 JPY 2025-Q3 actual',
		]);
	});

	test('a forecast cell with its change in brackets is the level and its change on the year before', () => {
		expect(
			figures(
				['ルネサスは業績予想を据え置いた。', '', '## 2026年12月期 通期連結業績予想', '', '（単位：百万円、%表示は対前期増減率）', '', '| | 売上収益 | 営業利益 |', '|---|---|---|', '| 通期 | 1,320,000（4.1%） | 88,000（△12.5%） |'].join(
					'\n',
				),
				'2026-02-10',
			),
		).toEqual(['renesas revenue 1320000000000 JPY 2026 outlook', 'renesas revenue_growth 4.1 % 2026 outlook', 'renesas operating_income 88000000000 JPY 2026 outlook', 'renesas other -12.5 % 2026 outlook']);
	});

	test('two tables with nothing between them keep their own columns: per-share amounts in yen after amounts in 百万円', () => {
		const body = [
			'ディスコの第1四半期決算。',
			'',
			'| 決算期 | 営業利益（百万円） | % |',
			'|---|---|---|',
			'| 2026年3月期第1四半期 | 40,100 | 8.2 |',
			'',
			'| 決算期 | 1株当たり四半期純利益（円） |',
			'|---|---|',
			'| 2026年3月期第1四半期 | 255.10 |',
		].join('\n');
		expect(figures(body, '2025-07-25')).toEqual(['disco operating_income 40100000000 JPY FY2026-Q1 actual', 'disco other 8.2 % FY2026-Q1 actual', 'disco eps 255.1 JPY FY2026-Q1 actual']);
	});

	test('a revision of a year that has ended (told in April for the year to March) is still an outlook, its rows of changes too', () => {
		const body = [
			'アドバンテストは、2026年3月期の通期連結業績予想を修正する。',
			'',
			'## 2026年3月期通期連結業績予想の修正',
			'',
			'（単位：百万円）',
			'',
			'| | 売上高 |',
			'|---|---|',
			'| 前回発表予想（A） | 900,000 |',
			'| 今回修正予想（B） | 870,000 |',
			'| 増減額（B−A） | △30,000 |',
		].join('\n');
		expect(figures(body, '2026-04-20')).toEqual(['advantest revenue 900000000000 JPY FY2026 outlook prior', 'advantest revenue 870000000000 JPY FY2026 outlook', 'advantest other -30000000000 JPY FY2026 outlook']);
	});

	test("a forecast revision: units on a row of their own, the old forecast kept as an earlier value, the revision apart from growth, last year's results actual", () => {
		const body = [
			'アドバンテストは、2026年3月期の通期連結業績予想を修正する。',
			'',
			'## 2026年3月期通期連結業績予想の修正',
			'',
			'| | 売上高 | 営業利益 | 1株当たり当期純利益 |',
			'|---|---|---|---|',
			'| | 百万円 | 百万円 | 円 銭 |',
			'| 前回発表予想（A） | 900,000 | 300,000 | 290.10 |',
			'| 今回修正予想（B） | 950,000 | 330,000 | 315.55 |',
			'| 増減額（B－A） | 50,000 | 30,000 | ― |',
			'| 増減率（%） | 5.6 | 10.0 | ― |',
			'| （ご参考）前期実績（2025年3月期） | 779,700 | 227,700 | 219.80 |',
		].join('\n');
		expect(figures(body, '2026-01-28')).toEqual([
			'advantest revenue 900000000000 JPY FY2026 outlook prior',
			'advantest operating_income 300000000000 JPY FY2026 outlook prior',
			'advantest eps 290.1 JPY FY2026 outlook prior',
			'advantest revenue 950000000000 JPY FY2026 outlook',
			'advantest operating_income 330000000000 JPY FY2026 outlook',
			'advantest eps 315.55 JPY FY2026 outlook',
			'advantest other 50000000000 JPY FY2026 outlook',
			'advantest other 30000000000 JPY FY2026 outlook',
			'advantest other 5.6 % FY2026 outlook',
			'advantest other 10 % FY2026 outlook',
			'advantest revenue 779700000000 JPY FY2025 actual',
			'advantest operating_income 227700000000 JPY FY2025 actual',
			'advantest eps 219.8 JPY FY2025 actual',
		]);
	});

	test('a disclosure: its sender is the company, a numbered heading gives the period, 同事業 is the segment its sentence names', () => {
		const body = [
			'2026年2月4日',
			'',
			'会 社 名　ソラノ電機株式会社',
			'',
			'# 業績予想の修正に関するお知らせ',
			'',
			'当社は、通期連結業績予想を下記のとおり修正いたします。',
			'',
			'記',
			'',
			'## 1．2026年3月期通期連結業績予想の修正（2025年4月1日～2026年3月31日）',
			'',
			'| | 売上高 |',
			'|---|---|',
			'| | 百万円 |',
			'| 今回修正予想（B） | 52,000 |',
			'',
			'一方、部品事業は、需要が弱含んでおり、同事業の売上高を180億円（同210億円）に引き下げております。',
		].join('\n');
		const rows = figures(body, null).map(row => row.replace(/^x-[0-9a-f]+/, 'sender'));
		expect(rows).toEqual(['sender revenue 52000000000 JPY FY2026 outlook', 'sender/部品 revenue 18000000000 JPY FY2026 outlook', 'sender/部品 revenue 21000000000 JPY FY2026 outlook']);
	});

	test('an adjusted margin in a table and the same margin in the text are one figure', () => {
		const body = ['日立製作所の2025年度の調整後営業利益率は11.5%だった。', '', '| （単位：億円） | 2025年度実績 |', '|---|---|', '| 調整後営業利益率 | 11.5% |'].join('\n');
		expect(figures(body, '2026-05-10').filter(row => row.includes(' margin '))).toHaveLength(1);
	});

	test("a company profile's particulars in a table (| 従業員数 | 149,655名 |, | 資本金 | …円 |) are no figures", () => {
		const body = ['三菱電機は新棟の建設を決めた。', '', '| 項目 | 内容 |', '|---|---|', '| 資本金 | 1,758億円 |', '| 従業員数 | 149,655名（連結） |'].join('\n');
		expect(figures(body, '2026-02-19')).toEqual([]);
	});

	test("companies side by side with a founding row (| 設立 | 1950年6月 | 1961年2月 |): the founding months are no columns' periods", () => {
		const body = ['三菱電機とマクニカは提携した。', '', '| 項目 | 三菱電機 | マクニカ |', '|---|---|---|', '| 設立 | 1950年6月 | 1961年2月 |', '| 売上高（2025年3月期） | 5兆5,217億円 | 1兆0,279億円 |'].join('\n');
		expect(figures(body, '2026-02-19').map(row => row.split(' ').slice(0, 5).join(' '))).toEqual(['mitsubishi-electric revenue 5521700000000 JPY FY2025', 'macnica revenue 1027900000000 JPY FY2025']);
	});

	test("research firms' columns under prose on the makers' shares (| 順位 | メーカー | Yole Group | TrendForce |) are each firm's shares", () => {
		const body = [
			'YoleとTrendForceが、2025年の光半導体市場のメーカー別シェアをそれぞれ公表した。',
			'',
			'| 順位 | メーカー | Yole Group | TrendForce |',
			'|---|---|---|---|',
			'| 1 | ローム | 24% | 26% |',
			'| 2 | 三菱電機 | 18% | 15% |',
		].join('\n');
		expect(figures(body, '2026-03-02')).toEqual([
			'rohm market_share 24 % 2025 actual Yole Group',
			'rohm market_share 26 % 2025 actual TrendForce',
			'mitsubishi-electric market_share 18 % 2025 actual Yole Group',
			'mitsubishi-electric market_share 15 % 2025 actual TrendForce',
		]);
		expect(figures(body.replace('メーカー別シェア', 'メーカー別の売上高伸び率'), '2026-03-02')).toEqual([]);
	});

	test('a row of analysts’ expectations (| QUICKコンセンサス | 238,600 | 90,500 |) is no figure of the company; the results row above it is', () => {
		const body = ['ディスコの4〜9月期決算は市場予想を上回った。', '', '| 項目 | 売上高 | 営業利益 |', '|---|---|---|', '| 実績 | 210,100 | 95,200 |', '| 市場予想平均 | 198,600 | 90,500 |', '', '（単位：百万円）'].join('\n');
		expect(figures(body, '2025-10-30')).toEqual(['disco revenue 210100000000 JPY FY2026-H1 actual', 'disco operating_income 95200000000 JPY FY2026-H1 actual']);
	});

	test('a loss written in words in a cell (| 3億2,000万ドルの赤字 |, | 赤字4億円 |) is a negative amount', () => {
		const body = ['ソニーとシャープの7〜9月期決算を比べる。', '', '| 項目 | ソニー | シャープ |', '|---|---|---|', '| 純損益 | 3億2,000万ドルの赤字 | 赤字4億円 |'].join('\n');
		expect(figures(body, '2025-11-14').map(row => row.split(' ').slice(0, 4).join(' '))).toEqual(['sony net_income -320000000 USD', 'sharp net_income -400000000 JPY']);
	});

	test('a ranked company with its unit in brackets (| 2 | グーグル（Google Cloud） | 11.3% |) is of that unit', () => {
		const body = ['MM総研によると、2025年の国内IaaS市場のシェアは次の通り。', '', '| 順位 | 事業者 | シェア |', '|---|---|---|', '| 1 | アマゾン（AWS） | 30.5% |', '| 2 | グーグル（Google Cloud） | 11.3% |'].join('\n');
		expect(figures(body, '2026-02-10')).toEqual(['amazon/aws market_share 30.5 % 2025 actual MM総研', 'google/google-cloud market_share 11.3 % 2025 actual MM総研']);
	});

	test("a change in per cent beside a share column (| 売上高 | シェア | 前年比 |) is the revenue's growth: a share moves in points", () => {
		const body = 'ガートナーによると、2025年の半導体売上高ランキングは次の通り。\n\n| 順位 | 企業名 | 売上高（億ドル） | シェア（%） | 前年比（%） |\n|---|---|---|---|---|\n| 1 | Intel | 512 | 7.1 | 4.2 |';
		expect(figures(body, '2026-01-20').filter(row => row.includes(' 4.2 '))).toEqual(['intel revenue_growth 4.2 % 2025 actual Gartner']);
	});

	test("a revision table's row of changes on the year before (前期比) holds percentages of the new forecast's year, never amounts: its growth, not its revision", () => {
		const body =
			'レーザーテックが通期予想を下方修正した。\n\n■業績修正（単位：百万円、円、％）\n\n| 決算期 | 売上高 | 営業益 |\n|---|---|---|\n| 旧 2026.06期予想 | 260,000 | 108,000 |\n| 新 2026.06期予想 | 240,000 | 95,000 |\n| 修正率 | -7.7 | -12.0 |\n| 前期 2025.06期実績 | 250,100 | 104,000 |\n| 前期比 | -4.0 | -8.7 |';
		expect(figures(body, '2026-01-30').slice(-2)).toEqual(['lasertec revenue_growth -4 % FY2026 outlook', 'lasertec other -8.7 % FY2026 outlook']);
	});

	test("a column of changes after the earlier of two periods (| 今期 | 前期 | 増減率 |) is the later period's change", () => {
		const body = '日立製作所の決算。\n\n**連結業績（単位：億円）**\n\n| 項目 | 2026年3月期 第3四半期累計 | 2025年3月期 第3四半期累計 | 増減率 |\n|---|---|---|---|\n| 売上収益 | 74,120 | 70,330 | 5.4% |';
		expect(figures(body, '2026-02-05')).toEqual(['hitachi revenue 7412000000000 JPY 2025-04..2025-12 actual', 'hitachi revenue 7033000000000 JPY 2024-04..2024-12 actual prior', 'hitachi revenue_growth 5.4 % 2025-04..2025-12 actual']);
	});

	test("rows of forecasts named by what they are (| 前回予想 |, | 今回予想 |) after the nine months' results are of the whole year", () => {
		const body =
			'ディスコ <6146> が決算を発表。26年3月期第3四半期累計(4-12月)の連結営業利益は前年同期比20%増の1,100億円だった。\n\n■前回予想との比較（単位：百万円）\n\n| | 売上高 | 営業益 |\n|---|---|---|\n| 前回予想 | 400,000 | 150,000 |\n| 今回予想 | 430,000 | 165,000 |';
		expect(figures(body, '2026-01-28').slice(-4)).toEqual([
			'disco revenue 400000000000 JPY FY2026 outlook prior',
			'disco operating_income 150000000000 JPY FY2026 outlook prior',
			'disco revenue 430000000000 JPY FY2026 outlook',
			'disco operating_income 165000000000 JPY FY2026 outlook',
		]);
	});

	test("a table of shares under a research firm's survey of a half (2025年度上期（2025年4〜9月）の事業者別シェアを調査) is of the half's months", () => {
		const body =
			'MM総研は、国内のサーバー市場について、2025年度上期（2025年4〜9月）の事業者別シェアを調査した。\n\n## 事業者別シェア\n\n売上高ベースのシェアは以下の通り。\n\n| 順位 | 事業者 | シェア |\n|---|---|---|\n| 1 | 富士通 | 24.6% |\n| 2 | NEC | 18.1% |';
		expect(figures(body, '2026-01-20')).toEqual(['fujitsu market_share 24.6 % 2025-04..2025-09 actual MM総研', 'nec market_share 18.1 % 2025-04..2025-09 actual MM総研']);
	});

	test("a table of segments captioned as the year so far (セグメント別の状況（累計）) in a quarterly filing is of the months from the year's start", () => {
		const body = '# 2026年3月期 第3四半期決算短信\n\n上場会社名　京セラ株式会社\n\n## 2．セグメント別の状況（累計）\n\n| | 売上高（百万円） | 前年同期比（％） |\n|---|---|---|\n| 電子部品 | 298,400 | 5.2 |';
		expect(figures(body, '2026-02-03')).toEqual(['kyocera/電子部品 revenue 298400000000 JPY 2025-04..2025-12 actual', 'kyocera/電子部品 revenue_growth 5.2 % 2025-04..2025-12 actual']);
		// With the quarter reported only in the text above: "京セラの第3四半期決算…", then the table.
		const reported = '京セラは3日、2026年3月期第3四半期決算を発表した。\n\n## セグメント別の状況（累計）\n\n| | 売上高（百万円） |\n|---|---|\n| 電子部品 | 298,400 |';
		expect(figures(reported, '2026-02-03')).toEqual(['kyocera/電子部品 revenue 298400000000 JPY 2025-04..2025-12 actual']);
	});

	test("a row of changes on the year before (前期比) under a year's forecast is the forecast's growth, not a revision", () => {
		const body = 'ディスコが通期予想を発表した。\n\n（単位：百万円）\n\n| 決算期 | 売上高 | 営業益 |\n|---|---|---|\n| 連 2025.03 | 390,000 | 160,000 |\n| 連 2026.03予 | 420,000 | 150,000 |\n| 前期比 | +7.7 | △6.3 |';
		expect(figures(body, '2025-10-24').slice(-2)).toEqual(['disco revenue_growth 7.7 % FY2026 outlook', 'disco other -6.3 % FY2026 outlook']);
	});

	test('a row of a half with its months and year (上期 24.04-09) is of those months, not of the half the article reports', () => {
		const body = 'ディスコが上期決算を発表した。\n\n（単位：百万円）\n\n| 決算期 | 売上高 | 営業益 |\n|---|---|---|\n| 上期 24.04-09 | 180,500 | 70,200 |\n| 上期 25.04-09 | 201,300 | 80,900 |';
		expect(figures(body, '2025-10-24')).toEqual([
			'disco revenue 180500000000 JPY FY2025-H1 actual',
			'disco operating_income 70200000000 JPY FY2025-H1 actual',
			'disco revenue 201300000000 JPY FY2026-H1 actual',
			'disco operating_income 80900000000 JPY FY2026-H1 actual',
		]);
	});

	test("a column named 中間（当期）純利益 is of the rows' periods: its 当期 is part of the measure's name, no period of its own", () => {
		const body = 'アドバンテストの中間決算。\n\n（単位：百万円）\n\n| 決算期 | 売上高 | 親会社株主に帰属する中間（当期）純利益 |\n|---|---|---|\n| 2026年3月期 中間期 | 520,400 | 98,310 |\n| 2025年3月期 中間期 | 380,250 | 60,120 |';
		expect(figures(body, '2025-11-05')).toEqual([
			'advantest revenue 520400000000 JPY FY2026-H1 actual',
			'advantest net_income 98310000000 JPY FY2026-H1 actual',
			'advantest revenue 380250000000 JPY FY2025-H1 actual',
			'advantest net_income 60120000000 JPY FY2025-H1 actual',
		]);
	});

	test('a column of dividends per share (1株配) still leaves a header; rows of a year still running (新 2026.03 in November 2025, no 予 written) are forecasts', () => {
		const body = [
			'東京エレクトロンが通期予想を引き上げた。',
			'',
			'【業績】（単位：億円、1株配は円）',
			'',
			'| 決算期 | 売上高 | 営業益 | 1株配 |',
			'|---|---|---|---|',
			'| 2025.03 | 24,315 | 6,973 | 571 |',
			'| 旧 2026.03 | 23,500 | 5,870 | 520 |',
			'| 新 2026.03 | 24,100 | 6,150 | 533 |',
		].join('\n');
		expect(figures(body, '2025-11-12')).toEqual([
			'tokyo-electron revenue 2431500000000 JPY FY2025 actual',
			'tokyo-electron operating_income 697300000000 JPY FY2025 actual',
			'tokyo-electron revenue 2350000000000 JPY FY2026 outlook prior',
			'tokyo-electron operating_income 587000000000 JPY FY2026 outlook prior',
			'tokyo-electron revenue 2410000000000 JPY FY2026 outlook',
			'tokyo-electron operating_income 615000000000 JPY FY2026 outlook',
		]);
	});

	test("株探's tables: rows of months (25.04-12) and fiscal years (2025.03), 予 for a forecast and 旧 for the one it replaces, 修正1株益 and 経常益 as columns", () => {
		const body = [
			'レーザーテックが決算を発表した。',
			'',
			'■ 上期決算【実績】　（単位：百万円、円、％）',
			'',
			'| 決算期 | 売上高 | 経常益 | 修正1株益 |',
			'|---|---|---|---|',
			'| 24.07-12 | 120,500 | 52,300 | 412.5 |',
			'| 25.07-12 | 131,200 | 58,900 | 460.8 |',
			'',
			'■ 通期業績予想　（単位：百万円、円）',
			'',
			'| 決算期 | 売上高 | 経常益 | 修正1株益 |',
			'|---|---|---|---|',
			'| 2025.06 | 250,100 | 104,000 | 820.3 |',
			'| 旧 2026.06予 | 260,000 | 108,000 | 850.0 |',
			'| 新 2026.06予 | 275,000 | 115,000 | 905.2 |',
		].join('\n');
		expect(figures(body, '2026-01-30')).toEqual([
			'lasertec revenue 120500000000 JPY FY2025-H1 actual',
			'lasertec other 52300000000 JPY FY2025-H1 actual',
			'lasertec eps 412.5 JPY FY2025-H1 actual',
			'lasertec revenue 131200000000 JPY FY2026-H1 actual',
			'lasertec other 58900000000 JPY FY2026-H1 actual',
			'lasertec eps 460.8 JPY FY2026-H1 actual',
			'lasertec revenue 250100000000 JPY FY2025 actual',
			'lasertec other 104000000000 JPY FY2025 actual',
			'lasertec eps 820.3 JPY FY2025 actual',
			'lasertec revenue 260000000000 JPY FY2026 outlook prior',
			'lasertec other 108000000000 JPY FY2026 outlook prior',
			'lasertec eps 850 JPY FY2026 outlook prior',
			'lasertec revenue 275000000000 JPY FY2026 outlook',
			'lasertec other 115000000000 JPY FY2026 outlook',
			'lasertec eps 905.2 JPY FY2026 outlook',
		]);
	});

	test("株探's fiscal years written with two digits (25.03, 26.03予(旧), 26.03予(新)) are those years: the year ended is an actual, not the forecast", () => {
		const body = [
			'ディスコが決算を発表した。',
			'',
			'結果（単位：百万円）',
			'',
			'| 決算期 | 売上高 | 最終益 |',
			'|---|---|---|',
			'| 25.03 | 393,300 | 110,300 |',
			'| 26.03予(旧) | 410,000 | 115,000 |',
			'| 26.03予(新) | 432,000 | 121,000 |',
		].join('\n');
		expect(figures(body, '2025-10-24')).toEqual([
			'disco revenue 393300000000 JPY FY2025 actual',
			'disco net_income 110300000000 JPY FY2025 actual',
			'disco revenue 410000000000 JPY FY2026 outlook prior',
			'disco net_income 115000000000 JPY FY2026 outlook prior',
			'disco revenue 432000000000 JPY FY2026 outlook',
			'disco net_income 121000000000 JPY FY2026 outlook',
		]);
	});

	test('a company the paragraph over a table names only as part of something else (LINEヤフーを含む) is not the table’s', () => {
		const body = 'ソフトバンクは12日、決算を発表した。\n\n「メディア・EC事業」はLINEヤフーを含む。\n\n| 項目 | 2025年3月末 | 2026年3月末 |\n|---|---:|---:|\n| スマートフォン累計契約数 | 3,120万件 | 3,205万件 |';
		expect(extractText(body, {date: '2026-05-12', title: 'ソフトバンク、増収増益'}).figures.map(figure => `${figure.company} ${figure.value} ${figure.period}`)).toEqual([
			'softbank-corp 31200000 2025-03-31',
			'softbank-corp 32050000 2026-03-31',
		]);
	});

	test('a change on the year before written with its unit (前期比(%)) under a revision is the forecast’s growth, not the revision', () => {
		const body = 'TOWAは通期予想を上方修正した。\n\n（単位：百万円）\n\n| 決算期 | 売上高 | 営業益 |\n|---|---|---|\n| 前回予想 | 54,000 | 6,500 |\n| 今回予想 | 56,000 | 7,200 |\n| 前期比(%) | 3.9 | △18.6 |';
		expect(figures(body, '2026-01-22').slice(-2)).toEqual(['towa revenue_growth 3.9 % FY2026 outlook', 'towa other -18.6 % FY2026 outlook']);
	});

	test("a note on how losses are written in a header (セグメント利益（△は損失）) names no measure: the column is the segment's profit", () => {
		const body = 'アドバンテストが4〜9月期決算を発表した。\n\n（単位：百万円）\n\n| セグメント | 売上高 | セグメント利益（△は損失） |\n|---|---|---|\n| メカトロニクス関連事業 | 28,410 | △1,230 |';
		expect(figures(body, '2025-10-30').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['advantest/メカトロニクス関連 revenue 28410000000', 'advantest/メカトロニクス関連 operating_income -1230000000']);
	});

	test("a row of changes that names its own year (26.3期 前期比(%)) is that year's growth, not the forecast's row above it", () => {
		const body = [
			'ディスコが決算を発表した。',
			'',
			'業績推移（単位：百万円）',
			'',
			'| 決算期 | 売上高 | 最終益 |',
			'|---|---:|---:|',
			'| 2025.03 | 393,300 | 110,300 |',
			'| 2026.03 | 432,000 | 121,000 |',
			'| 2027.03予 | 470,000 | 130,000 |',
			'| 26.3期 前期比(%) | +9.8 | +9.7 |',
		].join('\n');
		expect(figures(body, '2026-04-30').slice(-2)).toEqual(['disco revenue_growth 9.8 % FY2026 actual', 'disco other 9.7 % FY2026 actual']);
	});

	test('a change between the years it compares and a forecast to its right (| 2025年3月期 | 2026年3月期 | 前期比 | 2027年3月期（予想） |) is the later year’s result', () => {
		const body = 'NTTデータが決算を発表した。\n\n（単位：億円）\n\n| 項目 | 2025年3月期 | 2026年3月期 | 前期比 | 2027年3月期（予想） |\n|---|---|---|---|---|\n| 売上高 | 46,387 | 49,850 | +7.5% | 52,000 |';
		expect(figures(body, '2026-05-12').filter(row => row.includes(' % '))).toEqual(['ntt-data revenue_growth 7.5 % FY2026 actual']);
	});

	test('a two-digit fiscal year after 連 or 単 (連 25.03, 単 26.03予) is that year, not the quarter the text reports', () => {
		const body = ['ディスコが4〜12月期の決算を発表した。', '', '業績推移（単位：百万円）', '', '| 決算期 | 売上高 | 最終益 |', '|---|---|---|', '| 連 25.03 | 393,300 | 110,300 |', '| 単 26.03予 | 432,000 | 121,000 |'].join('\n');
		expect(figures(body, '2026-01-24')).toEqual([
			'disco revenue 393300000000 JPY FY2025 actual',
			'disco net_income 110300000000 JPY FY2025 actual',
			'disco revenue 432000000000 JPY FY2026 outlook',
			'disco net_income 121000000000 JPY FY2026 outlook',
		]);
	});

	test("a disclosure whose form spaces out its sender's letters; a segment's forecast after the table is of the year forecast, not of the last year's row", () => {
		const body = [
			'2026年1月28日',
			'',
			'会 社 名　ロ ー ム 株 式 会 社',
			'',
			'# 通期業績予想の修正に関するお知らせ',
			'',
			'当社は、2026年3月期の通期連結業績予想を下記のとおり修正いたします。',
			'',
			'| | 売上高 |',
			'|---|---|',
			'| | 百万円 |',
			'| 今回修正予想 | 480,000 |',
			'| 前期実績（2025年3月期） | 450,000 |',
			'',
			'なお、パワーデバイスセグメントの売上高予想を1,500億円から1,650億円に引き上げております。',
		].join('\n');
		expect(figures(body, null)).toEqual([
			'rohm revenue 480000000000 JPY FY2026 outlook',
			'rohm revenue 450000000000 JPY FY2025 actual',
			'rohm/パワーデバイス revenue 150000000000 JPY FY2026 outlook prior',
			'rohm/パワーデバイス revenue 165000000000 JPY FY2026 outlook',
		]);
	});

	test("a roundup: each company's own period from a row of periods, a row of changes named two ways, prose after it in the company's period", () => {
		const body = [
			'ITサービス2社の決算が出そろった。',
			'',
			'| | 富士通 | アルファベット |',
			'|---|---|---|',
			'| 対象期間 | 2025年4〜12月期 | 2025年12月期 |',
			'| 売上高 | 2兆6,000億円 | 4,000億ドル |',
			'| 前年同期（前期）比 | +2.0% | +14.0% |',
			'',
			'富士通のサービスソリューション部門の営業利益は2,100億円だった。',
		].join('\n');
		expect(figures(body, '2026-02-10')).toEqual([
			'fujitsu revenue 2600000000000 JPY 2025-04..2025-12 actual',
			'google revenue 400000000000 USD 2025 actual',
			'fujitsu revenue_growth 2 % 2025-04..2025-12 actual',
			'google revenue_growth 14 % 2025 actual',
			'fujitsu/service-solutions operating_income 210000000000 JPY 2025-04..2025-12 actual',
		]);
	});

	test('a row of a company with its segment in brackets (Amazon（AWS）, Microsoft（Intelligent Cloud）) is of that segment', () => {
		const body = ['2025年10〜12月期のクラウド3社の比較。', '', '| 事業者 | 売上高 | 営業利益 |', '|---|---|---|', '| Amazon（AWS） | 300億ドル | 100億ドル |', '| Microsoft（Intelligent Cloud） | 280億ドル | 120億ドル |'].join('\n');
		expect(figures(body, '2026-02-10')).toEqual([
			'amazon/aws revenue 30000000000 USD 2025-Q4 actual',
			'amazon/aws operating_income 10000000000 USD 2025-Q4 actual',
			'microsoft/Intelligent Cloud revenue 28000000000 USD FY2026-Q2 actual',
			'microsoft/Intelligent Cloud operating_income 12000000000 USD FY2026-Q2 actual',
		]);
	});

	test("a research firm's ranking: the company in the cell after the rank, the firm as source, calendar periods", () => {
		const body = ['米IDCの集計による2025年7〜9月期の世界サーバー出荷シェアは次の通り。', '', '| 順位 | ベンダー | シェア |', '|---|---|---|', '| 1 | デル | 18.1% |', '| 2 | HPE | 14.0% |'].join('\n');
		expect(figures(body, '2025-12-01')).toEqual(['dell market_share 18.1 % 2025-Q3 actual IDC', 'hpe market_share 14 % 2025-Q3 actual IDC']);
	});

	test("periods as columns (第2四半期累計, 通期) are parts of the nearest caption's year, not of a paragraph further up", () => {
		const text = [
			'ディスコは2026年3月期の決算を発表した。通期の受注高は前期比12%増の4,000億円だった。',
			'',
			'【2027年3月期 業績予想】（単位：億円）',
			'',
			'| 項目 | 第2四半期累計 | 通期 |',
			'|---|---|---|',
			'| 売上高 | 2,000 | 4,300 |',
		].join('\n');
		const found = figures(text, '2026-04-25');
		expect(found).toContain('disco other 400000000000 JPY FY2026 actual');
		expect(found).toContain('disco revenue 200000000000 JPY FY2027-H1 outlook');
		expect(found).toContain('disco revenue 430000000000 JPY FY2027 outlook');
	});

	test("a segment table's セグメント利益 column is each segment's operating income", () => {
		const table = ['ディスコの2025年4〜9月期のセグメント別の状況（億円）', '', '| セグメント | 売上高 | セグメント利益 |', '|---|---|---|', '| 精密加工装置 | 1,200 | 480 |', '| 消耗品 | 400 | △20 |'].join('\n');
		expect(figures(table)).toEqual([
			'disco/精密加工装置 revenue 120000000000 JPY FY2026-H1 actual',
			'disco/精密加工装置 operating_income 48000000000 JPY FY2026-H1 actual',
			'disco/消耗品 revenue 40000000000 JPY FY2026-H1 actual',
			'disco/消耗品 operating_income -2000000000 JPY FY2026-H1 actual',
		]);
	});

	test("a segment table's total row is the company's; the row reconciling segments to it is nobody's", () => {
		const table = ['ディスコの2025年4〜9月期のセグメント別売上高（億円）', '', '| セグメント | 売上高 |', '|---|---|', '| 精密加工装置 | 1,200 |', '| 消耗品 | 400 |', '| 調整額 | △30 |', '| 合計 | 1,570 |'].join('\n');
		expect(figures(table)).toEqual(['disco/精密加工装置 revenue 120000000000 JPY FY2026-H1 actual', 'disco/消耗品 revenue 40000000000 JPY FY2026-H1 actual', 'disco revenue 157000000000 JPY FY2026-H1 actual']);
	});

	test('a table that says nothing of figures gives none: text cells, or numbers of no measure', () => {
		expect(figures('| 企業 | 主な提携先 |\n|---|---|\n| OpenAI | Azure、AWS |\n| アンソロピック | Google Cloud |')).toEqual([]);
		expect(figures('| 順位 | 社名 |\n|---|---|\n| 1 | アップル |\n| 2 | サムスン電子 |')).toEqual([]);
	});
});

describe('a disclosure summary in 百万円', () => {
	const summary = [
		'# ディスコ 2026年3月期 決算短信サマリー',
		'',
		'開示日：2026年4月23日 15:00',
		'',
		'上場会社名：株式会社ディスコ　上場取引所：東',
		'',
		'（百万円未満切捨て）',
		'',
		'## 1. 2026年3月期の連結業績',
		'',
		'| | 売上高 | % | 営業利益 | % | 1株当たり当期純利益（円） | 自己資本当期純利益率（%） | 売上高営業利益率（%） |',
		'|---|---|---|---|---|---|---|---|',
		'| 2026年3月期 | 412,300 | 5.5 | 170,040 | △1.2 | 1,203.44 | 27.9 | 41.2 |',
		'',
		'## 2. 2027年3月期の連結業績予想',
		'',
		'| | 売上高 | % | 営業利益 | % | 1株当たり当期純利益（円） |',
		'|---|---|---|---|---|---|',
		'| 第2四半期（累計） | 190,000 | △3.1 | 72,000 | △8.4 | 510.20 |',
		'| 通期 | 400,000 | △3.0 | 160,000 | △5.9 | 1,100.00 |',
	].join('\n');

	test("bare amounts are in the document's note of units; a column's own unit is that column's", () => {
		const found = figures(summary, '2026-04-23');
		expect(found).toContain('disco revenue 412300000000 JPY FY2026 actual');
		expect(found).toContain('disco operating_income 170040000000 JPY FY2026 actual');
		expect(found).toContain('disco eps 1203.44 JPY FY2026 actual');
		expect(found).toContain('disco margin 41.2 % FY2026 actual');
		expect(found).toContain('disco revenue 400000000000 JPY FY2027 outlook');
		expect(found).toContain('disco eps 1100 JPY FY2027 outlook');
		// A rate column is never an amount in millions, nor the table's amounts in yen.
		expect(found.filter(figure => / (?:27900000|27\.9 |400000 JPY|190000 JPY)/.test(figure))).toEqual([]);
	});

	test('第2四半期（累計） under a heading of a fiscal year is the first half of that year', () => {
		const found = figures(summary, '2026-04-23');
		expect(found).toContain('disco revenue 190000000000 JPY FY2027-H1 outlook');
		expect(found).toContain('disco revenue_growth -3.1 % FY2027-H1 outlook');
	});

	test('rows of quarters under a heading of year-to-date results are the year up to them; a row of changes is of the current row', () => {
		const found = figures(
			[
				'# 2026年3月期 第3四半期決算短信',
				'',
				'上場会社名：株式会社ディスコ',
				'',
				'（単位：百万円）',
				'',
				'## 連結経営成績（累計）',
				'',
				'| 期間 | 売上高 | 営業利益 |',
				'|---|---|---|',
				'| 2026年3月期 第3四半期 | 301,200 | 120,400 |',
				'| 2025年3月期 第3四半期 | 280,100 | 110,900 |',
				'| 対前年同期増減率 | 7.5% | 8.6% |',
			].join('\n'),
			'2026-01-29',
		);
		expect(found).toContain('disco revenue 301200000000 JPY 2025-04..2025-12 actual');
		expect(found).toContain('disco revenue 280100000000 JPY 2024-04..2024-12 actual');
		expect(found).toContain('disco revenue_growth 7.5 % 2025-04..2025-12 actual');
	});

	test("a caption's declared unit (単位：億ドル) is the amounts' even when other columns are rates in (%)", () => {
		const found = figures(
			['**2025年のメモリー売上高（単位：億ドル、調査会社調べ）**', '', '| 順位 | 企業名 | 2025年売上高 | 前年比増減率（%） | シェア（%） |', '|---|---|---|---|---|', '| 1 | マイクロン | 420 | 30.5 | 22.5 |'].join('\n'),
			'2026-01-20',
		);
		expect(found).toContain('micron revenue 42000000000 USD 2025 actual');
	});

	test("a reference row of the year before's part (（ご参考）前期第2四半期累計実績) is of that part a year back", () => {
		const body = ['ABEJAは2026年8月期第2四半期累計の業績予想を修正した。', '', '| | 売上高 | 営業利益 |', '|---|---|---|', '| 今回修正予想 | 1,900 | 120 |', '| （ご参考）前期第2四半期累計実績 | 1,520 | △38 |', '', '（単位：百万円）'].join(
			'\n',
		);
		expect(figures(body, '2026-03-10').filter(row => row.includes('1520000000') || row.includes('-38000000'))).toEqual(['abeja revenue 1520000000 JPY FY2025-H1 actual prior', 'abeja operating_income -38000000 JPY FY2025-H1 actual prior']);
	});

	test('the unit a ranked name is given with (Samsung（ファウンドリー部門）) is the segment its row ranks', () => {
		const body = [
			'トレンドフォースによると、2025年7〜9月期のファウンドリー売上高は次の通り。',
			'',
			'**ファウンドリー売上高（2025年7〜9月期、単位：百万ドル）**',
			'',
			'| 順位 | 企業 | 売上高 | シェア |',
			'|---|---|---|---|',
			'| 1 | TSMC | 33,100 | 71.0% |',
			'| 2 | Samsung（ファウンドリー部門） | 3,260 | 6.8% |',
		].join('\n');
		const found = figures(body, '2025-12-02').map(row => row.replace(/ actual.*/, ''));
		expect(found).toContain('samsung/ファウンドリー revenue 3260000000 USD 2025-Q3');
		expect(found).toContain('samsung/ファウンドリー market_share 6.8 % 2025-Q3');
		expect(found).toContain('tsmc market_share 71 % 2025-Q3');
	});

	test("a company's rounds, each with its value (| 時期 | ラウンド | 調達額 | 評価額 |), are its funding, with no period, and its valuation, of the round's month", () => {
		const body = [
			'Preferred Networksの資金調達の歩み。',
			'',
			'| 時期 | ラウンド | 調達額 | 評価額 |',
			'|---|---|---|---|',
			'| 2023年5月 | シリーズA | 約1億ドル | 約15億ドル |',
			'| 2024年10月 | シリーズB | 約1億6000万ドル | 約25億ドル |',
		].join('\n');
		expect(figures(body, '2025-12-01')).toEqual([
			'preferred-networks funding 100000000 USD - actual',
			'preferred-networks valuation 1500000000 USD 2023-05 actual',
			'preferred-networks funding 160000000 USD - actual',
			'preferred-networks valuation 2500000000 USD 2024-10 actual',
		]);
	});

	test("a reader's own holdings (| 銘柄 | 保有株数 | 評価額 | 評価損益 |) are no company's figures", () => {
		const body = ['今月末時点の私のポートフォリオです。', '', '| 銘柄 | 保有株数 | 評価額 | 評価損益 |', '|---|---|---|---|', '| エヌビディア | 40株 | 約115万円 | +32万円 |', '| アドバンテスト | 200株 | 約260万円 | △12万円 |'].join('\n');
		expect(figures(body, '2026-10-31')).toEqual([]);
	});

	test('a column of changes on the quarter before (前四半期比), or on "the period before" (前期比) in a table of one quarter, is kind other; 前期比 in a table of years is growth', () => {
		const ranking = (header: string, period: string) =>
			figures(
				[
					`カウンターポイントによると、${period}のファウンドリー売上高は次の通り。`,
					'',
					`**ファウンドリー売上高ランキング（${period}、単位：百万ドル）**`,
					'',
					`| 順位 | 企業 | 売上高 | ${header} |`,
					'|---|---|---|---|',
					'| 1 | TSMC | 33,100 | +9.5% |',
				].join('\n'),
				'2026-03-02',
			)
				.filter(row => row.includes('9.5'))
				.map(row => row.replace(/ actual.*/, ''));
		expect(ranking('前四半期比', '2025年10〜12月期')).toEqual(['tsmc other 9.5 % 2025-Q4']);
		expect(ranking('前期比', '2025年10〜12月期')).toEqual(['tsmc other 9.5 % 2025-Q4']);
		expect(ranking('前期比', '2025年')).toEqual(['tsmc revenue_growth 9.5 % 2025']);
	});

	test('a 決算短信 column of the half a year before (前中間期, 前中間期 売上高) is of that half, not of the one reported', () => {
		const found = figures(
			[
				'東京エレクトロンは2027年3月期中間期の連結決算を発表しました。',
				'',
				'（単位：百万円）',
				'',
				'| 項目 | 前中間期 | 当中間期 | 増減率 |',
				'|---|---|---|---|',
				'| 売上高 | 1,105,230 | 1,240,118 | 12.2% |',
				'',
				'■セグメント別の状況',
				'',
				'| セグメント | 前中間期 売上高 | 当中間期 売上高 |',
				'|---|---|---|',
				'| 半導体製造装置 | 1,060,410 | 1,190,022 |',
			].join('\n'),
			'2026-11-10',
		).map(row => row.replace(/ actual.*/, ''));
		expect(found).toContain('tokyo-electron revenue 1105230000000 JPY FY2026-H1');
		expect(found).toContain('tokyo-electron revenue 1240118000000 JPY FY2027-H1');
		expect(found).toContain('tokyo-electron/半導体製造装置 revenue 1060410000000 JPY FY2026-H1');
		expect(found).toContain('tokyo-electron/半導体製造装置 revenue 1190022000000 JPY FY2027-H1');
	});

	test('amounts in 百万米ドル are millions of dollars; in a currency brief keeps no scale for (百万台湾ドル) they are left out, never read as single dollars', () => {
		const table = (unit: string) =>
			figures(
				[
					'マイクロンは本日、2026年1〜3月期の連結業績を発表しました。',
					'',
					`**2026年第1四半期 連結業績**（単位：${unit}、1株当たり利益を除く）`,
					'',
					'| 項目 | 2026年1〜3月期 | 前年同期 |',
					'|---|---|---|',
					'| 売上高 | 2,815 | 2,640 |',
				].join('\n'),
				'2026-04-30',
			).map(row => row.replace(/ actual.*/, ''));
		const dollars = table('百万米ドル');
		expect(dollars).toContain('micron revenue 2815000000 USD 2026-Q1');
		expect(table('百万台湾ドル').filter(row => /\b(?:2815|2640)\b/.test(row))).toEqual([]);
	});

	test('a unit note on the line right under a table (（単位：百万円。…は円）) gives its amounts their unit', () => {
		const found = figures(
			[
				'キオクシアは2026年3月期の通期業績予想を修正した。',
				'',
				'| | 売上高 | 営業利益 |',
				'|---|---|---|',
				'| 前回発表予想(A) | 1,800,000 | 500,000 |',
				'| 今回修正予想(B) | 1,950,000 | 560,000 |',
				'',
				'（単位：百万円。1株当たり当期純利益は円）',
			].join('\n'),
			'2026-01-29',
		);
		expect(found).toContain('kioxia revenue 1950000000000 JPY FY2026 outlook');
		expect(found).toContain('kioxia revenue 1800000000000 JPY FY2026 outlook prior');
	});

	test('a row of changes under rows of years written oldest first is of the latest year above it', () => {
		const found = figures(
			['アサギリ精工の2025年12月期決算短信（単位：百万円）', '', '| 決算期 | 売上高 | 営業利益 |', '|---|---|---|', '| 2024年12月期 | 50,000 | 6,000 |', '| 2025年12月期 | 56,000 | 7,200 |', '| 前期比増減率 | 12.0% | 20.0% |'].join('\n'),
			'2026-02-12',
		);
		expect(found.filter(figure => figure.includes(' % '))).toEqual(['x-a223d73705 revenue_growth 12 % 2025 actual', 'x-a223d73705 other 20 % 2025 actual']);
	});

	test('a header whose measures each span an amount and its change (empty cells between) reads as pairs; a one-measure table after it has its own column', () => {
		const found = figures(
			[
				'上場会社名　ヒバリ計器株式会社　　上場取引所　東',
				'',
				'## 連結経営成績（累計）',
				'',
				'| | 売上高 | | 営業利益 | |',
				'|---|---|---|---|---|',
				'| | 百万円 | ％ | 百万円 | ％ |',
				'| 2027年3月期中間期 | 12,340 | 9.5 | 1,560 | △4.2 |',
				'',
				'| | 1株当たり中間純利益 |',
				'|---|---|',
				'| | 円 |',
				'| 2027年3月期中間期 | 45.10 |',
			].join('\n'),
			'2026-11-06',
		).map(row => row.replace(/^x-[0-9a-f]+/, 'sender'));
		expect(found).toEqual([
			'sender revenue 12340000000 JPY FY2027-H1 actual',
			'sender revenue_growth 9.5 % FY2027-H1 actual',
			'sender operating_income 1560000000 JPY FY2027-H1 actual',
			'sender other -4.2 % FY2027-H1 actual',
			'sender eps 45.1 JPY FY2027-H1 actual',
		]);
	});

	test("a part of the year (第2四半期（累計）) in a table of forecasts under a heading of next year's forecast is a part of that year", () => {
		const found = figures(
			[
				'上場会社名　ヒバリ計器株式会社　　上場取引所　東',
				'',
				'## 1. 2025年12月期の連結業績',
				'',
				'| | 売上高 | |',
				'|---|---|---|',
				'| | 百万円 | ％ |',
				'| 2025年12月期 | 30,000 | 5.0 |',
				'',
				'## 2. 2026年12月期の連結業績予想',
				'',
				'（％表示は対前期増減率）',
				'',
				'| | 売上高 | |',
				'|---|---|---|',
				'| | 百万円 | ％ |',
				'| 第2四半期（累計） | 15,500 | 4.0 |',
				'| 通期 | 32,000 | 6.7 |',
			].join('\n'),
			'2026-02-12',
		).map(row => row.replace(/^x-[0-9a-f]+/, 'sender'));
		expect(found.slice(2)).toEqual(['sender revenue 15500000000 JPY 2026-H1 outlook', 'sender revenue_growth 4 % 2026-H1 outlook', 'sender revenue 32000000000 JPY 2026 outlook', 'sender revenue_growth 6.7 % 2026 outlook']);
	});

	test("a note of what the % columns compare with (対前期増減率) dates no row: a revision's rows are of the heading's year", () => {
		const found = figures(
			[
				'上場会社名　カワセミ精機株式会社　　上場取引所　東',
				'',
				'## 3. 2027年3月期の連結業績予想（2026年4月1日〜2027年3月31日）',
				'',
				'（％表示は対前期増減率）',
				'',
				'| | 売上高 | ％ | 営業利益 | ％ |',
				'|---|---|---|---|---|',
				'| | 百万円 | ％ | 百万円 | ％ |',
				'| 前回予想 | 48,000 | 3.1 | 6,100 | △2.0 |',
				'| 今回予想 | 51,000 | 9.5 | 6,900 | 10.8 |',
			].join('\n'),
			'2026-11-06',
		).map(row => row.replace(/^x-[0-9a-f]+/, 'sender'));
		expect(found.filter(row => / JPY /.test(row))).toEqual([
			'sender revenue 48000000000 JPY FY2027 outlook prior',
			'sender operating_income 6100000000 JPY FY2027 outlook prior',
			'sender revenue 51000000000 JPY FY2027 outlook',
			'sender operating_income 6900000000 JPY FY2027 outlook',
		]);
	});

	test("a column of rates (増加率) after a plan's column is the change of the caption's measure to that plan, not revenue growth", () => {
		const found = figures(['◆データセンター投資の推移', '', '| 会社 | 2025年度実績 | 2026年度計画 | 増加率 |', '|---|---|---|---|', '| KDDI | 2400億円 | 3100億円 | 29% |', '| 富士通 | 3000億円 | 4200億円 | 40% |'].join('\n'), '2026-05-20');
		expect(found.filter(row => / % /.test(row))).toEqual(['kddi other 29 % FY2027 outlook', 'fujitsu other 40 % FY2027 outlook']);
	});

	test("a loss told in prose (経常損失は…) after the table's △ cell is the same figure, told once", () => {
		const found = figures(
			['さくらインターネットは2026年3月期中間期の決算を発表した。', '', '（百万円未満切捨て）', '', '| | 売上高 | 経常利益 |', '|---|---|---|', '| 2026年3月期中間期 | 5,000 | △300 |', '', '当中間期の経常損失は300百万円となりました。'].join(
				'\n',
			),
			'2025-11-14',
		);
		expect(found.filter(row => row.includes(' -300000000 '))).toHaveLength(1);
	});

	test("a table of dividends: each column is its part of the row's year (第2四半期末 the first half, 期末 the second, 合計 the year); a row with cells left empty gives none, nor does it date the results after it", () => {
		const found = figures(
			[
				'上場会社名　ツバメ精工株式会社　　上場取引所　東',
				'',
				'## 1. 2026年3月期中間期の連結業績（2025年4月1日～2025年9月30日）',
				'',
				'| | 売上高 |',
				'|---|---|',
				'| | 百万円 |',
				'| 2026年3月期中間期 | 80,000 |',
				'',
				'## 2. 配当の状況',
				'',
				'| | 第1四半期末 | 第2四半期末 | 第3四半期末 | 期末 | 合計 |',
				'|---|---|---|---|---|---|',
				'| | 円 銭 | 円 銭 | 円 銭 | 円 銭 | 円 銭 |',
				'| 2025年3月期 | － | 40.00 | － | 45.00 | 85.00 |',
				'| 2026年3月期 | － | 50.00 | | | |',
				'',
				'## 3. 定性的情報',
				'',
				'精密部品事業では、売上高は52,000百万円となりました。',
			].join('\n'),
			'2025-11-07',
		).map(row => row.replace(/^x-[0-9a-f]+/, 'sender'));
		expect(found.slice(1)).toEqual(['sender other 40 JPY FY2025-H1 actual prior', 'sender other 45 JPY FY2025-H2 actual', 'sender other 85 JPY FY2025 actual', 'sender/精密部品 revenue 52000000000 JPY FY2026-H1 actual']);
	});

	test('a change written with its direction after it (19%減) is negative; the rest of a ranking (その他) is nobody', () => {
		const orders = figures(['ディスコの1〜3月期。', '', '| | 1〜3月期 | 前年同期比 |', '|---|---|---|', '| 売上高 | 900億円 | 12%減 |'].join('\n'), '2026-04-20');
		expect(orders).toContain('disco revenue_growth -12 % FY2026-Q4 actual');
		const ranking = figures(['MM総研の調べ。', '', '| 順位 | 企業 | シェア |', '|---|---|---|', '| 1 | 富士通 | 30.0% |', '| ― | その他 | 14.0% |'].join('\n'), '2026-04-20');
		expect(ranking.map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['fujitsu market_share 30']);
	});

	test("a table of shares after a research firm's prose is the firm's; its change in points is a share figure in pt", () => {
		const body = ['IDC Japanは10日、2025年の国内サーバー市場の調査結果を発表した。', '', '| 順位 | 企業 | シェア | 前年比 |', '|---|---|---|---|', '| 1 | 富士通 | 25.0% | △1.5ポイント |'].join('\n');
		expect(figures(body, '2026-03-12')).toEqual(['fujitsu market_share 25 % 2025 actual IDC Japan', 'fujitsu market_share -1.5 pt 2025 actual IDC Japan']);
	});

	test("a research firm's 年度 is April to March by its months, whoever the company is; 前年度比 is a change", () => {
		const body = ['MM総研は10日、2025年度の国内IaaS市場の調査結果を発表した。', '', '| 順位 | 事業者 | 2025年度シェア | 前年度比 |', '|---|---|---|---|', '| 1 | AWS | 34.0% | △1.0pt |'].join('\n');
		expect(figures(body, '2026-06-12')).toEqual(['amazon/aws market_share 34 % 2025-04..2026-03 actual MM総研', 'amazon/aws market_share -1 pt 2025-04..2026-03 actual MM総研']);
	});

	test('a header that fits its rows no way brief knows gives no figures rather than misplaced ones', () => {
		const found = figures(['富士通の業績（単位：百万円）', '', '| | 売上高 | 営業利益 |', '|---|---|---|', '| 2026年3月期 | 1 | 2,000 | 300 | 4,000 | 50 |'].join('\n'), '2026-05-10');
		expect(found).toEqual([]);
	});

	test('rows of a forecast revision are no segments, though the corner says 区分', () => {
		const found = figures(
			['# 業績予想の修正', '', '上場会社名　ヒバリ計器株式会社', '', '## 通期予想の修正', '', '（単位：百万円）', '', '| 区分 | 売上高 |', '|---|---|', '| 前回発表予想 | 40,000 |', '| 今回修正予想 | 42,000 |'].join('\n'),
			'2026-11-06',
		).map(row => row.replace(/^x-[0-9a-f]+/, 'sender'));
		expect(found.every(row => row.startsWith('sender revenue '))).toBe(true);
		expect(found).toHaveLength(2);
	});

	test('without a note of units, bare amounts are left out rather than read in yen', () => {
		const found = figures(summary.replace('（百万円未満切捨て）', ''), '2026-04-23');
		expect(found.filter(figure => / JPY /.test(figure) && !/ eps /.test(figure))).toEqual([]);
	});
});

describe('whose table, and which column is a forecast', () => {
	test('a row of a company brief does not know, in a table whose rows are companies (| メーカー | …), is nobody it knows, not the row above', () => {
		const body = ['英オムディアによると、4〜6月期の車載パネルはLGディスプレーが首位を守った。', '', '| メーカー | シェア |', '|---|---|', '| LGディスプレー | 21% |', '| HKC（中国） | 12% |'].join('\n');
		expect(figures(body, '2025-08-20').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['lg-display market_share 21']);
	});

	test("a table under a section headed by a company (## 関電工（1942）) is that company's, not the headline's", () => {
		const body = ['## 東京エレクトロン（8035）', '', '5月12日発表。連結業績は以下のとおり（単位：億円）。', '', '| | 2025年3月期 | 2026年3月期 |', '|---|---|---|', '| 売上高 | 24,315 | 27,100 |'].join('\n');
		expect(extractText(body, {date: '2026-05-20', title: 'アドバンテストと東京エレクトロンの決算'}).figures.map(figure => [figure.company, figure.value])).toEqual([
			['tokyo-electron', 2431500000000],
			['tokyo-electron', 2710000000000],
		]);
	});

	test('a forecast column dated by the month it was put out (| 前回予想（5月公表） | 今回予想 |) is of the year forecast, not of that month', () => {
		const body = ['アンリツは29日、2026年3月期の通期業績予想を修正した。', '', '■通期業績予想の修正（単位：百万円）', '', '| 項目 | 前回予想（5月公表） | 今回予想 |', '|---|---|---|', '| 売上収益 | 120,000 | 126,000 |'].join('\n');
		expect(figures(body, '2025-10-30')).toEqual(['anritsu revenue 120000000000 JPY FY2026 outlook', 'anritsu revenue 126000000000 JPY FY2026 outlook']);
	});

	test("a unit named in the corner cell (| Azure | 上期 | 前年同期 |) is what every row measures; a forecast as of a month is of the forecast's year", () => {
		const body = ['マイクロソフトは決算を発表した。', '', '| AWS | 2025年4〜6月期 | 前年同期 | 2025年12月期見通し | 2月時点の見通し |', '|---|---|---|---|---|', '| 売上高（億ドル） | 309 | 262 | 1,250 | 1,200 |'].join('\n');
		expect(figures(body, '2025-08-01')).toEqual([
			'amazon/aws revenue 30900000000 USD 2025-Q2 actual',
			'amazon/aws revenue 26200000000 USD 2024-Q2 actual prior',
			'amazon/aws revenue 125000000000 USD 2025 outlook',
			'amazon/aws revenue 120000000000 USD 2025 outlook',
		]);
	});

	test('rows of a table under a caption by service or product (■サービス別売上高) are segments', () => {
		const body = 'ミナト電機が決算を発表した。\n\n■製品別売上高（単位：百万円）\n\n| | 2025年3月期 | 2026年3月期 |\n|---|---|---|\n| 電子部品 | 3,420 | 5,980 |';
		expect(figures(body, '2026-05-10').filter(row => row.includes('電子部品')).length).toBe(2);
	});

	test("a table of results under its own caption is the company's, not a research firm's named in the prose further up", () => {
		const body = '東京エレクトロンが決算を発表した。\n\nなお、調査会社IDC Japanによると、国内の半導体市場は拡大する見通しだ。\n\n■上期業績（百万円）\n\n| 決算期 | 売上高 |\n|---|---|\n| 25.04-09 | 1,245,000 |';
		expect(extractText(body, {date: '2025-11-12'}).figures.map(figure => [figure.company, figure.kind, figure.source])).toEqual([['tokyo-electron', 'revenue', null]]);
	});

	test('a column headed as a forecast is an outlook, and the results beside it are no earlier period', () => {
		expect(
			figures(
				[
					'# ルネサス、7～9月期は増収',
					'',
					'ルネサスは30日、決算を発表した。',
					'',
					'| 指標 | 2026年7～9月期 実績 | 2026年10～12月期 見通し |',
					'|---|---|---|',
					'| 売上高 | 3,600億円 | 3,400億～3,500億円 |',
					'| 営業利益率 | 30.5% | 28～30% |',
				].join('\n'),
				'2026-10-30',
			),
		).toEqual(['renesas revenue 360000000000 JPY 2026-Q3 actual', 'renesas revenue 345000000000 JPY 2026-Q4 outlook', 'renesas margin 30.5 % 2026-Q3 actual', 'renesas margin 29 % 2026-Q4 outlook']);
	});

	test("a table under text naming nobody is the headline's company, not one named two paragraphs up", () => {
		const found = figures(
			[
				'# キオクシア、4～6月期は最高益',
				'',
				'キオクシアの4～6月期は増益だった。主力品はアップル向けに出荷を増やした。',
				'',
				'製品別では、データセンター向けSSDの出荷が伸びた。',
				'',
				'| 項目 | 2026年4～6月期 |',
				'|---|---|',
				'| 売上収益 | 5,100億円 |',
			].join('\n'),
			'2026-08-10',
		);
		expect(found.filter(figure => figure.includes('510000000000'))).toEqual(['kioxia revenue 510000000000 JPY FY2027-Q1 actual']);
	});

	test("the nearest caption's company over one in the paragraph before it", () => {
		const found = figures(['# 半導体2社の見通し', '', 'ルネサスは9月の売上高が伸びたと発表した。', '', 'ロームは見通しを示した。', '', '| 指標 | 2026年10～12月期 見通し |', '|---|---|', '| 売上高 | 1,200億円 |'].join('\n'), '2026-10-15');
		expect(found).toContain('rohm revenue 120000000000 JPY FY2027-Q3 outlook');
		expect(found.some(figure => figure.startsWith('renesas revenue 120000000000'))).toBe(false);
	});
});

test("a table of the day's movers is of the trading day the text names, never of a fiscal period nor the prose's measure", () => {
	const found = figures(
		['# 半導体株が軒並み高', '', 'ルネサスが4日発表した7～9月期決算は増収だった。5日の東京株式市場では半導体株が買われた。', '', '| 銘柄 | 終値騰落率 |', '|---|---|', '| ルネサス | +6.1% |', '| ローム | -1.4% |'].join('\n'),
		'2026-11-06',
	);
	expect(found).toEqual(['renesas stock_move 6.1 % 2026-11-05 actual', 'rohm stock_move -1.4 % 2026-11-05 actual']);
	// A table that names no measure under prose that does ("増収") gives nothing.
	expect(figures(['# 半導体株', '', 'ルネサスの決算は増収で、市場の評価は高かった。', '', '| 企業 | 前日比 |', '|---|---|', '| ルネサス | +6.1% |'].join('\n'), '2026-11-06')).toEqual([]);
});

test("a heading that names one unit of one company (### Google Cloudの四半期業績) heads that unit's table; one that names the company alone does not", () => {
	const table = ['| | 2025年4〜6月期 | 2025年7〜9月期 |', '|---|---|---|', '| 営業利益 | 28 | 35 |'];
	const body = (heading: string) => ['アルファベットは29日に決算を発表した。', '', heading, '', ...table].join('\n');
	expect(figures(body('### Google Cloudの四半期業績（単位：億ドル）'), '2025-10-30')).toEqual([
		'google/google-cloud operating_income 2800000000 USD 2025-Q2 actual prior',
		'google/google-cloud operating_income 3500000000 USD 2025-Q3 actual',
	]);
	expect(figures(body('### アルファベットの四半期業績（単位：億ドル）'), '2025-10-30')).toEqual(['google operating_income 2800000000 USD 2025-Q2 actual prior', 'google operating_income 3500000000 USD 2025-Q3 actual']);
});

test("a ranking of the day's movers with its rank first (| 順位 | 銘柄 | 終値 | 前日比 |) gives each company its move of the trading day", () => {
	const body = ['12日の東京市場では電子部品株に買いが集まった。', '', '| 順位 | 銘柄 | 終値（円） | 前日比 |', '|---|---|---|---|', '| 1 | 村田製作所 | 3,105 | +4.4% |', '| 2 | 太陽誘電 | 4,020 | -2.5% |'].join('\n');
	expect(figures(body, '2026-02-12').filter(figure => figure.includes('stock_move'))).toEqual(['murata stock_move 4.4 % 2026-02-12 actual', 'taiyo-yuden stock_move -2.5 % 2026-02-12 actual']);
});

test("an index among the movers (| 日経平均 | - | +1.6% |) is no company, nor the row above's; 今週 is the week's sessions to the story's day", () => {
	const table = ['今週はディスコが大幅高となった。', '', '| 銘柄 | コード | 週間騰落率 |', '|---|---|---|', '| ディスコ | 6146 | +8.2% |', '| 日経平均 | - | +1.1% |'].join('\n');
	expect(figures(table, '2026-11-13')).toEqual(['disco stock_move 8.2 % 2026-11-09..2026-11-13 actual']);
	expect(figures(table.replace('今週', '先週'), '2026-11-16')).toEqual(['disco stock_move 8.2 % 2026-11-09..2026-11-13 actual']);
});

test("a column of a month's moves (| 10月の騰落率 |) is of that month, not of the day the review came out", () => {
	const table = ['9月の東京市場を振り返る。', '', '| 銘柄 | 9月の騰落率 | 主な材料 |', '|---|---|---|', '| ソシオネクスト | +12.5% | 新製品 |', '| ローム | -3.0% | 減益 |'].join('\n');
	expect(figures(table, '2026-10-01')).toEqual(['socionext stock_move 12.5 % 2026-09 actual', 'rohm stock_move -3 % 2026-09 actual']);
});

test('a subsidiary a caption names only for what it brought (…子会社になったネットワンシステムズの取り込みによるもの) is no company of the table under it', () => {
	const body = ['上期は増収だった。売上の伸びの大半は、6月に完全子会社になったネットワンシステムズの取り込みによるものです。', '', '| 項目 | 2025年4〜9月期 | 前年同期 |', '|---|---|---|', '| 売上高 | 3,000億円 | 2,400億円 |'].join('\n');
	const found = extractText(body, {date: '2025-11-03', title: 'SCSK上期決算レビュー'});
	expect(found.figures.map(figure => figure.company)).toEqual(['scsk', 'scsk']);
});

test("a company's plan column is an outlook; analysts' consensus beside it is nobody's figure", () => {
	const found = figures(
		[
			'# ディスコの今期計画',
			'',
			'アナリストの見方は強気だ。市場予想は会社計画を上回っている。',
			'',
			'| 2027年3月期 | ディスコ（会社計画） | 市場予想（QUICK） |',
			'|---|---|---|',
			'| 売上高 | 4,200億円 | 4,500億円 |',
			'| 営業利益 | 1,650億円 | 1,800億円 |',
		].join('\n'),
		'2026-05-20',
	);
	expect(found).toEqual(['disco revenue 420000000000 JPY FY2027 outlook', 'disco operating_income 165000000000 JPY FY2027 outlook']);
});

test('a results column under prose that mentions a forecast stays a result', () => {
	const found = figures(['# ロームの7～9月期', '', 'ロームの株価は上がった。業界では回復が続くとの予測が多い。', '', '| 指標 | 2026年7～9月期 実績 |', '|---|---|', '| 売上高 | 1,250億円 |'].join('\n'), '2026-11-01');
	expect(found).toEqual(['rohm revenue 125000000000 JPY FY2027-Q2 actual']);
});

test("a table of 銘柄 and the day's change holds share-price moves", () => {
	const found = figures(['# 半導体株が上昇', '', '6日の東京株式市場で半導体株が買われた。', '', '| 銘柄 | コード | 前日比 |', '|---|---|---|', '| ルネサス | 6723 | +4.4% |'].join('\n'), '2026-11-06');
	expect(found).toEqual(['renesas stock_move 4.4 % 2026-11-06 actual']);
});

test("a 決算短信's quarter with its days spelled out from the year's start is the year to date, in every table under it; a row's label may give its unit", () => {
	const body = [
		'上場会社名　株式会社ミサキ精機（Misaki Seiki）　上場取引所　東',
		'## 1. 2027年6月期第2四半期の連結業績（2026年7月1日～2026年12月31日）',
		'### (1) 連結経営成績（累計）',
		'| 項目 | 2026年6月期第2四半期 | 2027年6月期第2四半期 | 増減率 |\n|---|---|---|---|\n| 売上高（百万円） | 10,200 | 11,730 | 15.0% |',
		'### (2) セグメント別の状況（累計）',
		'| セグメント | 売上高（百万円） | 前年同期比 |\n|---|---|---|\n| 計測機器事業 | 7,300 | 12.0% |',
	].join('\n\n');
	expect(figures(body, '2027-02-10')).toEqual([
		'x-misaki-seiki revenue 10200000000 JPY FY2026-H1 actual prior',
		'x-misaki-seiki revenue 11730000000 JPY FY2027-H1 actual',
		'x-misaki-seiki revenue_growth 15 % FY2027-H1 actual',
		'x-misaki-seiki/計測機器 revenue 7300000000 JPY FY2027-H1 actual',
		'x-misaki-seiki/計測機器 revenue_growth 12 % FY2027-H1 actual',
	]);
});

test("a measure's column dated by its header (7〜9月期のシェア, 前四半期のシェア) is of that earlier period", () => {
	const rows = (header: string) =>
		figures(['オムディアは10日、2025年10〜12月期の世界のDRAM市場の企業別シェアを発表した。', '', `| 順位 | 企業 | シェア | ${header} |`, '|---|---|---|---|', '| 1 | マイクロン | 24.5% | 22.1% |'].join('\n'), '2026-03-10');
	const expected = ['micron/DRAM market_share 24.5 % 2025-Q4 actual Omdia', 'micron/DRAM market_share 22.1 % 2025-Q3 actual prior Omdia'];
	expect(rows('7〜9月期のシェア')).toEqual(expected);
	expect(rows('前四半期のシェア')).toEqual(expected);
});

test("a 決算短信's row of units says which measures have a % column beside them, and 1株当たり… is a header", () => {
	const body = [
		'上場会社名　株式会社アオバ計算（Aoba Keisan）　上場取引所　東',
		'（百万円未満切捨て）',
		'## ２．2026年3月期の連結業績予想（2025年4月1日～2026年3月31日）',
		'| | 売上高 | | 営業利益 | | 1株当たり当期純利益 |\n|---|---|---|---|---|---|\n| | 百万円 | % | 百万円 | % | 円 銭 |\n| 通期 | 46,000 | 17.2 | 800 | △62.4 | 2.75 |',
	].join('\n\n');
	expect(figures(body, '2025-11-07')).toEqual([
		'x-aoba-keisan revenue 46000000000 JPY FY2026 outlook',
		'x-aoba-keisan revenue_growth 17.2 % FY2026 outlook',
		'x-aoba-keisan operating_income 800000000 JPY FY2026 outlook',
		'x-aoba-keisan other -62.4 % FY2026 outlook',
		'x-aoba-keisan eps 2.75 JPY FY2026 outlook',
	]);
});

test("a cell that dates its own number (1,200億ドル（2025年）) is of that year; a column of plans is outlook; several companies' total row is none of them", () => {
	const table = [
		'大手クラウド3社の2026年の設備投資は計4,000億ドルに膨らむ。',
		'',
		'メタは1月28日、2026年の設備投資を1,100億ドルとする見通しを示した。',
		'',
		'【図表】3社の設備投資',
		'',
		'| 企業 | 前年度の実績 | 今年度の計画 |',
		'|---|---|---|',
		'| アマゾン | 1,200億ドル（2025年） | 1,800億ドル（2026年） |',
		'| メタ | 700億ドル（2025年） | 1,100億ドル（2026年） |',
		'| 3社合計 | 2,600億ドル | 4,000億ドル |',
	].join('\n');
	// The table's 1,100億ドル for Meta is the prose's figure again, kept once.
	expect(figures(table, '2026-02-20')).toEqual(['meta capex 110000000000 USD 2026 outlook', 'amazon capex 120000000000 USD 2025 actual', 'amazon capex 180000000000 USD 2026 outlook', 'meta capex 70000000000 USD 2025 actual']);
});

test('a column of changes named by what they are measured from (前年からの増減) holds changes of the share in points', () => {
	const table = [
		'IDC Japanは17日、国内サーバー市場のシェアを発表した。',
		'',
		'| 順位 | ベンダー | シェア | 前年からの増減 |',
		'|---|---|---:|---:|',
		'| 1 | 富士通 | 20.5% | −0.4pt |',
		'',
		'IDCの推計では、富士通の2024年の国内サーバー売上高は約2,000億円。',
	].join('\n');
	expect(figures(table, '2025-09-18')).toEqual(['fujitsu market_share 20.5 % - actual IDC Japan', 'fujitsu market_share -0.4 pt - actual IDC Japan', 'fujitsu/国内サーバー revenue 200000000000 JPY 2024 actual IDC Japan']);
});

test("a PC maker's share in a table of PC shipments is its share as a maker, as the prose gives it", () => {
	const table = ['米IDCは12日、世界のパソコン出荷台数を発表した。', '', '■2025年10〜12月期の世界PC出荷シェア（IDC調べ）', '', '| 順位 | メーカー | シェア |', '|---|---|---|', '| 1 | レノボ | 26.8% |', '| 5 | 華碩電脳 | 7.0% |'].join('\n');
	expect(figures(table, '2026-01-14')).toEqual(['lenovo market_share 26.8 % 2025-Q4 actual IDC', 'asus market_share 7 % 2025-Q4 actual IDC']);
});

test("a per-share column in a table of millions is in the currency's own unit", () => {
	const table = ['（単位：百万円）', '', '| | 売上高 | 基本的1株当たり当期利益 |', '|---|---|---|', '| 今回修正予想 | 1,070,000 | 432.40 |'].join('\n');
	expect(figures(`アドバンテストは通期予想を修正した。\n\n${table}`, '2026-01-28')).toEqual(['advantest revenue 1070000000000 JPY FY2026 outlook', 'advantest eps 432.4 JPY FY2026 outlook']);
});

test('a compound header is read by its last measure (出荷金額シェア), one of alternatives by its first (セグメント利益又は損失); 前年差 is a column of changes', () => {
	const shares = ['MM総研は17日、国内サーバー市場の調査結果を発表した。', '', '| 順位 | ベンダー | 出荷金額シェア | 前年差 |', '|---|---|---|---|', '| 1 | 富士通 | 23.8% | +2.6ポイント |'].join('\n');
	expect(figures(shares, '2026-02-17')).toEqual(['fujitsu market_share 23.8 % - actual MM総研', 'fujitsu market_share 2.6 pt - actual MM総研']);
	const segments = ['NECの2026年3月期決算。', '', 'セグメント別の状況（単位：百万円）', '', '| セグメント | 売上高 | セグメント利益又は損失（△） |', '|---|---|---|', '| ITサービス事業 | 39,870 | 3,480 |'].join('\n');
	expect(figures(segments, '2026-05-10')).toEqual(['nec/it-services revenue 39870000000 JPY FY2026 actual', 'nec/it-services operating_income 3480000000 JPY FY2026 actual']);
});

test("a heading that carries the document's unit note (（1）連結経営成績　（百万円未満切捨て、％表示は…）) gives the table its millions", () => {
	const page = ['ソシオネクストの2025年12月期決算短信。', '', '（1）連結経営成績　（百万円未満切捨て、％表示は対前期増減率）', '', '| | 売上高 | 増減率 |', '|---|---|---|', '| 2025年12月期 | 221,486 | 3.4% |'].join('\n');
	expect(figures(page, '2026-02-10')).toEqual(['socionext revenue 221486000000 JPY 2025 actual', 'socionext revenue_growth 3.4 % 2025 actual']);
});

test("a research firm's column holds its estimates, and a row of a company (事業者) is no segment", () => {
	const table = ['## 調査会社で異なるシェア', '', '国内のIaaS/PaaS市場における2025年の事業者別シェアは次の通りだ。', '', '| 事業者 | Synergy Research Group | IDC Japan |', '|---|---|---|', '| 富士通 | 4% | 5.1% |'].join('\n');
	const found = extractText(table, {date: '2026-03-01'});
	expect(found.figures.map(figure => [figure.company, figure.segment, figure.value, figure.source])).toEqual([
		['fujitsu', null, 4, 'Synergy Research Group'],
		['fujitsu', null, 5.1, 'IDC Japan'],
	]);
});

test("a firm's column of an earlier year (MM総研（2024年）) is the firm's count of that year, and the undated columns are of the heading's later year", () => {
	const table = ['## 国内GPUクラウドの事業者別シェア（2025年）', '', '| 事業者 | MM総研 | IDC Japan | MM総研（2024年） |', '|---|---|---|---|', '| KDDI | 12% | 9% | 10% |'].join('\n');
	const found = extractText(table, {date: '2026-03-01'});
	expect(found.figures.map(figure => [figure.company, figure.value, figure.period, figure.source])).toEqual([
		['kddi', 12, '2025', 'MM総研'],
		['kddi', 9, '2025', 'IDC Japan'],
		['kddi', 10, '2024', 'MM総研'],
	]);
});

test("a company column dates its numbers by the months in its bracket (| マーベル（5〜7月期） |), a row of the days results came out dates nothing, and a row of the next quarter's guidance is of the quarter after", () => {
	const table = [
		'半導体2社の決算を並べた。',
		'',
		'| 項目 | マーベル（5〜7月期） | アーム（4〜6月期） |',
		'|---|---|---|',
		'| 決算発表日 | 8月28日 | 7月30日 |',
		'| 売上高 | 20億ドル | 10億ドル |',
		'| 次四半期の売上高見通し | 22億ドル | 11億ドル |',
	].join('\n');
	expect(figures(table, '2025-09-02')).toEqual([
		'marvell revenue 2000000000 USD FY2026-Q2 actual',
		'arm revenue 1000000000 USD FY2026-Q1 actual',
		'marvell revenue 2200000000 USD FY2026-Q3 outlook',
		'arm revenue 1100000000 USD FY2026-Q2 outlook',
	]);
});

test("a level told under a period's column (| 期末受注残高 |, | 有料顧客数 |) is as of that period's last day; a flow beside it keeps the period", () => {
	const table = ['レーザーテックの通期決算。', '', '| 項目 | 2026年6月期 | 2025年6月期 |', '|---|---|---|', '| 売上高 | 2,600億円 | 2,500億円 |', '| 期末受注残高 | 3,400億円 | 4,100億円 |'].join('\n');
	expect(figures(table, '2026-08-10')).toEqual([
		'lasertec revenue 260000000000 JPY FY2026 actual',
		'lasertec revenue 250000000000 JPY FY2025 actual prior',
		'lasertec backlog 340000000000 JPY 2026-06-30 actual',
		'lasertec backlog 410000000000 JPY 2025-06-30 actual prior',
	]);
});

test('a caption of shares of sales written 売上額シェア names what the columns of years hold', () => {
	const table = ['**図表2：国内SaaS市場 ベンダー別売上額シェア**', '', '| 順位 | ベンダー | 2025年 | 2024年 |', '|---|---|---|---|', '| 1 | 富士通 | 6.2% | 5.8% |'].join('\n');
	expect(figures(table, '2026-03-01')).toEqual(['fujitsu market_share 6.2 % 2025 actual', 'fujitsu market_share 5.8 % 2024 actual prior']);
});

test('a caption of a compound measure (出荷台数シェア) and a sentence handing over to the table (以下の通り) name what its columns of periods hold', () => {
	const captioned = ['## 世界タブレット出荷台数シェア（IDC調べ）', '', '| メーカー | 2026年4〜6月期 | 2025年4〜6月期 |', '|---|---|---|', '| アップル | 38.2% | 36.9% |'].join('\n');
	// A share is of a market: its quarter is the calendar's, even for a maker whose fiscal year ends in September.
	expect(figures(captioned, '2026-08-03')).toEqual(['apple market_share 38.2 % 2026-Q2 actual IDC', 'apple market_share 36.9 % 2025-Q2 actual prior IDC']);
	const handedOver = ['2026年4〜6月期の国内PCの出荷台数シェアは以下の通り。', '', '| メーカー | 4〜6月期 | 前年同期 |', '|---|---|---|', '| NEC | 26.5% | 27.9% |'].join('\n');
	expect(figures(handedOver, '2026-08-03')).toEqual(['nec market_share 26.5 % 2026-Q2 actual', 'nec market_share 27.9 % 2025-Q2 actual prior']);
});

test('a column or row of differences (増減, 増減額) beside amounts is neither a level nor a rate', () => {
	const revision = ['レーザーテックは通期予想を引き上げた。', '', '| 2027年6月期 | 前回予想 | 今回予想 | 増減額 |', '|---|---|---|---|', '| 営業利益（百万円） | 98,000 | 104,500 | 6,500 |'].join('\n');
	expect(figures(revision, '2026-10-30')).toEqual(['lasertec operating_income 98000000000 JPY FY2027 outlook', 'lasertec operating_income 104500000000 JPY FY2027 outlook']);
	const rows = ['村田製作所の4〜9月期（単位：億円）', '', '| | 売上高 |', '|---|---|', '| 2026年4〜9月期 | 9,120 |', '| 増減 | 410 |', '| 増減率 | 4.7% |'].join('\n');
	expect(figures(rows, '2026-10-30')).toEqual(['murata revenue 912000000000 JPY FY2027-H1 actual', 'murata revenue_growth 4.7 % FY2027-H1 actual']);
});

test("a table of an item's particulars (| 項目 | 内容 |) is the release's: a row naming another company's site is no header, and a sum committed is not dated by a comparison base before it", () => {
	const release = [
		'株式会社アドバンテスト（本社：東京都千代田区、以下「当社」）は、群馬県に新たな開発拠点を設けます。',
		'',
		'本拠点により、当社の試験能力は2024年度比で約2割高まる見込みです。',
		'',
		'## 拠点の概要',
		'',
		'| 項目 | 内容 |',
		'|---|---|',
		'| 所在地 | 岩手県北上市（キオクシア北上工場の隣接地） |',
		'| 投資額 | 約320億円 |',
	].join('\n');
	expect(figures(release, '2026-02-04')).toEqual(['advantest investment 32000000000 JPY - actual']);
});

test('a sum committed in a table is dated only as written, not by the results period the article reports', () => {
	const story = ['東京エレクトロンの2025年4〜9月期の売上高は1兆2,000億円だった。', '', '| 項目 | 内容 |', '|---|---|', '| 宮城の新開発棟への投資額 | 約1,500億円 |'].join('\n');
	expect(figures(story, '2025-11-12')).toEqual(['tokyo-electron revenue 1200000000000 JPY FY2026-H1 actual', 'tokyo-electron investment 150000000000 JPY - actual']);
});

test("a table of several companies after prose on one company's fiscal quarter dates each company in its own calendar", () => {
	const post = [
		'米クラウド大手3社の2025年10〜12月期決算を比べる。マイクロソフトは2026年6月期第2四半期にあたる。',
		'',
		'| 事業者 | 売上高（億ドル） |',
		'|---|---|',
		'| AWS（アマゾン） | 356 |',
		'| Intelligent Cloud（マイクロソフト） | 329 |',
	].join('\n');
	expect(figures(post, '2026-02-10')).toEqual(['amazon/aws revenue 35600000000 USD 2025-Q4 actual', 'microsoft/Intelligent Cloud revenue 32900000000 USD FY2026-Q2 actual']);
});

test("a ranking's total row (| | 合計 |) under rows that name their company after the rank is nobody's, nor is a survey's total told in prose", () => {
	const ranking = [
		'MM総研は9日、2026年1〜3月期の国内タブレット出荷台数の調査結果を発表した。タブレット端末の出荷台数は前年同期比4.0%増の251万台で、3四半期連続で増えた。',
		'',
		'メーカー別の出荷台数とシェアは以下の通り。',
		'',
		'| 順位 | メーカー | 出荷台数 | シェア |',
		'|---|---|---|---|',
		'| 1 | アップル | 120.5万台 | 48.0% |',
		'| | 合計 | 251.0万台 | 100.0% |',
	].join('\n');
	const found = extractText(ranking, {date: '2026-05-10', title: 'アップルがタブレット首位'}).figures;
	expect(found.map(figure => [figure.company, figure.kind, figure.value])).toEqual([
		['apple', 'other', 1205000],
		['apple', 'market_share', 48],
	]);
});

test('a pre-tax profit column named for the quarter (税引前四半期利益) is pre-tax profit, with its change beside it', () => {
	const page = ['TDKの2026年3月期第3四半期決算短信。', '', '（単位：百万円）', '', '| | 売上高 | ％ | 税引前四半期利益 | ％ |', '|---|---|---|---|---|', '| 2026年3月期第3四半期 | 1,650,210 | 4.1 | 201,330 | △2.2 |'].join('\n');
	const found = extractText(page, {date: '2026-02-05'}).figures.filter(figure => figure.measure.startsWith('税引前'));
	expect(found.map(figure => [figure.kind, figure.value, figure.unit])).toEqual([
		['other', 201330000000, 'JPY'],
		['other', -2.2, '%'],
	]);
});

test('rows indented under a measure (| 売上高 | … | over | 　クラウド事業 | … |), or opened by うち, break that measure down by segment; a row after them is its own', () => {
	const body = [
		'さくらインターネットの2026年3月期決算は増収だった。',
		'',
		'## 連結業績（百万円）',
		'',
		'| 項目 | 2025年3月期 | 2026年3月期 |',
		'|---|---:|---:|',
		'| 売上高 | 18,400 | 21,300 |',
		'| 　クラウド事業 | 9,100 | 11,800 |',
		'|   うち保守 | 2,050 | 2,210 |',
		'| 営業利益 | 1,620 | 2,040 |',
		'| 　受託開発 | 7,700 | 8,300 |',
	].join('\n');
	expect(figures(body, '2026-05-12').filter(line => line.includes('FY2026 '))).toEqual([
		'sakura-internet revenue 21300000000 JPY FY2026 actual',
		'sakura-internet/クラウド revenue 11800000000 JPY FY2026 actual',
		'sakura-internet/保守 revenue 2210000000 JPY FY2026 actual',
		'sakura-internet operating_income 2040000000 JPY FY2026 actual',
		'sakura-internet/受託開発 operating_income 8300000000 JPY FY2026 actual',
	]);
});

test("a segment row's label gives its short name, its long one in brackets another name (| ISG（…グループ） |), and うち is no part of it", () => {
	const body = ['さくらインターネットの4〜6月期は増収だった。', '', '| 部門 | 売上高 |', '|---|---|', '| PSG（プラットフォーム・ソリューションズ・グループ） | 84億ドル |', '| 　うちネットワーク機器 | 31億ドル |'].join('\n');
	const read = extractText(body, {date: '2026-08-30'});
	expect(read.figures.map(figure => [figure.segment, figure.value])).toEqual([
		['PSG', 8_400_000_000],
		['ネットワーク機器', 3_100_000_000],
	]);
	expect(read.segmentAliases).toEqual([{company: 'sakura-internet', segment: 'PSG', aliases: ['プラットフォーム・ソリューションズ・グループ']}]);
});

test('a column of the quarter before (| 7〜9月期 | 前四半期 | 前年同期 |) is that quarter, not the one reported; a caption by end market (マーケット別売上高) makes the rows segments', () => {
	const body = ['マイクロンの7〜9月期決算を見る。', '', '**マーケット別売上高（百万ドル）**', '', '| | 2025年7〜9月期 | 前四半期 | 前年同期 |', '|---|---|---|---|', '| モバイル | 1,480 | 1,390 | 1,210 |'].join('\n');
	expect(extractText(body, {date: '2025-10-20'}).figures.map(figure => `${figure.segment} ${figure.value} ${figure.period}`)).toEqual(['モバイル 1480000000 2025-Q3', 'モバイル 1390000000 2025-Q2', 'モバイル 1210000000 2024-Q3']);
});

test("a paragraph above a table's own heading (…第4四半期単独では… then ## 地域別売上高) ends another section: its quarter does not date the table", () => {
	const body = [
		'トレンドマイクロの2025年12月期の連結売上高は1,940億円（前期比4.2%増）でした。',
		'',
		'第4四半期（10〜12月）単独の売上高は512億円でした。',
		'',
		'## 地域別の売上高',
		'',
		'| 地域 | 売上高（百万円） | 前期比 |',
		'|---|---|---|',
		'| 北米 | 61,200 | +6.6% |',
	].join('\n');
	expect(figures(body, '2026-02-13').filter(line => line.includes('北米'))).toEqual(['trend-micro/北米 revenue 61200000000 JPY 2025 actual', 'trend-micro/北米 revenue_growth 6.6 % 2025 actual']);
});

test("a research firm's ranking table dates the units it counts by its survey, and a period the text says was outdone (…2011年度上期を上回った) is no period reported", () => {
	const body = [
		'調査会社のMM総研は11月4日、2026年度上期（4〜9月）の国内タブレット出荷台数が前年同期比12.0%増の410万台になったと発表した。上期としては、過去最高だった2013年度上期を上回った。',
		'',
		'メーカー別の出荷台数とシェアは次の通り。',
		'',
		'| 順位 | メーカー | 出荷台数 | シェア |',
		'|---|---|---|---|',
		'| 1 | Apple | 201.5万台 | 49.1% |',
	].join('\n');
	expect(figures(body, '2026-11-05').filter(line => line.startsWith('apple'))).toEqual(['apple other 2015000 count 2026-04..2026-09 actual MM総研', 'apple market_share 49.1 % 2026-04..2026-09 actual MM総研']);
});

test('columns 前期 and 当期 under a caption naming a half (2026年6月期中間期の連結業績, or 前期＝…、当期＝…) are that half and the same half a year before', () => {
	const table = ['| | 前期 | 当期 | 増減率 |', '|---|---:|---:|---:|', '| 売上高 | 64,210 | 70,880 | 10.4% |'];
	const underHeading = ['株式会社ディスコの中間期決算。', '', '## 1. 2026年3月期中間期の連結業績（2025年4月1日〜2025年9月30日）', '', '（単位：百万円）', '', ...table].join('\n');
	expect(figures(underHeading, '2025-10-30')).toEqual(['disco revenue 64210000000 JPY FY2025-H1 actual prior', 'disco revenue 70880000000 JPY FY2026-H1 actual', 'disco revenue_growth 10.4 % FY2026-H1 actual']);
	const defined = ['株式会社ディスコの中間期決算。', '', '（1）連結経営成績（単位：百万円）', '前期＝2025年3月期中間期（2024年4月1日〜2024年9月30日）、当期＝2026年3月期中間期', '', ...table].join('\n');
	expect(figures(defined, '2025-10-30')).toEqual(['disco revenue 64210000000 JPY FY2025-H1 actual prior', 'disco revenue 70880000000 JPY FY2026-H1 actual', 'disco revenue_growth 10.4 % FY2026-H1 actual']);
});

test('a row naming a company in Chinese characters with its katakana reading in brackets (英業達（インベンテク）) is the company, not a segment of it; a Latin name with a bracket still names its segment; a column of changes (前年同月比) is of the month its neighbour names', () => {
	const body = [
		'台湾のサーバー受託生産各社が10日、11月の売上高を公表した。',
		'',
		'| 企業 | 11月売上高 | 前年同月比 |',
		'|---|---|---|',
		'| 英業達（インベンテク） | 620億台湾ドル | +22.4% |',
		'| Microsoft（Azure） | 250億ドル | +31.0% |',
	].join('\n');
	expect(figures(body, '2025-12-11')).toEqual([
		'inventec revenue 62000000000 TWD 2025-11 actual',
		'inventec revenue_growth 22.4 % 2025-11 actual',
		'microsoft/azure revenue 25000000000 USD 2025-11 actual',
		'microsoft/azure revenue_growth 31 % 2025-11 actual',
	]);
});

test('a Latin label of what kind of measure a list item is (IFRS営業利益：, Adjusted EBITDA：, Revenue backlog：) names no segment', () => {
	const body = ['楽天グループが2025年12月期第3四半期の決算を発表した。', '', '- IFRS営業利益：410億円', '- Adjusted EBITDA：1,020億円'].join('\n');
	expect(figures(body, '2025-11-13').filter(line => line.includes('/'))).toEqual([]);
	expect(figures('コアウィーブの6月末のRevenue backlogは$31.4Bに積み上がった。', '2025-08-14')).toEqual(['coreweave backlog 31400000000 USD 2025-06-30 actual']);
});

test('a column of changes dates itself (| 10月売上高（前年同月比） | 2025年通年（前年比） |), and a heading saying when figures came out (（11月上旬発表分）) dates none of them', () => {
	const body = ['台湾のEMS大手の月次動向をまとめた。', '', '### 各社の月次売上高（11月上旬発表分）', '', '| 企業 | 10月売上高（前年同月比） | 2025年1〜10月累計（前年比） |', '|---|---|---|', '| 和碩聯合科技 | +9.5% | -3.1% |'].join('\n');
	expect(figures(body, '2025-11-12')).toEqual(['pegatron revenue_growth 9.5 % 2025-10 actual', 'pegatron revenue_growth -3.1 % 2025-01..2025-10 actual']);
});

test("a table of moves dated by its column (| 2024年の騰落率 |) is of that year; a week's moves (| 週間騰落率 |) are of the week the text names (今週（6月2〜6日）は), and left out when it names none", () => {
	const yearly = ['主な半導体株の昨年の値動きを振り返る。', '', '| 銘柄 | 2024年の騰落率 | 時価総額（2024年12月末、億ドル） |', '|---|---|---|', '| アドバンテスト | +120% | 480 |'].join('\n');
	expect(figures(yearly, '2025-01-08')).toEqual(['advantest stock_move 120 % 2024 actual', 'advantest market_cap 48000000000 USD 2024-12-31 actual']);
	const weekly = ['今週（6月2〜6日）は半導体株が買われた。', '', '| 銘柄 | 週間騰落率 |', '|---|---|', '| ディスコ | +7.5% |'].join('\n');
	expect(figures(weekly, '2025-06-07')).toEqual(['disco stock_move 7.5 % 2025-06-02..2025-06-06 actual']);
	expect(figures(weekly.replace('今週（6月2〜6日）は', '最近は'), '2025-06-07')).toEqual([]);
});

test('a caption naming the close its levels are of (（3月28日終値、単位：億ドル）) dates them, not a month end named in the heading above', () => {
	const body = [
		'# 半導体株の時価総額ランキング（2025年3月末）',
		'',
		'3月の米国市場では半導体株がさえなかった。',
		'',
		'米国の半導体株 時価総額上位（3月28日終値、単位：億ドル）',
		'',
		'| 順位 | 銘柄 | 時価総額 |',
		'|---|---|---|',
		'| 1 | ブロードコム | 8,200 |',
	].join('\n');
	expect(figures(body, '2025-04-01')).toEqual(['broadcom market_cap 820000000000 USD 2025-03-28 actual']);
});

test("a column of periods (| 社名 | 期 | 売上高 |) dates each row, 予 after it a forecast; a dividend column is per share, never in the caption's millions", () => {
	const body = [
		'食品大手の決算をまとめた（単位：百万円、配当は円）。',
		'',
		'| 社名 | 期 | 売上高 | 営業利益 | 年間配当 |',
		'|---|---|---|---|---|',
		'| 味の素 | 25年3月期 | 1,530,000 | 160,000 | 78 |',
		'| 味の素 | 26年3月期予 | 1,600,000 | 180,000 | 80 |',
	].join('\n');
	expect(figures(body, '2025-05-20')).toEqual([
		'ajinomoto revenue 1530000000000 JPY FY2025 actual',
		'ajinomoto operating_income 160000000000 JPY FY2025 actual',
		'ajinomoto other 78 JPY FY2025 actual',
		'ajinomoto revenue 1600000000000 JPY FY2026 outlook',
		'ajinomoto operating_income 180000000000 JPY FY2026 outlook',
		'ajinomoto other 80 JPY FY2026 outlook',
	]);
});

test('a column of a half written with a space (| 2026年3月期 中間実績 |) is that half, not the whole year', () => {
	const body = ['TOWAの中間決算。', '', '| | 2025年3月期 中間実績 | 2026年3月期 中間実績 |', '|---|---|---|', '| 売上高 | 26,100 | 27,400 |'].join('\n');
	expect(figures(body.replace('TOWAの中間決算。', 'TOWAの中間決算（単位：百万円）。'), '2025-11-10')).toEqual(['towa revenue 26100000000 JPY FY2025-H1 actual prior', 'towa revenue 27400000000 JPY FY2026-H1 actual']);
});

test('a column of a half named by 中間 alone (| 2026年3月期 中間 | 2026年3月期 通期予想 |) is that half, beside the whole year forecast', () => {
	const body = ['TOWAの中間決算（単位：百万円）。', '', '| 項目 | 2025年3月期 中間 | 2026年3月期 中間 | 2026年3月期 通期予想 |', '|---|---|---|---|', '| 売上高 | 26,100 | 27,400 | 58,000 |'].join('\n');
	expect(figures(body, '2025-11-10')).toEqual(['towa revenue 26100000000 JPY FY2025-H1 actual prior', 'towa revenue 27400000000 JPY FY2026-H1 actual', 'towa revenue 58000000000 JPY FY2026 outlook']);
});

test('where a ranked company is from, in brackets after it (| LGディスプレー（韓国） |, | 京東方科技集団（BOE、中国） |), is no segment of it', () => {
	const body = ['英オムディアの集計。', '', '| メーカー | シェア |', '|---|---|', '| LGディスプレー（韓国） | 21% |', '| 京東方科技集団（BOE、中国） | 18% |'].join('\n');
	expect(figures(body, '2025-08-20').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['lg-display market_share 21', 'boe market_share 18']);
});

test('a loss written in brackets (| (4.1) |), as accounts write one, is negative, and the rows below keep their columns', () => {
	const body = ['セレンスの決算（単位：百万ドル）。', '', '| | 2025会計年度第4四半期 | 2024会計年度第4四半期 |', '|---|---|---|', '| GAAP純損益 | (6.2) | 1.5 |', '| 売上高 | 88.0 | 80.1 |'].join('\n');
	expect(figures(body, '2025-11-20')).toEqual([
		'cerence net_income -6200000 USD FY2025-Q4 actual',
		'cerence net_income 1500000 USD FY2024-Q4 actual prior',
		'cerence revenue 88000000 USD FY2025-Q4 actual',
		'cerence revenue 80100000 USD FY2024-Q4 actual prior',
	]);
});

test("a 決算短信's summary table (■決算短信サマリー) reports its quarters as the year so far: | 2025年12月期第3四半期 | is January to September", () => {
	const body = ['■決算短信サマリー（抜粋、単位：百万円）', '', '| | 売上高 | 営業利益 |', '|---|---|---|', '| 2025年12月期第3四半期 | 30,100 | 4,200 |'].join('\n');
	expect(figures(`ルネサスエレクトロニクスの決算。\n\n${body}`, '2025-10-30')).toEqual(['renesas revenue 30100000000 JPY 2025-01..2025-09 actual', 'renesas operating_income 4200000000 JPY 2025-01..2025-09 actual']);
});

test("a column that says when each row's levels were so (| 評価額の時点 | 2025年8月 |) dates them, by month when a month is written", () => {
	const body = ['AI新興の資金調達をまとめた。', '', '| 企業 | 直近の評価額 | 評価額の時点 |', '|---|---:|---|', '| Sakana AI | 4,000億円 | 2025年11月 |'].join('\n');
	expect(figures(body, '2026-01-20')).toEqual(['sakana-ai valuation 400000000000 JPY 2025-11 actual']);
});

test('a row that names its measure and a comparison (| 営業利益の前年同期比 |) holds that measure’s changes, each of its column’s company', () => {
	const body = ['国内ゲーム2社の4〜6月期。', '', '| 項目（4〜6月期） | カプコン | スクウェア・エニックス |', '|---|---|---|', '| 売上高 | 420億円 | 610億円 |', '| 売上高の前年同期比 | +12% | -3% |'].join('\n');
	expect(figures(body, '2026-08-05')).toEqual([
		'capcom revenue 42000000000 JPY FY2027-Q1 actual',
		'square-enix revenue 61000000000 JPY FY2027-Q1 actual',
		'capcom revenue_growth 12 % FY2027-Q1 actual',
		'square-enix revenue_growth -3 % FY2027-Q1 actual',
	]);
});

test('a column headed by a name brief does not know, beside columns of companies it knows, is nobody’s it knows', () => {
	const body = ['サムスンSDIの決算を同業と比べた。', '', '| 項目（7〜9月期） | サムスンSDI | 架空電池工業 |', '|---|---|---|', '| 売上高 | 4兆ウォン | 9,000億ウォン |'].join('\n');
	expect(figures(body, '2025-11-10')).toEqual(['samsung-sdi revenue 4000000000000 KRW 2025-Q3 actual']);
});

test('a ranking of pay (| 平均年収 |) and of R&D to revenue (| 売上高比率 |), dated by a column of each row’s year (| 対象決算期 |)', () => {
	const pay = ['ITサービス大手の給与を比べた。', '', '| 順位 | 社名 | 平均年収 | 対象決算期 |', '|---|---|---|---|', '| 1 | オービック | 1,100万円 | 2025年3月期 |'].join('\n');
	expect(figures(pay, '2025-09-01')).toEqual(['obic other 11000000 JPY FY2025 actual']);
	const research = ['研究開発費の多い順に並べた（単位：億円）。', '', '| 社名 | 対象決算期 | 研究開発費 | 売上高比率 |', '|---|---|---|---|', '| ディスコ | 2025年3月期 | 250 | 6.5% |'].join('\n');
	expect(figures(research, '2025-09-01')).toEqual(['disco other 25000000000 JPY FY2025 actual', 'disco other 6.5 % FY2025 actual']);
	// A pay written without its unit in a table of 百万円 cannot be read.
	const bare = ['（単位：百万円）', '', '| | 2025年3月期 |', '|---|---|', '| 平均年収 | 9,800 |'].join('\n');
	expect(figures(`オービックの有価証券報告書。\n\n${bare}`, '2025-09-01')).toEqual([]);
});

test('a column of growth over several years (| 3年増加率 |) is no year’s growth: kind other, over the years ending with its column’s', () => {
	const body = ['売上高の伸びで並べた。', '', '| 社名 | 2024年売上高（億円） | 3年増加率 |', '|---|---|---|', '| ルネサスエレクトロニクス | 13,500 | 40% |'].join('\n');
	expect(figures(body, '2025-06-01')).toEqual(['renesas revenue 1350000000000 JPY 2024 actual', 'renesas other 40 % 2021..2024 actual']);
});

test('a column headed by the day a forecast was revised on (| 会社計画（2月4日修正後） |) dates no flow: the caption’s year does', () => {
	const body = ['### 会社計画（2026年3月期）', '', '| 項目 | 会社計画（2月4日修正後） |', '|---|---|', '| 売上収益 | 9兆8,000億円 |'].join('\n');
	expect(figures(`日立製作所の見通し。\n\n${body}`, '2026-02-10')).toEqual(['hitachi revenue 9800000000000 JPY FY2026 outlook']);
});

test("a growth rate named as one beside a ranking's shares (| 前年同期シェア | 前年同期比成長率 |) is each provider's sales growth, not a change of its share; China's cloud units are segments", () => {
	const body = [
		'調査会社Canalysの推計によると、2025年1〜3月期の中国のクラウド市場は前年同期比15%増だった。',
		'',
		'| 順位 | 事業者 | シェア | 前年同期シェア | 前年同期比成長率 |',
		'|---|---|---|---|---|',
		'| 1 | アリババクラウド | 34% | 33% | 19% |',
		'| 2 | ファーウェイ・クラウド | 17% | 18% | 11% |',
	].join('\n');
	const found = extractText(body, {date: '2025-06-10', title: '中国クラウド市場'}).figures.map(figure => `${figure.company}/${figure.segment ?? '-'} ${figure.kind} ${figure.value} ${figure.period ?? '-'}`);
	expect(found).toEqual([
		'alibaba/alibaba-cloud market_share 34 2025-Q1',
		'alibaba/alibaba-cloud market_share 33 2024-Q1',
		'alibaba/alibaba-cloud revenue_growth 19 2025-Q1',
		'huawei/huawei-cloud market_share 17 2025-Q1',
		'huawei/huawei-cloud market_share 18 2024-Q1',
		'huawei/huawei-cloud revenue_growth 11 2025-Q1',
	]);
});

test('a change after a share of two years, the later first (| 2025年度シェア | 2024年度シェア | 増減 |), is of the later year', () => {
	const body = ['MM総研の推計では、国内の業務システム市場は伸びた。', '', '| 順位 | ベンダー | 2025年度シェア | 2024年度シェア | 増減 |', '|---|---|---|---|---|', '| 1 | 富士通 | 14.1% | 13.0% | +1.1pt |'].join('\n');
	const found = extractText(body, {date: '2026-06-10', title: '業務システム市場'}).figures.map(figure => `${figure.company} ${figure.value}${figure.unit} ${figure.period ?? '-'}`);
	expect(found).toEqual(['fujitsu 14.1% 2025-04..2026-03', 'fujitsu 13% 2024-04..2025-03', 'fujitsu 1.1pt 2025-04..2026-03']);
});

describe('a table of share prices', () => {
	test("a company's securities code in brackets (キオクシアHD（285A）) is no part of it, and a week of a month (9月第2週) dates no level: a level no close dates is left out, one a caption dates is of that close", () => {
		const body = '9月第2週（7〜11日）の東京市場では半導体株が高かった。\n\n| 銘柄（コード） | 週間騰落率 | 時価総額（億円） |\n|---|---|---|\n| キオクシアHD（285A） | +9.7% | 77,510 |';
		expect(figures(body, '2026-09-12')).toEqual(['kioxia stock_move 9.7 % 2026-09-07..2026-09-11 actual']);
		const captioned = '9月第2週（7〜11日）の東京市場では半導体株が高かった。\n\n主な半導体株（9月11日終値、単位：億円）\n\n| 銘柄（コード） | 週間騰落率 | 時価総額 |\n|---|---|---|\n| キオクシアHD（285A） | +9.7% | 77,510 |';
		expect(figures(captioned, '2026-09-12')).toEqual(['kioxia stock_move 9.7 % 2026-09-07..2026-09-11 actual', 'kioxia market_cap 7751000000000 JPY 2026-09-11 actual']);
	});
});

describe("a writer's own holdings", () => {
	test('a table under a heading of the portfolio (## 月末のポートフォリオ) and what follows in that section are no figures of the companies held', () => {
		const body = [
			'ディスコの10〜12月期の売上高は1,200億円だった。',
			'',
			'## 3月末のポートフォリオ',
			'',
			'| 銘柄 | 比率 | 前月比 |',
			'|---|---|---|',
			'| ディスコ | 28% | +2pt |',
			'| ソシオネクスト | 14% | -1pt |',
			'',
			'評価額は約520万円、年初来では+6.1%です。',
		].join('\n');
		expect(figures(body, '2026-04-02')).toEqual(['disco revenue 120000000000 JPY FY2026-Q3 actual']);
	});
});

describe('a line of business named in the row before its measure', () => {
	test("| 電子デバイス 売上高 | and | ロイヤルティー収入 | are that line's; | 連結 売上高 | and | IFRS営業損益 | are the company's", () => {
		const body = [
			'イビデンの2026年3月期決算（単位：百万円）。',
			'',
			'| | 2025年3月期 | 2026年3月期 |',
			'|---|---|---|',
			'| 精密部品 売上高 | 310,200 | 298,400 |',
			'| ライセンス収入 | 4,100 | 5,300 |',
			'| 連結 売上高 | 1,520,000 | 1,610,000 |',
			'| IFRS営業損益 | 96,000 | 101,000 |',
		].join('\n');
		const found = figures(body, '2026-05-12');
		expect(found).toContain('ibiden/精密部品 revenue 298400000000 JPY FY2026 actual');
		expect(found).toContain('ibiden/ライセンス revenue 5300000000 JPY FY2026 actual');
		expect(found).toContain('ibiden revenue 1610000000000 JPY FY2026 actual');
		expect(found).toContain('ibiden operating_income 101000000000 JPY FY2026 actual');
	});
});

describe("a disclosure's revised consolidated forecast", () => {
	test("a table under a caption that names a company to be bought, then speaks of 連結業績予想, is the sender's; a range in a cell is its midpoint", () => {
		const body = [
			'各　位',
			'',
			'会 社 名　ラクス株式会社',
			'',
			'# 株式会社ミライ会計の株式取得に関するお知らせ',
			'',
			'当社は、本日、株式会社ミライ会計の株式を取得することを決議いたしました。',
			'',
			'ミライ会計は第4四半期より当社の連結子会社となる予定です。本件に伴い、2026年3月期の連結業績予想を以下のとおり修正いたします。',
			'',
			'| | 売上高 | 営業利益 |',
			'|---|---|---|',
			'| 今回修正予想 | 52,000百万円 | 6,300〜7,300百万円 |',
		].join('\n');
		expect(extractText(body, {date: '2025-12-12'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`)).toEqual(['rakus revenue 52000000000', 'rakus operating_income 6800000000']);
	});
});

describe('a table under a heading that names a segment', () => {
	test("## ご参考：Xセグメントの業績推移 over a table of the company: its rows are that segment's", () => {
		const body = ['イビデンは台湾に新工場を建てる。', '', '## ご参考：電子セグメントの業績推移（単位：百万円）', '', '| | 2025年3月期 | 2026年3月期 |', '|---|---|---|', '| 売上高 | 210,400 | 251,300 |'].join('\n');
		expect(figures(body, '2026-06-01')).toEqual(['ibiden/電子 revenue 210400000000 JPY FY2025 actual prior', 'ibiden/電子 revenue 251300000000 JPY FY2026 actual']);
	});
});

describe("a stock site's columns of part years", () => {
	test('| 25/8期 2Q累計 | 26/8期 2Q累計 |: the first halves of those years, results both', () => {
		const body = ['ABEJAが14日発表した上期決算。', '', '| 単位：百万円 | 25/8期 2Q累計 | 26/8期 2Q累計 |', '|---|---|---|', '| 売上高 | 1,900 | 2,500 |'].join('\n');
		expect(figures(body, '2026-04-15')).toEqual(['abeja revenue 1900000000 JPY FY2025-H1 actual prior', 'abeja revenue 2500000000 JPY FY2026-H1 actual']);
	});
});

describe('a corner cell that is only a unit', () => {
	test('| 億円 | 今上期 | 前年同期 | over rows of amounts: the corner is the unit of every amount, and a quarter told alone below (7〜9月期単独) leaves the half the story reports as the period of its segments', () => {
		const body =
			'# 富士通、上期は増収増益\n\n富士通が発表した2026年3月期第2四半期累計の連結決算は、市場の予想を上回った。\n\n| 億円 | 今上期 | 前年同期 | 増減率 |\n|---|---|---|---|\n| 売上収益 | 16,140 | 15,985 | 1.0% |\n| 営業利益 | 1,262 | 931 | 35.6% |\n\n7〜9月期単独の営業利益は741億円で、四半期の最高となった。\n\nサービスソリューション事業は売上収益1,310億円でした。';
		expect(figures(body, '2025-10-30')).toEqual([
			'fujitsu revenue 1614000000000 JPY FY2026-H1 actual',
			'fujitsu revenue 1598500000000 JPY FY2025-H1 actual prior',
			'fujitsu revenue_growth 1 % FY2026-H1 actual',
			'fujitsu operating_income 126200000000 JPY FY2026-H1 actual',
			'fujitsu operating_income 93100000000 JPY FY2025-H1 actual prior',
			'fujitsu other 35.6 % FY2026-H1 actual',
			'fujitsu operating_income 74100000000 JPY FY2026-Q2 actual',
			'fujitsu/service-solutions revenue 131000000000 JPY FY2026-H1 actual',
		]);
	});
});

describe('a cell of prose', () => {
	test('a number told in a cell of prose (…と経営統合。Aを600億ドルと評価) is no value of its column; a value glossed in brackets (約480億円（3年間の累計）) still is', () => {
		const body = [
			'# サカナAIの歩み',
			'',
			'■ 資金調達の推移',
			'',
			'| 時期 | 内容 | 金額 |',
			'|---|---|---|',
			'| 2025年3月 | 同業と経営統合。新会社を600億ドルと評価したとされる | ― |',
			'| 2025年9月 | シリーズBで資金調達 | 200億円（3回目の調達で最大） |',
		].join('\n');
		const found = figures(body, '2025-12-01');
		expect(found.some(row => row.includes('60000000000'))).toBe(false);
		expect(found.some(row => / funding 20000000000 JPY - /.test(row))).toBe(true);
	});
});

describe("a table's period", () => {
	test('the earlier quarter a paragraph above compared with (前四半期（2026年1〜3月期）の…から) is no period of the table under it', () => {
		const body = [
			'# 東京エレクトロン、4〜6月期は増収',
			'',
			'東京エレクトロンが発表した2026年4〜6月期の連結決算は、売上高が6,200億円だった。',
			'',
			'営業利益は1,900億円で、前四半期（2026年1〜3月期）の1,650億円から増えた。',
			'',
			'用途別の売上高は以下の通り。',
			'',
			'| 用途 | 売上高 | 前四半期比 |',
			'|---|---|---|',
			'| ロジック | 2,900億円 | +12% |',
		].join('\n');
		expect(figures(body, '2026-08-01').filter(row => row.includes('ロジック'))).toEqual(['tokyo-electron/ロジック revenue 290000000000 JPY FY2027-Q1 actual', 'tokyo-electron/ロジック other 12 % FY2027-Q1 actual']);
	});
});

describe("a research firm's table under a heading quoting a company's unit", () => {
	test("### Xは「AWS 36.9%」 names no product: the rows under it are the companies' own shares", () => {
		const body = [
			'国内のクラウド基盤市場で、首位のAWSとマイクロソフトの差が縮まっている。',
			'',
			'### ITRは「AWS 35.2%」',
			'',
			'ITRが5月に発表した推計では、2025年の同市場でAWSのシェアは35.2%だった。',
			'',
			'| ベンダー | ITR |',
			'|---|---|',
			'| AWS | 35.2% |',
			'| マイクロソフト | 23.4% |',
		].join('\n');
		const shares = figures(body, '2026-06-20').filter(row => row.startsWith('microsoft'));
		expect(shares.map(row => row.split(' ')[0])).toEqual(['microsoft']);
	});
});
