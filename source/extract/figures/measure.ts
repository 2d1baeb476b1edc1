import type {FigureKind} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import {clauseAt, inClosedAside, publicActor, type SentenceFacts} from '../analysis.js';
import {lexicon, type Comparison, type LexiconHit, type MeasureCue} from '../lexicon.js';
import type {MeasureChoice, ReadingState} from './types.js';

// What a number measures, by an ordered list of named strategies: the first that finds a measure
// wins. Each is a plain function of the sentence, so a rule can be read and tested on its own.

type UnitClass = 'money' | 'percent' | 'points' | 'count';

export function unitClass(quantity: Quantity): UnitClass {
	if (quantity.unit === '%') return 'percent';
	if (quantity.unit === 'pt') return 'points';
	if (quantity.unit === 'count') return 'count';
	return 'money';
}

const stockCue: MeasureCue = lexicon.find(entry => entry.id === 'share-price')!.measure!;
const fundingCue: MeasureCue = lexicon.find(entry => entry.id === 'funding')!.measure!;
const researchCue: MeasureCue = lexicon.find(entry => entry.id === 'research')!.measure!;
const capexCue: MeasureCue = lexicon.find(entry => entry.id === 'capex')!.measure!;
// "研究開発に1兆5,000億円を投じる", "設備投資に総額95億円を充てる": money put into research or plant is that spending.
/**
 * "2025年の設備投資額は1,310億ドルと…増えたが、CFOは2026年に約2,000億ドルを投じる計画": money put in after the
 * sentence spoke of plant spending, going nowhere the clause names, is more of it.
 */
function capexGoesOn(facts: SentenceFacts, quantity: Quantity, choice: MeasureChoice): boolean {
	if (choice.cue.kind !== 'investment' || !choice.hit || choice.hit.start < quantity.end || !/^投じ/.test(choice.hit.text)) return false;
	const clause = clauseAt(facts, quantity.start);
	if (!facts.words.some(hit => hit.entry.measure?.kind === 'capex' && hit.end <= clause[0])) return false;
	// The clause with its periods and their particles ("2026年に") blanked out.
	const before = facts.periods
		.filter(period => period.start >= clause[0] && period.end <= quantity.start)
		.reduce((text, period) => text.slice(0, period.start - clause[0]) + ' '.repeat(period.end - period.start) + text.slice(period.end - clause[0]), facts.normalized.slice(clause[0], quantity.start))
		.replace(/ +(?:には|までに|に)/g, ' ');
	return !/[にへ]/.test(before.replace(/^[^、]*?(?:は|が)/, '')) && !facts.mentions.some(mention => mention.start > clause[0] && mention.start < quantity.start && mention.role === 'recipient');
}

const spentOn = /(?<use>研究開発|設備投資)(?:費)?に\s?(?:約|総額|計|最大|合計)?\s?$/;
const sharePriceCue: MeasureCue = lexicon.find(entry => entry.id === 'share-price-level')!.measure!;
const jobCutsCue: MeasureCue = lexicon.find(entry => entry.id === 'job-cuts')!.measure!;
const retirementCue: MeasureCue = lexicon.find(entry => entry.id === 'voluntary-retirement')!.measure!;
const valuationCue: MeasureCue = lexicon.find(entry => entry.id === 'valuation')!.measure!;

const counters: Partial<Record<FigureKind, RegExp>> = {
	customers: /^(?:社|件|団体|組織)$/,
	users: /^(?:人|名|アカウント|口座|回線)$/,
	headcount: /^(?:人|名)$/,
	stake: /^株$/,
	// Units shipped or delivered are counted in 台; so are servers and chips, which are capacity and no figure.
	other: /^台$/,
};

function hitsBetween(facts: SentenceFacts, start: number, end: number, test: (hit: LexiconHit) => boolean): LexiconHit[] {
	return facts.words.filter(hit => hit.start >= start && hit.end <= end && test(hit));
}

/** The direction word right after a number ("56%増", "3.2%安", "2ポイント低下"), or before it in English ("fell 4%"). */
export function directionOf(facts: SentenceFacts, quantity: Quantity): 'up' | 'down' | null {
	// "700円(24.2%)安": the direction after the bracket the number closes.
	const after = facts.words.find(hit => hit.start >= quantity.end && hit.start <= quantity.end + 3 && (hit.entry.marker === 'up' || hit.entry.marker === 'down'));
	if (after && /^[)）]?\s?[のとにで]?$/.test(facts.normalized.slice(quantity.end, after.start).trim())) return after.entry.marker as 'up' | 'down';
	const before = facts.words.findLast(hit => hit.end <= quantity.start && hit.end >= quantity.start - 4 && (hit.entry.marker === 'up' || hit.entry.marker === 'down') && /^[A-Za-z]/.test(hit.text));
	return before ? (before.entry.marker as 'up' | 'down') : null;
}

