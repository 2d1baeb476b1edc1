import type {Quantity} from '../amounts.js';
import type {SentenceFacts} from '../analysis.js';
import type {MeasureCue} from '../lexicon-entry.js';
import {lexicon} from '../lexicon.js';
import {choose, isChange, measures, partOfNear, ranks, unitClass, type Strategy} from './measure-choice.js';

// Strategies for particular kinds of number: share moves and prices, people cut, market shares and rankings, buybacks, valuations, rounds.

const stockCue: MeasureCue = lexicon.find(entry => entry.id === 'share-price')!.measure!;
export const fundingCue: MeasureCue = lexicon.find(entry => entry.id === 'funding')!.measure!;

const sharePriceCue: MeasureCue = lexicon.find(entry => entry.id === 'share-price-level')!.measure!;
export const jobCutsCue: MeasureCue = lexicon.find(entry => entry.id === 'job-cuts')!.measure!;
const retirementCue: MeasureCue = lexicon.find(entry => entry.id === 'voluntary-retirement')!.measure!;
const valuationCue: MeasureCue = lexicon.find(entry => entry.id === 'valuation')!.measure!;

/** "3.2%安", "7%高", "ストップ高": a percentage that moved a share price. */
/** "一時12%安まで下げ": a level touched during a trading session, which only a share price is. */
export const touchedInSession = (facts: SentenceFacts, quantity: Quantity) => /一時\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 3), quantity.start));

/** "首位", "3位": a sentence that ranks a company. */
export const rankWord = /首位|\d位/;

