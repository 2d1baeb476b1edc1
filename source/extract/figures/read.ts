import {currencyUnits, type FigureKind} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import {clauseAt, type FirmMention, type SentenceFacts} from '../analysis.js';
import {measuredClause, partsMeasure} from './clause-owner.js';
import type {MeasureCue} from '../lexicon-entry.js';
import {followingYear, lastMonthOf, wholeYearOf} from '../period-calendar.js';
import {resolvePeriod, yearToDate} from '../period-resolution.js';
import {surveyCalendar, surveyed, type Period} from '../periods.js';
import {basisOf, isPast, rejectionOf} from './basis.js';
import {adjusting, comparisonOf, directionOf, ranks} from './measure-choice.js';
import {jobCutsCue, rankWord} from './measure-kinds.js';
import {chooseMeasure} from './measure.js';
import {ownerNamedBefore, ownerOf} from './owner.js';
import {periodOf, priorOf, quarterLong} from './period.js';
import type {PeriodChoice} from './period-choice.js';
import {eachOwners, jointOwners} from './respective-owners.js';
import type {FoundFigure, MeasureChoice, Owner, ReadingState} from './types.js';

// Reads the figures of one sentence: for each number, what it measures, whose it is, the period it
// covers, whether it is a result or an outlook, and whether it is a figure at all. When unsure, a
// number is left out: a wrong figure on an investor's screen costs more than a missing one.

const compoundRate = /年平均(?:成長率|増加率|伸び率|で|の?\s?$)|CAGR|年率平均/;

function kindOf(choice: MeasureChoice, adjusted: boolean): {kind: FigureKind; measure: string} {
	const {cue, role, comparison} = choice;
	switch (role) {
		case 'level':
		case 'points':
			if (cue.kind === 'revenue_growth' && comparison === 'quarter') return {kind: 'other', measure: '売上高 前四半期比'};
			return {kind: cue.kind, measure: adjusted && !cue.adjusted && cue.family === 'flow' ? `${cue.label}（調整後）` : cue.label};
		case 'part':
			return {kind: 'other', measure: `${cue.label}比率`};
		case 'growth':
			if (comparison === 'quarter') return {kind: 'other', measure: `${cue.label} 前四半期比`};
			if (comparison === 'month') return {kind: 'other', measure: `${cue.label} 前月比`};
			return cue.growthKind ? {kind: cue.growthKind, measure: `${cue.label} 前年同期比`} : {kind: 'other', measure: `${cue.label} 前年同期比`};
	}
}

function signedValue(facts: SentenceFacts, quantity: Quantity, choice: MeasureChoice): number {
	const value = quantity.value;
	if (quantity.signed || value < 0) return value;
	const direction = directionOf(facts, quantity);
	// "2%の減収": the measure's own word says which way.
	if (choice.role === 'growth' || choice.role === 'points' || choice.cue.family === 'stock' || choice.cue.kind === 'revenue_growth') return direction === 'down' || (direction === null && choice.cue.negative) ? -value : value;
	// "30億円の営業赤字（前年同期は10億円の黒字）": a profit compared with a loss is a profit.
	if (/^(?:[(（][^()（）]*[)）])?\s?の?黒字/.test(facts.normalized.slice(quantity.end, quantity.end + 16))) return value;
	if (choice.cue.negative) return -value;
	// "45億ドルの赤字", "営業損益は23億ドルの赤字": a loss is a negative profit.
	// "フリーキャッシュフローは52億ドルのマイナス": a flow below zero.
	if (/^(?:[(（][^()（）]*[)）])?\s?の?(?:赤字|損失|純損失|最終赤字|マイナス)/.test(facts.normalized.slice(quantity.end, quantity.end + 16)) && ['operating_income', 'net_income', 'other'].includes(choice.cue.kind)) return -value;
	return value;
}

/** "こちらはTrendForceの集計とほぼ変わらない": a firm named to compare with, not as the source of the sentence. */
export const comparedWith = (facts: SentenceFacts, firm: FirmMention) =>
	// "シナジーの推計を3ポイント上回った": one estimate set against another's.
	/^\s?(?:の(?:集計|数字|数値|推計|調査|調べ|統計))?\s?(?:と(?:ほぼ)?(?:同じ|同水準|変わらな|一致|並)|に比べ|と比べ|より|を[^、。]{0,12}(?:上回|下回))/.test(facts.normalized.slice(firm.end, firm.end + 24));

/** The research firm whose estimate a share is: named in the sentence (the one before the number first), else the text's last. */
function firmOf(facts: SentenceFacts, quantity: Quantity, state: ReadingState): string | null {
	const firms = facts.firms.filter(firm => !comparedWith(facts, firm));
	const named = firms.findLast(firm => firm.start < quantity.start)?.firm ?? firms[0]?.firm;
	return named ?? state.firm?.name ?? null;
}

/** "Xの推計では", "Xの調べによると", "Xによると": a research firm that gives what follows as its estimate. */
export const estimateFrame = /^(?:\s?[(（][^()（）]{0,40}[)）])?(?:の(?:推計|推定|調査|調べ|集計|データ|予測|分析)(?:では|によると|によれば|で)|によると|によれば)/;

/**
 * The research firm whose estimate a company's figure is, other than a share: one the sentence frames
 * it with before the number, else one that framed its paragraph.
 */