/** The comparison a clause makes before a number: 前年同期比 (a year), 前四半期比 (a quarter), 前日比 (a day). */
export function comparisonOf(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): Comparison | null {
	const hit = facts.words.findLast(word => word.entry.comparison !== undefined && word.start >= clause[0] && word.end <= quantity.start);
	if (hit) return hit.entry.comparison!;
	// "4〜6月期の3,420億円から31%増えた", "4〜6月期と比べると8%減った": a quarter named as the base is the quarter before.
	const base = facts.normalized.slice(clause[0], quantity.start);
	if (/前四半期(?:\([^)]*\))?(?:の[^、]*)?(?:から|と比べ|に比べ)|前四半期\([^)]*\)比/.test(base)) return 'quarter';
	if (/前年同期\([^)]*\)比/.test(base)) return 'year';
	if (/前年同(?:期|月)(?:の[^、]*)?(?:から|と比べ|に比べ)|前年(?:の[^、]*)?(?:から|と比べ|に比べ)/.test(base)) return 'year';
	const named = facts.periods.findLast(
		period => period.start >= clause[0] && period.end <= quantity.start && /^(?:連結会計期間|会計期間)?\)?(?:の[^、]*?)?(?:から|と比べ|に比べ|より|比)/.test(facts.normalized.slice(period.end, quantity.start)),
	);
	// "第2四半期連結会計期間に比べ8.9%増加", "第1四半期（4〜6月）比で15.2%増加": so is a quarter named by its number.
	if (named?.raw.type === 'months' && (named.raw.toMonth - named.raw.fromMonth + 12) % 12 === 2) return 'quarter';
	if ((named?.raw.type === 'part' || named?.raw.type === 'fiscal-year' || named?.raw.type === 'nendo' || named?.raw.type === 'calendar') && /^Q[1-4]$/.test(named.raw.part)) return 'quarter';
	// "2025年12月の116億ドルと比べると4.2%減った" in a month's report: a month named as the base is the month before.
	if (named?.raw.type === 'month' && !/前年|昨年/.test(facts.normalized.slice(Math.max(clause[0], named.start - 4), named.start))) return 'month';
	return null;
}

/**
 * A change rather than a level: a direction word after it, a sign, or a multiple of a base. A
 * comparison alone is a ratio: "受注高は前年同期比97%" is 97% of last year's, not growth.
 */
function isChange(facts: SentenceFacts, quantity: Quantity): boolean {
	return quantity.signed || quantity.multiple || directionOf(facts, quantity) !== null;
}

/** "売上高に占める…比率", "売上高全体の57%を占めた", "売上高の11%": a part of the measure, not its change. */
const partOfNear = (facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]) =>
	hitsBetween(facts, clause[0], Math.min(clause[1], quantity.end + 6), hit => hit.entry.marker === 'part-of').length > 0 ||
	facts.words.some(hit => hit.entry.measure !== undefined && hit.end <= quantity.start && /^(?:全体)?の\s?(?:約)?$/.test(facts.normalized.slice(hit.end, quantity.start))) ||
	/全体の\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 6), quantity.start));

/** How a number relates to a measure, or null when it cannot be that measure. */
function roleFor(cue: MeasureCue, facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): MeasureChoice['role'] | null {
	const units = cue.units;
	switch (unitClass(quantity)) {
		case 'money':
			return units.includes('money') ? 'level' : null;
		case 'count': {
			if (!units.includes('count')) return null;
			const fits = counters[cue.kind];
			if (quantity.counter === '台' && cue.label !== '出荷台数') return null;
			return !fits || quantity.counter === null || fits.test(quantity.counter) || cue.counters?.includes(quantity.counter) ? 'level' : null;
		}

		case 'points':
			return units.includes('percent') && cue.kind !== 'stake' ? 'points' : null;
		case 'percent': {
			// "シェア14%、前年同期比3%増": a share moves in points; a change in per cent after it is of the volume shipped.
			if (cue.kind === 'market_share' && /^\s?(?:増|減)/.test(facts.normalized.slice(quantity.end, quantity.end + 2)) && comparisonOf(facts, quantity, clause) !== null) return null;
			if (units.includes('percent')) return 'level';
			if (partOfNear(facts, quantity, clause)) return cue.kind === 'revenue' ? 'part' : null;
			// A deal has no growth: "資金調達をめぐる報道を受けて5%安" is a share price.
			return cue.family !== 'deal' && isChange(facts, quantity) ? 'growth' : null;
		}
	}
}

function choose(cue: MeasureCue, hit: LexiconHit | null, facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], strategy: string): MeasureChoice | null {
	const role = roleFor(cue, facts, quantity, clause);
	if (!role) return null;
	return {cue, hit, role, comparison: role === 'growth' || cue.kind === 'revenue_growth' ? comparisonOf(facts, quantity, clause) : null, strategy};
}

/**
 * "税費用の影響を除くと": a measure named to be left out is not what the number measures; "GPUサーバーの
 * 調達" is buying servers, not raising funds.
 */
const excluded = (facts: SentenceFacts, hit: LexiconHit) =>
	// "買収関連の費用などを除く調整後ベースで": every word of what is left out.
	/^[^、。はがを]{0,12}?を除/.test(facts.normalized.slice(hit.end, hit.end + 16)) ||
	(hit.entry.id === 'funding' && hit.text === '調達' && /[^\d資金]の$/.test(facts.normalized.slice(Math.max(0, hit.start - 2), hit.start))) ||
	// "シェア（売上高ベース）では": the measure a share is reckoned in is not what the number measures.
	/^\s?ベース\s?[)）]/.test(facts.normalized.slice(hit.end, hit.end + 5)) ||
	// "保有資産に対する純負債の比率": assets held, no stake.
	(hit.entry.id === 'stake' && hit.text === '保有' && /^(?:する)?(?:資産|現金|資金|技術|特許)/.test(facts.normalized.slice(hit.end, hit.end + 5)));

const measures = (facts: SentenceFacts) => facts.words.filter(hit => hit.entry.measure !== undefined && !excluded(facts, hit));

/** "税費用の影響を除くと7.12ドル": the same measure, adjusted. */
export const adjusting = /除く|除いた|除外|調整後|Non-GAAP|non-GAAP|特殊要因/i;

