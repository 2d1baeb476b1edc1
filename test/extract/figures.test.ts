import {describe, expect, test} from 'vitest';
import {extractText, figures} from './helpers.js';

// Each rule of the figure reader with sentences written for it. Articles are dated 2025-11-20 unless
// a test says otherwise.

describe('what a number measures', () => {
	test('a margin named after the profit it is of (セグメント利益率, 事業利益率) is a margin, not the profit', () => {
		expect(figures('シーメンスの7〜9月期は、セグメント利益率が15.2%だった。京セラの事業利益率は8.1%だった。', '2025-11-14').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['siemens margin 15.2', 'kyocera margin 8.1']);
	});

	test('a per-share profit told as non-GAAP with no space (非GAAP1株利益) is EPS, not sales', () => {
		expect(figures('ワークデイは8〜10月期の非GAAP1株利益を2.15〜2.20ドルと見込む。', '2026-08-25').map(row => row.split(' ').slice(0, 2).join(' '))).toEqual(['workday eps']);
	});

	test("a holding company's net assets at market value (NAV（時価純資産）) are no valuation of it, whatever value the clause before it names", () => {
		expect(figures('ソフトバンクグループの決算説明会。保有株式価値から純負債を引いたNAV（時価純資産）は12月末時点で35兆円だった。', '2026-02-12')).toEqual(['softbank other 35000000000000 JPY 2025-12-31 actual']);
	});

	test('a balance a lender or investor holds (融資残高, 投資残高) is a level as of its day, no investment, and a balance it aims for is an outlook', () => {
		expect(figures('三井住友銀行の物流施設向けの融資残高は、6月末時点で8,400億円と1年前の6,100億円から増えた。', '2026-08-05')).toEqual([
			'smfg/物流施設向け other 840000000000 JPY 2026-06-30 actual',
			'smfg/物流施設向け other 610000000000 JPY 2025-06-30 actual prior',
		]);
		expect(figures('東京センチュリーは、航空機関連の投資残高を2028年3月期末に1兆円まで積み上げる計画だ。', '2026-05-15')).toEqual(['tokyo-century other 1000000000000 JPY FY2028 outlook']);
	});

	test('a deal named as the subject of a later clause (…820億円で、現地の電気自動車投資が追い風になった) is a cause, not what the amount is', () => {
		expect(figures('TDKの10〜12月期の売上高は6,100億円だった。地域別では、欧州向けは前年同期比9%増の820億円で、現地の電気自動車投資が追い風になった。', '2026-01-30')).toEqual([
			'tdk revenue 610000000000 JPY FY2026-Q3 actual',
			'tdk/欧州 revenue_growth 9 % FY2026-Q3 actual',
			'tdk/欧州 revenue 82000000000 JPY FY2026-Q3 actual',
		]);
	});

	test('a cost left out (…費用などを除く調整後ベースで) and a gain a clause of cause names (…売却益が寄与し、) are not what the number measures', () => {
		expect(figures('アドビの9〜11月期決算。1株利益は、買収関連の費用などを除く調整後ベースで5.50ドルだった。', '2025-12-12')).toEqual(['adobe eps 5.5 USD FY2025-Q4 actual']);
		expect(figures('アドビの9〜11月期決算。保有株の売却益が寄与し、会計基準ベースでは6.10ドルだった。', '2025-12-12')).toEqual([]);
	});

	test("a change of the amount just given in its clause is of that amount's period, even after a paragraph's plan for the year", () => {
		const body =
			'ナギ精工（Nagi Seiko）の4〜9月期決算は増収だった。\n\n同社は同日、2026年3月期の連結業績予想を上方修正した。売上高は900億円に引き上げた。\n\n設備投資は通期で200億円を計画する。研究開発費は4〜9月期で90億円と前年同期比15%増えた。';
		expect(figures(body, '2025-11-12').slice(-2)).toEqual(['x-nagi-seiko other 9000000000 JPY 2025-04..2025-09 actual', 'x-nagi-seiko other 15 % 2025-04..2025-09 actual']);
	});

	test('money borrowed (借り入れ, つなぎ融資) is money the company raised', () => {
		expect(figures('ソフトバンクグループは買収資金の一部を、金融機関からの借り入れ2,000億円で賄う。')).toEqual(['softbank funding 200000000000 JPY - actual']);
		expect(figures('ソフトバンクグループは総額100億ドルのつなぎ融資で出資資金を賄う。')).toEqual(['softbank funding 10000000000 USD - actual']);
	});

	test('revenue per user (ARPU) is no revenue; subscriptions may be counted in 件, other users not', () => {
		const body = 'ツクシ通信（Tsukushi Tsushin）の4〜9月期決算。\n\nモバイル事業のARPU（1契約当たり月間平均収入）は3,980円だった。9月末の契約数は2,100万件。問い合わせの利用者は300件だった。';
		expect(figures(body, '2025-11-07')).toEqual(['x-tsukushi-tsushin/モバイル other 3980 JPY 2025-04..2025-09 actual', 'x-tsukushi-tsushin users 21000000 count 2025-09-30 actual']);
	});

	test('a churn rate is a rate of its period; a word of count ending in 数 before a number is no vague 数万; shares bought back are no stake', () => {
		expect(figures('ヒノキソフト（Hinoki Soft）の決算。7〜9月の月次解約率は0.8%だった。', '2025-11-12')).toEqual(['x-hinoki-soft other 0.8 % 2025-Q3 actual']);
		expect(figures('ヒノキソフト（Hinoki Soft）は2027年12月期に有料顧客数3万社を目指す。', '2025-11-12')).toEqual(['x-hinoki-soft customers 30000 count 2027 outlook']);
		expect(figures('ヒノキソフト（Hinoki Soft）は取締役会において、取得価額の総額50億円、取得株式数500万株をそれぞれ上限とする自己株式の取得を決議した。', '2025-11-12')).toContain('x-hinoki-soft other 5000000 count - actual');
	});

	test('a result named as one (2025年実績の409億ドル) stays a result in a sentence of plans', () => {
		expect(figures('TSMCは2026年の設備投資を520億〜560億ドルとし、2025年実績の409億ドルから大幅に増やす計画を示した。', '2026-01-16')).toEqual(['tsmc capex 54000000000 USD 2026 outlook', 'tsmc capex 40900000000 USD 2025 actual prior']);
	});

	test('a loss per share is EPS below zero, no net loss of the company; 楽天 is 楽天グループ but 楽天的 is no company', () => {
		expect(figures('スノーフレークの8〜10月期の1株当たり純損失は0.87ドルだった。', '2025-12-05')).toEqual(['snowflake eps -0.87 USD FY2026-Q3 actual']);
		expect(figures('合弁会社の出資比率は楽天が60%、NECが40%。楽天的な見方もある。', '2025-12-05')).toEqual(['rakuten stake 60 % - actual', 'nec stake 40 % - actual']);
	});

	test('a return on capital (自己資本利益率, ROE) is no margin of sales', () => {
		expect(figures('ディスコの2025年3月期の営業利益率は40.1%、ROEは25.3%だった。', '2025-05-10')).toEqual(['disco margin 40.1 % FY2025 actual', 'disco other 25.3 % FY2025 actual']);
		expect(figures('ディスコは株主資本利益率を30%に高める目標を掲げる。', '2025-05-10')).toEqual(['disco other 30 % - outlook']);
		// A level the company will raise it to is a target; one it raised it to is a result.
		expect(figures('ディスコは株主資本利益率を30%に高める。', '2025-05-10')).toEqual(['disco other 30 % - outlook']);
		expect(figures('ディスコは株主資本利益率を30%に高めた。', '2025-05-10')).toEqual(['disco other 30 % - actual']);
	});

	test('results: revenue with its growth, profit, EPS; the growth of profit is not revenue growth', () => {
		expect(figures('クアルコムが5日発表した2025年7〜9月期決算は、売上高が前年同期比10%増の112億ドル、純利益が8%減の31億ドルだった。1株利益は2.71ドルだった。')).toEqual([
			'qualcomm revenue_growth 10 % FY2025-Q4 actual',
			'qualcomm revenue 11200000000 USD FY2025-Q4 actual',
			'qualcomm other -8 % FY2025-Q4 actual',
			'qualcomm net_income 3100000000 USD FY2025-Q4 actual',
			'qualcomm eps 2.71 USD FY2025-Q4 actual',
		]);
	});

	test("gross and operating margins are two measures; a change in points is the margin's", () => {
		expect(figures('インテルの2025年7〜9月期の売上総利益率は40.1%、営業利益率は12.3%で、売上総利益率は前年同期から2.5ポイント改善した。')).toEqual([
			'intel margin 40.1 % 2025-Q3 actual',
			'intel margin 12.3 % 2025-Q3 actual',
			'intel margin 2.5 pt 2025-Q3 actual',
		]);
	});

	test('operating loss and net loss are negative', () => {
		expect(figures('ラピダスの2025年4〜9月期は営業損益が120億円の赤字、純損失は95億円だった。')).toEqual(['rapidus operating_income -12000000000 JPY 2025-04..2025-09 actual', 'rapidus net_income -9500000000 JPY 2025-04..2025-09 actual']);
	});

	test('backlog (RPO, 受注残) is not revenue; capex is capex', () => {
		expect(figures('オラクルの残存履行義務（RPO）は9月末時点で1,200億ドルに達した。設備投資額は2025年に340億ドルとなる見通しだ。')).toEqual(['oracle backlog 120000000000 USD 2025-09-30 actual', 'oracle capex 34000000000 USD 2025 outlook']);
	});

	test('customers, users and employees are counts as of a date; people cut are a count of their own (人員削減, told as the number cut), no headcount', () => {
		expect(figures('サカナAIの企業顧客は10月末時点で1,500社を超えた。月間利用者数は3,000万人だった。')).toEqual(['sakana-ai customers 1500 count 2025-10-31 actual', 'sakana-ai users 30000000 count - actual']);
		expect(figures('デルの従業員数は9月末で10万8,000人だった。')).toEqual(['dell headcount 108000 count 2025-09-30 actual']);
		expect(figures('インテルは従業員を2万4,000人削減する。')).toEqual(['intel other 24000 count - actual']);
		expect(figures('ルネサスは国内で約4,000人の人員削減に踏み切る。ソニーは新卒を500人採用する。キヤノンは新卒を300人受け入れる。')).toEqual(['renesas other 4000 count - actual']);
		expect(figures('NECは約900人の人員を削減する。富士通は海外で約300人を削減すると発表した。')).toEqual(['nec other 900 count - actual', 'fujitsu other 300 count - actual']);
		// The month the cut was told (3月に発表した…削減, 同社は9月、…削減を発表) is no period of the count.
		expect(figures('オムロンは、3月に発表した約2,000人の削減に続き、国内で約500人を削減すると明らかにした。', '2025-07-03')).toEqual(['omron other 2000 count - actual', 'omron other 500 count - actual']);
	});

	test('a share price where a market report writes it is no figure (the move in per cent is); a change in yen is no price either', () => {
		expect(figures('キオクシア株は前日比210円（3.3%）高の6,540円で取引を終えた。', '2025-11-20')).toEqual(['kioxia stock_move 3.3 % 2025-11-20 actual']);
		expect(figures('東京市場でキオクシアは反発し、終値は6,540円だった。', '2025-11-20')).toEqual([]);
		expect(figures('キオクシアは新工場に6,540億円を投じる。', '2025-11-20')).not.toContain('kioxia other 654000000000 JPY 2025-11-20 actual');
	});

	test("an index's move after a company's is nobody's", () => {
		expect(figures('20日の米株式市場でAMD株が5%高となった。フィラデルフィア半導体株指数（SOX）も3%上昇した。', '2025-11-21')).toEqual(['amd stock_move 5 % 2025-11-20 actual']);
	});

	test('a wire story whose dateline names the day of a session abroad dates its moves by that day', () => {
		const text = '［サンフランシスコ　24日　ロイター］ - 米国株式市場は3指数とも続落した。\n\nマーベル・テクノロジーは3.6%安。ブロードコムは1.4%高だった。';
		expect(figures(text, '2026-03-25')).toEqual(['marvell stock_move -3.6 % 2026-03-24 actual', 'broadcom stock_move 1.4 % 2026-03-24 actual']);
		// The dateline of the month before, told early in a month.
		expect(figures('［ニューヨーク　30日　ロイター］ - 米株式市場で半導体株が売られた。インテルは2.2%安。', '2026-05-01')).toEqual(['intel stock_move -2.2 % 2026-04-30 actual']);
	});

	test("a week's move is of the week's sessions, a month's of the month; without them written, it is left out", () => {
		const week = '3月9〜13日の東京株式市場では、電子部品株が軒並み上昇した。村田製作所は週間で7.1%高、TDKも4.4%高だった。';
		expect(figures(week, '2026-03-16')).toEqual(['murata stock_move 7.1 % 2026-03-09..2026-03-13 actual', 'tdk stock_move 4.4 % 2026-03-09..2026-03-13 actual']);
		// A move of the week that names no days is not dated by the day the article appeared.
		expect(figures('村田製作所は今週、6.5%高となった。', '2026-03-16')).toEqual([]);
		// A span since an earlier price is no week's move.
		expect(figures('村田製作所は3週間ぶりに反発し、4.2%高となった。', '2026-03-16')).toEqual(['murata stock_move 4.2 % 2026-03-16 actual']);
		expect(figures('村田製作所は2月の月間騰落率が+9.3%だった。', '2026-03-02')).toEqual(['murata stock_move 9.3 % 2026-02 actual']);
		expect(figures('村田製作所は月間で9.3%高となった。', '2026-03-02')).toEqual([]);
	});

	test("a move told after its paragraph names the day before's market is of that day, until another market is named", () => {
		const text = '20日の東京株式市場で半導体株が上昇した。追い風は前日の米国市場だ。AMDが6%高と急伸した。東京市場ではディスコが4%高となった。';
		expect(figures(text, '2025-11-20')).toEqual(['amd stock_move 6 % 2025-11-19 actual', 'disco stock_move 4 % 2025-11-20 actual']);
		// A market named as also moved (東京市場でも) is no new session for the moves told before it.
		const also = '20日の東京株式市場で日経平均は反発した。\n\n前日19日の米国市場では半導体株が上昇した。AMDが6%高となり、東京市場でも関連銘柄が買われた。';
		expect(figures(also, '2025-11-20')).toEqual(['amd stock_move 6 % 2025-11-19 actual']);
	});

	test("同時点 is the as-of date of the level told just before; a spending threshold that picks out customers (…を超える大口顧客) is nobody's revenue", () => {
		expect(figures('スノーフレークのRPOは10月末時点で73億ドルだった。同時点で、年間売上高が100万ドルを超える大口顧客は688社に達した。', '2025-12-05')).toEqual([
			'snowflake backlog 7300000000 USD 2025-10-31 actual',
			'snowflake customers 688 count 2025-10-31 actual',
		]);
	});

	test('an as-of date that opens a list with its own particle (9月末時点で、Aの受注残は…、Bの受注残は…) dates each level of the list', () => {
		expect(figures('6月末時点で、オラクルの受注残は4,550億ドル、マイクロソフトの受注残は3,680億ドルだった。', '2026-08-01')).toEqual([
			'oracle backlog 455000000000 USD 2026-06-30 actual',
			'microsoft backlog 368000000000 USD 2026-06-30 actual',
		]);
	});

	test('同月末 is the month end of the level told just before', () => {
		expect(figures('freeeの有料課金ユーザー企業数は2025年9月末時点で58万件に増えた。同月末の従業員数は1,650人だった。', '2025-11-14')).toEqual([
			'freee customers 580000 count 2025-09-30 actual',
			'freee headcount 1650 count 2025-09-30 actual',
		]);
	});

	test('a company that labels a list item (- **X**：…) is what 同社 in the item means, not the headline company', () => {
		expect(figures(['マイクロソフトが日本で2兆円を投じる計画を示し、関連株が買われた。', '', '- **フジクラ**：一時9%高。同社の受注残高は9月末時点で3,100億円に達している。', '- **住友電気工業**：5.1%高。'].join('\n'), '2026-02-10')).toEqual(
			['microsoft/日本 investment 2000000000000 JPY - actual', 'fujikura stock_move 9 % 2026-02-10 actual', 'fujikura backlog 310000000000 JPY 2025-09-30 actual', 'sumitomo-electric stock_move 5.1 % 2026-02-10 actual'],
		);
	});

	test("a move told on a Saturday or Sunday with no day of its own is of Friday's session", () => {
		expect(figures('レーザーテック株は週末にかけて買われ、6%高となった。', '2026-11-15')).toEqual(['lasertec stock_move 6 % 2026-11-13 actual']);
		expect(figures('レーザーテック株は6%高となった。', '2026-11-13')).toEqual(['lasertec stock_move 6 % 2026-11-13 actual']);
	});

	test('a result told as seeming before the company tells it (…になったもようで) and what some in the market say (…との強気な声) are no figures', () => {
		expect(figures('アピアの2025年12月期の売上高は450億円程度になったもようで、2月の決算発表で開示される。', '2026-01-20')).toEqual([]);
		expect(figures('市場関係者からは、ディスコの時価総額が8兆円をうかがうとの強気な声も出ている。', '2026-01-20')).toEqual([]);
	});

	test("a count in another counter is no number of the measure before it; DAP are users; a depositary receipt's profit is per share; a business's 契約件数 counts customers", () => {
		expect(figures('ソシオネクストの従業員数は約3,000人。同社の製品を採用している企業は400社を超えた。', '2026-04-20')).toEqual(['socionext headcount 3000 count - actual']);
		expect(figures('メタのアプリ群を毎日使う人（DAP）は9月の平均で35億人だった。', '2025-10-30')).toEqual(['meta users 3500000000 count 2025-09 actual']);
		expect(figures('TSMCの7〜9月期の米国預託証券（ADR）1単位当たりの純利益は2.9ドルだった。', '2025-10-17')).toEqual(['tsmc eps 2.9 USD 2025-Q3 actual']);
		expect(figures('Sansanの請求書サービス「Bill One」の9月末の有料契約件数は4,000件。', '2025-10-15')).toEqual(['sansan/Bill One customers 4000 count 2025-09-30 actual']);
	});

	test('a market cap told after a stock move is as of its trading day', () => {
		expect(figures('5日の東京株式市場で、ディスコ株は一時前日比6%高となった。時価総額は6兆円を上回った。', '2025-11-05')).toEqual(['disco stock_move 6 % 2025-11-05 actual', 'disco market_cap 6000000000000 JPY 2025-11-05 actual']);
		expect(figures('ディスコの時価総額は6兆円を上回った。', '2025-11-05')).toEqual(['disco market_cap 6000000000000 JPY 2025-11-05 actual']);
	});

	test("a day in a later clause is another price's (…に張り付き、10月2日につけた高値), dating neither the move nor the market cap after it", () => {
		expect(figures('ソシオネクストがストップ高。前日比500円高（18.0%高）の3,280円に買い気配のまま張り付き、10月2日につけた年初来高値3,100円を更新した。時価総額は約5,800億円に膨らんだ。', '2025-11-05')).toEqual([
			'socionext stock_move 18 % 2025-11-05 actual',
			'socionext market_cap 580000000000 JPY 2025-11-05 actual',
		]);
	});

	test('a stock move is signed by its direction and dated by its trading day', () => {
		expect(figures('18日の東京株式市場でディスコ株は一時、前日比7.4%安まで売られた。', '2025-11-18')).toEqual(['disco stock_move -7.4 % 2025-11-18 actual']);
		// "…を発表した3月9日の翌日、同社株は…": the day after a day named.
		expect(figures('ラクスの決算は増収だった。\n\n新プランを発表した3月9日の翌日、同社株は前日比7.5%高と急伸した。', '2026-04-02')).toEqual(['rakus stock_move 7.5 % 2026-03-10 actual']);
		// "…11月20日に…。デルは同25日、…。翌26日の…": 同 with a day is of the month named last, and 翌 follows it.
		expect(figures('レノボは11月20日に決算を発表した。デルは同25日、決算を発表した。翌26日のニューヨーク市場でデル株は一時6%下げた。', '2026-01-13')).toEqual(['dell stock_move -6 % 2025-11-26 actual']);
		// A day named after its market ("東京市場では17日、…") is the session of the moves after it too; one abroad is not Tokyo's.
		expect(figures('東京市場では17日、ディスコ株が2.1%高となった。アドバンテスト株も3.3%上昇した。', '2025-11-18')).toEqual(['disco stock_move 2.1 % 2025-11-17 actual', 'advantest stock_move 3.3 % 2025-11-17 actual']);
		expect(figures('米国市場では17日、エヌビディア株が2%高となった。アドバンテスト株は3.3%上昇した。', '2025-11-18')).toEqual(['nvidia stock_move 2 % 2025-11-17 actual', 'advantest stock_move 3.3 % 2025-11-18 actual']);
		expect(figures('前日の米国市場でマイクロン・テクノロジーの株価が5.1%高となった。', '2025-11-20')).toEqual(['micron stock_move 5.1 % 2025-11-19 actual']);
		expect(figures('終値は前日比150円(4.8%)高の3,290円だった。レーザーテックは…', '2025-11-20')).toEqual([]);
		expect(figures('レーザーテック株は前日比150円(4.8%)高の3,290円で取引を終えた。', '2025-11-20')).toEqual(['lasertec stock_move 4.8 % 2025-11-20 actual']);
		// After-hours trading is on the day of the results, a day before a morning article from abroad.
		expect(figures('ラムリサーチが4日発表した決算は市場予想を上回った。\n\n決算発表後の時間外取引で同社株は一時6%高となった。', '2025-12-05')).toContain('lam-research stock_move 6 % 2025-12-04 actual');
		expect(figures('［ニューヨーク　4日］ - ラムリサーチは4日、新しい装置の受注が伸びたと明らかにした。\n\n同社株は引け後の時間外取引で3%下落した。', '2025-12-05')).toContain('lam-research stock_move -3 % 2025-12-04 actual');
		// The company its paragraph is about, the sentence before having no figure.
		expect(figures('20日の東京市場は反落した。\n\n一方、キオクシアは続伸した。一時前日比210円（3.3%）高の6,540円をつけた。', '2025-11-20')).toEqual(['kioxia stock_move 3.3 % 2025-11-20 actual']);
	});

	test('market share with the research firm whose estimate it is', () => {
		expect(figures('英調査会社カナリスによると、2025年7〜9月期の世界のスマートフォン出荷台数でサムスン電子のシェアは19%で首位だった。2位はアップルで18%、3位は小米（シャオミ）で14%だった。')).toEqual([
			'samsung market_share 19 % 2025-Q3 actual Canalys',
			'apple market_share 18 % 2025-Q3 actual Canalys',
			'xiaomi market_share 14 % 2025-Q3 actual Canalys',
		]);
	});

	test("a consensus with its own figures in brackets after it is nobody's result", () => {
		expect(figures('ルネサスの1〜3月期の営業利益は900億円で、市場コンセンサス（営業利益820億円）を上回った。', '2026-05-01')).toEqual(['renesas operating_income 90000000000 JPY 2026-Q1 actual']);
	});

	test("a firm named only to compare with is not the source; the paragraph's firm is", () => {
		const text = 'ガートナーによると、2025年7〜9月期のPC市場のシェアはレノボが25%だった。これに対し、IDCは同じ期間のレノボのシェアを27%と推計した。デルは20%で、こちらはガートナーの集計とほぼ変わらない。';
		expect(figures(text, '2025-11-20').at(-1)).toBe('dell market_share 20 % 2025-Q3 actual IDC');
	});

	test('a firm\'s short name counts once the text has named it in full: "シナジー" alone is also synergy', () => {
		expect(figures('シナジー効果によると、ルネサスの2026年1〜3月期の売上高は3,000億円だった。', '2026-05-01')).toEqual(['renesas revenue 300000000000 JPY 2026-Q1 actual']);
		expect(figures('米シナジー・リサーチ・グループが集計した。シナジーによると、2026年1〜3月期のAWSのシェアは29%だった。', '2026-05-01')).toEqual(['amazon/aws market_share 29 % 2026-Q1 actual Synergy Research Group']);
	});

	test('a figure the sentence says is estimated, its subject left out, is the estimate of the firm of the sentence before', () => {
		expect(figures('調査会社オムディアが10日公表した2025年7〜9月期のNAND売上高ランキングによると、キオクシアのシェアは15%だった。キオクシアのNAND売上高は前四半期比8%増の35億ドルと推計している。', '2025-12-01')).toEqual(
			expect.arrayContaining([expect.stringMatching(/^kioxia\/NAND other 8 % 2025-Q3 actual Omdia$/), expect.stringMatching(/^kioxia\/NAND revenue 3500000000 USD 2025-Q3 actual Omdia$/)]),
		);
	});

	test("a company's figure a research firm frames as its estimate carries the firm; one the company reports does not", () => {
		const body = '米ガートナーの推計では、2025年のインテルの半導体売上高は480億ドルだった。同年のAMDの半導体売上高は320億ドルだった。\n\nインテルは2025年の売上高が530億ドルだったと発表した。';
		expect(figures(body, '2026-02-01')).toEqual(['intel revenue 48000000000 USD 2025 actual Gartner', 'amd revenue 32000000000 USD 2025 actual Gartner', 'intel revenue 53000000000 USD 2025 actual']);
	});

	test('design wins are no revenue, whatever 売上 an aside about them names', () => {
		expect(figures('ルネサスの新規商談獲得額（製品の生涯売上見込みベース）は2,400億円だった。', '2026-02-01')).toEqual(['renesas other 240000000000 JPY - actual']);
	});

	test("a stock report's code in angle brackets does not hide the company", () => {
		expect(figures('東京市場で半導体株が売られた。アドバンテスト<6857>が5%安となった。', '2025-11-20')).toEqual(['advantest stock_move -5 % 2025-11-20 actual']);
	});

	test('shares of revenue are not growth', () => {
		expect(figures('2025年7〜9月期の売上高に占めるデータセンター向けの比率は62%だった。', '2025-11-20').map(line => line.split(' ').slice(1, 4).join(' '))).toEqual([]);
		expect(figures('ブロードコムの2025年8〜10月期は、AI半導体が売上高全体の35%を占めた。')).toEqual(['broadcom/AI半導体 other 35 % FY2025-Q4 actual']);
		expect(figures('クアルコムの2025年7〜9月期は、車載向けが売上高の11%だった。')).toEqual(['qualcomm/車載 other 11 % FY2025-Q4 actual']);
	});

	test('the rate a part of revenue fell or rose to (前年同期の38.2%から29.6%に低下) is no growth', () => {
		expect(figures('ディスコの2025年4〜9月期決算で、北米向けの売上高は前年同期の38.2%から29.6%に低下した。', '2025-11-10').filter(line => line.includes('revenue_growth'))).toEqual([]);
		expect(figures('ディスコの2025年4〜9月期の売上高は前年同期比12.5%増に伸びた。', '2025-11-10')).toContain('disco revenue_growth 12.5 % FY2026-H1 actual');
	});

	test('growth on the quarter before is kept apart from year-on-year growth', () => {
		expect(figures('SKハイニックスの2025年7〜9月期の売上高は前四半期比10%増、前年同期比39%増だった。')).toEqual(['sk-hynix other 10 % 2025-Q3 actual', 'sk-hynix revenue_growth 39 % 2025-Q3 actual']);
	});

	test('an order ratio is not growth; a change in money is not a level', () => {
		expect(figures('アドバンテストの2025年4〜9月期の受注高は前年同期比97%だった。')).toEqual([]);
		expect(figures('東京エレクトロンの2025年4〜9月期の売上高は前年同期比410億円増の1兆1,200億円だった。')).toEqual(['tokyo-electron revenue 1120000000000 JPY FY2026-H1 actual']);
		expect(figures('IBMの受注残は1,750億ドルと、6月末から90億ドル増えた。')).toEqual(['ibm backlog 175000000000 USD - actual']);
		expect(figures('IBMの受注残は6月末の1,660億ドルから1,750億ドルに増えた。')).toContain('ibm backlog 175000000000 USD - actual');
	});
});

describe('whose figure it is', () => {
	test("another company's 広告事業 is its own line, not Amazon's advertising, which 広告事業 names only beside Amazon", () => {
		expect(figures('サイバーエージェントの10〜12月期は、広告事業の売上高が1,150億円だった。', '2026-02-10')).toEqual(['cyberagent/広告 revenue 115000000000 JPY FY2026-Q1 actual']);
		expect(figures('アマゾンの10〜12月期は、広告事業の売上高が213億ドルだった。', '2026-02-10')).toEqual(['amazon/advertising revenue 21300000000 USD 2025-Q4 actual']);
	});

	test("a unit's part of the whole company's sales (X事業が全社の売上高に占める比率) is the unit's, though 全社の stands before the measure", () => {
		expect(figures('村田製作所の4〜9月期は、コンデンサ事業が全社の売上高に占める比率が44%と、前年同期の41%から上がった。', '2025-11-01')).toEqual([
			'murata/コンデンサ other 44 % FY2026-H1 actual',
			'murata/コンデンサ other 41 % FY2025-H1 actual prior',
		]);
	});

	test('a move on the day after the one just named (1月29日に発表…、翌30日の株価は) is of that day, whatever month the story came out in', () => {
		expect(figures('キーエンスが1月29日に発表した決算は市場予想に届かず、翌30日の株価は6.2%安となった。', '2026-03-09')).toEqual(['keyence stock_move -6.2 % 2026-01-30 actual']);
	});

	test("レーティング inside a longer katakana word (オペレーティング・マージン) is no analyst rating: the margin is the company's", () => {
		expect(figures('電通グループの1〜9月期は、国内事業のオペレーティング・マージンが18.2%だった。', '2025-11-14')).toEqual(['dentsu/国内 margin 18.2 % 2025-01..2025-09 actual']);
	});

	test("a segment named with 部門, 事業 or in 「」 is the figure's; the company total stays total", () => {
		expect(figures('ソニーグループの2025年4〜9月期は、ゲーム&ネットワークサービス部門の営業利益が2,400億円、会社全体の営業利益は7,600億円だった。')).toEqual([
			'sony/game-network-services operating_income 240000000000 JPY FY2026-H1 actual',
			'sony operating_income 760000000000 JPY FY2026-H1 actual',
		]);
	});

	test('a company a thing is sold through (X経由で) owns none of its sales', () => {
		expect(figures('ソニーは、KDDI経由で販売するクラウドゲームの売上高を2027年度に500億円とする目標を掲げる。', '2026-03-10')).toEqual(['sony revenue 50000000000 JPY FY2028 outlook']);
	});

	test("同プラン points back to the line just named, how customers pay (有料課金の) is no line, and a line after a level goes on with the lines' sales", () => {
		expect(
			figures(
				'ラクスの2026年3月期は売上高が580億円だった。事業別にみると、経費精算などを担う「クラウドプラン」の売上高が28%増の520億円と伸びた。同プランの有料課金の利用企業は3月末時点で9万社に増えた。「ITワークス」は4%増の60億円だった。',
				'2026-05-14',
			),
		).toEqual([
			'rakus revenue 58000000000 JPY FY2026 actual',
			'rakus/クラウドプラン revenue_growth 28 % FY2026 actual',
			'rakus/クラウドプラン revenue 52000000000 JPY FY2026 actual',
			'rakus/クラウドプラン customers 90000 count 2026-03-31 actual',
			'rakus/ITワークス revenue_growth 4 % FY2026 actual',
			'rakus/ITワークス revenue 6000000000 JPY FY2026 actual',
		]);
	});

	test('a label in brackets (【ローム（6963）】反発し…) or with its code and the day of its news (ローム（6963） 12日、…) opens an item on its company', () => {
		const items = ['決算銘柄の動き。', '', '【ローム（6963）】反発し、終値は4.2%高。2026年3月期の営業利益は540億円だった。', '', 'ルネサスエレクトロニクス（6723） 12日、2026年12月期の営業利益予想を3,000億円に引き下げた。'].join('\n');
		expect(figures(items, '2026-05-13')).toEqual(['rohm stock_move 4.2 % 2026-05-13 actual', 'rohm operating_income 54000000000 JPY FY2026 actual', 'renesas operating_income 300000000000 JPY 2026 outlook']);
	});

	test('a bold label set apart by a space opens a paragraph on its company (**ローム**　SiC事業は…)', () => {
		const body = ['3社の決算をまとめた。', '', '**ローム**　パワー半導体が伸び、2026年3月期の営業利益は前の期比35%増の540億円となった。'].join('\n');
		expect(figures(body, '2026-05-15')).toEqual(['rohm other 35 % FY2026 actual', 'rohm operating_income 54000000000 JPY FY2026 actual']);
	});

	test('a bold label and its colon open a roundup item on its company (**コアウィーブ**：8月12日に発表した…決算は、売上高が…)', () => {
		expect(figures(['注目銘柄の決算をまとめた。', '', '**アステラ・ラボ**：8月5日に発表した2026年4〜6月期決算は、売上高が前年同期比70%増の4億ドルだった。'].join('\n'), '2026-09-01')).toEqual([
			'astera-labs revenue_growth 70 % 2026-Q2 actual',
			'astera-labs revenue 400000000 USD 2026-Q2 actual',
		]);
	});

	test("a company whose period with its months in brackets opens the sentence (Xの2027年6月期第1四半期（7〜9月）は、) owns its figures and the next sentence's", () => {
		expect(figures('半導体株の動きをまとめた。ディスコは上昇した。レーザーテックの2026年6月期第1四半期（7〜9月）は、受注高が900億円に膨らんだ。期末の受注残高は9月末時点で4,000億円。', '2025-11-02')).toEqual([
			'lasertec other 90000000000 JPY FY2026-Q1 actual',
			'lasertec backlog 400000000000 JPY 2025-09-30 actual',
		]);
	});

	test("a size that picks out a kind of company or deal (…億円を超えるユニコーン, …を超える「メガラウンド」) and a mark a figure fell below (7%を割り込んだ) are no figures; an earlier period's figure the new one fell below stays", () => {
		expect(figures('ELYZAの評価額は上がった。評価額2,000億円を超えるユニコーンは国内に10社ある。', '2026-01-20')).toEqual([]);
		expect(figures('ELYZAは資金を調達した。一方、1回の調達額が500億円を超える「メガラウンド」は国内ではまだ例がない。', '2026-01-20')).toEqual([]);
		expect(figures('キオクシアは減収が続き、NAND市場のシェアは15%を割り込んだ。', '2026-01-20')).toEqual([]);
		expect(figures('ローツェの2025年3〜8月期の純利益は52億円と、前年同期の64億円を下回った。', '2026-01-20')).toEqual(['rorze net_income 5200000000 JPY FY2026-H1 actual', 'rorze net_income 6400000000 JPY FY2025-H1 actual prior']);
	});

	test('a sum the press reported (米紙が報じた…の契約), one the company has not confirmed (…を明らかにしていない) and one that could come about (…になり得る) are no figures', () => {
		expect(figures('グーグルはデータセンターへの投資を急いでいる。米紙が報じたアンソロピックとの約500億ドルの契約も追い風だ。', '2026-01-20')).toEqual([]);
		expect(figures('グーグルはデータセンターへの投資を急いでいる。アンソロピックとの約500億ドルの契約について、グーグルは金額を公表していない。', '2026-01-20')).toEqual([]);
		expect(figures('富士通は買収に積極的だ。社長は「200億円規模の買収も選択肢になり得る」と話した。', '2026-01-20')).toEqual([]);
	});

	test("a year-less month after 前年 is the year before the one it would be, and after 昨年 the calendar year before the article's", () => {
		expect(figures('ABEJAの契約社数は3月末時点で210社と、前年3月末の120社から増えた。', '2026-05-10')).toEqual(['abeja customers 210 count 2026-03-31 actual', 'abeja customers 120 count 2025-03-31 actual prior']);
		expect(figures('ABEJAの契約社数は昨年11月末で180社だった。', '2026-12-10')).toEqual(['abeja customers 180 count 2025-11-30 actual']);
		expect(figures('ABEJAの契約社数は9月末時点で260社だった。前年の9月末は150社だった。', '2026-10-20')).toContain('abeja customers 150 count 2025-09-30 actual');
	});

	test("国内 owning the measure's word (国内の受注高は) is the home part of the company, as 北米の売上高 is a region", () => {
		expect(figures('NTTデータの2025年4〜9月期の受注高は2兆円だった。国内の受注高は1兆2,000億円と前年同期比8%増えた。', '2025-11-10')).toEqual([
			'ntt-data other 2000000000000 JPY FY2026-H1 actual',
			'ntt-data/国内 other 1200000000000 JPY FY2026-H1 actual',
			'ntt-data/国内 other 8 % FY2026-H1 actual',
		]);
	});

	test('部門 opening a sentence bare (部門の営業利益率は) points back to the unit just named, as 同部門 does', () => {
		expect(figures('NECの2025年4〜9月期は、ITサービスの売上収益が9,100億円と5%増えた。部門の営業利益率は9.8%だった。', '2025-11-10').at(-1)).toBe('nec/it-services margin 9.8 % FY2026-H1 actual');
	});

	test('a net change of a count (…から45人の純増) is no level of it', () => {
		expect(figures('ABEJAの社員は8月末で420人と、前年同期から45人の純増となった。', '2025-10-10')).toEqual(['abeja headcount 420 count 2025-08-31 actual']);
	});

	test('a line named with a hyphen between letters (O-RAN装置の) keeps its whole name', () => {
		expect(figures('NECのO-RAN装置の売上高は4〜9月期に420億円だった。', '2025-11-10')).toEqual(['nec/O-RAN装置 revenue 42000000000 JPY FY2026-H1 actual']);
	});

	test('a product named before its measure with the world in between (iPhoneの世界の月間利用者) is the line the count is of', () => {
		expect(figures('アップルによると、iPhoneの世界の月間利用者は9月時点で15億人に達した。', '2025-11-10')).toEqual(['apple/iPhone users 1500000000 count 2025-09 actual']);
	});

	test('a rise of a price of what is sold (NAND契約価格が…30%上昇) in a stock report is no move of the shares', () => {
		expect(figures('5日の東京株式市場でキオクシア株は前日比4.1%高で引けた。TrendForceは4〜6月期のNAND契約価格が前四半期比で30%上昇すると予測しており、市況の改善が意識された。', '2026-03-05')).toEqual([
			'kioxia stock_move 4.1 % 2026-03-05 actual',
		]);
	});

	test("the writer's arithmetic (…程度になる計算です) and the gain on the writer's own shares (200株を…持っていて、含み益は35%ほど) are no figures of the company", () => {
		expect(figures('HEROZの前期の売上高は40億円だった。会社予想だと増収率は15%程度になる計算です。', '2025-07-10')).toEqual(['heroz revenue 4000000000 JPY FY2025 actual prior']);
		expect(figures('サウンドハウンドAIの株価は上昇が続く。僕は200株を平均取得単価9ドルで持っていて、含み益は今のところ35%ほど。', '2025-07-10')).toEqual([]);
	});

	test('how far two counts of one share lie apart (調査会社によってシェアが2ポイントも違う) is no share', () => {
		expect(figures('調査会社によってAzureのシェアが2ポイントも違うので、一方の数字だけで判断するのは危うい。', '2026-05-10')).toEqual([]);
	});

	test("how far one firm's count sits from another's (…とは3ポイント近くずれている) is no share", () => {
		expect(figures('IDCはサーバー出荷額シェアでHPEを18.0%とし、TrendForceの数字とは3ポイント近くずれている。', '2026-04-02')).toEqual(['hpe market_share 18 % - actual IDC']);
	});

	test('what a news agency tells (…と伝えている) and a deal said to exist (結んだとされる…の契約) are no figures', () => {
		expect(figures('英フィナンシャル・タイムズは、ミストラルの年間売上高が5億ドル前後に達したと伝えている。', '2026-04-02')).toEqual([]);
		expect(figures('マイクロンと結んだとされる4年間で200億ドル規模の供給契約について、両社はコメントしていない。', '2026-04-02')).toEqual([]);
	});

	test("the part of a survey's answers (回答者の27%が), a person's count (…さん（39）は…の購読者を抱える) and an agency's stake (NEDOの議決権比率は) are no company's figures", () => {
		expect(figures('SBI証券の調査では、回答者の27%が生成AI関連株を持っていると答えた。', '2026-04-02')).toEqual([]);
		expect(figures('投資ブロガーの「テック好き係長」さん（39）は、マガジンに約3,100人の購読者を抱える。', '2026-04-02')).toEqual([]);
		expect(figures('ラピダスへの追加出資が決まった。出資後、NEDOの議決権比率は約35%となる。', '2026-04-02')).toEqual([]);
	});

	test('an amount restated in another currency (…円は約N億ドルに相当します) and arithmetic told after the fact (…を上回る計算になった) are no figures', () => {
		expect(figures('富士通の売上収益3兆5,000億円は約233億ドルに相当します。', '2026-05-01').filter(line => / USD /.test(line))).toEqual([]);
		expect(figures('時間外取引でアップル株は一時5%上昇し、時価総額は4兆5,000億ドルを上回る計算になった。', '2026-05-01').filter(line => / market_cap /.test(line))).toEqual([]);
	});

	test("a speaker's guess (…に達するでしょう), customers picked by rank or by what is sold to them (上位20社, 主要顧客3社向け), a release's closing profile (…年に設立され、…に本社を置く同社は、従業員数…) and the world's capex are no company's figures", () => {
		expect(figures('マーベルのCEOは「データセンター向け半導体の市場は2030年までに1,000億ドルに達するでしょう」と語った。', '2026-05-01')).toEqual([]);
		expect(figures('ルネサスは大口顧客の上位15社で売上高の約半分を占める。', '2026-05-01').filter(line => / customers /.test(line))).toEqual([]);
		expect(figures('マーベルは主要顧客4社向けの市場規模を見積もった。', '2026-05-01')).toEqual([]);
		expect(figures('1995年に設立され、カリフォルニア州サンタクララに本社を置くマーベルは、従業員数約7,000名を擁します。', '2026-05-01')).toEqual([]);
		expect(figures('シナジーによると、同期の世界のデータセンター関連設備投資は1,200億ドルを超えた。', '2026-05-01')).toEqual([]);
	});

	test('a mark told as passed for the first time after it (…4億円を超えたのは初めて) is no figure', () => {
		expect(figures('ABEJAが上期に営業利益で5億円を超えたのは初めて。', '2026-05-01')).toEqual([]);
	});

	test("what a message board says (掲示板では…なんて声も) is nobody's figure", () => {
		expect(figures('掲示板では「ディスコの受注残は3,000億円に届く」なんて声もあったが、根拠は乏しい。', '2026-04-02')).toEqual([]);
	});

	test("a total the sentence shares out among makers (…の出荷は120万台で、メーカー別では…の順) is the market's, as is several companies' part of a total", () => {
		expect(figures('シャープはスマートフォン出荷で3位だった。タブレットの出荷は前年同期比6.0%増の120万台で、メーカー別ではアップル、NEC、シャープの順だった。', '2026-04-02')).toEqual([]);
		expect(figures('大手4社の生成AI関連受注の合計は、まだ全体の受注高の5%程度にとどまる。', '2026-04-02')).toEqual([]);
	});

	test("an index told with its comparison (日経平均株価は前日比0.4%安) moves nobody's shares, after companies that moved", () => {
		expect(figures('東京市場ではディスコが2.2%高、ローツェが1.8%高と堅調だったが、日経平均株価は前日比0.4%安の4万8,100円で前場を終えた。', '2025-12-19')).toEqual([
			'disco stock_move 2.2 % 2025-12-19 actual',
			'rorze stock_move 1.8 % 2025-12-19 actual',
		]);
	});

	test("a mark the same measure's figure, given before in the sentence, passed (売上高が612億円となり、…売上高が500億円を超えた) is no figure", () => {
		expect(figures('東京精密は4〜6月期の売上高が612億円となり、同業4社で唯一、売上高が500億円を超えた。', '2025-08-10')).toEqual(['tokyo-seimitsu revenue 61200000000 JPY FY2026-Q1 actual']);
	});

	test('a part of the figure before that is described but not named (このうち…に携わる社員は) is left out, while a measure of it (このうち純利益は) stays', () => {
		expect(figures('富士通の社員は3月末で12万人だった。このうち量子計算の研究に携わる社員は約900人にとどまる。', '2025-05-01')).toEqual(['fujitsu headcount 120000 count 2025-03-31 actual']);
		expect(figures('NECの顧客企業は9月末で8,000社に上る。うち毎月100万円以上を払う企業が650社ある。', '2025-11-01')).toEqual(['nec customers 8000 count 2025-09-30 actual']);
		expect(figures('NECの売上収益は4〜9月期に1,500億円だった。このうち純利益は120億円だった。', '2025-11-01')).toEqual(['nec revenue 150000000000 JPY FY2026-H1 actual', 'nec net_income 12000000000 JPY FY2026-H1 actual']);
	});

	test('the verb of a part (このうち…に約900億円を充てる) is not the verb of the whole before it (通期では5,400億円を計画し)', () => {
		const found = figures('ソフトバンクの2025年4〜9月期の設備投資額は2,500億円だった。通期では5,400億円を計画し、このうちAI計算基盤に約900億円を充てる。', '2025-11-06');
		expect(found[0]).toBe('softbank-corp capex 250000000000 JPY FY2026-H1 actual');
		expect(found[1]).toBe('softbank-corp capex 540000000000 JPY FY2026 outlook');
	});

	test('a part named with its own measure (このうち防衛・宇宙の受注高は) is that line, not the segment before it', () => {
		expect(figures('NECの社会インフラ事業は4〜9月期の売上高が6,000億円だった。このうち航空・宇宙の売上高は1,200億円と伸びた。', '2025-11-01')).toEqual([
			'nec/social-infrastructure revenue 600000000000 JPY FY2026-H1 actual',
			'nec/航空・宇宙 revenue 120000000000 JPY FY2026-H1 actual',
		]);
	});

	test('a list item labelled with a segment (- **Music**：営業利益…) gives it its figures under "セグメント別に見ると：", and a label in letters that the measure follows at once does in any list', () => {
		expect(figures(['ソニーグループの2026年3月期の売上高は12兆円だった。セグメント別に見ると：', '', '- **音楽**：営業利益3,650億円。', '- **映画**：営業利益1,200億円。'].join('\n'), '2026-05-20')).toEqual([
			'sony revenue 12000000000000 JPY FY2026 actual',
			'sony/音楽 operating_income 365000000000 JPY FY2026 actual',
			'sony/映画 operating_income 120000000000 JPY FY2026 actual',
		]);
		expect(figures(['ソニーグループの2026年3月期の売上高は12兆円だった。', '', '- Music：営業利益3,650億円。'].join('\n'), '2026-05-20')).toEqual([
			'sony revenue 12000000000000 JPY FY2026 actual',
			'sony/Music operating_income 365000000000 JPY FY2026 actual',
		]);
		// Its short name in brackets after it: "- イメージングセンサー（ISS）：売上高…".
		expect(figures(['ソニーグループの2026年3月期の売上高は12兆円だった。', '', '- イメージングセンサー（ISS）：売上高1兆8,000億円。'].join('\n'), '2026-05-20')).toEqual([
			'sony revenue 12000000000000 JPY FY2026 actual',
			'sony/イメージングセンサー revenue 1800000000000 JPY FY2026 actual',
		]);
	});

	test('related work told on the way (防衛や宇宙関連の案件が…) is no segment of the unit the clause is about', () => {
		expect(figures('日立の4〜9月期決算で、鉄道事業は海外や保守関連の案件が積み上がり、売上収益は4,200億円だった。', '2025-10-30')).toEqual(['hitachi/鉄道 revenue 420000000000 JPY FY2026-H1 actual']);
	});

	test('a related line named with what it sells (…関連サービスの売上高) is the segment, and so is the amount its target raises it to', () => {
		expect(figures('KDDIのデータセンター関連サービスの売上高は2025年3月期に約900億円だった。これを2030年3月期に2,000億円に伸ばす計画だ。', '2025-10-10')).toEqual([
			'kddi/データセンター revenue 90000000000 JPY FY2025 actual',
			'kddi/データセンター revenue 200000000000 JPY FY2030 outlook',
		]);
	});

	test('the name a cleft sentence puts in focus (…のは「X」で、) owns what follows; a product named after a known segment is the product', () => {
		expect(figures('マイクロソフトの10〜12月期決算で、伸びが目立ったのは「Azure」で、売上高は39%増えた。', '2026-01-29')).toEqual(['microsoft/azure revenue_growth 39 % FY2026-Q2 actual']);
		expect(figures('マイクロソフトの10〜12月期決算で、「Azure AI Foundry」の売上高は12億ドルだった。', '2026-01-29')).toEqual(['microsoft/Azure AI Foundry revenue 1200000000 USD FY2026-Q2 actual']);
		// …and the 同社 of the sentence after it.
		expect(figures('グーグルとメタも投資を増やす。先頭を走るのはアマゾンだ。同社は2025年の設備投資を1,250億ドルと見込む。', '2025-12-20')).toEqual(['amazon capex 125000000000 USD 2025 outlook']);
		// "…のは、傘下のXだ": a comma and whose the focus is may stand between.
		expect(figures('NTTは5日、新しい経営方針を示した。\n\n携帯事業を率いるのは、子会社のNTTドコモだ。同社の2026年3月期の売上高は6兆円と、前の期から3%伸びた。', '2026-06-06')[0]).toMatch(
			/^ntt-docomo revenue 6000000000000 JPY FY2026 actual/,
		);
		// A rank puts its company in focus the same way.
		expect(figures('国内IT大手の受注高では、首位は富士通で、受注高は前年比6%増の2兆円だった。', '2026-05-20')).toEqual(['fujitsu other 6 % - actual', 'fujitsu other 2000000000000 JPY - actual']);
		// "首位は中国のレノボ・グループで": the country told with の.
		expect(figures('マイクロソフトの基本ソフトの買い替えが続いた。首位は中国のレノボ・グループで、IDCによるとシェアは25.3%だった。', '2026-01-13')).toEqual(['lenovo market_share 25.3 % - actual IDC']);
		// The next day (翌10日) is in the month of the day just named.
		expect(figures('オラクルは9月9日に決算を発表した。翌10日の米国市場で同社株は36%上昇した。', '2025-12-20')).toEqual(['oracle stock_move 36 % 2025-09-10 actual']);
	});

	test("a katakana line a company owns, owning the measure in turn, is the segment, never the company's total", () => {
		expect(figures('2025年4〜9月期は、NECのデジタルプラットフォームの売上高が1.2兆円だった。')).toEqual(['nec/デジタルプラットフォーム revenue 1200000000000 JPY FY2026-H1 actual']);
		expect(figures('2025年4〜9月期は、富士通のグローバルの売上高が3.7兆円だった。')).toEqual(['fujitsu revenue 3700000000000 JPY FY2026-H1 actual']);
		// Glued to the measure, the katakana line names it too; a word of the whole does not.
		expect(figures('オラクルの2026年5月期のデータベース売上高は200億ドルの見通しだ。', '2026-03-10')).toEqual(['oracle/データベース revenue 20000000000 USD FY2026 outlook']);
		expect(figures('オラクルの2025年5月期のトータル売上高は600億ドルだった。', '2026-03-10')).toEqual(['oracle revenue 60000000000 USD FY2025 actual']);
	});

	test('a segment named in Latin words, or in 「」 after its company, is the segment; an as-of date before it is no part of its name', () => {
		expect(figures('2025年8〜10月期は、セールスフォースの「Salesforce Data Cloud」の売上高が12億ドルだった。')).toEqual(['salesforce/Salesforce Data Cloud revenue 1200000000 USD FY2026-Q3 actual']);
		expect(figures('IBMは10〜12月期のHybrid Cloudの売上高を70億ドルと見込む。')).toEqual(['ibm/Hybrid Cloud revenue 7000000000 USD 2025-Q4 outlook']);
		expect(figures('7〜9月期は、IBMの「Software and Consulting Services」の売上高が40億ドルだった。')).toEqual(['ibm/Software and Consulting Services revenue 4000000000 USD 2025-Q3 actual']);
		expect(figures('IBMの9月末時点の政府向け受注残は300億ドルだった。')).toEqual(['ibm/政府向け backlog 30000000000 USD 2025-09-30 actual']);
	});

	test("a segment a company calls in plain words (グーグルのクラウド部門) is its registry segment; another company's stays as written", () => {
		expect(figures('グーグルの2025年7〜9月期のクラウド部門の売上高は151億ドルだった。')).toEqual(['google/google-cloud revenue 15100000000 USD 2025-Q3 actual']);
		expect(figures('オラクルの6〜8月期のクラウド事業の売上高は70億ドルだった。')).toEqual(['oracle/クラウド revenue 7000000000 USD FY2026-Q1 actual']);
	});

	test('a name in an aside that says what a measure is made of owns nothing; a line of revenue named in katakana before 売上高 is the segment', () => {
		expect(figures('IBMは10〜12月期のソフトウェア売上高（Red HatとAIの合計）の伸び率を10%と予想した。')).toEqual(['ibm/ソフトウェア revenue_growth 10 % 2025-Q4 outlook']);
		expect(figures('Amazon Web Services（AWS）の7〜9月期の売上高は330億ドルだった。')).toEqual(['amazon/aws revenue 33000000000 USD 2025-Q3 actual']);
	});

	test('a product line owns its measure through a span word or a measure of the measure', () => {
		expect(figures('グーグルによれば、NotebookLMの月間利用者数は10月時点で6億5,000万人に達した。')).toEqual(['google/NotebookLM users 650000000 count 2025-10 actual']);
		expect(figures('アマゾンは、7〜9月期のAWSの売上高の伸び率が20%だったと述べた。')).toEqual(['amazon/aws revenue_growth 20 % 2025-Q3 actual']);
	});

	test('a segment carries to the next sentence only for the same measure or under its own heading', () => {
		expect(figures('パランティアの2025年10〜12月期は、米政府向け売上高が5億7,000万ドルだった。調整後の営業利益率は55%に達した。', '2026-02-03')).toEqual([
			'palantir/米政府向け revenue 570000000 USD 2025-Q4 actual',
			'palantir margin 55 % 2025-Q4 actual',
		]);
		expect(figures('## AWS\n\nAWSの7〜9月期の売上高は330億ドルだった。営業利益は114億ドルだった。', '2025-11-01')).toEqual(['amazon/aws revenue 33000000000 USD 2025-Q3 actual', 'amazon/aws operating_income 11400000000 USD 2025-Q3 actual']);
	});

	test('a registry segment named with the word that says what it is (…分野は) is the topic of its sentence', () => {
		expect(figures('ソニーのイメージング&センシング・ソリューション（I&SS）分野は、7〜9月期の売上高が4,800億円だった。', '2025-11-20')).toEqual(['sony/imaging-sensing-solutions revenue 480000000000 JPY FY2026-Q2 actual']);
	});

	test('list items under a line of their own that names the measure take it: movers under 騰落率', () => {
		const text = '20日の東京株式市場で半導体株が上昇した。\n\n▼主な半導体株の騰落率（終値）\n\n・ソシオネクスト　+7.2%\n・ルネサス　-1.5%';
		expect(figures(text, '2025-11-20')).toEqual(['socionext stock_move 7.2 % 2025-11-20 actual', 'renesas stock_move -1.5 % 2025-11-20 actual']);
	});

	test("list items under a by-segment heading are their labels' segments; a label that is a measure is none", () => {
		const body = 'デルは2026年1月期第3四半期の業績を発表した。\n\n**セグメント別の業績**\n\n- インフラ：売上高は140億ドルでした。\n- 売上高：270億ドルでした。';
		expect(figures(body, '2025-11-26')).toEqual(['dell/インフラ revenue 14000000000 USD FY2026-Q3 actual', 'dell revenue 27000000000 USD FY2026-Q3 actual']);
	});

	test('a paragraph that opens on a company with も is about that company', () => {
		expect(figures('ソニーは10日に7〜9月期決算を発表した。ゲーム事業の営業利益は1,000億円だった。\n\nパナソニックも10日に7〜9月期決算を発表した。電池事業の営業利益は400億円だった。', '2025-11-12')).toEqual([
			'sony/ゲーム operating_income 100000000000 JPY FY2026-Q2 actual',
			'panasonic/電池 operating_income 40000000000 JPY FY2026-Q2 actual',
		]);
	});

	test("as-of dates in a bracket after a level, and a valuation as of its round's month", () => {
		expect(figures('SnowflakeのRPOは$7.1B（10月31日時点）だった。', '2025-12-04')).toEqual(['snowflake backlog 7100000000 USD 2025-10-31 actual']);
		// A bracket that holds only the month's end: "- 受注残高：1,940億円（6月末）".
		expect(figures('東京精密の決算の要点。\n\n- 受注残高：1,940億円（6月末）', '2025-08-08')).toEqual(['tokyo-seimitsu backlog 194000000000 JPY 2025-06-30 actual']);
		expect(figures('Cohereは8月のラウンドで5億ドルを調達し、企業価値は68億ドルと評価された。', '2025-12-04')).toEqual(['cohere funding 500000000 USD - actual', 'cohere valuation 6800000000 USD 2025-08 actual']);
	});

	test('同事業 and このうち point back to the segment just named', () => {
		expect(figures('日立製作所はデジタルシステム&サービス事業が好調だった。同事業の2025年4〜9月期の売上収益は1兆3,000億円だった。このうち海外は5,800億円を占めた。')).toEqual([
			'hitachi/デジタルシステム&サービス revenue 1300000000000 JPY FY2026-H1 actual',
			'hitachi/デジタルシステム&サービス revenue 580000000000 JPY FY2026-H1 actual',
		]);
		// A part sold to a market or a product named in letters is that line, not the segment it is part of.
		expect(figures('ソニーグループのイメージング事業の2025年4〜9月期の売上高は9,000億円だった。このうちスマホ向けは6,100億円だった。').at(-1)).toBe('sony/スマホ向け revenue 610000000000 JPY FY2026-H1 actual');
	});

	test("a roundup item's headline is about the company before its comma (デル、…), not the item before; a list of companies is no headline", () => {
		const body = '- **ソニー、新型機を発表**\n  ソニーは新型機の売上高を1兆円と見込む。\n- **デル、11〜1月期は18%増収　AIサーバーの受注残は186億ドル**';
		expect(figures(body, '2026-02-27').at(-1)).toBe('dell/AIサーバー backlog 18600000000 USD - actual');
		expect(figures('アマゾン、マイクロソフト、グーグルの3社の設備投資は合計4,000億ドルに達する。', '2026-02-27')).toEqual([]);
	});

	test("a paragraph opened by an officer of no company named speaks for the headline's company: its 同社 is that company", () => {
		const body = 'KDDIは新サービスを始めた。主要株主のうち、トヨタ自動車はKDDI株の13%を保有している。\n\n山田一郎最高財務責任者（CFO）は会見で「需要は強い」と述べた。同社によると、法人顧客は9月末時点で3万社を超えた。';
		const found = extractText(body, {title: 'KDDI、法人向けAIを拡充'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`);
		expect(found).toEqual(['toyota stake 13', 'kddi customers 30000']);
	});

	test('the topic carries to the next sentence of a paragraph; 同社 is the は-topic, not a company a clause brings in', () => {
		expect(figures('パランティアは3日、2025年7〜9月期決算を発表した。売上高は11億8,000万ドルだった。')).toEqual(['palantir revenue 1180000000 USD 2025-Q3 actual']);
		expect(figures('デルは業績が好調だ。9月にはエヌビディアが提携を発表した。同社株は一時6%高となった。')).toEqual(['dell stock_move 6 % 2025-11-20 actual']);
	});

	test('a topic a possessor set holds for its paragraph; past it, 同社 is the company marked with は', () => {
		const body = 'アンソロピックは5日、新たに100億ドルを調達したと発表した。\n\nグーグルの出資額は最大20億ドルだ。\n\n同社の評価額は3,500億ドルとなった。';
		expect(figures(body).at(-1)).toBe('anthropic valuation 350000000000 USD - actual');
	});

	test('companies said to have a number together (ともに, いずれも) each have it', () => {
		expect(figures('2025年7〜9月期の国内サーバー市場のシェアは、NECと日立製作所がともに11%だった。')).toEqual(['nec market_share 11 % 2025-Q3 actual', 'hitachi market_share 11 % 2025-Q3 actual']);
	});

	test("companies listed before それぞれ take the amounts after it in order, one amount is each one's; when the counts differ otherwise, nobody does", () => {
		expect(figures('インテルとクアルコムはそれぞれ20億ドル、35億ドルを出資する。')).toEqual(['intel investment 2000000000 USD - actual', 'qualcomm investment 3500000000 USD - actual']);
		expect(figures('2025年7〜9月期のAzureとGoogle Cloudのシェアはそれぞれ23%、14%だった。')).toEqual(['microsoft/azure market_share 23 % 2025-Q3 actual', 'google/google-cloud market_share 14 % 2025-Q3 actual']);
		expect(figures('インテルとクアルコムはそれぞれ20億ドルを出資する。')).toEqual(['intel investment 2000000000 USD - actual', 'qualcomm investment 2000000000 USD - actual']);
		expect(figures('インテルとクアルコムとAMDはそれぞれ20億ドル、35億ドルを出資する。')).toEqual([]);
		// 両社 is the pair named before, in their order, whatever stands between it and それぞれ.
		expect(figures('インテルとクアルコムも協議に加わった。両社は10月、ラピダスにそれぞれ20億ドル、35億ドルを出資すると表明した。').slice(0, 2)).toEqual([
			'intel investment 2000000000 USD - actual',
			'qualcomm investment 3500000000 USD - actual',
		]);
		// The time told and the one they pay may stand between the names and それぞれ.
		expect(figures('インテルとクアルコムは25年10月、ラピダスにそれぞれ最大20億ドル、最大35億ドルを出資すると表明した。', '2026-01-10').slice(0, 2)).toEqual([
			'intel investment 2000000000 USD - actual',
			'qualcomm investment 3500000000 USD - actual',
		]);
	});

	test('a comparison a clause names is its own, though the measure comes from the sentence before', () => {
		expect(figures('TSMCの2025年10月の売上高は3,300億台湾ドルだった。前年同月比で22%増え、前月比では4%減った。')).toEqual(expect.arrayContaining(['tsmc revenue_growth 22 % 2025-10 actual', 'tsmc other -4 % 2025-10 actual']));
	});

	test('an investment belongs to the payer; the company given to is the other party', () => {
		expect(figures('ソフトバンクグループはアンソロピックに30億ドルを出資した。')).toEqual(['softbank investment 3000000000 USD - actual']);
		expect(figures('マイクロソフトが最大20億ドル、グーグルが最大15億ドルを出資する。')).toEqual(['microsoft investment 2000000000 USD - actual', 'google investment 1500000000 USD - actual']);
	});

	test('an amount of a company (Xのこの…) is its own, whoever the paragraph was about', () => {
		expect(figures('グーグルの検索事業は好調だった。\n\nとはいえ、アマゾンのこの2兆円の投資こそが市場を驚かせたと筆者はみる。')).toEqual(['amazon investment 2000000000000 JPY - actual']);
	});

	test("each deal of a sentence takes the span of years written nearest before it, not another deal's", () => {
		expect(figures('インテルは2024年から2028年までに欧州で300億ドルを投じる計画で、クアルコムも2025年から3年間で日本に20億ドルを投資する。')).toEqual([
			'intel/欧州 investment 30000000000 USD 2024..2028 actual',
			'qualcomm/日本 investment 2000000000 USD 2025..2027 actual',
		]);
	});

	test('the subject of another clause is no party to a deal: each invests on its own', () => {
		expect(figures('サムスン電子は韓国で4兆円を投じる計画を示しており、SKハイニックスも米国に2兆円を投資する。')).toEqual(['samsung/韓国 investment 4000000000000 JPY - actual', 'sk-hynix/米国 investment 2000000000000 JPY - actual']);
		// A subject told jointly with another stays the deal's other party.
		expect(extractText('アンソロピックとグーグルは、200億ドルの長期契約を結んだ。', {date: '2026-03-02'}).figures.map(figure => [figure.company, figure.counterparty])).toEqual([['anthropic', 'google']]);
	});

	test("one amount after それぞれ is each listed investor's own, a verb of theirs and a country between them or not", () => {
		const found = extractText('セキレイAI（Sekirei AI）は50億ドルを調達した。マイクロソフトと米アマゾンが主導し、それぞれ15億ドルを出資した。', {date: '2026-01-15'}).figures;
		expect(found.filter(figure => figure.value === 1_500_000_000).map(figure => [figure.company, figure.counterparty, figure.kind])).toEqual([
			['microsoft', 'x-sekirei-ai', 'investment'],
			['amazon', 'x-sekirei-ai', 'investment'],
		]);
	});

	test('a registry segment named in quotes as the topic (クラウド基盤「OCI」は) owns the figures of its sentence', () => {
		expect(figures('オラクルは好調だ。\n\n米オラクルのクラウド基盤「OCI」は、2025年9〜11月期の売上高が前年同期比50%増の30億ドルだった。', '2025-12-20')).toEqual([
			'oracle/oci revenue_growth 50 % FY2026-Q2 actual',
			'oracle/oci revenue 3000000000 USD FY2026-Q2 actual',
		]);
	});

	test('a place with its short name in brackets (アラブ首長国連邦（UAE）の…に) is where the money goes', () => {
		expect(figures('オラクルはアラブ首長国連邦（UAE）のデータセンターに今後3年間で50億ドルを投じる。')).toEqual(['oracle/アラブ首長国連邦 investment 5000000000 USD - actual']);
	});

	test('a unit that pays is the segment of its investment, wherever the money goes', () => {
		expect(figures('グーグル・クラウドはドイツで今後5年間に3,000億円を投じる計画を明らかにした。')).toEqual(['google/google-cloud investment 300000000000 JPY - actual']);
		expect(figures('Azureを担うマイクロソフトは英国に1,000億円を投資する。')).toEqual(['microsoft/英国 investment 100000000000 JPY - actual']);
	});

	test('a deal is dated by a span of years only; a plan to invest is decided, a target year is not', () => {
		expect(figures('KDDIは2026年度から2028年度までの3年間でデータセンター事業に総額5,000億円を投資する計画だ。')).toEqual(['kddi/データセンター investment 500000000000 JPY FY2027..FY2029 actual']);
		expect(figures('アップルは今後4年間で米国に5,000億ドルを投じる。')).toEqual(['apple/米国 investment 500000000000 USD - actual']);
		expect(figures('メタは2028年までにAI基盤へ6,000億ドルを投じる計画だ。')).toEqual(['meta investment 600000000000 USD - outlook']);
		// The sum an investment decided is put at (投資額は…を見込む) is its plan; an expected result stays an outlook.
		expect(figures('村田製作所は福井県に新棟を建てる。投資額は約450億円を見込んでいる。', '2026-06-01')).toEqual(['murata investment 45000000000 JPY - actual']);
		expect(figures('村田製作所は新棟を建てる。売上高は約450億円を見込んでいる。', '2026-06-01')).toEqual(['murata revenue 45000000000 JPY - outlook']);
	});

	test('a unit that owns a noun of an earlier clause is not where the money of a later clause goes', () => {
		expect(figures('KDDIは、半導体分野の新興企業との協業を重視しており、今後3年間で総額300億円を出資枠に充てる。')).toEqual(['kddi investment 30000000000 JPY - actual']);
	});

	test('an investment in a clause closed by 投じ、 is decided, whatever the next clause aims at', () => {
		expect(figures('富士フイルムは半導体材料事業に2,000億円を投じ、同事業の売上高を1兆円に引き上げることを目指す。', '2026-02-10')).toEqual([
			'fujifilm/半導体材料 investment 200000000000 JPY - actual',
			'fujifilm/半導体材料 revenue 1000000000000 JPY - outlook',
		]);
	});

	test("a target year in a later clause is that clause's, not the investment's before it", () => {
		expect(figures('KDDIは向こう5年でデータセンター事業に計3,000億円を投じ、技術者を2029年度までに倍増させる。')).toEqual(['kddi/データセンター investment 300000000000 JPY - actual']);
	});

	test('a company that leads a round is not the subject of the valuation that follows', () => {
		expect(figures('米アンソロピックは10月、グーグルが主導するラウンドで50億ドルを調達し、評価額は1,800億ドルとなった。')).toEqual(['anthropic funding 5000000000 USD - actual', 'anthropic valuation 180000000000 USD 2025-10 actual']);
	});

	test("a stake in X held by the company the holding describes (X株のN%を保有するY) is Y's", () => {
		expect(figures('ルネサス株の8%を保有するデンソーは、一部を売り出すと発表した。')).toEqual(['denso stake 8 % - actual']);
	});

	test("the price of the holder the holding describes (X株の…を保有するYの株価) moves Y's shares, not X's", () => {
		expect(figures('ルネサスの株式の約2割を保有するデンソーの株価は9日、一時4.8%安となった。', '2026-02-10')).toContain('denso stock_move -4.8 % 2026-02-09 actual');
	});

	test('the profit a maker reports as 事業利益 is operating income, and a loss told as 赤字 is below zero, in a paragraph by segment after sales', () => {
		const body = '味の素の2025年4〜12月期決算。セグメント別では、調味料事業の売上収益が8,200億円と5%増えた。一方、冷凍食品事業の事業利益は23億円の赤字だった。';
		expect(figures(body, '2026-02-06')).toContain('ajinomoto/冷凍食品 operating_income -2300000000 JPY 2025-04..2025-12 actual');
	});

	test('a forecast for the whole year told on its own (通期予想は据え置いた。) dates the guidance after it, not the nine months reported before', () => {
		const body = 'ソシオネクストが発表した2026年3月期第3四半期累計（4～12月）の連結決算は、売上高が前年同期比4%増の1,520億円だった。\n\n　通期予想は変えなかった。売上高は2,050億円、営業利益は260億円を見込む。';
		expect(figures(body, '2026-01-30').slice(-2)).toEqual(['socionext revenue 205000000000 JPY FY2026 outlook', 'socionext operating_income 26000000000 JPY FY2026 outlook']);
	});

	test("a stake the holder names as its own (Xの出資比率) is the holder's, though a word of money stands between it and the number", () => {
		expect(figures('KDDIはローソンに追加出資する。KDDIの出資比率は払い込み後に約50%になる見通しだ。')).toEqual(['kddi stake 50 % - outlook']);
		expect(figures('払込後のパナソニックの議決権所有割合は21.5%となる。')).toEqual(['panasonic stake 21.5 % - actual']);
	});

	test('counts of people and of customers under the words a company uses for them', () => {
		expect(figures('キヤノンの社員は現在約18万人だ。')).toEqual(['canon headcount 180000 count - actual']);
		expect(figures('NECの生成AIサービスの採用企業数は約400社だ。')).toEqual([expect.stringMatching(/^nec.* customers 400 count - actual$/)]);
		expect(figures('ELYZAの法人向けサービスの契約企業は6月末時点で約320社に達した。', '2026-07-15')).toEqual([expect.stringMatching(/^elyza.* customers 320 count 2026-06-30 actual$/)]);
	});

	test('下がった and 上がった give a change its sign', () => {
		expect(figures('2025年7〜9月期のAzureのシェアは20%と、前年同期から1ポイント下がった。')).toContain('microsoft/azure market_share -1 pt 2025-Q3 actual');
		expect(figures('2025年7〜9月期のAzureのシェアは20%と、前年同期から1ポイント上がった。')).toContain('microsoft/azure market_share 1 pt 2025-Q3 actual');
		// A ranking's later entries take the ranked level's measure, never the points that moved it.
		expect(figures('国内サーバー市場のシェアは富士通が25%で首位だった。2位のNECは19%で前年から1ポイント上昇、3位の日立は12%で同3ポイント低下した。', '2026-03-10')).toEqual([
			'fujitsu market_share 25 % - actual',
			'nec market_share 19 % - actual',
			'nec market_share 1 pt - actual',
			'hitachi market_share 12 % - actual',
			'hitachi market_share -3 pt - actual',
		]);
		// A maker's shipments told beside its share or rank in a research firm's report are the firm's count.
		expect(figures('米IDCは12日、2025年10〜12月期の世界のパソコン出荷台数を発表した。\n\n3位の米デル・テクノロジーズはシェア15.9%で、出荷台数は4.2%増にとどまった。', '2026-01-14')).toEqual([
			'dell market_share 15.9 % 2025-Q4 actual IDC',
			'dell other 4.2 % 2025-Q4 actual IDC',
		]);
		// A change after 同 (同12.0%増) is no share, whatever was ranked before it.
		expect(figures('オムディアによると、NANDの売上高はキオクシアが前四半期比9.0%増で、シェア16.0%で2位だった。3位のマイクロンは同12.0%増で、シェアは13.5%。', '2026-03-10')).toEqual([
			'kioxia/NAND other 9 % - actual Omdia',
			'kioxia/NAND market_share 16 % - actual Omdia',
			'micron market_share 13.5 % - actual Omdia',
		]);
	});

	test('a fall its measure word names (2%の減収) is negative', () => {
		expect(figures('ソニーの2025年7〜9月期のゲーム部門は3,000億円にとどまり、4%の減収だった。')).toContain('sony/ゲーム revenue_growth -4 % FY2026-Q2 actual');
	});

	test("a loss booked is a charge below zero; money meant for another company (X（読み）向けの) is not that company's; 当期損益 is net income", () => {
		expect(figures('ソニーの2025年7〜9月期は、米マーベル（Marvell）向けの前払金に関連して約300億円の損失を計上し、当期損益は120億円の赤字（前年同期は80億円の黒字）だった。')).toEqual([
			'sony other -30000000000 JPY FY2026-Q2 actual',
			'sony net_income -12000000000 JPY FY2026-Q2 actual',
			'sony net_income 8000000000 JPY FY2025-Q2 actual prior',
		]);
	});

	test('a dividend per share is no profit', () => {
		expect(figures('富士通の2025年3月期の年間配当は1株当たり28円だった。')).toEqual(['fujitsu other 28 JPY FY2025 actual']);
	});

	test('an amount written as のマイナス is below zero', () => {
		expect(figures('インテルの2025年7〜9月期のフリーキャッシュフローは21億ドルのマイナスだった。')).toEqual(['intel other -2100000000 USD 2025-Q3 actual']);
	});

	test("capex over a span of years is a plan to invest a stated amount, decided; one year's capex plan is an outlook", () => {
		expect(figures('ソシオネクストは2026年から2028年までの3年間で、設備投資に総額約90億円を投じる計画だ。')).toEqual(['socionext investment 9000000000 JPY 2026..2028 actual']);
		expect(figures('ソシオネクストの2026年の設備投資は90億円の計画だ。')).toEqual(['socionext capex 9000000000 JPY 2026 outlook']);
	});

	test('an investment gathered is funding, and one the company wants to gather an outlook', () => {
		expect(figures('ラピダスは民間から1,200億円の出資を集めた。')).toEqual(['rapidus funding 120000000000 JPY - actual']);
		expect(figures('ラピダスは民間から1,200億円の追加出資を集めたい考えだ。')).toEqual(['rapidus funding 120000000000 JPY - outlook']);
		expect(figures('ソニーはラピダスに1,200億円を出資する。')).toEqual(['sony investment 120000000000 JPY - actual']);
	});

	test('funding, valuation and a stake', () => {
		expect(figures('xAIは新たなラウンドで200億ドルを調達し、評価額は2,300億ドルとなった。')).toEqual(['xai funding 20000000000 USD - actual', 'xai valuation 230000000000 USD - actual']);
		expect(figures('エヌビディアはインテルの株式の約4%を保有する。')).toEqual(['nvidia stake 4 % - actual']);
	});

	test('money raised is funding, beside the valuation it was raised at or the investors it came from', () => {
		expect(figures('Mistral AIは9月、評価額117億ユーロで17億ユーロを調達した。', '2025-12-04')).toContain('mistral-ai funding 1700000000 EUR - actual');
		expect(figures('Mistral AIは9月、評価額117億ユーロで17億ユーロを調達した。', '2025-12-04')).not.toContain('mistral-ai valuation 1700000000 EUR 2025-09 actual');
		expect(figures('キオクシアは銀行団からの追加出資で計900億円を調達した。')).toEqual(['kioxia funding 90000000000 JPY - actual']);
		// With its conversion in brackets between the amount and the verb.
		expect(figures('ストックマークは第三者割当増資で45億円（約3,000万ドル）を調達した。')).toEqual(['stockmark funding 4500000000 JPY - actual']);
	});

	test("an amount that picks out customers is a threshold, and the customers a partner can reach are not the company's count", () => {
		expect(figures('スノーフレークでは、product revenueが$1M超の顧客は688社だった。')).toEqual(['snowflake customers 688 count - actual']);
		expect(figures('提携により、スノーフレークの1万2,000社超の顧客がClaudeを使えるようになる。')).toEqual([]);
		expect(figures('スノーフレークの顧客数は1万2,000社を超えた。')).toEqual(['snowflake customers 12000 count - actual']);
	});

	test("a ceiling agreed on is no stake held, and the gap between two estimates is neither's", () => {
		expect(figures('ソフトバンクグループは今後2年間、出資比率を15%以上に引き上げないことで合意した。')).toEqual([]);
		expect(figures('調査会社IDCの集計では、レノボのシェアは24.1%で、カナリスの数字を0.8ポイント上回った。', '2026-01-15')).toEqual(['lenovo market_share 24.1 % - actual IDC']);
	});

	test('a business named after another company (OpenAI関連事業で) is a business of the company that runs it', () => {
		expect(figures('富士通は、生成AIを中心とするOpenAI関連事業で2028年度に売上高500億円を目指す。', '2026-02-10')).toEqual(['fujitsu/OpenAI関連 revenue 50000000000 JPY FY2029 outlook']);
	});

	test('one company or person counted (大口顧客1社が) is someone the text tells of, no count of customers', () => {
		expect(figures('さくらインターネットは、生成AI開発企業の大口顧客1社が契約を縮小したと明らかにした。', '2026-02-13')).toEqual([]);
		expect(figures('さくらインターネットの法人顧客は1,200社に増えた。', '2026-02-13')).toEqual(['sakura-internet customers 1200 count - actual']);
	});

	test('how far analysts moved their target price (目標株価平均は…と、1カ月前から12%上昇) is no move of the shares; a move told after it is', () => {
		expect(figures('東京エレクトロン株が上昇した。アナリスト15人の目標株価平均は3万8000円と、1カ月前から9%上昇した。', '2026-02-13')).toEqual([]);
		expect(figures('モルガンが目標株価を引き上げ、東京エレクトロンの株価は5%高となった。', '2026-02-13')).toEqual(['tokyo-electron stock_move 5 % 2026-02-13 actual']);
	});

	test("points between two firms' counts or two companies (IDCより2ポイント余り高い, 京セラ（18.0%）を4ポイント上回った) are a gap; points against last year stay", () => {
		expect(figures('カナリスの推計では、レノボのシェアは22.3%で、IDCより2ポイント余り高い。', '2026-01-15')).toEqual(['lenovo market_share 22.3 % - actual Canalys']);
		expect(figures('ロームのシェアは22.0%で、京セラ（18.0%）を4ポイント上回った。', '2026-01-15')).toEqual(['rohm market_share 22 % - actual', 'kyocera market_share 18 % - actual']);
		expect(figures('ロームのシェアは22.0%で、前年を4ポイント上回った。', '2026-01-15')).toEqual(['rohm market_share 22 % - actual', 'rohm market_share 4 pt - actual']);
	});

	test("a number about a market or an index is nobody's", () => {
		expect(figures('富士通は新製品を出した。国内のデータセンター市場は前年比12%増の3兆円に拡大した。')).toEqual([]);
		expect(figures('21日の東京株式市場で日経平均株価は前日比800円安の4万9,000円だった。', '2025-11-21')).toEqual([]);
		expect(figures('ソニーは新型機を投入した。米調査会社の推計では、2025年7〜9月期の世界タブレット出荷台数は、前年同期比4.1%増の3,900万台だった。')).toEqual([]);
		// The total of all makers, named as one: 総出荷台数, 市場全体の.
		expect(figures('シャープは新型機を投入した。タブレットの総出荷台数は前年同期比3.1%増の210万台だった。')).toEqual([]);
		expect(figures('シャープは新型機を投入した。市場全体の出荷金額は前年同期比8.0%増の920億円。')).toEqual([]);
		expect(figures('楽天モバイルの契約数は伸びた。国内の携帯電話契約数は全体で約2億1,000万件と頭打ちに近い。', '2026-02-10')).toEqual([]);
		// A measure a market owns ("…市場の売上高は"): the sum of every vendor's.
		expect(figures('NECは伸び率で首位だった。2025年の国内データ分析ソフト市場の売上高は、前年の2,180億円から11.4%増え、2,430億円となった。', '2026-03-02')).toEqual([]);
		expect(figures('オラクルの6〜8月期の売上高は1兆円だった。調査会社のIDCによると、生成AI向けサーバーへの支出は2025年に1,900億ドルだった。')).toEqual(['oracle revenue 1000000000000 JPY FY2026-Q1 actual']);
		expect(figures('オラクルの6〜8月期の売上高は1兆円だった。米調査会社ピッチブックによると、生成AI企業への投資額は2025年に1,900億ドルだった。')).toEqual(['oracle revenue 1000000000000 JPY FY2026-Q1 actual']);
		expect(figures('富士通は新型機を投入した。2025年の国内AIサーバー出荷金額は前年比68.2%増の8,940億円だった。', '2026-02-17')).toEqual([]);
		// A research firm's number that names no company, a product's sales among them, is the market's.
		expect(figures('キオクシアのシェアは15%だった。SSDの7〜9月期の売上高は、前四半期比9.5%増の98億ドルだった（オムディア調べ）。', '2025-12-01')).toEqual(['kioxia market_share 15 % - actual']);
		// A country's total, named by the country, whoever the paragraph was about; not a company's own count there.
		expect(figures('ファナックは好調だ。2025年の台湾の工作機械出荷台数は約4万台だった。', '2026-02-01')).toEqual([]);
		expect(figures('ムシンサは上場を準備している。2025年の韓国のベンチャー投資額は約70億ドルで、前年比4%増えた。', '2026-02-01')).toEqual([]);
		expect(figures('サカナAIは首位だった。国内の医療AIスタートアップが調達した資金は、公表ベースで総額900億円だった。', '2026-02-01')).toEqual([]);
		expect(figures('バイドゥは伸びた。中国の生成AIサービス全体の利用者数は3月時点で4億人に上った。', '2026-04-10')).toEqual([]);
		expect(figures('ソニーの国内の利用者数は3月時点で1,200万人に上った。', '2026-04-10')).toEqual(['sony/国内 users 12000000 count 2026-03 actual']);
		expect(figures('SKハイニックスは増産する。日本企業からの部材の調達額は2025年に約9,000億円だった。', '2026-02-01')).toHaveLength(1);
		expect(figures('マイクロソフトは、日本への投資額が2兆円に上ると発表した。', '2026-04-01')).toEqual(['microsoft investment 2000000000000 JPY - actual']);
	});

	test("a subsidy is the company's (a grant, kind other); what a government plans to spend is no company's", () => {
		expect(figures('ルネサスは好調だ。\n\n研究開発向けの補助金が500億円に上る。', '2026-04-01')).toEqual(['renesas other 50000000000 JPY - actual']);
		expect(figures('ルネサスは好調だ。\n\n政府は2030年度までに半導体分野に5兆円以上を投じる方針を掲げる。', '2026-04-01')).toEqual([]);
		// The body acts in a later clause of its sentence all the same.
		expect(figures('ルネサスは新工場を建てる。総務省は昨年10月、同事業を重要な基盤と位置づけ、最大300億円の補助金を出すことを決めた。', '2026-04-01')).toEqual([]);
	});

	test("the sample of a survey (ユーザー企業900社へのアンケート, 回答企業は640社) is nobody's count of customers", () => {
		expect(figures('Azureの国内利用は伸びた。※調査は2026年1月、ユーザー企業900社へのアンケートにより実施した。', '2026-02-10')).toEqual([]);
		expect(figures('マイクロソフトの生成AIサービスを使う企業が増えた。回答企業は640社だった。', '2026-02-10')).toEqual([]);
	});

	test("the writer's own arithmetic (筆者換算, 自分で計算, ざっと計算すると, 1ドル=150円換算で) and the rest of a sentence on a trade of a few shares are no company's figures", () => {
		expect(figures('ざっと計算すると、Azureの4〜6月期の営業利益率は45%前後になる。', '2026-08-01')).toEqual([]);
		expect(figures('［参考］1ドル＝148円換算で、エヌビディアの直近四半期売上高は約8兆円（筆者換算）。', '2026-08-01')).toEqual([]);
		expect(figures('保有株の年初来リターンは+12.5%でした（配当込み、自分で計算）。アドバンテストの4〜6月期の売上高は1,000億円だった。', '2026-08-01')).toEqual(['advantest revenue 100000000000 JPY FY2027-Q1 actual']);
		expect(figures('今回、ソニーを30株売って比率を20%まで下げた。', '2026-08-01')).toEqual([]);
		expect(figures('ソニー：一部を利益確定して、保有比率を30%から20%に下げました。', '2026-08-01')).toEqual([]);
		// A research firm nobody names, forecasting a market.
		expect(figures('富士通も伸びた。ある調査会社の予測では、国内の製造業における生成AI関連投資は2029年に2,000億円に達する見込みだ。', '2026-08-01')).toEqual([]);
		// A rule named by its threshold ("50%ルール") is no stake of anyone's.
		const rule = 'アルバックは11日、決算を発表した。\n\n地域別では、中国向けが売上高の31%を占めた。米商務省が9月末に導入した、規制対象企業の子会社にも輸出規制を広げる「25%ルール」は、米中合意を受けて11月から1年間停止された。';
		expect(figures(rule, '2025-11-11').filter(row => row.includes(' 25 '))).toEqual([]);
	});

	test("the paper's own sum, and a lot of shares a reader trades, are no company's figures", () => {
		expect(figures('本紙が各四半期の開示を足し合わせて試算したところ、メタの2025年の設備投資は約700億ドルとなる。', '2026-02-12')).toEqual([]);
		expect(figures('というわけで、今回ソニーを200株だけ買い増して、保有は合計500株になりました。', '2026-02-08')).toEqual([]);
		expect(figures('大林組の2026年4〜9月期の受注高は4,000億円だった。\n\n本誌集計では、ゼネコン大手の上期のDC関連受注は合計約9,100億円にのぼった。', '2026-11-12')).toEqual(['obayashi other 400000000000 JPY FY2027-H1 actual']);
	});

	test('a sum a company is still weighing (…の追加投資を検討している) is no figure of it', () => {
		expect(figures('エクイニクスは、大阪で総額2,000億円規模の新設投資を検討していることが明らかになった。', '2026-04-03')).toEqual([]);
		expect(figures('ルネサスは半導体子会社に500億円を追加出資する案を検討中だ。', '2026-04-03')).toEqual([]);
		// An option, a proposal that surfaced, a sum still being settled, nothing decided yet.
		expect(figures('「関西でも候補地を探しています。次は3,000億円規模の投資も選択肢の一つですが、まだ何も決めていません」', '2026-04-03')).toEqual([]);
		expect(figures('ソフトバンクは社債の発行も視野に入れ、発行済み株式の3.1%相当を充てる案が浮上している。', '2026-04-03')).toEqual([]);
		expect(figures('経産省はラピダスに対し、年度内にも800億円規模を出資する方向で調整しています。', '2026-04-03')).toEqual([]);
		// A number someone reported, disowned by the company.
		expect(figures('「一部で報じられた『評価額50億ドル』は当社の数字ではありません」とサカナAIの担当者は話す。', '2026-04-03')).toEqual([]);
		// Decided money beside a study of what to do next stays.
		expect(figures('エクイニクスは大阪に2,000億円を投じると発表した。次の候補地の選定も進める。', '2026-04-03')).toEqual(['equinix investment 200000000000 JPY - actual']);
	});

	test("a research firm's market totals are nobody's, whoever the headline names", () => {
		const found = extractText('MM総研は10日、2025年の国内PC市場の実績を発表した。出荷額は前年比12.5%増の1兆2,300億円だった。', {title: '国内PC市場、富士通がシェア拡大', date: '2026-02-10'}).figures;
		expect(found).toEqual([]);
	});

	test('同 compares as the change before it did (前四半期比 then 同15%増 is a change on the quarter)', () => {
		const body = 'オムディアによると、2025年10〜12月期のDRAM売上高では、SKハイニックスが前四半期比20%増の140億ドルで、シェアは25.0%だった。キオクシアのDRAM売上高は同15%増の30億ドルだった。';
		const found = figures(body, '2026-03-10');
		expect(found).toContain('sk-hynix/DRAM market_share 25 % 2025-Q4 actual Omdia');
		expect(found.find(row => row.includes(' 15 %'))).toMatch(/^kioxia\/DRAM other 15 % /);
	});

	test("percentages of a ranking of a product's sales are its shares, of that product", () => {
		const body = 'オムディアが発表した2025年10〜12月期のDRAMの売上高ランキングでは、マイクロンが25.1%で首位、キオクシアが11.2%だった。';
		expect(figures(body, '2026-03-10')).toEqual(['micron/DRAM market_share 25.1 % 2025-Q4 actual Omdia', 'kioxia/DRAM market_share 11.2 % 2025-Q4 actual Omdia']);
	});

	test("a company's name in Latin capitals before のシェア is no product market", () => {
		expect(figures('トレンドフォースによると、2025年10〜12月期のファウンドリー市場でTSMCのシェアは69.8%だった。', '2026-03-09')).toEqual(['tsmc market_share 69.8 % 2025-Q4 actual TrendForce']);
	});

	test('a company told as itself (X自身が) is the subject, and 同社 after it is that company', () => {
		const body = '3位のSMICは受注が堅調だった。\n\nTSMC自身が発表した決算では、売上高が増えた。同社は2026年の売上高が前年比30%伸びるとの見通しを示している。';
		expect(figures(body, '2026-03-09')).toEqual(['tsmc revenue_growth 30 % 2026 outlook']);
	});

	test('a company named in a headline as being left is not the topic of what follows', () => {
		expect(figures('# 「エヌビディア離れ」進む\n\n大手クラウドは独自半導体を増やしている。売上高は前年同期比20%増だった。')).toEqual([]);
	});

	test('a company a headline adds with も (…、NEC系も参入) is not what a later paragraph without a name is about', () => {
		const body = 'ハイレゾは5日、北九州市にGPU拠点を開くと発表した。投資額は約300億円となる。\n\n9月末時点の利用企業は約450社に増えた。';
		const found = extractText(body, {date: '2026-10-06', title: '北九州に計算拠点　新棟は300億円、NEC系も参入'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`);
		expect(found).toEqual(['highreso investment 30000000000', 'highreso customers 450']);
	});
});

describe('the period a figure covers', () => {
	test('a level set against the earlier period the sentence opened on (前年同期の…で、営業利益率は28%と前年同期から9ポイント改善) is of the period after it', () => {
		const body = 'ルネサスの2026年7〜9月期の営業利益は1,400億円だった。前年同期の営業利益は900億円で、営業利益率は28%と前年同期から9ポイント改善した。';
		expect(figures(body, '2026-11-05').filter(row => row.includes('margin'))).toEqual(['renesas margin 28 % 2026-Q3 actual', 'renesas margin 9 pt 2026-Q3 actual']);
	});

	test('a year several targets are listed for (2027年度に売上高80億円、利用企業400社を目指す) dates each of them', () => {
		expect(figures('BIPROGYはAIエージェント事業で、2027年度に売上高80億円、利用企業400社を目指す。', '2026-01-20')).toEqual([
			'biprogy/AIエージェント revenue 8000000000 JPY FY2028 outlook',
			'biprogy/AIエージェント customers 400 count FY2028 outlook',
		]);
	});

	test('the month of a deal told on the way (8月に…売却した利益を計上し、) is no period of the results after it', () => {
		expect(figures('ウエスタンデジタルの7〜9月期決算。8月に旧メモリー部門の残りの株式を売却した利益を計上し、純利益は12億ドルだった。', '2025-11-01')).toEqual(['western-digital net_income 1200000000 USD FY2026-Q1 actual']);
	});

	test("当期 in a December company's report published after its year ended is the year just reported, told in its prose or only in a table above", () => {
		expect(figures('ルネサスの決算。\n\n2025年12月期の売上収益は1兆3,200億円だった。当期の営業利益は2,450億円となりました。', '2026-02-10')).toEqual([
			'renesas revenue 1320000000000 JPY 2025 actual',
			'renesas operating_income 245000000000 JPY 2025 actual',
		]);
		expect(figures('ルネサスの決算短信。\n\n| | 売上収益 |\n|---|---|\n| | 百万円 |\n| 2025年12月期 | 1,320,400 |\n\n当期の営業利益は2,450億円となりました。', '2026-02-10')).toEqual([
			'renesas revenue 1320400000000 JPY 2025 actual',
			'renesas operating_income 245000000000 JPY 2025 actual',
		]);
	});

	test('a level at the end of the period (期末の受注残高は) is as of the last day of the period the article reports', () => {
		expect(figures('キヤノンの2025年12月期決算。売上高は4兆6,000億円だった。期末の受注残高は1,200億円だった。', '2026-02-01')).toContain('canon backlog 120000000000 JPY 2025-12-31 actual');
		expect(figures('キヤノンの2025年12月期決算。売上高は4兆6,000億円だった。当連結会計年度末の受注残高は1,300億円となった。', '2026-02-01')).toContain('canon backlog 130000000000 JPY 2025-12-31 actual');
		expect(figures('キヤノンの2025年12月期決算。売上高は4兆6,000億円だった。前四半期末の受注残高は1,100億円だった。', '2026-02-01')).not.toContain('canon backlog 110000000000 JPY 2025-12-31 actual');
	});

	test("a month's report: the same month a year before (前年同月の…から25%増えた) is a year back and the growth is year on year; a change from a month named as the base is on the month before", () => {
		const body = 'ルネサスの決算。2026年3月の売上高は15億ドルだった。前年同月の12億ドルから25%増えた。一方、2026年2月の16億ドルと比べると6%減った。';
		expect(figures(body, '2026-04-10')).toEqual([
			'renesas revenue 1500000000 USD 2026-03 actual',
			'renesas revenue 1200000000 USD 2025-03 actual prior',
			'renesas revenue_growth 25 % 2026-03 actual',
			'renesas revenue 1600000000 USD 2026-02 actual prior',
			'renesas other -6 % 2026-03 actual',
		]);
	});

	test('年内 is this calendar year', () => {
		expect(figures('ソニーは好調だ。\n\n「社員は現在180人ですが、年内に300人まで増やす計画です」', '2026-02-20')).toContain('sony headcount 300 count 2026 outlook');
	});

	test('a quarter a paragraph looks back to (6〜8月期の55%増から加速) is not the one it reports', () => {
		const body =
			'米オラクルが発表した2025年9〜11月期決算は、売上高が前年同期比14%増の160億ドルだった。\n\nクラウド部門の売上高は34%増の80億ドル。このうちOCIの売上高は前年同期比68%増え、6〜8月期の55%増から加速した。ライセンス部門の売上高は58億ドルだった。';
		expect(figures(body, '2025-12-11').at(-1)).toBe('oracle/ライセンス revenue 5800000000 USD FY2026-Q2 actual');
	});

	test('fiscal years by company: a March year, a June year, a January year', () => {
		expect(figures('富士通は2026年3月期の売上収益を3兆5,000億円と見込む。', '2025-10-30')).toEqual(['fujitsu revenue 3500000000000 JPY FY2026 outlook']);
		expect(figures('マイクロソフトの2026年6月期第1四半期の売上高は780億ドルだった。', '2025-11-01')).toEqual(['microsoft revenue 78000000000 USD FY2026-Q1 actual']);
		expect(figures('エヌビディアの2026年度第3四半期の売上高は570億ドルだった。', '2025-11-25')).toEqual(['nvidia revenue 57000000000 USD FY2026-Q3 actual']);
	});

	test('months across a year with the second year abbreviated (25年9月－26年8月) are one span', () => {
		expect(figures('マイクロンは2026年度（25年9月－26年8月）の設備投資計画を約250億ドルに引き上げた。', '2026-03-19')).toEqual(['micron capex 25000000000 USD FY2026 outlook']);
	});

	test('a Japanese 年度 names the year it starts in; its half is April to September', () => {
		expect(figures('NECの2025年度上期の売上収益は1兆6,000億円だった。', '2025-11-01')).toEqual(['nec revenue 1600000000000 JPY FY2026-H1 actual']);
	});

	test("a level at the end of the fiscal year before (前期末) is at that year's end, not a year back", () => {
		expect(figures('NECの12月末の従業員数は10万5,000人で、前期末の10万2,000人から増えた。', '2026-01-29')).toEqual(['nec headcount 105000 count 2025-12-31 actual', 'nec headcount 102000 count 2025-03-31 actual prior']);
	});

	test('a company brief does not know takes the one year-end month its article writes for 今期', () => {
		const body = '量子計算のアオバ・クオンタム（東京・港）が攻勢をかけている。\n\n「2027年3月期の売上高は360億円を見込む。2030年度に売上高1,000億円を目指す。今期の設備投資は50億円を計画している」';
		const found = extractText(body, {title: 'アオバ・クオンタム社長に聞く', date: '2026-07-21'}).figures;
		expect(found.filter(figure => figure.kind === 'capex').map(figure => figure.period)).toEqual(['FY2027']);
	});

	test("a filing's 当連結会計年度 in the months after its year ends is the year just ended, and its results are no outlook", () => {
		const body = '# 2025年12月期 決算短信\n\n上場会社名 株式会社ユキシロ電算\n\n当連結会計年度の売上高は12,345百万円（前期比8.0％増）となりました。';
		expect(figures(body, '2026-02-10').map(figure => figure.replace(/^\S+ /, ''))).toEqual(['revenue 12345000000 JPY 2025 actual', 'revenue_growth 8 % 2025 actual']);
		// In a quarter's filing later in the year, the year it is in, which has not ended.
		expect(figures(body.replace('2025年12月期 決算短信', '2026年12月期 第3四半期決算短信'), '2026-11-10').map(figure => figure.replace(/^\S+ /, ''))).toEqual(['revenue 12345000000 JPY 2026 outlook', 'revenue_growth 8 % 2026 outlook']);
	});

	test('a span of years with the second abbreviated (2023年から27年まで) is one span; the end of 当連結会計年度 is no year', () => {
		expect(figures('富士通は2023年から27年までの5年間に国内で累計5,000億円を投じる計画だ。', '2026-05-14')).toEqual(['fujitsu/国内 investment 500000000000 JPY 2023..2027 actual']);
		expect(figures('富士通の2026年3月期決算は増収だった。当連結会計年度末の従業員数は12万名となりました。', '2026-05-14').at(-1)).not.toMatch(/FY2026/);
	});

	test('an investment over months across years (2026年7月から2029年6月まで) is over that span, and decided', () => {
		expect(figures('日立製作所は2026年7月から2029年6月までの3年間で国内のデータセンターに2,000億円を投資する計画です。', '2026-07-20')).toEqual([expect.stringMatching(/^hitachi\S* investment 200000000000 JPY 2026-07\.\.2029-06 actual$/)]);
	});

	test('the month a forecast was raised in is not the period of the forecast it replaced', () => {
		expect(figures('NECは2027年3月期の売上高を3兆6,000億円と見込む。5月に上方修正したが、当初予想は3兆4,000億円だった。', '2026-07-15')).toEqual([
			'nec revenue 3600000000000 JPY FY2027 outlook',
			'nec revenue 3400000000000 JPY FY2027 outlook prior',
		]);
	});

	test('a forecast named with its year in one run of words (2027年3月期の通期予想) is for that year, not for the half just reported', () => {
		const body = '富士通の4〜9月期は売上収益が1兆8,000億円だった。\n\n好調を受け、2027年3月期の通期予想を見直した。営業利益は従来予想の3,100億円から3,400億円に引き上げた。';
		expect(figures(body, '2026-10-28').slice(-2)).toEqual(['fujitsu operating_income 310000000000 JPY FY2027 outlook prior', 'fujitsu operating_income 340000000000 JPY FY2027 outlook']);
	});

	test('当期 in a report of a year just ended is that year, a result', () => {
		expect(figures('富士通の2026年3月期の連結決算は増収だった。当期の設備投資額は1,200億円となりました。', '2026-05-15').at(-1)).toBe('fujitsu capex 120000000000 JPY FY2026 actual');
	});

	test('前期 set against 今期 after a year just reported is that year, the one before 今期', () => {
		expect(figures('富士通が発表した2026年3月期決算は増収だった。設備投資は前期の1,200億円に対し、今期は1,500億円を計画する。', '2026-05-15').slice(-2)).toEqual([
			'fujitsu capex 120000000000 JPY FY2026 actual prior',
			'fujitsu capex 150000000000 JPY FY2027 outlook',
		]);
	});

	test('an earlier value takes its own period: a year or a quarter before', () => {
		expect(figures('AMDの2025年7〜9月期の売上高は92億ドルと、前年同期の68億ドルから増えた。')).toEqual(['amd revenue 9200000000 USD 2025-Q3 actual', 'amd revenue 6800000000 USD 2024-Q3 actual prior']);
		expect(figures('アリババの2025年7〜9月期の営業利益率は15%で、前四半期（4〜6月期）の13%から上昇した。')).toEqual(['alibaba margin 15 % FY2026-Q2 actual', 'alibaba margin 13 % FY2026-Q1 actual prior']);
		expect(figures('キオクシアの2025年7〜9月期の営業利益は1,200億円だった。前年同期（2025年3月期2Q）の営業利益は900億円だった。')).toContain('kioxia operating_income 90000000000 JPY FY2025-Q2 actual prior');
	});

	test('a sentence without a period takes the results period of its paragraph', () => {
		expect(figures('セールスフォースが3日発表した2025年8〜10月期決算は好調だった。純利益は19億ドル、1株利益は1.96ドルだった。', '2025-12-04')).toEqual([
			'salesforce net_income 1900000000 USD FY2026-Q3 actual',
			'salesforce eps 1.96 USD FY2026-Q3 actual',
		]);
	});

	test('a 決算短信 names its period as 当第2四半期連結累計期間 and as days; 通期 is the whole fiscal year it reports on', () => {
		const report = (company: string) => `# 2026年3月期 第2四半期決算短信\n\n${company}の当第2四半期連結累計期間（2025年4月1日～2025年9月30日）の売上高は4,321百万円となりました。通期の業績予想は、売上高9,000百万円を見込んでおります。`;
		expect(figures(report('株式会社ミドリデータ'))).toEqual([expect.stringMatching(/revenue 4321000000 JPY 2025-04\.\.2025-09 actual$/), expect.stringMatching(/revenue 9000000000 JPY FY2026 outlook$/)]);
		expect(figures(report('NEC'))).toEqual(['nec revenue 4321000000 JPY FY2026-H1 actual', 'nec revenue 9000000000 JPY FY2026 outlook']);
		expect(figures('NECの当第3四半期累計期間の売上高は7,000億円でした。', '2026-02-01')).toEqual(['nec revenue 700000000000 JPY 2025-04..2025-12 actual']);
	});

	test("a fiscal label of another company's year dates only that company; the months beside it date the others", () => {
		expect(figures('マイクロソフトの2025年4〜6月期（2025年6月期第4四半期）のAzureの売上高は前年同期比35%増え、グーグル・クラウドの売上高は28%増の131億ドルに伸びた。')).toEqual([
			'microsoft/azure revenue_growth 35 % FY2025-Q4 actual',
			'google/google-cloud revenue_growth 28 % 2025-Q2 actual',
			'google/google-cloud revenue 13100000000 USD 2025-Q2 actual',
		]);
	});

	test("前期 beside a period's results is the whole fiscal year before it; 前年同期 the same part of it", () => {
		expect(figures('オムロンの2025年4〜9月期の売上高は4,000億円だった。前期の売上高は8,000億円、前年同期の売上高は3,900億円だった。')).toEqual([
			'omron revenue 400000000000 JPY FY2026-H1 actual',
			'omron revenue 800000000000 JPY FY2025 actual prior',
			'omron revenue 390000000000 JPY FY2025-H1 actual prior',
		]);
	});

	test('a per-share interim profit is EPS, and the interim period a year before is the earlier value', () => {
		expect(figures('オムロンの2025年4〜9月期の基本的1株当たり中間利益は88.10円（前年中間期は70.25円）だった。')).toEqual(['omron eps 88.1 JPY FY2026-H1 actual', 'omron eps 70.25 JPY FY2025-H1 actual prior']);
	});

	test('a quarter on its own (単独) beside the half that ends with it does not become the results period of what follows', () => {
		const found = figures('オムロンが発表した2025年4〜9月期決算は、売上高が4,000億円だった。第2四半期（7〜9月）単独の売上高は2,100億円だった。\n\nこのうち制御機器事業の売上高は1,500億円だった。', '2025-11-01');
		expect(found.at(-1)).toBe('omron/制御機器 revenue 150000000000 JPY FY2026-H1 actual');
	});

	test('a quarter compared with is not the one reported: the next paragraph keeps the results period', () => {
		const found = figures('マーベルは4日、2025年8〜10月期（2026年1月期第3四半期）決算を発表した。売上高は25億ドルだった。直前の2025年5〜7月期（23億ドル）と比べても増収だ。\n\n純利益は6億ドルだった。', '2025-12-05');
		expect(found.at(-1)).toBe('marvell net_income 600000000 USD FY2026-Q3 actual');
	});

	test('今年度 of a company whose fiscal year is not known is the Japanese 年度 of the day it was said', () => {
		expect(figures('株式会社ミドリ半導体の田中社長は「今年度の設備投資は約300億円を計画しています」と話した。', '2025-11-20')).toEqual([expect.stringMatching(/ capex 30000000000 JPY FY2025 outlook$/)]);
	});

	test('このうち and a clause describing the part: the part named as a line of business is that line', () => {
		expect(figures('マーベルの2025年8〜10月期のデータセンター部門の売上高は15億ドルだった。このうちクラウド各社が使うカスタム製品の売上高は6億ドルだった。', '2025-12-05').at(-1)).toBe(
			'marvell/カスタム製品 revenue 600000000 USD FY2026-Q3 actual',
		);
	});

	test('year-less quarters are read near the publication date', () => {
		expect(figures('サムスン電子の10〜12月期の営業利益は20兆ウォンを見込む。', '2025-11-20')).toEqual(['samsung operating_income 20000000000000 KRW 2025-Q4 outlook']);
		expect(figures('サムスン電子の10〜12月期の営業利益は20兆ウォンだった。', '2026-02-05')).toEqual(['samsung operating_income 20000000000000 KRW 2025-Q4 actual']);
	});
});

describe('segment losses and ratios named by their short name', () => {
	test(`a line named in English in quotes ("AI networking revenue") is the whole name; a measure measured against sales (調整後EBITDAは売上高の…) is no line; a line whose growth leads into the company year (「X」の売り上げが伸び、2026年3月期は…) owns none of it`, () => {
		expect(figures('マーベルの11〜1月期決算。"AI networking revenue"は前年同期比90%増の15億ドルだった。調整後EBITDAは売上高の45%だった。', '2026-03-05')).toEqual([
			'marvell/AI networking revenue_growth 90 % FY2026-Q4 actual',
			'marvell/AI networking revenue 1500000000 USD FY2026-Q4 actual',
			'marvell other 45 % FY2026-Q4 actual',
		]);
		expect(figures('さくらインターネットの決算。クラウド「さくらのクラウド」の売り上げが伸び、2027年3月期は売上高520億円を見込む。', '2026-05-10')).toEqual(['sakura-internet revenue 52000000000 JPY FY2027 outlook']);
	});

	test('an English segment word after a space (Gaming segment) names the segment', () => {
		expect(figures('エヌビディアの2〜4月期決算。NVIDIAのGaming segmentのrevenueは$4.3Bだった。', '2026-05-30')).toEqual(['nvidia/Gaming revenue 4300000000 USD FY2027-Q1 actual']);
	});

	test('a business named by the market it serves (X向け事業) is a segment, and its earlier value in the sentence is too', () => {
		expect(figures('富士電機は、半導体向け事業の売上高を2030年度に4,000億円と、24年度の約1,500億円から大きく伸ばす計画だ。', '2026-06-01')).toEqual([
			'fuji-electric/半導体 revenue 400000000000 JPY FY2031 outlook',
			'fuji-electric/半導体 revenue 150000000000 JPY FY2025 actual prior',
		]);
	});

	test('a business that frames its sentence (X関連事業で、) owns the targets after it', () => {
		expect(figures('NECは、新たな契約を含むセキュリティー関連事業で、2027年度に売上高1,200億円を目指す。', '2026-06-01')).toEqual(['nec/セキュリティー関連 revenue 120000000000 JPY FY2028 outlook']);
	});

	test("a segment's loss is its operating income, negative", () => {
		expect(figures('日立製作所の4〜9月期決算で、計測機器事業のセグメント損失は12億円だった。', '2025-11-10')).toEqual(['hitachi/計測機器 operating_income -1200000000 JPY FY2026-H1 actual']);
	});

	test("a reading in brackets inside a segment's name (LCD（液晶ディスプレー）検査装置部門) is left out of it, not where the name starts", () => {
		expect(figures('アドバンテストの7〜9月期決算で、SoC（システム・オン・チップ）テスター部門の売上高は1,200億円だった。', '2025-10-30')).toEqual(['advantest/SoCテスター revenue 120000000000 JPY FY2026-Q2 actual']);
	});

	test('a multiple of the year before told as 前の期の2.8倍 is growth', () => {
		expect(figures('ソニーは好調だ。\n\n「2025年12月期の売上高は90億円で、前の期の2.5倍になりました」', '2026-02-20')).toContain('sony revenue_growth 150 % 2025 actual');
	});

	test("a loss in the bracket after a number is the earlier year's of that number's measure; so is a number in the bracket after 前期, and a growth measured from it is of the year after", () => {
		expect(figures('ソシオネクストの2025年4〜12月期決算は、純利益が5,210万円（前年同期は8,340万円の損失）だった。', '2026-02-13')).toEqual([
			'socionext net_income 52100000 JPY 2025-04..2025-12 actual',
			'socionext net_income -83400000 JPY 2024-04..2024-12 actual prior',
		]);
		const revised = figures('ディスコは2026年3月期の業績予想を上方修正した。売上高は前期（3,900億円）を20%上回る見通しだ。', '2026-01-28');
		expect(revised).toContain('disco revenue 390000000000 JPY FY2025 actual prior');
		// The growth is of the forecast's year, measured from 前期.
		expect(revised).toContain('disco revenue_growth 20 % FY2026 outlook');
	});

	test('the whole year guided to once the year has ended (通期…を見込んでおります) is the next one', () => {
		const body = '## 2025年6月期の連結業績\n\nレーザーテックの売上高は250,000百万円となりました。\n\n### 今後の見通し\n\n次期につきましては、売上高が減少する見込みです。通期の連結業績は、売上高220,000百万円を見込んでおります。';
		expect(figures(body, '2025-08-07')).toEqual(['lasertec revenue 250000000000 JPY FY2025 actual', 'lasertec revenue 220000000000 JPY FY2026 outlook']);
	});

	test('an earlier period opening the sentence dates each measure of its list (前年同期の営業利益は…、売上高は…)', () => {
		const body = 'LG電子の2026年1〜3月期の売上高は23兆ウォンだった。前年同期は営業利益が1兆2,000億ウォン、売上高が22兆7,000億ウォンだった。';
		expect(figures(body, '2026-04-08').slice(1)).toEqual(['lg-electronics operating_income 1200000000000 KRW 2025-Q1 actual prior', 'lg-electronics revenue 22700000000000 KRW 2025-Q1 actual prior']);
	});

	test('the year before told as its own topic (前年同期はセグメント損失…) is the earlier period', () => {
		expect(figures('日立製作所の4〜9月期決算で、計測機器事業はセグメント損失18億円（前年同期はセグメント損失5億円）だった。', '2025-11-10')).toEqual([
			'hitachi/計測機器 operating_income -1800000000 JPY FY2026-H1 actual',
			'hitachi/計測機器 operating_income -500000000 JPY FY2025-H1 actual prior',
		]);
	});

	test('a ratio named by its short name in brackets (LTV) is that ratio, not the stake its words mention; a level kept by policy is an aim', () => {
		expect(figures('ソフトバンクグループの保有株式価値に対する純負債の比率（LTV）は12月末時点で21.0%だった。同社はLTVを25%未満に保つ方針だ。', '2026-02-12')).toEqual([
			'softbank other 21 % 2025-12-31 actual',
			'softbank other 25 % - outlook',
		]);
	});
});

describe('stakes raised and aims', () => {
	test("a part of another company's shares out that a buyer takes (Xの発行済み株式の4.8%を取得) is a stake in it; a part of its own is a buyback", () => {
		expect(figures('丸紅は10日、台湾の設計会社アルチップの発行済み株式の4.8%を取得すると発表した。', '2026-03-11')).toEqual(['marubeni stake 4.8 % - actual']);
		expect(figures('京セラは発行済み株式の2.2%にあたる株式を取得すると発表した。', '2026-03-11')).toEqual(['kyocera other 2.2 % - actual']);
	});

	test("a party bought that brief does not know owns the figures of the paragraph it leads (Xは…。売上高は…), not the buyer; a synergy in a measure's terms is no figure", () => {
		const body = [
			'NECは9日、英ソフト開発大手ノースブリッジ・システムズを買収すると発表した。買収総額は約800億円となる。',
			'',
			'ノースブリッジは官公庁向けに強く、約5,000人の従業員を抱える。2025年12月期の売上高は約600億円だった。',
			'',
			'NECの2026年3月期の売上収益は3兆5,000億円を見込む。買収による相乗効果は2028年3月期に営業利益ベースで100億円を見込む。',
		].join('\n');
		expect(figures(body, '2026-03-10')).toEqual(['nec investment 80000000000 JPY - actual', 'nec revenue 3500000000000 JPY FY2026 outlook']);
	});

	test("a joint venture's own targets (新会社は…を目指す) are no parent's", () => {
		const body = 'ソフトバンクとオラクルは合弁会社を設立する。\n\n新会社は2028年度に売上高500億円を目指す。';
		expect(figures(body, '2026-05-21')).toEqual([]);
	});

	test('stakes after それぞれ follow the companies named each with an amount of their own (AがX億円、BがY億円を出資し、出資比率はそれぞれ…)', () => {
		const body = 'NECが60億円、IBMが40億円を出資し、出資比率はそれぞれ60%、40%となる。';
		expect(figures(body, '2026-05-21').filter(figure => figure.includes(' stake '))).toEqual(['nec stake 60 % - actual', 'ibm stake 40 % - actual']);
	});

	test('a stake raised from what it was (従来の15%から34%に) is decided: both are actual', () => {
		expect(figures('日立製作所は約60億円を投じて出資比率を従来の20%から45%に引き上げ、子会社とする。', '2026-05-14')).toEqual([
			'hitachi investment 6000000000 JPY - actual',
			'hitachi stake 20 % - actual prior',
			'hitachi stake 45 % - actual',
		]);
	});

	test('a share a speaker wants to take is an aim', () => {
		expect(figures('NECの社長は「国内市場の15%程度のシェアを取りたい」と語った。', '2026-07-21').map(row => row.split(' ').at(-1))).toEqual(['outlook']);
	});
});

describe('interim periods', () => {
	test('当中間連結会計期間 is the first half of the year reported, and 前年同期 beside it the half a year before', () => {
		const body = '太陽誘電は2026年3月期の中間決算を発表した。当中間連結会計期間の業績は、売上高178,450百万円（前年同期比7.3％増）、営業利益9,870百万円（前年同期は4,150百万円）となりました。';
		expect(figures(body, '2025-11-05')).toEqual([
			'taiyo-yuden revenue 178450000000 JPY FY2026-H1 actual',
			'taiyo-yuden revenue_growth 7.3 % FY2026-H1 actual',
			'taiyo-yuden operating_income 9870000000 JPY FY2026-H1 actual',
			'taiyo-yuden operating_income 4150000000 JPY FY2025-H1 actual prior',
		]);
	});
});

describe('levels as of a day gone by', () => {
	test('a level a year back (1年前の…) is as of the day of the level just told, written as 4月末で as much as 4月末時点で', () => {
		expect(figures('ワークデイの従業員数は7月末で2万1,300人と、1年前の2万400人から増えた。', '2026-08-28')).toEqual(['workday headcount 21300 count 2026-07-31 actual', 'workday headcount 20400 count 2025-07-31 actual prior']);
	});

	test('a level as of a past day (…末時点で約80人の従業員数を、…に増やす計画) is a result, the level planned an outlook', () => {
		expect(figures('ELYZAは、2026年1月末時点で約80人の従業員数を、2027年末までに200人に増やす計画だ。', '2026-03-02')).toEqual(['elyza headcount 80 count 2026-01-31 actual', 'elyza headcount 200 count 2027-12-31 outlook']);
	});

	test('an as-of date opening a list of levels (9月末時点の導入社数は…、ARRは…) dates each of them', () => {
		expect(figures('LayerXは2024年に入り、大企業向けの販売を強化し、2024年9月末時点の導入社数は1万5,000社、年間経常収益（ARR）は前年同月比1.8倍の60億円に拡大した。', '2024-11-10')).toEqual([
			'layerx customers 15000 count 2024-09-30 actual',
			'layerx other 80 % 2024-09-30 actual',
			'layerx other 6000000000 JPY 2024-09-30 actual',
		]);
	});

	test('a year the story entered (2025年に入り) is no year a level reached since (…に拡大しています) is aimed at', () => {
		expect(figures('OpenAIは2025年に入り、法人向けの販売を強化し、法人顧客は300万社に拡大しています。', '2025-11-10')).toEqual(['openai customers 3000000 count - actual']);
		expect(figures('TISは生成AI関連事業で、2028年度に売上高100億円、導入企業300社を目指します。', '2026-05-10').at(-1)).toBe('tis/生成AI関連 customers 300 count FY2029 outlook');
	});
});

describe('suppositions', () => {
	test('a number on a condition (…が続けば、…に届く) is a supposition; 例えば and 同社によれば are none', () => {
		expect(figures('ソシオネクストの決算。車載向けの受注が想定を上回って続けば、時価総額が2兆円に届く展開もありうる。', '2026-05-12')).toEqual([]);
		expect(figures('ソシオネクストの2026年3月期決算。同社によれば、売上高は2,100億円だった。', '2026-05-12')).toEqual(['socionext revenue 210000000000 JPY FY2026 actual']);
	});
});

describe('numbers that are no figure of the company', () => {
	test('what the press or unnamed insiders say (米メディアによると, 関係者の話では…案も浮上) is hearsay; the company saying it is a figure', () => {
		expect(figures('パープレキシティは非上場だ。米メディアによると、2025年1〜6月期の売上高は2億ドルだった。', '2025-09-01')).toEqual([]);
		expect(figures('パープレキシティは資金を調達した。関係者の話では、次の調達で評価額を300億ドルとする案も浮上しているという。', '2025-09-01')).toEqual([]);
		expect(figures('パープレキシティは、2025年1〜6月期の売上高が2億ドルだったと発表した。', '2025-09-01').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['perplexity revenue 200000000']);
	});

	test('a mark passed for the first time with its measure between (初めて営業利益500億円を超えた) is no figure; the level told is', () => {
		expect(figures('ラクスの2026年3月期決算は、初めて営業利益500億円を超えた。', '2026-05-15')).toEqual([]);
		expect(figures('ラクスの2026年3月期の営業利益は512億円と、初めて500億円を超えた。', '2026-05-15')).toEqual(['rakus operating_income 51200000000 JPY FY2026 actual']);
	});

	test('a company profile under its label (【会社概要】, 【X株式会社の概要】) gives no figures, until prose goes on; a heading over the results (## 決算の概要) is no profile', () => {
		expect(figures('## 決算の概要\n\nラクスの2026年3月期の売上高は500億円だった。\n\n【会社概要】\n\n- 設立：2000年\n- 従業員数（連結）：約2,100名', '2026-05-15').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual([
			'rakus revenue 50000000000',
		]);
		expect(
			figures('ラクスの2026年3月期の売上高は500億円だった。\n\n【ラクス株式会社の概要】\n\n- 従業員数：約2,100名\n\n同社は10日、新サービスを始めた。利用企業は300社に達した。', '2026-05-15').map(row => row.split(' ').slice(0, 3).join(' ')),
		).toEqual(['rakus revenue 50000000000', 'rakus customers 300']);
	});

	test('how far a result beat or missed the consensus (市場予想の平均を8%ほど上回った) is no figure of the company', () => {
		expect(figures('サムスン電子の7〜9月期の営業利益は12兆ウォンだった。営業利益は市場予想の平均を8%ほど上回った。', '2025-10-31').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['samsung operating_income 12000000000000']);
	});

	test('a share of a kind of company together (コアウィーブなど「ネオクラウド」勢の合計は5%) is none of the company named as an example', () => {
		expect(figures('国内クラウド市場のシェアは、オラクルが6%で、さくらインターネットなど国産クラウド勢の合計は9%だった。', '2026-07-01')).toEqual(['oracle market_share 6 % - actual']);
	});

	test("a line labelled as the consensus (- コンセンサス：Revenue $120M、EPS $0.10) gives analysts' numbers, none of the company", () => {
		expect(figures('ラティス・セミコンダクターの決算は11月に出る。\n\n- コンセンサス：Revenue $120M、EPS $0.10\n- 会社ガイダンス：売上高$125M', '2025-10-30').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual([
			'lattice-semiconductor revenue 125000000',
		]);
	});

	test('a sum some of the press reported (…を出資するとの一部報道があり) is hearsay; the move it set off is a figure', () => {
		expect(figures('ソニーグループの株価は一時4%高となった。ソニーが米新興企業に50億ドルを出資するとの一部報道があり、買いが集まった。', '2025-10-10')).toEqual(['sony stock_move 4 % 2025-10-10 actual']);
	});

	test("the consensus with an aside in brackets before its measure (アナリスト予想の平均（Xコンセンサス、…時点）の営業利益は) is analysts' number", () => {
		expect(figures('アドバンテストは通期の営業利益を3,000億円と見込む。市場予想の平均（LSEGコンセンサス、10月末時点）の営業利益は3,250億円だった。', '2025-11-05').map(row => row.split(' ').slice(0, 4).join(' '))).toEqual([
			'advantest operating_income 300000000000 JPY',
		]);
	});

	test("what a spending adds to an economy (GDPに2兆円貢献し) and a country's demand (国内の…需要は) are nobody's figures", () => {
		expect(
			figures('オラクルは日本への投資額を1兆2,000億円とした。オラクル自身は、この投資が国内総生産（GDP）に2兆1,000億円貢献し、年平均で1万人の雇用を支えると試算している。', '2025-06-10').map(row => row.split(' ').slice(0, 3).join(' ')),
		).toEqual(['oracle investment 1200000000000']);
		const demand = 'さくらインターネットの2025年3月期の売上高は310億円だった。\n\n当社推計では、国内のAI向け計算資源の需要は2030年に2兆円規模に達すると見込まれ、地方拠点の重要性が高まっている。';
		expect(figures(demand, '2025-06-10').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['sakura-internet revenue 31000000000']);
	});

	test("what a plan adds to a measure (営業利益ベースで年80億円のシナジー, 営業利益の押し上げ効果が) and money spent on the company's own shares are no level of the measure nor an investment", () => {
		expect(figures('TISの2026年3月期決算は増益だった。2028年3月期に営業利益ベースで年80億円のシナジーを見込む。', '2026-05-15').slice(-1)).toEqual(['tis other 8000000000 JPY FY2028 outlook']);
		expect(figures('TISの2026年3月期決算は増益だった。AI活用による営業利益の押し上げ効果が40億円あった。', '2026-05-15').slice(-1)[0]!.split(' ').slice(0, 2).join(' ')).toBe('tis other');
		expect(figures('アドビの決算は増収だった。四半期中には自社株買いに25億ドルを投じた。', '2026-06-20').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['adobe other 2500000000']);
	});

	test('what an event does to a measure (営業利益への影響は…約400億円の減益と見ていたが、…250億円程度の減益にとどまる) is an estimate, no level', () => {
		const body = 'パナソニックHDの2025年4〜9月期の営業利益は2,300億円だった。「営業利益への影響は通期で約400億円の減益と見ていたが、調達先の見直しにより250億円程度の減益にとどまる見込みだ」と述べた。';
		expect(figures(body, '2025-10-30').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['panasonic operating_income 230000000000']);
	});

	test("the total of a round after the investors' shares (…が200億ドルを出資する総額500億ドルの調達) is none of the investor named last", () => {
		const body = 'アンソロピックは2月、グーグルが300億ドル、アマゾンが200億ドルを出資する総額500億ドルの調達をまとめた。';
		expect(figures(body, '2026-03-10').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['google investment 30000000000', 'amazon investment 20000000000']);
	});

	test('a mark passed for the first time, told after the figure (…を超えるのは初めて), is no second figure', () => {
		expect(figures('きんでんの2026年3月期の営業利益は812億円だった。営業利益が800億円を超えるのは初めてだ。', '2026-05-01')).toEqual(['kinden operating_income 81200000000 JPY FY2026 actual']);
		// Told alone, the mark is still no figure: the figure itself is somewhere else, or nowhere.
		expect(figures('きんでんの上期の受注高は、半期として初めて3,000億円を超えました。', '2026-11-01')).toEqual([]);
	});
});

describe('a measure glossed in brackets', () => {
	test("a measure's abbreviation in brackets after it (月間アクティブユーザー（MAU）は) leaves the line before the words the line owns", () => {
		expect(figures('ソニーグループのPlayStation Plusの月間アクティブユーザー（MAU）は4,700万人だった。', '2025-11-12')).toEqual(['sony/PlayStation Plus users 47000000 count - actual']);
	});
});

describe('periods in brackets', () => {
	test('a change on the same base as the bracket before (前期の…（前の期比2.4%増）、営業利益は…（同3.3%増）) is of the year reported, no earlier value', () => {
		expect(figures('NTTデータは12日に決算を発表した。前期の売上高は4兆8,000億円（前の期比5.1%増）、営業利益は3,900億円（同7.2%増）だった。', '2026-05-13').slice(2)).toEqual([
			'ntt-data operating_income 390000000000 JPY FY2026 actual',
			'ntt-data other 7.2 % FY2026 actual',
		]);
	});

	test('an amount in brackets right after a period (4〜6月期（3,100億円）から) is of that period, not of the period the sentence reports', () => {
		expect(figures('アドバンテストの7〜9月期の売上高は2,600億円と、4〜6月期（2,300億円）から伸びた。', '2025-11-01')).toEqual(['advantest revenue 260000000000 JPY FY2026-Q2 actual', 'advantest revenue 230000000000 JPY FY2026-Q1 actual']);
	});
});

describe('revisions', () => {
	test("a unit's forecast revised after a comma (X部門の…見通しを、従来のAからBに) is the unit's, both old and new; a by-segment list (分野別の売上高は、車載が…) keeps each clause's own line", () => {
		expect(figures('NECは同日、ITサービス部門の2026年度の調整後営業利益見通しを、従来の1,800億円から1,950億円に引き上げた。', '2026-07-30')).toEqual([
			'nec/it-services operating_income 180000000000 JPY FY2027 outlook prior',
			'nec/it-services operating_income 195000000000 JPY FY2027 outlook',
		]);
		expect(figures('ルネサスは2025年4〜6月期決算を発表した。分野別の売上高は、車載が1,800億円、産業が1,200億円だった。', '2025-08-01').map(row => row.split(' ')[0])).toEqual(['renesas/車載', 'renesas/産業']);
	});

	test('the forecast a company had given (…が示していた予想（40億〜44億ドル）) is that forecast for the quarter reported, not a result', () => {
		expect(figures('デルの8〜10月期の売上高は41億ドルで、同社が示していた予想（40億〜44億ドル）の下限に近かった。', '2025-11-27')).toEqual([
			'dell revenue 4100000000 USD FY2026-Q3 actual',
			'dell revenue 4200000000 USD FY2026-Q3 outlook prior',
		]);
	});

	test('a list of changes the sentence closes as a forecast revised (売上高はAからBへ、営業利益はCからDへ上方修正した) is of outlooks, both ends', () => {
		const body = '京セラは5日、4〜9月期の決算を発表した。売上収益は2,200億円だった。\n\n通期の見通しも引き上げた。売上収益は4,500億円から4,700億円へ、事業利益は380億円から410億円へ上方修正した。';
		expect(figures(body, '2025-11-06').filter(figure => figure.includes('outlook'))).toEqual([
			'kyocera revenue 450000000000 JPY FY2026 outlook prior',
			'kyocera revenue 470000000000 JPY FY2026 outlook',
			'kyocera operating_income 38000000000 JPY FY2026 outlook prior',
			'kyocera operating_income 41000000000 JPY FY2026 outlook',
		]);
	});

	test('同利益 in the paragraph after a profit names that profit (併せて、通期の同利益は…とする従来予想を据え置いた)', () => {
		const body = 'ソフトバンクの4〜9月期の純利益は前年同期比6.1%増の3,020億円だった。\n\n　併せて、通期の同利益は前期比2.4%増の5,600億円とする従来予想を据え置いた。';
		expect(figures(body, '2025-11-06').slice(2)).toEqual(['softbank-corp other 2.4 % FY2026 outlook', 'softbank-corp net_income 560000000000 JPY FY2026 outlook']);
	});

	test("a year-before value the text rounds to 億 (前期は31.2億円) is the table's row of that year (| 25.03 | … | 3,118 |), one figure; a forecast and the one it replaced stay two", () => {
		const body = [
			'# ＴＯＷＡ、今期経常を上方修正',
			'',
			'2025/11/06 15:30',
			'',
			'　ＴＯＷＡ <6315> が決算を発表。通期の連結経常利益を従来予想の40億円→45億円(前期は31.2億円)に12.5%上方修正した。',
			'',
			'■業績推移（単位：百万円）',
			'',
			'| 決算期 | 売上高 | 営業益 | 経常益 | 最終益 | 修正1株益 | 1株配 |',
			'|---|---|---|---|---|---|---|',
			'| 連 25.03 | 52,010 | 3,020 | 3,118 | 2,104 | 28.1 | 10 |',
			'| 連 26.03予 | 60,000 | 4,300 | 4,500 | 3,100 | 41.5 | 12 |',
		].join('\n');
		const ordinary = extractText(body, {date: null}).figures.filter(figure => figure.unit === 'JPY' && figure.period === 'FY2025' && figure.kind === 'other');
		expect(ordinary.map(figure => figure.value)).toEqual([3118000000]);
		const replaced = figures('東京エレクトロンの通期の売上高は2兆3,500億円（従来予想は2兆4,000億円）になる見通し。', '2025-11-12');
		expect(replaced.map(row => row.split(' ')[2])).toEqual(['2350000000000', '2400000000000']);
	});

	test('a new forecast with the one it replaces beside it is an outlook, however far the verb', () => {
		const found = figures(
			'ソシオネクストは30日、2026年3月期の純利益が前期比2割減の350億円になる見通しだと発表した。従来予想の300億円から上方修正した。\n\n売上高は2,300億円（従来予想は2,100億円）、営業利益は410億円（同360億円）に引き上げた。',
			'2026-01-31',
		);
		expect(found).toContain('socionext revenue 230000000000 JPY FY2026 outlook');
		expect(found).toContain('socionext operating_income 41000000000 JPY FY2026 outlook');
	});

	test('the amount a forecast is raised by is no level; the level it reaches is, and stays with the segment that opens the sentence', () => {
		expect(figures('ソニーグループの通期の営業利益見通しは、従来予想から500億円引き上げて1兆5,000億円とした。', '2026-08-06')).toEqual(['sony operating_income 1500000000000 JPY FY2027 outlook']);
		const body = 'ソニーグループの4〜6月期決算は増収だった。\n\nゲーム&ネットワークサービス（G&NS）分野の通期営業利益見通しも、5月時点から200億円引き下げて4,000億円とした。';
		expect(figures(body, '2026-08-06')).toEqual([expect.stringMatching(/^sony\/\S+ operating_income 400000000000 JPY FY2027 outlook$/)]);
	});
});

describe('results and outlooks', () => {
	test('a heading over results and outlook together (## 2. 3社の決算と投資見通し) makes no outlook of the results told under it', () => {
		const body = '米大手の7〜9月期決算が出そろった。\n\n## 2. 3社の決算と投資見通し\n\nマイクロソフトのクラウド部門「Azure」は売上高が前年同期比39%増えた。';
		expect(figures(body, '2025-11-03')).toEqual(['microsoft/azure revenue_growth 39 % FY2026-Q1 actual']);
	});

	test('a list under a sentence of the whole year’s forecast (通期予想も引き上げた。 over - 売上高：…→…) is that forecast, for the whole year; the text after the list is not', () => {
		const body = ['2026年3月期の上期（2025年4〜9月）は、売上高5,100億円だった。', '', '通期予想も引き上げた。', '', '- 売上高：1兆円 → 1兆400億円', '', '同日、9月末の受注残高は3,000億円だったと発表した。'].join('\n');
		const found = extractText(body, {date: '2025-11-01', title: '村田製作所の決算'}).figures.map(figure => `${figure.kind} ${figure.value} ${figure.period ?? '-'} ${figure.basis}`);
		expect(found).toEqual(['revenue 510000000000 FY2026-H1 actual', 'revenue 1000000000000 FY2026 outlook', 'revenue 1040000000000 FY2026 outlook', 'backlog 300000000000 2025-09-30 actual']);
	});

	test("a quarter with no year beside its months (8－10月（第4四半期）) is the one the months say, after the next quarter's guidance too", () => {
		const body = 'ラムリサーチは、2026年7－9月（第1四半期）の売上高が約50億ドルになるとの見通しを示した。\n\n4－6月（第4四半期）の売上高は前年同期比20%増の53億ドルだった。';
		expect(figures(body, '2026-07-30').slice(-2)).toEqual(['lam-research revenue_growth 20 % FY2026-Q4 actual', 'lam-research revenue 5300000000 USD FY2026-Q4 actual']);
	});

	test("a forecast revised after a part of the year's results (売上高も従来予想の…→…に減額した), naming no period, is the whole year's", () => {
		const body = 'ローム <6963> が決算を発表。26年3月期第3四半期累計(4-12月)の連結営業利益は前年同期比12.0％減の310億円だった。同時に売上高も従来予想の4,800億円→4,500億円に減額した。';
		expect(figures(body, '2026-02-05').slice(-2)).toEqual(['rohm revenue 480000000000 JPY FY2026 outlook prior', 'rohm revenue 450000000000 JPY FY2026 outlook']);
	});

	test("a result told in the past (…改善した) after the year's outlook in its paragraph is of the results reported, not of the year ahead", () => {
		const body = 'アドバンテストは28日、2026年4〜9月期の連結決算を発表した。純利益は1,850億円だった。\n\n2027年3月期の営業利益は前期比12%増の4,300億円を見込む。売上高総利益率は58.4%と前年同期から1.9ポイント上昇した。';
		expect(figures(body, '2026-10-29').slice(-2)).toEqual(['advantest margin 58.4 % FY2027-H1 actual', 'advantest margin 1.9 pt FY2027-H1 actual']);
	});

	test('a quarter written alone as Q4, as translated guidance has it, is that quarter of the year reported, and what is guided for it an outlook', () => {
		expect(figures('AMDの7〜9月期の売上高は92億ドルだった。Q4 guidanceはrevenue約$9.6B、non-GAAP gross margin約54.5%。', '2025-11-05')).toEqual([
			'amd revenue 9200000000 USD 2025-Q3 actual',
			'amd revenue 9600000000 USD 2025-Q4 outlook',
			'amd margin 54.5 % 2025-Q4 outlook',
		]);
	});

	test('the level a plan starts from, in a year that has ended (24年度の約1500億円から引き上げる計画), is a result; the running year so far (2026年1月期の累計では) is left out, its months unsaid', () => {
		expect(figures('富士通はDC向け事業の売上高を2030年度に4000億円と、24年度の約1500億円から引き上げる計画だ。', '2025-11-26')).toEqual([
			'fujitsu/DC revenue 400000000000 JPY FY2031 outlook',
			'fujitsu/DC revenue 150000000000 JPY FY2025 actual prior',
		]);
		expect(figures('デルの8〜10月期の受注額は120億ドルとなり、2026年1月期の累計では280億ドルに達した。', '2025-11-26')).toEqual(['dell other 12000000000 USD FY2026-Q3 actual']);
	});

	test('a result given as the reason for a plan (…ですから、…計画です) is a result', () => {
		expect(figures('ナギ精工（Nagi Seiko）の決算。2024年度の売上高は900億円ですから、約2倍にする計画です。', '2025-11-12')).toEqual(['x-nagi-seiko revenue 90000000000 JPY FY2024 actual']);
	});

	test('guidance words, a period not yet over, and a revised forecast are outlooks', () => {
		expect(figures('アプライド・マテリアルズは11月〜2026年1月期の売上高を約70億ドルと予想した。')).toEqual(['applied-materials revenue 7000000000 USD FY2026-Q1 outlook']);
		expect(figures('楽天グループは2025年12月期の売上収益を従来予想の2兆4,000億円から2兆5,000億円に引き上げた。', '2025-11-12')).toEqual([
			'rakuten revenue 2400000000000 JPY 2025 outlook prior',
			'rakuten revenue 2500000000000 JPY 2025 outlook',
		]);
		// A forecast in the bracket after a result is the bracket's own.
		expect(figures('デルの2026年1月期第3四半期の1株利益は2.1ドル（会社予想は1.9〜2.0ドル）だった。', '2025-12-01')).toEqual(['dell eps 2.1 USD FY2026-Q3 actual', 'dell eps 1.95 USD FY2026-Q3 outlook']);
	});

	test('a result said to beat an expectation is a result', () => {
		expect(figures('ディスコの2025年10月の売上高は前年同月比21%増と市場の想定を上回った。', '2025-11-20')).toEqual(['disco revenue_growth 21 % 2025-10 actual']);
	});

	test('assets held are no stake', () => {
		expect(figures('ソフトバンクグループの保有資産に対する純負債の比率は9月末時点で18%だった。')).toEqual([]);
	});

	test('what the market, analysts or insiders say is no figure of the company', () => {
		expect(figures('マイクロンの6〜8月期の1株利益は3.0ドルで、市場予想の2.8ドルを上回った。')).toEqual(['micron eps 3 USD FY2025-Q4 actual']);
		expect(figures('一部のアナリストはアームの売上高が来期に50億ドルを超えるとみている。')).toEqual([]);
		expect(figures('関係者によると、コアウィーブは約90億ドルで買収される可能性がある。')).toEqual([]);
		expect(figures('データブリックスの評価額は1,500億ドル規模とされる。')).toEqual([]);
		expect(figures('ディスコの7〜9月期の営業利益は、アナリスト予想平均の営業利益（980億円）を下回った。')).toEqual([]);
		expect(figures('ディスコの7〜9月期の売上高は市場予想を上回り、1,200億円だった。')).toEqual(['disco revenue 120000000000 JPY FY2026-Q2 actual']);
		expect(figures('ソフトバンクグループの評価益が5兆円を超えるとの報道もある。')).toEqual([]);
		// Told as heard: もようだ, と言われ.
		expect(figures('セキレイAI（Sekirei AI）は14日、30億ドルの資金調達を発表した。\n\nまた、一部の既存株主は保有株を売却し、合計5億ドル程度を手にするもようだ。', '2026-01-15')).toEqual(['x-sekirei-ai funding 3000000000 USD - actual']);
		expect(figures('アンソロピックは法人向けだけで年間50億ドルを稼いでいると言われます。')).toEqual([]);
		// A fine, its legal ceiling or its size against sales, measures no business; the sales beside it do.
		expect(
			figures(
				'欧州委員会はアップルに18億ユーロの制裁金を科した。制裁金としては、2024年にグーグルに科した24億ユーロ以来の規模だ。規則では年間売上高の最大10%の制裁金を科せる。同社の2025年9月期の売上高は3,900億ドルで、制裁金は売上高の0.5%に相当する。',
				'2026-03-05',
			),
		).toEqual(['apple revenue 390000000000 USD FY2025 actual']);
		// The securities industry's estimate is another speaker's.
		expect(figures('サムスン電子の1〜3月期の営業利益は30兆ウォンだった。証券業界では、DS部門の営業利益が22兆ウォン前後に達したと推定している。', '2026-04-08')).toEqual(['samsung operating_income 30000000000000 KRW 2026-Q1 actual']);
		// Told as reported by others (とも伝えられていた): hearsay.
		expect(figures('ソニーは24日、米ハヤテ・システムズを買収すると発表した。米メディアは1月、両社が協議していると報じており、買収額は当初80億ドル近くとも伝えられていた。', '2026-02-25')).toEqual([]);
		// A headline's question (…か、): a guess.
		expect(figures('- コアウィーブの受注残は900億ドル超えか、株価は急伸')).toEqual([]);
		expect(figures('コアウィーブの受注残は900億ドルに、株価は急伸した。')).toEqual(['coreweave backlog 90000000000 USD - actual']);
		// Press reports (報道によれば) and a supposition (仮に…ば) hold nothing the company reported, however the sentence ends.
		expect(figures('海外の報道によれば、アンソロピックは評価額4000億ドルでの資金調達を協議中だ。', '2026-03-05')).toEqual([]);
		expect(figures('仮にアームの売上高が年率30%で増え続ければ、2030年度には200億ドルに届く。', '2026-03-05')).toEqual([]);
		// A band (7000円台, 150円台) is somewhere within it, no figure.
		expect(figures('ニデックはTOB価格を1株6000円とした。買付価格は7000円台前半が妥当だ。', '2026-03-05')).toEqual(['nidec other 6000 JPY - actual']);
	});

	test("a company profile's capital is boilerplate", () => {
		expect(figures('資本金：45億円（2025年9月末時点）')).toEqual([]);
	});
});

describe('parts of the figure before', () => {
	test("このうち after a company's figure is a part of that figure, not of a segment named sentences before", () => {
		const body = 'マイクロソフトのゲーム部門の売上高は60億ドルだった。\n\n同社の残存履行義務（RPO）は9月末時点で3,900億ドルとなり、前年同期末の2,800億ドルから39%増えた。このうち約40%は米OpenAIとの契約によるものだという。';
		expect(figures(body, '2026-10-30').at(-1)).toBe('microsoft other 40 % - actual');
	});

	test('money saved by cuts is no result of the company', () => {
		expect(figures('NECは2029年3月期に純利益2,000億円を見込む。一連の施策で、2029年3月期に年間約180億円の固定費削減効果を見込む。', '2026-02-12').at(-1)).toBe('nec other 18000000000 JPY FY2029 outlook');
	});
});

describe('lines told by segment', () => {
	test('a region the measure is counted in (日本市場での売上高, 韓国での売上収益), with a comma after its topic or not, is the part of the company it counts', () => {
		expect(figures('シスコの日本市場での売上高は、2025年に前年比9%増えた。', '2026-02-20')).toEqual(['cisco/日本 revenue_growth 9 % 2025 actual']);
		expect(figures('レゾナックの韓国の売上収益は、2025年に900億円だった。', '2026-02-20')).toEqual(['resonac/韓国 revenue 90000000000 JPY 2025 actual']);
	});

	test("a company's own name with its initials (ソフトバンクグループ（SBG）) is the company, no business of it; a group of a company named so (…・ソリューションズ・グループ（ISG）) is", () => {
		expect(figures('ソフトバンクグループ（SBG）は27日、社債を3,000億円発行すると発表した。', '2025-08-28')).toEqual(['softbank funding 300000000000 JPY - actual']);
		expect(figures('デルの8〜10月期は、インフラストラクチャー・ソリューションズ・グループ（ISG）の売上高が140億ドルだった。', '2025-11-26')).toEqual(['dell/ISG revenue 14000000000 USD FY2026-Q3 actual']);
	});

	test("a business's amount after a sentence that ends on the company's profit, larger than that profit (純利益は12億ドル。…部門が310億ドル), is of no measure the text names: left out", () => {
		expect(figures('デルの通期決算は、売上高が951億ドル、純利益は46億ドルだった。クライアント・ソリューションズ・グループ（CSG）が480億ドルだった。', '2026-03-01').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual([
			'dell revenue 95100000000',
			'dell net_income 4600000000',
		]);
	});

	test('a mix of sales told by product (製品別の売上高構成比は、Aが…、Bが…) gives each line its share; what a line includes and its reading may stand around it', () => {
		const body = 'マイクロンの決算。9〜11月期の製品別の売上高構成比は、サーバー向けを含むDRAM（ディーラム）が74%、NAND型フラッシュが25%だった。';
		expect(figures(body, '2025-12-20')).toEqual(['micron/DRAM other 74 % FY2026-Q1 actual', 'micron/NAND other 25 % FY2026-Q1 actual']);
	});

	test('a breakdown by segment that opens its sentence and names no measure (事業別では、X向けが…) breaks down sales', () => {
		const body = 'ローツェの2026年2月期の売上高は1200億円だった。営業利益率は25%だった。\n\n用途別では、半導体向けが前期比12%増の900億円、FPD向けは8%減の150億円だった。';
		expect(figures(body, '2026-04-10').slice(2)).toEqual([
			'rorze/半導体 revenue_growth 12 % FY2026 actual',
			'rorze/半導体 revenue 90000000000 JPY FY2026 actual',
			'rorze/FPD revenue_growth -8 % FY2026 actual',
			'rorze/FPD revenue 15000000000 JPY FY2026 actual',
		]);
	});

	test('a product named on the way («X»の新規導入が) is no segment of the line that leads the clause', () => {
		const body = 'さくらインターネットの2025年4〜12月期決算は増収だった。\n\nホスティング事業は、新サービス「サクラ箱」の新規導入が進み、売上高は42億円となりました。';
		expect(figures(body, '2026-02-13')).toEqual(['sakura-internet/ホスティング revenue 4200000000 JPY 2025-04..2025-12 actual']);
	});

	test('a product the text named in 「」 is still the line when named bare later (高火力の利用企業, 高火力の4-12月期売上高)', () => {
		const body = 'さくらインターネットはGPUクラウド「高火力」の提供を広げる。\n\n社長は「高火力の利用企業は12月末時点で約1,200社です」と話す。高火力の4-12月期売上高は98億円だった。';
		expect(figures(body, '2026-02-05')).toEqual(['sakura-internet/高火力 customers 1200 count 2025-12-31 actual', 'sakura-internet/高火力 revenue 9800000000 JPY 2025-04..2025-12 actual']);
	});

	test('a unit named with セグメント is still the unit when named bare later, before its period (X の通期事業利益予想), and no period word names a unit', () => {
		const body = '信越化学工業の4〜6月期は増収だった。\n\n電子材料セグメントは売上収益が1,900億円となった。\n\nまた、電子材料の通期事業利益予想は従来の800億円から850億円に引き上げた。';
		expect(figures(body, '2025-07-30').slice(-2)).toEqual(['shin-etsu/電子材料 operating_income 80000000000 JPY FY2026 outlook prior', 'shin-etsu/電子材料 operating_income 85000000000 JPY FY2026 outlook']);
		// Not the market a share is of: "電子材料の世界シェア" is the company's.
		const share = '信越化学工業の電子材料セグメントは好調だった。\n\n電子材料の世界シェアは2024年に30%だった。';
		expect(figures(share, '2025-07-30').filter(line => line.includes('market_share'))).toEqual(['shin-etsu market_share 30 % 2024 actual']);
	});

	test("a product in 「」 named after its maker is the product, and the company's figures after it, under a label naming the company, are the company's", () => {
		const body = '**freee：会計ソフトが伸びる**\n\nfreeeが12日発表した2026年6月期上期（2025年7〜12月）の決算は、売上高が前年同期比30%増の200億円だった。会計ソフト「freee」の12月末の契約件数は58万件。通期予想（売上高420億円）は据え置いた。';
		expect(figures(body, '2026-02-13')).toEqual([
			'freee revenue_growth 30 % FY2026-H1 actual',
			'freee revenue 20000000000 JPY FY2026-H1 actual',
			'freee/freee customers 580000 count 2025-12-31 actual',
			'freee revenue 42000000000 JPY FY2026 outlook',
		]);
	});

	test('a name in letters that a word for a product describes (経費精算サービスのSpend Cubeは) is the line; a measure in letters after 製品の (製品のARR) is no product', () => {
		const body = 'ラクスの決算は増収だった。\n\n経費精算サービスのSpend Cubeは、9月末時点の有料契約件数が5,200件を超えた。';
		expect(figures(body, '2025-11-14')).toEqual(['rakus/Spend Cube customers 5200 count 2025-09-30 actual']);
		expect(figures('アドビの決算は増収だった。同社の主力製品のARRは9月末に100億ドルを超えた。', '2025-10-14').map(row => row.split(' ')[0])).not.toContain('adobe/ARR');
	});

	test('a region told as its 地域 (欧州地域の売上収益) is the region; an unprofitable business (不採算事業) names no unit', () => {
		const body = 'NECの2025年4〜12月期の売上収益は2兆4,000億円だった。海外では、不採算事業の整理を進める欧州地域の売上収益が前年同期比3.2%減の2,100億円に落ち込んだ。';
		expect(figures(body, '2026-01-30').slice(-1)).toEqual(['nec/欧州 revenue 210000000000 JPY 2025-04..2025-12 actual']);
	});

	test('a product series named in 「」 within the part (このうち…「X」シリーズの売上高) is the segment, not the whole before it', () => {
		const body = 'ソフトバンクの通期決算は増収だった。\n\n事業別では、法人事業の売上高が8,000億円となり、このうち企業向け通信サービス「ギガネット」シリーズの売上高は1,500億円だった。';
		// 通期決算 told in May is of the year just ended.
		expect(figures(body, '2026-05-12').slice(-1)).toEqual(['softbank-corp/ギガネット revenue 150000000000 JPY FY2026 actual']);
	});

	test("a by-segment paragraph's later lines take its measure, however far back it was named", () => {
		const body = 'ディスコが発表した2025年4〜12月期決算は増収だった。\n\n事業別では、精密加工装置事業の売上高が前年同期比20%増の2,100億円となった。このうち切断装置は大きく伸びた。生成AI向けの需要が強い。消耗品事業は12%増の800億円だった。';
		expect(figures(body, '2026-01-30').slice(-2)).toEqual(['disco/消耗品 revenue_growth 12 % 2025-04..2025-12 actual', 'disco/消耗品 revenue 80000000000 JPY 2025-04..2025-12 actual']);
	});

	const body =
		'ソニーの2026年3月期の売上高は12兆円だった。分野別では、法人や官公庁向けのイメージセンサーの売上高が前期比12%増の2兆円となった。ゲームやスマホ向けのミュージック事業は同2%減の1兆5,000億円、ネットワークサービスは同5%増の8,000億円だった。';

	test('the line named after the customers it serves is the segment, and so is a line opening its clause', () => {
		expect(figures(body, '2026-05-15')).toEqual([
			'sony revenue 12000000000000 JPY FY2026 actual',
			'sony/イメージセンサー revenue_growth 12 % FY2026 actual',
			'sony/イメージセンサー revenue 2000000000000 JPY FY2026 actual',
			'sony/ミュージック revenue_growth -2 % FY2026 actual',
			'sony/ミュージック revenue 1500000000000 JPY FY2026 actual',
			'sony/ネットワークサービス revenue_growth 5 % FY2026 actual',
			'sony/ネットワークサービス revenue 800000000000 JPY FY2026 actual',
		]);
	});

	test("a market's spending named on the way (…の投資拡大を背景に) is no investment: the region's sales keep the paragraph's measure", () => {
		const body =
			'ヤマブキ精機（Yamabuki Seiki）の2025年4〜9月期決算は増収だった。\n\n地域別では、最大市場の米国向け売上高が7%増の500億円だった。欧州向けは車載半導体の投資拡大を背景に30%増の120億円。中国向けはメモリー投資の回復が遅れ、前年同期比△4%の90億円にとどまった。';
		expect(figures(body, '2025-11-12')).toEqual([
			'x-yamabuki-seiki/米国向け revenue_growth 7 % 2025-04..2025-09 actual',
			'x-yamabuki-seiki/米国向け revenue 50000000000 JPY 2025-04..2025-09 actual',
			'x-yamabuki-seiki/欧州 revenue_growth 30 % 2025-04..2025-09 actual',
			'x-yamabuki-seiki/欧州 revenue 12000000000 JPY 2025-04..2025-09 actual',
			'x-yamabuki-seiki/中国 revenue_growth -4 % 2025-04..2025-09 actual',
			'x-yamabuki-seiki/中国 revenue 9000000000 JPY 2025-04..2025-09 actual',
		]);
	});

	test('a breakdown by product in the paragraph after one by region of sales is of sales too; a kanji name of what a maker sells is a line', () => {
		const body = 'ヤマブキ精機（Yamabuki Seiki）の2025年4〜9月期決算は増収だった。\n\n地域別では、米国向け売上高が7%増の500億円だった。\n\n製品別では、主力の真空搬送装置が5%増の300億円、コーターが9%増の200億円だった。';
		expect(figures(body, '2025-11-12').slice(2)).toEqual([
			'x-yamabuki-seiki/真空搬送装置 revenue_growth 5 % 2025-04..2025-09 actual',
			'x-yamabuki-seiki/真空搬送装置 revenue 30000000000 JPY 2025-04..2025-09 actual',
			'x-yamabuki-seiki/コーター revenue_growth 9 % 2025-04..2025-09 actual',
			'x-yamabuki-seiki/コーター revenue 20000000000 JPY 2025-04..2025-09 actual',
		]);
		// After a paragraph of profit, a breakdown names its own measure or gives nothing.
		expect(figures(body.replace('米国向け売上高', '米国向けの営業利益'), '2025-11-12').filter(figure => figure.includes('コーター'))).toEqual([]);
	});

	test("a segment's name on a line of its own labels its paragraph's figures, or the next paragraph's when it stands alone; a paragraph after them is the company's", () => {
		const body = [
			'# ヒバリ計器、2025年12月期決算',
			'',
			'ヒバリ計器（Hibari Keiki）の2025年12月期決算。',
			'',
			'（計測機器事業）',
			'工場向けの更新需要が続き、売上高は8,200百万円（前期比6.0％増）となりました。',
			'',
			'### 医療機器事業',
			'',
			'売上高は2,100百万円となりました。',
			'',
			'なお、当連結会計年度末の受注残高は5,000百万円となりました。',
		].join('\n');
		expect(figures(body, '2026-02-12')).toEqual([
			'x-hibari-keiki/計測機器 revenue 8200000000 JPY 2025 actual',
			'x-hibari-keiki/計測機器 revenue_growth 6 % 2025 actual',
			'x-hibari-keiki/医療機器 revenue 2100000000 JPY 2025 actual',
			'x-hibari-keiki backlog 5000000000 JPY 2025-12-31 actual',
		]);
	});

	test('a paragraph that opens on a segment as its topic speaks of it in its later sentences, whatever they measure', () => {
		const body = 'ツクシ通信（Tsukushi Tsushin）の4〜9月期決算は増益だった。\n\n成長領域の法人事業は、売上収益が12%増の900億円だった。ただ、人件費がかさみ、営業損益は5億円の赤字に転落した。';
		expect(figures(body, '2025-11-07').at(-1)).toBe('x-tsukushi-tsushin/法人 operating_income -500000000 JPY 2025-04..2025-09 actual');
		// A paragraph that opens on the company, not a segment, gives the later sentence to the company.
		expect(figures(body.replace('成長領域の法人事業は、売上収益が', '同社は、法人事業の売上収益が'), '2025-11-07').at(-1)).toBe('x-tsukushi-tsushin operating_income -500000000 JPY 2025-04..2025-09 actual');
	});

	test('a measure told by region (地域別売上高は、中国が…) makes its places the segments of the amounts, in the sentence after too', () => {
		const body = 'アドバンテストの10〜12月期決算は増収だった。\n\n地域別売上高は、台湾が1,200億円で全体の40%を占めた。このほか韓国は600億円、米国は300億円だった。';
		expect(figures(body, '2026-01-30')).toEqual([
			// A March company's 10〜12月期 is the third quarter of its year.
			'advantest/台湾 revenue 120000000000 JPY FY2026-Q3 actual',
			'advantest/台湾 other 40 % FY2026-Q3 actual',
			'advantest/韓国 revenue 60000000000 JPY FY2026-Q3 actual',
			'advantest/米国 revenue 30000000000 JPY FY2026-Q3 actual',
		]);
		// "台湾向け比率は": the customers' line with its measure right after, no の between.
		const ratio = 'アドバンテストの10〜12月期決算は増収だった。\n\n地域別売上高は、台湾が1,200億円で全体の40%を占めた。台湾向け比率は前四半期の45%から5ポイント低下した。';
		expect(figures(ratio, '2026-01-30').at(-1)).toBe('advantest/台湾 other 45 % FY2026-Q2 actual prior');
	});

	test('without a word that says the text reports by segment, a bare line name owns nothing', () => {
		expect(figures('ソニーの2026年3月期の売上高は12兆円だった。ネットワークサービスは同5%増の8,000億円だった。', '2026-05-15')).toEqual(['sony revenue 12000000000000 JPY FY2026 actual']);
	});
});

describe('a release that spaces its dates', () => {
	test('a space between a number and the unit of a date (2026 年 2 月 25 日, 第 4 四半期) reads as written without it', () => {
		const body = 'サンタクララ — 2026 年 2 月 25 日 — マーベルは本日、第 4 四半期の売上高が 21 億ドルだったと発表しました。';
		expect(figures(body, '2026-02-26').filter(line => / revenue /.test(line))).toEqual(['marvell revenue 2100000000 USD FY2026-Q4 actual']);
		// "1 株当たり利益": a share as a unit of a number is spaced too.
		expect(figures('マーベルの第 4 四半期の GAAP ベースの希薄化後 1 株当たり利益は 0.45 ドルでした。', '2026-02-26')).toEqual(['marvell eps 0.45 USD FY2026-Q4 actual']);
	});
});

describe("a segment called by the company's plain word", () => {
	test("クラウドの営業利益率 in a story of Google is Google Cloud's, not the whole company's", () => {
		expect(figures('アルファベットの1〜3月期は増収だった。クラウドの営業利益率は約24%に上がった。', '2026-04-30')).toEqual(['google/google-cloud margin 24 % 2026-Q1 actual']);
	});
});

describe('a forecast replaced, told after its year ended', () => {
	test('the old forecast a revision started from (予想を従来の…から…に上方修正) stays an outlook once the year has ended; cash in hand and deposits (現金及び預金) are a level', () => {
		expect(figures('ラクスは8月、2026年3月期の営業利益予想を従来の95億円から102億円に上方修正した。', '2026-05-20')).toEqual([
			'rakus operating_income 9500000000 JPY FY2026 outlook prior',
			'rakus operating_income 10200000000 JPY FY2026 outlook',
		]);
		expect(figures('ラクスの9月末の現金及び預金は210億円だった。', '2026-10-20')).toEqual(['rakus other 21000000000 JPY 2026-09-30 actual']);
	});
});

describe('a line named in long katakana', () => {
	test('a name in katakana too long to be a word of the text (…インダストリアルソリューションズの売上収益) is a line of business', () => {
		expect(figures('イビデンの上期は、インダストリアルソリューションズの売上収益が300億円だった。', '2025-11-05')).toEqual(['ibiden/インダストリアルソリューションズ revenue 30000000000 JPY FY2026-H1 actual']);
	});
});

describe('sections headed by a period', () => {
	test('a heading that opens on the months of results (### 4〜12月期（累計）の数字) dates the list under it', () => {
		const body = ['ローツェが2026年2月期の第3四半期決算を出した。', '', '### 3〜11月期（累計）の数字', '', '- 売上高：1,020億円（前年同期比9%増）'].join('\n');
		expect(figures(body, '2026-01-10').filter(line => / revenue /.test(line))).toEqual(['rorze revenue 102000000000 JPY 2025-03..2025-11 actual']);
	});

	test('a sentence that opens a list on its period (2025年のPC出荷について、各社の集計は次の通りです。) dates the list under it', () => {
		const body = ['2026年1月、調査会社がPCの出荷を発表した。', '', '2025年（1〜12月）の世界PC出荷について、各社の集計は次の通りです。', '', '- **IDC**（1月12日発表）：レノボがシェア25%で首位、HPが21%で2位'].join('\n');
		expect(figures(body, '2026-01-20').filter(line => / market_share /.test(line))).toEqual(['lenovo market_share 25 % 2025 actual IDC', 'hp-inc market_share 21 % 2025 actual IDC']);
	});

	test('a heading that ends on the months in brackets (## 決算のポイント（4〜9月累計）) dates the list under it, not the quarter the story names', () => {
		const body = ['KDDIが11月4日に2026年3月期の第2四半期決算を発表した。', '', '## 決算のポイント（4〜9月累計）', '', '- 売上高：2兆9,800億円（前年同期比3.1%増）'].join('\n');
		expect(figures(body, '2025-11-06').filter(line => / revenue /.test(line))).toEqual(['kddi revenue 2980000000000 JPY FY2026-H1 actual']);
	});
});

describe('sections headed by a line of business', () => {
	test('a bold heading that is only the name of a line (**ゲーミングと AI PC**) heads the figures under it; a heading of another kind (**NVIDIA について**) ends the section', () => {
		const body = ['マーベルは決算を発表した。', '', '**カスタム シリコン**', '', '- 第3四半期の売上高は 9 億ドルでした。', '', '**マーベルについて**', '', '- 従業員数は約7,000人です。'].join('\n');
		const found = extractText(body, {date: '2025-12-03', title: 'マーベル、2026 年度第 3 四半期の業績を発表'}).figures.map(figure => `${figure.company}/${figure.segment ?? '-'} ${figure.kind} ${figure.value} ${figure.period}`);
		expect(found).toEqual(['marvell/カスタム シリコン revenue 900000000 FY2026-Q3', 'marvell/- headcount 7000 null']);
		// "## Key numbers": a heading in English words alone titles a section as often as it names a line.
		const english = extractText(['マーベルは8〜10月期決算を発表した。', '', '## Key numbers', '', '- Revenue：$2.1B'].join('\n'), {date: '2025-12-03', title: 'マーベル決算'}).figures;
		expect(english.map(figure => figure.segment)).toEqual([null]);
	});
});

describe('list items labelled by their line of business', () => {
	test('a label in kanji naming what a maker sells (- 受動部品：売上高…) is the segment in any list, and its gloss in brackets (…（センサーなど）：) is no part of its name', () => {
		const body = ['イビデンは2026年3月期の決算を発表した。部門別の数字をざっと並べます。', '', '- 電子材料：売上高1,350億円、営業利益210億円', '- 計測機器（分析装置など）：売上高820億円、営業利益95億円'].join('\n');
		expect(figures(body, '2026-05-12')).toEqual([
			'ibiden/電子材料 revenue 135000000000 JPY FY2026 actual',
			'ibiden/電子材料 operating_income 21000000000 JPY FY2026 actual',
			'ibiden/計測機器 revenue 82000000000 JPY FY2026 actual',
			'ibiden/計測機器 operating_income 9500000000 JPY FY2026 actual',
		]);
	});

	test("a label that puts a region before its measure (- 北米売上高：…) is that region's; a measure alone (- 売上高：…) is the company's", () => {
		const body = ['スノーフレークの5〜7月期。', '', '- 売上高：11億ドル（前年同期比+30%）', '- 北米売上高：8億ドル（+28%）'].join('\n');
		expect(figures(body, '2025-08-30').filter(line => / revenue /.test(line))).toEqual(['snowflake revenue 1100000000 USD FY2026-Q2 actual', 'snowflake/北米 revenue 800000000 USD FY2026-Q2 actual']);
	});

	test('items under a sentence that gives a profit by segment (セグメント別の事業利益は以下の通り) are segments, a label in kanji of any kind', () => {
		const body = ['イビデンの上期決算。', '', 'セグメント別の事業利益は以下の通り。', '', '- 電子（ICパッケージ）：売上高1,900億円、事業利益240億円', '- セラミック：売上高700億円、事業利益60億円'].join('\n');
		expect(figures(body, '2025-11-10').filter(line => line.includes('電子'))).toEqual(['ibiden/電子 revenue 190000000000 JPY FY2026-H1 actual', 'ibiden/電子 operating_income 24000000000 JPY FY2026-H1 actual']);
	});
});

describe('what a company holds on a day', () => {
	test('inventories (棚卸資産), cash in hand (手元資金) and revenue billed but not earned (繰延収益) are levels of their own, no sales or investment', () => {
		expect(figures('ソシオネクストの9月末の棚卸資産は410億円と、6月末の450億円から減った。', '2025-11-10')).toEqual(['socionext other 41000000000 JPY 2025-09-30 actual', 'socionext other 45000000000 JPY 2025-06-30 actual prior']);
		expect(figures('ソシオネクストの9月末時点の手元資金は1,200億円だった。', '2025-11-10')).toEqual(['socionext other 120000000000 JPY 2025-09-30 actual']);
		expect(figures('ソシオネクストの繰延収益は9月末時点で300億円だった。', '2025-11-10')).toEqual(['socionext backlog 30000000000 JPY 2025-09-30 actual']);
	});

	test('a level at the end of the year (年末の…) and at the end of the one before (前年末の…) are of those days', () => {
		expect(figures('ソシオネクストの年末の従業員数は3,100人と、前年末の2,950人から増えた。', '2026-02-10')).toEqual(['socionext headcount 3100 count 2025-12-31 actual', 'socionext headcount 2950 count 2024-12-31 actual prior']);
	});
});

describe('a measure a part is taken of', () => {
	test('the measure before …のN%にあたる (売上高の18%にあたる) is the base, not what the amount after it measures', () => {
		const found = figures('ソシオネクストの研究開発費は上期に売上高の18%にあたる約230億円に上った。', '2025-11-10');
		expect(found.some(line => / revenue /.test(line))).toBe(false);
		expect(found).toContain('socionext other 23000000000 JPY FY2026-H1 actual');
	});
});

describe('a list of forecasts under a sentence naming their year', () => {
	test("…年3月期の業績予想は据え置きました。 over a list: the items are that year's outlook", () => {
		const body = ['ソシオネクストの4〜6月期決算。', '', '2026年3月期の業績予想は据え置きました。', '', '- 売上高：2,300億円（前期比6%増）', '- 営業利益：260億円'].join('\n');
		expect(figures(body, '2025-08-05')).toEqual(['socionext revenue 230000000000 JPY FY2026 outlook', 'socionext revenue_growth 6 % FY2026 outlook', 'socionext operating_income 26000000000 JPY FY2026 outlook']);
	});
});

describe('parts of a whole', () => {
	test('a ratio a clause before made the object (売上収益に占める比率を、2028年3月期に50%超に高める) is a part of sales, no growth of them', () => {
		const rows = figures('NECはDX事業「BluStellar」の売上収益に占める比率を、2028年3月期に40%に高める目標を掲げる。', '2026-06-18');
		expect(rows.filter(row => row.includes('revenue_growth'))).toEqual([]);
	});

	test("the total (総売上高, Total revenue) after a line is the whole company's", () => {
		expect(figures('スノーフレークの8〜10月期決算。製品売上高は前年同期比29%増の11億6,000万ドルだった。総売上高は12億1,000万ドルだった。', '2025-12-04')).toEqual([
			'snowflake/製品 revenue_growth 29 % FY2026-Q3 actual',
			'snowflake/製品 revenue 1160000000 USD FY2026-Q3 actual',
			'snowflake revenue 1210000000 USD FY2026-Q3 actual',
		]);
	});

	test('a period told as the topic of a share of the whole (前年同期は14%でした) is no part of the business', () => {
		expect(figures('LINEヤフーの説明会。\n\n「広告売上収益に占めるAI活用型広告の比率は、2025年度上期（4〜9月）で25%まで上がりました。前年同期は14%でした。」', '2025-11-20')).toEqual([
			'ly-corp other 25 % FY2026-H1 actual',
			'ly-corp other 14 % FY2025-H1 actual prior',
		]);
	});

	test('a part named with its reading in brackets inside (このうちCMP（化学機械研磨）装置は) is that part, named without the reading', () => {
		expect(figures('東京エレクトロンの4〜9月期の半導体製造装置事業の売上高は1兆1,800億円だった。このうちCMP（化学機械研磨）装置は2,340億円だった。', '2025-11-13')).toEqual([
			'tokyo-electron/半導体製造装置 revenue 1180000000000 JPY FY2026-H1 actual',
			'tokyo-electron/CMP装置 revenue 234000000000 JPY FY2026-H1 actual',
		]);
	});

	test("a part measured against a segment's sales (同事業の売上高に占める) is the part, and so is its earlier value", () => {
		const body = 'TDKの決算。電池事業の売上高は9,000億円だった。このうち車載向けが同事業の売上高に占める比率は28%と、前年同期の21%から上がった。';
		expect(figures(body, '2025-11-20').slice(-2)).toEqual(['tdk/車載向け other 28 % - actual', 'tdk/車載向け other 21 % - actual prior']);
	});

	test('このうち names the part of the figure before: a line of revenue, a customer group; a measure after it is none', () => {
		expect(figures('アームの10〜12月期の売上高は12億ドルだった。このうちライセンス収入は5億ドルだった。', '2025-12-10')).toEqual(['arm revenue 1200000000 USD FY2026-Q3 actual', 'arm/ライセンス revenue 500000000 USD FY2026-Q3 actual']);
		expect(figures('シスコの通期売上高は600億ドルを見込む。このうち欧州の通信会社向けは80億ドルを見込む。', '2025-12-10')).toEqual([
			'cisco revenue 60000000000 USD FY2026 outlook',
			'cisco/欧州の通信会社向け revenue 8000000000 USD FY2026 outlook',
		]);
		expect(figures('デルの10〜12月期の売上高は240億ドルだった。このうち純利益は10億ドルだった。', '2025-12-10')).toEqual(['dell revenue 24000000000 USD 2025-Q4 actual', 'dell net_income 1000000000 USD 2025-Q4 actual']);
	});

	test("an adjusted measure is the company's, not a segment called 調整後", () => {
		expect(figures('セールスフォースの8〜10月期決算。\n\n地域別では、欧州向け売上高が前年同期比9%増えた。調整後の営業利益率は33%だった。', '2025-12-10')).toEqual([
			'salesforce/欧州向け revenue_growth 9 % FY2026-Q3 actual',
			'salesforce margin 33 % FY2026-Q3 actual',
		]);
	});

	test("full-year guidance after a segment's result is the company's", () => {
		expect(figures('KDDIの4〜12月期決算。\n\n法人向けのビジネス事業の営業利益は前年同期比11%増の1,980億円だった。通期の営業利益予想は1兆1,800億円を維持した。', '2026-02-07')).toContain(
			'kddi operating_income 1180000000000 JPY FY2026 outlook',
		);
		expect(figures('エヌビディアの11〜1月期決算。データセンター部門の売上高は510億ドルだった。2026年度通期の売上高は2,160億ドルと、前年度の1,305億ドルから大きく伸びた。', '2026-02-26')).toEqual([
			'nvidia/データセンター revenue 51000000000 USD FY2026-Q4 actual',
			'nvidia revenue 216000000000 USD FY2026 actual',
			'nvidia revenue 130500000000 USD FY2025 actual prior',
		]);
	});
});

describe('同事業', () => {
	test('同サービス is the service named last in 「」 after the word for it, in its paragraph or the one before', () => {
		expect(figures('富士通は政府向けのクラウドサービス「Fujitsu Sovereign Cloud」を拡充する。\n\n官公庁の引き合いが強く、同サービスの利用企業は12月末時点で85社となった。', '2026-01-20')).toEqual([
			'fujitsu/Fujitsu Sovereign Cloud customers 85 count 2025-12-31 actual',
		]);
	});

	test('同事業 points back to the unit a sentence singles out (最も伸びたのはX傘下のYで、), not to one named before it', () => {
		const body = 'アマゾンのAWSは堅調だった。\n\n最も伸びたのはマイクロソフト傘下のAzureで、2026年7〜9月期の売上高は前年同期比39%増えた。同事業の営業利益は2026年7〜9月期に180億ドルだった。';
		expect(figures(body, '2026-11-02').filter(row => / operating_income /.test(row))).toEqual(['microsoft/azure operating_income 18000000000 USD FY2027-Q1 actual']);
	});

	test('同部門 points back to a business in 「」 its sentence before was about', () => {
		const body = 'パナソニックの10〜12月期決算。部門別では、空調や照明を含む「くらし」が伸びた。同部門の売上高は5%増の8,200億円だった。';
		expect(figures(body, '2026-02-05')).toContain('panasonic/くらし revenue 820000000000 JPY FY2026-Q3 actual');
	});

	test('points back to a service the company began, named in 「」', () => {
		const body = 'オムロンは工場の検査を自動化する「オムロン ビジョンAI」を2024年に始めた。2025年度の同事業の売上高は約60億円だった。2028年度に同事業で売上高300億円を目指す。';
		expect(figures(body, '2026-05-20')).toEqual(['omron/オムロン ビジョンAI revenue 6000000000 JPY FY2026 actual', 'omron/オムロン ビジョンAI revenue 30000000000 JPY FY2029 outlook']);
	});

	test("is the segment of the company written before it (Xのロボット事業は), not of the paragraph before's buyer", () => {
		const body = ['キヤノンは9日、ソニーグループから医療機器事業を買い取ると発表した。', '', 'ソニーグループの医療機器事業は内視鏡に強い。同事業の2025年3月期の売上高は1,800億円だった。'].join('\n');
		expect(figures(body, '2025-10-10')).toEqual(['sony/医療機器 revenue 180000000000 JPY FY2025 actual']);
	});
});

describe("a part's measure is never the whole company's", () => {
	test('この事業 and このセグメント point back to the segment named last; with none named, the part is left out, its earlier value too', () => {
		const named = 'オムロンの2026年3月期決算で、制御機器事業の売上高は4,100億円だった。この事業の営業利益は410億円で、前期の380億円から増えた。';
		expect(figures(named, '2026-05-20').filter(row => / operating_income /.test(row))).toEqual(['omron/制御機器 operating_income 41000000000 JPY FY2026 actual', 'omron/制御機器 operating_income 38000000000 JPY FY2025 actual prior']);
		const unnamed = 'オムロンの2026年3月期決算は増収増益だった。このセグメントの営業利益は410億円で、前期の380億円から増えた。';
		expect(figures(unnamed, '2026-05-20')).toEqual([]);
	});

	test('同部門 after a line brief cannot name as a segment (原動力はカスタム半導体で、同部門の売上高は) is left out, not given to the company', () => {
		expect(figures('ソシオネクストの2026年4〜6月期決算は増収だった。原動力はカスタム半導体で、同部門の売上高は61%増の420億円に達した。', '2026-08-01')).toEqual([]);
	});

	test('a region glued to the measure (海外売上高は) is the region', () => {
		expect(figures('ダイキン工業の2026年3月期決算は増収だった。海外売上高は前期比6.2%増の3兆4,100億円だった。', '2026-05-20')).toEqual([
			'daikin/海外 revenue_growth 6.2 % FY2026 actual',
			'daikin/海外 revenue 3410000000000 JPY FY2026 actual',
		]);
	});
});

describe("another company's service a business uses", () => {
	test("a service the counted customers use (「Google Gemini」などを使う顧客企業は) is not their owner; the article's company is", () => {
		expect(figures('ブレインパッドの2025年12月期決算は増収だった。「Google Gemini」などを使う顧客企業は12月末時点で140社に増えた。', '2026-02-14')).toEqual(['brainpad customers 140 count 2025-12-31 actual']);
	});
});

describe('同社', () => {
	test('is the company whose announced results a sentence makes its topic (Yが10日に発表した4〜9月期は、…), not the one the paragraph singled out before', () => {
		const body = '増収率が最も高かったのは村田製作所で、コンデンサーが伸びた。TDKが10日に発表した2025年4〜9月期は、電池の営業利益が1,200億円と前年同期比20%増えた。同社は通期の営業利益予想を従来の2,000億円から2,300億円に引き上げた。';
		expect(
			figures(body, '2025-11-12')
				.filter(row => / outlook/.test(row))
				.map(row => row.split(' ')[0]),
		).toEqual(['tdk', 'tdk']);
	});

	test("after two companies named together as the topic (XとYは…発表した) and a paragraph opened on the first's figure, is the first, not the second of the pair", () => {
		const body = 'アドバンテストと東京エレクトロンは30日、4〜9月期決算を発表した。\n\nアドバンテストの売上高は2,800億円だった。\n\n同社は通期の純利益予想を1,900億円に引き上げた。';
		expect(figures(body, '2025-10-31')).toEqual(['advantest revenue 280000000000 JPY FY2026-H1 actual', 'advantest net_income 190000000000 JPY FY2026 outlook']);
	});

	test('the name a cleft sentence ends on (…が目立ったのはX。) or whose results it puts in focus (きっかけはXの決算です。) is what follows is about', () => {
		expect(figures('東京エレクトロンは新工場を公開した。\n\n上昇が目立ったのはアドバンテスト。同社は通期の純利益予想を2,100億円とした。', '2026-02-01')).toEqual(['advantest net_income 210000000000 JPY FY2026 outlook']);
		expect(figures('キオクシア株が急伸した。\n\nきっかけは米ウエスタンデジタルの決算です。同日発表した4〜6月期の売上高は26億ドルでした。', '2026-07-31')).toEqual(['western-digital revenue 2600000000 USD FY2026-Q4 actual']);
		// What is said of the focus may stand between (目立つのは、…に選ばれたXです。).
		expect(figures('富士通は苦戦した。\n\n国内勢で健闘したのは、生成AI向けの新サービスが好評だったNECです。同社の2025年3月期の売上高は3兆4,000億円でした。', '2025-06-20')).toEqual(['nec revenue 3400000000000 JPY FY2025 actual']);
	});

	test('the followers a ranking lists after its leader (…が20%、米Xが18%で続いた) are compared, not turned to: 同社 after is still the company the text is about', () => {
		const body = 'キオクシアは13日、決算を発表した。\n\nNAND市場でのシェアは、調査会社オムディアによると7〜9月期に19%で3位。サムスン電子が33%、SKハイニックスが21%で続いた。\n\n同社は2026年の設備投資を約4,000億円とする計画だ。';
		expect(figures(body, '2025-11-14').filter(line => / capex /.test(line))).toEqual(['kioxia capex 400000000000 JPY 2026 outlook']);
	});

	test('a company whose part of its sales the sentence opens on (Xの…売上高に占める中国向けの比率は) is what 同社 after means', () => {
		const body = '東京エレクトロンは5%安、KOKUSAI ELECTRICは3%安となった。\n\nディスコの4〜6月期の売上高に占める中国向けの比率は30%だった。同社は通期の売上高を4,500億円とする見通しを示した。';
		expect(figures(body, '2025-08-10').filter(line => / revenue /.test(line))).toEqual(['disco revenue 450000000000 JPY FY2026 outlook']);
	});

	test('shares of another company sold (保有するX株の一部売却に伴う売却益) leave the gain and the profit with the seller', () => {
		const found = figures('京セラは上期に、保有するKDDI株の一部売却に伴う約1,500億円の売却益を計上し、中間利益は900億円だった。', '2025-11-05');
		expect(found.every(line => line.startsWith('kyocera'))).toBe(true);
		expect(found).toContain('kyocera net_income 90000000000 JPY FY2026-H1 actual');
	});

	test('an officer named with the title after (TSMCの魏哲家（…）会長兼CEOは…と述べた) turns the text to the company: 同社 after is it', () => {
		const body = 'ソニーグループは熊本で新工場の建設を始めた。\n\nTSMCの魏哲家（シーシー・ウェイ）会長兼最高経営責任者（CEO）は16日の決算説明会で「需要を見極める」と述べた。同社の7〜9月期の売上高は331億ドルだった。';
		expect(figures(body, '2025-10-22')).toEqual(['tsmc revenue 33100000000 USD 2025-Q3 actual']);
	});

	test("under a section heading that names no company (■資産売却) is the headline's company again, not the one the section before was about", () => {
		const body = [
			'ソフトバンクグループは11日、2025年4〜9月期の連結決算を発表した。',
			'',
			'■アーム',
			'',
			'英アームの7〜9月期の売上高は11億ドルと前年同期比30%増えた。',
			'',
			'■資産売却',
			'',
			'同社は10月、保有していたTモバイル株の一部を48億ドルで売却した。',
			'',
			'■株価',
			'',
			'発表翌日の12日の東京市場で、同社株は一時8%高となった。',
		].join('\n');
		const owners = extractText(body, {date: '2025-11-12', title: 'ソフトバンクG、4〜9月期は最終黒字'}).figures.map(figure => [figure.company, figure.kind, figure.value]);
		expect(owners).toContainEqual(['softbank', 'stock_move', 8]);
		expect(owners.filter(([, , value]) => value === 4800000000).map(([company]) => company)).toEqual(['softbank']);
	});

	test('after Xにとっては is X', () => {
		const body = 'NECは同日、OpenAIのモデルを使う契約を結んだ。\n\nOpenAIにとっては、日本市場の足場になる。同社の年換算売上高は直近で250億ドルを超えた。';
		expect(figures(body, '2026-05-21')).toEqual(['openai other 25000000000 USD - actual']);
	});

	test('is not a rival named after the first company only for its own share (Xのシェアは…で、Yは…%だった)', () => {
		const body = 'キオクシアの決算。NAND市場におけるキオクシアのシェアは18%で、サムスン電子は35%だった。\n\n同社は北上工場で2026年3月から新製品の量産を始める。決算発表を受け、同社株は前日比6.1%高で引けた。';
		expect(figures(body, '2026-02-13')).toContain('kioxia stock_move 6.1 % 2026-02-13 actual');
	});

	test('a sentence of a name alone (次にX。) turns a column that compares companies to that company', () => {
		const body = ['まずインテル。同社の2025年の売上高は530億ドルだった。', '', '続いてAMD。同社の2025年10〜12月期の売上高は前年同期比25%増の103億ドルだった。'].join('\n');
		expect(figures(body, '2026-02-10')).toEqual(['intel revenue 53000000000 USD 2025 actual', 'amd revenue_growth 25 % 2025-Q4 actual', 'amd revenue 10300000000 USD 2025-Q4 actual']);
	});

	test('is the company the text is about, not one that only takes part in a sentence about something else', () => {
		const body =
			'アンソロピックは20日、新たに150億ドルを調達したと発表した。\n\n今回のラウンドは既存株主が主導し、新たにマイクロソフトが約5億ドルを出資した。\n\n同社によると、年換算売上高（ランレート）は10月時点で70億ドルだった。このうち、法人向け製品のランレートは50億ドルを超えた。';
		expect(figures(body, '2025-11-21')).toEqual([
			'anthropic funding 15000000000 USD - actual',
			'microsoft investment 500000000 USD - actual',
			'anthropic other 7000000000 USD 2025-10 actual',
			'anthropic/法人向け製品 other 5000000000 USD - actual',
		]);
	});
	test('is the company whose period\'s figures the sentence before gave ("Xの2026年3月期の売上高は"), not the one a paragraph before named', () => {
		const body = '# ディスコとルネサス\n\nディスコの売上高は4,000億円だった。\n\nルネサスの2025年12月期の売上収益は1兆3,000億円だった。同社は、2026年1～3月期の売上収益を3,100億円と予想している。';
		expect(figures(body, '2026-02-20').filter(figure => figure.includes('310000000000'))).toEqual(['renesas revenue 310000000000 JPY 2026-Q1 outlook']);
	});

	test('is the company its own sentence just made its topic (…、ソフトバンクグループは3.3%安となり、同社の時価総額は…)', () => {
		const body = '東京エレクトロンは6%安だった。アドバンテストは4.2%安、ルネサスエレクトロニクスは3.1%安となり、同社の時価総額は約4兆円に目減りした。';
		expect(figures(body, '2026-02-06').at(-1)).toBe('renesas market_cap 4000000000000 JPY 2026-02-06 actual');
	});

	test('is still the company before after an aside on another whose own 同社 means it ("Xは…契約を同社と結んでいる")', () => {
		const body = '# グーグル決算\n\nグーグルの10〜12月期決算は増収だった。受注残は12月末時点で2,400億ドル。アンソロピックは昨年10月、TPUを追加で使う契約を同社と結んでいる。\n\n同社は2026年1〜3月期の設備投資を450億ドルと見込む。';
		expect(figures(body, '2026-02-05').at(-1)).toBe('google capex 45000000000 USD 2026-Q1 outlook');
	});

	test("is the article's company past a paragraph another's possessive topic closed (…インテルの取締役会で売却案は…。■…。同社が…発表した), when no company was marked since", () => {
		const body =
			'クラウド時代の挑戦者と呼ばれる米オラクル（Oracle）。1977年に創業した同社は、データベースの巨人として知られる。\n\n■転機\n\n2025年7月には、米インテルの工場を買い取ることで合意した。しかし、インテルの取締役会で売却案は否決された。\n\n■最近の業績\n\n同社が12月10日に発表した9〜11月期決算は、売上高が160億ドルだった。';
		const found = extractText(body, {date: '2025-12-20', title: 'データベースの巨人からAIインフラへ　オラクルの賭け'}).figures;
		expect(found.map(figure => [figure.company, figure.kind, figure.value, figure.period])).toEqual([['oracle', 'revenue', 16000000000, 'FY2026-Q2']]);
	});

	test("a paragraph opened by a company's thing with も (アームの成長も数字で追える。) is about that company", () => {
		expect(figures('# AI時代の覇者たち\n\nOpenAIは2024年10月に66億ドルを調達し、企業価値は1,570億ドルと評価された。\n\nアームの成長も数字で追える。時価総額は2025年11月5日、1,800億ドルを突破した。', '2026-01-10').at(-1)).toBe(
			'arm market_cap 180000000000 USD 2025-11-05 actual',
		);
	});

	test('a paragraph opened by what goes to a company (キオクシアへの補助は…) is about that company', () => {
		const body =
			'# 経産省、インテル研究所とキオクシア工場に補助金\n\nインテルへの補助は最大900億円。同社はつくば市に研究所を新設する。\n\nキオクシアへの補助は最大2,000億円で、北上工場の新棟の建設費の3分の1を賄う。新棟の投資額は約6,000億円で、2027年春の稼働を目指す。';
		expect(figures(body, '2025-12-09')).toEqual(['kioxia investment 600000000000 JPY - actual']);
	});

	test('is not the maker of a thing the sentence names (富士通が開発した国産LLM「…」も使えるようにする)', () => {
		const body = 'さくらインターネットは法人向けの新サービスを始めた。\n\n3月中には、富士通が開発した国産LLM「Takane」も使えるようにする。\n\n同社はGPU基盤に、今後3年間で約500億円を投じる計画だ。';
		expect(figures(body, '2026-01-20')).toEqual(['sakura-internet investment 50000000000 JPY - actual']);
	});

	test("is not a partner a section's heading names (■OpenAIとの提携)", () => {
		const body = '# オラクル、受注残が急増\n\nオラクルはクラウド事業を急拡大している。\n\n■OpenAIとの提携\n\n2025年9月には大型の計算契約を結んだ。同社の受注残高は11月末時点で5230億ドルに膨らんだ。';
		expect(figures(body, '2025-12-20')).toEqual(['oracle backlog 523000000000 USD 2025-11-30 actual']);
	});
});

describe('a kind in a unit it cannot be in', () => {
	test('an EPS carried to an amount no share earns (…1株利益は3.50ドルだった。…携帯端末向けは77億ドル) is a misreading, left out', () => {
		const found = figures('クアルコムの10〜12月期の特別項目を除く1株利益は3.50ドルだった。半導体部門のうち携帯端末向けは77億4000万ドル。', '2026-02-05');
		expect(found.filter(row => row.includes(' eps '))).toEqual(['qualcomm eps 3.5 USD FY2026-Q1 actual']);
	});

	test('is a misreading, left out: no revenue in %, no share in yen', () => {
		const found = figures(
			'英調査会社によると、2025年の装置売上高は首位のASMLが334億ドルだった。2位のKLAは売上高215億ドルで、シェアは12.1%。3位のラムリサーチ（196億ドル、11.6%）、4位の東京エレクトロン（182億ドル、10.6%）が続いた。',
			'2026-03-20',
		);
		expect(found.filter(figure => / revenue [\d.]+ % /.test(figure) || / market_share [\d.]+ (?:USD|JPY) /.test(figure))).toEqual([]);
	});
});

describe('a figure told as fact without its time', () => {
	test('a result whose period the text never tells (売上高：…億円 in a bare list) is left out; a target with no date and an amount raised are kept', () => {
		const found = figures('アドバンテストの業績概要は次の通り。\n\n- 売上高：4,321億円（前期比12.3%増）\n- 営業利益：987億円\n\n同社は営業利益率30%以上を目標に掲げる。同社傘下の新興企業は50億円を調達した。', '2026-04-28');
		expect(found.filter(row => / (?:revenue|revenue_growth|operating_income) /.test(row))).toEqual([]);
		expect(found.filter(row => / (?:margin|funding) /.test(row))).toEqual(['advantest margin 30 % - outlook', 'advantest funding 5000000000 JPY - actual']);
	});

	test("a result weighed in one sentence against a result the article has placed (Xの増収率25%は、Yの9%を上回った) is of that result's time; weighed against none, it is left out", () => {
		const placed = figures('直近の四半期では、キヤノンの売上高が25%増えた。\n\nキヤノンの増収率25%は、リコーの9%を大きく上回った。', '2026-08-01');
		expect(placed.filter(row => / revenue_growth /.test(row))).toEqual(['canon revenue_growth 25 % - actual', 'ricoh revenue_growth 9 % - actual']);
		const unplaced = figures('キヤノンの増収率25%は、リコーの9%を大きく上回った。', '2026-08-01');
		expect(unplaced.filter(row => / revenue_growth /.test(row))).toEqual([]);
	});

	test('a market value in a table whose close the text never dates is left out, not shown undated', () => {
		const body = '# 半導体株の値動き\n\n| 銘柄 | 株価（円） | 時価総額（億円） |\n|---|---|---|\n| ディスコ（6146） | 48,200 | 52,300 |\n| レーザーテック（6920） | 17,150 | 16,170 |';
		expect(extractText(body, {date: null}).figures.filter(row => row.kind === 'market_cap')).toEqual([]);
	});
});

describe('companies a sentence is about', () => {
	test("a fiscal year that only the company the text last turned to closes in (27年6月期, Lasertec's June) is that company's, not the headline's March-year company's", () => {
		const body =
			'# 半導体装置の4〜6月期、東京エレクトロンは最高益　レーザーテックは受注減\n\n2026年08月10日 07時00分 公開\n\n## 検査装置は調整局面\n\n　一方、検査装置のレーザーテックは苦戦が目立つ。8月6日に発表した26年6月期の連結決算は売上高が3,100億円だった。\n\n　27年6月期は売上高を2,700億円と見込む。';
		const last = extractText(body, {date: null}).figures.at(-1)!;
		expect([last.company, last.value, last.period]).toEqual(['lasertec', 270000000000, 'FY2027']);
	});

	test("a sentence that ends on another company's results (手掛かりは、米ルメンタム・ホールディングスが…発表した決算だ) turns the text to that company: the figures after it are its own, not the headline's", () => {
		const body = '# フジクラ株が続伸\n\n9日の東京株式市場でフジクラが続伸した。\n\n材料視されたのは、米ルメンタム・ホールディングスが米国時間8日に発表した2026年1〜3月期決算だった。売上高は前年同期比45%増の6億5,000万ドルとなった。';
		expect(extractText(body, {date: '2026-05-09'}).figures.map(row => [row.company, row.kind, row.value])).toEqual([
			['lumentum', 'revenue_growth', 45],
			['lumentum', 'revenue', 650000000],
		]);
	});

	test('a name that opens in hiragana is called by that part after it is named in full (さくらインターネット… さくら株は)', () => {
		expect(figures('NTTデータはさくらインターネットに出資すると発表した。13日の東京株式市場でさくら株は一時12%高となった。', '2026-02-13')).toEqual(['sakura-internet stock_move 12 % 2026-02-13 actual']);
	});

	test('a name that opens in Latin capitals is called by them after it is named in full (SBIホールディングス… SBI株は)', () => {
		expect(figures('SBIホールディングスと楽天グループが決算を発表した。翌日の東京市場で楽天グループ株は3%安、SBI株は一時6%高となった。', '2026-03-10')).toEqual([
			'rakuten stock_move -3 % 2026-03-10 actual',
			'sbi-holdings stock_move 6 % 2026-03-10 actual',
		]);
	});

	test('a name brief does not know with a reading it knows in brackets (騰訊控股（テンセント）が) is that company, the subject, over the topic before', () => {
		expect(figures('米政府は12日、ファーウェイへの輸出規制を広げた。百度控股（バイドゥ）が14日発表した7〜9月期決算では、研究開発費が前年同期比12%増の約28億ドルだった。', '2026-11-16')).toEqual([
			'baidu other 12 % 2026-Q3 actual',
			'baidu other 2800000000 USD 2026-Q3 actual',
		]);
	});

	test('a name with its reading in brackets then the rest of it (鴻海（ホンハイ）精密工業が), or with ・グループ, is the topic all the same', () => {
		expect(figures('米アップルは4日、新製品を出した。\n\n台湾の鴻海（ホンハイ）精密工業が5日発表した12月の売上高は、前年同月比18%増えた。', '2026-01-07')).toEqual(['foxconn revenue_growth 18 % 2025-12 actual']);
		expect(figures('米アップルは4日、新製品を出した。\n\nオランダのネビウス・グループは6日、新拠点を開いた。年換算売上高（ARR）は9億ドルを超えた。', '2026-01-07')).toEqual(['nebius other 900000000 USD - actual']);
	});

	test("a number in a clause that describes the company after it is that company's", () => {
		const body = 'NECの記事。\n\n3月に80億円を調達した量子計算スタートアップのアオバクオンタムは、10日に新拠点を開いた。';
		expect(figures(body, '2026-04-15').map(row => row.replace(/^x-[0-9a-f]+/, 'new'))).toEqual(['new funding 8000000000 JPY - actual']);
	});

	test("a roundup item about a company brief does not know gives its figures to nobody, not to the headline's company", () => {
		const found = extractText('NECは好調だった。\n\n回転ずし店を展開するウミカゼフードは10日、10月の既存店売上高が前年同月比8.2%増だったと発表した。', {date: '2026-11-12', title: 'NEC、新サービス'}).figures;
		expect(found).toEqual([]);
	});
});

describe('interviews', () => {
	test("an answer's figures are the interviewed company's, though it compares itself with another", () => {
		const body = ['――今期の見通しは。', '', '「エヌビディアの売上高は当社の数百倍でしょう。2029年3月期に売上高300億円を目指します」', '', '――人材は。', '', '「当社の社員数は3月末で400人です」'].join('\n');
		expect(extractText(body, {date: '2026-06-18', title: '【トップに聞く】NECの生成AI戦略'}).figures.map(figure => [figure.company, figure.value])).toEqual([
			['nec', 30000000000],
			['nec', 400],
		]);
	});

	test('a blog ending on a Q&A speaks for its headline company only in the answers: its prose before them has topics of its own', () => {
		const body = [
			'きっかけは米ウエスタンデジタルの決算です。同日発表した4〜6月期の売上高は26億ドルでした。',
			'',
			'## よくある質問',
			'',
			'**Q. キオクシアの次の決算はいつ？**',
			'A. 11月中旬の予定です。',
			'',
			'**Q. 会社の見通しは？**',
			'A. 7〜9月期の売上収益は4,500億円を見込んでいます。',
		].join('\n');
		expect(extractText(body, {date: '2025-08-01', title: 'キオクシア、ストップ高【保有株日記】'}).figures.map(figure => [figure.company, figure.value])).toEqual([
			['western-digital', 2600000000],
			['kioxia', 450000000000],
		]);
	});

	test('an interview inside a roundup ends at a section headed by another company (■ローム…): what it names no company for is that one', () => {
		const body = [
			'■TDK、通期予想を上げ',
			'',
			'TDKの4〜9月期は増収だった。',
			'',
			'――今期の見通しは。',
			'',
			'「受注は2割増えるとみている」',
			'',
			'――投資は。',
			'',
			'「新工場を建てる」',
			'',
			'■ロームは赤字縮小',
			'',
			'ロームが5日発表した4〜9月期は、売上高が2,400億円だった。営業利益率は3.1%に改善した。',
		].join('\n');
		const found = extractText(body, {date: '2026-11-06', title: '電子部品決算、TDKは増益'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`);
		expect(found).toContain('rohm margin 3.1');
		expect(found.filter(row => row.startsWith('tdk'))).toEqual([]);
	});

	test("a Q&A whose lines are labelled by who speaks (**記者**　…, **山田**　…) is an interview; the speaker's name is no part of a segment, and 当事業 is the business just named", () => {
		const body = ['**記者**　昨年度の状況は。', '', '**山田**　クラウド事業の2025年度の売上収益は1,200億円でした。当事業の営業利益率は11%です。', '', '**記者**　今後は。', '', '**山田**　2027年度に売上収益1,500億円を目指します。'].join(
			'\n',
		);
		expect(extractText(body, {date: '2026-06-15', title: '【トップに聞く】富士通クラウド事業責任者「海外で稼ぐ」'}).figures.map(figure => [figure.company, figure.segment, figure.kind, figure.value])).toEqual([
			['fujitsu', 'クラウド', 'revenue', 120000000000],
			['fujitsu', 'クラウド', 'margin', 11],
			['fujitsu', null, 'revenue', 150000000000],
		]);
	});

	test('the company whose officer the headline names (京セラ財務担当役員「…」) is the one interviewed, not a company the quote names', () => {
		const body = ['――4〜9月期の業績は。', '', '「売上収益は前年同期比3%増の2,950億円でした」', '', '――資金の使い道は。', '', '「KDDI株の売却で得た資金は、主に電子部品の増産に回します」'].join('\n');
		expect(extractText(body, {date: '2025-11-18', title: '【インタビュー】京セラ常務「KDDI株の売却資金は増産に」'}).figures.map(figure => [figure.company, figure.kind, figure.value])).toEqual([
			['kyocera', 'revenue_growth', 3],
			['kyocera', 'revenue', 295000000000],
		]);
	});

	test("a question that names a year (――2025年12月期は増益でした。) gives its period to the answer's results, until the next question", () => {
		const body = ['――2025年12月期は増益でした。', '', '「売上高は前の期比12%増の900億円、営業利益は80億円だった」', '', '――人材は。', '', '「当社の社員数は3月末で400人です」'].join('\n');
		expect(extractText(body, {date: '2026-03-18', title: 'ラピダス社長に聞く'}).figures.map(figure => [figure.kind, figure.value, figure.period])).toEqual([
			['revenue_growth', 12, '2025'],
			['revenue', 90000000000, '2025'],
			['operating_income', 8000000000, '2025'],
			['headcount', 400, '2026-03-31'],
		]);
	});
});

describe('a Q&A inside a news story', () => {
	test('a question naming the whole year (――通期計画に変更はないのか。) dates the answer under it, over a plan the story named before; a heading naming the officer (…とCFO) is no product of shares', () => {
		const body = [
			'# ラクス、上期は25%増収',
			'',
			'2025年11月13日',
			'',
			'ラクスは12日、2026年3月期上期（4〜9月）の決算を発表した。上期の売上高は280億円だった。2026年春をめどに新製品を投入する計画だ。',
			'',
			'## 「採用は続ける」とCFO',
			'',
			'――通期計画に変更はないのか。',
			'',
			'CFO：売上高で590億円という予想は変えていません。',
			'',
			'調査会社の推計では、クラウド経費精算サービスにおけるラクスのシェアは31.5%だった。',
		].join('\n');
		const found = extractText(body, {date: null}).figures.map(figure => [figure.kind, figure.value, figure.segment, figure.period, figure.basis]);
		expect(found).toContainEqual(['revenue', 59000000000, null, 'FY2026', 'outlook']);
		expect(found.filter(([kind]) => kind === 'market_share').map(([, , segment]) => segment)).toEqual([null]);
	});
});

describe('an explainer in questions and answers', () => {
	test('a question that opens on a company as its topic (**Q. Xはなぜ…？**) names the company its answer is about, though the questions make the text read as an interview', () => {
		const body = ['**Q. ソシオネクストはなぜ上昇？**', '', 'A. 4〜9月期の売上高は前年同期比12%増の1,100億円でした。', '', '**Q. ルネサスはなぜ下落？**', '', 'A. 4〜9月期の営業利益は前年同期比30%減の1,200億円でした。'].join('\n');
		const found = extractText(body, {date: '2025-11-10', title: 'ソシオネクストとルネサス、明暗'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`);
		expect(found).toContain('renesas operating_income 120000000000');
		expect(found).not.toContain('socionext operating_income 120000000000');
	});

	test("a reader's numbered question (Q2. Xはどうでしたか？) names the company the answer under it is about", () => {
		const body = ['**Q1. アドバンテストの2026年3月期決算は？**', '', 'A. 売上高は2,900億円でした。', '', '**Q2. ディスコはどうでしたか？**', '', 'A. 21日に発表した2026年3月期決算は、売上高が1,150億円、営業利益は470億円でした。'].join('\n');
		const found = extractText(body, {date: '2026-04-25', title: 'アドバンテストは増収、ディスコは減益'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`);
		expect(found).toEqual(['advantest revenue 290000000000', 'disco revenue 115000000000', 'disco operating_income 47000000000']);
	});
});

describe('roundup items and interview answers', () => {
	test("an item that leads with a company brief does not know, before its month (米Xは2月、) or day, is not the item before's, nor is the rest of its paragraph", () => {
		const body = [
			'■ソニー',
			'ソニーは1月、約100億円を調達した。',
			'',
			'■オルカ',
			'画像生成AIを手がける米オルカは2月、約3億ドルを調達した。評価額は40億ドル。',
			'',
			'■ミナト',
			'ミナトロボは2月12日、シリーズBで50億円を調達したと発表した。現在約200人の従業員を2026年末までに300人に増やす。',
		].join('\n');
		expect(figures(body, '2026-03-01')).toEqual(['sony funding 10000000000 JPY - actual']);
	});

	test("a roundup item led by its company's bold label and a date is that company's", () => {
		const body = ['国内のデータセンター投資が相次ぐ。', '', '**NEC** 5月、2026年度から2030年度までの5年間でDC事業に累計3,000億円を投じる計画を発表した。'].join('\n');
		expect(extractText(body, {title: 'マイクロソフトなどDC投資', date: '2026-06-10'}).figures.map(figure => figure.company)).toEqual(['nec']);
	});

	test("an interview's answer after one about another company's figures is the interviewed company's again", () => {
		const body = ['――競合は。', '', '「米CoreWeaveは3月末時点の受注残が660億ドルです。2029年3月期に売上高3兆5,000億円を目指します」', '', '――人材は。'].join('\n');
		const found = extractText(body, {title: '【トップに聞く】ソフトバンクグループ・孫社長「AIで攻める」', date: '2026-07-15'}).figures;
		expect(found.map(figure => [figure.company, figure.value])).toEqual([
			['coreweave', 66000000000],
			['softbank', 3500000000000],
		]);
	});
});

describe('当社', () => {
	test("a release's 当社 is its sender, even after a paragraph on its partner", () => {
		const release = ['当社はさくらインターネットと提携しました。同社は石狩に拠点を持ちます。', '', '当社の導入企業数は、2026年2月末時点で87社となりました。'].join('\n');
		const owners = (body: string) => extractText(body, {date: '2026-03-17', title: 'NEC、さくらインターネットと提携'}).figures.map(figure => figure.company);
		expect(owners(release)).toEqual(['nec']);
	});

	test("a disclosure (各位, 会社名) and a release whose title names its partner (…との提携について) are their sender's, not the partner's", () => {
		const owners = (body: string) => extractText(body, {date: null}).figures.map(figure => figure.company);
		const disclosure = [
			'2026年3月9日',
			'各　位',
			'会 社 名　エヌ・ティ・ティ・データ',
			'代表者名　代表取締役社長　山田　太郎',
			'# さくらインターネット株式会社の株式の取得に関するお知らせ',
			'当社は、本日開催の取締役会において、さくらインターネット株式会社の株式の一部を取得することを決議いたしました。',
			'（参考）当期連結業績予想（単位：百万円）',
			'| | 売上高 | 営業利益 |\n|---|---|---|\n| 当期業績予想（2027年3月期） | 5,200,000 | 600,000 |',
		].join('\n\n');
		expect(owners(disclosure)).toEqual(['ntt-data', 'ntt-data']);
		const release = ['アドバンテスト株式会社', '2026年3月9日 11時00分', '# 東京エレクトロンとの共同開発について', '当社は、東京エレクトロンと検査装置を共同で開発します。2027年3月期の売上高は9,500億円を見込みます。'].join('\n\n');
		expect(owners(release)).toEqual(['advantest']);
	});

	test('a disclosure whose sender block carries a telephone line (TEL．03…) still takes its "# …に関するお知らせ" as the title, and no company of that title as its sender', () => {
		const disclosure = [
			'2026年5月12日',
			'各　位',
			'会 社 名　株式会社ディスコ\n代表者名　代表取締役社長　山田　一郎\n問合せ先　広報室長　佐藤　花子\n（TEL．03-1111-2222）',
			'# 株式会社カナメ精工の株式の取得（子会社化）に関するお知らせ',
			'当社は、本日開催の取締役会において、株式会社カナメ精工の発行済株式の全部を取得することを決議いたしました。',
		].join('\n\n');
		const found = extractText(disclosure, {date: null});
		expect(found.article.title).toBe('株式会社カナメ精工の株式の取得（子会社化）に関するお知らせ');
		expect(found.article.published).toBe('2026-05-12');
	});

	test('a release that names itself (…、以下「当社」) is about that company when its title names a subsidiary', () => {
		const release = ['株式会社ディスコ（本社：東京都大田区、以下「当社」）は、子会社の株式会社ディスコハイテック（本社：広島県呉市）に新工場を建設します。', '', '当社の精密加工装置事業の2025年度上期の売上高は1,210億円でした。'].join('\n');
		const found = extractText(release, {date: '2026-01-20', title: 'ディスコハイテックに新工場を建設'});
		expect(found.figures.map(figure => figure.company)).toEqual(['disco']);
	});

	test('a release that opens on its sender with where it is based (X株式会社（本社：…、以下「X」）は本日) and speaks of 当社 is that company, though its title names a partner', () => {
		const release = [
			'東京応化工業株式会社（本社：神奈川県川崎市、以下「TOK」）は本日、韓国の材料メーカーと提携すると発表しました。',
			'',
			'当社は、同社の発行済株式の8.5%を取得します。当社の半導体材料事業の2025年度の売上高は1,420億円でした。',
		].join('\n');
		const found = extractText(release, {date: '2026-02-02', title: '韓国ソウルブレインと資本業務提携'});
		expect(found.figures.map(figure => [figure.company, figure.value])).toEqual([
			['tokyo-ohka', 8.5],
			['tokyo-ohka', 142000000000],
		]);
	});
});

describe('a stock flash', () => {
	test("a market's index that moves (韓国総合株価指数（KOSPI）は…0.9%安, 加権指数は1.2%高) is no company's shares", () => {
		expect(figures('29日のソウル株式市場でサムスン電子株は1.8%高だった。一方、韓国総合株価指数（KOSPI）は反落し、前日比0.7%安で引けた。', '2026-01-30')).toEqual(['samsung stock_move 1.8 % 2026-01-29 actual']);
		expect(figures('鴻海精密工業株は2.2%高。台湾の加権指数は0.4%高で引けた。', '2026-01-30')).toEqual(['foxconn stock_move 2.2 % 2026-01-30 actual']);
	});

	test('a market value is of the day its sentence names (24日、…時価総額が…), else of the day the story came out', () => {
		const market = (body: string) =>
			extractText(body, {date: '2026-06-26', title: 'フジクラ株'})
				.figures.filter(figure => figure.kind === 'market_cap')
				.map(figure => `${figure.value} ${figure.period}`);
		expect(market('24日、フジクラの時価総額が初めて4兆円を超えた。')).toEqual(['4000000000000 2026-06-24']);
		// A day it cannot read is no licence to date it another.
		expect(market('フジクラの時価総額は25日時点で4兆2,000億円に達した。')).not.toContain('4200000000000 2026-06-26');
		expect(market('新規上場したフジクラ系の子会社は、初値ベースの時価総額が約800億円になった。フジクラの時価総額は4兆円だった。')).toContain('4000000000000 2026-06-26');
	});

	test("the day a broker's note is dated (12日付で目標株価を…) is no session: a move told after it is of the day of the report", () => {
		const body = 'レーザーテック<6920>が続伸し、一時5%高となった。大和証券は12日付で目標株価を引き上げた。\n\n同じく半導体関連のディスコ<6146>も2.4%高と堅調。';
		expect(figures(body, '2026-01-14')).toEqual(['lasertec stock_move 5 % 2026-01-14 actual', 'disco stock_move 2.4 % 2026-01-14 actual']);
	});

	test('news told at noon (5日昼の発表を受けて…株は一時7%高) moves shares that day, not the day the story appeared', () => {
		expect(figures('5日昼の発表を受けてルネサス株は一時7%高となった。', '2026-11-06')).toEqual(['renesas stock_move 7 % 2026-11-05 actual']);
	});

	test('the day a clause says the company put out news (前日に業績予想を下方修正したXは) is not the day its shares moved', () => {
		expect(figures('前日に通期の業績予想を引き下げる修正をしたFRONTEOは売り気配で始まり、前引け時点で前日比18.2%安となった。', '2026-03-12')).toEqual(['fronteo stock_move -18.2 % 2026-03-12 actual']);
		expect(figures('前日に通期予想を上方修正したHEROZは一時15%高となった。', '2026-03-12')).toEqual(['heroz stock_move 15 % 2026-03-12 actual']);
	});

	test('a sum the page worked out itself (当社が試算した下期の経常利益は…) is no figure reported, nor is the year it is set against', () => {
		const body = [
			'# ＨＥＲＯＺ、今期経常を上方修正',
			'',
			'2026/03/13 15:30',
			'',
			'　ＨＥＲＯＺ <4382> [東証Ｇ] が3月13日大引け後に決算を発表。26年4月期第3四半期累計(5-1月)の経常利益は3.1億円(前年同期は0.4億円)に伸びた。',
			'',
			'　会社側が発表した修正後の通期計画に基づいて、当社が試算した2-4月期の経常損益は1.6億円の黒字(前年同期は0.7億円の赤字)に浮上する計算になる。',
		].join('\n');
		expect(figures(body, '2026-03-13').map(row => row.split(' ').slice(0, 4).join(' '))).toEqual(['heroz other 310000000 JPY', 'heroz other 40000000 JPY']);
	});

	test("a list of the day's limit moves (・ローム <6963>　2,480円 S高（+21.5%）) gives each item its move, and the note under an item is that company's, not the headline's", () => {
		const body = [
			'5日の東証で値幅制限いっぱいまで動いた銘柄。',
			'',
			'・ローム <6963>　2,480円 S高（+21.5%）',
			'　4日に発表した10〜12月期の営業利益が前年同期比40%増の120億円となった。',
			'',
			'・京セラ <6971>　1,650円 S安（−15.2%）',
			'　2026年3月期の純利益見通しを900億円に引き下げた。',
		].join('\n');
		const found = extractText(body, {date: '2026-02-05', title: 'ソシオネクストなどS高'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`);
		expect(found).toEqual(['rohm stock_move 21.5', 'rohm other 40', 'rohm operating_income 12000000000', 'kyocera stock_move -15.2', 'kyocera net_income 90000000000']);
	});

	test("a day whose own move follows it (前日に6%安と急落したアドバンテストが3.8%高) is that move's, not the day of the move after", () => {
		expect(figures('半導体株が反発した。個別では、前日に6%安と急落したアドバンテストが3.8%高と切り返した。', '2026-01-15')).toEqual(['advantest stock_move 3.8 % 2026-01-15 actual']);
	});

	test("a column of one stock's week, told session by session (9日は…5.2%安の2,038円まで): each move is that stock's, on its own day, and no price is a figure; a company in what set a move off (前日に米マイクロンが発表した決算をきっかけに) is not the one that moved", () => {
		const body =
			'# ルネサス株、週間で反落\n\n今週の東京株式市場で、ルネサスエレクトロニクス株の値動きが荒かった。\n\n8日は前週末比3.1%高の2,150円で引けた。9日は、前日に米マイクロンが発表した決算をきっかけに半導体の需給悪化を懸念する見方が広がり、5.2%安の2,038円まで売り込まれた。10日は1.8%高の2,075円、11日は0.9%安の2,056円だった。';
		expect(figures(body, '2025-12-12')).toEqual(['renesas stock_move 3.1 % 2025-12-08 actual', 'renesas stock_move -5.2 % 2025-12-09 actual', 'renesas stock_move 1.8 % 2025-12-10 actual', 'renesas stock_move -0.9 % 2025-12-11 actual']);
	});

	test('a price after a move in per cent (6.4%安の1万320円) is a share price, no figure, whatever deal word the sentence names (AI投資の採算)', () => {
		expect(figures('キオクシアは、米オラクルの決算をきっかけにAI投資の採算を懸念する見方が広がり、6.4%安の1万320円まで売り込まれた。', '2025-12-12').filter(row => row.includes('10320'))).toEqual([]);
	});

	test('the value of shares traded (同社株の売買代金は…に膨らみ) is no figure of the company', () => {
		expect(
			figures(
				'さくらインターネット株が急騰した。前日13日の取引終了後、総額約210億円の複数年契約を受注したと発表したことが材料視された。同社株の売買代金は後場中ごろまでに980億円に膨らみ、東証プライム市場で首位となっている。',
				'2026-01-14',
			).filter(row => row.includes('98000000000')),
		).toEqual([]);
	});

	test('翌16日 is the day after the one its sentence named just before (1月15日の説明会を受け、株価は翌16日に), not after a day of an earlier sentence', () => {
		expect(figures('レーザーテックは1月29日に決算を発表した。\n\n受注が好調で、1月15日の説明会を受け、株価は翌16日に一時9%高となった。', '2026-02-10')).toEqual(['lasertec stock_move 9 % 2026-01-16 actual']);
	});

	test('the day a company lists on an exchange (…が16日、米ナスダック市場に上場した) is the session of its first trades', () => {
		const body = '【ニューヨーク＝共同】米オープンAIが16日、米ナスダック市場に上場した。終値は公開価格比40%高で初日の取引を終えた。';
		expect(figures(body, '2026-04-17')).toContain('openai stock_move 40 % 2026-04-16 actual');
	});

	test('the star of a market column (主役はXだ) owns the moves after it; a company listed after the moves falls or rises by a verb (…も3%下げ)', () => {
		const body =
			'16日の東京株式市場では、米エヌビディアの決算を前に電子部品株が売られた。東京エレクトロンは2%高だった。\n\n主役はディスコだ。一時前日比6%高の4万2000円をつけた。\n\n信越化学工業は1.2%安の5000円と反落した。電子部品の村田製作所も3%下げ、需要の鈍化が警戒された。';
		expect(figures(body, '2026-01-16')).toEqual(['tokyo-electron stock_move 2 % 2026-01-16 actual', 'disco stock_move 6 % 2026-01-16 actual', 'shin-etsu stock_move -1.2 % 2026-01-16 actual', 'murata stock_move -3 % 2026-01-16 actual']);
	});

	test("a market value after its sentence's move is of the move's day, though the text was written days later", () => {
		expect(figures('メタの決算は4日に発表された。メタ株は決算発表翌日の5日に7.2%安となり、時価総額は一時1兆5000億ドルに減った。', '2026-02-07')).toEqual([
			'meta stock_move -7.2 % 2026-02-05 actual',
			'meta market_cap 1500000000000 USD 2026-02-05 actual',
		]);
	});

	test('a limit-up price it traded at (ストップ高となる…円をつけた), the rise from the last close written as a rate, and the market value touched in the session are the day’s; a price only bid (買い気配) is none', () => {
		const body =
			'20日の東京株式市場で、ローツェの株価が急騰した。寄り付き直後に制限値幅の上限（ストップ高）となる1万2400円をつけた。前日終値からの上昇率は18.2%に達した。時価総額は一時8000億円を超えた。\n\nダイフクはストップ高の3100円に張り付き、買い気配のまま取引を終えた。';
		expect(figures(body, '2026-05-20')).toEqual(['rorze stock_move 18.2 % 2026-05-20 actual', 'rorze market_cap 800000000000 JPY 2026-05-20 actual']);
	});

	test('東京市場でも before the moves of a sentence brings the session back from the US one before it; after them it does not', () => {
		const body = '9日の東京株式市場で、ソシオネクスト株が急伸した。前日の米国市場で半導体株が上昇し、米ブロードコムは7%高で取引を終えた。東京市場でも買いが広がり、ルネサスエレクトロニクスは4%高となった。';
		expect(figures(body, '2026-04-09').filter(row => !row.startsWith('socionext'))).toEqual(['broadcom stock_move 7 % 2026-04-08 actual', 'renesas stock_move 4 % 2026-04-09 actual']);
	});

	test("a peer's move told as a cause (同業の米…株が) is the peer's, and the market value after it is still the flash's company's", () => {
		expect(figures('20日の東京株式市場で、ディスコ株が急伸し、終値は前日比8%高の4万2000円だった。同業の米アプライド・マテリアルズ株が6%上昇したことが追い風となった。時価総額は4兆5000億円に膨らんだ。', '2026-03-20')).toEqual([
			'disco stock_move 8 % 2026-03-20 actual',
			'applied-materials stock_move 6 % 2026-03-20 actual',
			'disco market_cap 4500000000000 JPY 2026-03-20 actual',
		]);
	});

	test("a headline's limit move belongs to the company named before it (…東エレク6%安、さくらネットはストップ安): an unnamed limit the other way is the paragraph's company", () => {
		const body = '日経平均は続落した。\n\nさくらインターネットは値幅制限の下限となるストップ安だった。\n\n一方、キオクシアホールディングスは逆行高。一時ストップ高となる前日比21%高まで買われた。';
		const found = extractText(body, {date: '2026-02-06', title: '日本株は続落－東エレク6%安、さくらネットはストップ安'}).figures;
		expect(found.map(figure => [figure.company, figure.value])).toEqual([['kioxia', 21]]);
	});

	test('the words of a market report (反落し, ストップ高の) say a percentage moved a share price', () => {
		expect(figures('ルネサスエレクトロニクスは反落し、一時5.6%安となった。さくらインターネットはストップ高の17.2%高まで買われた。', '2026-01-30')).toEqual([
			'renesas stock_move -5.6 % 2026-01-30 actual',
			'sakura-internet stock_move 17.2 % 2026-01-30 actual',
		]);
	});

	test("a market flash's item line (■銘柄 <code> 終値…（7.8%高）) is news, not a heading", () => {
		expect(figures('14日の東京株式市場の動き。\n\n■ディスコ <6146>　終値6万8250円（7.8%高）\n年初来高値を更新した。', '2026-05-14')).toEqual(['disco stock_move 7.8 % 2026-05-14 actual']);
	});

	test('a move is never of a day still to come (…20日に予定する決算発表を前に…安)', () => {
		expect(figures('18日の東京市場で、レーザーテックは20日に予定する決算発表を前に売られ、1.9%安となった。', '2026-04-18')).toEqual(['lasertec stock_move -1.9 % 2026-04-18 actual']);
	});

	test('a move is of the day of the flash when the day before is named after it only as its cause', () => {
		expect(figures('東京エレクトロン株は6.1%高となり、前日の米国市場での半導体株高を引き継いだ。', '2026-05-14')).toEqual(['tokyo-electron stock_move 6.1 % 2026-05-14 actual']);
	});

	test("a close written straight after 終値 is the price, and an analyst's target price is nobody's figure", () => {
		expect(figures('■ディスコ <6146> 終値4万2100円（2.5%安）一部の証券会社が目標株価を5万円から4万5000円に引き下げた。', '2026-05-14')).toEqual(['disco stock_move -2.5 % 2026-05-14 actual']);
	});
});

describe('buybacks', () => {
	test('the terms listed under a buyback notice (・取得し得る株式の総数：…株, ・株式の取得価額の総額：…円) are the buyback’s, no stake', () => {
		const body = 'ディスコは自己株式の取得を決議した。\n\n・取得し得る株式の総数：250万株（上限）\n・株式の取得価額の総額：800億円（上限）\n\nディスコの10〜12月期の売上高は1,200億円だった。';
		expect(figures(body, '2026-01-30')).toEqual(['disco other 2500000 count - actual', 'disco other 80000000000 JPY - actual', 'disco revenue 120000000000 JPY FY2026-Q3 actual']);
	});

	test("a buyback's part of the shares out told in the sentence after (自己株式を除く発行済株式総数に対する割合は) is no stake", () => {
		const body = 'ディスコは5日、自己株式の取得を実施すると発表した。取得する株式の総数の上限は200万株で、自己株式を除く発行済株式総数に対する割合は1.8%。';
		expect(figures(body, '2026-02-06').filter(figure => figure.includes(' % '))).toEqual(['disco other 1.8 % - actual']);
	});

	test('the price a share is bought at (…万株を1株…円で取得する) is no investment; a dividend of a share stays a dividend', () => {
		expect(figures('KDDIはさくらインターネットが発行する500万株を1株3,800円で取得する。', '2026-02-13').filter(row => row.includes(' JPY '))).toEqual(['sakura-internet other 3800 JPY - actual']);
		expect(figures('ソシオネクストは2026年3月期の年間配当を1株50円とする予定だ。', '2026-02-13')).toEqual(['socionext other 50 JPY FY2026 outlook']);
	});

	test("a buyback's total and its part of the shares out (発行済み株式総数の…%) are buyback figures, its ceiling its size, never a stake or a limit", () => {
		expect(figures('ソニーグループは発行済み株式総数の1.5%にあたる2000万株、1500億円を上限に自社株買いを実施すると発表した。', '2026-05-14')).toEqual([
			'sony other 1.5 % - actual',
			'sony other 20000000 count - actual',
			'sony other 150000000000 JPY - actual',
		]);
		expect(figures('オラクルは新たに100億ドルの自社株買い枠を設けた。', '2026-03-11')).toEqual(['oracle other 10000000000 USD - actual']);
	});

	test("a buyback's terms are of its window when the text writes one (取得期間は…から…まで, - 取得期間：…〜…), its year-less last day the next one to come", () => {
		const sentences = 'ソニーグループは13日、発行済み株式総数の1.5%にあたる2000万株、1500億円を上限に自社株買いを実施すると発表した。取得期間は5月15日から来年3月31日まで。';
		expect(figures(sentences, '2026-05-13')).toEqual(['sony other 1.5 % 2026-05-15..2027-03-31 actual', 'sony other 20000000 count 2026-05-15..2027-03-31 actual', 'sony other 150000000000 JPY 2026-05-15..2027-03-31 actual']);
		const notice = ['株式会社ディスコは、自己株式の取得を決議いたしました。', '', '- 取得し得る株式の総数：120万株（上限）', '- 株式の取得価額の総額：300億円（上限）', '- 取得期間：2026年2月2日〜2026年9月30日'].join('\n');
		expect(figures(notice, '2026-01-30')).toEqual(['disco other 1200000 count 2026-02-02..2026-09-30 actual', 'disco other 30000000000 JPY 2026-02-02..2026-09-30 actual']);
		expect(figures('ソニーグループは13日、1500億円を上限に自社株買いを実施すると発表した。', '2026-05-13')).toEqual(['sony other 150000000000 JPY - actual']);
	});
});

describe('shares a company holds', () => {
	test("a move of the holder's shares on news of a stake it holds is the holder's move", () => {
		expect(figures('ソフトバンクグループは、保有する米エヌビディア株の売却をめぐる観測を受けて一時4%高となった。', '2026-03-02')).toEqual(['softbank stock_move 4 % 2026-03-02 actual']);
	});
});

describe('shares listed abroad', () => {
	test("a move of a company's depositary receipts (ADR) is the company's", () => {
		expect(figures('14日の米国市場でソニーグループの米国預託証券（ADR）は前日比2.3%上昇した。', '2026-05-15')).toEqual(['sony stock_move 2.3 % 2026-05-14 actual']);
	});
});

describe("a holder's gains", () => {
	test("a gain booked on shares of a company is the holder's, not that company's", () => {
		const found = figures('# 楽天、4～9月期の投資損益\n\n楽天グループの2026年4～9月期の投資損益は900億円の利益だった。このうちリクルート株の評価益は300億円を占めた。', '2026-11-12');
		expect(found.some(figure => figure.startsWith('recruit'))).toBe(false);
		expect(found.filter(figure => figure.includes('30000000000 '))).toEqual([expect.stringMatching(/^rakuten/)]);
	});

	test("a loss booked on an investment in a company (…への出資に関連して…損失) is never that company's, even after a sentence about it", () => {
		const body =
			'# グーグル、10〜12月期決算\n\nグーグルの10〜12月期決算は増収だった。\n\n受注残は12月末時点で1,550億ドルと、前年同期比40%増えた。米アンソロピックは11月、TPUを追加で300億ドル分購入する契約をグーグルと結んでいる。一方で、アンソロピックへの出資に関連して20億ドルの損失を計上した。';
		expect(figures(body, '2026-02-05').filter(figure => figure.includes('-2000000000 '))).not.toContainEqual(expect.stringMatching(/^anthropic/));
	});
	test("a gain on a company named as the holder's investee (出資先である米Xの…評価益) is never the investee's, nor is the next sentence's figure", () => {
		const body = 'アルファベットが4日発表した2025年10〜12月期決算は、純利益が35%増の340億ドルだった。出資先である米アンソロピックの組織再編に伴う評価益80億ドルが純利益を押し上げた。一時的な利益を除いた1株利益は2.82ドルだった。';
		const found = figures(body, '2026-02-05');
		expect(found.filter(figure => figure.startsWith('anthropic'))).toEqual([]);
		expect(found).toContain('google eps 2.82 USD 2025-Q4 actual');
	});

	test('a company the holder owns a part of (約4割を出資するXについては、持分法による投資利益…) books nothing, and the text does not turn to it', () => {
		const body = '日立製作所の2026年3月期決算は増益だった。\n\n約4割を出資するルネサスエレクトロニクスについては、持分法による投資利益520億円を計上した。\n\n通期の営業利益は9,000億円だった。';
		expect(figures(body, '2026-05-15').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['hitachi other 52000000000', 'hitachi operating_income 900000000000']);
	});

	test('a line opening its sentence with では, what moved it between, then 同部門の and the measure, is what 同部門 means', () => {
		const body = '三菱電機の2026年3月期決算は増益だった。データ事業も堅調だった。\n\nビルシステムソリューションでは、昇降機の更新需要が堅調で、同部門の受注高は前の期比6%増の6,100億円だった。';
		expect(figures(body, '2026-05-15').slice(-1)).toEqual(['mitsubishi-electric/ビルシステムソリューション other 610000000000 JPY FY2026 actual']);
	});
});

describe("a research house's release", () => {
	test("a company's percentage in a market named by what is sold there (国内IaaS/PaaS市場ではAWSが38.5%) is its share; a stock market's is not", () => {
		expect(figures('法人向けSaaS市場ではセールスフォースが14%、マイクロソフトが9%だった。', '2026-09-08')).toEqual(['salesforce market_share 14 % - actual', 'microsoft market_share 9 % - actual']);
		expect(figures('東京株式市場ではソフトバンクグループが5%だった。', '2026-09-08')).toEqual([]);
		// Shares that rose in a country's session hold no share of its market.
		expect(figures('決算を受け、台湾市場ではTSMCが4.1%、メディアテックが2.2%それぞれ上昇した。', '2026-09-08').filter(figure => figure.includes('market_share'))).toEqual([]);
	});

	test("the year of the market size among a survey's points (・2025年度の…市場規模は…) is the year of the shares listed under it", () => {
		const body = ['IDC Japanは国内サーバー市場の調査結果を発表した。', '■調査結果のポイント', '・2025年度の国内サーバー市場規模は前年度比8%増の7,400億円\n・ベンダー別シェアは富士通が24%で首位、NECが18%で2位'].join('\n\n');
		expect(figures(body, '2026-06-10')).toEqual(['fujitsu market_share 24 % 2025-04..2026-03 actual IDC Japan', 'nec market_share 18 % 2025-04..2026-03 actual IDC Japan']);
	});

	test("the year of the market a firm's survey sizes (…の国内PaaS市場は…9,000億円と) is the year of the shares after it, though the text never says 市場規模", () => {
		const body = '国内ではIDC Japanが10日に公表した調査がある。2025年度（2025年4月〜26年3月）の国内PaaS市場は9,000億円と、前年度比18%増えた。事業者別のシェアは富士通が24%、NECが18%だった。';
		expect(figures(body, '2026-06-12')).toEqual(['fujitsu market_share 24 % 2025-04..2026-03 actual IDC Japan', 'nec market_share 18 % 2025-04..2026-03 actual IDC Japan']);
	});

	test('a research house that publishes a survey (株式会社…リサーチ（…以下MCR）は…調査結果を発表) is the source of its shares, no company of the article', () => {
		const body = ['株式会社ミナト・クラウド・リサーチ（本社：東京都港区、以下MCR）は、国内サーバー市場に関する調査結果を発表しました。', 'MCRの推計では、2025年度の国内サーバー市場でのシェアは富士通が24%、NECが18%でした。'].join('\n\n');
		const found = extractText(body, {date: '2026-06-10'});
		expect(found.figures.map(figure => [figure.company, figure.value, figure.period, figure.source])).toEqual([
			['fujitsu', 24, '2025-04..2026-03', 'MCR'],
			['nec', 18, '2025-04..2026-03', 'MCR'],
		]);
		expect(found.article.companies).not.toContain('x-mcr');
	});
});

describe('a second firm counting the same period', () => {
	test("another firm's count of the share just told (…一方、英Canalysは同期間を11%と推計する; これに対し…同期間を4%としている) is of the same company and period", () => {
		expect(figures('米IDCは7〜9月期のアップルのシェアを18%としている一方、米Counterpoint Researchは同期間を16%と推計する。', '2026-11-01')).toEqual([
			'apple market_share 18 % 2026-Q3 actual IDC',
			'apple market_share 16 % 2026-Q3 actual Counterpoint Research',
		]);
		expect(figures('サーバー市場でのデルのシェアは、米IDCの調べでは2025年10〜12月期に19%だった。これに対し英Omdiaは同期間を21%としている。', '2026-03-12')).toEqual([
			'dell market_share 19 % 2025-Q4 actual IDC',
			'dell market_share 21 % 2025-Q4 actual Omdia',
		]);
	});
});

describe('a move on a proprietary trading system', () => {
	test('is of the evening the news came out (PTS, 発表後), however early the next morning the story is dated; a forecast raised that day is that news', () => {
		const body = '# レーザーテック、上方修正\n\n2026年1月30日 7:05 JST\n\nレーザーテックは29日、今期の営業利益予想を引き上げた。\n\n私設取引システム（PTS）では、発表後に同社株が一時6.2%上昇した。';
		expect(figures(body, null)).toEqual(['lasertec stock_move 6.2 % 2026-01-29 actual']);
	});
});

describe('a section headed by a company', () => {
	test('may name it after a label (## 国内勢：ラクス), even where the sentence before names it as an object', () => {
		const body = ['## 米国勢の比較', '', 'データドッグの4〜6月期は売上高10億ドルだった。', '', '## 国内勢：ラクス', '', '国内からは3月期決算のラクスを。5月に発表した2026年3月期の売上高は前期比24%増の530億円でした。'].join('\n');
		expect(extractText(body, {date: '2026-07-01', title: 'SaaS決算：データドッグとラクス'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`)).toEqual([
			'datadog revenue 1000000000',
			'rakus revenue_growth 24',
			'rakus revenue 53000000000',
		]);
	});

	test('stays with it past customers listed with や as its examples (台湾のXや韓国SKハイニックスが導入を進める)', () => {
		const body = ['## ディスコ（3月期）：研削装置が好調', '', 'HBM向けの引き合いが強く、台湾の大手OSATや韓国SKハイニックスが導入を急ぐ。', '', '2026年3月期は売上高4,200億円を計画する。'].join('\n');
		expect(extractText(body, {date: '2025-11-09', title: '装置各社の決算'}).figures.map(figure => [figure.company, figure.kind, figure.value])).toEqual([['disco', 'revenue', 420000000000]]);
	});

	test('is about that company (### 2. ラクス：…), not the one the section before was about; until the text turns to another under it', () => {
		const body = [
			'### 1. メタ：設備投資をさらに拡大',
			'',
			'メタの7〜9月期は売上高512億ドルだった。',
			'',
			'### 2. さくらインターネット：GPU需要の一服で減益',
			'',
			'5日に発表した4〜9月期は、営業利益が12億円と前年同期から38%減った。',
			'',
			'ソシオネクストは同日、通期予想を下げた。',
			'',
			'売上高予想は2,100億円とした。',
		].join('\n');
		expect(extractText(body, {date: '2025-11-09', title: '週間まとめ'}).figures.map(figure => [figure.company, figure.kind, figure.value])).toEqual([
			['meta', 'revenue', 51200000000],
			['sakura-internet', 'operating_income', 1200000000],
			['sakura-internet', 'other', -38],
			['socionext', 'revenue', 210000000000],
		]);
	});

	test("a paragraph naming no company under a company's section is about the company the section last turned to, not the headline's", () => {
		const body = [
			'## 1. TSMC：過去最高益',
			'',
			'TSMCの7〜9月期の売上高は434億ドルだった。',
			'',
			'## 2. インテル：赤字が縮小',
			'',
			'米インテルが22日発表した7〜9月期決算は、売上高が142億ドルだった。',
			'',
			'10〜12月期の売上高見通しは139億〜149億ドル。',
		].join('\n');
		expect(extractText(body, {date: '2026-10-25', title: 'TSMCが過去最高益、インテルは赤字縮小'}).figures.map(figure => `${figure.company} ${figure.value} ${figure.basis}`)).toEqual([
			'tsmc 43400000000 actual',
			'intel 14200000000 actual',
			'intel 14400000000 outlook',
		]);
	});
});

describe('changes on a quarter named with its months, and sums reached by a day', () => {
	test('a change on a quarter named with its months (第1四半期（4〜6月）比で) is on the quarter before, of the quarter reported', () => {
		expect(figures('IIJの第2四半期（7〜9月）単独の売上高は820億円と、第1四半期（4〜6月）比で6.1%増加しました。', '2025-11-10')).toEqual(['iij revenue 82000000000 JPY FY2026-Q2 actual', 'iij other 6.1 % FY2026-Q2 actual']);
	});

	test('a debt the company carries (有利子負債は…) is that, kind other, whatever investment the sentence goes on to', () => {
		expect(figures('ただ、メタの有利子負債は800億ドルを超えており、AI投資の回収を巡る警戒感は根強い。', '2026-03-12')).toEqual(['meta other 80000000000 USD - actual']);
	});

	test('a sum reached by a day and told on in a sentence of the past (12月末までに…に達し、…となった) is a result', () => {
		expect(figures('ソフトバンクグループによると、アンソロピックへの累計出資額は9月末までに41億ドルに達し、出資比率は約5%となった。', '2025-11-12')[0]).toBe('softbank investment 4100000000 USD - actual');
	});
});

describe("a survey report's shares", () => {
	test("shares of what is held as of a day (2025年12月末時点の契約数シェアは、Xが…%) are of that day, and so are a second firm's of 同時点", () => {
		expect(figures('MM総研によると、2025年12月末時点の携帯電話契約数シェアは、NTTドコモが34.8%、KDDIが27.1%だった。一方、オムディアの推計では、同時点のKDDIのシェアは26.4%だった。', '2026-02-10')).toEqual([
			'ntt-docomo market_share 34.8 % 2025-12-31 actual MM総研',
			'kddi market_share 27.1 % 2025-12-31 actual MM総研',
			'kddi market_share 26.4 % 2025-12-31 actual Omdia',
		]);
	});

	test("a share as of a day, in a story of a quarter's results (4〜6月期の決算…。2026年6月末時点の…シェアは), is of that day, not of the quarter", () => {
		const body = 'ソフトバンクは4日、2026年4〜6月期の決算を発表した。\n\n調査会社MM総研の推計では、2026年6月末時点の国内契約数に占めるソフトバンクのシェアは21.0%だった。';
		expect(figures(body, '2026-08-05').filter(row => / market_share /.test(row))).toEqual(['softbank-corp market_share 21 % 2026-06-30 actual MM総研']);
	});

	test("a firm named again after another's paragraph (MM総研の集計で…) keeps the period it surveyed; a total of a kind of product under its survey (スマートウォッチ出荷台数は) is no maker's; what firms give (調査会社の数字が) is no firm", () => {
		const body = [
			'国内スマートフォン市場で、アップルのシェアをめぐる調査会社の数字が食い違っている。',
			'',
			'MM総研が11月17日に発表した「2025年度上期（4〜9月）国内携帯電話端末の出荷台数調査」によると、スマートフォンの出荷台数は前年同期比4.8%増の1,420万台。メーカー別ではアップルが48.7%で首位を守ったが、同社のシェアが半期で5割を下回ったのは2022年度上期以来となる。',
			'',
			'一方、カウンターポイント・リサーチが同じ4〜9月を対象に集計したデータでは、アップルのシェアは52.1%だった。MM総研は出荷台数、カウンターポイントは販売台数をもとに集計している。',
			'',
			'## 2位争い',
			'',
			'MM総研の集計で2位に入ったのはシャープで、シェアは9.8%（前年同期比1.1ポイント上昇）。カウンターポイントの数字ではシャープは10.5%だった。',
			'',
			'## スマートウォッチ',
			'',
			'2025年度上期のスマートウォッチ出荷台数は310万台だった。',
		].join('\n');
		const found = extractText(body, {date: '2025-11-20', title: 'iPhoneのシェアは5割を切ったか　2025年度上期の国内スマホ出荷'}).figures.map(figure => [figure.company, figure.value, figure.period, figure.source]);
		expect(found).toEqual([
			['apple', 48.7, '2025-04..2025-09', 'MM総研'],
			['apple', 52.1, '2025-04..2025-09', 'Counterpoint Research'],
			['sharp', 9.8, '2025-04..2025-09', 'MM総研'],
			['sharp', 1.1, '2025-04..2025-09', 'MM総研'],
			['sharp', 10.5, '2025-04..2025-09', 'Counterpoint Research'],
		]);
	});

	test('a change in per cent after a share (シェア9%、前年同期比5%減) is no share: shares move in points', () => {
		expect(figures('カウンターポイントによると、7〜9月期のスマートフォン出荷台数で、オッポは3,100万台でシェア9%、前年同期比5%減だった。', '2025-11-10')).toEqual([
			'oppo/スマートフォン other 31000000 count 2025-Q3 actual Counterpoint Research',
			'oppo market_share 9 % 2025-Q3 actual Counterpoint Research',
		]);
	});

	test('the total of a kind of company (国内スタートアップの資金調達総額は), whoever tells it, is nobody it knows', () => {
		const body = '■ソニー\nソニーは1月、約100億円を調達した。\n\n情報サービスのイチバンデータによると、2025年の国内スタートアップの資金調達総額は約9,000億円だった。';
		expect(figures(body, '2026-03-01')).toEqual(['sony funding 10000000000 JPY - actual']);
	});

	test('a market named by the equipment sold in it (…装置の世界市場では、Xのシェアは) is where the share is, not market talk, and names its product', () => {
		const body = '検査装置の需要が伸びた。マスク検査装置の世界市場では、レーザーテックのシェアは英調査会社オムディアの推計で2025年に85%だった。';
		expect(figures(body, '2026-02-20')).toEqual(['lasertec/マスク検査装置 market_share 85 % 2025 actual Omdia']);
	});

	test("a company's own fiscal year (…の2025年6月期の売上高は) in a paragraph a firm framed is the company's report, not the firm's estimate", () => {
		const body = 'シナジー・リサーチ・グループによると、クラウド市場でオラクルのシェアは4%だった。オラクルの2025年5月期の売上高は574億ドルに上る。';
		expect(figures(body, '2026-03-05')).toContain('oracle revenue 57400000000 USD FY2025 actual');
	});

	test("shares reckoned in sales (シェア（売上高ベース）では) go on into the next paragraph's first company; they are of the year of the market surveyed, not the year the firm forecasts; a menu line above a page's headline names no product; a certification in 「」 is no line", () => {
		const body = [
			'ホーム ＞ ニュース ＞ クラウド',
			'ログイン｜会員登録｜メールマガジン｜RSS',
			'',
			'# 国内PaaS市場、2025年は18%増の9,000億円　Azureが首位維持もシェア低下',
			'',
			'2026年2月10日 11:00',
			'',
			'IT専門調査会社のIDC Japanは9日、国内のクラウド開発基盤サービス（PaaS）市場に関する調査結果を発表した。2025年の市場規模は前年比18%増の9,000億円となった。同社は2029年に市場規模が2兆円に達すると予測している。',
			'',
			'ベンダー別のシェア（売上高ベース）では、マイクロソフトのAzureが31.0%で首位を維持したものの、前年から1.5ポイント低下した。2位はグーグル・クラウドで15.2%、3位はAWSで12.0%と続いた。',
			'',
			'オラクルは6.2%と前年から0.8ポイント上昇した。NECは、「ガバメントクラウド」の認定を追い風にシェアを0.4ポイント伸ばした。',
		].join('\n');
		expect(figures(body, null)).toEqual([
			'microsoft/azure market_share 31 % 2025 actual IDC Japan',
			'microsoft/azure market_share -1.5 pt 2025 actual IDC Japan',
			'google/google-cloud market_share 15.2 % 2025 actual IDC Japan',
			'amazon/aws market_share 12 % 2025 actual IDC Japan',
			'oracle market_share 6.2 % 2025 actual IDC Japan',
			'oracle market_share 0.8 pt 2025 actual IDC Japan',
			'nec market_share 0.4 pt 2025 actual IDC Japan',
		]);
	});
});

describe('shares of several and shares lowered', () => {
	test('a share lowered (下げた) is negative; the top companies together are none of them', () => {
		expect(figures('IDCによると、2025年の国内サーバー市場で首位の富士通のシェアは22.0%で、前年から0.8ポイント下げた。上位3社の合計シェアは61.0%だった。', '2026-03-10')).toEqual([
			'fujitsu market_share 22 % 2025 actual IDC',
			'fujitsu market_share -0.8 pt 2025 actual IDC',
		]);
	});

	test('each company of an enumeration (Xが…%、Yが…%のシェア) takes the measure named after the last one', () => {
		expect(figures('オムディアの集計では、2026年1〜3月期のAIサーバー向けGPUはエヌビディアが81%、AMDが9%のシェアを握った。', '2026-05-20')).toEqual([
			'nvidia market_share 81 % 2026-Q1 actual Omdia',
			'amd market_share 9 % 2026-Q1 actual Omdia',
		]);
		expect(figures('新会社にはソフトバンクが600億円、NTTが300億円、KDDIが100億円の出資を決めた。', '2026-05-20')).toEqual([
			'softbank-corp investment 60000000000 JPY - actual',
			'ntt investment 30000000000 JPY - actual',
			'kddi investment 10000000000 JPY - actual',
		]);
	});

	test("a company's share in a market (…市場でのシェア) is the company's in every clause, in a clause after too", () => {
		expect(figures('NECの官公庁向けIT市場でのシェアは2025年に14.5%となり、前年の13.9%から高めた。', '2026-04-02')).toEqual(['nec market_share 14.5 % 2025 actual', 'nec market_share 13.9 % 2024 actual prior']);
	});
});

describe('a sentence that opens on its own period', () => {
	test('turns from the part told before (このうちAIサーバーの…) to the company, its period explained in brackets or not', () => {
		expect(figures('デルは2026年1月期の売上高見通しを1100億ドルとした。このうちAIサーバーの売上高は約250億ドルを見込む。11月〜2026年1月期（第4四半期）の売上高は310億〜320億ドルを予想する。', '2025-11-26').at(-1)).toBe(
			'dell revenue 31500000000 USD FY2026-Q4 outlook',
		);
	});
});

describe('a press release of an investment', () => {
	test('the raiser named in the clause that describes the shares (Xが実施する第三者割当増資を引き受け) does not pay; its equity value (株式価値) is its valuation', () => {
		const body =
			'株式会社カシワテック（本社：東京都港区、以下「カシワテック」）とNECは、資本業務提携を結んだ。NECはカシワテックが実施する第三者割当増資を引き受け、20億円を出資します。払込金額から算定したカシワテックの株式価値は160億円です。';
		const found = extractText(body, {date: '2026-03-02'}).figures.map(figure => [figure.company, figure.kind, figure.value]);
		expect(found).toContainEqual(['nec', 'investment', 2000000000]);
		expect(found.find(row => row[2] === 16000000000)).toEqual([expect.stringMatching(/^x-/), 'valuation', 16000000000]);
	});
});

describe("a research firm's ranking told by rank", () => {
	test("a paragraph that opens on a rank (3位はXだった。同社の…) is of that company, its figures the firm's", () => {
		const body = ['米調査会社IDCは5日、2025年7〜9月期の世界サーバー市場の企業別ランキングを公表した。', '', '3位はレノボだった。同社のサーバー売上高は58億ドルだった。シェアは9.1%と前四半期から上昇した。'].join('\n');
		expect(figures(body, '2025-12-06')).toEqual(['lenovo/サーバー revenue 5800000000 USD FY2026-Q2 actual IDC', 'lenovo market_share 9.1 % 2025-Q3 actual IDC']);
	});

	test("a share named after another company's unit (AWSのシェアは28%、2位のXは21%) is of no product", () => {
		expect(figures('米シナジー・リサーチ・グループの推計では、10〜12月期の世界のクラウド市場でAWSのシェアは29%、2位のマイクロソフトは20%だった。', '2026-02-10')).toContain(
			'microsoft market_share 20 % 2025-Q4 actual Synergy Research Group',
		);
	});
});

describe('同部門 after a unit the text turns to', () => {
	test('同部門 and 同事業 point back to a unit named as the focus (驚いたのはXだ) or the start (まずXから見ていく)', () => {
		const body = ['3社のクラウド事業を比べる。', '', 'まずAzureから見ていく。同事業の10〜12月期の売上高は180億ドルだった。', '', '目立ったのはGoogle Cloudだ。同部門の売上高は150億ドルだった。'].join('\n');
		expect(figures(body, '2026-02-10')).toEqual(['microsoft/azure revenue 18000000000 USD FY2026-Q2 actual', 'google/google-cloud revenue 15000000000 USD 2025-Q4 actual']);
	});
});

describe('what a number is not', () => {
	test("a company's capital told in prose, in an interview's answer (新会社の資本金は50億円で、Xが全額を出資します) is a line of its profile, no investment", () => {
		const body = '# NEC幹部に聞く\n\n2026年5月1日\n\n**――新会社の狙いは。**\n\n山田　判断を速くしたいからです。新会社の資本金は50億円で、NECが全額を出資します。\n\n**――今後の目標は。**\n\n山田　顧客を広げたいと考えています。';
		expect(figures(body, '2026-05-01')).toEqual([]);
	});

	test("an amount in a label before the label's own number (…revenue greater than $1 million: 688) is a threshold, no figure", () => {
		expect(figures('Snowflakeの決算。\n\n- Customers with trailing 12-month product revenue greater than $1 million: 688', '2025-12-04')).toEqual([]);
	});

	test('a gap between two numbers (両社で2.5ポイントの開きがある) is no figure of either', () => {
		expect(figures('Dell’Oroによると、7〜9月期のデータセンター向けスイッチ市場でAristaのシェアは24.1%だった。一方、IDCの集計ではAristaのシェアは21.6%で、両社で2.5ポイントの開きがある。', '2025-12-04')).toEqual([
			'arista market_share 24.1 % 2025-Q3 actual',
			'arista market_share 21.6 % 2025-Q3 actual IDC',
		]);
	});

	test("a new venture's paragraph (新会社は…約300億円を投資する計画だ。…売上高150億円を目指す) is about the venture, no parent's", () => {
		expect(
			figures('# 富士通と東芝、AI基盤の合弁会社を設立\n\n富士通と東芝は本日、AI基盤を提供する合弁会社を設立すると発表した。\n\n新会社は2026年度からの3年間で約300億円を投資する計画だ。2028年度に売上高150億円を目指す。', '2025-12-10'),
		).toEqual([]);
	});

	test('a bound a number stayed under (1年前は50社に満たなかった) is no number reached', () => {
		expect(figures('ELYZAの法人向けAPIの利用企業は10月末時点で260社になった。1年前は50社に満たなかった。', '2025-11-20')).toEqual(['elyza/API customers 260 count 2025-10-31 actual']);
	});

	test('a measure named in a phrase of cause (…の出荷拡大を背景に前年同月比…増) is not what the number measures', () => {
		expect(figures('ソニーグループの12月売上高も、ゲーム機の出荷拡大を背景に前年同月比12.5%増えた。', '2026-01-14')).toEqual(['sony revenue_growth 12.5 % 2025-12 actual']);
	});

	test('what passes through a marketplace (流通総額) is no sales', () => {
		expect(figures('楽天グループの2025年の国内EC流通総額は6兆3,000億円だった。', '2026-02-14').map(row => row.split(' ').slice(1, 3).join(' '))).toEqual(['other 6300000000000']);
	});

	test('those who take the new shares (国内の…を引受先とする) are no place the money goes', () => {
		expect(figures('PFNは12日、国内の商社や銀行を引受先とする第三者割当増資で90億円を調達したと発表した。', '2026-02-14')).toEqual(['preferred-networks funding 9000000000 JPY - actual']);
	});
});

describe('a person speaking for a company', () => {
	test('the company whose officer speaks (Xの担当者は…) stays what 同社 means past its paragraph', () => {
		const body = ['競争は激しい。KDDIは2025年12月、GPUクラウドを始めた。さくらインターネットの担当者は、価格で勝負すると話す。', '', '発表を受け、10日の東京株式市場で同社株は前日比6.5%高で取引を終えた。'].join('\n');
		expect(figures(body, '2026-02-10')).toEqual(['sakura-internet stock_move 6.5 % 2026-02-10 actual']);
	});
});

describe('a valuation told again', () => {
	test('a valuation that names no company (…評価額が5,000億ドルに達した) is of the company the paragraph valued, not of the investor named between', () => {
		const body = 'オープンAIは2025年3月、400億ドルの調達を決め、評価額は3,000億ドルとなった。ソフトバンクGはこのうち300億ドルを拠出する。同年10月には株式の売却を通じ、評価額が5,000億ドルに達した。';
		expect(figures(body, '2026-02-13').filter(row => row.includes('valuation'))).toEqual(['openai valuation 300000000000 USD 2025-03 actual', 'openai valuation 500000000000 USD 2025-10 actual']);
	});

	test('those a round came from, listed with など…による (AやBなど8社による計73億円), did not raise it: the company the text is about did', () => {
		expect(figures('ラピダスは量産に向けて資金を集めている。民間からの出資はトヨタ自動車やソニーグループなど8社による計73億円にとどまる。', '2025-11-10')).toEqual(['rapidus funding 7300000000 JPY - actual']);
	});

	test('a valuation after an investor (Xが…を出資して…、調達後の評価額は) is of the company that raised the round, never of the investor', () => {
		const body = 'Sakana AIは11月、シリーズBで200億円を調達した。KDDIが50億円を出資して筆頭株主となり、調達後の評価額は4,000億円に達した。';
		expect(figures(body, '2025-12-10').filter(row => row.includes('valuation'))).toEqual(['sakana-ai valuation 400000000000 JPY - actual']);
		expect(figures('KDDIが50億円を出資して筆頭株主となり、調達後の評価額は4,000億円に達した。', '2025-12-10').filter(row => row.includes('valuation'))).toEqual([]);
	});
});

describe('a morning column', () => {
	test('a move at the open (Xは寄り付きで5.1%高をつけ) is a stock move of the session', () => {
		expect(figures('東京エレクトロンは寄り付きで4.8%高をつけた。', '2026-01-16')).toEqual(['tokyo-electron stock_move 4.8 % 2026-01-16 actual']);
	});

	test("a change over a year in the sentence after a move (市場が前年比40%増に拡大するとの予測) is not the share's move", () => {
		const body = 'レーザーテックが3日続伸し、一時5.4%高まで買われた。米調査会社が、2026年の世界のEUV検査装置市場が前年比40%増の90億ドルに拡大するとの予測を示したことが手掛かり。';
		expect(figures(body, '2026-02-03')).toEqual(['lasertec stock_move 5.4 % 2026-02-03 actual']);
	});
});

describe('a clause that describes the name after it', () => {
	test("a number in a clause describing another company (…20%増だったAWSを上回った) is not the subject's, and is left out", () => {
		expect(figures('グーグル・クラウドの10〜12月期の売上高は前年同期比35%伸び、7〜9月期に21%増だったアマゾン・ウェブ・サービス（AWS）を上回った。', '2026-02-05')).toEqual(['google/google-cloud revenue_growth 35 % 2025-Q4 actual']);
	});
});

describe('shares of a name brief does not know', () => {
	test("a move of shares named by an unknown company (…インフォマティカ株は6%高) is nobody's the text knows", () => {
		expect(figures('セールスフォースは26日、米データ管理大手の買収を発表した。27日の米株式市場で、カンテラ株は前週末比7%高で取引を終えた。セールスフォース株は2%安だった。', '2025-05-28')).toEqual([
			'salesforce stock_move -2 % 2025-05-27 actual',
		]);
	});

	test('a segment that grew as the reason, before a fiscal year written in two digits (…向けが伸び、26年8月期の設備投資は), owns nothing', () => {
		expect(figures('マイクロンはHBMを含むデータセンター向けが伸び、26年8月期の設備投資は200億ドルに引き上げる計画だ。', '2026-01-10')).toEqual(['micron capex 20000000000 USD FY2026 outlook']);
	});
});

describe('years in two digits', () => {
	test('a year written in two digits (26年の設備投資, 25年の1,310億ドル, 25年通年では, 29年に) is that year; a number of years (創業30年は) is none', () => {
		expect(figures('アルファベットの設備投資は25年通年では900億ドルだった。同社は26年の設備投資を1,200億ドルと見込む。', '2026-02-05')).toEqual(['google capex 90000000000 USD 2025 actual', 'google capex 120000000000 USD 2026 outlook']);
		expect(figures('NECは創業30年は売上高が1兆円だった。', '2026-02-05').join()).not.toMatch(/ 2030 /);
		// "25年の722億ドルから": the year of an amount written straight after it.
		expect(figures('アマゾンは決算を発表した。26年の設備投資は2,000億ドル規模になる見通しで、25年の1,310億ドルから大きく増える。', '2026-02-06')).toContain('amazon capex 131000000000 USD 2025 actual prior');
		// "25年のFC-BGA基板の世界シェア": a year of a market's shares, whatever product stands between.
		expect(figures('富士キメラ総研の調べでは、25年の車載半導体の世界シェアはルネサスが14%だった。', '2026-03-05')).toEqual(['renesas market_share 14 % 2025 actual Fuji Chimera Research Institute']);
	});
});

describe('同社 after a ranking', () => {
	test('companies a research firm ranks (…によると、…Aが35%で首位、Bが33%で続いた) are not what 同社 then means', () => {
		const body = [
			'SKハイニックスが29日発表した10〜12月期決算は、売上高が224億ドルだった。',
			'',
			'調査会社カウンターポイントによると、7〜9月期のDRAM市場シェアはSKハイニックスが35%で首位、サムスン電子が33%で続いた。',
			'',
			'同社の純利益は98億ドルだった。',
		].join('\n');
		expect(figures(body, '2026-01-29').find(row => row.includes('9800000000'))).toMatch(/^sk-hynix /);
	});
});

describe('staff of a place, and a stake to come', () => {
	test('the staff of a place (このうち国内は…人) is a part, never the whole headcount', () => {
		expect(figures('パナソニックの従業員数は2025年9月末時点で約22万人、このうち国内は約8万人だった。', '2026-02-01')).toEqual(['panasonic headcount 220000 count 2025-09-30 actual', 'panasonic/国内 headcount 80000 count 2025-09-30 actual']);
	});

	test('a stake to be raised to (保有比率を100%に引き上げる) is an outlook', () => {
		expect(figures('NTTはTOBの成立後、NTTデータへの保有比率を100%に引き上げる。', '2025-05-09')).toEqual(['ntt stake 100 % - outlook']);
	});
});

describe('sessions and guidance', () => {
	test('a session abroad named for one move (前日の米国市場で…6%安) does not date the next move of shares listed in Tokyo', () => {
		const body = '20日の東京株式市場で半導体株がまちまちだった。キオクシアホールディングスは2%安。前日の米国市場で米マイクロンが5%安となった。アドバンテストは終値で3.5%高だった。';
		expect(figures(body, '2026-03-20').filter(row => row.startsWith('advantest'))).toEqual(['advantest stock_move 3.5 % 2026-03-20 actual']);
	});

	test("a result set against the company's guidance (…と会社側の見通しの上限を超えた) is a result; a consensus that beats it is not", () => {
		expect(figures('TSMCが同日発表した2025年10〜12月期決算は、粗利益率が61.8%と会社側の見通しの上限を超えた。', '2026-01-16')).toEqual(['tsmc margin 61.8 % 2025-Q4 actual']);
		expect(figures('日立製作所は好調だ。市場予想の平均（QUICKコンセンサス）は営業利益1兆円で、会社予想を上回っている。', '2026-01-16')).toEqual([]);
	});

	test("a whole named again in a speaker's words (「150億円のうち100億円を…) is no figure of its own", () => {
		const body = ['# Sakana AI社長インタビュー', '', 'Sakana AIのCEOに聞いた。', '', '――資金の使い道は。', '', '「120億円のうち80億円を、研究開発に充てる計画です」', '', '――採用は。', '', '「エンジニアを増やします」'].join('\n');
		expect(figures(body, '2026-03-01').map(row => row.split(' ')[2])).toEqual(['8000000000']);
	});
});

describe('a business as the cause', () => {
	test('a business told as the cause (…事業の縮小で売上高は減ったが) is not the owner of the figures after it', () => {
		expect(figures('ソニーグループの4〜12月期は売上高が9兆8,000億円だった。映画事業の不振で売上高は伸び悩んだが、営業利益は9,100億円と前年同期の1.2倍に増えた。', '2026-02-10')).toContain(
			'sony operating_income 910000000000 JPY 2025-04..2025-12 actual',
		);
	});
});

describe('a paragraph of results under a heading of forecasts', () => {
	test('once a paragraph under "## …予想…" reports a period gone by, the figures after it in the paragraph are results', () => {
		const body = ['# パナソニック、業績予想を下げる', '', '## 通期予想を下方修正', '', '2026年3月期の純利益予想を引き下げた。', '', '同日発表した2025年4〜12月期の決算は、売上高が6兆1,000億円だった。営業利益は3,300億円に増えた。'].join(
			'\n',
		);
		expect(figures(body, '2026-02-05')).toContain('panasonic operating_income 330000000000 JPY 2025-04..2025-12 actual');
	});
});

describe('voluntary retirement', () => {
	test('the people asked to retire (…人の希望退職を募る) are a count of their own, not a cut', () => {
		expect(figures('パナソニックは国内で800人程度の希望退職を募り、海外では2,000人の人員削減を進める。', '2026-02-05')).toEqual(['panasonic other 800 count - actual', 'panasonic other 2000 count - actual']);
	});
});

describe('a quarter named as the base of a change', () => {
	test('a change on the quarter before named by its number (第2四半期連結会計期間に比べ) is no year-on-year growth, and of the quarter reported', () => {
		expect(figures('ローム株式会社の第3四半期連結会計期間（2025年10〜12月）単独の売上高は1,150億円で、第2四半期連結会計期間に比べ4.2%増加しました。', '2026-02-06')).toEqual([
			'rohm revenue 115000000000 JPY FY2026-Q3 actual',
			'rohm other 4.2 % FY2026-Q3 actual',
		]);
	});
});

describe('a list of segments', () => {
	test('items under "…別の売上高は次のとおりです" are segments by their labels', () => {
		const body = ['さくらインターネットの4〜12月期決算は増収だった。製品別の売上高は次のとおりです。', '', '- ホスティング：3,100百万円（前年同期比2.5%増）', '- データ分析基盤：1,240百万円'].join('\n');
		expect(figures(body, '2026-02-12')).toEqual([
			'sakura-internet/ホスティング revenue 3100000000 JPY 2025-04..2025-12 actual',
			'sakura-internet/ホスティング revenue_growth 2.5 % 2025-04..2025-12 actual',
			'sakura-internet/データ分析基盤 revenue 1240000000 JPY 2025-04..2025-12 actual',
		]);
	});

	test('items under a bold line that breaks a measure down (**売上収益の内訳**) are segments by their labels too', () => {
		const body = ['さくらインターネットの4〜12月期決算は増収だった。', '', '**売上高の内訳**', '- ホスティング：3,100百万円（前年同期比2.5%増）', '- データ分析基盤：1,240百万円'].join('\n');
		expect(figures(body, '2026-02-12')).toEqual([
			'sakura-internet/ホスティング revenue 3100000000 JPY 2025-04..2025-12 actual',
			'sakura-internet/ホスティング revenue_growth 2.5 % 2025-04..2025-12 actual',
			'sakura-internet/データ分析基盤 revenue 1240000000 JPY 2025-04..2025-12 actual',
		]);
	});

	test('a part named in 「」 (このうち「…」関連は, このうち「…その他」は) is that product, not the segment before', () => {
		const body = 'さくらインターネットの4〜12月期のクラウドサービスの売上高は210億円だった。このうち「はやぶさAI」関連は64億円、「運用その他」は30億円でした。';
		expect(figures(body, '2026-02-12').filter(row => /6400000000|3000000000/.test(row))).toEqual([
			'sakura-internet/はやぶさAI revenue 6400000000 JPY 2025-04..2025-12 actual',
			'sakura-internet/運用その他 revenue 3000000000 JPY 2025-04..2025-12 actual',
		]);
	});
});

describe('a reason clause', () => {
	test('a line named in a reason (…向けの需要が…ことから、) is not what the revised forecast is of', () => {
		expect(figures('イビデンは31日、業績予想を修正した。\n\n通期の連結業績予想につきましては、AIサーバー向けの需要が想定を上回っていることから、売上高を400,000百万円から420,000百万円に引き上げました。', '2025-10-31')).toEqual([
			'ibiden revenue 400000000000 JPY FY2026 outlook prior',
			'ibiden revenue 420000000000 JPY FY2026 outlook',
		]);
	});
});

describe('a business line as the topic of its measure', () => {
	test('a business group in katakana with its initials (…・ソリューションズ・グループ（CSG）) is that line, after a unit named before it too; the focus of its sentence (けん引役は…（ISG）で、) as well', () => {
		const body =
			'ヒューレット・パッカード・エンタープライズの8〜10月期は増収だった。けん引役はサーバーを手がけるハイブリッド・クラウド・ビジネス（HCB）で、売上高は前年同期比20%増の16億ドルだった。ネットワーク事業のインテリジェント・エッジ・ビジネス（IEB）の売上高は12億ドルだった。';
		expect(figures(body, '2025-12-05')).toEqual(['hpe/HCB revenue_growth 20 % FY2025-Q4 actual', 'hpe/HCB revenue 1600000000 USD FY2025-Q4 actual', 'hpe/IEB revenue 1200000000 USD FY2025-Q4 actual']);
	});

	test('a katakana line named by what it does (…ソリューション, …プラットフォーム) before 売上収益が is that line, with no 事業 after it', () => {
		expect(figures('NECの4〜9月期は売上収益が1兆6000億円だった。一方、社会インフラ・プラットフォームは受注高が10%増の3000億円、ネットワークサービスは伸び悩んだ。', '2025-10-30')).toEqual([
			'nec revenue 1600000000000 JPY FY2026-H1 actual',
			'nec/社会インフラ・プラットフォーム other 10 % FY2026-H1 actual',
			'nec/社会インフラ・プラットフォーム other 300000000000 JPY FY2026-H1 actual',
		]);
	});

	test("so is one before its loss (…は30億円の営業赤字); the year before's profit beside a loss (前年同期は10億円の黒字) is a profit", () => {
		expect(figures('NECの4〜9月期は売上収益が1兆6000億円だった。社会インフラ・プラットフォームは受注高が10%増えた。モバイル・デバイスは30億円の営業赤字（前年同期は10億円の黒字）だった。', '2025-10-30').slice(-2)).toEqual([
			'nec/モバイル・デバイス operating_income -3000000000 JPY FY2026-H1 actual',
			'nec/モバイル・デバイス operating_income 1000000000 JPY FY2025-H1 actual prior',
		]);
	});
});

describe('business units', () => {
	test('a business group with its initials as the label of a line of results (…・グループ（PCG）：売上高は…) is that line', () => {
		const body = 'デル・テクノロジーズは27日、2025年8〜10月期の決算を発表しました。\n\nパーソナル・コンピューティング・グループ（PCG）：売上高は前年同期比8%増の128億ドル、営業利益率は5.1%でした。';
		expect(figures(body, '2025-11-28')).toEqual(['dell/PCG revenue_growth 8 % FY2026-Q3 actual', 'dell/PCG revenue 12800000000 USD FY2026-Q3 actual', 'dell/PCG margin 5.1 % FY2026-Q3 actual']);
	});

	test('a 事業部門 with its initials (…事業部門（CSBU）) is the unit by its name, in a list and as a topic; named again by its initials it is the same unit', () => {
		const body = 'ウエスタンデジタルの7〜9月期は増収だった。事業部門別では、クラウドストレージ事業部門（CSBU）の売上高が21億ドル、エッジデバイス事業部門（EDBU）が9億ドルだった。CSBUの営業利益は4億ドルだった。';
		expect(figures(body, '2025-11-01')).toEqual([
			'western-digital/クラウドストレージ revenue 2100000000 USD FY2026-Q1 actual',
			'western-digital/エッジデバイス revenue 900000000 USD FY2026-Q1 actual',
			'western-digital/クラウドストレージ operating_income 400000000 USD FY2026-Q1 actual',
		]);
	});
});

describe('lines named in full', () => {
	test('a line named after its company, then a word in letters or digits (HENNGE One事業, HENNGE OneのARR), keeps the company in its name', () => {
		expect(figures('HENNGEの2026年9月期決算。主力のHENNGE One事業の売上高は112億円だった。9月末時点のHENNGE Oneの契約企業数は3,400社に増えた。', '2026-11-13')).toEqual([
			'hennge/HENNGE One revenue 11200000000 JPY FY2026 actual',
			'hennge/HENNGE One customers 3400 count 2026-09-30 actual',
		]);
	});

	test('a unit named in 「」 with its reading in brackets (「Lumada（ルマーダ）」事業) is named without the reading', () => {
		expect(figures('日立製作所の4〜9月期決算。デジタル基盤「Lumada（ルマーダ）」事業の売上収益は1兆2,000億円だった。', '2025-11-05')).toEqual(['hitachi/Lumada revenue 1200000000000 JPY FY2026-H1 actual']);
	});

	test('a business named with 関連 before its measure, straight or after a period (セキュリティ関連売上収益, …関連の7〜9月期の受注高) is that business', () => {
		expect(figures('NECの決算説明会。2024年度のセキュリティ関連売上収益は1,200億円だった。セキュリティ関連の営業利益率は8.5%、セキュリティ関連の7〜9月期の受注高は420億円だった。', '2025-11-20')).toEqual([
			'nec/セキュリティ revenue 120000000000 JPY FY2025 actual',
			'nec/セキュリティ margin 8.5 % FY2025 actual',
			'nec/セキュリティ other 42000000000 JPY FY2026-Q2 actual',
		]);
	});

	test('a line named on an English page after the period it is of (Q2 FY2027 subscription revenue:) is the line, without the period', () => {
		expect(figures('Snowflakeの決算。\n\n**Guidance**\n\n- Q4 FY2027 product revenue: $1.30 billion to $1.34 billion', '2026-12-04')).toEqual(['snowflake/product revenue 1320000000 USD FY2027-Q4 outlook']);
	});

	test('a product written out with its short name in brackets is the short name; NAND flash written out is NAND', () => {
		expect(figures('マイクロンの6〜8月期は、広帯域メモリー（HBM）の売上高が前年同期比3倍に増えた。NANDフラッシュの売上高は21億ドルだった。', '2025-10-01')).toEqual([
			'micron/HBM revenue_growth 200 % FY2025-Q4 actual',
			'micron/NAND revenue 2100000000 USD FY2025-Q4 actual',
		]);
	});

	test('revenue from products (製品売上高) is a line of its own, as revenue from services is', () => {
		expect(figures('米サービスナウの2025年12月期は、製品売上高が前年比21%増の120億ドル、サービス売上高は5億ドルだった。', '2026-02-01')).toEqual([
			'servicenow/製品 revenue_growth 21 % 2025 actual',
			'servicenow/製品 revenue 12000000000 USD 2025 actual',
			'servicenow/サービス revenue 500000000 USD 2025 actual',
		]);
	});
});

describe('the product a share is of', () => {
	test("a product market named in the sentence or in the heading over it is the segment of its shares (a company's unit is none); a sentence after names its own (FORMAT.md infers none)", () => {
		const body = [
			'オムディアによると、2025年10〜12月期のNAND市場におけるシェアは、サムスン電子が32.1%で首位だった。2位のSKハイニックスは21.0%。',
			'',
			'## DRAMはマイクロンが3位',
			'',
			'同社の集計で、マイクロンのシェアは22.0%だった。',
			'',
			'## AWSのシェアは低下',
			'',
			'同社によると、2位のマイクロソフトのシェアは21%だった。',
			'',
			'## 国内クラウド',
			'',
			'同社によると、国内のクラウド市場でのシェアはAWSが30%、マイクロソフトが22%だった。',
		].join('\n');
		expect(figures(body, '2026-02-10')).toEqual([
			'samsung/NAND market_share 32.1 % 2025-Q4 actual Omdia',
			'sk-hynix market_share 21 % 2025-Q4 actual Omdia',
			'micron/DRAM market_share 22 % 2025-Q4 actual Omdia',
			'microsoft market_share 21 % 2025-Q4 actual Omdia',
			'amazon/aws market_share 30 % 2025-Q4 actual Omdia',
			'microsoft market_share 22 % 2025-Q4 actual Omdia',
		]);
	});

	test('a byline under the headline (［…，EDN Japan Online］) names a medium, no product the shares below are of', () => {
		const body = ['［佐藤 健，EDN Japan Online］', '', '米IDCによると、2025年のサーバー出荷でデルは首位だった。シェアは14.2%だった。'].join('\n');
		expect(figures(body, '2026-02-10')).toEqual(['dell market_share 14.2 % 2025 actual IDC']);
	});

	test("a research firm's table of one product: its shares and sales are that product's", () => {
		const body = ['台湾TrendForceの調べ。', '', '## HBM売上高ランキング（2025年第4四半期）', '', '| 順位 | 企業 | 売上高（億ドル） | シェア |', '|---|---|---|---|', '| 1 | SKハイニックス | 98 | 55.0% |'].join('\n');
		expect(figures(body, '2026-02-10')).toEqual(['sk-hynix/HBM revenue 9800000000 USD 2025-Q4 actual TrendForce', 'sk-hynix/HBM market_share 55 % 2025-Q4 actual TrendForce']);
	});
});

describe('rankings', () => {
	test("the ranks after the first share its measure, even with a growth figure between; a share's earlier period is a calendar one", () => {
		const body =
			'米調査会社IDCによると、2025年10〜12月期のサーバー出荷でシェア首位のデルは18.2%（前年同期は17.5%）で、出荷台数は前年同期比9.1%増えた。2位のレノボは11.4%、3位のスーパー・マイクロ・コンピューターは8.3%だった。アップルは2.1%で8位だった。';
		expect(figures(body, '2026-01-20')).toEqual([
			'dell market_share 18.2 % 2025-Q4 actual IDC',
			'dell market_share 17.5 % 2024-Q4 actual prior IDC',
			'dell other 9.1 % 2025-Q4 actual IDC',
			'lenovo market_share 11.4 % 2025-Q4 actual IDC',
			'supermicro market_share 8.3 % 2025-Q4 actual IDC',
			'apple market_share 2.1 % 2025-Q4 actual IDC',
		]);
	});

	test('a percentage that ranks a company (…が24.3%で首位, 3位は…の15.2%) is a share, and the ranking goes on into the next paragraph; a rank held by a name brief does not know is nobody it knows', () => {
		const body =
			'IDC Japanによると、2025年7〜9月期の国内パソコン出荷のメーカー別シェアは、レノボが31.0%で首位を守った。出荷台数は120万台。2位はデルで18.5%（1.2ポイント上昇）だった。\n\n3位のヤマブキ電算は14.1%で、前年同期の15.0%から0.9ポイント低下した。4位は富士通の9.9%だった。';
		expect(figures(body, '2025-11-20')).toEqual([
			'lenovo market_share 31 % 2025-Q3 actual IDC Japan',
			'lenovo other 1200000 count 2025-Q3 actual IDC Japan',
			'dell market_share 18.5 % 2025-Q3 actual IDC Japan',
			'dell market_share 1.2 pt 2025-Q3 actual IDC Japan',
			'fujitsu market_share 9.9 % 2025-Q3 actual IDC Japan',
		]);
		// A percentage of another measure named with it is that measure's.
		expect(figures('レノボは7〜9月期の営業利益率が8.0%で首位だった。', '2025-11-20')).toEqual(['lenovo margin 8 % FY2026-Q2 actual']);
	});

	test("a firm as the topic that estimates a company's amount (XはYを…と推計) is its source; the company marked by を right before the amount owns it", () => {
		const found = figures('ガートナーの調査。\n\nガートナーは2024年のHBM売上高でもマイクロンを52億ドルと推計している。', '2025-12-01');
		expect(found).toEqual(['micron revenue 5200000000 USD 2024 actual Gartner']);
	});

	test('each share listed after the market it is of (NAND市場でXのシェアを…、Yを…) is of that market, whichever way the list marks its companies', () => {
		expect(figures('英オムディアは、1〜6月のNAND市場でキオクシアのシェアを17.5%、米マイクロンを12.2%、SKハイニックスを19.0%と見積もった。', '2025-09-10')).toEqual([
			'kioxia/NAND market_share 17.5 % 2025-H1 actual Omdia',
			'micron/NAND market_share 12.2 % 2025-H1 actual Omdia',
			'sk-hynix/NAND market_share 19 % 2025-H1 actual Omdia',
		]);
		expect(figures('DRAM市場のシェアはマイクロンとSKハイニックスがそれぞれ24%と35%だった。', '2025-09-10')).toEqual(['micron/DRAM market_share 24 % - actual', 'sk-hynix/DRAM market_share 35 % - actual']);
	});

	test('a share a company sets out to win (…にシェア40%を取る目標) is its own aim in its own years, not the estimate of the firm quoted before it', () => {
		const body = 'オムディアによると、2024年の車載半導体市場でルネサスのシェアは12%だった。ルネサスは2027年12月期にシェア15%へ高めることを目指す。';
		expect(figures(body, '2025-09-10')).toEqual(['renesas market_share 12 % 2024 actual Omdia', 'renesas market_share 15 % 2027 outlook']);
	});

	test('a research firm the text introduces as one (調査会社のX) is the source of its figures, and 同ラボ is that firm', () => {
		const body = '調査会社の北斗データラボは19日、国内サーバー市場の調査結果を発表した。ベンダー別シェアは、富士通が24.3%で首位だった。\n\n同ラボは「国内勢が伸びた」とみている。';
		expect(figures(body, '2025-11-20')).toEqual(['fujitsu market_share 24.3 % - actual 北斗データラボ']);
	});

	test('a change of share said in prose and in a table is one figure', () => {
		const body = 'MM総研によると、2025年の国内クラウド市場で首位のAWSは40.0%と、前年から0.5ポイント下げた。\n\n| 順位 | 事業者 | シェア | 前年比 |\n|---|---|---|---|\n| 1 | AWS | 40.0% | △0.5ポイント |';
		expect(figures(body, '2026-02-01').filter(figure => figure.includes(' pt '))).toEqual(['amazon/aws market_share -0.5 pt 2025 actual MM総研']);
	});
});

describe('valuations and guidance sections', () => {
	test('an amount a company is valued at is its valuation, whatever sale set it', () => {
		expect(figures('ソフトバンクグループは決算を発表した。アンソロピックの企業価値は、11月に実施された社員株の売却で3,500億ドルと評価された。', '2025-12-01')).toEqual(['anthropic valuation 350000000000 USD 2025-11 actual']);
	});

	test('a guidance heading names the period of the outlooks under it, after the word as well as before', () => {
		const body = 'マーベルは2日、2025年8〜10月期決算を発表した。売上高は20億ドルだった。\n\n## Guidance（FY26 Q4 = 11〜1月期）\n\n- Revenue: 約$2.2B\n- Data center revenue: $1.6B';
		expect(figures(body, '2025-12-03')).toEqual(['marvell revenue 2000000000 USD FY2026-Q3 actual', 'marvell revenue 2200000000 USD FY2026-Q4 outlook', 'marvell/Data center revenue 1600000000 USD FY2026-Q4 outlook']);
	});

	test('lines that are only a period (2026年度第3四半期（…）, 2026年度通期) divide a guidance section by period; a note in brackets is no such line', () => {
		const body =
			'オラクルは、2026年度第2四半期（2025年9月〜11月）の業績を発表しました。売上高は前年同期比14%増の161億ドルでした。\n\n■業績見通し\n\n2026年度第3四半期（2025年12月〜2026年2月）\n\n・総売上高：168億〜171億ドル\n\n2026年度通期\n\n・売上高：670億ドル';
		expect(extractText(body, {date: '2025-12-11', title: 'オラクル、第2四半期の業績を発表'}).figures.map(figure => `${figure.kind} ${figure.value} ${figure.period} ${figure.basis}`)).toEqual([
			'revenue_growth 14 FY2026-Q2 actual',
			'revenue 16100000000 FY2026-Q2 actual',
			'revenue 16950000000 FY2026-Q3 outlook',
			'revenue 67000000000 FY2026 outlook',
		]);
	});

	test('a headline over a report (■X、…増収見通し) is no guidance section: the results under it are results', () => {
		const body = '# 東証大引け\n\n■マーベル、11〜1月期も増収見通し\n\nマーベルが2日発表した2025年8〜10月期決算は、売上高が20億ドルだった。このうちデータセンター部門は15億ドル。';
		expect(figures(body, '2025-12-03')).toEqual(['marvell revenue 2000000000 USD FY2026-Q3 actual', 'marvell/データセンター revenue 1500000000 USD FY2026-Q3 actual']);
		// Under a heading of guidance, a result its sentence dates to a period that has ended is a result all the same.
		const guided = '# マーベル決算\n\n## 見通し\n\nマーベルの2025年8〜10月期の売上高は20億ドルだった。11〜1月期の売上高は22億ドルを見込む。';
		expect(figures(guided, '2025-12-03')).toEqual(['marvell revenue 2000000000 USD FY2026-Q3 actual', 'marvell revenue 2200000000 USD FY2026-Q4 outlook']);
	});
});

describe('levels reached and losses compared with', () => {
	test('the level a change reached (前年同期比41%減の120億円と落ち込んだ) is a level, whatever verb of change follows it', () => {
		expect(figures('ソシオネクストの決算。同社が5日に発表した4〜9月期決算は、純利益が前年同期比41%減の120億円と落ち込んだ。', '2025-11-06')).toEqual([
			'socionext other -41 % FY2026-H1 actual',
			'socionext net_income 12000000000 JPY FY2026-H1 actual',
		]);
	});

	test('an amount by which the level after it differs (前期より約200億円少ない6,500億円) is no level', () => {
		expect(figures('KDDIの決算説明会。今期の設備投資は前期より約200億円少ない6,500億円を見込む。', '2025-11-20')).toEqual(['kddi capex 650000000000 JPY FY2026 outlook']);
	});

	test('a level reached after a change (…%減の124億円に落ち込んだ) is the level; an amount of change alone is none', () => {
		expect(figures('ソシオネクストの10〜12月期の営業利益は前年同期比28.4%減の124億円に落ち込んだ。', '2026-01-30')).toEqual(['socionext other -28.4 % FY2026-Q3 actual', 'socionext operating_income 12400000000 JPY FY2026-Q3 actual']);
		expect(figures('ソシオネクストの10〜12月期の営業利益は前年同期比30億円減った。', '2026-01-30')).toEqual([]);
	});

	test('the loss of the year before (前の期の…の赤字から, 前期の…の赤字から) is an earlier actual', () => {
		expect(figures('楽天グループの2025年12月期の最終損益は1,050億円の赤字で、前の期の1,624億円の赤字から縮小した。', '2026-02-14')).toEqual([
			'rakuten net_income -105000000000 JPY 2025 actual',
			'rakuten net_income -162400000000 JPY 2024 actual prior',
		]);
		expect(figures('ロームは2026年3月期の連結最終損益が400億円の赤字になりそうだと発表した。前期の500億円の赤字から赤字幅が縮小する。', '2026-02-06')).toEqual([
			'rohm net_income -40000000000 JPY FY2026 outlook',
			'rohm net_income -50000000000 JPY FY2025 actual prior',
		]);
	});
});

describe('acquisitions', () => {
	test('the price a company pays for another is its investment; a figure of the company bought is not the price', () => {
		expect(figures('ブロードコムは10日、米新興企業を最大45億ドルで買収することで合意したと発表した。', '2025-12-11')).toEqual(['broadcom investment 4500000000 USD - actual']);
		expect(figures('日立製作所は米企業を買収する。取得額は約3,000億円。', '2025-12-11')).toEqual(['hitachi investment 300000000000 JPY - actual']);
		expect(figures('売上高10億ドルの新興企業をインテルが買収した。', '2025-12-11')).toEqual([]);
	});
});

describe('lines subscribed', () => {
	test("a mobile carrier's lines are its users, counted in 回線; 楽天モバイル is Rakuten's segment", () => {
		expect(figures('楽天モバイルの契約回線数は2025年12月末時点で980万回線に達した。2026年中に1,200万回線を目指す。', '2026-02-14')).toEqual([
			'rakuten/rakuten-mobile users 9800000 count 2025-12-31 actual',
			'rakuten/rakuten-mobile users 12000000 count 2026 outlook',
		]);
	});
});

describe("a research firm's ranking", () => {
	test('同期 after a sentence that looked back to the quarter before (伸び率は前四半期（18%増）から加速した) is the quarter that sentence reported', () => {
		const body = 'オラクルの2025年9〜11月期決算は、クラウド部門の売上高が31%増の約80億ドルと、伸び率は前四半期（18%増）から加速した。\n\n同期の設備投資は約120億ドルだった。';
		expect(figures(body, '2025-12-12').filter(row => row.includes('capex'))).toEqual(['oracle capex 12000000000 USD FY2026-Q2 actual']);
	});

	test("a second firm's count of the same quarter (12月上旬に公表した同期の集計) is of that quarter, not of the month it came out; its shares stay apart from the first firm's, however close", () => {
		const body =
			'米カウンターポイント・リサーチによると、2025年7〜9月期のファウンドリー市場でTSMCのシェアは72%だった。2位のサムスン電子は7%だった。\n\n一方、台湾のトレンドフォースが12月上旬に公表した同期の集計では、TSMCのシェアは71.0%、サムスン電子は6.5%だった。';
		expect(figures(body, '2026-01-10')).toEqual([
			'tsmc market_share 72 % 2025-Q3 actual Counterpoint Research',
			'samsung market_share 7 % 2025-Q3 actual Counterpoint Research',
			'tsmc market_share 71 % 2025-Q3 actual TrendForce',
			'samsung market_share 6.5 % 2025-Q3 actual TrendForce',
		]);
	});

	test("a firm's market told company by company (企業別では, N位の…シェア): each company's sales are the firm's estimates, and a bare change compares as the first did", () => {
		const body = [
			'台湾の調査会社トレンドフォースは5日、2026年1〜3月期の世界のNAND型フラッシュメモリー市場の売上高が前四半期比14%増の240億ドルだったと発表した。',
			'',
			'企業別では、キオクシアのNAND売上高が前四半期比12%増の40億ドルで、シェアは16%だった。4位のマイクロンは、NAND売上高が9%増の30億ドル、シェアは12%だった。',
		].join('\n');
		expect(figures(body, '2026-06-06').filter(row => row.startsWith('micron'))).toEqual([
			'micron/NAND other 9 % 2026-Q1 actual TrendForce',
			'micron/NAND revenue 3000000000 USD 2026-Q1 actual TrendForce',
			'micron/NAND market_share 12 % 2026-Q1 actual TrendForce',
		]);
		expect(
			figures(body, '2026-06-06')
				.filter(row => row.startsWith('kioxia/NAND revenue'))
				.map(row => row.split(' ').at(-1)),
		).toEqual(['TrendForce']);
	});

	test("a ranked company's amount or change that names no measure is of the measure ranked by, the firm's estimate for the ranking's year", () => {
		const body = [
			'米調査会社オムディアは9日、2026年の世界半導体売上高ランキングを発表した。',
			'',
			'首位はエヌビディアで、売上高は前年比48%増の2,400億ドルだった。2位は韓国サムスン電子で880億ドル。3位のSKハイニックスは前年比22%増の740億ドルだった。',
		].join('\n');
		expect(figures(body, '2027-02-10')).toEqual([
			'nvidia revenue_growth 48 % 2026 actual Omdia',
			'nvidia revenue 240000000000 USD 2026 actual Omdia',
			'samsung revenue 88000000000 USD 2026 actual Omdia',
			'sk-hynix revenue_growth 22 % 2026 actual Omdia',
			'sk-hynix revenue 74000000000 USD 2026 actual Omdia',
		]);
	});

	test('without a ranking reported, a rank alone lends no measure', () => {
		expect(figures('2位は韓国サムスン電子で880億ドル。', '2027-02-10')).toEqual([]);
	});
});

test("a maker's shipments in money (出荷額) are its own measure, apart from its sales", () => {
	expect(figures('東京エレクトロンの2025年10〜12月期の出荷額は6,100億円と四半期で過去最高だった。', '2026-02-06')).toEqual(['tokyo-electron other 610000000000 JPY FY2026-Q3 actual']);
});

test('profits other than operating and net income keep their own names (売上総利益, EBITA), and an EBITA margin is a margin', () => {
	const found = extractText('ソニーグループの2025年4〜9月期の売上総利益は2兆1,000億円、調整後EBITAは8,200億円で、調整後EBITA率は14.2%だった。', {date: '2025-11-12'}).figures;
	expect(found.map(figure => [figure.kind, figure.measure, figure.value])).toEqual([
		['other', '売上総利益', 2100000000000],
		['other', 'EBITA（調整後）', 820000000000],
		['margin', 'EBITA率（調整後）', 14.2],
	]);
});

test("a product named in 「」 with its reading in brackets is the segment by its name alone; a results line's possessor gives the period its fiscal year", () => {
	expect(figures('NECの2025年4〜9月期決算。\n\n生成AIサービス「cotomi（コトミ）」関連の売上収益は320億円だった。', '2025-10-30')).toEqual(['nec/cotomi revenue 32000000000 JPY FY2026-H1 actual']);
});

test('a whole-year results report told in the months after the year ends (通期決算を発表した) is of the year just ended, a forecast for the whole year of the one begun', () => {
	expect(figures('KDDIは13日、通期決算を発表した。\n\n法人事業の売上高は1兆2,000億円だった。', '2026-05-13')).toEqual(['kddi/法人 revenue 1200000000000 JPY FY2026 actual']);
	expect(figures('KDDIは13日、通期の業績予想を発表した。\n\n売上高は6兆円を見込む。', '2026-05-13')).toEqual(['kddi revenue 6000000000000 JPY FY2027 outlook']);
});

test("a sentence opening on a period of its own (11〜1月期の売上高は…を見込む) is the company's again, not the segment of the figure before", () => {
	const body = 'ブロードコムは11日、8〜10月期決算を発表した。売上高は180億ドルで、AI向けの売上高は全体の36%を占めた。11月〜2026年1月期の売上高は191億ドルを見込む。';
	expect(figures(body, '2025-12-12').slice(-1)).toEqual(['broadcom revenue 19100000000 USD FY2026-Q1 outlook']);
});

test("a research firm's estimate told with とされ under its own framing is the firm's figure; とされ alone is still hearsay", () => {
	expect(figures('米カナリスが公表した集計では、レノボの2026年1〜3月期のシェアは24.1%とされ、前年から上昇した。', '2026-04-20')).toEqual(['lenovo market_share 24.1 % 2026-Q1 actual Canalys']);
	expect(figures('レノボの2026年1〜3月期のシェアは24.1%とされ、前年から上昇した。', '2026-04-20')).toEqual([]);
});

test('a valuation is as of the month of the round it was set in, the round named by its series (9月のシリーズCでは)', () => {
	expect(figures('サカナAIは2025年11月のシリーズCでは200億円を調達し、評価額は4,000億円だった。', '2026-01-10').filter(figure => figure.includes('valuation'))).toEqual(['sakana-ai valuation 400000000000 JPY 2025-11 actual']);
});

test('two companies together (両社は) are no one topic: 同社 after them is the company the text was about', () => {
	const body = 'ソフトバンクグループは9日、オープンAIとの提携を広げた。両社はAIの共同開発にも取り組む。同社によると、年換算の売上高は10月時点で5兆円を超えた。';
	expect(figures(body, '2025-11-10')).toEqual(['softbank other 5000000000000 JPY 2025-10 actual']);
});

test("money raised from others (…などから…を調達し) is the raiser's funding; those it came from only take part", () => {
	const body = 'プリファードネットワークスは5日、新たな資金調達を発表した。2025年8月に実施した前回のラウンドではトヨタ自動車などから約190億円を調達した。';
	expect(figures(body, '2026-03-06')).toEqual(['preferred-networks funding 19000000000 JPY - actual']);
	expect(extractText(body, {date: '2026-03-06'}).events.map(event => [event.date, event.companies])).toEqual([
		['2026-03-05', ['preferred-networks']],
		['2025-08', ['preferred-networks', 'toyota']],
	]);
});

describe('a tender offer', () => {
	test("its price a share, its premium, its total and the least shares it buys are the buyer's terms of the deal", () => {
		const body =
			'富士通は14日、新光電気工業（新光電気）に対しTOB（株式公開買い付け）を実施すると発表した。買い付け価格は1株5,200円で、直近の終値に対し32.5%のプレミアムを付けた。買い付け総額は約3,100億円。買い付け予定数の下限は4,500万株とした。';
		expect(figures(body, '2026-02-15')).toEqual(['fujitsu other 5200 JPY - actual', 'fujitsu other 32.5 % - actual', 'fujitsu investment 310000000000 JPY - actual', 'fujitsu stake 45000000 count - actual']);
		expect(extractText(body, {date: '2026-02-15'}).events.map(event => event.kind)).toEqual(['deal']);
	});
});

test("a government's grant (…を助成する, 助成を受ける) is the receiving company's, a grant and no funding raised from investors", () => {
	expect(figures('経済産業省は、キオクシアの新工場に最大1,200億円を助成する。キオクシアは同日、最大1,200億円の助成を受けると発表した。', '2026-02-15').at(-1)).toBe('kioxia other 120000000000 JPY - actual');
});

test('a market named with its reading in brackets (IoT（…）向けは) is the segment; a market describing a product of an earlier clause is not', () => {
	expect(figures('ルネサスの2025年の売上高のうち、IoT（モノのインターネット）向けは8%増の4,100億円だった。', '2026-02-10').at(-1)).toBe('renesas/IoT revenue 410000000000 JPY 2025 actual');
	expect(figures('データセンター（DC）向けの演算装置（GPU）の販売が伸び、AMDの2025年の純利益は40億ドルだった。', '2026-02-10')).toEqual(['amd net_income 4000000000 USD 2025 actual']);
});

test('shares that fell or rose by a verb (株は一時10%下げた) moved', () => {
	expect(figures('5日の米株式市場でインテル株は一時12%超下げた。', '2026-02-06')).toEqual(['intel stock_move -12 % 2026-02-05 actual']);
	// Not a measure raised by the company: "価格を5%上げた".
	expect(figures('インテルは5日、主力製品の価格を5%上げた。', '2026-02-06')).toEqual([]);
});

describe('money a company receives', () => {
	test('where the money came from (国内の事業会社や銀行から) is no segment of the funding; where it goes (国内に…投じる) is the investment’s', () => {
		expect(figures('PKSHAは昨年、国内の事業会社や銀行から約80億円を調達した。KDDIは国内に1兆円を投じる。', '2026-02-14')).toEqual(['pksha funding 8000000000 JPY - actual', 'kddi/国内 investment 1000000000000 JPY - actual']);
	});

	test('earlier rounds with their amounts in brackets (シードラウンド（約45億円）) are funding the company raised', () => {
		expect(figures('ELYZAは2023年3月のシードラウンド（約12億円）、翌年のシリーズAラウンド（約40億円）を経て、今回上場を申請した。', '2026-02-20')).toEqual(['elyza funding 1200000000 JPY - actual', 'elyza funding 4000000000 JPY - actual']);
	});

	test('from investors the text names no company of (…社から出資を受ける, 同社には…が出資している) is money it raises', () => {
		expect(figures('キオクシアは2026年度中に約20社から計800億円の出資を受ける。', '2026-04-10')).toEqual(['kioxia funding 80000000000 JPY - actual']);
		expect(figures('さくらインターネットは注目の新興だ。同社には大手銀行5社が計40億円を出資している。', '2026-04-10')).toEqual(['sakura-internet funding 4000000000 JPY - actual']);
	});

	test('support told by the company it goes to (Xへの政府支援) is its funding; the ministry named again (同省は) grants to nobody the sentence names', () => {
		const body = '総務省は光半導体の開発を後押しする。NTTへの支援も続ける。同省は12日、2026年度に最大900億円を追加で支援すると決めた。これによりNTTへの政府支援は累計で3,100億円になる。';
		expect(figures(body, '2026-05-13')).toEqual(['ntt funding 310000000000 JPY - actual']);
	});

	test("trading houses that build data centers (三菱商事, 伊藤忠商事) are known, so their part of a joint investment is not their partner's", () => {
		expect(figures('投資額のうち三菱商事が1,800億円、NTTが1,200億円を負担する。', '2026-05-01')).toEqual(['mitsubishi-corp investment 180000000000 JPY - actual', 'ntt investment 120000000000 JPY - actual']);
	});

	test('smartphone makers that shares reports rank (vivo, トランスシオン) are known, so their shares are not the maker before', () => {
		const body = 'カナリスによると、2026年1〜3月期の世界スマホ出荷のシェアは小米（シャオミ）が14.0%で3位。4位は中国vivo（9.1%）、5位はトランスシオン（8.2%）だった。';
		expect(figures(body, '2026-04-20')).toEqual(['xiaomi market_share 14 % 2026-Q1 actual Canalys', 'vivo market_share 9.1 % 2026-Q1 actual Canalys', 'transsion market_share 8.2 % 2026-Q1 actual Canalys']);
	});

	test('a grant received (最大…の補助を受ける) is a grant; a clause led by a name brief does not know is not the deal of the one before; a sum over several companies (5社合計で) is none of theirs', () => {
		expect(figures('ソフトバンクは最大90億円、ミナミデータは最大30億円の補助を受ける。', '2026-05-13')).toEqual(['softbank-corp other 9000000000 JPY - actual']);
		expect(figures('ソフトバンクは最大90億円の補助を受ける。補助金は5社合計で最大400億円となる。', '2026-05-13')).toEqual(['softbank-corp other 9000000000 JPY - actual']);
		// …nor what several put in together (8社が計73億円を出資した)…
		expect(figures('ラピダスへの出資。設立時にトヨタ自動車やNTTなど8社が計73億円を出資した。', '2026-01-15')).toEqual([]);
		// …nor a sum over two companies the sentence named before it, whatever the headline names first.
		expect(
			figures('# 経産省、インテル研究所とキオクシア工場に補助金\n\n経済産業省は8日、米インテルの新研究所（茨城県つくば市）とキオクシアの北上工場（岩手県北上市）に対し、合計で最大2,800億円の補助金を交付すると発表した。', '2025-12-09'),
		).toEqual([]);
	});

	test('a grant for one year (2026年度に最大…を支援) is dated by that year; the whole named again to take a part of it (…億円のうち) is no second figure', () => {
		const body = '経済産業省は10日、キオクシアに対し、2026年度に最大2,000億円を追加で支援すると発表した。2,000億円のうち500億円は出資の形をとる。';
		expect(figures(body, '2026-04-11').filter(figure => figure.includes(' 200000000000 '))).toEqual(['kioxia funding 200000000000 JPY FY2027 actual']);
	});
});

test("a result measured against the company's forecast with its range beside it (…と、会社見通し（…）を上回った) is a result", () => {
	expect(figures('スノーフレークの11〜1月期の売上高は12億6,000万ドルと、会社見通し（12億2,000万〜12億3,000万ドル）を上回った。', '2026-02-26')).toEqual(['snowflake revenue 1260000000 USD FY2026-Q4 actual']);
});

test('an after-hours move follows the announcement of a day told with its time zone (25日（米国時間）、…発表した)', () => {
	const body = 'セールスフォースは25日（米国時間）、2025年11月〜2026年1月期（2026年1月期第4四半期）の決算を発表した。発表後の時間外取引で株価は一時6%高となった。';
	expect(figures(body, '2026-02-26')).toEqual(['salesforce stock_move 6 % 2026-02-25 actual']);
});

test("every figure in the brackets after an analysts' consensus (予想の平均（売上高…、1株利益…）) is the consensus's", () => {
	const body = 'アームの10〜12月期の売上高は12億ドルで、アナリスト予想の平均（売上高12億5,000万ドル、1株利益0.45ドル）と比べ、売上高は届かなかった。';
	expect(figures(body, '2026-02-06')).toEqual(['arm revenue 1200000000 USD FY2026-Q3 actual']);
});

test("a consensus named inside the brackets (予想平均（QUICKコンセンサス、…）) makes the figure beside it the consensus's too", () => {
	const body = 'SCREENの10〜12月期の営業利益は310億円だった。営業利益は市場予想平均（QUICKコンセンサス、340億円）に届かなかった。';
	expect(figures(body, '2026-02-06')).toEqual([expect.stringMatching(/^screen\S* operating_income 31000000000 JPY FY2026-Q3 actual/)]);
});

test('a round mark a figure passes (1兆円の大台, 節目) is not a figure', () => {
	expect(figures('ディスコは2026年3月期に売上高が4,100億円と初めて4,000億円の大台に乗った。', '2026-05-10')).toEqual(['disco revenue 410000000000 JPY FY2026 actual']);
});

test('a paragraph opening on a company with も after its parent (X傘下のYも) turns the text to Y', () => {
	const body = 'インテルの売上高は130億ドルだった。\n\nNTT傘下のNTTデータも勢いづく。10〜12月期の売上高は1兆2,100億円だった。';
	expect(figures(body, '2026-02-10').at(-1)).toBe('ntt-data revenue 1210000000000 JPY FY2026-Q3 actual');
});

test('a company its clause names after shares named before (XのADRが…高となり、Yも…上昇した) owns its own move', () => {
	const body = '前日の米国市場ではASMLの米国預託証券（ADR）が3.2%高となり、マイクロン・テクノロジーも1.8%上昇した。';
	expect(figures(body, '2026-03-05')).toEqual(['asml stock_move 3.2 % 2026-03-04 actual', 'micron stock_move 1.8 % 2026-03-04 actual']);
});

test('the day of a session abroad that set a move off (前日の米国市場で…流れを引き継ぎ、) is not the day of the move', () => {
	const body = '4日の東京株式市場で、前日の米国市場でハイテク株が買われた流れを引き継ぎ、ディスコが一時前日比5.6%高となった。';
	expect(figures(body, '2026-03-04')).toEqual(['disco stock_move 5.6 % 2026-03-04 actual']);
	const later = '4日の東京株式市場で、レーザーテックが買われた。\n\n装置株は堅調だ。前日の米国市場でハイテク株が買われた流れを引き継ぎ、ディスコが一時前日比5.6%高となった。';
	expect(figures(later, '2026-03-04')).toEqual(['disco stock_move 5.6 % 2026-03-04 actual']);
});

test("a research firm's number it predicts (…に高まると予測している) is an outlook; a product named 予測 makes none", () => {
	expect(figures('カウンターポイントは、10〜12月期にはサムスン電子のシェアが35%に高まると予測している。', '2026-01-20')).toEqual([expect.stringMatching(/^samsung\S* market_share 35 % 2025-Q4 outlook/)]);
	expect(figures('富士通の需要予測サービスの売上高は2025年に120億円だった。', '2026-01-20')).toEqual(['fujitsu revenue 12000000000 JPY 2025 actual']);
});

test('a sentence opening on a list of companies (X、国のYと並ぶ) turns the text to none of them', () => {
	const body = 'ディスコは1937年に創業した。米ラムリサーチ、オランダのASMLと並ぶ装置大手だ。\n\n業績は好調だ。10〜12月期の売上高は1,100億円だった。';
	expect(figures(body, '2026-02-10')).toEqual(['disco revenue 110000000000 JPY FY2026-Q3 actual']);
});

test('an amount reached by a day and done (3月末までに…出資を受けた) is a result, not a target', () => {
	expect(figures('ラピダスは6月末までに国内外の企業から計2,300億円の出資を受けた。', '2026-07-10')).toEqual([expect.stringMatching(/^rapidus funding 230000000000 JPY \S+ actual$/)]);
	expect(figures('ラピダスは12月末までに計2,300億円の出資を受ける計画だ。', '2026-07-10')).toEqual([expect.stringMatching(/^rapidus funding 230000000000 JPY \S+ outlook$/)]);
});

test("a plan's cap on users (30人までの「ライトプラン」) is no count of anyone", () => {
	expect(figures('富士通は新サービスを始める。料金は、利用者30人までの「ライトプラン」が月額5万円から。', '2026-04-01')).toEqual([]);
});

test('a stake held as of a day (6月末時点の…出資比率は) is dated that day', () => {
	expect(figures('ソフトバンクグループは決算を発表した。6月末時点のアンソロピックへの出資比率は約4%となった。', '2026-08-10')).toEqual(['softbank stake 4 % 2026-06-30 actual']);
});

test("a market its clause makes the subject after a region or a company (…国内のAI向けサーバー市場は…規模に) is nobody's", () => {
	expect(figures('NECは決算を発表した。推論向けの計算資源への需要が強く、国内のAI向けサーバー市場は2027年に8,000億円規模に広がるとの調査もある。', '2026-02-13')).toEqual([]);
});

test("what a public body goes on to grant in the next sentence (このほか、…に300億円を充てる) is no company's", () => {
	const body = '文部科学省は同日、富士通が進める次世代スーパーコンピューターの開発に対し、1,100億円を支援することを決めた。このほか、研究拠点の整備に300億円を充てる。';
	expect(figures(body, '2026-02-13').filter(row => row.includes('30000000000 '))).toEqual([]);
});

test('money put into research or plant (研究開発に…を投じる) is that spending, planned over the fiscal years written (2026年3月期から4年間)', () => {
	expect(figures('アドバンテストは2026年3月期から4年間で研究開発に3,000億円を投じる計画だ。', '2026-02-10')).toEqual(['advantest other 300000000000 JPY FY2026..FY2029 outlook']);
});

test('money put in after the sentence spoke of plant spending, going nowhere named (…設備投資額は…だったが、来年は…を投じる計画), is more of it', () => {
	const body = 'メタの2025年の設備投資額は720億ドルだったが、スーザン・リーCFOは2026年に約1,150億ドルを投じる計画を示した。';
	expect(figures(body, '2026-02-10')).toEqual(['meta capex 72000000000 USD 2025 actual', 'meta capex 115000000000 USD 2026 outlook']);
	// Not money that goes to a company named.
	const elsewhere = 'メタの2025年の設備投資額は720億ドルだったが、2026年にはスケールAIに約150億ドルを投じる。';
	expect(figures(elsewhere, '2026-02-10').at(-1)).toMatch(/ investment 15000000000 USD/);
});

test('money in from investors told by what they are (金融機関からの出資は累計…) is money the company raised', () => {
	expect(figures('キオクシアは説明会を開いた。国内の金融機関からの出資は累計900億円に達した。', '2026-04-02')).toEqual(['kioxia funding 90000000000 JPY - actual']);
});

test('a company named in what drove the number (Xの…終了に伴う買い替え需要で売上収益が…) owns none of it; the business the sentence is about does', () => {
	const body = 'NECの4〜9月期は増収だった。サーバーなどのハードウェア事業は、米インテルの新型CPU投入に伴う更新需要で売上収益が12%増の900億円だった。';
	expect(figures(body, '2025-10-31').slice(-2)).toEqual(['nec/ハードウェア revenue_growth 12 % FY2026-H1 actual', 'nec/ハードウェア revenue 90000000000 JPY FY2026-H1 actual']);
});

test('a paragraph opening on a company with も after a clause of what it does (…を手がけるXも) turns the text to X', () => {
	const body = '東京エレクトロンは通期予想を据え置いた。売上高は2兆4,000億円を見込む。\n\n先端半導体向けの検査装置を世界で手がけるアドバンテストも受注が大きく伸びた。同社が1月29日に発表した10〜12月期の受注高は2,300億円だった。';
	expect(figures(body, '2026-02-09').at(-1)).toBe('advantest other 230000000000 JPY FY2026-Q3 actual');
});

test("the company whose amount a deal clause's topic is (Xの累計調達額は…) owns it, whoever invested in the sentence before", () => {
	const body = 'サカナAIは追加の調達を発表した。NECが30億円を出資した。サカナAIの累計調達額は約500億円になった。';
	expect(figures(body, '2026-02-16').at(-1)).toBe('sakana-ai funding 50000000000 JPY - actual');
});

test("同社 after a research firm's ranking of several companies is still the company the text is about, not the last one ranked", () => {
	const body =
		'# サムスン電子、10〜12月の営業益2倍\n\n2026年1月29日 17:30\n\n英調査会社オムディアによると、10〜12月期のDRAM市場でのシェアはサムスン電子が36%で首位、韓国SKハイニックスが33%、米マイクロン・テクノロジーが24%だった。\n\n29日のソウル株式市場で同社株は一時、前日比3.2%高となった。';
	expect(figures(body, null).at(-1)).toBe('samsung stock_move 3.2 % 2026-01-29 actual');
});

test('同時点 anywhere in its clause (…の登録利用者数は同時点で…) is the as-of day of the level told before', () => {
	expect(figures('サカナAIは9月末時点で顧客が120社となった。また、個人向けアプリの登録利用者数は同時点で18万人を超えた。', '2025-11-10').at(-1)).toBe('sakana-ai users 180000 count 2025-09-30 actual');
});

test('a sensitivity to the exchange rate (1円の円安で営業利益が…押し上げられる) is no figure at all', () => {
	expect(figures('アドバンテストのCFOは「1円の円高で年間の営業利益が25億円程度目減りする」と述べた。', '2026-02-10')).toEqual([]);
});

test('the part of its own shares a buyback takes (発行済み株式の2.1%にあたる…を上限に取得) is no stake', () => {
	expect(figures('ディスコは発行済み株式の2.1%にあたる230万株を上限に取得する。', '2026-02-10').filter(row => row.includes(' % '))).toEqual(['disco other 2.1 % - actual']);
});

test('an investment a company states as its policy (…に最大…を段階的に投資する方針) is decided, not an outlook', () => {
	expect(figures('ソフトバンクグループは昨年10月、米アンソロピックに最大200億ドルを段階的に投資する方針を示した。', '2026-02-10')).toEqual([expect.stringMatching(/^softbank investment 20000000000 USD - actual$/)]);
});

test("the units a research firm counts of a company (IDCによると…出荷台数…) are told in calendar periods, whatever the company's fiscal year", () => {
	const body = '米調査会社IDCが発表した2025年10〜12月期の世界パソコン出荷台数は7,000万台だった。メーカー別では米アップルが出荷台数620万台で4位だった。';
	expect(figures(body, '2026-01-15').at(-1)).toBe('apple other 6200000 count 2025-Q4 actual IDC');
});

test('a product that did well in a clause before the measure (「X」が好調で、出荷台数は…) is the cause, not its segment; the month it came out (9月に発売した) no period', () => {
	const body = 'IDCによると、2025年10〜12月期の世界スマホ出荷台数でサムスン電子は2位だった。8月に発売した「Galaxy Z」シリーズが好調で、出荷台数は前年同期比4.2%増えた。';
	expect(figures(body, '2026-01-20').at(-1)).toBe('samsung other 4.2 % 2025-Q4 actual IDC');
});

test("a share of one country's market (国内市場では、…シェアは) is of that region, apart from the world share", () => {
	const body = '米IDCによると、2025年の世界タブレット出荷台数シェアはアップルが38%で首位だった。\n\n国内市場では、MM総研によると2025年の出荷台数シェアはアップルが52%で首位だった。';
	const found = extractText(body, {date: '2026-02-10'});
	expect(found.figures.map(figure => `${figure.company}/${figure.segment} ${figure.value}`)).toEqual(['apple/null 38', 'apple/国内 52']);
});

test('levels listed under a heading that gives their day (## 主要KPI（2025年9月末時点）) are as of that day; a size that picks out companies (従業員50人以上の企業) is no count', () => {
	const body = 'マネーフォワードは決算を発表した。\n\n## 主要KPI（2025年9月末時点）\n\n- 有料課金ユーザー企業数：35万社（前年同期比12%増）\n\n従業員50人以上の企業向けが伸びた。';
	expect(figures(body, '2025-10-14')).toEqual(['money-forward customers 350000 count 2025-09-30 actual', 'money-forward other 12 % 2025-09-30 actual']);
});

test('a title that names the part of a year whose results it reports (2025年度第2四半期決算説明会) dates 上期 in the text', () => {
	const body = '# 2025年度第2四半期決算説明会 質疑応答\n\n日本電気株式会社\n\nA1. 上期の売上収益は1兆6,000億円となりました。';
	expect(figures(body, null)).toEqual(['nec revenue 1600000000000 JPY FY2026-H1 actual']);
});

test('a title that releases the results of a quarter and the year (第4四半期および通期の業績を発表) dates a bare 通期 in the text; a revised forecast does not', () => {
	const body = '- 通期の売上収益は3兆6,200億円、前期比5%増\n\n日本電気は28日、決算を発表した。';
	const read = (title: string) => extractText(body, {date: '2026-04-28', title}).figures.map(figure => `${figure.kind} ${figure.value} ${figure.period} ${figure.basis}`);
	expect(read('日本電気、2026年3月期第4四半期および通期の業績を発表')).toEqual(['revenue 3620000000000 FY2026 actual', 'revenue_growth 5 FY2026 actual']);
	expect(read('日本電気、2026年3月期第4四半期および通期の業績予想の修正を発表')).not.toContain('revenue 3620000000000 FY2026 actual');
});

test('a segment the registry knows is read by its bare name (富士通の…ハードウェアソリューションの売上収益, 日立のDSS)', () => {
	expect(figures('富士通の2025年4〜9月期は、ハードウェアソリューションの売上収益が3,800億円だった。', '2025-10-31')).toEqual(['fujitsu/hardware-solutions revenue 380000000000 JPY FY2026-H1 actual']);
	expect(figures('日立製作所の2025年4〜9月期は、DSSの売上収益が1兆3,000億円だった。', '2025-10-31')).toEqual(['hitachi/digital-systems-services revenue 1300000000000 JPY FY2026-H1 actual']);
});

test("an item's headline that rounds the amount its text gives (純利益は1.8兆円 over 1兆7,960億円) is the same figure, kept as the text says it", () => {
	const body = '- **トヨタ自動車、4〜12月期の純利益は1.8兆円**\n  トヨタ自動車が6日発表した2025年4〜12月期の連結決算は、純利益が1兆7,960億円だった。';
	const found = extractText(body, {date: '2026-02-07'}).figures;
	expect(found.map(figure => [figure.value, figure.text, figure.quote.includes('1兆7,960億円')])).toEqual([[1_796_000_000_000, '1兆7,960億円', true]]);
	// Not two amounts of which one only happens to round to the other.
	expect(figures('富士通は売上収益の予想を3兆5,500億円から3.6兆円に上げた。', '2026-02-07')).toHaveLength(2);
});

test("a region is named without the word for region (中南米地域の売上高 is 中南米's); prospects in talks (顧客候補とは…社と協議) are no customers", () => {
	expect(figures('エクイニクスの7〜9月期は、地域別では中南米地域の売上高が2億1000万ドルだった。', '2025-11-05')).toEqual(['equinix/中南米 revenue 210000000 USD 2025-Q3 actual']);
	expect(figures('ラピダスの社長は「顧客候補とは40社以上と協議している」と語った。', '2026-03-01')).toEqual([]);
});

test('what a public body puts into a company (政府は…IPAを通じてXに…を出資する) is money the company raises', () => {
	expect(figures('政府は2025年12月、情報処理推進機構（IPA）を通じてキオクシアに800億円を出資することを決めた。', '2026-03-01')).toEqual(['kioxia funding 80000000000 JPY - actual']);
});

test('targets listed under a heading of financial targets (## 財務目標（2027年度）) are outlooks of that year; a result that beat its target (9.1%と目標の8.9%を上回った) is a result', () => {
	const body = '# 富士通、新たな中期経営計画\n\n2025年5月20日\n\n富士通は中期経営計画を発表した。\n\n## 財務目標（2027年度）\n\n- 売上収益：4兆2,000億円\n- 調整後EPS：250円';
	expect(figures(body, null)).toEqual(['fujitsu revenue 4200000000000 JPY FY2028 outlook', 'fujitsu eps 250 JPY FY2028 outlook']);
	expect(figures('富士通の2025年度の調整後営業利益率は10.2%と目標の10.0%を上回った。', '2026-05-20')).toEqual(['fujitsu margin 10.2 % FY2026 actual', 'fujitsu margin 10 % FY2026 outlook']);
});

test('a company whose product went into what moved the number (Xのモデルを組み込んだ…の利用拡大で) owns none of it', () => {
	expect(figures('グーグル・クラウドはアンソロピックのモデルを組み込んだサービスの利用拡大でシェアを1.5ポイント伸ばした。', '2026-02-10')).toEqual([expect.stringMatching(/^google\/google-cloud market_share 1.5 pt/)]);
});

test("Amazon's advertising (広告サービスの売上高) is its own segment, not the one named before it", () => {
	expect(figures('アマゾンの10〜12月期は、海外部門の売上高が11%増の480億ドルだった。広告サービスの売上高は22%増の210億ドルだった。', '2026-02-06').slice(-2)).toEqual([
		'amazon/advertising revenue_growth 22 % 2025-Q4 actual',
		'amazon/advertising revenue 21000000000 USD 2025-Q4 actual',
	]);
});

test("a firm's former name in brackets (オムディア（旧カナリス）) is no firm of the sentence; a firm whose estimate another's is set against (Xの推計を…上回った) does not frame what follows", () => {
	const body = '米シナジー・リサーチ・グループによると、10〜12月期のAWSのシェアは29%だった。\n\n一方、英オムディア（旧カナリス）の集計では、AWSのシェアは32%と、シナジーの推計を3ポイント上回った。グーグル・クラウドは12%だった。';
	expect(figures(body, '2026-02-10').slice(-2)).toEqual(['amazon/aws market_share 32 % 2025-Q4 actual Omdia', 'google/google-cloud market_share 12 % 2025-Q4 actual Omdia']);
});

test('the amount of a year gone by that a plan raises spending from (2025年の…から大幅に増やす計画) is a result', () => {
	expect(figures('メタは2026年の設備投資を約1,200億ドルと、2025年の720億ドルから大幅に増やす計画だ。', '2026-02-06')).toEqual(['meta capex 120000000000 USD 2026 outlook', 'meta capex 72000000000 USD 2025 actual prior']);
});

test('a rank whose company brief does not know gives its number to nobody it knows (…、4位の中国ソウリンは12%), or to the Latin name it finds there (4位の中国Maxwave（麦浪科技）は)', () => {
	const body = '2位はエヌビディアで20%、3位の米AMDは15%、4位の中国Maxwave（麦浪科技）は7%、5位の米インテルは3%だった。';
	expect(figures(body, '2025-11-20').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['nvidia market_share 20', 'amd market_share 15', 'x-maxwave market_share 7', 'intel market_share 3']);
	const katakana = '2位はエヌビディアで20%、3位の米AMDは15%、4位の中国ソウリンは12%、5位の米インテルは3%だった。';
	expect(figures(katakana, '2025-11-20').map(row => row.split(' ').slice(0, 3).join(' '))).toEqual(['nvidia market_share 20', 'amd market_share 15', 'intel market_share 3']);
});

test("plant spending after a segment's figure, under a heading that names the segment, is the company's", () => {
	const body = '## アマゾン：AWSは24%増、設備投資は過去最高\n\nアマゾンは10〜12月期の決算を発表した。AWSの売上高は前年同期比24%増えた。同四半期の設備投資は390億ドルに達した。';
	expect(figures(body, '2026-02-06').at(-1)).toBe('amazon capex 39000000000 USD 2025-Q4 actual');
});

test("the total raised after the round the text announces (本ラウンドにより、…累計資金調達額は…) is the announcing company's, not its last investor's", () => {
	const body = '# サカナAI、シリーズCで300億円を調達\n\n2026年2月10日\n\nサカナAIは第三者割当増資を実施した。本ラウンドにはNECが参加し、約30億円を出資した。本ラウンドにより、創業以来の累計資金調達額は約700億円となった。';
	expect(figures(body, null).at(-1)).toBe('sakana-ai funding 70000000000 JPY - actual');
});

test('a session abroad named first (5日の米国市場の時間外取引で) is no session of Tokyo shares told after it', () => {
	const body = 'キオクシアが大幅高となった。マイクロン・テクノロジーが5日の取引終了後に発表した決算が好感された。5日の米国市場の時間外取引でマイクロン株は6%高となった。\n\n半導体関連株は総じて高く、東京エレクトロンが一時4.2%高となった。';
	expect(figures(body, '2026-03-06').at(-1)).toBe('tokyo-electron stock_move 4.2 % 2026-03-06 actual');
	const noSession = 'キオクシアが大幅高となった。マイクロン・テクノロジーが5日の取引終了後に発表した決算が好感された。\n\n半導体関連株は総じて高く、東京エレクトロンが一時4.2%高となった。';
	expect(figures(noSession, '2026-03-06').at(-1)).toBe('tokyo-electron stock_move 4.2 % 2026-03-06 actual');
});

test("a market index's move beside a company's (…指数（KOSPI）の0.8%高を上回った) is nobody's share price", () => {
	expect(figures('30日のソウル株式市場でサムスン電子株は一時5%高となり、韓国総合株価指数（KOSPI）の1.2%高を上回った。', '2026-01-30')).toEqual(['samsung stock_move 5 % 2026-01-30 actual']);
});

test('a cleft with のが (対照的なのがXだ。) turns the text to X', () => {
	expect(figures('エヌビディアは投資を増やす。対照的なのがインテルだ。2026年の設備投資を当初計画の200億ドルから180億ドルに引き下げた。', '2026-02-10')).toEqual([
		'intel capex 20000000000 USD 2026 outlook prior',
		'intel capex 18000000000 USD 2026 outlook',
	]);
});

test("a past year's amount in brackets beside a target (2028年度に…（2026年3月期は…）を目指す) is that year's result", () => {
	expect(figures('NTTデータの海外事業の売上高は、2028年度に3兆円（2026年3月期は2兆4,000億円）を目指す。', '2026-05-12')).toEqual([
		'ntt-data/海外 revenue 3000000000000 JPY FY2029 outlook',
		'ntt-data/海外 revenue 2400000000000 JPY FY2026 actual',
	]);
});

test("a session's move told without the word for shares (…一時12%安まで下げ、終値でも9.6%安) is the text company's share price", () => {
	const body = 'ディスコの決算は減益だった。\n\n決算翌日の2月6日は朝から売りが膨らみ、一時11%安まで下げ、終値でも8.2%安。';
	expect(figures(body, '2026-02-07')).toEqual(['disco stock_move -11 % 2026-02-06 actual', 'disco stock_move -8.2 % 2026-02-06 actual']);
});

test("the whole a part is measured against (…事業に占める比率は35%) is not the part's owner", () => {
	expect(figures('NECの2025年4〜9月期決算で、「BluStellar」の売上収益は3,100億円となり、ITサービス事業に占める比率は42%に高まった。', '2025-10-30').at(-1)).toBe('nec/BluStellar other 42 % FY2026-H1 actual');
});

describe('a market flash and its sessions abroad', () => {
	test("a signed percentage right after a listed company's code (・X <1234>　+5.6%) is the company's move of the trading day", () => {
		const body = '9日の東京市場では電子部品株がまちまちだった。\n\n■上昇\n・村田製作所 <6981>　+3.4%\n\n■下落\n・ローム <6963>　ストップ安（-18.2%）　下方修正\n・京セラ <6971>　-1.9%';
		expect(figures(body, '2026-04-09')).toEqual(['murata stock_move 3.4 % 2026-04-09 actual', 'rohm stock_move -18.2 % 2026-04-09 actual', 'kyocera stock_move -1.9 % 2026-04-09 actual']);
	});

	test('a name with its code or reading in brackets before の株価 or のADR owns the move', () => {
		expect(figures('京セラ（6971）の株価は2.2%上昇した。', '2026-04-09')).toEqual(['kyocera stock_move 2.2 % 2026-04-09 actual']);
		expect(figures('ソニーグループ（SONY）のADRも3.1%上昇。', '2026-04-09')).toEqual(['sony stock_move 3.1 % 2026-04-09 actual']);
	});

	test('shares traded abroad (ADR, a company listed there) moved in the session abroad named before, in a later paragraph too', () => {
		const body = '9日の東京株式市場では、電子部品株に買いが入りそうだ。8日の米国市場で半導体株指数は2.0%上昇した。\n\nソニーグループのADRは3.3%高となった。英アームは5.0%高。東京エレクトロンは日中に1.2%高。';
		expect(figures(body, '2026-04-09')).toEqual(['sony stock_move 3.3 % 2026-04-08 actual', 'arm stock_move 5 % 2026-04-08 actual', 'tokyo-electron stock_move 1.2 % 2026-04-09 actual']);
	});

	test('a move inside what set the day off (…が4%高となったことを受け、) is of the company that moved then', () => {
		expect(figures('9日の東京市場では、前日の米国市場でブロードコムが6%高となったことを受け、半導体株に買いが入った。', '2026-04-09')).toEqual(['broadcom stock_move 6 % 2026-04-08 actual']);
	});

	test('an amount named as the topic of a report (…の追加出資について、…と報じられた) is hearsay', () => {
		const body = 'ソニーグループのADRは上昇した。\n\nソニーグループを巡っては、米アンソロピックへの最大20億ドルの追加出資について、時期を見直していると一部で報じられた。';
		expect(figures(body, '2026-04-09')).toEqual([]);
	});
});

describe('names, periods and years a results report writes beside them', () => {
	test("a bare name written with another registry company's listing code (ソフトバンク（9434.T）) is that company throughout", () => {
		const body = 'ソフトバンク（9434.T）は12日、2027年3月期の連結営業利益が前期比6%増の1兆1000億円になる見通しだと発表した。ソフトバンクの今期の設備投資は約9000億円を計画する。';
		expect(figures(body, '2026-05-13').map(row => row.split(' ')[0])).toEqual(['softbank-corp', 'softbank-corp', 'softbank-corp']);
		expect(figures('ソフトバンクは12日、2027年3月期の連結営業利益が1兆1000億円になる見通しだと発表した。ビジョン・ファンドは黒字だった。', '2026-05-13')).toEqual(['softbank operating_income 1100000000000 JPY FY2027 outlook']);
	});

	test('the months in brackets after a part of a fiscal year (2026年3月期上期（4〜9月）) are that part, not a span still to come', () => {
		expect(figures('ラクスの2026年3月期上期（4〜9月）の売上高は前年同期比31%増の270億円だった。', '2026-07-22')).toEqual(['rakus revenue_growth 31 % FY2026-H1 actual', 'rakus revenue 27000000000 JPY FY2026-H1 actual']);
		expect(figures('ラクスの2027年3月期第1四半期（4〜6月）の売上高は150億円だった。', '2026-08-10')).toEqual(['rakus revenue 15000000000 JPY FY2027-Q1 actual']);
	});

	test('the months in brackets after a year (2025年（1〜12月）の) are that year, not a span still to come', () => {
		expect(figures('IDC Japanが公表した調査によると、2025年（1〜12月）の国内クラウド市場における富士通のシェアは9.4%だった。', '2026-06-18')).toEqual(['fujitsu market_share 9.4 % 2025 actual IDC Japan']);
	});

	test("a quarter whose months in brackets run from the year's start (第2四半期（2025年4月〜9月）) is the half, over a headline's 第2四半期", () => {
		const body = '日本電気は6日、2026年3月期第2四半期（2025年4月〜9月）の決算を発表した。\n\n- クラウド事業の売上高は約1,800億円で、前年同期比12%増となった。';
		expect(extractText(body, {date: '2025-11-07', title: '日本電気、2026年3月期 第2四半期決算説明会の要旨'}).figures.map(figure => `${figure.kind} ${figure.period}`)).toEqual(['revenue FY2026-H1', 'revenue_growth FY2026-H1']);
	});

	test('guidance under a line or heading of the whole year (■通期業績予想（2026年3月期…）, ## 通期業績予想) is for the year, not the half reported', () => {
		const lead = '日本電気は6日、2026年3月期第2四半期（2025年4月〜9月）の決算を発表した。\n\n';
		for (const heading of ['■通期業績予想（2026年3月期、据え置き）\n', '## 通期業績予想\n\n'])
			expect(figures(`${lead}${heading}売上収益は3兆4000億円、営業利益は3100億円を見込む。`, '2025-11-07')).toEqual(['nec revenue 3400000000000 JPY FY2026 outlook', 'nec operating_income 310000000000 JPY FY2026 outlook']);
	});
});

describe('names a text gives, and what a research firm estimates', () => {
	test('an abbreviation in capitals given in brackets after a registry name (グローバルファウンドリーズ（GF）) is that company later in the text', () => {
		const body = '首位のTSMCのシェアは70%、米グローバルファウンドリーズ（GF）は4.1%だった。\n\nTSMCは最先端品の量産を急ぐ。\n\nGFは5日、10〜12月期決算を発表した。売上高は前年同期比5%増の17億ドルだった。';
		expect(figures(body, '2026-02-07').map(row => row.split(' ').slice(0, 2).join(' '))).toEqual(['tsmc market_share', 'globalfoundries market_share', 'globalfoundries revenue_growth', 'globalfoundries revenue']);
	});

	test("a research firm's estimate of a period gone by (…のシェアを38%と見積もる) is its count, not an outlook", () => {
		expect(figures('英オムディアは2025年4〜6月期のマイクロンのシェアを24%と見積もる。', '2025-09-01')).toEqual(['micron market_share 24 % 2025-Q2 actual Omdia']);
		expect(figures('英オムディアは2026年10〜12月期のマイクロンのシェアを24%と見積もる。', '2025-09-01')).toEqual(['micron market_share 24 % 2026-Q4 outlook Omdia']);
	});
});

describe('a tender offer flash', () => {
	test("a move naming no company under a headline of a limit move (Xがストップ高) is the headline company's, on the day published, not on the day of a close named as the offer's base", () => {
		const body =
			'　ローム<6963>がストップ高。京セラ<6971>が9日大引け後、同社に対するTOBを発表した。TOB価格は1株3,000円で、9日終値の2,400円に25%のプレミアムを上乗せした水準。朝方から買いが殺到し、前日比500円（20.8%）高の2,900円でストップ高買い気配のまま大引けを迎えた。';
		const found = extractText(body, {date: '2026-03-10', title: 'ローム<6963>がストップ高、京セラがTOB'}).figures.filter(figure => figure.kind === 'stock_move');
		expect(found.map(figure => [figure.company, figure.value, figure.period])).toEqual([['rohm', 20.8, '2026-03-10']]);
	});

	test('what an amount adds to a measure (年150億円の営業利益押し上げ) is no level of it', () => {
		expect(figures('NECは2029年3月期に年150億円の営業利益押し上げを見込む。', '2026-03-10')).toEqual(['nec other 15000000000 JPY FY2029 outlook']);
	});

	test("a range's ends joined by a dash after a 億 (117億－127億ドル) are one range, not a negative amount", () => {
		expect(figures('インテルの1－3月期の売上高見通しは117億－127億ドル。', '2026-01-23')).toEqual(['intel revenue 12200000000 USD 2026-Q1 outlook']);
	});
});

describe('同社 and the parts of a figure', () => {
	test('two companies named together as subjects (AとBが…) are no one company a later 同社 means', () => {
		const body = '米アンソロピックは、100億ドルの資金調達で合意したと発表した。\n\nマイクロソフトとエヌビディアが昨年表明した出資も含まれる。\n\n同社の年換算売上高は90億ドルに達した。';
		expect(figures(body, '2026-02-13').at(-1)).toBe('anthropic other 9000000000 USD - actual');
	});

	test("a part of the figure before related to another company (このうちX関連が…) is still the first owner's, and so is what follows", () => {
		const body = 'ソフトバンクグループの4〜6月期の投資利益は1兆2000億円で、このうちOpenAI関連が7000億円を占めた。売上高は前年同期比5%増の1兆7000億円だった。';
		expect(figures(body, '2026-08-08').map(row => row.split(' ')[0])).toEqual(['softbank', 'softbank', 'softbank', 'softbank']);
	});
});

describe('moves told with their yen change first', () => {
	test('a move in brackets after its change in yen (700円(24.2%)安) falls', () => {
		expect(figures('16日の東京市場でローム株は前週末比500円(12.5%)安の3500円となった。', '2026-02-16')[0]).toBe('rohm stock_move -12.5 % 2026-02-16 actual');
	});

	test('a sentence opening on the shares of a name brief does not know (関電の株価は…) gives no other company the move', () => {
		expect(figures('アマゾンは12日、中部電力と契約を結んだ。中電の株価は12日、前日比3.1%高で取引を終えた。', '2026-03-12')).toEqual([]);
		expect(figures('アマゾンは12日、契約を結んだ。同社の株価は12日、前日比3.1%高で取引を終えた。', '2026-03-12')).toEqual(['amazon stock_move 3.1 % 2026-03-12 actual']);
	});
});

describe('changes on the quarter, results of the year before and firms credited in brackets', () => {
	test('a change on the quarter before told as 前の四半期に比べ is no year-on-year growth', () => {
		expect(figures('ロームの10〜12月期に限ると、売上高は1200億円と前の四半期に比べ4%増えた。', '2026-02-06').some(row => row.includes('revenue_growth'))).toBe(false);
		expect(figures('ロームの10〜12月期の売上高は1200億円と前年同期に比べ4%増えた。', '2026-02-06')).toContain('rohm revenue_growth 4 % FY2026-Q3 actual');
	});

	test("the year before's result (前年実績の…) is of the year before", () => {
		expect(figures('TSMCの2026年の設備投資は540億ドルで、前年実績の409億ドルから大幅に増える。', '2026-01-16')).toContain('tsmc capex 40900000000 USD 2025 actual prior');
		// The sum raised to, after the result it is raised from, is of the year the sentence opened on.
		expect(figures('ラクスの2027年3月期の設備投資は、前期実績の58億円から75億円に増やす計画だ。', '2026-05-14')).toEqual(['rakus capex 5800000000 JPY FY2026 actual prior', 'rakus capex 7500000000 JPY FY2027 outlook']);
	});

	test('a firm credited in brackets after the number (…（富士経済調べ）) is its source, whoever the text named before', () => {
		const body = '米TECHCETによると、2025年のEUVレジスト市場でJSRのシェアは38%だった。\n\n後工程向けでは、感光性フィルムの世界市場でレゾナックが2025年に43%のシェアを握る（富士経済調べ）。';
		expect(figures(body, '2026-01-16')).toEqual(['jsr market_share 38 % 2025 actual TECHCET', 'resonac market_share 43 % 2025 actual Fuji Keizai']);
	});
});

test('a product whose other thing a clause is about (「X」の需要が旺盛で、…) is no segment of the figure after it', () => {
	expect(figures('さくらインターネットの4〜6月期は、GPUサービス「高火力」の需要が旺盛で、全体の売上高は前年同期比30%増となった。', '2025-08-07')).toEqual(['sakura-internet revenue_growth 30 % FY2026-Q1 actual']);
	expect(figures('さくらインターネットの4〜6月期は、GPUサービス「高火力」の売上高が前年同期比30%増となった。', '2025-08-07')).toEqual(['sakura-internet/高火力 revenue_growth 30 % FY2026-Q1 actual']);
});

test('a limit move in a paragraph naming no company (…ストップ安となる前日比500円（19%）安) is the shares of the company the text is about', () => {
	const body = 'ローム<6963>は5日、2026年3月期の純利益予想を下方修正した。\n\n6日の東京株式市場では売りが殺到し、ストップ安となる前日比500円（19%）安の2150円で取引を終えた。';
	expect(figures(body, '2026-11-06')).toContain('rohm stock_move -19 % 2026-11-06 actual');
});

test("a registry segment's Japanese name inside a longer compound (金融ITサービス) is another company's business; a Latin brand after a rank (首位AWS) is still the brand", () => {
	expect(figures('TISの4-12月期は、金融ITサービスの営業利益が前年同期比20%増の180億円だった。', '2026-02-03').map(row => row.split(' ')[0])).toEqual(['tis/金融ITサービス', 'tis/金融ITサービス']);
	expect(figures('IDC Japanによると、2025年の国内クラウド市場で首位AWSのシェアは40.1%だった。', '2026-02-03')).toEqual(['amazon/aws market_share 40.1 % 2025 actual IDC Japan']);
});

test('a share as of a month written (2025年3月時点の利用シェアは…) is of that month', () => {
	expect(figures('MM総研が7月に公表した調査では、2025年3月時点の会計ソフトの利用シェアはfreeeが30.2%で首位だった。', '2025-08-10')).toEqual(['freee market_share 30.2 % 2025-03 actual MM総研']);
});

describe('guidance by half, amounts named with という, respective amounts in brackets, deals done by a day', () => {
	test('with no results read, a half (上期は…) is of the year guided to; amounts told as a measure with という take that measure', () => {
		expect(figures('東京エレクトロンの2027年3月期の売上高は2兆円を見込む。上期は9,000億円、下期は1兆1,000億円を見込む。', '2026-05-13')).toEqual([
			'tokyo-electron revenue 2000000000000 JPY FY2027 outlook',
			'tokyo-electron revenue 900000000000 JPY FY2027-H1 outlook',
			'tokyo-electron revenue 1100000000000 JPY FY2027-H2 outlook',
		]);
		expect(
			figures('東京エレクトロンの今期の営業利益は500億円を見込む。上期900億円、下期1,100億円という売上高の配分も想定通りだ。', '2026-05-13')
				.slice(1)
				.map(row => row.split(' ')[1]),
		).toEqual(['revenue', 'revenue']);
	});

	test('amounts in brackets after a deal of two companies (AとBが…した出資（それぞれ…、…）) are each one’s', () => {
		expect(figures('新興企業の調達にはソニーとNECが昨年表明した出資（それぞれ最大20億ドル、最大30億ドル）も含まれる。', '2026-02-13')).toEqual(['sony investment 2000000000 USD - actual', 'nec investment 3000000000 USD - actual']);
	});

	test('a deal completed by a day (3月末までに…出資を完了した) is done, not planned', () => {
		expect(figures('ソニーは3月末までに、米新興企業への総額20億ドルの出資を完了した。', '2026-05-13')[0]).toMatch(/ actual$/);
	});
});

test('a sentence opening on a quarter alone (7〜9月期単独の売上高は) is the company again, not the region named before', () => {
	const body = '東京エレクトロンの4〜9月期の売上高は1兆円だった。地域別では中国向けの売上高比率が30%と下がった。一方、台湾向けは25%に高まった。7〜9月期単独の売上高は5,200億円だった。';
	expect(figures(body, '2025-11-12').at(-1)).toBe('tokyo-electron revenue 520000000000 JPY FY2026-Q2 actual');
});

describe('capex plans, clauses closed by a verb stem, and more research firms', () => {
	test('a capex plan over years told as one (3年間で3,000億円の設備投資を計画) stays capex guided to; money put into plant over years (設備投資に…を投じる) is an investment decided', () => {
		expect(figures('京セラは2026年度から2028年度までの3年間で2,000億円の設備投資を計画している。', '2026-02-03')).toEqual(['kyocera capex 200000000000 JPY FY2027..FY2029 outlook']);
		expect(figures('京セラは2026年から2028年までの3年間で、設備投資に総額90億円を投じる。', '2026-02-03')).toEqual(['kyocera investment 9000000000 JPY 2026..2028 actual']);
	});

	test('a result whose clause ends on a verb stem (…512億円に伸び、通期計画の…) is no outlook of the plan after it', () => {
		expect(
			figures('京セラが2日発表した4〜12月期の純利益は前年同期比20%増の500億円に伸び、通期計画の600億円に近づいた。', '2026-02-03')
				.slice(0, 2)
				.map(row => row.split(' ').at(-1)),
		).toEqual(['actual', 'actual']);
	});

	test('StatCounter, GEM Partners and Ampere Analysis are research firms, in katakana as well', () => {
		expect(figures('米スタットカウンターによると、8月の検索エンジンのシェアはグーグルが89.1%だった。', '2025-09-10')).toEqual(['google market_share 89.1 % 2025-08 actual StatCounter']);
		const body = '調査会社GEMパートナーズの推計では、2025年の国内動画配信市場でネットフリックスのシェアは21.0%だった。一方、英アンペア・アナリシスは同社のシェアを25%と見積もっている。';
		expect(figures(body, '2026-02-10')).toEqual(['netflix market_share 21 % 2025 actual GEM Partners', 'netflix market_share 25 % 2025 actual Ampere Analysis']);
	});

	test('Prismark and Techno Systems Research are research firms', () => {
		expect(figures('米プリズマークによると、2025年のFC-BGA基板の世界市場でイビデンのシェアは24%で首位。', '2026-02-03')).toEqual(['ibiden market_share 24 % 2025 actual Prismark Partners']);
	});
});

test("株探's 売上営業損益率 is the operating margin; a sentence opening on its own year with は (2027年3月期は営業利益…) is the company's, not the segment before", () => {
	expect(figures('ロームの1-3月期の売上営業損益率は前年同期の10.2%→-7.3%に悪化した。', '2026-05-13').at(-1)).toBe('rohm margin -7.3 % FY2026-Q4 actual');
	const body = 'ソフトバンクの法人事業の営業利益は前年同期比10%増の3000億円だった。2027年3月期は営業利益1兆円を見込む。';
	expect(figures(body, '2026-05-13').at(-1)).toBe('softbank-corp operating_income 1000000000000 JPY FY2027 outlook');
});

test("a table of the day's movers under the home session named last (28日の東京市場では…) is of that day, not of a session abroad named first", () => {
	const body = '米エヌビディアは27日（米国時間）、決算を発表した。27日の時間外取引でエヌビディア株は一時3%安まで売られた。\n\n28日の東京市場では関連銘柄の反応がまちまちだった。\n\n| 銘柄 | 前日比 |\n|---|---|\n| アドバンテスト | -2.4% |';
	expect(figures(body, '2026-05-28').at(-1)).toBe('advantest stock_move -2.4 % 2026-05-28 actual');
});

describe('breakdowns, peers and those who lead a round', () => {
	test('how a measure is broken down (地域別の売上高は、日本が…) is no line; each region that opens its clause is, with 前の期比 too', () => {
		expect(figures('トレンドマイクロの前期の地域別の売上高は前の期比4%増えた。', '2026-02-17')).toEqual(['trend-micro revenue_growth 4 % 2025 actual']);
		expect(figures('トレンドマイクロの前期の地域別の売上高は、日本が前の期比3.0%増の900億円、米州が11%増の600億円だった。', '2026-02-17')).toEqual([
			'trend-micro/日本 revenue_growth 3 % 2025 actual',
			'trend-micro/日本 revenue 90000000000 JPY 2025 actual',
			'trend-micro/米州 revenue_growth 11 % 2025 actual',
			'trend-micro/米州 revenue 60000000000 JPY 2025 actual',
		]);
	});

	test('a peer the text names as a subject (米同業テラダインが…) is no company a later 同社 means', () => {
		const body =
			'アドバンテストは28日、決算を発表した。\n\n会社は同時に、自社株買いを発表した。また、米同業テラダインが同社の特許を侵害したとして提訴していたことも明らかにした。\n\n27日の東京株式市場で、同社株は前営業日比2.0%安で取引を終えた。';
		expect(figures(body, '2026-04-28')).toEqual(['advantest stock_move -2 % 2026-04-27 actual']);
	});

	test('a company leading a round in a describing clause (SBGが主導する形で) does not raise the money', () => {
		expect(figures('同じ月にオープンAIは、SBGが主導する形で最大300億ドルを調達すると明らかにした。', '2025-12-28')).toEqual(['openai funding 30000000000 USD - actual']);
	});
});

test("each item of the consensus a company beat (市場予想の売上高…、1株利益…をいずれも上回った) is the consensus's, and what is only said of a company (…を超えたとも言われています) is no figure", () => {
	const beat = 'マーベルの2025年8〜10月期は、売上高が21億ドル、1株利益が0.76ドルだった。市場予想の売上高20億ドル、1株利益0.73ドルをともに上回った。';
	expect(figures(beat, '2025-12-03')).toEqual(['marvell revenue 2100000000 USD FY2026-Q3 actual', 'marvell eps 0.76 USD FY2026-Q3 actual']);
	expect(figures('Anthropicは年換算の売上高が100億ドルを超えたとも言われています。', '2026-02-01')).toEqual([]);
});

test('a sentence that goes on through a public body (情報処理推進機構（IPA）を通じた…出資) after the state acted is the state’s, no company’s', () => {
	const body = 'キオクシアは増産を決めた。\n\n政府も後押しする。経済産業省は計2,400億円の助成を決めた。新エネルギー・産業技術総合開発機構（NEDO）を通じた300億円の出資も年度内に実行する。';
	expect(figures(body, '2025-11-28').filter(line => line.includes('30000000000'))).toEqual([]);
});

test("what a kind of company drew (国内のAIスタートアップへの投資額は…), told by a firm named only as one (調査会社によると), is the market's, not the company the text is about", () => {
	const body = 'ELYZAはKDDIの子会社だ。\n\nある調査会社によると、国内の生成AIスタートアップへの投資額は2025年に約2,900億円と過去最高だった。';
	expect(figures(body, '2026-03-01')).toEqual([]);
});

test('a by-segment clause that names its line before the measure (セグメント別ではクラウドが売上高…, 半導体は調整後営業利益が…) gives the line its figures, not the company', () => {
	const body = '富士フイルムの2025年4〜9月期決算。セグメント別ではヘルスケアが売上高5,100億円、営業利益420億円と伸びた。エレクトロニクスは調整後営業利益が△30億円にとどまった。';
	expect(figures(body, '2025-11-12')).toEqual([
		'fujifilm/ヘルスケア revenue 510000000000 JPY FY2026-H1 actual',
		'fujifilm/ヘルスケア operating_income 42000000000 JPY FY2026-H1 actual',
		'fujifilm/エレクトロニクス operating_income -3000000000 JPY FY2026-H1 actual',
	]);
});

test('a result of a period gone by, told in a clause of its own before the revision the sentence goes on to (…に落ち込み、あわせて通期の同利益を…下方修正), is a result', () => {
	const body = 'ルネサスエレクトロニクスが決算を発表した。25年12月期第3四半期累計(1-9月)の純利益は前年同期比31%減の1,420億円に落ち込み、あわせて通期の同利益を従来予想の2,300億円→1,800億円に下方修正した。';
	expect(figures(body, '2025-10-31').filter(line => line.includes('142000000000'))).toEqual(['renesas net_income 142000000000 JPY 2025-01..2025-09 actual']);
});

test('a product line named by whom it is for (データセンター向けGPUの売上高, AI向け半導体の売上高) is the line, not the whole company', () => {
	expect(figures('エヌビディアの2025年8〜10月期は、データセンター向けGPUの売上高が前年同期比66%増の510億ドルだった。', '2025-11-20')).toEqual([
		'nvidia/データセンター向けGPU revenue_growth 66 % FY2026-Q3 actual',
		'nvidia/データセンター向けGPU revenue 51000000000 USD FY2026-Q3 actual',
	]);
});

test('a product line longer than a short word (データセンター・エンタープライズ向けSSD) is named whole, never by the tail of its name; a run that ends in a measure (…世界売上高) is no line', () => {
	expect(figures('キオクシアの幹部は「データセンター・エンタープライズ向けSSDの売上高は、10〜12月期に前四半期比で15%程度伸びる」と述べた。', '2025-11-14')).toEqual([
		'kioxia/データセンター・エンタープライズ向けSSD other 15 % FY2026-Q3 outlook',
	]);
	const ranking = 'キオクシア株が続伸した。台湾の調査会社トレンドフォースが13日に公表した25年10-12月期のNAND型フラッシュメモリー世界売上高シェアで、同社が17.8%と前四半期から2.1ポイント上昇した。';
	expect(figures(ranking, '2026-02-14').filter(line => line.includes('market_share'))).toEqual(['kioxia market_share 17.8 % 2025-Q4 actual TrendForce', 'kioxia market_share 2.1 pt 2025-Q4 actual TrendForce']);
});

test('a session abroad named with its day (14日の台湾市場では…株が3.2%高) is where shares traded, not a market voice; 市場では alone still is one', () => {
	expect(figures('14日の台湾市場ではTSMC株が3.2%高、メディアテック株が1.5%安。', '2026-05-14')).toEqual(['tsmc stock_move 3.2 % 2026-05-14 actual', 'mediatek stock_move -1.5 % 2026-05-14 actual']);
	expect(figures('市場ではTSMCの売上高が20%増えるとの見方が多い。', '2026-05-14')).toEqual([]);
});

describe('broadcast news as it is spoken', () => {
	test('months told as 「…月から…月まで」 are the period; 「去年の同じ時期より」 and 「前の3か月と比べて」 compare, never name the year before', () => {
		const body = 'アドバンテストが発表した決算によりますと、ことし4月から9月までの売り上げは5100億円で、去年の同じ時期より38％増えました。7月から9月までの売り上げは2700億円で、前の3か月と比べて12％増えました。';
		expect(figures(body, '2025-10-29')).toEqual([
			'advantest revenue 510000000000 JPY FY2026-H1 actual',
			'advantest revenue_growth 38 % FY2026-H1 actual',
			'advantest revenue 270000000000 JPY FY2026-Q2 actual',
			'advantest other 12 % FY2026-Q2 actual',
		]);
	});

	test('a forecast for the months to come told the same way (10月から12月までについては…見込んでいます) is of those months', () => {
		expect(figures('ルネサスエレクトロニクスは、10月から12月までについては、売上収益をおよそ3200億円と見込んでいます。', '2025-10-30')).toEqual(['renesas revenue 320000000000 JPY 2025-Q4 outlook']);
	});

	test('a quoted name (「ソシオネクスト」の株価) and the shares named (フジクラの株を売る動き) own their move; 「前日の終値と比べて」 compares with the day before, the move is the day named', () => {
		expect(figures('28日の東京株式市場では、「ソシオネクスト」の株価が一時、前日の終値と比べて9％上昇しました。', '2025-10-28')).toEqual(['socionext stock_move 9 % 2025-10-28 actual']);
		expect(figures('週明け27日の東京株式市場では、フジクラの株を売る動きが強まり、株価は一時6％下落しました。', '2025-10-27')).toEqual(['fujikura stock_move -6 % 2025-10-27 actual']);
	});
});

test("a rate compounded over years (年平均成長率, 年平均…伸びた, CAGR) is no year's growth: kind other over the years written, and left out when they are not", () => {
	expect(figures('2016年から25年までの9年間で、ディスコの売上高は年平均14%伸びた。', '2026-01-10')).toEqual(['disco other 14 % 2016..2025 actual']);
	expect(figures('ディスコはこの10年、売上高の年平均成長率（CAGR）が14%に達した。', '2026-01-10')).toEqual([]);
});

test('in a by-segment paragraph a line named before its measure keeps its figures: with what it is made of before it (…などのインターネットサービスは売上収益が), its change between (売上収益が前年同期比6%増の), or in a clause of its own (エネルギーは、売上高が…)', () => {
	const body = 'パナソニックの2025年7〜9月期。セグメント別にみると、家電や空調などのライフソリューションズは売上高が前年同期比4%増の9,100億円だった。エナジーは、売上高が12%増の2,300億円に伸びた。';
	expect(figures(body, '2025-11-14')).toEqual([
		'panasonic/ライフソリューションズ revenue_growth 4 % FY2026-Q2 actual',
		'panasonic/ライフソリューションズ revenue 910000000000 JPY FY2026-Q2 actual',
		'panasonic/エナジー revenue_growth 12 % FY2026-Q2 actual',
		'panasonic/エナジー revenue 230000000000 JPY FY2026-Q2 actual',
	]);
});

test('people joining or hired (4月には新卒約120人が入社する) are no headcount, whatever the sentence before counted; the staff counted still are', () => {
	expect(figures('キオクシアの話。同社の従業員は1月末時点で約1万5,000人。4月には新卒約120人が入社する。', '2026-02-10')).toEqual(['kioxia headcount 15000 count 2026-01-31 actual']);
});

test("a region owning the measure's word (日本の顧客数, 北米の売上高) is the part of the company it counts; a market share stays the company's", () => {
	expect(figures('データブリックスの日本の顧客数は約700社になった。', '2025-12-05')).toEqual(['databricks/日本 customers 700 count - actual']);
	expect(figures('ファナックの2025年4〜9月期は、北米の売上高が1,200億円だった。', '2025-10-30')).toEqual(['fanuc/北米 revenue 120000000000 JPY FY2026-H1 actual']);
});

test("what a company from abroad counts in Japan (日本法人の社員, 日本での顧客, 米Xの国内の利用者) is its Japan arm's; a Japanese or Korean company's 国内 is the whole", () => {
	expect(figures('米ケイデンスの日本法人の社員は約380人いる。', '2025-12-05')).toEqual(['cadence/日本 headcount 380 count - actual']);
	expect(figures('台湾の鴻海精密工業によると、日本での顧客は約40社だ。', '2025-12-05')).toEqual(['foxconn/日本 customers 40 count - actual']);
	expect(figures('米パランティアによると、AI基盤を導入した国内顧客は11月末で95社に増えた。', '2025-12-05')).toEqual(['palantir/日本 customers 95 count 2025-11-30 actual']);
	expect(figures('富士通の国内の従業員は約6万人だ。', '2025-12-05')).toEqual(['fujitsu headcount 60000 count - actual']);
	expect(figures('韓国ネイバーの国内の従業員は約4,500人だ。', '2025-12-05')).toEqual(['naver headcount 4500 count - actual']);
});

test('a personal view (私見ですが…, 個人的には…), talks (…の調達を協議している), a plan still weighed (…の検討を進めております) and what media say are no figures', () => {
	expect(figures('私見ですが、ディスコの新工場は3年後に売上高500億円規模になってもおかしくないと見ています。', '2026-02-01')).toEqual([]);
	expect(figures('アンソロピックは評価額3,500億ドルで最大200億ドルの調達を協議していると米メディアが伝えている。', '2026-02-01')).toEqual([]);
	expect(figures('HENNGEは最大50億円規模のM&A枠を設けることについても検討を進めております。', '2026-02-01')).toEqual([]);
});

test('a heading that names one company (### 2位　ラクス　24.0%) heads a section about it, not the company the lead passed', () => {
	const body =
		'# SaaS各社の利益率\n\nマネーフォワードの陰で、中堅が稼いでいる。\n\n### 1位　オービック　63.0%\n\n会計ソフトが主力。4〜9月期の売上高は650億円だった。\n\n### 2位　ラクス　24.0%\n\n経費精算が主力。4〜9月期の売上高は270億円だった。';
	expect(figures(body, '2025-11-20')).toEqual(['obic revenue 65000000000 JPY FY2026-H1 actual', 'rakus revenue 27000000000 JPY FY2026-H1 actual']);
});

test('a public body’s statistics of everyone (厚労省の…調査によると) are no company’s figures', () => {
	expect(figures('オービックの平均年収は1,100万円だった。厚労省の賃金構造基本統計調査によると、全産業の平均年収は500万円ほどだ。', '2025-09-01')).toEqual(['obic other 11000000 JPY - actual']);
});

test('最終年度 is the last year of the plan the text named, in its sentence or before it; with no plan named, no period is told', () => {
	expect(figures('TDKは新しい中期経営計画を発表した。計画期間は2027年3月期から2029年3月期までの3年間。最終年度に売上高2兆8,000億円を目指す。', '2026-05-10')).toEqual(['tdk revenue 2800000000000 JPY FY2029 outlook']);
	expect(figures('村田製作所は2025年度から2027年度までの中期経営計画で、最終年度に営業利益率20%を掲げる。', '2025-06-10')).toEqual(['murata margin 20 % FY2028 outlook']);
	expect(figures('村田製作所は最終年度に営業利益率20%を掲げる。', '2025-06-10')).toEqual([]);
});

test("期間中 is the years of the plan just named, and the years of the plan before (前回計画（…）の…) are only that plan's sums", () => {
	const body = 'KDDIは14日、2027年度から31年度までの5カ年の中期経営計画を発表した。期間中の成長投資は総額4兆円とし、前回計画（2024〜26年度）の2兆8,000億円から増やす。このうち通信インフラに1兆5,000億円を充てる。';
	expect(figures(body, '2027-05-15')).toEqual([
		'kddi investment 4000000000000 JPY FY2028..FY2032 actual',
		'kddi investment 2800000000000 JPY FY2025..FY2027 actual prior',
		expect.stringMatching(/^kddi\S* investment 1500000000000 JPY FY2028..FY2032 actual$/),
	]);
});

test('a place that says where a company bought is (米国のAI新興企業を…買収, 国内のスタートアップを…) is no segment of the buyer', () => {
	expect(figures('富士通は10月、米国のデータ分析新興企業を約5億ドルで買収すると発表した。', '2026-11-02')).toEqual(['fujitsu investment 500000000 USD - actual']);
	expect(figures('サイバーエージェントは9月、国内のスタートアップを約30億円で買収した。', '2026-11-02')).toEqual(['cyberagent investment 3000000000 JPY - actual']);
});

test('a place that says where the other party is (国内の大手製薬会社と…契約) is no segment of the company', () => {
	expect(figures('サイボウズは3月、国内の大手製薬会社と5年間で総額12億円のクラウド利用契約を結んだ。', '2026-04-10')).toEqual(['cybozu investment 1200000000 JPY - actual']);
});

test('a month’s move told right before it (11月の1カ月で) is of the month, whatever day the sentence named before', () => {
	expect(figures('ラクスは18日に新製品を発表し、株価は11月の1カ月で12%上昇した。', '2025-12-02')).toEqual(['rakus stock_move 12 % 2025-11 actual']);
});

test('a number told with a band around it (（プラスマイナス3億ドル）, and 同 for the next) is guidance, and the band is no figure', () => {
	const body = 'ラムリサーチの決算。投資家が注目したのは10〜12月期の見通しだ。売上高は52億ドル（プラスマイナス3億ドル）、調整後の1株利益は1.20ドル（同0.10ドル）とした。';
	expect(figures(body, '2025-10-25')).toEqual(['lam-research revenue 5200000000 USD FY2026-Q2 outlook', 'lam-research eps 1.2 USD FY2026-Q2 outlook']);
});

test('a theme’s line told by what it sells (AI関連の半導体売上高) is a segment named by both', () => {
	expect(figures('マーベルの8〜10月期は、AI関連の半導体売上高が15億ドルだった。', '2025-12-05')).toEqual(['marvell/AI半導体 revenue 1500000000 USD FY2026-Q3 actual']);
});

test('a holder’s own position (取得単価, …円で200株購入, 含み益) is no company’s figure', () => {
	const body = 'ラクスの決算を読んだ。\n\n- ラクス　300株（平均取得単価 1,650円）\n\n2024年に1,400円で100株購入して以来、含み益は+38%になった。';
	expect(figures(body, '2025-11-20')).toEqual([]);
});

test('a foreign ministry’s statistics (台湾経済部によると…) are nobody’s, whoever the article is about', () => {
	expect(figures('TSMCの11月の売上高は3,000億台湾ドルだった。\n\n台湾経済部によると、11月の輸出受注は前年同月比20%増の600億ドルだった。', '2025-12-20')).toEqual(['tsmc revenue 300000000000 TWD 2025-11 actual']);
});

test('a part of the year told bare (中間期, 上期) is the one that ended last while its results are news, and no period further on, so a result so told later is left out', () => {
	expect(figures('KDDIの中間期の売上高は2兆9,000億円だった。', '2025-11-16')).toEqual(['kddi revenue 2900000000000 JPY FY2026-H1 actual']);
	expect(figures('KDDIの中間期の売上高は2兆9,000億円だった。', '2026-03-20')).toEqual([]);
});

test('several companies together (大手3社の…合計で) and investors’ net selling (…を売り越した) are nobody’s figures', () => {
	expect(figures('マイクロソフトの7〜9月期決算。大手3社の今年の投資額は合計で4,000億ドルに達する。マイクロソフトの売上高は700億ドルだった。', '2025-10-30')).toEqual(['microsoft revenue 70000000000 USD FY2026-Q1 actual']);
	expect(figures('ソニーグループは1〜3月期の売上高を3兆円と見込む。一方で、海外投資家は2月に日本株を約2兆円売り越しており、警戒も出ている。', '2026-03-02')).toEqual(['sony revenue 3000000000000 JPY FY2026-Q4 outlook']);
});

test('companies together or at large (主要12社の在庫は…合計, XとYの合算シェア, 国内企業が発行した社債は, 国内の…社債の発行額は) are nobody’s figures, nor a holder’s dividends received (年間配当収入は…約9万円); a round mark passed for the first time beside the figure (58億円と、初めて50億円を超えた) is no figure', () => {
	expect(figures('ソシオネクストの4〜9月期の売上高は500億円だった。調査対象の主要12社の在庫は9月末で合計8,200億円と減った。', '2026-10-20')).toEqual(['socionext revenue 50000000000 JPY FY2027-H1 actual']);
	expect(figures('ソシオネクストとメガチップスの合算シェアは9.1%となった。', '2026-10-20')).toEqual([]);
	expect(figures('NECは社債を出した。1〜9月に国内企業が発行したドル建て社債は約310億ドルだった。', '2026-10-20')).toEqual([]);
	expect(figures('NECの社債は人気だ。国内の個人向け社債の発行額は2025年に約3兆円と最高だった。', '2026-10-20')).toEqual([]);
	expect(figures('メガチップスの7〜9月期の売上高は58億円と、四半期で初めて50億円を超えた。', '2026-10-20')).toEqual(['megachips revenue 5800000000 JPY FY2027-Q2 actual']);
	expect(figures('メガチップスの時価総額が初めて5,000億円を超えた。', '2026-10-20')).toEqual(['megachips market_cap 500000000000 JPY 2026-10-20 actual']);
	expect(figures('国内企業が使う生成AIのシェアはグーグルが28%だった。', '2026-10-20').map(row => row.split(/[/ ]/)[0])).toEqual(['google']);
	expect(figures('メガチップスは増配した。私の保有する3銘柄からの年間配当収入は税引き前で約9万円になる。', '2026-10-20')).toEqual([]);
});

test('a period gone by listed before the next one a plan is told of (2025年12月期は…30円、2026年12月期は32円を予定) is a result; an offering’s price range (仮条件) is no price yet, nor an amount in mind (…程度を考えています)', () => {
	expect(figures('サイボウズの2025年12月期の年間配当は1株当たり30円、2026年12月期は32円を予定する。', '2026-02-12')).toEqual(['cybozu other 30 JPY 2025 actual', 'cybozu other 32 JPY 2026 outlook']);
	expect(figures('ソシオネクストの2026年3月期の売上高は2,300億円、2027年3月期は2,500億円を見込む。', '2026-05-14')).toEqual(['socionext revenue 230000000000 JPY FY2026 actual', 'socionext revenue 250000000000 JPY FY2027 outlook']);
	expect(figures('キオクシアは仮条件を1株1,390〜1,520円に決めた。', '2026-05-12').map(row => row.split(' ').at(-1))).toEqual(['outlook']);
	expect(figures('リベリオンズの上場時の調達額は2,000億ウォン程度を考えています。', '2026-02-16')).toEqual(['rebellions funding 200000000000 KRW - outlook']);
});

test('a contract won (防衛省から58億円の研究契約を獲得した) is the seller’s order, no investment; a contract signed to buy is', () => {
	expect(figures('富士通は9月に防衛省から58億円の研究契約を獲得した。', '2025-11-14')).toEqual(['fujitsu other 5800000000 JPY - actual']);
	expect(figures('富士通はAWSと58億円の利用契約を結んだ。', '2025-11-14').map(row => row.split(' ')[1])).toEqual(['investment']);
});

test('the share of sales made in a region (海外売上高比率は…, 売上収益に占める海外比率は…, 海外売上高の比率は…) is that region’s; not 国内', () => {
	expect(figures('ディスコの海外売上高比率は71.5%まで上がった。', '2026-03-10')).toEqual(['disco/海外 other 71.5 % - actual']);
	expect(figures('ディスコの売上収益に占める海外比率は88%に達した。', '2026-03-10')).toEqual(['disco/海外 other 88 % - actual']);
	expect(figures('ディスコの海外売上高の比率は60.2%に高まった。', '2026-03-10')).toEqual(['disco/海外 other 60.2 % - actual']);
	expect(figures('ディスコの国内売上高比率は28%だった。', '2026-03-10')).toEqual(['disco other 28 % - actual']);
});

test('同日 is the day named before it in its own sentence first (発表翌日の2月5日、…同日終値ベースの時価総額は)', () => {
	const body = 'ソニーグループは2月3日に決算を発表した。\n\n発表翌々日の2月5日、株価は4%高で引け、同日終値ベースの時価総額は25兆円に達した。';
	expect(figures(body, '2026-02-06')).toContainEqual('sony market_cap 25000000000000 JPY 2026-02-05 actual');
});

test('a company whose shares are traded (米X株の一部を売却して) is what is sold, not who sells: the money is the topic’s', () => {
	expect(figures('ソフトバンクグループの決算を読む。資金面では、11月に米エヌビディア株の一部を売却して約58億ドルを得た。', '2026-02-12')).toEqual(['softbank other 5800000000 USD - actual']);
});

test('a line named before its measure with months between (…半導体材料の4〜9月の売上収益) or as a part of the figure before (このうちCMPスラリーを中心とする電子材料の売上収益) is a segment', () => {
	expect(figures('JSRの決算。セグメント別では、半導体材料の4〜9月の売上収益が1,200億円だった。', '2025-11-12')).toEqual(['jsr/半導体材料 revenue 120000000000 JPY FY2026-H1 actual']);
	expect(figures('レゾナックの1〜9月期の売上収益は7,000億円だった。このうちCMPスラリーを中心とする電子材料の売上収益は520億円。', '2025-11-12')).toEqual([
		'resonac revenue 700000000000 JPY 2025-01..2025-09 actual',
		'resonac/電子材料 revenue 52000000000 JPY 2025-01..2025-09 actual',
	]);
});

test('a product in 『』 and a line with its year between it and the measure (『X』の2025年の売上高) are segments', () => {
	expect(figures('さくらインターネットの決算。『高火力 PHY』の2025年度の売上高は90億円だった。', '2026-05-20')).toEqual(['sakura-internet/高火力 PHY revenue 9000000000 JPY FY2026 actual']);
	expect(figures('IIJの決算。データセンターの2025年度の売上高は300億円だった。', '2026-05-20')).toEqual(['iij revenue 30000000000 JPY FY2026 actual']);
});

test('a forecast the sentence opens on as its topic (…ガイダンスは、売上高…) heads the list after it; a consensus so told does not', () => {
	expect(figures('ラムリサーチの決算。会社の10〜12月期ガイダンスは、売上高52億ドル、粗利率48〜50%。', '2025-12-20')).toEqual(['lam-research revenue 5200000000 USD FY2026-Q2 outlook', 'lam-research margin 49 % FY2026-Q2 outlook']);
	expect(figures('ラムリサーチの決算。アナリストの市場予想は、売上高51億ドル。', '2025-12-20')).toEqual([]);
});

test('a sentence opening on a company brief does not know, told by its trade (…装置メーカーのACMリサーチは), gives the company before nothing', () => {
	expect(figures('ラムリサーチの7〜9月期の売上高は50億ドルだった。韓国に工場を置く米中堅装置メーカーのBKDセミは、通期の売上高を約3億ドルと見込む。', '2025-11-10')).toEqual(['lam-research revenue 5000000000 USD FY2026-Q1 actual']);
});

describe("a quarter's 前期 and a cleft with but", () => {
	test('前期比 of a quarter is on the quarter before (kind other), while 前期比 of a year stays growth', () => {
		expect(figures('SKハイニックスの2025年7〜9月期のDRAM売上高は前期比12%増の140億ドルだった。', '2025-11-20')).toContain('sk-hynix/DRAM other 12 % 2025-Q3 actual');
		expect(figures('ルネサスの2025年12月期の売上収益は前期比6%増の1兆4,000億円だった。', '2026-02-10')).toContain('renesas revenue_growth 6 % 2025 actual');
	});

	test("a quarter's share surveyed, set against 前期の…, is compared with the quarter before", () => {
		const body = 'カウンターポイントによると、2025年7〜9月期の世界スマートフォン市場で、サムスン電子のシェアは前期の19.1%から20.4%に上がった。';
		expect(figures(body, '2025-10-30')).toEqual(['samsung market_share 19.1 % 2025-Q2 actual prior Counterpoint Research', 'samsung market_share 20.4 % 2025-Q3 actual Counterpoint Research']);
	});

	test('the focus of a cleft followed by but (首位を守ったのはXだが、シェアは…) owns what follows', () => {
		const body = 'IDCによると、2025年7〜9月期の国内タブレット出荷台数は180万台だった。首位を守ったのは米アップルだが、シェアは45.2%に下がった。';
		expect(figures(body, '2025-11-12')).toContain('apple market_share 45.2 % 2025-Q3 actual IDC');
	});
});

test('a company named as an example of others (グーグルなど大手から…, グーグルのTPUをはじめ…) owns none of the figure', () => {
	const body = 'マーベルの2026年5〜7月期決算。アマゾンなど大手クラウドから設計を請け負うカスタムAIチップを含むデータセンター部門の売上高は15億ドルだった。';
	expect(figures(body, '2026-08-30')).toEqual([expect.stringMatching(/^marvell\S* revenue 1500000000 USD/)]);
});

describe('the year just ended, multiples and changes after a part', () => {
	test('前期 set against the year before it (前期の売上高は前の期比…、営業利益は…) is the year the list reports', () => {
		const body = 'ローツェは10日、2026年2月期の決算を発表した。前期の売上高は前の期比5.1%増の1,380億円、営業利益は402億円だった。';
		expect(figures(body, '2026-04-11')).toEqual(['rorze revenue_growth 5.1 % FY2026 actual', 'rorze revenue 138000000000 JPY FY2026 actual', 'rorze operating_income 40200000000 JPY FY2026 actual']);
	});

	test('the level after a multiple on the year (前年同期比2.1倍の92億円と伸びた) is a level, not a change', () => {
		expect(figures('ソニーの26年3月期の純利益は前年同期比2.1倍の92億円と伸びた。', '2026-05-12')).toContain('sony net_income 9200000000 JPY FY2026 actual');
	});

	test('a change on the year after a share of the whole (…全体の70%を占めた。…前年比3.5%減った) is left out, its measure untold', () => {
		const body = 'デジタルアーツの2026年3月期の売上高は140億円だった。分野別にみると、企業向け（エンタープライズ）の売上高が98億円となり、全体の70%を占めた。家庭向け（コンシューマー）は12億円で、前年比3.5%減った。';
		expect(figures(body, '2026-05-20').filter(row => row.includes(' 3.5 '))).toEqual([]);
	});
});

test('an older kind of product (従来型サービスの売上高) is a result, not a forecast given before', () => {
	expect(figures('IIJの上期決算は増収だった。従来型サービスの売上高は210億円と、前年同期比2.0%減った。', '2025-11-10')).toEqual([
		expect.stringMatching(/^iij\S* revenue 21000000000 JPY FY2026-H1 actual$/),
		expect.stringMatching(/^iij\S* revenue_growth -2 % FY2026-H1 actual$/),
	]);
});

test("a company's staff told in a paragraph framed as a research firm's estimate is its own count, no firm's", () => {
	const body = '――競争環境は。\n\n「IDCの推計では、国内のAI広告市場で当社のシェアは2025年に5.2%でした。社員は約640人です」';
	const found = extractText(body, {date: '2026-02-10', title: '【トップに聞く】ラクスの成長戦略'}).figures.map(figure => `${figure.kind} ${figure.value} ${figure.source ?? '-'}`);
	expect(found).toContain('headcount 640 -');
});

test("a month's recurring revenue (月次経常収益（MRR）) is no revenue of a period", () => {
	expect(figures('Chatworkの10月単月の月次経常収益（MRR）は6億2,000万円となった。', '2025-11-14')).toEqual([expect.stringMatching(/^kubell\S* other 620000000 JPY 2025-10 actual$/)]);
});

test('a change of a level on the end of the year before (前期末比) is of the day the level is as of', () => {
	expect(figures('2026年3月末時点のSansanのARRは420億円（前期末比18.5%増）だった。', '2026-05-14')).toEqual([
		expect.stringMatching(/^sansan\S* other 42000000000 JPY 2026-03-31 actual$/),
		expect.stringMatching(/^sansan\S* other 18.5 % 2026-03-31 actual$/),
	]);
});

describe('numbers that are no figure of the company beside them', () => {
	test("the consensus's figure with its period between (QUICKコンセンサスの4〜6月期営業利益…も上回り) is the analysts', not the company's", () => {
		const found = figures('住友ベークライトの2026年4〜6月期の営業利益は118億円だった。QUICKコンセンサスの4〜6月期営業利益105億円も上回った。', '2026-08-04');
		expect(found).toEqual(['sumitomo-bakelite operating_income 11800000000 JPY FY2027-Q1 actual']);
	});

	test("what shares added to an index (…の3銘柄だけで日経平均を約260円押し上げた) is the index's, even after the shares' own moves", () => {
		const found = figures(
			'東京エレクトロンは2.5%高の2万3,100円。ソフトバンクグループ（SBG）は一時5%高まで買われ、終値でも3.9%高の1万6,200円となった。値がさのファストリ、東エレク、SBGの3銘柄だけで日経平均を約260円押し上げた計算で、「上昇は半導体・AI株頼み」（大手証券の投資情報部長）との声も出た。',
			'2026-05-05',
		);
		expect(found).toEqual(['tokyo-electron stock_move 2.5 % 2026-05-05 actual', 'softbank stock_move 5 % 2026-05-05 actual', 'softbank stock_move 3.9 % 2026-05-05 actual']);
	});

	test('a band either way (株価が上下8%動く) is no move that happened', () => {
		const body = '# ソフトバンクG株、決算控え様子見\n\nただ、決算次第で株価が上下8%動く状況では、様子見が無難です。13日のソフトバンクG株は2.2%安でした。';
		expect(figures(body, '2026-05-13')).toEqual(['softbank stock_move -2.2 % 2026-05-13 actual']);
	});
});

describe('the period a story reports', () => {
	test('a quarter told alone (7〜9月期単独の営業利益は) inside the half the lead reports leaves that half the period of the segments after it', () => {
		const body = '# 富士通、上期は増益\n\n富士通が発表した2026年3月期第2四半期累計の連結決算は、市場の予想を上回った。\n\n7〜9月期単独の営業利益は741億円で、四半期の最高となった。\n\nサービスソリューション事業は売上収益1,310億円でした。';
		expect(figures(body, '2025-10-30')).toEqual(['fujitsu operating_income 74100000000 JPY FY2026-Q2 actual', 'fujitsu/service-solutions revenue 131000000000 JPY FY2026-H1 actual']);
	});
});

describe('periods named by reference', () => {
	test('同四半期 after a paragraph turned to the year ahead is the quarter reported, and a result', () => {
		const body =
			'# アドビ決算\n\nアドビが発表した2025年9〜11月期決算は、売上高が61億ドルだった。\n\n9〜11月期の研究開発費は11億ドルで、来期は約48億ドルを見込む。前期の39億ドルから増える。同四半期のフリーキャッシュフローは21億ドルに膨らんだ。';
		expect(figures(body, '2025-12-12').at(-1)).toBe('adobe other 2100000000 USD FY2025-Q4 actual');
	});

	test('前期（…）通期 is the year before, a result: 通期 after a period is part of it, no year of its own', () => {
		const body = '# マイクロソフト決算\n\nマイクロソフトが発表した2025年10〜12月期決算は、売上高が812億ドルだった。\n\n前期（2025年6月期）通期の研究開発費は320億ドルだった。前期通期の純利益は1,018億ドルだった。';
		expect(figures(body, '2026-01-29').slice(1)).toEqual(['microsoft other 32000000000 USD FY2025 actual', 'microsoft net_income 101800000000 USD FY2025 actual']);
	});

	test('an item a measure includes (純利益には、…に伴う利益43億ドルが含まれる) is no level of that measure', () => {
		const body = '# アドビ決算\n\nアドビが発表した2025年9〜11月期決算は、純利益が18億ドルだった。純利益には、保有株の売却に伴う利益4億ドルが含まれる。';
		expect(figures(body, '2025-12-12')).toEqual(['adobe net_income 1800000000 USD FY2025-Q4 actual']);
	});
});

describe('a line of business that opens its sentence', () => {
	test('named with Latin letters or by サービス or システム (公共ITソリューションは, IT運用サービスは, 決済システムは), with what moved it told between, is the segment; a bare サービス is not', () => {
		const lead = '# NEC決算\n\nNECが発表した2025年4〜9月期決算は、売上収益が1兆6,000億円だった。';
		expect(figures(`${lead}公共ITソリューションは、自治体向け案件の遅れが解消し、営業利益が210億円に伸びた。`, '2025-10-30').at(-1)).toBe('nec/公共ITソリューション operating_income 21000000000 JPY FY2026-H1 actual');
		expect(figures(`${lead}IT運用サービスは人件費がかさみ、営業利益が5%減の96億円だった。`, '2025-10-30').at(-1)).toBe('nec/IT運用サービス operating_income 9600000000 JPY FY2026-H1 actual');
		expect(figures(`${lead}決済システムは売上収益が820億円だった。`, '2025-10-30').at(-1)).toBe('nec/決済システム revenue 82000000000 JPY FY2026-H1 actual');
		expect(figures(`${lead}同社のサービスは好調で、売上収益が1,120億円だった。`, '2025-10-30').at(-1)).toBe('nec revenue 112000000000 JPY FY2026-H1 actual');
	});
});

describe('a period a level is compared with', () => {
	test('a share "as high as" another quarter (…が31%で1〜3月期と同じ、Yが19%) leaves the shares after it in the quarter the survey reports', () => {
		const body = '# クラウド市場\n\nカナリスによると、2026年4〜6月期の世界のクラウドインフラ市場は1,050億ドルだった。シェアはAWSが31%で1〜3月期と同じ、マイクロソフトが21%、グーグルが12%だった。';
		expect(figures(body, '2026-08-05').filter(row => row.includes('market_share'))).toEqual([
			'amazon/aws market_share 31 % 2026-Q2 actual Canalys',
			'microsoft market_share 21 % 2026-Q2 actual Canalys',
			'google market_share 12 % 2026-Q2 actual Canalys',
		]);
	});
});

describe('a breakdown and a day told with も', () => {
	test('in a sentence that breaks a measure down (用途別の売上高は、), a short name of kanji opening an item (産業が…) is a line', () => {
		const body = '# ルネサス決算\n\nルネサスが発表した2025年7〜9月期決算は、売上収益が3,200億円だった。用途別の売上収益は、産業が1,150億円（9%増）、インフラが820億円だった。';
		expect(figures(body, '2025-10-31').slice(1, 3)).toEqual(['renesas/産業 revenue 115000000000 JPY 2025-Q3 actual', 'renesas/産業 revenue_growth 9 % 2025-Q3 actual']);
	});

	test('a day told with も (12日も3.1%安と続落) is the day of its move, not the day of the story; a span of days (3日もかかり) is no day', () => {
		const body = '# ディスコ株が続落\n\n2026年3月13日\n\n決算発表翌日の11日は一時9%安まで売られた。12日も3.1%安と続落した。新工場の立ち上げには3日もかかり、費用は20億円だった。';
		const found = figures(body, '2026-03-13');
		expect(found).toContain('disco stock_move -3.1 % 2026-03-12 actual');
		expect(found.some(row => row.includes('2026-03-03'))).toBe(false);
	});
});

describe('the month of a share move', () => {
	test('a month told right before a move (株価は9月に6.2%下落した) is its period; the month of news told on the way (7月に発表した決算を受け) is not', () => {
		const lead = '# TIS株\n\n2026年10月6日\n\nTISは8月に米社との提携を発表したが、';
		expect(figures(`${lead}株価は9月に6.2%下落した。`, '2026-10-06')).toEqual(['tis stock_move -6.2 % 2026-09 actual']);
		expect(figures(`${lead}7月に発表した決算を受け、株価は3%高となった。`, '2026-10-06')).toEqual(['tis stock_move 3 % 2026-10-06 actual']);
	});
});

describe('products the registry knows', () => {
	test("a product named without its maker (ChatGPTの国内利用者数, Claudeの法人利用) is its maker's line, not the company the story is about", () => {
		const body = '# LINEヤフー、AIエージェントを全面展開\n\nLINEヤフーは2026年2月、AIエージェントを全利用者に広げた。調査会社の推計では、1月のChatGPTの国内利用者数は2,900万人だった。';
		expect(figures(body, '2026-02-20')).toEqual(['openai/chatgpt users 29000000 count 2026-01 actual']);
	});
});

describe('the day after the news', () => {
	test('a move "翌日に" (株価は翌日に3.4%上昇) is of the day after the news its paragraph told, not the day of the story', () => {
		const body = '# 国内IT大手の決算\n\n2025年11月10日\n\n富士通は10月30日、2026年3月期の調整後営業利益の予想を3,800億円に引き上げた。株価は翌日に3.4%上昇した。';
		expect(figures(body, '2025-11-10').at(-1)).toBe('fujitsu stock_move 3.4 % 2025-10-31 actual');
	});
});

describe("a part's share of the whole", () => {
	test("DRAM売上高に占めるHBMの比率 is the part's (HBM), not the whole's (DRAM)", () => {
		const body = '# マイクロン決算\n\nマイクロンの2025年9〜11月期の売上高は136億ドルだった。DRAM売上高に占めるHBMの比率は35%に高まった。';
		expect(figures(body, '2025-12-18').at(-1)).toBe('micron/HBM other 35 % FY2026-Q1 actual');
	});
});