function estimatingFirm(facts: SentenceFacts, quantity: Quantity, state: ReadingState, marketMeasure: boolean): string | null {
	// "…シェアが26.8%と…上昇し、出荷台数は15.8%増えた": a maker's shipments in a research firm's report are its count.
	// "企業別では、サムスン電子のDRAM売上高が…、シェアは34.0%で首位": so are its sales of the market the firm measures.
	if (marketMeasure && state.firm && (state.firm.block === facts.sentence.block || state.rankParagraph === facts.sentence.block || /シェア|\d位|首位/.test(facts.normalized))) return firmOf(facts, quantity, state);
	// "マイクロソフトの2025年6月期の売上高は…": a company's own fiscal year is its report, no firm's estimate.
	if (/\d{4}年\d{1,2}月期/.test(facts.normalized.slice(0, quantity.start)) && !facts.firms.some(firm => firm.start < quantity.start)) return null;
	const framing = facts.firms.findLast(firm => firm.start < quantity.start && estimateFrame.test(facts.normalized.slice(firm.end, firm.end + 50)));
	if (framing) return framing.firm;
	// "TrendForceはキオクシアのNAND売上高を…29億ドルと推計している": the firm as the topic that estimates it.
	const estimating = facts.firms.findLast(firm => firm.start < quantity.start && firm.role === 'topic');
	if (estimating && /^[^。]{0,40}?と\s?(?:推計|推定|試算|見積も|予測)/.test(facts.normalized.slice(quantity.end))) return estimating.firm;
	// "…171億ドルと推計している": the firm of the sentence before, its subject left out, estimates it.
	const estimated = facts.firms.length === 0 && /^[^。、]{0,30}?と\s?(?:推計|推定|試算|見積も)/.test(facts.normalized.slice(quantity.end));
	return (state.firm?.frames || estimated) && state.firm?.block === facts.sentence.block ? state.firm.name : null;
}

// "企業別では、…", "メーカー別に見ると、…": a research firm's market told company by company, or a company's rank and share in it.
const regionalMarket = /^(?:一方[、,]\s?)?(?<region>国内|日本|米国|中国|欧州|インド)(?:の[^、。]{0,12})?市場(?:では|で|における)/;
// "…にシェア60%を取る目標", "…シェアを30%に高めることを目指す": a share set out to be won.
const shareAimed = /^\s?(?:に|へ|まで)?\s?(?:を取る|を握る|を獲得する|を得る|に高める|へ高める|に引き上げる|に伸ばす|へ伸ばす|に拡大する)?\s?(?:ことを)?\s?(?:目標|目指|狙)/;
const byMaker = /^(?:企業別|メーカー別|ベンダー別|社別|会社別)(?:では|に見ると|にみると|で見ると)|(?:\d位|首位)[^。]*シェア|シェア[^。]*(?:\d位|首位)/;

/** A flow's period the sentence states for results: "2025年7〜9月期（…）決算は", "2025年4〜9月期の連結決算". */
/** A research firm's sentence that names no company and points back to none: its figures are the market's. */
function marketTotal(facts: SentenceFacts, quantity: Quantity): boolean {
	const firm = facts.firms.find(mention => mention.start < quantity.start && /^(?:によると|の(?:調査|調べ|推計|集計|まとめ)(?:によると|では))/.test(facts.normalized.slice(mention.end, mention.end + 12)));
	// A firm brief does not know yet is still a firm: "米調査会社PitchBookによると".
	// "ベンチャーキャピタル調査会社によると": so is one named only as a research firm.
	const named = firm !== undefined || /調査会社[^、。]{0,24}?(?:によると|の調べでは|の調査では|の推計では)/.test(facts.normalized.slice(0, quantity.start));
	// "…によると、2025年の国内スタートアップの資金調達総額は", "国内のAIスタートアップへの投資額は": the total of a kind of
	// company, whoever tells it.
	const kindTotal = /(?:スタートアップ|新興企業|上場企業|企業)(?:全体)?(?:の|への)[^、。]{0,12}?(?:総額|合計|投資額|調達額)/.test(facts.normalized.slice(0, quantity.start));
	return (named || kindTotal) && facts.mentions.length === 0 && !/同社|同部門|同事業|両社|各社/.test(facts.normalized);
}