interface StrategyInput {
	readonly facts: SentenceFacts;
	readonly quantity: Quantity;
	readonly clause: readonly [number, number];
	readonly state: ReadingState;
	/** Whether an entity (company or segment) is named in the number's clause before it. */
	readonly ownerNamed: boolean;
	/** Whether the number is tied to the figure before it: a period, an earlier value or a comparison. */
	readonly linked: boolean;
	/** Whether it is an earlier value ("前年同期の44%", "370億円から340億円に": 370億円). */
	readonly prior: boolean;
	/** What the numbers before it in the sentence measure. */
	readonly earlier: ReadonlyArray<{readonly quantity: Quantity; readonly choice: MeasureChoice}>;
}

type Strategy = (input: StrategyInput) => MeasureChoice | null;

/** "3.2%安", "7%高", "ストップ高": a percentage that moved a share price. */
/** "一時12%安まで下げ": a level touched during a trading session, which only a share price is. */
export const touchedInSession = (facts: SentenceFacts, quantity: Quantity) => /一時\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 3), quantity.start));

/** "首位", "3位": a sentence that ranks a company. */
export const rankWord = /首位|\d位/;

const stockMove: Strategy = ({facts, quantity, clause, state}) => {
	if (unitClass(quantity) !== 'percent') return null;
	// "GOOGL株は+6%": a signed move right after the shares.
	if (quantity.signed && /株(?:価)?(?:は|が|も)\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 6), quantity.start))) return {cue: stockCue, hit: null, role: 'level', comparison: 'day', strategy: 'stock move'};
	// "・アドバンテスト <6857>　+5.6%", "ソシオネクスト <6526>　ストップ安（-16.3%）": a signed percentage right after a
	// listed company's code, as market flashes list the day's movers.
	if (quantity.signed && facts.mentions.some(mention => mention.start >= clause[0] && /^\s?<[0-9][0-9A-Z]{3}>\s?(?:\[[^[\]]{1,8}\])?\s?(?:ストップ(?:高|安)\s?[(（]\s?)?$/.test(facts.normalized.slice(mention.end, quantity.start))))
		return {cue: stockCue, hit: null, role: 'level', comparison: 'day', strategy: 'stock move'};
	// "AH（時間外）では一時-4%": a signed percentage in a trading session names no other measure.
	if (
		quantity.signed &&
		facts.words.some(hit => hit.entry.marker === 'stock-market' && hit.start >= clause[0] && hit.end <= quantity.start) &&
		!facts.words.some(hit => hit.entry.measure && hit.entry.id !== 'share-price' && hit.start >= clause[0] && hit.end <= quantity.start)
	) {
		return {cue: stockCue, hit: null, role: 'level', comparison: 'day', strategy: 'stock move'};
	}
	// "前日比150円(5.2%)高": the direction after the bracket.
	const gap = /^\s?[)）]?\s?/.exec(facts.normalized.slice(quantity.end))![0].length;
	const direction = facts.words.find(hit => hit.start >= quantity.end && hit.start <= quantity.end + gap + 1 && (hit.entry.marker === 'up' || hit.entry.marker === 'down'));
	// The figure before was a stock move in this paragraph: "12月17日にも…5%安となった".
	const continued = state.last?.measure.cue.family === 'stock' && state.last.block === facts.sentence.block;
	// "東京エレクトロンが7%安": a company just before the move, as market reports list them.
	const company = facts.mentions.some(
		mention =>
			mention.start >= clause[0] && mention.end <= quantity.start && /^(?:<[^<>]{1,10}>|[(（][^()（）]{1,20}[)）])?\s?(?:株)?(?:が|は|も)\s?(?:一時)?\s?(?:前日比|前営業日比)?\s?$/.test(facts.normalized.slice(mention.end, quantity.start)),
	);
	// "クアルコム株は一時10%下げた": a verb of rising or falling, where the clause's subject is the shares, or a company
	// listed among the moves before it ("…0.4%安と反落した。村田製作所も3%下げ").
	const sharesMoved = direction && /^(?:上げ|下げ|上が|下が)$/.test(direction.text) && (/株(?:価)?(?:は|が|も)/.test(facts.normalized.slice(clause[0], quantity.start)) || (continued && company));
	if (!direction || (!sharesMoved && !/^[高安]$|^(?:上昇|下落|値上がり|値下がり|急騰|急落)$/.test(direction.text))) return null;
	// "高い", "安く": an adjective, not a move.
	if (/^[いくめ値]/.test(facts.normalized.slice(direction.end, direction.end + 1))) return null;
	// "反落し、一時5.6%安", "ストップ高の17.2%高まで買われ": the words of a market report say a share price moved.
	const market =
		continued ||
		facts.words.some(hit => hit.entry.marker === 'stock-market' || hit.entry.comparison === 'day') ||
		/株|反落|反発|続伸|続落|急伸|ストップ(?:高|安)|買われ|売られ|年初来|上場来/.test(facts.normalized) ||
		touchedInSession(facts, quantity);
	return market || company ? {cue: stockCue, hit: null, role: 'level', comparison: 'day', strategy: 'stock move'} : null;
};

/**
 * "…高の4,700円で取引を終えた", "終値は1万8,055円": a share price in yen or dollars, where a market report
 * writes it. A change in yen ("1,150円（2.5%）高") is no price.
 */
