import {expect, test} from 'vitest';
import {figures} from './helpers.js';

// Takeovers and stakes: whose figure a number is when a story names a buyer, a target and the company that announced.

test('a stake that rises (出資比率は最大51%に高まる) is no stock move; a price that rose to a level (8%高まで買われた) still is', () => {
	expect(figures('買付予定数の上限は1,200万株で、TOBが成立すればソフトバンクの出資比率は最大51.0%に高まる。', '2026-03-12').at(-1)).toBe('softbank-corp stake 51 % - actual');
	expect(figures('決算を受けて東京エレクトロン株は一時8%高まで買われた。', '2026-02-09')).toEqual(['tokyo-electron stock_move 8 % 2026-02-09 actual']);
});

test('results "announced the same day" (同日発表した…決算は) in a later paragraph are of the company that announced, not the headline\'s', () => {
	const body =
		'# NEC、キオクシアに出資へ\n\nキオクシアは4日、NECを割当先とする第三者割当増資を実施すると発表した。NECは議決権の5%を握る。\n\n### 資金は工場に\n\n調達資金は北上工場に充てる。\n\n同日発表した2026年7〜9月期の連結決算は、売上収益が4,800億円だった。';
	expect(figures(body, '2026-11-05').at(-1)).toBe('kioxia revenue 480000000000 JPY FY2027-Q2 actual');
});

test('a paragraph that turns to a company brief does not know (ボストンに本拠を置くX社は、…) gives its figures, and its 同社, to nobody brief knows', () => {
	const body = '日立製作所は米企業の買収を検討している。\n\nボストンに本拠を置くアルタデータは、企業向けに分析ソフトを提供している。2022年の資金調達では企業価値が40億ドルと評価された。同社によると、年間経常収益は2億ドル程度だという。';
	expect(figures(body, '2026-06-18')).toEqual([]);
});

test('a company the text said was bought, then named as the holder of a valuation (Xの企業評価額は), owns the valuation; a word that dates it (資金調達時点で) is not its measure', () => {
	const body = 'AMDは昨年11月、ライトマターを総額49億ドルで買収することで合意した。ライトマターの企業評価額は2024年10月の資金調達時点で44億ドルだった。';
	expect(figures(body, '2026-02-10')).toEqual(['amd investment 4900000000 USD - actual', 'lightmatter valuation 4400000000 USD 2024-10 actual']);
});

test('money raised, put to a use (調達資金のうち2000億円を、…工場の増強に充てる), is spent: an investment, no more funding', () => {
	expect(figures('ラピダスは調達資金のうち2000億円を、北海道千歳市の工場の設備増強に充てる。', '2026-11-05')).toEqual(['rapidus investment 200000000000 JPY - actual']);
});

test('money a group put in (日立や三菱電機、東芝など7社が拠出した計50億円, ソフトバンクグループとオラクルなどが…投じる) is none of its members’; the last of those it came from (…やNECなど国内12社から) did not raise it', () => {
	expect(figures('キオクシアは新工場の資金を募る。設立時に日立や三菱電機、東芝など7社が拠出した計50億円を大きく上回る。', '2025-11-28')).toEqual([]);
	expect(figures('新構想はソフトバンクグループとオラクルなどが今後4年で米国のデータセンターに最大2000億ドルを投じる計画だ。', '2025-11-28')).toEqual([]);
	expect(figures('キオクシアは増産を急ぐ。設備投資を巡っては、今春に富士通やNECなど国内12社から計820億円を調達したが、なお足りない。', '2025-11-28')).toEqual(['kioxia funding 82000000000 JPY - actual']);
});

test('a price per share a tender offer names (TOB（株式公開買い付け）で1株2,850円を提示) is no money the deal spends; the deal total is', () => {
	expect(figures('ルネサスはTOB（株式公開買い付け）で1株2,850円を提示し、買収総額は約1,900億円となる。', '2026-03-02')).toEqual(['renesas other 2850 JPY - actual', 'renesas investment 190000000000 JPY - actual']);
});

test('a customer whose part of the sales is told (売上高に占める米オープンAIの比率は) owns none of it; the company whose sales they are does', () => {
	expect(figures('オラクルのクラウド売上高は伸びた。売上高に占める米オープンAIの比率は9〜11月期に18%と、前年同期の6%から上がった。', '2025-12-20')).toEqual(['oracle other 18 % FY2026-Q2 actual', 'oracle other 6 % FY2025-Q2 actual prior']);
});

test('the part each puts into a venture (三井不動産が60%、関西電力が40%を出資する) is the stake each will hold; a threshold a rule sets (…企業が50%以上を出資する子会社) is none', () => {
	expect(figures('新会社には三菱地所が70%、中部電力が30%を出資する。', '2026-04-08')).toEqual(['mitsubishi-estate stake 70 % - actual', 'chubu-electric stake 30 % - actual']);
	expect(figures('新規制では、対象企業が50%以上を出資する子会社も規制を受ける。東京エレクトロンは影響を精査する。', '2026-04-08')).toEqual([]);
});

test('what a company paid for what it bought (…約280億円で取得済み, …190億円で購入した) is its investment', () => {
	expect(figures('建設予定地は、三菱地所が昨年11月に約310億円で取得済みだ。', '2026-03-12')).toEqual(['mitsubishi-estate investment 31000000000 JPY - actual']);
	expect(figures('大林組は千葉県の工場跡地を120億円で購入した。', '2026-03-12')).toEqual(['obayashi investment 12000000000 JPY - actual']);
});