export function resultsPeriodOf(facts: SentenceFacts, state: ReadingState, company: string | null): Period | null {
	if (facts.periods.length === 0 || !/決算|業績|earnings|results/i.test(facts.normalized)) return null;
	const results = facts.words.find(hit => hit.entry.event === 'results' && !hit.entry.measure);
	if (!results) return null;
	const mention = facts.periods.findLast(period => period.end <= results.start && results.start - period.end <= 12 && period.qualifier === null && period.raw.type !== 'day' && period.raw.type !== 'month-end' && period.raw.type !== 'month');
	if (!mention) return null;
	const calendar = company ? state.matcher.fiscalCalendar(company) : {yearEnd: null, namedByStart: false};
	// "第3四半期の連結業績（2025年4月1日～2025年12月31日）": days spelled out from the year's start make the quarter the year to date.
	const spelled = facts.periods.find(other => other.raw.type === 'months' && /日$/.test(other.text) && /^\s?[(（]\s?$/.test(facts.normalized.slice(results.end, other.start)));
	const spelledMonths = spelled ? resolvePeriod(spelled.raw, calendar, state.anchor, null) : null;
	// "通期決算を発表した" in May: the results of the year just ended, as a filing's 当連結会計年度 is, not of the one begun.
	const reportedYear = mention.raw.type === 'relative' && mention.raw.reported && /^決算/.test(results.text) && !/^[^。、]{0,6}(?:予想|見通し|計画)/.test(facts.normalized.slice(results.end));
	const quarter = resolvePeriod(reportedYear ? {...mention.raw, filing: true} : mention.raw, calendar, state.anchor, state.articlePeriod);
	const period =
		spelledMonths?.type === 'months' && quarter?.type === 'months' && spelledMonths.from < quarter.from && spelledMonths.to === quarter.to ? resolvePeriod(yearToDate(mention.raw), calendar, state.anchor, state.articlePeriod) : quarter;
	// A fiscal label beside the months ("（2026年6月期第1四半期）"): the months are what the article reports.
	if (period?.type !== 'months') {
		const beside = facts.periods.find(other => other !== mention && (Math.abs(other.start - mention.end) <= 1 || Math.abs(mention.start - other.end) <= 1));
		const months = beside ? resolvePeriod(beside.raw, calendar, state.anchor, state.articlePeriod) : null;
		if (months?.type === 'months') return months;
	}

	return period;
}

const figureless = new Set(['heading', 'quote', 'caption']);

/**
 * The part a share of revenue is of, named as the subject before the measure: "AI半導体が売上高全体の
 * 35%を占めた", "車載向けが売上高の11%だった". A part is always something: the segment, product or market.
 */
function partName(facts: SentenceFacts, clause: readonly [number, number], before: {readonly start: number}): string | null {
	const match = /(?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{2,16}?)(?:向け)?\s?(?:が|は)\s?$/u.exec(facts.normalized.slice(clause[0], before.start));
	const name = match?.groups!['name'];
	if (!name) return null;
	// "調整後EBITDAは売上高の68%": a measure measured against another is no part of the business.
	const at = clause[0] + match!.index;
	const measured = facts.words.some(hit => hit.entry.measure && hit.start >= at && hit.end <= at + name.length);
	// "前年同期は14%でした": a period or the base of a comparison, told as the topic, is no part.
	const period = facts.words.some(hit => hit.entry.prior !== undefined && hit.start === at && hit.end === at + name.length) || facts.periods.some(mention => mention.start === at && mention.end === at + name.length);
	if (measured || period || /^(?:同社|会社全体|全体|当社|比率|割合|構成比)$/.test(name) || facts.mentions.some(mention => mention.start >= at && mention.start < before.start)) return null;
	return name;
}

/**
 * A multiple that is growth: of a base written before it ("前期比1.5倍", "前年同期の2.4倍"), or before the
 * level it reached ("1.9倍の49億6,000万ドル", "2.6倍になった"). "約5倍" and "2倍近く" are vague, and a
 * multiple of nothing named ("性能は3倍") is no growth.
 */
function growthMultiple(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): boolean {
	if (quantity.qualifier !== 'exact') return false;
	const before = facts.normalized.slice(Math.max(clause[0], quantity.start - 8), quantity.start);
	const after = facts.normalized.slice(quantity.end, quantity.end + 8);
	const base = comparisonOf(facts, quantity, clause) !== null || /(?:前年同期|前年同月|前年度|前年|前期|前の期)(?:比|の)\s?$/.test(before);
	const reached = /^の\s?[\d約]|^(?:に)?(?:なった|増えた|拡大|伸びた|膨らん)/.test(after);
	return base || reached;
}

/** A number is an earlier value when a change or a later value follows it: "34%から29%", "4〜6月期の3,420億円から31%増えた". */
function isComparisonBase(facts: SentenceFacts, quantity: Quantity): boolean {
	const after = facts.normalized.slice(quantity.end, quantity.end + 40);
	// "前の期の1,624億円の赤字から縮小した": a loss compared with.
	if (!/^\s?(?:[(（][^()（）]*[)）])?\s?(?:の水準|の赤字|の黒字)?\s?(?:から|と比べ|に比べ|より|→|->|⇒)/.test(after)) return false;
	// Something changed from it: another number follows, or a verb of change ("170億円から大きく改善した").
	return (
		facts.quantities.some(other => other.start >= quantity.end && other.start <= quantity.end + 30) ||
		/^[^、。]{0,16}?(?:改善|増え|増や|増加|減っ|減ら|減少|拡大|縮小|伸び|伸ば|高め|広げ|積み増|倍増|引き上げ|引き下げ|上昇|低下|悪化|回復|膨ら|下が|上が)/.test(
			after.replace(/^\s?(?:[(（][^()（）]*[)）])?\s?(?:の水準|の赤字|の黒字)?\s?(?:から|と比べ(?:ると)?|に比べ(?:ると)?|より)/, ''),
		)
	);
}

/**
 * An amount or a count that is a change, not a level: "前年同期比489億円増の3,200億円" (the level is the
 * 3,200億円 that follows), "500人を採用".
 */
// Not "オペレーティング・マージン": レーティング inside a longer katakana word is no rating.
const analystTarget = /目標株価|目標価格|投資判断|(?<![ァ-ヶー])レーティング|price target/i;
const revisedBy = /^\s?(?:を|分)?\s?(?:引き上げ|引き下げ|上方修正し|下方修正し|積み増し|上積みし|増額し|減額し|上乗せし)(?:て|、)/;

function isChangeOfLevel(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): boolean {
	if (quantity.unit === '%' || quantity.unit === 'pt') return false;
	const after = facts.normalized.slice(quantity.end, quantity.end + 10);
	// People cut are a quantity of their own (人員削減); people hired or added change the headcount.
	if (quantity.unit === 'count' && /^\s?(?:を|の)?\s?(?:減ら|採用|増員|増や|雇用|受け入れ)/.test(after)) return true;
	// "従来予想から500億円引き上げて1兆5,000億円とした": the revision, with the level it reached after it.
	if (revisedBy.test(after) && facts.quantities.some(other => other.start > quantity.end && other.unit === quantity.unit)) return true;
	// "前期より約100億円多い380億円": by how much the level after it differs.
	if (/^\s?(?:多い|少ない|上回る|下回る)\s?(?:約)?\s?[\d△▲]/.test(after) && facts.quantities.some(other => other.start > quantity.end && other.start <= quantity.end + 8 && other.unit === quantity.unit)) return true;
	// "純利益が前年同期比62%減の690億円と落ち込んだ", "前の期比2.1倍の92億円と伸びた": the level a change just before it reached.
	if (/\d\s?(?:(?:%|％|億円|万円|億ドル|万ドル|兆円)?\s?(?:増|減|増加|減少)|倍)の\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 12), quantity.start))) return false;
	const direction = directionOf(facts, quantity);
	// "124億円に落ち込んだ", "2兆円まで減った": the level reached, not the change.
	if (direction === null || /^\s?の?(?:赤字|黒字|損失)/.test(after) || /^\s?(?:に|まで|へ)(?!比べ|対し)/.test(after)) return false;
	// "8月末から680億ドル増えた": a verb of change straight after the amount says by how much.
	return comparisonOf(facts, quantity, clause) !== null || /^\s?(?:増|減)(?:の|と|と?なり|で)/.test(after) || /^\s?(?:増え|増加し|減っ|減少し|伸び|目減りし)/.test(after);
}