const sharePrice: Strategy = ({facts, quantity, clause, state}) => {
	if (unitClass(quantity) !== 'money') return null;
	const before = facts.normalized.slice(Math.max(clause[0], quantity.start - 8), quantity.start);
	const after = facts.normalized.slice(quantity.end, quantity.end + 12);
	if (/^\s?(?:[(（][^()（）]{0,12}[)）])?\s?(?:高|安|値上がり|値下がり|上昇|下落|の上昇|の下落|増|減)/.test(after)) return null;
	// "ストップ高の1,482円に張り付き、買い気配のまま": a price bid or asked (気配) is no trade.
	if (/気配/.test(facts.normalized.slice(quantity.end))) return null;
	const placed = /(?:[高安]の|終値は?|始値は?|株価は|株価が|高値は?|安値は?|上場来高値の|年初来高値の)\s?(?:一時)?\s?$/.test(before) || /^\s?(?:で取引を終え|で引け|まで上昇|まで下落|まで買われ|まで売られ|をつけ)/.test(after);
	const market =
		// "6.4%安の1万320円まで": a price after a move in per cent is a share's, whatever else the sentence names.
		/\d\s?%\s?[高安]の\s?(?:一時)?\s?$/.test(before) ||
		facts.words.some(hit => hit.entry.marker === 'stock-market') ||
		/株(?!式会社)|ストップ高|ストップ安|制限値幅/.test(facts.normalized) ||
		(state.last?.measure.cue.family === 'stock' && state.last.block === facts.sentence.block);
	return placed && market ? {cue: sharePriceCue, hit: null, role: 'level', comparison: null, strategy: 'share price'} : null;
};

// "約1,300人の人員を削減する", "約600人を削減すると通知した": the number of people, then the cut.
const cutAfter = /^\s?(?:弱|強|超|程度|規模)?\s?(?:の(?:人員|従業員|社員|雇用|職員)を|を)\s?(?:削減|減ら|解雇)/;

/** "約1,500人の人員削減", "従業員を2万4,000人削減", "約1,300人の人員を削減", "1,500人の希望退職": people cut or asked to leave, whatever staff word stands before them. */
const peopleCut: Strategy = ({facts, quantity}) => {
	if (quantity.unit !== 'count' || (quantity.counter !== '人' && quantity.counter !== '名')) return null;
	const cut = facts.words.find(hit => (hit.entry.measure === jobCutsCue || hit.entry.measure === retirementCue) && hit.start >= quantity.end && /^\s?(?:の|を)?\s?$/.test(facts.normalized.slice(quantity.end, hit.start)));
	if (cut) return {cue: cut.entry.measure!, hit: cut, role: 'level', comparison: null, strategy: 'people cut'};
	return cutAfter.test(facts.normalized.slice(quantity.end, quantity.end + 16)) ? {cue: jobCutsCue, hit: null, role: 'level', comparison: null, strategy: 'people cut'} : null;
};

const shareCue: MeasureCue = lexicon.find(entry => entry.id === 'market-share')!.measure!;

/**
 * "売上高ランキングでは、サムスン電子が32.4%で首位、SKハイニックスが21.0%": percentages of a ranking of sales
 * are shares of them, when nothing says they moved.
 */
const rankedShare: Strategy = ({facts, quantity, clause}) => {
	// "ベンダー別では、富士通が24.3%で首位", "3位はデルの15.2%": a percentage that ranks a company, no other measure named.
	const ranked = ranks(facts, quantity, clause) && !measures(facts).some(hit => hit.start < quantity.end + 12);
	if (quantity.unit !== '%' || (!ranked && (!/ランキング/.test(facts.normalized.slice(0, quantity.start)) || !rankWord.test(facts.normalized)))) return null;
	if (measures(facts).some(hit => hit.entry.measure!.units.includes('percent') && hit.end <= quantity.start) || isChange(facts, quantity)) return null;
	return isChange(facts, quantity) ? null : choose(shareCue, null, facts, quantity, clause, 'ranked share');
};

/** "国内IaaS/PaaS市場ではAWSが38.5%、Microsoft Azureが21.0%": a company's percentage in a market, no measure named, is its share. */
const shareInMarket: Strategy = ({facts, quantity, clause}) => {
	if (quantity.unit !== '%' || isChange(facts, quantity) || partOfNear(facts, quantity, clause) || measures(facts).length > 0) return null;
	// Not "東京株式市場では…": where shares trade holds no one's share.
	const market = /(?<!株式|東京|米国|債券|為替|金融|[\s、,。])市場(?:で|において)?は[、,]?/.exec(facts.normalized.slice(0, quantity.start));
	if (!market) return null;
	const named = facts.mentions.some(mention => mention.start >= market.index + market[0].length && mention.end <= quantity.start && /^\s?(?:が|は)\s?(?:約)?\s?$/.test(facts.normalized.slice(mention.end, quantity.start)));
	return named ? choose(shareCue, null, facts, quantity, clause, 'share in a market') : null;
};

/**
 * "2位は韓国サムスン電子で730億ドル", "3位のSKハイニックスは前年比37%増の610億ドル": in a research firm's ranking, a
 * ranked company's number that names no measure is of the measure ranked by, or its change.
 */
const rankingMeasure: Strategy = ({facts, quantity, clause, state}) => {
	const ranking = state.ranking;
	if (!ranking || !ranks(facts, quantity, clause) || measures(facts).some(hit => hit.start >= clause[0] && hit.end <= quantity.start)) return null;
	const money = quantity.unit !== '%' && quantity.unit !== 'pt' && quantity.unit !== 'count';
	if (money ? !ranking.cue.units.includes('money') : quantity.unit !== '%' || !isChange(facts, quantity) || !ranking.cue.growthKind) return null;
	return choose(ranking.cue, null, facts, quantity, clause, 'ranking');
};

const buybackCue: MeasureCue = {kind: 'other', family: 'deal', units: ['count', 'money', 'percent'], label: '自己株式取得'};
/** A sentence about a company buying back its own shares ("自社株買い", "自己株式の取得"). */
export const tellsBuyback = (facts: SentenceFacts): boolean => facts.words.some(hit => hit.entry.id === 'buyback');

/**
 * "取得総額1,000億円、取得株数3,800万株（発行済み株式総数の2.1%）を上限とする自社株買い": what a company buys back of
 * its own shares, its amount and its part of the shares out, is none of a stake, an investment or a limit.
 */