export const stockMove: Strategy = ({facts, quantity, clause, state}) => {
	if (unitClass(quantity) !== 'percent') return null;
	// "GOOGL株は+6%": a signed move right after the shares.
	if (quantity.signed && /株(?:価)?(?:は|が|も)\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 6), quantity.start))) return {cue: stockCue, hit: null, role: 'level', comparison: 'day', strategy: 'stock move'};
	// "・アドバンテスト <6857>　+5.6%", "ソシオネクスト <6526>　ストップ安（-16.3%）": a signed percentage right after a
	// listed company's code, as market flashes list the day's movers; "さくらインターネット <3778>　4,150円 S高（+20.3%）": with
	// the price and the limit (S高 is ストップ高) between.
	if (
		quantity.signed &&
		facts.mentions.some(mention => mention.start >= clause[0] && /^\s?<[0-9][0-9A-Z]{3}>\s?(?:\[[^[\]]{1,8}\])?\s?(?:[\d,.]+\s?円\s?)?(?:(?:ストップ|S)(?:高|安)\s?[(（]\s?)?$/.test(facts.normalized.slice(mention.end, quantity.start)))
	)
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
	// "東京エレクトロンが7%安": a company just before the move, as market reports list them; "村田製作所は週間で7.1%高", with
	// the sessions it moved over between; "- 住友電工：5.1%高", as a list of movers labels them.
	const company = facts.mentions.some(
		mention =>
			mention.start >= clause[0] &&
			mention.end <= quantity.start &&
			/^(?:<[^<>]{1,10}>|[(（][^()（）]{1,20}[)）])?\s?(?:株)?(?:が|は|も|[:：])\s?[、,]?\s?(?:(?:1)?週間で|月間で|今週|先週|前場で|後場で)?\s?(?:一時)?\s?(?:前日比|前営業日比)?\s?$/.test(
				facts.normalized.slice(mention.end, quantity.start),
			),
	);
	// "クアルコム株は一時10%下げた": a verb of rising or falling, where the clause's subject is the shares, or a company
	// listed among the moves before it ("…0.4%安と反落した。村田製作所も3%下げ").
	const sharesMoved = direction && /^(?:上げ|下げ|上が|下が)$/.test(direction.text) && (/株(?:価)?(?:は|が|も)/.test(facts.normalized.slice(clause[0], quantity.start)) || (continued && company));
	if (!direction || (!sharesMoved && !/^[高安]$|^(?:上昇|下落|値上がり|値下がり|急騰|急落)$/.test(direction.text))) return null;
	// "DRAMの契約価格が前四半期比で50〜55%上昇": a price of what is sold, no share price.
	// Not "終値は公開価格比18%高": the offer price a new share is measured against.
	if (/(?<!公開|売出|募集|終|始|株)(?:価格|単価|相場|運賃|料金)(?:は|が|も)[^、。]{0,16}$/.test(facts.normalized.slice(clause[0], quantity.start)) && !/株価|株式/.test(facts.normalized.slice(clause[0], quantity.start))) return null;
	// "高い", "安く": an adjective, not a move; "出資比率は最大51.0%に高まり": a level that rises, no share price.
	if (/^(?:[いくめ値]|ま[るりっ])/.test(facts.normalized.slice(direction.end, direction.end + 2))) return null;
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
export const sharePrice: Strategy = ({facts, quantity, clause, state}) => {
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
export const peopleCut: Strategy = ({facts, quantity}) => {
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
export const rankedShare: Strategy = ({facts, quantity, clause}) => {
	// "ベンダー別では、富士通が24.3%で首位", "3位はデルの15.2%": a percentage that ranks a company, no other measure named.
	const ranked = ranks(facts, quantity, clause) && !measures(facts).some(hit => hit.start < quantity.end + 12);
	if (quantity.unit !== '%' || (!ranked && (!/ランキング/.test(facts.normalized.slice(0, quantity.start)) || !rankWord.test(facts.normalized)))) return null;
	if (measures(facts).some(hit => hit.entry.measure!.units.includes('percent') && hit.end <= quantity.start) || isChange(facts, quantity)) return null;
	return isChange(facts, quantity) ? null : choose(shareCue, null, facts, quantity, clause, 'ranked share');
};

/** "国内IaaS/PaaS市場ではAWSが38.5%、Microsoft Azureが21.0%": a company's percentage in a market, no measure named, is its share. */
// "オムディアの集計ではAWSが31%、…": a research firm's tally, read company by company, is of shares too.
const firmTally = /(?:集計|推計|調査|調べ)(?:では|によると|によれば)[、,]?/;

export const shareInMarket: Strategy = ({facts, quantity, clause, state}) => {
	if (quantity.unit !== '%' || isChange(facts, quantity) || partOfNear(facts, quantity, clause) || measures(facts).length > 0) return null;
	// Not "東京株式市場では…": where shares trade holds no one's share.
	const before = facts.normalized.slice(0, quantity.start);
	const tally = firmTally.exec(before);
	const firmNamed = tally && (facts.firms.some(firm => firm.end <= tally.index) || state.firm?.block === facts.sentence.block);
	const market = /(?<!株式|東京|米国|債券|為替|金融|[\s、,。])市場(?:で|において)?は[、,]?/.exec(before) ?? (firmNamed ? tally : null);
	if (!market) return null;
	const named = facts.mentions.some(mention => mention.start >= market.index + market[0].length && mention.end <= quantity.start && /^\s?(?:が|は)\s?(?:約)?\s?$/.test(facts.normalized.slice(mention.end, quantity.start)));
	// "韓国市場ではSKハイニックスが6.4%、サムスン電子が3.0%それぞれ上昇した": shares that rose in a session hold no share of it.
	if (/^[^。]{0,40}?(?:それぞれ)\s?(?:上昇|下落|値上がり|値下がり|上げ|下げ|急騰|急落)|^\s?(?:上昇|下落|値上がり|値下がり|急騰|急落)/.test(facts.normalized.slice(quantity.end))) return null;
	return named ? choose(shareCue, null, facts, quantity, clause, 'share in a market') : null;
};

/**
 * "2位は韓国サムスン電子で730億ドル", "3位のSKハイニックスは前年比37%増の610億ドル": in a research firm's ranking, a
 * ranked company's number that names no measure is of the measure ranked by, or its change.
 */
export const rankingMeasure: Strategy = ({facts, quantity, clause, state}) => {
	const ranking = state.ranking;
	if (!ranking || !ranks(facts, quantity, clause) || measures(facts).some(hit => hit.start >= clause[0] && hit.end <= quantity.start)) return null;
	const money = quantity.unit !== '%' && quantity.unit !== 'pt' && quantity.unit !== 'count';
	if (money ? !ranking.cue.units.includes('money') : quantity.unit !== '%' || !isChange(facts, quantity) || !ranking.cue.growthKind) return null;
	return choose(ranking.cue, null, facts, quantity, clause, 'ranking');
};

export const buybackCue: MeasureCue = {kind: 'other', family: 'deal', units: ['count', 'money', 'percent'], label: '自己株式取得'};
/** A sentence about a company buying back its own shares ("自社株買い", "自己株式の取得"). */
export const tellsBuyback = (facts: SentenceFacts): boolean => facts.words.some(hit => hit.entry.id === 'buyback');

/**
 * "取得総額1,000億円、取得株数3,800万株（発行済み株式総数の2.1%）を上限とする自社株買い": what a company buys back of
 * its own shares, its amount and its part of the shares out, is none of a stake, an investment or a limit.
 */
export const buyback: Strategy = ({facts, quantity, clause, state}) => {
	// "取得する株式の総数の上限は600万株で、自己株式を除く発行済株式総数に対する割合は1.31%": its own shares named, none held.
	const ownShares = (/自己株式|自社株/.test(facts.normalized) && !/保有/.test(facts.normalized)) || state.buybackBlock === facts.sentence.block;
	if (!(tellsBuyback(facts) || ownShares) || quantity.counter === '株') return null;
	const before = facts.normalized.slice(Math.max(clause[0], quantity.start - 14), quantity.start);
	const after = facts.normalized.slice(quantity.end, quantity.end + 12);
	const amount = unitClass(quantity) === 'money' && (/(?:取得(?:価額|価格)?の?総額|総額)\s?[:：]?\s?$/.test(before) || /^\s?(?:を上限|の自社株買い|の自己株式|規模の自社株|分の自社株)/.test(after));
	const part = quantity.unit === '%' && (/発行済み?株式(?:総数)?(?:[^、。%]{0,6}?の|に対する(?:割合|比率)は)\s?$/.test(before) || /^\s?(?:[)）])?\s?(?:に(?:あたる|相当))/.test(after));
	return amount || part ? {cue: buybackCue, hit: null, role: 'level', comparison: null, strategy: 'buyback'} : null;
};

/** "1億6,000万株を取得": shares a holder gets are a stake. */
export const sharesCount: Strategy = ({facts, quantity, state}) => {
	if (quantity.counter !== '株') return null;
	// "取得株式数7,000万株を上限とする自己株式の取得": a company buying back its own shares holds no stake in anyone; nor
	// do the terms listed under its notice.
	if (/自己株式|自社株/.test(facts.normalized) || state.buybackBlock === facts.sentence.block) return {cue: buybackCue, hit: null, role: 'level', comparison: null, strategy: 'shares'};
	const stake = measures(facts).find(hit => hit.entry.measure!.kind === 'stake' && hit.start >= quantity.end);
	return stake || /ワラント|新株予約権|取得|保有/.test(facts.normalized.slice(quantity.end))
		? {cue: stake?.entry.measure ?? {kind: 'stake', family: 'deal', units: ['count'], label: '出資比率'}, hit: stake ?? null, role: 'level', comparison: null, strategy: 'shares'}
		: null;
};

const stakeCue: MeasureCue = lexicon.find(entry => entry.id === 'stake')!.measure!;

/** "三井不動産が60%、関西電力が40%を出資する": the part of a venture each puts in is the stake it will hold. */
export const sharePutIn: Strategy = ({facts, quantity}) => {
	// The first of a list ("三井不動産が60%、関西電力が40%を出資") puts in as the last does. Not a threshold a rule sets
	// ("…企業が50%以上を出資する子会社も規制対象"), nor what a kind of company puts in.
	if (
		/^\s?(?:以上|超|未満|以下)/.test(facts.normalized.slice(quantity.end, quantity.end + 3)) ||
		!facts.mentions.some(mention => mention.end <= quantity.start && /^\s?(?:が|は)\s?$/.test(facts.normalized.slice(mention.end, quantity.start)))
	)
		return null;
	if (unitClass(quantity) !== 'percent' || !/^(?:\s?[、,]\s?[^。、%]{1,20}?(?:が|は)\s?\d{1,3}(?:\.\d+)?\s?%){0,3}\s?(?:ずつ|を)?\s?出資/.test(facts.normalized.slice(quantity.end, quantity.end + 80))) return null;
	return {cue: stakeCue, hit: null, role: 'level', comparison: null, strategy: 'share put in'};
};

/** "…の売却で5,000億ドルと評価された": an amount a company is valued at, whatever way the value was set. */
export const valuedAt: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money' || !/^\s?(?:と|に)評価(?:され|を受け)/.test(facts.normalized.slice(quantity.end, quantity.end + 10))) return null;
	return choose(valuationCue, null, facts, quantity, clause, 'valued at');
};

const pricePerShareCue: MeasureCue = {kind: 'other', family: 'deal', units: ['money'], label: '1株の価格'};

/** "660万株を1株4,210円で取得する", "1株当たり16ドルを現金で支払う": the price a share is bought at, where nothing else is measured a share. */
export const pricePerShare: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money' || !/1株(?:につき|当たり|あたり)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 6), quantity.start))) return null;
	// Not "1株利益は1株120円": a measure named before it; but "TOB（株式公開買い付け）で1株4100円を提示": a deal's price per share
	// is still no money the deal spends.
	if (measures(facts).some(hit => hit.start >= clause[0] && hit.end <= quantity.start && hit.entry.measure!.family !== 'deal')) return null;
	return {cue: pricePerShareCue, hit: null, role: 'level', comparison: null, strategy: 'price per share'};
};

/** "2024年1月のシードラウンド（約45億円）", "シリーズA（3億ドル）": a round of funding, its amount in brackets after it. */
export const roundInBrackets: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money' || !/(?:ラウンド|シリーズ[A-Z]\+?)\s?[(（]\s?(?:約|総額|計)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 14), quantity.start))) return null;
	return choose(fundingCue, null, facts, quantity, clause, 'round in brackets');
};