/** The later side of "AからBに": "370億円から340億円に". */
function isTransitionEnd(facts: SentenceFacts, quantity: Quantity): boolean {
	return facts.quantities.some(other => other.end <= quantity.start && other.unit === quantity.unit && /^\s?(?:[(（][^()（）]*[)）])?\s?(?:から|→|->|⇒)\s?(?:[^、。\d]{0,12})?$/.test(facts.normalized.slice(other.end, quantity.start)));
}

/** "従来予想の480億円→410億円", "予想を…に上方修正", "…に減額した": the sentence revises a forecast (the lexicon's words for the one replaced). */
const forecastRevised = (facts: SentenceFacts) => facts.words.some(word => word.entry.prior === 'forecast') || /予想を[^。]{0,30}?(?:上方|下方)修正|に(?:減額|増額)(?:し|する)/.test(facts.normalized);

/** The figures of one sentence (not a table row: see table.ts). */
const moneyKinds = new Set<FigureKind>(['revenue', 'operating_income', 'net_income', 'investment']);
const effectBefore = /(?:相乗効果|シナジー|押し上げ効果|改善効果|削減効果)(?:は|が|を|として)?[^、。]{0,16}$/;
const effectAfter = /^\s?(?:規模|程度|ほど)?の?(?:相乗効果|シナジー|押し上げ効果|改善効果|削減効果)/;
const buybackBefore = /(?:自社株買い|自己株式の?取得|自社株の?取得)(?:に|で|として)[^、。]{0,8}$/;

function namesTheCompany(segment: string, company: string, normalized: string, state: ReadingState): boolean {
	// "名刺管理サービス「Sansan」の契約件数": a product in 「」 named after its maker is still the product.
	if (normalized.includes(`「${segment}」`)) return false;
	const named = state.matcher.find(segment);
	return named.length === 1 && named[0]!.company === company && named[0]!.segment === null && named[0]!.start === 0 && named[0]!.end === segment.length;
}