const buyback: Strategy = ({facts, quantity, clause}) => {
	// "取得する株式の総数の上限は600万株で、自己株式を除く発行済株式総数に対する割合は1.31%": its own shares named, none held.
	const ownShares = /自己株式|自社株/.test(facts.normalized) && !/保有/.test(facts.normalized);
	if (!(tellsBuyback(facts) || ownShares) || quantity.counter === '株') return null;
	const before = facts.normalized.slice(Math.max(clause[0], quantity.start - 14), quantity.start);
	const after = facts.normalized.slice(quantity.end, quantity.end + 12);
	const amount = unitClass(quantity) === 'money' && (/(?:取得(?:価額|価格)?の?総額|総額)\s?$/.test(before) || /^\s?(?:を上限|の自社株買い|の自己株式|規模の自社株|分の自社株)/.test(after));
	const part = quantity.unit === '%' && (/発行済み?株式(?:総数)?(?:[^、。%]{0,6}?の|に対する(?:割合|比率)は)\s?$/.test(before) || /^\s?(?:[)）])?\s?(?:に(?:あたる|相当))/.test(after));
	return amount || part ? {cue: buybackCue, hit: null, role: 'level', comparison: null, strategy: 'buyback'} : null;
};

/** "1億6,000万株を取得": shares a holder gets are a stake. */
const sharesCount: Strategy = ({facts, quantity}) => {
	if (quantity.counter !== '株') return null;
	// "取得株式数7,000万株を上限とする自己株式の取得": a company buying back its own shares holds no stake in anyone.
	if (/自己株式|自社株/.test(facts.normalized)) return {cue: buybackCue, hit: null, role: 'level', comparison: null, strategy: 'shares'};
	const stake = measures(facts).find(hit => hit.entry.measure!.kind === 'stake' && hit.start >= quantity.end);
	return stake || /ワラント|新株予約権|取得|保有/.test(facts.normalized.slice(quantity.end))
		? {cue: stake?.entry.measure ?? {kind: 'stake', family: 'deal', units: ['count'], label: '出資比率'}, hit: stake ?? null, role: 'level', comparison: null, strategy: 'shares'}
		: null;
};

/** "4,400億円の投資", "20億ドルの出資を発表", "1兆4,000億ドルの計算資源の確保": the measure named right after の. */
const measureAfterNo: Strategy = ({facts, quantity, clause}) => {
	const rest = facts.normalized.slice(quantity.end, quantity.end + 12);
	const offset = /^\s?(?:[(（][^()（）]*[)）])?\s?の/.exec(rest)?.[0].length;
	if (offset === undefined) return null;
	const hit = measures(facts).find(
		word => word.start === quantity.end + offset || (word.start > quantity.end + offset && word.start <= quantity.end + offset + 6 && /^[^\d、。]*$/.test(facts.normalized.slice(quantity.end + offset, word.start))),
	);
	if (!hit) return null;
	// "年150億円の営業利益押し上げ", "50億円の営業利益の改善効果": what the amount adds to a measure, not its level.
	const effect = /^\s?の?\s?(?<word>押し上げ|押し下げ|上乗せ|改善効果|増益効果|減益効果|下押し)/.exec(facts.normalized.slice(hit.end, hit.end + 8))?.groups?.['word'];
	if (effect && hit.entry.measure!.family === 'flow') return choose({...hit.entry.measure!, kind: 'other', label: `${hit.entry.measure!.label}${effect}`}, hit, facts, quantity, clause, 'measure after の');
	// "純利益は7,188万円（前年同期は1億2,130万円の損失）": a loss in a bracket is the bracketed number's own measure, negative.
	const annotated = hit.entry.measure!.negative && /[(（]\s?(?:前年同期|前期|前年)は\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 8), quantity.start));
	const before = annotated ? measures(facts).findLast(word => word.end <= quantity.start && word.entry.measure!.family === 'flow' && word.entry.measure!.units.includes('money')) : undefined;
	if (before) return choose(before.entry.measure!, before, facts, quantity, clause, 'measure after の');
	return choose(hit.entry.measure!, hit, facts, quantity, clause, 'measure after の');
};

/**
 * "AWSが30%、マイクロソフトが21%、グーグルが13%のシェアを握った": each company's number in an enumeration is of the
 * measure named after the last one.
 */
const enumeratedBeforeMeasure: Strategy = ({facts, quantity, clause}) => {
	const namedBefore = (value: Quantity) => facts.mentions.find(mention => mention.end <= value.start && /^\s?(?:が|は)\s?(?:約|ほぼ)?\s?$/.test(facts.normalized.slice(mention.end, value.start)));
	if (!namedBefore(quantity)) return null;
	let last = quantity;
	for (const next of facts.quantities) {
		if (next.start < last.end || next.unit !== quantity.unit) continue;
		const owner = namedBefore(next);
		if (!owner || owner.start < last.end || !/^\s?[、,]\s?[^、,。\d]{0,6}$/.test(facts.normalized.slice(last.end, owner.start))) break;
		last = next;
	}

	if (last === quantity) return null;
	const after = /^\s?の\s?/.exec(facts.normalized.slice(last.end, last.end + 4));
	const hit = after ? measures(facts).find(word => word.start === last.end + after[0].length) : undefined;
	return hit ? choose(hit.entry.measure!, hit, facts, quantity, clause, 'enumerated before its measure') : null;
};

/** "上期1,400億円、下期1,600億円という売上高の配分": the amounts a measure is told as, named after them with という. */
const measureAfterToiu: Strategy = ({facts, quantity, clause}) => {
	const told = /^(?:\s?[、,]\s?[^、。をがは]{0,12}?)*\s?という\s?/.exec(facts.normalized.slice(quantity.end, quantity.end + 40));
	if (!told) return null;
	const hit = measures(facts).find(word => word.start === quantity.end + told[0].length);
	return hit ? choose(hit.entry.measure!, hit, facts, quantity, clause, 'measure after という') : null;
};

