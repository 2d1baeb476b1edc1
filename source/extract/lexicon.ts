import type {EventKind, FigureKind} from '../dataset/schema.js';
import {WordScanner, type WordHit} from './word-scanner.js';

// The words brief reads figures and events by, as data. Each word is written once, under one entry
// with a stable id; a person adds a word here and a test sentence, without reading the matcher.
// Where words overlap in a text the longest wins ("投資利益" over "投資"); `priority` decides between
// two cues that compete for one number at the same distance (higher first).

/**
 * How a figure is dated (FORMAT.md "Which period"): a flow covers a period (revenue of a quarter),
 * a level is as of a day or month (backlog, users), a deal is dated only by a span of years written
 * with it (investments, funding, stakes), a stock move by its trading day.
 */
export type Family = 'flow' | 'level' | 'deal' | 'stock';

/** What a number governed by a cue is: the kind it gives, in which units, dated how. */
export interface MeasureCue {
	readonly kind: FigureKind;
	readonly family: Family;
	/** The units a number must have to be this measure ('money' is any currency). */
	readonly units: ReadonlyArray<'money' | 'percent' | 'count'>;
	/** The measure's name as a Japanese article writes it; growth and shares of it are named from it. */
	readonly label: string;
	/** A loss word ("純損失", "赤字") makes the amount negative. */
	readonly negative?: boolean;
	/** Its percentage changes (前年同期比12%増) are this kind rather than `other`. */
	readonly growthKind?: FigureKind;
	/** Adjusted or non-GAAP figures are another measure than the reported one. */
	readonly adjusted?: boolean;
	/** Counters a number of it may be written in beyond its kind's own ("3,152万件" of 契約数). */
	readonly counters?: readonly string[];
}

/** A word that marks what surrounds a number rather than what it measures. */
export type Marker =
	/** expected, guided, planned, aimed at: the figure's basis is outlook */
	| 'outlook'
	/** speculation or an unconfirmed report: the number is not a figure */
	| 'speculation'
	/** the market's or analysts' forecast: the number right after it is not the company's */
	| 'consensus'
	/** analysts, the market or insiders speaking: nothing in their clause is the company's figure */
	| 'third-party'
	/** the whole company, not a segment */
	| 'total'
	/** the number before it went up, or down */
	| 'up'
	| 'down'
	/** a market (no company): a number about it is nobody's */
	| 'market'
	/** share of a whole: "売上高に占める", "57%を占めた" */
	| 'part-of'
	/** a trading session: a percentage with 高/安 in it is a stock move */
	| 'stock-market'
	/** the event is yet to come: a year-less month is read forward */
	| 'future'
	/** a date that starts a span or the original date of a moved plan: not the event's date */
	| 'since'
	/** a date by which something is aimed at: a target, not an event */
	| 'by'
	/** a level's as-of date ("9月末時点") */
	| 'as-of'
	/** "このうち", "うち": a part of the figure before */
	| 'of-which'
	/** boilerplate of a company profile (設立, 資本金): no figures, no events */
	| 'profile';

/** A change compared with an earlier period: 前年同期比 (a year), 前四半期比 (a quarter), 前日比 (a day). */
export type Comparison = 'year' | 'quarter' | 'month' | 'day';

/** The earlier value a number is: of a year before, a quarter before, an earlier forecast or round. */
export type Prior = 'year' | 'quarter' | 'forecast' | 'earlier';

export interface LexiconEntry {
	readonly id: string;
	readonly words: readonly string[];
	readonly priority: number;
	readonly measure?: MeasureCue;
	readonly comparison?: Comparison;
	readonly prior?: Prior;
	readonly marker?: Marker;
	/** What happened, when a dated clause says this. */
	readonly event?: EventKind;
	/** A research firm: figures it estimates carry its name as their source. */
	readonly firm?: string;
	/** Words of `words` that name the firm only once the text has named it in full ("シナジー", which is also "synergy"). */
	readonly shortForms?: readonly string[];
	/** Words matched only in the case given ("RPO", not "rpo"). */
	readonly caseSensitive?: boolean;
}

