import {expect, test} from 'vitest';
import {extractText, figures} from './helpers.js';

// How a research firm's estimates are read when the text sets one firm's against another's.

test('a firm that puts numbers on companies named as its objects (XはAを28%、Bを25%とみる) gives each its share, as the sentence before measured', () => {
	const body = '米ガートナーの集計では、2025年の国内サーバー市場で富士通のシェアは24%、NECは18%だった。これに対し、IDC Japanは富士通を21%、NECを19%と推計している。';
	expect(figures(body, '2026-03-02').slice(2)).toEqual(['fujitsu market_share 21 % 2025 actual IDC Japan', 'nec market_share 19 % 2025 actual IDC Japan']);
	const leader = '英オムディアは2025年の同市場におけるキオクシアのシェアを15%、首位のサムスン電子を33%と見積もった。';
	expect(figures(`2025年のNAND市場を巡っては調査会社の見方が分かれる。${leader}`, '2026-03-02')).toEqual(['kioxia market_share 15 % 2025 actual Omdia', 'samsung market_share 33 % 2025 actual Omdia']);
});

test('such a list may open the paragraph after the share it recounts (同じ期間について、XはAを…%、Bを…%とはじいた)', () => {
	const body = '米シナジー・リサーチ・グループによると、2025年7〜9月期のクラウドインフラ市場でAWSのシェアは29%だった。\n\n同じ期間について、英カナリスはAWSを32%、グーグルを12%とはじいた。';
	expect(figures(body, '2025-11-05').slice(1)).toEqual(['amazon/aws market_share 32 % 2025-Q3 actual Canalys', 'google market_share 12 % 2025-Q3 actual Canalys']);
});

test('a percentage between two companies (同社はNECを19%上回る受注) is a gap, no figure of either', () => {
	expect(figures('2025年の国内サーバー市場で富士通のシェアは24%だった。同社はNECを19%上回る受注を得た。', '2026-03-02')).toEqual(['fujitsu market_share 24 % 2025 actual']);
});

test("the name a firm goes by now, in brackets after the one the text gives it (カナリス（Canalys、現Omdia）), is not the figure's firm", () => {
	const body = '英調査会社カナリス（Canalys、現Omdia）は、2026年7〜9月期のAWSのシェアを31%と推計した。';
	expect(figures(body, '2026-11-01')).toEqual(['amazon/aws market_share 31 % 2026-Q3 actual Canalys']);
	const katakana = '米シナジーによると、2026年1〜3月期のAWSのシェアは29%だった。一方、英キャナリス（現オムディア）の集計では、同期間のAWSのシェアは31%だった。';
	expect(figures(katakana, '2026-05-01').at(-1)).toBe('amazon/aws market_share 31 % 2026-Q1 actual Canalys');
});

test("a firm a paragraph turns to after a company of the paragraph before is what its 同社 means (同社は…出荷台数を…と推計し): the market's total is nobody's, the shares after it are each company's; 同社のシェア is still a company's", () => {
	const body = '国内サーバー市場では、富士通が24%で首位だった。NECは18%で2位だった。\n\nもっとも、IDC Japanが同じ日に発表した集計では順位が異なる。同社は2025年の出荷台数を52万台と推計し、NECのシェアを23%、富士通を21%とした。';
	expect(figures(body, '2026-03-02').slice(2)).toEqual(['nec market_share 23 % 2025 actual IDC Japan', 'fujitsu market_share 21 % 2025 actual IDC Japan']);
	const possessed = '国内サーバー市場では、富士通が24%で首位だった。\n\n一方、IDC Japanは同社のシェアを21%とみている。';
	expect(figures(possessed, '2026-03-02').at(-1)).toBe('fujitsu market_share 21 % - actual IDC Japan');
});

test("another firm's count of the share just told, naming no company of its own (…一方、矢野経済研究所は19.5%とみている), is the same company's share by that firm", () => {
	const body = 'IDC Japanは2025年の野村総合研究所のシェアを15.2%と推計する一方、矢野経済研究所は17.9%とみている。';
	expect(figures(body, '2026-03-01')).toEqual(['nri market_share 15.2 % 2025 actual IDC Japan', 'nri market_share 17.9 % 2025 actual Yano Research Institute']);
	const apart = 'ITRによると、PKSHAの2025年のシェアは26.1%だった。一方、富士キメラ総研は23.4%と推計した。';
	expect(figures(apart, '2026-03-01').at(-1)).toBe('pksha market_share 23.4 % 2025 actual Fuji Chimera Research Institute');
	expect(figures('ITRによると、PKSHAの2025年のシェアは26.1%だった。富士キメラ総研は市場が12%伸びたとみている。', '2026-03-01')).toEqual(['pksha market_share 26.1 % 2025 actual ITR']);
});