/** "5,000億円を設備投資に充てる", "1兆円を研究開発費に": the measure the amount is put to, right after it. */
const measureAfterObject: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money') return null;
	const rest = facts.normalized.slice(quantity.end, clause[1]);
	const object = /^\s?(?:[(（][^()（）]*[)）])?\s?(?:を|分を)\s?/.exec(rest);
	if (!object) return null;
	const hit = measures(facts).find(word => word.start === quantity.end + object[0].length && /^(?:に|へ)/.test(facts.normalized.slice(word.end, word.end + 1)));
	return hit ? choose(hit.entry.measure!, hit, facts, quantity, clause, 'measure after を') : null;
};

/** "300億ドルを追加出資", "280億ドル分購入", "230億ドルを調達", "4,000億円を充て": a deal's verb after its amount. */
const dealVerbAfter: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money' && unitClass(quantity) !== 'percent') return null;
	const end = facts.normalized.indexOf('。', quantity.end);
	const limit = Math.min(end === -1 ? facts.normalized.length : end, quantity.end + 60);
	const next = measures(facts).find(hit => hit.start >= quantity.end && hit.start < limit);
	if (!next || next.entry.measure!.family !== 'deal') return null;
	// Only words and other amounts of the same enumeration between: "Xが40億ドル、Yが90億ドルを出資".
	if (/[。]/.test(facts.normalized.slice(quantity.end, next.start))) return null;
	// Not "760億円で、米国のデータセンター投資が追い風になった": a deal named as the subject of another clause is a cause, no verb of the amount.
	if (/[、,]/.test(facts.normalized.slice(quantity.end, next.start)) && /^\s?(?:が|も|は)/.test(facts.normalized.slice(next.end, next.end + 2))) return null;
	return choose(next.entry.measure!, next, facts, quantity, clause, 'deal verb after');
};

/** "…の売却で5,000億ドルと評価された": an amount a company is valued at, whatever way the value was set. */
const valuedAt: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money' || !/^\s?(?:と|に)評価(?:され|を受け)/.test(facts.normalized.slice(quantity.end, quantity.end + 10))) return null;
	return choose(valuationCue, null, facts, quantity, clause, 'valued at');
};

const pricePerShareCue: MeasureCue = {kind: 'other', family: 'deal', units: ['money'], label: '1株の価格'};

/** "660万株を1株4,210円で取得する", "1株当たり16ドルを現金で支払う": the price a share is bought at, where nothing else is measured a share. */
const pricePerShare: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money' || !/1株(?:につき|当たり|あたり)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 6), quantity.start))) return null;
	if (measures(facts).some(hit => hit.start >= clause[0] && hit.end <= quantity.start)) return null;
	return {cue: pricePerShareCue, hit: null, role: 'level', comparison: null, strategy: 'price per share'};
};

/** "2024年1月のシードラウンド（約45億円）", "シリーズA（3億ドル）": a round of funding, its amount in brackets after it. */
const roundInBrackets: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money' || !/(?:ラウンド|シリーズ[A-Z]\+?)\s?[(（]\s?(?:約|総額|計)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 14), quantity.start))) return null;
	return choose(fundingCue, null, facts, quantity, clause, 'round in brackets');
};

/** The measure named last before the number in its clause: "売上高が前年同期比56%増の548億ドル". */
const measureBefore: Strategy = ({facts, quantity, clause}) => {
	// "新規商談獲得額（…売上見込みベース）は2,400億円": a word in an aside before the number is not its measure.
	// "出資比率は払い込み後に約13%": a word that cannot measure this kind of number (払い込み is money) is passed over.
	const unit = unitClass(quantity);
	const fits = (word: LexiconHit) => unit === 'points' || word.entry.measure!.units.includes(unit === 'percent' ? 'percent' : unit);
	// "純負債の比率（LTV）は": an aside that is only the measure's short name names it all the same.
	const shortName = (word: LexiconHit) => /[(（]/.test(facts.normalized[word.start - 1] ?? '') && /[)）]/.test(facts.normalized[word.end] ?? '');
	// "AIサーバーの出荷拡大を背景に前年同月比25%増": what a phrase of cause names is not what the number measures.
	const cause = (word: LexiconHit) => /^[^、。はが]{0,8}?(?:を背景に|により|によって|が寄与し|が響き|が響いて|が押し上げ|が押し下げ)/.test(facts.normalized.slice(word.end, word.end + 18));
	const before = measures(facts).filter(word => word.start >= clause[0] && word.end <= quantity.start && !cause(word) && (shortName(word) || !inClosedAside(facts.normalized, word.start, quantity.start)));
	const last = before.at(-1);
	const hit = last && !fits(last) ? (before.findLast(fits) ?? last) : last;
	if (!hit) return null;
	// "評価額200億ドルで2億ドルを調達": the level's own amount stands between it and a deal's amount.
	const taken = facts.quantities.some(other => other !== quantity && other.ignore === null && other.start >= hit.end && other.end <= quantity.start && unitClass(other) === unitClass(quantity));
	// "追加出資で計1,300億円を調達": money raised is funding, whatever way it came.
	const raised = /^を?(?:追加)?(?:で)?調達/.test(facts.normalized.slice(quantity.end, quantity.end + 8));
	if (raised && ((taken && hit.entry.measure!.family === 'level') || hit.entry.measure!.kind === 'investment')) return null;
	return choose(hit.entry.measure!, hit, facts, quantity, clause, 'measure before');
};