const money = ['money'] as const;
const percent = ['percent'] as const;
const count = ['count'] as const;

function measure(id: string, words: readonly string[], cue: MeasureCue, more: Partial<LexiconEntry> = {}): LexiconEntry {
	return {id, words, priority: 50, measure: cue, ...more};
}

function marker(id: string, kind: Marker, words: readonly string[], more: Partial<LexiconEntry> = {}): LexiconEntry {
	return {id, words, priority: 40, marker: kind, ...more};
}

function action(id: string, event: EventKind, words: readonly string[], priority: number): LexiconEntry {
	return {id, words, priority, event};
}

// People a company lets go: a fall in its staff, negative as every fall is, and never its headcount.
const jobCuts: MeasureCue = {kind: 'other', family: 'level', units: count, label: '人員の増減', negative: true};
const voluntaryRetirement: MeasureCue = {kind: 'other', family: 'level', units: count, label: '希望退職'};
const revenue: MeasureCue = {kind: 'revenue', family: 'flow', units: money, label: '売上高', growthKind: 'revenue_growth'};

export const lexicon: readonly LexiconEntry[] = [
	// ---- what a number measures: results
	measure('revenue', ['売上高', '売上収益', '売上', '売り上げ', '営業収益', '収益', '収入', '総収入', 'revenue', 'revenues', 'total revenue', 'net sales', 'sales'], revenue, {event: 'results'}),
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
	measure('operating-income', ['営業利益', '営業損益', '営業益', '営業黒字', '本業のもうけ', 'セグメント利益', 'セグメント損益', 'operating income', 'operating profit'], {
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
	measure('adjusted-eps', ['調整後1株利益', '調整後EPS', '潜在株式調整後1株当たり四半期純利益', '潜在株式調整後1株当たり当期純利益', 'adjusted EPS', 'non-GAAP EPS'], {
		kind: 'eps',
		family: 'flow',
		units: money,
		label: '1株利益（調整後）',
		adjusted: true,
	}),
	measure('gross-margin', ['売上総利益率', '粗利益率', '粗利率', 'gross margin'], {kind: 'margin', family: 'flow', units: percent, label: '売上総利益率'}),
	measure('operating-margin', ['営業利益率', '調整後営業利益率', '売上高営業利益率', '売上営業利益率', '売上営業損益率', 'operating margin'], {kind: 'margin', family: 'flow', units: percent, label: '営業利益率'}),
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
	measure('run-rate', ['ランレート', '年換算の売上高', '年換算売上高', '年間経常収益', 'ARR', 'run-rate', 'annualized revenue'], {kind: 'other', family: 'level', units: money, label: 'ランレート'}, {priority: 60}),
	measure('share-of-revenue', ['構成比', '売上比率'], {kind: 'other', family: 'flow', units: percent, label: '売上高比率'}),

	// ---- levels
	measure('backlog', ['受注残', '受注残高', '残存履行義務', '契約残高', 'backlog', 'remaining performance obligations'], {kind: 'backlog', family: 'level', units: money, label: '受注残'}, {priority: 60}),
	// "有利子負債は1000億ドルを超えており": a debt the company carries, whatever investment the sentence goes on to (a loan taken is borrowing).
	measure('debt', ['有利子負債', '純有利子負債'], {kind: 'other', family: 'level', units: money, label: '有利子負債'}, {priority: 60}),
	{id: 'rpo', words: ['RPO'], priority: 60, caseSensitive: true, measure: {kind: 'backlog', family: 'level', units: money, label: '受注残'}},
	// "国内EC流通総額は6兆円": what passes through a marketplace is no company's sales.
	measure('merchandise-volume', ['流通総額', '流通取引総額', '取扱高', 'GMV', 'gross merchandise volume'], {kind: 'other', family: 'flow', units: money, label: '流通総額'}),
	measure('valuation', ['評価額', '企業価値', '株式価値', 'ポストマネー評価額', '時価評価額', 'valuation', 'valued at'], {kind: 'valuation', family: 'level', units: money, label: '評価額'}),
	// "保有株式価値から純負債を引いたNAV（時価純資産）は38兆円": a holding company's net assets at market value are no valuation of it.
	{id: 'net-asset-value', words: ['NAV', '時価純資産'], priority: 60, caseSensitive: true, measure: {kind: 'other', family: 'level', units: money, label: '時価純資産'}},
	measure('market-cap', ['時価総額', 'market cap', 'market capitalization', 'market value'], {kind: 'market_cap', family: 'level', units: money, label: '時価総額'}),
	measure(
		'customers',
		['顧客数', '顧客', '企業顧客', '法人顧客', '顧客企業', '利用企業', '利用企業数', '導入企業', '導入企業数', '採用企業', '採用企業数', '導入社数', '契約社数', 'ユーザー企業', 'ユーザー企業数', '顧客企業数', '有料顧客数', 'customers'],
		{
			kind: 'customers',
			family: 'level',
			units: count,
			label: '顧客数',
		},
	),
	measure(
		'users',
		['利用者数', '利用者', 'ユーザー数', 'ユーザー', '月間アクティブユーザー', '月間利用者数', '平均利用者数', 'MAU', 'DAU', '会員数', '有料会員', '加入者数', '加入者', '契約者数', '契約回線数', '回線数', 'users', 'subscribers'],
		{kind: 'users', family: 'level', units: count, label: '利用者数'},
	),
	// "9月末のモバイル契約数は3,152万件": subscriptions, counted in 件 as well as 人.
	measure('subscriptions', ['契約数', '契約件数'], {kind: 'users', family: 'level', units: count, label: '契約数', counters: ['件']}),
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

	// ---- what a percentage is compared with
	{
		id: 'yoy',
		words: ['前年同期比', '前年同期と比べ', '前年同期に比べ', '前年比', '前年度比', '前年同月比', '前年同四半期比', '前期比', 'YoY', 'year-over-year', 'year over year', 'year-on-year', 'from a year earlier'],
		priority: 50,
		comparison: 'year',
	},
	{
		id: 'qoq',
		words: ['前四半期比', '直前四半期比', '前四半期に比べ', '前四半期と比べ', '前の四半期に比べ', '前の四半期と比べ', '前の四半期比', '直前の四半期に比べ', '前期比較', 'QoQ', 'quarter-over-quarter', 'sequentially'],
		priority: 50,
		comparison: 'quarter',
	},
	{id: 'mom', words: ['前月比'], priority: 50, comparison: 'month'},
	{id: 'dod', words: ['前日比', '前営業日比', '前週末比', '前日終値比'], priority: 50, comparison: 'day'},

	// ---- the earlier value a number is
	{id: 'prior-year', words: ['前年同期', '前年同月', '前年', '前年度', '1年前', '昨年同期', '前期', '前の期', '前年中間期', '前中間期', '前年同四半期'], priority: 50, prior: 'year'},
	{id: 'prior-quarter', words: ['前四半期'], priority: 50, prior: 'quarter'},
	{id: 'prior-forecast', words: ['従来予想', '従来の見通し', '従来見通し', '従来計画', '当初予想', '当初見通し', '当初目標', '当初計画', '前回予想', '期初予想', '前回公表値', '従来'], priority: 50, prior: 'forecast', marker: 'outlook'},
	{id: 'prior-earlier', words: ['前回ラウンド', '前回', '年初', '期初'], priority: 40, prior: 'earlier'},

	// ---- basis
	marker('outlook', 'outlook', [
		'見込む',
		'見込み',
		'見込ん',
		'見通し',
		'予想',
		'目標',
		'目指す',
		'目指し',
		'めざす',
		'目指',
		'想定',
		'なりそう',
		'見積もる',
		// "…に高まると予測している"; not 予測 alone, a product's name ("需要予測サービス").
		'と予測',
		'予測して',
		'予測する',
		'予測され',
		'ガイダンス',
		'据え置',
		'狙う',
		'たい考え',
		'たいと考え',
		'たい方針',
		// "15%程度のシェアを取りたい": what a speaker wants is an aim.
		'取りたい',
		'したい',
		'伸ばしたい',
		'高めたい',
		'増やしたい',
		'引き上げたい',
		'guidance',
		'forecast',
		'outlook',
		'expects',
		'target',
	]),
	marker('forecast-revision', 'outlook', ['業績予想', '通期予想', '業績見通し', '上方修正', '下方修正'], {event: 'results', priority: 75}),
	marker('plan', 'outlook', ['計画', '予定', '方針'], {priority: 30, event: 'other'}),

	// ---- numbers that are not the company's figures
	marker('speculation', 'speculation', [
		'可能性',
		'とみられ',
		'と見られ',
		'とされ',
		'観測',
		'見方',
		'噂',
		'うわさ',
		'関係者によると',
		'関係者によれば',
		'関係筋',
		'試算',
		'推測',
		'見立て',
		'報じ',
		'報道によると',
		'報道によれば',
		// "仮に…伸び続ければ、…に達する計算だ": a sum on a supposition, each number in it.
		'仮に',
		'報道で',
		'との報道',
		'と伝えられ',
		'とも伝えられ',
		'と報じられ',
		'とも報じられ',
		'最終調整',
		'調整している',
		'あり得',
		'ありえ',
		'かもしれ',
		'私見',
		'と思います',
		'と思う',
		'と思っています',
		// "…を手にするもようだ", "年間数十億ドルを稼いでいると言われます": told as heard, not reported.
		'もようだ',
		'模様だ',
		'と言われ',
		'といわれ',
		'reportedly',
		'sources said',
	]),
	marker('consensus', 'consensus', ['市場予想', '予想平均', 'アナリスト予想', '事前予想', '市場の予想', 'コンセンサス', '市場予測', 'consensus', 'analysts expected', 'analyst estimates']),
	marker('third-party', 'third-party', ['アナリスト', '証券アナリスト', '市場関係者', '市場では', '証券業界', '証券会社', '業界では', '投資家の間では', '専門家', '業界関係者', '私の', 'analysts', 'analyst']),
	marker('market', 'market', ['市場規模', '市場全体', '業界全体', '日経平均', 'TOPIX', '売買代金', '両社の差', '差は']),
	marker('part-of', 'part-of', ['占め', 'に占める', '占める', 'を占め', '比率', '割合']),
	marker('total', 'total', ['会社全体', '全社', '連結', 'グループ全体']),
	marker('of-which', 'of-which', ['このうち', 'うち']),
	marker('profile', 'profile', ['設立', '資本金', '所在地', '本社所在地', '代表者', '事業内容', '創業', '会社概要']),

	// ---- the direction of a change, right after its number
	marker('up', 'up', ['増', '増加', '増え', '上昇', '伸び', '伸長', '拡大', '改善', '高', 'アップ', 'プラス', '黒字', '上回', '急騰', '値上がり', '上が', '上げ', '膨らん', 'rose', 'up', 'increased', 'grew', 'gained', 'jumped']),
	marker('down', 'down', [
		'減',
		'減少',
		'減っ',
		'低下',
		'下落',
		'縮小',
		'悪化',
		'安',
		'ダウン',
		'マイナス',
		'赤字',
		'下回',
		'急落',
		'値下がり',
		'落ち込',
		'下が',
		'下げ',
		'目減り',
		'縮ん',
		'fell',
		'down',
		'decreased',
		'dropped',
		'declined',
		'lost',
	]),

	// ---- trading sessions
	marker('stock-market', 'stock-market', [
		'株式市場',
		'米株式市場',
		'東京株式市場',
		'東京市場',
		'米国市場',
		'米市場',
		'ニューヨーク市場',
		'時間外取引',
		'取引時間中',
		'終値',
		'大発会',
		'取引を終え',
		'寄り付き',
		'after-hours trading',
		'after-hours',
		'premarket',
		'shares',
		'stock',
	]),
	// "騰落率", "値上がり率": a column of the day's movers; "ADR": the price of shares traded abroad as receipts.
	measure(
		'share-price',
		['株価', '米国預託証券', '預託証券', 'ADR', 'share price', '騰落率', '値上がり率', '値下がり率', '終値からの上昇率', '終値比の上昇率'],
		{kind: 'stock_move', family: 'stock', units: percent, label: '株価'},
		{marker: 'stock-market'},
	),
	// The price itself ("4,700円で取引を終えた"): read from where it stands in a market report, not from a word.
	measure('share-price-level', ['株価水準'], {kind: 'other', family: 'stock', units: money, label: '株価'}),

	// ---- dates that are not when something happened
	marker('future', 'future', ['めど', '開く', '開催する']),
	marker('since', 'since', ['以降', '以来', '当初']),
	marker('by', 'by', ['までに', 'まで']),
	marker('as-of', 'as-of', ['時点', '末時点', '現在']),

	// ---- what happened (events), most telling first
	// "32億ドルで買収する": the price is the deal's amount, an investment by the buyer.
	{
		id: 'acquisition',
		words: ['買収', '合併', '経営統合', 'を統合', '完全子会社化', '子会社化', '取得を完了', '買収を完了', 'TOB', '株式公開買い付け', '公開買い付け', '公開買付け', 'acquire', 'acquires', 'acquired', 'acquisition', 'merger'],
		priority: 90,
		event: 'deal',
		measure: {kind: 'investment', family: 'deal', units: money, label: '買収額'},
	},
	action('results', 'results', ['決算', '業績', '決算発表', 'earnings', 'results'], 80),
	{id: 'contract', words: ['契約', '締結', '提携契約', 'contract', 'agreement', 'deal'], priority: 70, event: 'deal', measure: {kind: 'investment', family: 'deal', units: money, label: '契約'}},
	{id: 'payment', words: ['払い込み', '払込', '払い込む', '増資'], priority: 72, event: 'investment', measure: {kind: 'investment', family: 'deal', units: money, label: '投資'}},
	action('partnership', 'partnership', ['提携', '業務提携', '資本業務提携', '協業', '共同開発', 'パートナーシップ', '連携を強化', '覚書', '基本合意', 'partnership'], 68),
	action(
		'launch',
		'launch',
		[
			'発売',
			// "共同サービスを2026年7月に始める", "…を試作するサービスを始める": a service begun on its month.
			'に始める',
			'サービスを始め',
			'提供を始め',
			'提供を開始',
			'提供開始',
			'稼働を始め',
			'稼働を開始',
			'稼働',
			'開業',
			'公開',
			'リリース',
			'投入',
			'ローンチ',
			'始動',
			'開設',
			'新設',
			'拠点を開く',
			'拠点を開き',
			'量産を始め',
			'量産を開始',
			'量産開始',
			'出荷を始め',
			'出荷を開始',
			'出荷開始',
			'出荷する',
			'量産出荷',
			'生産を始め',
			'生産を開始',
			'提供を広げ',
			'提供を拡大',
			'運用を始め',
			'運用を開始',
			'運用開始',
			'サービスを開始',
			'開始',
			'提供します',
			'提供する',
			'提供を始める',
			'launch',
			'launched',
			'unveiled',
			'released',
		],
		60,
	),
	action(
		'personnel',
		'personnel',
		['就任', '退任', '辞任', '任命', '選任', '社長交代', 'CEO交代', '昇格', '昇任', '起用する', '起用した', '人事を発表', '人事も発表', '人事異動', '異動', '役員人事', 'appointed', 'resigned', 'steps down'],
		60,
	),
	action('legal', 'legal', ['提訴', '訴訟', '訴え', '和解', '罰金', '制裁金', '課徴金', '排除措置命令', '立ち入り検査', '立入検査', '独占禁止法', '差し止め', '裁判', '審理', '評決', '判決', 'lawsuit', 'sued', 'antitrust'], 60),
	action(
		'restructuring',
		'restructuring',
		[
			'リストラ',
			'撤退',
			'事業売却',
			'分社化',
			'スピンオフ',
			'組織改正',
			'組織変更',
			'会社分割',
			'吸収分割',
			'新設分割',
			'事業譲渡',
			'新会社に移管',
			'子会社に移管',
			'再編',
			'閉鎖',
			'生産を停止',
			'生産停止',
			'生産を終了',
			// "液晶パネルの生産を8月末で終える", "個人向けの出荷を2月末で終了する": an end, when what ends is made, sold or served (events.ts).
			'終了する',
			'終了した',
			'終了します',
			'終了いたします',
			'終える',
			'終えた',
			'打ち切る',
			'打ち切った',
			'早期退職',
			'人員を削減',
			'人を削減',
			'spin off',
		],
		62,
	),
	action('listing', 'other', ['上場', 'IPO', '新規株式公開'], 50),
	action('construction', 'investment', ['着工', '建設を始め', '建設を開始', '建設に着手', '起工'], 55),
	action('certification', 'other', ['認定', '認証を取得', '採択され', '選定され', '承認を得', '認可'], 45),
	action('buyback', 'other', ['自社株買い', '自己株式の取得', '自己株買い', '自己株式取得', 'share buyback', 'buyback'], 55),
	action('delay', 'other', ['延期', 'ずれ込', '前倒し'], 65),
	// "予想を7,000億円に引き上げた", "価格を1割引き下げる": a company changes a number it sets.
	action('raise', 'other', ['引き上げ', '引き下げ'], 35),
	// "米国法人を設立する": a company it founds (a profile's 設立：2014年3月 is no event).
	action('founding', 'other', ['を設立', '設立を予定'], 50),
	action('meeting', 'other', ['見直し', '見直', '開いた', '開催', '説明会', '会議', '表明', '実施'], 40),
	action('announce', 'other', ['発表', '公表', '明らかに', 'announced', 'announces'], 20),

	// ---- research firms
	{
		id: 'synergy',
		words: ['Synergy Research Group', 'Synergy Research', 'シナジー・リサーチ・グループ', 'シナジーリサーチグループ', 'シナジー・リサーチ', 'シナジー', 'Synergy'],
		priority: 50,
		firm: 'Synergy Research Group',
		shortForms: ['シナジー', 'Synergy'],
	},
	{id: 'canalys', words: ['Canalys', 'カナリス'], priority: 50, firm: 'Canalys'},
	{id: 'idc-japan', words: ['IDC Japan', 'IDCジャパン'], priority: 50, firm: 'IDC Japan'},
	{id: 'idc', words: ['IDC'], priority: 50, firm: 'IDC'},
	{id: 'similarweb', words: ['Similarweb', 'シミラーウェブ'], priority: 50, firm: 'Similarweb'},
	{id: 'sensor-tower', words: ['Sensor Tower', 'センサータワー'], priority: 50, firm: 'Sensor Tower'},
	{id: 'statcounter', words: ['StatCounter'], priority: 50, firm: 'StatCounter'},
	{id: 'bcn', words: ['BCN'], priority: 50, firm: 'BCN', caseSensitive: true},
	{id: 'tsr', words: ['東京商工リサーチ'], priority: 50, firm: '東京商工リサーチ'},
	{id: 'tdb', words: ['帝国データバンク'], priority: 50, firm: '帝国データバンク'},
	{id: 'itr', words: ['ITR'], priority: 50, firm: 'ITR', caseSensitive: true},
	{id: 'jeita', words: ['JEITA', '電子情報技術産業協会'], priority: 50, firm: 'JEITA'},
	{id: 'seaj', words: ['SEAJ', '日本半導体製造装置協会'], priority: 50, firm: 'SEAJ'},
	{id: 'gartner', words: ['Gartner', 'ガートナー'], priority: 50, firm: 'Gartner'},
	{id: 'trendforce', words: ['TrendForce', 'トレンドフォース'], priority: 50, firm: 'TrendForce'},
	{id: 'counterpoint', words: ['Counterpoint Research', 'Counterpoint', 'カウンターポイント・リサーチ', 'カウンターポイント'], priority: 50, firm: 'Counterpoint Research'},
	{id: 'omdia', words: ['Omdia', 'オムディア'], priority: 50, firm: 'Omdia'},
	{id: 'mm-research', words: ['MM総研'], priority: 50, firm: 'MM総研'},
	{id: 'fuji-chimera', words: ['富士キメラ総研'], priority: 50, firm: '富士キメラ総研'},
	{id: 'yano', words: ['矢野経済研究所'], priority: 50, firm: '矢野経済研究所'},
	{id: 'fuji-keizai', words: ['富士経済'], priority: 50, firm: '富士経済'},
	{id: 'mic', words: ['ミック経済研究所'], priority: 50, firm: 'ミック経済研究所'},
	{id: 'techcet', words: ['TECHCET', 'テックセット'], priority: 50, firm: 'TECHCET'},
	{id: 'delloro', words: ["Dell'Oro Group", "Dell'Oro", 'デローロ'], priority: 50, firm: "Dell'Oro Group"},
	{id: 'jon-peddie', words: ['Jon Peddie Research', 'ジョン・ペディ・リサーチ'], priority: 50, firm: 'Jon Peddie Research'},
	{id: 'ic-insights', words: ['IC Insights'], priority: 50, firm: 'IC Insights'},
	{id: 'prismark', words: ['Prismark', 'プリズマーク'], priority: 50, firm: 'Prismark'},
	{id: 'tsr-techno', words: ['テクノ・システム・リサーチ', 'Techno Systems Research'], priority: 50, firm: 'Techno Systems Research'},
	{id: 'techinsights', words: ['TechInsights', 'テックインサイツ'], priority: 50, firm: 'TechInsights'},
	{id: 'strategy-analytics', words: ['Strategy Analytics', 'ストラテジー・アナリティクス'], priority: 50, firm: 'Strategy Analytics'},
	{id: 'yole', words: ['Yole', 'ヨール'], priority: 50, firm: 'Yole Group'},
	{id: 'semi', words: ['SEMI'], priority: 50, firm: 'SEMI', caseSensitive: true},
	{id: 'wsts', words: ['WSTS', '世界半導体市場統計'], priority: 50, firm: 'WSTS'},
];

const scannerOf = (entries: readonly LexiconEntry[]) => new WordScanner(entries.flatMap(entry => entry.words.map(text => ({text: text.normalize('NFKC'), entry, caseSensitive: entry.caseSensitive ?? false}))));
const scanner = scannerOf(lexicon);
const firmScanner = scannerOf(lexicon.filter(entry => entry.firm !== undefined));

/** Every lexicon word in a (normalised) sentence, in order. */
export function scanLexicon(text: string): Array<WordHit<LexiconEntry>> {
	return scanner.scan(text);
}

/** The research firms a (normalised) sentence names: every sentence needs them, few need the whole lexicon. */
export function scanFirms(text: string): Array<WordHit<LexiconEntry>> {
	return firmScanner.scan(text);
}

export type LexiconHit = WordHit<LexiconEntry>;