test('firms that count chips, substrates, capacitors and drives (マーキュリー・リサーチ, Prismark, パウマノック, TRENDFOCUS) are sources, not the firm told before', () => {
	const body = 'IDCは7〜9月期のインテルのサーバー向けCPUシェアを58%とみる。一方、米マーキュリー・リサーチは同期間のインテルのシェアを61%と推計している。';
	expect(figures(body, '2025-12-01').at(-1)).toBe('intel market_share 61 % 2025-Q3 actual Mercury Research');
	expect(figures('米Paumanok Publicationsによると、2025年4〜6月期のMLCCで村田製作所のシェアは35%だった。', '2025-12-01')).toEqual(['murata/MLCC market_share 35 % 2025-Q2 actual Paumanok Publications']);
});

test("another firm's share for the same quarter (同じ四半期の…シェアを67%と推計) is of the quarter the firm before counted, not the month the text opened on", () => {
	const body = [
		'サムスン電子が8日に発表した6月の出荷額は約90億ドルだった。',
		'',
		'英Omdiaは、2026年4〜6月期のDRAM市場でサムスン電子のシェアが41%に達したとする。2位のSKハイニックスは33%だった。',
		'',
		'これに対し、台湾TrendForceは同じ四半期のサムスン電子のシェアを38%と推計した。',
	].join('\n');
	expect(figures(body, '2026-07-20').at(-1)).toBe('samsung market_share 38 % 2026-Q2 actual TrendForce');
});

test('companies listed before それぞれ with the object of their verb between (…はシェアをそれぞれ) take the amounts in order, a share they lost (落とした) negative', () => {
	expect(figures('IDC Japanによると、レノボとアップルはシェアをそれぞれ2.1ポイント、0.6ポイント落とした。', '2026-05-20')).toEqual(['lenovo market_share -2.1 pt - actual IDC Japan', 'apple market_share -0.6 pt - actual IDC Japan']);
});

test('a level approached (時価総額は一時9000億ドルに迫った) is not one reached; a venture firm that surveys a market (メンロ・ベンチャーズ) is the source of the shares it gives', () => {
	expect(figures('ブロードコム株は12%高と急伸し、時価総額は一時2兆ドルに迫った。', '2026-03-06')).toEqual(['broadcom stock_move 12 % 2026-03-06 actual']);
	expect(figures('米メンロ・ベンチャーズの調査では、2026年上期のアンソロピックのシェアは38%だった。', '2026-08-01')).toEqual(['anthropic market_share 38 % 2026-H1 actual Menlo Ventures']);
});

test('a firm written in katakana or in Latin letters (SNEリサーチ, SNE Research) is one source, named as it names itself', () => {
	const katakana = figures('韓国SNEリサーチによると、2025年の車載電池市場でパナソニックのシェアは3.5%だった。', '2026-02-10');
	const latin = figures('韓国SNE Researchによると、2025年の車載電池市場でパナソニックのシェアは3.5%だった。', '2026-02-10');
	expect(katakana.map(row => row.split(' ').slice(-2).join(' '))).toEqual(['SNE Research']);
	expect(latin).toEqual(katakana);
});

test('what brokers at large estimate (証券各社は…と推計している) is their view, no figure of the company', () => {
	const found = figures('SKハイニックスの10〜12月期の営業利益は12兆ウォンだった。部門別の数字は公表していないが、証券各社はHBMの売上高を8兆ウォン前後と推計している。', '2026-01-30');
	expect(found).toEqual(['sk-hynix operating_income 12000000000000 KRW 2025-Q4 actual']);
});

test("a paragraph opened on a market's total (国内ストレージ市場の売上高は…) goes on about the market in its sentences that name no company, whoever the lines above named", () => {
	const body =
		'〜NECが首位、日立製作所は2位〜\n\nIDC Japanは国内ストレージ市場の実績を発表した。\n\n2025年の国内ストレージ市場の売上高は前年比5.0%増の3,100億円だった。一方、出荷容量は同3.0%減の1.2エクサバイトとなり、出荷台数は2万台だった。';
	expect(figures(body, '2026-03-10').filter(figure => figure.startsWith('hitachi') || figure.startsWith('nec'))).toEqual([]);
});