export function readSentenceFigures(facts: SentenceFacts, state: ReadingState): FoundFigure[] {
	const {sentence} = facts;
	const found: FoundFigure[] = [];
	if (figureless.has(sentence.blockKind) || sentence.blockKind === 'table' || state.section === 'opinion' || state.section === 'profile') return found;
	const earlier: Array<{quantity: Quantity; choice: MeasureChoice; owner: Owner; period?: PeriodChoice; basis?: FoundFigure['basis']; prior?: boolean}> = [];
	for (const quantity of facts.quantities) {
		const clause = clauseAt(facts, quantity.start);
		let ignore = quantity.ignore;
		if (ignore === 'multiple' && growthMultiple(facts, quantity, clause)) ignore = null;
		if (ignore !== null) continue;
		if (rejectionOf(facts, quantity, clause) !== null) continue;
		// "PitchBookによると、AIスタートアップへの投資額は世界で…": a research firm's total names no company of the article.
		if (marketTotal(facts, quantity)) continue;
		// "同社株の売買代金は…980億円に膨らみ": the value of the shares traded is no figure of the company.
		if (/売買代金|出来高/.test(facts.normalized.slice(clause[0], quantity.start))) continue;
		// "Customers with … product revenue greater than $1 million: 688": an amount in a label, before the label's own number, is a threshold.
		const labelled = /^\s?[:：]\s?[\d$¥]/.test(facts.normalized.slice(quantity.end, quantity.end + 4));
		if (labelled && (quantity.qualifier === 'over' || quantity.qualifier === 'under' || quantity.qualifier === 'at_least')) continue;
		// "両社で2.5ポイントの開きがある": a gap between two numbers is no figure of either.
		if (/^\s?の?(?:開き|差)(?:が|は|で|に|を)/.test(facts.normalized.slice(quantity.end, quantity.end + 6))) continue;
		// "補助額は5社合計で最大1,200億円": a sum over several companies is none of theirs.
		if (/(?:\d|数|複数|各)社(?:の)?(?:合計|合算|計|合わせて)/.test(facts.normalized.slice(clause[0], quantity.start))) continue;
		// "トヨタ自動車やNTT、ソニーグループなど8社が計73億円を出資した": so is what companies named as some of several put in.
		const severalBefore = /(?:など|ら)(?:\d{1,2}|[二三四五六七八九十])社(?:が|で)\s?(?:合計|合わせて)?\s?$/.exec(facts.normalized.slice(clause[0], quantity.start));
		if (severalBefore && facts.mentions.some(mention => mention.end === clause[0] + severalBefore.index)) continue;
		// "マイクロンの広島工場と信越化学の新工場に対し、合計で最大3,900億円": so is a sum over the companies the sentence named before it.
		if (
			/(?:合計|合算|合わせて)(?:で|して)?\s?(?:最大|約|計)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 10), quantity.start)) &&
			new Set(facts.mentions.filter(mention => mention.end <= quantity.start).map(mention => mention.company)).size >= 2
		)
			continue;
		if (isChangeOfLevel(facts, quantity, clause)) continue;
		// "6,300億円のうち1,000億円は": a whole already given, named again to take a part of it.
		// "「150億円のうち100億円を…": so in a speaker's words.
		if (/^[、,\s「『]*$/.test(facts.normalized.slice(clause[0], quantity.start)) && /^\s?のうち/.test(facts.normalized.slice(quantity.end, quantity.end + 4))) continue;
		// "目標株価を2万2000円から1万9000円に引き下げた": an analyst's target is no figure of the company.
		if (analystTarget.test(facts.normalized.slice(clause[0], quantity.start))) continue;
		const prior = priorOf(facts, quantity, clause);
		const base = isComparisonBase(facts, quantity);
		const transition = base || isTransitionEnd(facts, quantity);
		// "英Canalysは同期間を4%としている": the same period as the figure before, by another's count.
		const samePeriod = /(?:同期間|同じ期間|同時期)(?:を|は|で|の)/.test(facts.normalized.slice(clause[0], quantity.start));
		const linked = prior !== null || base || samePeriod || comparisonOf(facts, quantity, clause) !== null || facts.periods.some(period => period.start >= clause[0] && period.end <= quantity.start);
		const named = ownerNamedBefore(facts, quantity, clause, state);
		const chosen = chooseMeasure(facts, quantity, state, {ownerNamed: named, linked, prior: prior !== null || base, earlier});
		// "5.9%高の1万7915円で取引を終えた": a share price is read, so that it is no other measure, but the dataset has no
		// kind for it and readers' answer keys count it as no figure: the move in per cent is the figure.
		if (!chosen || (chosen.cue.family === 'stock' && chosen.cue.kind === 'other')) continue;
		// "前四半期比28%増の…。サムスン電子の売上高は同40%増": 同 compares as the change before it in the paragraph did.
		const same = chosen.role === 'growth' && chosen.comparison === null && /同\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 2), quantity.start));
		// "…前四半期比35.1%増の182億ドル…。2位のSKハイニックスは、DRAM売上高が27.0%増": a research firm's table told company by
		// company compares each as it compared the first.
		const asBefore = chosen.role === 'growth' && chosen.comparison === null && state.changeBefore !== null && state.firm !== null && byMaker.test(facts.normalized);
		const choice = (same && state.changeBefore?.block === facts.sentence.block) || asBefore ? {...chosen, comparison: state.changeBefore!.comparison} : chosen;
		const told = kindOf(choice, adjusting.test(facts.normalized.slice(clause[0], quantity.start)));
		// "売上高の年平均成長率は19%", "年平均12%伸びた", "CAGR": a rate compounded over years is no year's growth.
		const compound = quantity.unit === '%' && compoundRate.test(facts.normalized.slice(clause[0], quantity.start));
		const {kind, measure} = compound ? {kind: 'other' as const, measure: `${choice.cue.label} 年平均成長率`} : told;
		const family = choice.cue.family;
		// "2位のマイクロソフトは20%、3位のグーグルは13%で、それぞれ前年同期から1ポイント上昇した": each of them.
		const each = /それぞれ/.test(facts.normalized.slice(clause[0], quantity.start))
			? [...new Map(earlier.filter(item => item.choice.cue === choice.cue).map(item => [`${item.owner.company}/${item.owner.segment}`, item.owner])).values()]
			: [];
		const eachOwn = eachOwners(facts, quantity, clause, kind, family, state);
		const together = eachOwn.length > 1 ? eachOwn : family === 'deal' ? [] : jointOwners(facts, quantity, kind);
		// "DC向け事業の売上高を…5,000億円と、24年度の約2,200億円から": an earlier value no owner is named for is of the number it is compared with.
		// Not "AWSのシェアは…29%。Azureは…、15%から22%へ": a company named between owns it.
		const before = choice.strategy === 'same as compared' && !named ? earlier.findLast(item => item.choice.cue === choice.cue && item.quantity.end <= quantity.start) : undefined;
		const namedBetween = (from: number) => [...facts.mentions, ...facts.segments].some(entity => entity.start >= from && entity.start < quantity.start);
		const compared = before && !namedBetween(before.quantity.end) ? before : undefined;
		// "総売上高は12億1,000万ドル", "Total revenueは": the whole company's, whatever line the text told before.
		// Not "…事業が全社の売上収益に占める比率": the whole a unit's part is taken of.
		const whole =
			choice.hit !== null &&
			!/^\s?(?:全体)?に占める/.test(facts.normalized.slice(choice.hit.end, choice.hit.end + 6)) &&
			(/(?:総|全社の?|連結|Total\s?|total\s?)$/.test(facts.normalized.slice(Math.max(0, choice.hit.start - 6), choice.hit.start)) || /^(?:総|Total|total)/.test(facts.normalized.slice(choice.hit.start, choice.hit.end)));
		const owners = (
			each.length > 1
				? each
				: together.length > 1
					? together
					: [compared ? {...compared.owner, counterparty: null} : ownerOf(facts, quantity, family === 'flow' ? measuredClause(facts, clause, quantity, choice.hit) : clause, kind, family, state, choice.hit)]
		).map(owner => (owner && whole && owner.segment ? {...owner, segment: null, segmentAliases: []} : owner && choice.role === 'part' && !owner.segment ? {...owner, segment: partName(facts, clause, choice.hit ?? quantity)} : owner));
		// "国内市場では、MM総研によると…シェアはアップルが49.2%": a share of one country's market is of that region.
		const region = kind === 'market_share' ? regionalMarket.exec(facts.normalized)?.groups!['region'] : undefined;
		if (region) owners.forEach((owner, index) => (owners[index] = owner && !owner.segment ? {...owner, segment: region} : owner));
		// "…のうち携帯端末向けは77億4000万ドル" after a sentence on the EPS: a measure carried to an amount no share earns is a
		// misreading, left out.
		if (kind === 'eps' && quantity.value > 1_000_000) continue;
		// "4月には新卒約300人が入社する": people joining or hired are no headcount, whatever the sentence before counted.
		if (
			kind === 'headcount' &&
			/^[^、。]{0,8}?(?:が|を)?\s?(?:入社|採用|新たに採用|雇用する|雇い入れ)/.test(facts.normalized.slice(quantity.end, quantity.end + 14)) &&
			!/従業員|社員|人員|従業者/.test(facts.normalized.slice(clause[0], quantity.start))
		)
			continue;
		for (const owner of owners) {
			if (!owner) continue;
			if (owner.segment === null && family !== 'deal' && family !== 'stock' && partsMeasure(facts, quantity, choice.hit)) continue;
			// A ranked company's number of the measure a research firm ranks by is the firm's estimate, of the ranking's year.
			const ranked = state.ranking !== null && rankWord.test(facts.normalized) && facts.firms.length === 0 && (kind === state.ranking.cue.kind || kind === state.ranking.cue.growthKind);
			// "ソニーは2026年3月期にシェア60%を取る目標を掲げる": a share a company sets out to win is its own aim, in its own years,
			// not the estimate of the firm the paragraph quoted.
			const aimedFor = kind === 'market_share' && facts.firms.length === 0 && shareAimed.test(facts.normalized.slice(quantity.end, quantity.end + 20));
			// "IDCの推計では、…当社のシェアは4.1%でした。…従業員は約820人です": a company's staff is its own count, no firm's estimate.
			const staffCount = kind === 'headcount';
			const source =
				kind === 'market_share'
					? aimedFor
						? null
						: firmOf(facts, quantity, state)
					: ranked
						? state.ranking!.firm
						: staffCount
							? null
							: estimatingFirm(
									facts,
									quantity,
									state,
									choice.cue.label === '出荷台数' || ((byMaker.test(facts.normalized) || state.rankParagraph === facts.sentence.block) && (kind === 'revenue' || kind === 'revenue_growth' || choice.role === 'growth')),
								);
			// Shares, and the units a research firm counts ("IDCによると…アップルが出荷台数8,180万台"), are told in calendar
			// periods whatever the company's fiscal year; money it tallies keeps the company's labels.
			const surveyedCount = source !== null && choice.cue.units.includes('count');
			const calendar = (kind === 'market_share' && !aimedFor) || surveyedCount ? surveyCalendar : state.matcher.fiscalCalendar(owner.company);
			let period = periodOf(facts, quantity, clause, family, choice, calendar, state, prior, owner.company);
			if (period.unread) continue;
			// "5月に発表した約6,000人の削減", "同社は10月、…1,400人の人員削減を発表": the month people were cut, or the cut told,
			// is no period a count of them is of.
			if (choice.cue === jobCutsCue && (period.period?.type === 'day' || (period.period?.type === 'months' && period.period.from === period.period.to))) period = {...period, period: null, text: ''};
			// Its years are its period: when the text does not write them as a span, no period can be told, so it is left out.
			if (compound && period.period?.type !== 'span') continue;
			if (!period.text && !prior && choice.role === 'level' && sameTerm.test(facts.normalized.slice(0, quantity.start)) && state.last?.period && state.last.period.type !== 'day' && state.last.sentence < facts.sentence.index) {
				// "同期の集計では、…TSMCのシェアは71.0%": the period the text named last; after "前四半期（26%増）から加速した",
				// the period that sentence reported, not the one it looked back to. Named, it decides the basis too.
				const named = state.last.prior ? (state.resultsPeriods.get(state.last.owner.company) ?? null) : state.last.period;
				if (named) period = {period: named, text: '同期', by: false};
			}
			if ((kind === 'market_share' && !aimedFor) || surveyedCount) period = {...period, period: surveyed(period.period)};
			let basis = basisOf(facts, quantity, clause, {family, period: period.period, by: period.by, prior: prior?.prior ?? null, hit: choice.hit, transition}, state);
			// "…を2030年度に5,000億円と、24年度の約2,200億円から…引き上げる計画": a level a plan starts from, in a year
			// that has ended, is a result.
			// Not "予想を従来の47億5,000万円から52億円に上方修正": a forecast replaced is no result, whenever the year ended.
			const replacedForecast = prior?.prior === 'forecast' || /(?:従来|前回|当初|期初)(?:の)?(?:予想|計画|見通し)?(?:の|は|で)?\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 10), quantity.start));
			if (base && !replacedForecast && basis === 'outlook' && family === 'flow' && period.text && isPast(period.period, state)) basis = 'actual';
			// "2026年1月期の累計では300億ドルに達した": the year so far, whose months the text leaves to guess: left out.
			const stem = period.text.replace(/の$/, '');
			if (family === 'flow' && stem && !isPast(period.period, state) && (facts.normalized.includes(`${stem}の累計`) || facts.normalized.includes(`${stem}累計`))) continue;
			// Under a heading of guidance, a figure with no earlier period is an outlook.
			// Not a result its sentence dates to a period that has ended ("■…増収見通し" over the quarter just reported).
			// Nor one of a paragraph that has turned to the results ("同日発表した4〜12月期の決算は、…。営業利益は…").
			const resultsParagraph = state.last?.block === facts.sentence.block && state.last.basis === 'actual' && state.last.period !== null && isPast(state.last.period, state);
			if (state.section === 'outlook' && family === 'flow' && !prior && !resultsParagraph && !(period.text && isPast(period.period, state))) {
				basis = 'outlook';
				if (!period.text && state.outlookPeriod) period = {period: state.outlookPeriod, text: '', by: false};
			}

			// "通期の連結業績は…を見込んでおります" after the year has ended: the whole year guided to is the next one.
			// "新中計の期間は2027年3月期から2029年3月期まで。最終年度に売上高1兆500億円": the last year of the plan named.
			const finalYear = /最終年度(?:に|には|で|の目標|は)/.exec(facts.normalized.slice(0, quantity.start));
			if (finalYear && (!period.text || period.period?.type === 'span')) {
				const ownSpan = facts.periods.findLast(mention => mention.raw.type === 'span' && mention.end <= finalYear.index)?.raw;
				const plan = ownSpan ?? state.planSpan;
				const span = plan ? resolvePeriod(plan, calendar, state.anchor, state.articlePeriod) : null;
				if (span?.type !== 'span') continue;
				period = {period: span.to, text: '最終年度', by: false};
			}
			const wholeYear = period.period?.type === 'fiscal' ? period.period.part === 'Y' : period.period?.type === 'months' && period.period.to - period.period.from === 11;
			if (basis === 'outlook' && family === 'flow' && wholeYear && /^(?:通期|通年|今期|当期)$/.test(period.text) && isPast(period.period, state)) period = {...period, period: state.outlookPeriod ?? followingYear(period.period!, calendar)};
			// Guidance that names no period is for the period the forecast was named for; a share, for the
			// period of the survey that gives it.
			if (basis === 'outlook' && family === 'flow' && !period.text && !period.asked && state.outlookPeriod) period = {period: state.outlookPeriod, text: '', by: false};
			// "売上高も従来予想の480億円→410億円に減額した" after the nine months' results: a forecast revised is the whole year's.
			else if (basis === 'outlook' && family === 'flow' && !period.text && period.period && forecastRevised(facts)) period = {...period, period: wholeYearOf(period.period, calendar) ?? period.period};
			else if (kind === 'market_share' && !period.text && !prior && state.firm?.period) period = {period: state.firm.period, text: '', by: false};
			else if (ranked && !period.text && !prior && state.ranking?.period) period = {period: state.ranking.period, text: '', by: false};
			// Points are written as points: a percentage given a change's measure is a misreading, left out.
			if (choice.role === 'points' && quantity.unit !== 'pt') continue;
			const unit = quantity.unit;
			// "2026年から2028年までの3年間で、設備投資に総額95億円を投じる": capex over several years is a plan to
			// invest a stated amount, decided, not one year's spending; a capex plan told as one ("3年間で3,000億円の
			// 設備投資を計画している") stays the capex guided to.
			const invested = /^[^。、]{0,16}?(?:投じ|投資す|投資し|充て)/.test(facts.normalized.slice(quantity.end, quantity.end + 24));
			const plan = kind === 'capex' && period.period?.type === 'span' && !prior && (invested || !/^設備投資/.test(choice.hit?.text ?? ''));
			if (plan) basis = 'actual';
			// "研究開発費は4〜9月期で165億円と前年同期比20%増えた": a change of the amount just given in its clause is of
			// that amount's period, and as sure as it is.
			const changed =
				choice.role === 'growth' && !period.text
					? earlier.findLast(item => item.quantity.start >= clause[0] && item.choice.cue === choice.cue && item.owner.company === owner.company && item.owner.segment === owner.segment && item.period?.text && !item.prior)
					: undefined;
			if (changed?.period && changed.basis) {
				period = changed.period;
				basis = changed.basis;
			}
			// "2025年4〜6月期の…売上高は前期比19.8%増えた": 前期比 of a quarter is on the quarter before, no growth on the year.
			const quarterOnQuarter = kind === 'revenue_growth' && quarterLong(period.period) && facts.words.findLast(word => word.entry.comparison !== undefined && word.start >= clause[0] && word.end <= quantity.start)?.text === '前期比';
			// "営業利益ベースで年100億円のシナジー", "収益改善効果は来期に1,500億円", "自社株買いに22億ドルを投じた": what a plan
			// adds to a measure, or money spent on the company's own shares, is no level of that measure nor an investment.
			const effect =
				(moneyKinds.has(kind) && (effectBefore.test(facts.normalized.slice(clause[0], quantity.start)) || effectAfter.test(facts.normalized.slice(quantity.end, quantity.end + 12)))) ||
				(kind === 'investment' && buybackBefore.test(facts.normalized.slice(clause[0], quantity.start)));
			// "**Sansan：…**" over Sansan's figures: the company's own name, as a label, is no business of it.
			const segment = owner.segment && namesTheCompany(owner.segment, owner.company, facts.normalized, state) ? null : owner.segment;
			found.push({
				company: owner.company,
				segment,
				segmentAliases: segment ? owner.segmentAliases : [],
				counterparty: owner.counterparty === owner.company ? null : owner.counterparty,
				kind: plan ? 'investment' : quarterOnQuarter || effect ? 'other' : kind,
				measure: quarterOnQuarter ? measure.replace('前年同期比', '前四半期比') : measure,
				family: plan ? 'deal' : family,
				value: signedValue(facts, quantity, choice),
				unit,
				text: quantity.text,
				qualifier: quantity.qualifier,
				range: quantity.range,
				converted: quantity.converted,
				period: period.period,
				periodText: period.text,
				basis,
				source,
				prior: prior !== null || base,
				sentence: sentence.index,
			});
			remember(state, facts, choice, owner, period.period, basis, unit, quantity.value, family, prior !== null || base);
			// The ranking's measure is the level ranked ("2位のX社は21%で1ポイント上昇": the 21%, not the points).
			if (!prior && !base && choice.role === 'level' && ranks(facts, quantity, clause)) state.ranked = {block: facts.sentence.block, measure: choice};
			earlier.push({quantity, choice, owner, period, basis, prior: prior !== null || base});
		}
	}

	return found;
}