/**
 * The measure of an earlier clause of the sentence: "売上高は42億ドルで、前年同期比30%増えた". A number
 * of the same unit in between claims it, unless this number names its own company or is tied to that one
 * ("AWSが32%、マイクロソフトが22%", "純利益は400億円で、4〜6月期の170億円から").
 */
const causeClause = /(?:が寄与し|が響き|が響いて|が効いて|が押し上げ|が押し下げ|により|によって|を背景に)[、,]$/;
const earlierClause: Strategy = ({facts, quantity, clause, ownerNamed, linked}) => {
	const earlier = facts.clauses.filter(([, end]) => end <= clause[0]).reverse();
	for (const range of earlier) {
		// "株の売却益が寄与し、GAAPベースでは2.10ドル": what a clause of cause names is not what the number measures.
		if (causeClause.test(facts.normalized.slice(range[0], range[1]))) continue;
		const hit = measures(facts).findLast(word => word.start >= range[0] && word.end <= range[1]);
		const sameUnit = facts.quantities.some(other => other !== quantity && other.ignore === null && unitClass(other) === unitClass(quantity) && other.start >= range[0] && other.start < range[1]);
		const alternative = adjusting.test(facts.normalized.slice(clause[0], quantity.start));
		if (hit) {
			if (sameUnit && !ownerNamed && !linked && !alternative) return null;
			return choose(hit.entry.measure!, hit, facts, quantity, clause, 'earlier clause');
		}

		if (sameUnit && !ownerNamed && !linked && !alternative) return null;
	}

	return null;
};

/** "首位のレノボが25.9%", "2位の米HPは20.8%", "アップルは9.6%で4位": a number of a ranking. */
export function ranks(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): boolean {
	return /(?:首位|\d位|トップ)/.test(facts.normalized.slice(clause[0], quantity.start)) || /^\s?で\s?(?:\d位|首位|トップ)/.test(facts.normalized.slice(quantity.end, quantity.end + 6));
}

/**
 * The measure of the figure before, in the same paragraph, for a sentence that names none and is tied to
 * it: "売上収益は4,480億円だった。4〜6月期の3,420億円から31%増えた" or "スマートフォン向けは30%だった".
 */
const sentenceBefore: Strategy = ({facts, quantity, clause, state, ownerNamed, linked}) => {
	const last = state.last;
	// "事業別では、…事業の売上高が…。…。メカトロニクス関連事業は18%増の612億円": a by-segment paragraph's lines
	// take its measure however far back it was named.
	const segmentLine = state.bySegmentBlock === facts.sentence.block && facts.segments.some(segment => (segment.role === 'topic' || segment.role === 'subject') && segment.start >= clause[0] && segment.end <= quantity.start);
	// "地域別では、…向け売上高が…。⏎製品別では、エッチング装置が31%増の486億円": a breakdown by segment right after
	// one of sales is of sales too.
	const nextBreakdown = last !== null && state.bySegmentBlock === facts.sentence.block && last.block === state.bySegmentBefore && last.measure.cue.kind === 'revenue' && facts.sentence.block - last.block <= 2;
	// "…Azureで19.6%だった。⏎オラクルは5.1%と前年から1.3ポイント上昇し": a paragraph that opens on the next company's share goes on with the shares.
	const nextShare =
		last !== null &&
		last.measure.cue.kind === 'market_share' &&
		(last.unit === '%' || last.unit === 'pt') &&
		quantity.unit === '%' &&
		ownerNamed &&
		last.block === facts.sentence.block - 1 &&
		last.sentence === facts.sentence.index - 1 &&
		!isChange(facts, quantity);
	if (!last || (last.block !== facts.sentence.block && !nextBreakdown && !nextShare) || (last.sentence < facts.sentence.index - 2 && !segmentLine && !nextBreakdown)) return null;
	if (measures(facts).some(hit => hit.start < quantity.start)) return null;
	if (!ownerNamed && !linked) return null;
	// "2位の米HPは20.8%" after "首位のレノボが25.9%で、出荷台数は12.4%増えた": the ranking's measure.
	const ranked = state.ranked;
	// "3位のシャープは9.8%" in the paragraph after "2位はグーグルで14.6%": the ranking goes on.
	// Not "2位のサムスン電子は同31.5%増の171億ドル": a change is no level ranked.
	const change = isChange(facts, quantity);
	if (
		ranked &&
		!change &&
		(ranked.block === facts.sentence.block || (ranked.block === facts.sentence.block - 1 && /\d位/.test(facts.normalized.slice(clause[0], quantity.start)))) &&
		ranks(facts, quantity, clause) &&
		unitClass(quantity) === 'percent'
	)
		return {...ranked.measure, hit: null, strategy: 'sentence before'};
	// "…シェア33.3%で首位。2位のサムスンは同31.5%増": a change is no level of the share before it.
	if (change && quantity.unit === '%' && last.measure.cue.kind === 'market_share' && /同\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 3), quantity.start))) return null;
	// "スマートフォン向けは30%だった" after "HPCが売上高全体の57%を占めた": the same kind of number.
	// "前年同月比で31.5%増え、前月比では2.1%減った": the comparison is the clause's own when it names one.
	if (last.unit === quantity.unit) return {...last.measure, hit: null, strategy: 'sentence before', comparison: last.measure.comparison === null ? null : (comparisonOf(facts, quantity, clause) ?? last.measure.comparison)};
	return choose(last.measure.cue, null, facts, quantity, clause, 'sentence before');
};

const revenueCue: MeasureCue = lexicon.find(entry => entry.id === 'revenue')!.measure!;

/**
 * "事業別では、自動車向けが前期比4%減の6,820億円、産業・インフラ・IoT向けは1%減の6,290億円だった": a breakdown by
 * segment that opens its sentence and names no measure breaks down sales.
 */
