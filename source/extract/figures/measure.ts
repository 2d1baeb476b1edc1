import type {Quantity} from '../amounts.js';
import {clauseAt, publicActor, type SentenceFacts} from '../analysis.js';
import type {MeasureCue} from '../lexicon-entry.js';
import {lexicon, type LexiconHit} from '../lexicon.js';
import {unitClass, type Strategy, type StrategyInput} from './measure-choice.js';
import {buyback, buybackCue, fundingCue, peopleCut, pricePerShare, rankedShare, rankingMeasure, roundInBrackets, shareInMarket, sharePrice, sharePutIn, sharesCount, stockMove, valuedAt} from './measure-kinds.js';
import {breakdownOfSales, dealVerbAfter, earlierClause, enumeratedBeforeMeasure, listCaption, measureAfterNo, measureAfterObject, measureAfterToiu, measureBefore, sameAsCompared, sentenceBefore} from './measure-word-order.js';
import type {MeasureChoice, ReadingState} from './types.js';

// What a number measures, by an ordered list of named strategies: the first that finds a measure
// wins. Each is a plain function of the sentence, so a rule can be read and tested on its own.

const researchCue: MeasureCue = lexicon.find(entry => entry.id === 'research')!.measure!;
const capexCue: MeasureCue = lexicon.find(entry => entry.id === 'capex')!.measure!;
const investmentCue: MeasureCue = lexicon.find(entry => entry.id === 'investment')!.measure!;
// "調達資金のうち3000億円を、…第2製造棟の設備増強に充てる": money raised, put to a use, is spent.
const putTo = /^\s?を?[、,]?[^。]{0,50}?に(?:充て|充当|投じ|振り向け|振り向|使う|使い|活用)/;
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

/** The strategies in the order they are tried; the first that finds a measure wins. */
export const measureStrategies: ReadonlyArray<readonly [string, Strategy]> = [
	['stock move', stockMove],
	['share price', sharePrice],
	['people cut', peopleCut],
	['buyback', buyback],
	['bought for', boughtFor],
	['shares', sharesCount],
	['share put in', sharePutIn],
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

/** "三井不動産が昨年12月に約280億円で取得済み", "用地を190億円で購入した": what a company paid for what it bought. */
function boughtFor({facts, quantity}: StrategyInput): MeasureChoice | null {
	if (unitClass(quantity) !== 'money' || !/^\s?で[^。、]{0,12}?(?:取得|購入)(?:し|する|済み|して)/.test(facts.normalized.slice(quantity.end, quantity.end + 24))) return null;
	// Not "…万株を1株4,210円で取得する": the price of a share (see pricePerShare), nor a company buying back its own.
	if (/1株(?:につき|当たり|あたり)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 6), quantity.start)) || /自己株|自社株/.test(facts.normalized)) return null;
	return {cue: investmentCue, hit: null, role: 'level', comparison: null, strategy: 'bought for'};
}

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
		if (choice?.cue.kind === 'funding' && /(?:調達(?:した)?資金|調達額)の?うち\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 14), quantity.start)) && putTo.test(facts.normalized.slice(quantity.end)))
			return {...choice, cue: investmentCue};
		if (choice && capexGoesOn(facts, quantity, choice)) return {...choice, cue: capexCue};
		// "発行済み株式の1.6%にあたる750万株を上限に取得": the share of its own stock a buyback takes.
		// Not "ハンミ半導体の発行済み株式の5.1%を取得": another company's shares bought are a stake in it.
		if (
			choice?.cue.kind === 'stake' &&
			/発行済み?株式(?:総数)?(?:[(（][^()（）]{0,16}[)）])?の\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 24), quantity.start)) &&
			/取得|自社株買い|自己株/.test(facts.normalized) &&
			!(facts.mentions.some(mention => mention.end <= quantity.start && /^(?:社)?の\s?発行済/.test(facts.normalized.slice(mention.end, mention.end + 5)) && !mention.resolved) && !/自社株|自己株/.test(facts.normalized))
		)
			return {...choice, cue: buybackCue};
		if (choice) return choice;
	}

	return null;
}