// Not 前年同期, the year before's.
// "同期の", "同四半期の", "同じ四半期の", "同じ期間の": the period the text named last.
const sameTerm = /(?<!前年|前期|昨年|前年度|前四半期)同(?:四半期|期)(?:の|に|は|で|、)|同じ(?:四半期|期間|期)(?:の|に|は|で|、)/;

const peerBefore = /(?:同業|競合|ライバル)(?:の|で)?\s?(?:米|英|独|仏|中国|韓国|台湾)?\s?$/;

function remember(
	state: ReadingState,
	facts: SentenceFacts,
	choice: MeasureChoice,
	owner: Owner,
	period: Period | null,
	basis: FoundFigure['basis'],
	unit: FoundFigure['unit'],
	value: number,
	family: MeasureCue['family'],
	prior: boolean,
): void {
	const peer = facts.mentions.some(mention => mention.company === owner.company && peerBefore.test(facts.normalized.slice(Math.max(0, mention.start - 8), mention.start)));
	state.last = {block: facts.sentence.block, sentence: facts.sentence.index, measure: choice, owner, period, basis, unit, value, peer, prior};
	if (choice.role === 'growth' && choice.comparison !== null) state.changeBefore = {block: facts.sentence.block, comparison: choice.comparison};
	// A company that raises money is the one a valuation after it is of ("…20億ドルを調達した。ASMLが…出資し、調達後の評価額は").
	if (choice.cue.kind === 'valuation' || (choice.cue.kind === 'funding' && !prior)) state.valued = {block: facts.sentence.block, company: owner.company};
	if (owner.segment) state.segment = {company: owner.company, segment: owner.segment, aliases: owner.segmentAliases};
	if (owner.segment && !prior && choice.role === 'level' && family === 'flow' && (currencyUnits as readonly string[]).includes(unit)) state.lineMeasure = {block: facts.sentence.block, measure: choice, unit};
	if (family === 'flow' && period && !prior) {
		// "直前の2025年11月〜2026年1月期（681億ドル）と比べても": a period compared with is not the one reported,
		// nor is "第2四半期（7〜9月）単独" beside the half that ends with it.
		const known = state.resultsPeriods.get(owner.company);
		// "1〜3月期単独の営業利益は" in a story of the half to March: the last quarter told alone is a part of the period reported.
		const partOfReported = period.type === 'months' && state.articlePeriod?.type === 'months' && state.articlePeriod.to === period.to && state.articlePeriod.from < period.from;
		if (basis === 'actual' && !partOfReported && (!known || (lastMonthOf(period) ?? 0) > (lastMonthOf(known) ?? 0))) state.resultsPeriods.set(owner.company, period);
		// "…38%増え、7〜9月期の40%増から減速した": an earlier period the paragraph looks back to is not the one it reports.
		const reported = state.paragraphPeriod?.block === facts.sentence.block ? state.paragraphPeriod.period : null;
		if (!reported || (lastMonthOf(period) ?? 0) >= (lastMonthOf(reported) ?? 0)) state.paragraphPeriod = {block: facts.sentence.block, period};
		state.articlePeriod ??= basis === 'actual' ? period : null;
		if (basis === 'outlook') state.outlookPeriod = period;
	}
}