const breakdownOfSales: Strategy = ({facts, quantity, clause}) => {
	if (!/^(?:事業|部門|製品|用途|地域|セグメント|分野|市場)別(?:では|に見ると|にみると|で見ると)[、,]/.test(facts.normalized)) return null;
	if (measures(facts).length > 0 || unitClass(quantity) === 'count') return null;
	if (!facts.segments.some(segment => (segment.role === 'topic' || segment.role === 'subject') && segment.start >= clause[0] && segment.end <= quantity.start)) return null;
	return choose(revenueCue, null, facts, quantity, clause, 'breakdown of sales');
};

/** A list item under a caption that names the measure: "・AWS: 30%" under "シェアは次の通り". */
const listCaption: Strategy = ({facts, quantity, clause, state, ownerNamed}) => {
	const list = state.listMeasure;
	// "- クラウドサービス：201億円" under "サービス別の売上高は次のとおり": the item's label is the segment that owns it.
	if (!list || facts.sentence.blockKind !== 'bullet' || !(ownerNamed || state.segmentList)) return null;
	return choose(list.measure.cue, null, facts, quantity, clause, 'list caption');
};

/**
 * An earlier value takes the measure of the number it is compared with: "比率は38%と、前年同期の44%から
 * 下がった", "営業利益は41億円から20億円に".
 */
const sameAsCompared: Strategy = ({quantity, earlier, prior}) => {
	if (!prior) return null;
	const before = earlier.findLast(item => unitClass(item.quantity) === unitClass(quantity));
	// The word named the other number's owner, not this one's: it is not this number's possessor.
	return before ? {...before.choice, hit: null, strategy: 'same as compared'} : null;
};

/** The strategies in the order they are tried; the first that finds a measure wins. */
export const measureStrategies: ReadonlyArray<readonly [string, Strategy]> = [
	['stock move', stockMove],
	['share price', sharePrice],
	['people cut', peopleCut],
	['buyback', buyback],
	['shares', sharesCount],
	['valued at', valuedAt],
	['round in brackets', roundInBrackets],
	['price per share', pricePerShare],
	['ranking', rankingMeasure],
	['ranked share', rankedShare],
	['share in a market', shareInMarket],
	['measure after という', measureAfterToiu],
	['measure after の', measureAfterNo],
	['enumerated before its measure', enumeratedBeforeMeasure],
	['measure after を', measureAfterObject],
	['measure before', measureBefore],
	['same as compared', sameAsCompared],
	['deal verb after', dealVerbAfter],
	['earlier clause', earlierClause],
	['sentence before', sentenceBefore],
	['breakdown of sales', breakdownOfSales],
	['list caption', listCaption],
];

function receivedFromNobodyNamed(facts: SentenceFacts, quantity: Quantity, hit: LexiconHit): boolean {
	if (facts.mentions.some(mention => mention.role === 'source' || (mention.role === 'subject' && mention.start < quantity.start))) return false;
	if (/^を?受け/.test(facts.normalized.slice(hit.end, hit.end + 4))) return true;
	// "民間企業からの出資は累計1,680億円": money in from investors told by what they are, not named.
	if (/からの\s?$/.test(facts.normalized.slice(Math.max(0, hit.start - 4), hit.start))) return true;
	return facts.mentions.some(mention => mention.end <= quantity.start && /^(?:[(（][^()（）]*[)）])?には/.test(facts.normalized.slice(mention.end, mention.end + 24)));
}

/** What a number measures, or null when nothing in the text says. */
export function chooseMeasure(
	facts: SentenceFacts,
	quantity: Quantity,
	state: ReadingState,
	context: {readonly ownerNamed: boolean; readonly linked: boolean; readonly prior: boolean; readonly earlier: StrategyInput['earlier']},
): MeasureChoice | null {
	const input = {facts, quantity, clause: clauseAt(facts, quantity.start), state, ...context};
	for (const [, strategy] of measureStrategies) {
		const choice = strategy(input);
		// "民間から1,000億円の出資を集めた": an investment gathered is money the company raised.
		if (choice?.hit && choice.cue.kind === 'investment' && /^を?(?:集め|募)/.test(facts.normalized.slice(choice.hit.end, choice.hit.end + 4))) return {...choice, cue: fundingCue};
		// "約30社から…の出資を受ける", "同社には国内企業8社が計73億円を出資している": money a company receives from investors
		// the text names no company of is money it raises.
		if (choice?.hit && choice.cue.kind === 'investment' && receivedFromNobodyNamed(facts, quantity, choice.hit)) return {...choice, cue: fundingCue};
		// "政府は…IPAを通じてラピダスに1,000億円を出資する": what a public body puts into a company is money the company raises.
		if (choice?.cue.kind === 'investment' && publicActor.test(facts.normalized) && facts.mentions.some(mention => mention.role === 'recipient' && mention.end <= quantity.start)) return {...choice, cue: fundingCue};
		const use = choice?.cue.kind === 'investment' ? spentOn.exec(facts.normalized.slice(Math.max(0, quantity.start - 12), quantity.start))?.groups!['use'] : undefined;
		if (choice && use) return {...choice, cue: use === '研究開発' ? researchCue : capexCue};
		if (choice && capexGoesOn(facts, quantity, choice)) return {...choice, cue: capexCue};
		// "発行済み株式の1.6%にあたる750万株を上限に取得": the share of its own stock a buyback takes.
		if (choice?.cue.kind === 'stake' && /発行済み?株式(?:総数)?(?:[(（][^()（）]{0,16}[)）])?の\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 24), quantity.start)) && /取得|自社株買い|自己株/.test(facts.normalized))
			return {...choice, cue: buybackCue};
		if (choice) return choice;
	}

	return null;
}
