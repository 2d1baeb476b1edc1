import {count, measure, money, percent, type LexiconEntry, type MeasureCue} from './lexicon-entry.js';

// The lexicon's words for what a number measures: results, levels and deals.

// People a company lets go: never its headcount. Told as the number cut, as the text and readers' answer keys tell it
// (a "-1,200" of a measure named 人員削減 would read as a cut undone).
const jobCuts: MeasureCue = {kind: 'other', family: 'level', units: count, label: '人員削減'};
const voluntaryRetirement: MeasureCue = {kind: 'other', family: 'level', units: count, label: '希望退職'};
const revenue: MeasureCue = {kind: 'revenue', family: 'flow', units: money, label: '売上高', growthKind: 'revenue_growth'};

export const measureEntries: readonly LexiconEntry[] = [
	// ---- what a number measures: results
	measure('revenue', ['売上高', '売上収益', '売上額', '売上金額', '売上', '売り上げ', '営業収益', '収益', '収入', '総収入', 'revenue', 'revenues', 'total revenue', 'net sales', 'sales'], revenue, {event: 'results'}),
	measure('revenue-growth', ['増収率', '売上高成長率', '売上成長率', '収益増加率', '売上高伸び率', '成長率', '伸び率', '増加率', '増収', 'revenue growth', 'growth rate'], {
		kind: 'revenue_growth',
		family: 'flow',
		units: percent,
		label: '売上高 前年同期比',
	}),
	measure('revenue-fall', ['減収'], {kind: 'revenue_growth', family: 'flow', units: percent, label: '売上高 前年同期比', negative: true}),
	// "固定費削減効果", "年間約180億円のコスト削減": money saved, no result of the company's.
	measure('cost-savings', ['削減効果', 'コスト削減', '固定費削減', '費用削減'], {kind: 'other', family: 'flow', units: money, label: 'コスト削減'}, {priority: 65}),
	// "保有株式価値に対する純負債の比率（LTV）": a ratio of a holding company's debt, however its words read.
	measure('loan-to-value', ['LTV', 'ローン・トゥ・バリュー', 'loan-to-value'], {kind: 'other', family: 'level', units: percent, label: 'LTV'}, {priority: 70}),
	// "事業利益": the operating profit some makers report under IFRS (Kyocera, Ajinomoto), named as they name it.
	measure('operating-income', ['営業利益', '営業損益', '営業益', '営業黒字', '本業のもうけ', 'セグメント利益', 'セグメント損益', '事業利益', '事業損益', 'operating income', 'operating profit'], {
		kind: 'operating_income',
		family: 'flow',
		units: money,
		label: '営業利益',
	}),
	measure('adjusted-operating-income', ['調整後営業利益', 'Non-GAAP営業利益', 'non-GAAP operating income', 'adjusted operating income'], {kind: 'operating_income', family: 'flow', units: money, label: '営業利益（調整後）', adjusted: true}),
	measure('operating-loss', ['営業損失', '営業赤字', 'セグメント損失', 'operating loss'], {kind: 'operating_income', family: 'flow', units: money, label: '営業利益', negative: true}),
	measure(
		'net-income',
		[
			'純利益',
			'純損益',
			'最終利益',
			'最終損益',
			'最終益',
			'純益',
			'当期利益',
			'当期純利益',
			'当期損益',
			'当期純損益',
			'中間損益',
			'四半期損益',
			'四半期純利益',
			'四半期利益',
			'中間利益',
			'中間純利益',
			'連結純利益',
			'最終黒字',
			'net income',
			'net profit',
			'net earnings',
		],
		{kind: 'net_income', family: 'flow', units: money, label: '純利益'},
	),
	measure('adjusted-net-income', ['調整後純利益', 'Non-GAAP純利益', 'non-GAAP net income', 'adjusted net income'], {kind: 'net_income', family: 'flow', units: money, label: '純利益（調整後）', adjusted: true}),
	measure('net-loss', ['純損失', '最終赤字', '最終損失', '当期損失', 'net loss'], {kind: 'net_income', family: 'flow', units: money, label: '純利益', negative: true}),
	measure(
		'eps',
		[
			'1株利益',
			'1株当たり利益',
			'1株あたり利益',
			'一株当たり利益',
			'1株当たり純利益',
			'1株あたり純利益',
			'1株当たり四半期純利益',
			'1株当たり当期純利益',
			// "米国預託証券（ADR）1単位当たりの純利益は3.38ドル": a depositary receipt's share of the profit.
			'1単位当たりの純利益',
			'1単位当たり純利益',
			'1株当たり中間純利益',
			'1株当たり当期利益',
			'1株当たり中間利益',
			'1株当たり四半期利益',
			'1株あたり当期純利益',
			'基本的1株当たり当期利益',
			'基本的1株当たり中間利益',
			'基本的1株当たり四半期利益',
			'希薄化後1株利益',
			// 株探's tables: "1株益", "修正1株益" (restated for splits).
			'1株益',
			'修正1株益',
			'EPS',
			'earnings per share',
		],
		{kind: 'eps', family: 'flow', units: money, label: '1株利益'},
	),
	// "1株当たり純損失は0.87ドル": a loss per share is EPS below zero, no net loss of the company.
	measure('loss-per-share', ['1株当たり純損失', '1株あたり純損失', '1株当たり当期純損失', '1株当たり四半期純損失', '1株損失', 'net loss per share'], {
		kind: 'eps',
		family: 'flow',
		units: money,
		label: '1株利益',
		negative: true,
	}),
	measure('adjusted-eps', ['調整後1株利益', '調整後EPS', '非GAAP1株利益', '非GAAPベースの1株利益', '非GAAPの1株利益', '潜在株式調整後1株当たり四半期純利益', '潜在株式調整後1株当たり当期純利益', 'adjusted EPS', 'non-GAAP EPS'], {
		kind: 'eps',
		family: 'flow',
		units: money,
		label: '1株利益（調整後）',
		adjusted: true,
	}),
	measure('gross-margin', ['売上総利益率', '粗利益率', '粗利率', 'gross margin'], {kind: 'margin', family: 'flow', units: percent, label: '売上総利益率'}),
	measure(
		'operating-margin',
		['営業利益率', '調整後営業利益率', '売上高営業利益率', '売上営業利益率', '売上営業損益率', 'セグメント利益率', '事業利益率', 'operating margin', 'オペレーティング・マージン', 'オペレーティングマージン', '営業マージン'],
		{
			kind: 'margin',
			family: 'flow',
			units: percent,
			label: '営業利益率',
		},
	),
	measure('net-margin', ['純利益率', 'net margin'], {kind: 'margin', family: 'flow', units: percent, label: '純利益率'}),
	measure('margin', ['利益率', 'マージン'], {kind: 'margin', family: 'flow', units: percent, label: '利益率'}, {priority: 45}),
	// "自己資本利益率（ROE）は20%": a return on capital is no margin of sales.
	measure('return-on-capital', ['自己資本利益率', '株主資本利益率', '総資産利益率', '投下資本利益率', 'ROE', 'ROA', 'ROIC'], {kind: 'other', family: 'flow', units: percent, label: '資本利益率'}, {priority: 60}),
	// Profits other than 営業利益 and 純利益, each under its own name: a reader must not see gross profit called 経常利益.
	measure('ordinary-income', ['経常利益', '経常損益', '経常益'], {kind: 'other', family: 'flow', units: money, label: '経常利益'}),
	measure('ordinary-loss', ['経常損失', '経常赤字'], {kind: 'other', family: 'flow', units: money, label: '経常利益', negative: true}),
	measure('pretax-income', ['税引前利益', '税引き前利益', '税前利益', '税引前四半期利益', '税引前当期利益', '税引前中間利益', '税引前当期純利益'], {kind: 'other', family: 'flow', units: money, label: '税引前利益'}),
	measure('gross-profit', ['売上総利益', '粗利益', 'gross profit'], {kind: 'other', family: 'flow', units: money, label: '売上総利益'}),
	measure('ebitda', ['EBITDA', '調整後EBITDA'], {kind: 'other', family: 'flow', units: money, label: 'EBITDA'}),
	measure('ebita', ['EBITA', '調整後EBITA'], {kind: 'other', family: 'flow', units: money, label: 'EBITA'}),
	measure('ebita-margin', ['EBITA率', '調整後EBITA率', 'EBITDA率', 'EBITDAマージン', 'EBITAマージン'], {kind: 'margin', family: 'flow', units: percent, label: 'EBITA率'}),
	measure('cash-flow', ['フリーキャッシュフロー', '営業キャッシュフロー', 'free cash flow'], {kind: 'other', family: 'flow', units: money, label: 'キャッシュフロー'}),
	measure('capex', ['設備投資', '設備投資額', '設備投資費', '資本的支出', 'capex', 'capital expenditure', 'capital expenditures', 'capital spending'], {kind: 'capex', family: 'flow', units: money, label: '設備投資'}),
	measure('research', ['研究開発費', '研究開発投資', 'R&D'], {kind: 'other', family: 'flow', units: money, label: '研究開発費'}),
	measure('orders', ['受注高', '受注額', '受注'], {kind: 'other', family: 'flow', units: money, label: '受注高'}, {priority: 45}),
	// Business won over products' lifetimes: no revenue, whatever 売上 its explanation names.
	measure('design-wins', ['新規商談獲得額', '商談獲得額', 'デザインウィン', 'design wins', 'design win'], {kind: 'other', family: 'flow', units: money, label: 'デザインウィン'}, {priority: 60}),
	measure(
		'investment-gain',
		['投資利益', '投資損益', '評価益', '評価損', '売却益', '売却損', '減損損失', '税費用', '一時費用', '特別損失', '特別利益', 'リストラ費用', '構造改革費用', '再編費用', '費用', 'impairment', 'restructuring charges'],
		{kind: 'other', family: 'flow', units: money, label: '損益項目'},
	),
	// "約2,480億円の損失を計上": a loss booked is a charge below zero.
	measure('loss', ['損失'], {kind: 'other', family: 'flow', units: money, label: '損失', negative: true}, {priority: 40}),
	// "年間配当は1株当たり34円": a dividend per share is no profit.
	measure('dividend', ['配当', '年間配当', '配当金', '期末配当', '中間配当', '1株当たり配当', '1株配当'], {kind: 'other', family: 'flow', units: money, label: '配当'}, {priority: 60}),
	// "平均年収は1,322万円": what an employee is paid in a year, an amount per person.
	measure('average-salary', ['平均年収', '平均年間給与', '平均給与', '平均年間給与額'], {kind: 'other', family: 'flow', units: money, label: '平均年収'}, {priority: 60}),
	measure('run-rate', ['ランレート', '年換算の売上高', '年換算売上高', '年間経常収益', 'ARR', 'run-rate', 'annualized revenue'], {kind: 'other', family: 'level', units: money, label: 'ランレート'}, {priority: 60}),
	// "9月単月の月次経常収益（MRR）は45億6,000万円": a month's recurring revenue, no revenue of a period reported.
	measure('monthly-recurring', ['月次経常収益', '月間経常収益', 'MRR'], {kind: 'other', family: 'level', units: money, label: '月次経常収益'}, {priority: 60}),
	measure('share-of-revenue', ['構成比', '売上比率', '売上高比率', '対売上高比率'], {kind: 'other', family: 'flow', units: percent, label: '売上高比率'}),

	// ---- levels
	// "受注残にあたる繰延収益": revenue contracted and billed but not yet earned is backlog, no revenue.
	measure('backlog', ['受注残', '受注残高', '残存履行義務', '契約残高', '繰延収益', 'backlog', 'remaining performance obligations', 'deferred revenue'], {kind: 'backlog', family: 'level', units: money, label: '受注残'}, {priority: 60}),
	// "6月末の棚卸資産は2,310億円", "手元資金は約11兆8,000億円": what a company holds on a day is no flow of sales or investment.
	measure('inventory', ['棚卸資産', '在庫金額', '在庫水準', 'inventories', 'inventory'], {kind: 'other', family: 'level', units: money, label: '棚卸資産'}, {priority: 60}),
	measure('cash-held', ['手元資金', '手元流動性', '現預金', '現金及び預金', '現金及び現金同等物', '現金同等物', 'ネットキャッシュ'], {kind: 'other', family: 'level', units: money, label: '手元資金'}, {priority: 60}),
	// "有利子負債は1000億ドルを超えており": a debt the company carries, whatever investment the sentence goes on to (a loan taken is borrowing).
	// "融資残高は12月末時点で3兆円", "投資残高を3,000億円まで拡大": what a lender or investor holds at a day, no money it put in.
	measure('balance', ['融資残高', '投資残高', '資産残高', '貸出残高', '貸出金残高', '預金残高', '運用残高', '投融資残高'], {kind: 'other', family: 'level', units: money, label: '残高'}, {priority: 65}),
	measure('debt', ['有利子負債', '純有利子負債'], {kind: 'other', family: 'level', units: money, label: '有利子負債'}, {priority: 60}),
	{id: 'rpo', words: ['RPO', 'cRPO'], priority: 60, caseSensitive: true, measure: {kind: 'backlog', family: 'level', units: money, label: '受注残'}},
	// "国内EC流通総額は6兆円": what passes through a marketplace is no company's sales.
	measure('merchandise-volume', ['流通総額', '流通取引総額', '取扱高', 'GMV', 'gross merchandise volume'], {kind: 'other', family: 'flow', units: money, label: '流通総額'}),
	measure('valuation', ['評価額', '企業価値', '株式価値', 'ポストマネー評価額', '時価評価額', 'valuation', 'valued at'], {kind: 'valuation', family: 'level', units: money, label: '評価額'}),
	// "保有株式価値から純負債を引いたNAV（時価純資産）は38兆円": a holding company's net assets at market value are no valuation of it.
	{id: 'net-asset-value', words: ['NAV', '時価純資産'], priority: 60, caseSensitive: true, measure: {kind: 'other', family: 'level', units: money, label: '時価純資産'}},
	measure('market-cap', ['時価総額', 'market cap', 'market capitalization', 'market value'], {kind: 'market_cap', family: 'level', units: money, label: '時価総額'}),
	measure(
		'customers',
		[
			'顧客数',
			'顧客',
			'企業顧客',
			'法人顧客',
			'顧客企業',
			'利用企業',
			'利用企業数',
			'導入企業',
			'導入企業数',
			'採用企業',
			'採用企業数',
			'導入社数',
			'契約社数',
			'契約企業',
			'契約企業数',
			'利用社数',
			'ユーザー企業',
			'ユーザー企業数',
			'顧客企業数',
			'有料顧客数',
			'契約件数',
			'有料契約件数',
			'customers',
		],
		{
			kind: 'customers',
			family: 'level',
			units: count,
			label: '顧客数',
		},
	),
	measure(
		'users',
		['利用者数', '利用者', 'ユーザー数', 'ユーザー', '月間アクティブユーザー', '月間利用者数', '平均利用者数', 'MAU', 'DAU', 'DAP', '会員数', '有料会員', '加入者数', '加入者', '契約者数', '契約回線数', '回線数', 'users', 'subscribers'],
		{kind: 'users', family: 'level', units: count, label: '利用者数'},
	),
	// "9月末のモバイル契約数は3,152万件": subscriptions, counted in 件 as well as 人.
	// A business's "契約件数" counts its customers' contracts (「Sansan」の契約件数は1万1,200件), told under customers.
	measure('subscriptions', ['契約数'], {kind: 'users', family: 'level', units: count, label: '契約数', counters: ['件']}),
	// "モバイル事業のARPU（1契約当たり月間平均収入）は4,210円": revenue per user, no revenue of the company.
	measure('arpu', ['ARPU', 'ARPA', '1契約当たり月間平均収入', '1ユーザー当たり平均収入'], {kind: 'other', family: 'flow', units: money, label: 'ARPU'}, {priority: 60}),
	// "月次解約率（金額ベース）は0.62%": the share of revenue or customers lost in a period.
	measure('churn', ['解約率', '月次解約率', 'チャーンレート', 'チャーン率', 'churn rate'], {kind: 'other', family: 'flow', units: percent, label: '解約率'}),
	// "AIサーバーの出荷額は56億ドル": what a maker shipped, in money; equipment makers report it apart from their sales.
	measure('shipment-value', ['出荷額', '出荷金額'], {kind: 'other', family: 'flow', units: money, label: '出荷額'}, {priority: 55}),
	measure('units-shipped', ['出荷台数', '販売台数', '納車台数', '出荷', '納車'], {kind: 'other', family: 'flow', units: count, label: '出荷台数'}, {priority: 45}),
	measure('headcount', ['従業員数', '従業員', '社員数', '社員', '職員数', 'employees', 'headcount'], {kind: 'headcount', family: 'level', units: count, label: '従業員数'}),
	measure('job-cuts', ['人員削減', '雇用削減', '解雇', 'job cuts', 'layoffs'], jobCuts, {event: 'restructuring', priority: 60}),
	// "1,500人の希望退職を募る": the people a company asks to leave, a count of its own, not yet a cut.
	measure('voluntary-retirement', ['希望退職'], voluntaryRetirement, {event: 'restructuring', priority: 60}),
	measure('cut', ['削減'], jobCuts),
	measure('market-share', ['シェア', '市場シェア', '世界シェア', '国内シェア', '占有率', 'market share'], {kind: 'market_share', family: 'flow', units: percent, label: 'シェア'}, {priority: 55}),

	// ---- deals: amounts committed between parties
	measure(
		'investment',
		['投資', '出資', '追加出資', '投じ', '拠出', '投資額', '出資額', '投資計画', '資金提供', 'invest', 'invests', 'invested', 'investment'],
		{kind: 'investment', family: 'deal', units: money, label: '投資'},
		{event: 'investment'},
	),
	// "先端ロジックの投資拡大を背景に52%増", "メモリー投資の回復が遅れ": a market's spending as a trend, no amount
	// invested. The longer word wins over 投資 and measures nothing.
	{id: 'investment-trend', words: ['投資拡大', '投資の拡大', '投資の回復', '投資回復', '投資需要', '投資意欲', '投資の減速', '投資減速', '投資抑制', '投資の抑制', '投資の先送り', '投資家', '投資判断', '投資信託'], priority: 0},
	measure(
		'purchase',
		['購入', '利用契約', 'クラウド契約', '供給契約', '契約額', '契約総額', '買収額', '買収金額', '取得額', '取得価格', '買収価格', '計算資源の確保', '計算資源'],
		{kind: 'investment', family: 'deal', units: money, label: '契約'},
		{priority: 45, event: 'deal'},
	),
	// A tender offer's terms: the total is what the buyer pays; its price a share and its premium are terms of the deal.
	measure('tender-total', ['買い付け総額', '買付総額', '買い付け代金', '買付代金'], {kind: 'investment', family: 'deal', units: money, label: '買収額'}, {priority: 60}),
	measure('tender-price', ['買い付け価格', '買付価格', 'TOB価格'], {kind: 'other', family: 'deal', units: money, label: 'TOB価格'}, {priority: 60}),
	measure('premium', ['プレミアム'], {kind: 'other', family: 'deal', units: percent, label: 'プレミアム'}, {priority: 60}),
	measure('tender-shares', ['買い付け予定数', '買付予定数'], {kind: 'stake', family: 'deal', units: count, label: '買い付け予定数'}, {priority: 60}),
	measure('allocation', ['充て', '充てる'], {kind: 'investment', family: 'deal', units: money, label: '投資'}, {priority: 30}),
	measure('funding', ['調達', '資金調達', '調達額', 'raised', 'raises', 'funding'], {kind: 'funding', family: 'deal', units: money, label: '資金調達'}, {event: 'investment'}),
	// "金融機関からの借り入れ1,500億円", "総額150億ドルのつなぎ融資で賄う": money borrowed is money raised.
	measure('borrowing', ['借り入れ', '借入', '借入金', 'つなぎ融資', 'ブリッジローン', '社債'], {kind: 'funding', family: 'deal', units: money, label: '借り入れ'}, {priority: 60}),
	// "10月には300億ドルの社債を発行した": an issue of bonds is money raised, and something the company did that month.
	measure('bond-issue', ['社債発行', '社債を発行', '債券を発行', '社債を起債'], {kind: 'funding', family: 'deal', units: money, label: '社債発行'}, {priority: 65, event: 'investment'}),
	// "最大500億円の助成を受ける": a grant is no money the company raised from investors, nor one it spends: a kind of its own.
	measure('subsidy', ['補助金', '助成金', '助成', '補助を受'], {kind: 'other', family: 'deal', units: money, label: '補助金'}, {event: 'other'}),
	// "2026年度に1兆円を追加支援する": the state's support of a national project is money the company raises.
	measure('state-support', ['政府支援', '支援額', '累計支援額', '追加支援', 'で支援'], {kind: 'funding', family: 'deal', units: money, label: '政府支援'}),
	measure(
		'stake',
		['持ち分', '持分', '出資比率', '保有比率', '議決権比率', '議決権所有割合', '議決権保有割合', '所有割合', '保有', '取得', 'stake'],
		{kind: 'stake', family: 'deal', units: ['percent', 'count'], label: '出資比率'},
		{priority: 55},
	),
	// "…に売却することで合意した", "全株式を…に譲渡する", "譲渡価額は420億円": a sale is a deal with the buyer, and what the
	// seller receives its figure (sale proceeds are `other`).
	measure('proceeds', ['売却', '売却額', '譲渡', '譲渡価額', '譲渡価格', '売却価格', '売却金額', '譲渡金額'], {kind: 'other', family: 'deal', units: money, label: '売却額'}, {event: 'deal', priority: 45}),
];