test('firms that count data-centre space, robots and start-up money (Structure Research, インタラクト・アナリシス, DIGITIMESリサーチ) are sources', () => {
	const body = '英ストラクチャー・リサーチによると、2025年の国内データセンター市場でエクイニクスのシェアは9.8%だった。一方、台湾のDIGITIMESリサーチは、同じ年の鴻海のAIサーバーのシェアを41%と推計した。';
	expect(figures(body, '2026-03-01')).toEqual(['equinix market_share 9.8 % 2025 actual Structure Research', 'foxconn/AIサーバー market_share 41 % 2025 actual DIGITIMES Research']);
	expect(figures('インタラクト・アナリシスの推計では、2025年の協働ロボット市場でファナックのシェアは12%だった。', '2026-03-01')).toEqual(['fanuc market_share 12 % 2025 actual Interact Analysis']);
});

test("a product the text turns to (…基板では) is another market than the one a table's caption named, its shares no part of the caption's", () => {
	const body = [
		'民間調査会社は11日、DRAMの世界市場に関する調査結果を公表した。',
		'**2025年のDRAM世界シェア（金額ベース）**',
		'| メーカー | シェア |\n|---|---|\n| サムスン電子 | 38% |\n| SKハイニックス | 33% |',
		'一方、サーバー向けのABF（味の素ビルドアップフィルム）基板では、プリズマークの推計で、2025年の世界シェアはイビデンが19%だった。',
	].join('\n\n');
	const found = extractText(body, {date: '2026-03-12', title: 'DRAM世界シェア、サムスンが首位'}).figures.map(figure => `${figure.company}/${figure.segment ?? '-'} ${figure.value}`);
	expect(found).toContain('ibiden/- 19');
});

test("a research firm's tally read company by company (同社の集計ではAWSが31%、…) gives shares, of the firm named before its aside in brackets (オムディア（2024年にカナリスを統合）), over the period of the paragraph before, not the year in the aside", () => {
	const body = 'ガートナーによると、7〜9月期の世界のIaaS市場でAWSのシェアは37%だった。\n\n英調査会社オムディア（2024年にカナリスの調査部門を統合）の数字は少し違う。同社の集計ではマイクロソフトが24%、グーグルが10%だった。';
	const found = extractText(body, {date: '2025-11-20', title: 'クラウド'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value} ${figure.period ?? '-'} ${figure.source ?? '-'}`);
	expect(found.slice(1)).toEqual(['microsoft market_share 24 2025-Q3 Omdia', 'google market_share 10 2025-Q3 Omdia']);
	// Without a firm, a company's percentage names no share.
	expect(figures('社内の集計ではマイクロソフトが24%だった。', '2025-11-20')).toEqual([]);
});

test("in a research firm's list, an item labelled with a name (- **SKグループ**（SKハイニックスと…の合算）：…) is the company its label names, not the item before's", () => {
	const body = [
		'# DRAM売上高ランキング',
		'',
		'台湾の調査会社TrendForceは26日、2026年7〜9月期のDRAMのメーカー別売上高ランキングを発表した。',
		'',
		'- **サムスン電子**：売上高62億ドル、シェア38.5%',
		'- **SKグループ**（SKハイニックスと子会社の合算）：売上高53億ドル、シェア33.1%',
	].join('\n');
	expect(figures(body, '2026-11-27').filter(row => row.includes('33.1'))).toEqual(['sk-hynix/DRAM market_share 33.1 % 2026-Q3 actual TrendForce']);
});

test('同 in a bracket after a share ((同11.2%)) is of the period the bracket before it named ((2024年は20.1%)), not the survey year', () => {
	const body = 'IDCによると、2025年の国内サーバー市場で富士通のシェアは21.4%（2024年は20.1%）、2位のNECは12.0%（同11.2%）だった。';
	expect(figures(body, '2026-03-10')).toEqual(['fujitsu market_share 21.4 % 2025 actual IDC', 'fujitsu market_share 20.1 % 2024 actual IDC', 'nec market_share 12 % 2025 actual IDC', 'nec market_share 11.2 % 2024 actual IDC']);
});

test("a question's number in a heading (**Q2. …**) is no product whose market a share is of", () => {
	const body = '# 半導体材料Q&A\n\n**Q2. 国内サーバーで強いのはどこか？**\n\nA. IDC Japanによると、2025年7〜9月期の国内サーバー出荷で富士通のシェアは21.4%で首位だった。';
	expect(figures(body, '2025-12-10')).toEqual(['fujitsu market_share 21.4 % 2025-Q3 actual IDC Japan']);
});
