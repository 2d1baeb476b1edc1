import type {Quantity} from '../amounts.js';
import type {SentenceFacts} from '../analysis.js';
import type {Family, Prior} from '../lexicon-entry.js';
import {fiscalYearBefore, fiscalYearEndBefore, inCalendar, lastMonthOf, shiftPeriod} from '../period-calendar.js';
import {resolvePeriod} from '../period-resolution.js';
import type {FiscalCalendar, Period, PeriodMention} from '../periods.js';
import {isFuture} from './basis.js';
import {dayPeriod, none, type PeriodChoice} from './period-choice.js';
import {stockPeriod} from './stock-period.js';
import type {MeasureChoice, ReadingState} from './types.js';

// The period a figure covers (FORMAT.md "Which period"): a flow the period it covers, from its
// clause, its sentence, its paragraph or the results the article reports; an earlier value its own
// earlier period; a level the date it is as of (or none); a deal only a span of years written with
// it; a stock move its trading day.

/** The earlier value a number is, from the words just before it: "前年同期の31%", "前四半期（4〜6月期）の72.4%", "（従来予想は2兆3,500億円）". */
export function priorOf(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): {readonly prior: Prior; readonly at: number} | null {
	// "前年同期の2.4倍": the earlier period is the base of a multiple, not the number's period.
	if (quantity.multiple) return null;
	const hit = facts.words.findLast(word => word.entry.prior !== undefined && word.start >= clause[0] && word.end <= quantity.start);
	if (!hit) {
		// "（同5,860億円）": the same earlier kind as the bracket before it in the sentence.
		// Not "（同3.3%増）": a change on the same base as the bracket before, no earlier value.
		if (/[(（]\s?同\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 3), quantity.start)) && !/^\s?(?:増|減|上昇|低下|改善|悪化)/.test(facts.normalized.slice(quantity.end, quantity.end + 3))) {
			const earlier = facts.words.findLast(word => word.entry.prior !== undefined && word.end <= quantity.start);
			if (earlier) return {prior: earlier.entry.prior!, at: earlier.start};
		}

		// "前年同期の営業利益は6.7兆ウォン、売上高は79兆ウォンだった": an earlier period that opens the sentence dates its
		// list of measures, clause by clause, while each clause is no more than a measure and its number.
		// Not "前期の売上高は前の期比2.4%増の6,420億円、営業利益は…": a year set against the one before it is the year the list reports.
		const opening = facts.words.find(
			word => word.entry.prior !== undefined && word.start <= 1 && word.entry.prior !== 'forecast' && !(/^(?:前期|前年度)$/.test(word.text) && facts.words.some(other => other.entry.comparison !== undefined && other.start > word.end)),
		);
		const listed = /^[、,\s]*[^、。\d()（）]{1,12}?(?:は|が)\s?(?:約|およそ)?\s?$/.test(facts.normalized.slice(clause[0], quantity.start));
		// "…営業利益率は32.9%と前年同期から20.5ポイント改善した": a level set against that earlier period is of the period after it.
		if (/^\s?(?:[%％]|ポイント|倍)?\s?と\s?前(?:年同期|年同月|年|期|四半期)(?:から|比|に比べ|と比べ)/.test(facts.normalized.slice(quantity.end, quantity.end + 12))) return null;
		if (opening && listed && !facts.periods.some(period => period.start >= clause[0] && period.end <= quantity.start) && facts.words.some(word => word.entry.measure !== undefined && word.start >= clause[0] && word.end <= quantity.start))
			return {prior: opening.entry.prior!, at: opening.start};
		return null;
	}

	// Only when the earlier period leads straight to the number: "前年同期の31%", "前年同期は165億ドルの赤字",
	// "従来予想の370億円から", "前四半期末の303億ドル", "前年同期の営業利益は708億円"; not "前年同期から1ポイント
	// 上昇" (a change since then).
	const between = facts.normalized.slice(hit.end, quantity.start);
	// "前期（7,797億円）を26%上回る": the earlier period's number in the bracket after it.
	// "前年実績の409億ドル": the earlier period's result.
	const straight = /^(?:[(（][^()（）]{0,16}[)）])?\s?(?:末|時点|実績)?\s?(?:の|は|が|:|：)?\s?(?:約|およそ)?\s?$|^\s?[(（]\s?(?:約)?\s?$/.test(between);
	// "前年同期（2026年3月期1Q）の営業利益は677億円": the earlier period named again in brackets.
	const throughMeasure = /^(?:[(（][^()（）]{0,20}[)）])?の[^、。\d]{1,16}?(?:は|が)\s?(?:約|およそ)?\s?$/.test(between) && facts.words.some(word => word.entry.measure !== undefined && word.start >= hit.end && word.end <= quantity.start);
	// "（前年同期はセグメント損失312百万円）": the earlier period as the topic, then the measure and its number.
	const topicThenMeasure = /^(?:は|が)\s?[^、。\d]{1,16}?\s?(?:約|およそ)?\s?$/.test(between) && facts.words.some(word => word.entry.measure !== undefined && word.start >= hit.end && word.end <= quantity.start);
	if (!straight && !throughMeasure && !topicThenMeasure) return null;
	return {prior: hit.entry.prior!, at: hit.start};
}

/** "2024年度比", "4〜6月期と比べ": the period a change is measured from. */
// "第2四半期連結会計期間に比べ": a filing names its quarters as accounting periods.
export const comparisonBase = (facts: SentenceFacts, mention: PeriodMention): boolean =>
	// "AWSが28%で4〜6月期と同じ": the period a level is as high as.
	/^(?:[(（][^()（）]*[)）])?(?:と比べ|に比べ|から|より|比|増減|と(?:同じ|同水準|同程度|変わらず|並ん|ほぼ同じ))/.test(facts.normalized.slice(mention.end, mention.end + 16)) ||
	/^(?:連結会計期間|会計期間)(?:と比べ|に比べ|から|より|比)/.test(facts.normalized.slice(mention.end, mention.end + 12));

/** A period expression that dates a flow: not a comparison base ("4〜6月期と比べ"), nor a day, a month's end or an as-of date. */
function datesFlow(facts: SentenceFacts, mention: PeriodMention): boolean {
	if (mention.qualifier === 'since' || mention.asOf) return false;
	if (mention.raw.type === 'day' || mention.raw.type === 'month-end') return false;
	if (comparisonBase(facts, mention)) return false;
	// "前期（7,797億円）を26%上回る": the period a change is measured from, not the one it is of.
	return !(mention.raw.type === 'relative' && /^(?:[(（][^()（）]*[)）])?を[^。、]{0,16}?(?:上回|下回)/.test(facts.normalized.slice(mention.end, mention.end + 40)));
}

// "前期実績の242億円から310億円に": the year of the result the sum is raised from.
const attachedGap = /^\s?(?:[(（][^()（）]*[)）])?\s?(?:実績)?\s?(?:の|は|に|で|が)?\s?(?:約|およそ|最大)?\s?$/;

/**
 * Whether a period belongs to another number than `quantity`: written straight before it ("4〜6月期の
 * 3,420億円から31%増えた": 4〜6月期 is the base's, not the growth's), or explaining an earlier period
 * ("前四半期（5〜7月期）の72.4%から1ポイント改善": 5〜7月期 is the earlier value's).
 */
// "9月に発売した「iPhone 17」": the month a product came out is no period of the figures after it.
const publishedAt = /^(?:上旬|中旬|下旬|初め|初旬|末)?\s?(?:に|の)?(?:発表|公表|公開|まとめ|発売|投入|販売を始め|提供を始め)/;

function belongsElsewhere(facts: SentenceFacts, mention: PeriodMention, quantity: Quantity): boolean {
	// "12月上旬に公表した同期の集計では": when a report came out, not what it is of.
	if ((mention.raw.type === 'month' || mention.raw.type === 'day') && publishedAt.test(facts.normalized.slice(mention.end, mention.end + 8))) return true;
	// "8月に…事業を…25億ドルで売却した利益を計上し、純利益は": the month of a deal told on the way is no period of the results after it.
	if (mention.raw.type === 'month' && /^に[^、。]{2,40}?(?:した|された)[^、。]{0,12}?[、,]/.test(facts.normalized.slice(mention.end, quantity.start)) && facts.normalized.slice(mention.end, quantity.start).includes('、')) return true;
	const other = facts.quantities.find(candidate => candidate !== quantity && candidate.start >= mention.end && candidate.start < quantity.start && attachedGap.test(facts.normalized.slice(mention.end, candidate.start)));
	if (other) return true;
	const prior = facts.words.find(word => word.entry.prior !== undefined && word.end <= mention.start && /^\s?[(（]\s?$/.test(facts.normalized.slice(word.end, mention.start)));
	return prior !== undefined && priorOf(facts, quantity, [0, facts.normalized.length])?.at !== prior.start;
}

function resolved(mention: PeriodMention, calendar: FiscalCalendar, state: ReadingState): Period | null {
	// A filing whose results stood only in a table ("| 2025年12月期 | …"): the latest of them is the period its prose reports.
	const tabled = state.articlePeriod === null ? [...state.resultsPeriods.values()].reduce<Period | null>((latest, period) => (latest === null || (lastMonthOf(period) ?? 0) > (lastMonthOf(latest) ?? 0) ? period : latest), null) : null;
	// "今期の売上高は3,000億円を見込む。上期は1,400億円": with no results read, a half is of the year guided to.
	const guided = mention.raw.type === 'part' ? state.outlookPeriod : null;
	return resolvePeriod(mention.raw, calendar, state.anchor, state.articlePeriod ?? tabled ?? guided);
}

/**
 * A period written in brackets beside another explains it: "2025年7〜9月期（2026年6月期第1四半期）",
 * "2026年度第3四半期（8〜10月期）". The reading with months known is kept.
 */
function preferMonths(facts: SentenceFacts, mention: PeriodMention, calendar: FiscalCalendar, state: ReadingState): {period: Period | null; text: string} {
	const mentions = facts.periods;
	const index = mentions.indexOf(mention);
	const first = resolved(mention, calendar, state);
	// "マイクロソフトの4〜6月期（2026年6月期第4四半期）の…、グーグル・クラウドの売上高は": a fiscal year ending in
	// another month than this company's is another company's label; the months beside it are this one's.
	const foreign = mention.raw.type === 'fiscal-year' && calendar.yearEnd !== null && mention.raw.endMonth !== calendar.yearEnd;
	// "8－10月（第4四半期）" after the next quarter's guidance: a quarter with no year is the one its months say.
	const yearless = mention.raw.type === 'part';
	if (first?.type === 'months' && !foreign && !yearless) return {period: first, text: mention.text};
	for (const other of [mentions[index + 1], mentions[index - 1]]) {
		if (!other) continue;
		const [from, to] = other.start >= mention.end ? [mention.end, other.start] : [other.end, mention.start];
		if (!/^\s?[(（)）]?\s?$/.test(facts.normalized.slice(from, to))) continue;
		const second = resolved(other, calendar, state);
		if (second?.type === 'months' && (!yearless || other.raw.type === 'months')) return {period: second, text: foreign ? other.text : `${mention.text}（${other.text}）`};
	}

	return {period: first, text: mention.text};
}

function flowPeriod(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], calendar: FiscalCalendar, state: ReadingState, choice: MeasureChoice, company: string | null, relative = true): PeriodChoice {
	// "24.8%（2024年は23.9%）、3位のグーグルは9.9%（同9.0%）": 同 in a bracket is the period the bracket before it named.
	if (/[(（]\s?同\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 3), quantity.start))) {
		const bracketed = facts.periods.findLast(
			mention => mention.end <= quantity.start && /[(（]\s?$/.test(facts.normalized.slice(Math.max(0, mention.start - 2), mention.start)) && /^\s?(?:は|が)/.test(facts.normalized.slice(mention.end, mention.end + 2)),
		);
		const same = bracketed ? preferMonths(facts, bracketed, calendar, state) : null;
		if (same?.period) return {period: same.period, text: same.text, by: false};
	}
	const usable = facts.periods.filter(mention => datesFlow(facts, mention) && mention.end <= quantity.start && !belongsElsewhere(facts, mention, quantity) && (relative || mention.raw.type !== 'relative'));
	// In the clause, nearest first; then anywhere before in the sentence.
	const inClause = usable.filter(mention => mention.start >= clause[0]);
	const mention = inClause.at(-1) ?? usable.at(-1);
	if (mention) {
		const {period, text} = preferMonths(facts, mention, calendar, state);
		if (period) return {period, text, by: mention.qualifier === 'by'};
	}

	// "2025年3月時点の利用シェアはfreeeが34.2%": a share is as of the month written, with no span of its own.
	const asOfMonth = choice.cue.kind === 'market_share' ? facts.periods.findLast(other => other.asOf && other.raw.type === 'month' && other.end <= quantity.start) : undefined;
	if (asOfMonth) {
		const period = resolved(asOfMonth, calendar, state);
		if (period) return {period, text: asOfMonth.text, by: false};
	}

	// "2025年の設備投資額": a period written after the measure's word but before the number is found above;
	// a period after the number in its clause ("…を2030年3月期に") dates it too, not one of another noun ("2026年3月期の業績への影響").
	const after = facts.periods.find(other => datesFlow(facts, other) && other.start >= quantity.end && other.start < clause[1] && /^(?:に|まで|までに|には)/.test(facts.normalized.slice(other.end, other.end + 3)));
	if (after && choice.role === 'level') {
		const period = resolved(after, calendar, state);
		if (period) return {period, text: after.text, by: after.qualifier === 'by'};
	}

	// "電子セグメントの売上高予想を…に引き上げ": a forecast's measure with no period of its own is of the year
	// the forecast was named for, not of the results read last.
	const forecastMeasure = choice.hit !== null && /^\s?の?\s?(?:予想|見通し|計画|目標)/.test(facts.normalized.slice(choice.hit.end, choice.hit.end + 5));
	if (forecastMeasure && state.outlookPeriod) return {period: state.outlookPeriod, text: '', by: false};
	const paragraph = state.paragraphPeriod?.block === facts.sentence.block ? state.paragraphPeriod.period : null;
	// A roundup of companies whose fiscal years differ: the period the text gave this company's results.
	const own = company === null ? undefined : state.resultsPeriods.get(company);
	// "…の純利益は6,200億円を見込む。営業利益率は32.1%と前年同期から2.3ポイント改善した": a result told after the year's
	// outlook is of the results reported, not of the year ahead the paragraph last named.
	const results = own ?? state.articlePeriod;
	const toldAsResult =
		paragraph !== null &&
		results !== null &&
		isFuture(paragraph, state) &&
		!isFuture(results, state) &&
		!facts.words.some(hit => hit.entry.marker === 'outlook') &&
		/(?:した|だった|となった|になった|しました|でした)[」』]?。?$/.test(facts.normalized);
	const question = state.questionPeriod && (state.interview || state.questionPeriod.block + 1 === facts.sentence.block) ? state.questionPeriod.period : null;
	const period = toldAsResult ? results : (paragraph ?? question ?? state.headingPeriod ?? own ?? state.articlePeriod);
	return period ? {period: period === own ? period : inCalendar(period, calendar), text: '', by: false, asked: period === question} : none;
}

/** A level's as-of date: "9月末時点の", "11月末時点で", "10月時点で", "9月の", "7〜9月期に", "時価総額は10月29日、". */
function levelPeriod(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], calendar: FiscalCalendar, state: ReadingState, choice: MeasureChoice): PeriodChoice {
	// From the clause, or from the measure's word on when it came earlier in the sentence.
	const from = Math.min(clause[0], choice.hit?.start ?? clause[0]);
	const mention = facts.periods.findLast(other => other.start >= from && other.end <= quantity.start && other.qualifier !== 'since' && !belongsElsewhere(facts, other, quantity));
	const dayBefore = facts.dates.findLast(date => date.start >= from && date.end <= quantity.start && /^\d{4}-\d{2}-\d{2}$/.test(date.date));
	if (dayBefore && (!mention || dayBefore.start >= mention.start)) return {period: dayPeriod(dayBefore), text: dayBefore.text, by: false};
	if (!mention) {
		// "2025年10月末時点の法人顧客数は85社、年間経常収益（ARR）は48億円": an as-of date that opens a list of levels dates
		// each of them, until a clause ends on its own verb.
		const listHead = facts.periods.findLast(other => other.asOf && (other.raw.type === 'day' || other.raw.type === 'month-end') && other.end <= from);
		// "9月末時点で、Aの受注残は…、Bの受注残は…": the particle after the date itself ends no clause.
		const listed = listHead ? facts.normalized.slice(listHead.end, from).replace(/^(?:時点)?(?:で|に|では)?[、,]?/, '') : '';
		if (listHead && !/(?:た|だ|し|り|て|で|が|ており)[、,]/.test(listed)) {
			const asOf = resolved(listHead, calendar, state);
			if (asOf) return {period: asOf, text: listHead.text, by: false};
		}
		// "2028年度に売上高100億円、導入企業300社を目指します": a year several targets are listed for dates each of them.
		const listedFor = facts.periods.findLast(
			other =>
				other.end <= quantity.start &&
				/^(?:に(?!入[りっ])|までに)/.test(facts.normalized.slice(other.end, other.end + 3)) &&
				!/した|する|だった|であり|。/.test(facts.normalized.slice(other.end, quantity.start)) &&
				/[、,]/.test(facts.normalized.slice(other.end, quantity.start)),
		);
		// "2025年に入り、…ARRは48億円に拡大しています": a year the story entered is no year a target is set for, nor is a
		// growth already reached.
		const listedPeriod =
			listedFor &&
			/^(?:を|に)?\s?(?:目指|目標|計画|見込|増や|拡大|引き上げ)/.test(facts.normalized.slice(quantity.end, quantity.end + 10)) &&
			!/^(?:を|に)?\s?(?:増やし|拡大し|引き上げ)(?:た|て)/.test(facts.normalized.slice(quantity.end, quantity.end + 10))
				? resolved(listedFor, calendar, state)
				: null;
		if (listedPeriod) return {period: listedPeriod, text: listedFor!.text, by: listedFor!.qualifier === 'by'};
		// "同時点で、…大口顧客は688社": the as-of date of the level told just before.
		// "…の登録利用者数は同時点で32万人を超えた": wherever the clause says it.
		// "同月末の従業員数は1,420名": the month end told just before.
		const same = /同時点|同月末/.exec(facts.normalized.slice(0, quantity.start));
		if (same && state.last?.block === facts.sentence.block && state.last.period?.type === 'day') return {period: state.last.period, text: same[0], by: false};
		// "$7.9B（10月31日時点、…）", "9,900万人（2025年12月末時点）": the as-of date in the bracket after the number.
		const bracket = /^\s?[(（]([^()（）]{0,40})[)）]/.exec(facts.normalized.slice(quantity.end));
		// "受注残高：2,610億円（9月末）": a bracket that holds only a day or a month's end says the same.
		if (bracket && (/時点|現在/.test(bracket[1]!) || /^\s?(?:\d{4}年)?\d{1,2}月(?:末|\d{1,2}日)\s?$/.test(bracket[1]!))) {
			const inside = facts.periods.find(other => other.start > quantity.end && other.end <= quantity.end + bracket[0].length && (other.raw.type === 'day' || other.raw.type === 'month-end' || other.raw.type === 'month'));
			const asOf = inside ? resolved(inside, calendar, state) : null;
			if (asOf) return {period: asOf, text: inside!.text, by: false};
		}

		// "8月のラウンドで6億ドルを調達し、企業価値は72億ドル", "9月のシリーズFでは…評価額は": a valuation is as of its round's month.
		const round =
			choice.cue.kind === 'valuation'
				? facts.periods.findLast(
						other => other.end <= quantity.start && other.raw.type === 'month' && other.qualifier === null && /^の?(?:ラウンド|資金調達|調達|シリーズ\s?[A-Z]|増資)/.test(facts.normalized.slice(other.end, other.end + 7)),
					)
				: undefined;
		const roundMonth = round ? resolved(round, calendar, state) : null;
		if (roundMonth) return {period: roundMonth, text: round!.text, by: false};
		// "OpenAIは2025年10月、評価額5,000億ドルで…": the sentence's time, written as its own phrase before.
		const adverbial = facts.periods.findLast(other => other.end <= quantity.start && (other.raw.type === 'month' || other.raw.type === 'day') && /^(?:に|、)/.test(facts.normalized.slice(other.end, other.end + 1)));
		const period = adverbial ? resolved(adverbial, calendar, state) : null;
		// "19日に完了した今回の調達で、評価額は": a day of the sentence, written on its own.
		// "24日、フジクラの時価総額が初めて3兆円を超えた": so is a market value's.
		const day = period
			? undefined
			: facts.dates.findLast(
					date => date.end <= quantity.start && /^\d{4}-\d{2}-\d{2}$/.test(date.date) && /^(?:に|、)/.test(facts.normalized.slice(date.end, date.end + 1)) && (choice.cue.kind === 'valuation' || choice.cue.kind === 'market_cap'),
				);
		if (day) return {period: dayPeriod(day), text: day.text, by: false};
		// A market cap is as of the trading day the text reports.
		if (!period && choice.cue.kind === 'market_cap') {
			// "…3.1%高の5,980円まで買われ、時価総額は34兆円を超えた": as of the day of the move just before it.
			const move = state.last?.measure.cue.family === 'stock' && state.last.block === facts.sentence.block && state.last.sentence >= facts.sentence.index - 1 ? state.last.period : null;
			// Not a price of another day told on the way ("1月14日につけた年初来高値4,785円").
			const sessions = [state.tradingDay, state.marketDay?.date, state.published];
			const sessionDay = (period: Period) => period.type === 'day' && sessions.includes(`${period.year}-${String(period.month).padStart(2, '0')}-${String(period.day).padStart(2, '0')}`);
			// "アマゾン株は決算発表翌日の6日に5.6%安となり、時価総額は一時…": a move of its own sentence dates it, whatever day.
			const sameSentenceMove = state.last?.sentence === facts.sentence.index && state.last.measure.cue.kind === 'stock_move';
			if (move?.type === 'day' && (sessionDay(move) || sameSentenceMove)) return {period: move, text: '', by: false};
			if (state.tradingDay && facts.words.some(hit => hit.entry.marker === 'stock-market')) return stockPeriod(facts, quantity, state, calendar);
			// "時価総額は約1兆4,800億円に縮小した", "初値ベースの時価総額は…": a market value the text dates no other way is of the
			// trading day it reports, or the day it came out.
			const session = /^(\d{4})-(\d{2})-(\d{2})$/.exec(state.tradingDay ?? state.published ?? '');
			// Not one whose sentence writes a day brief did not read ("25日時点で").
			if (session && facts.periods.every(other => other.start >= quantity.start) && !/\d日/.test(facts.normalized.slice(0, quantity.start)))
				return {period: {type: 'day', year: Number(session[1]), month: Number(session[2]), day: Number(session[3])}, text: '', by: false};
		}

		// "期末の受注残高は3,150億円", "当連結会計年度末の受注残高は": the last day of the period the article reports.
		const periodEnd =
			!period && state.articlePeriod
				? /(?<!前|前四半|前年|前会計|前連結会計|前事業)(?:当期末|当四半期末|四半期末|当連結会計年度末|連結会計年度末|会計年度末|事業年度末|年度末|期末)(?:の|時点|に|で|は)/.exec(facts.normalized.slice(from, quantity.start))
				: null;
		const lastMonth = periodEnd ? lastMonthOf(state.articlePeriod!) : null;
		if (lastMonth !== null) {
			const [year, month] = [Math.floor(lastMonth / 12), (lastMonth % 12) + 1];
			return {period: {type: 'day', year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate()}, text: periodEnd![0], by: false};
		}

		if (!period && state.headingAsOf) return {period: state.headingAsOf, text: '', by: false};
		return period ? {period, text: adverbial!.text, by: false} : none;
	}
	const period = resolved(mention, calendar, state);
	return period ? {period, text: mention.text, by: mention.qualifier === 'by'} : none;
}

const isWholeYear = (mention: PeriodMention) => (mention.raw.type === 'nendo' || mention.raw.type === 'calendar' || mention.raw.type === 'fiscal-year') && mention.raw.part === 'Y';

/** "前回計画（23〜27年度）の8兆円から積み増す": the years of the plan before, no span of the new one or its sums. */
export function ofEarlierPlan(text: string, mention: PeriodMention): boolean {
	return /(?:前回|従来|旧|前)(?:の)?(?:中期経営|中期|経営)?(?:計画|中計|戦略)\s?[(（]\s?$/.test(text.slice(Math.max(0, mention.start - 10), mention.start));
}

/** A quarter: three months, or a fiscal year's Q1–Q4. */
export const quarterLong = (period: Period | null | undefined): boolean => (period?.type === 'months' && period.to - period.from === 2) || (period?.type === 'fiscal' && /^Q[1-4]$/.test(period.part));

/** A deal is dated only by a span of years written with it: "2026年から2029年までの4年間で". */
function dealPeriod(facts: SentenceFacts, quantity: Quantity, calendar: FiscalCalendar, state: ReadingState, ofWhich: boolean, raised: boolean): PeriodChoice {
	// The span nearest before the amount, with no other amount between: "AWSは2023年から2027年までに…2兆2,600億円を、
	// マイクロソフトも2024年から2年間で…29億ドルを" gives each its own.
	const between = (mention: PeriodMention) => facts.quantities.some(other => other !== quantity && other.ignore === null && other.start >= mention.end && other.end <= quantity.start && other.unit !== '%');
	// "2026年7月から2029年6月までの3年間": months across years are a span too.
	const spans = facts.periods.filter(
		mention => (mention.raw.type === 'span' || (mention.raw.type === 'months' && mention.raw.fromYear !== null && mention.raw.toYear !== null && mention.raw.toYear > mention.raw.fromYear)) && !ofEarlierPlan(facts.normalized, mention),
	);
	// "前回計画（23〜27年度）の8兆円", "前の中計（2023〜2025年度）の実績は3,200億円": the sum of the plan before is of its years.
	const earlier = facts.periods.find(mention => ofEarlierPlan(facts.normalized, mention) && /^\s?[)）][^、。,\d]{0,8}$/.test(facts.normalized.slice(mention.end, quantity.start)));
	const span = earlier ?? spans.findLast(mention => mention.end <= quantity.start && !between(mention)) ?? spans.find(mention => mention.start >= quantity.end);
	if (span) {
		const period = resolved(span, calendar, state);
		if (period) return {period, text: span.text, by: false};
	}
	// "…2026年度から30年度までの中期経営計画を発表した。期間中の成長投資は総額11兆円": the years of the plan just named.
	const planYears = () => (state.planSpan ? resolvePeriod(state.planSpan, calendar, state.anchor, state.articlePeriod) : null);
	const planTerm = /(?:計画)?期間中|(?:計画|中計)期間(?:内|の)|同期間(?:中|内)?の/.exec(facts.normalized.slice(0, quantity.start));
	const plan = planTerm ? planYears() : null;
	if (plan) return {period: plan, text: planTerm![0], by: false};

	// "2026年度に最大6,300億円を支援": money granted or raised for one year, the year written straight before it.
	const year = raised
		? facts.periods.findLast(mention => mention.end <= quantity.start && mention.qualifier === null && isWholeYear(mention) && /^\s?に\s?(?:最大|約|総額|計)?\s?$/.test(facts.normalized.slice(mention.end, quantity.start)))
		: undefined;
	const yearPeriod = year ? resolved(year, calendar, state) : null;
	if (yearPeriod) return {period: yearPeriod, text: year!.text, by: false};
	// "うち国内には4,000億円を充て": the part of the deal before shares its span.
	// Not the sum it was raised from ("前回計画の8兆円から積み増す。このうち…"): that one is of the plan before.
	if (ofWhich && state.last?.period && state.last.measure.cue.family === 'deal' && !state.last.prior) return {period: state.last.period, text: '', by: false};
	const planned = ofWhich && state.last?.prior ? planYears() : null;
	if (planned) return {period: planned, text: '', by: false};
	// "…2,000億円を投資し、AI人材を2030年度までに1万人へ": a target year in a later clause is another figure's.
	const by = facts.periods.find(mention => mention.qualifier === 'by' && (mention.end <= quantity.start || !/[、,。]/.test(facts.normalized.slice(quantity.end, mention.start))));
	const relative = /(?:今後|向こう)?\d{1,2}年間|累計/.exec(facts.normalized)?.[0] ?? '';
	return {period: null, text: relative, by: by !== undefined};
}

/** The period of a number, and the words that gave it. */
export function periodOf(
	facts: SentenceFacts,
	quantity: Quantity,
	clause: readonly [number, number],
	family: Family,
	choice: MeasureChoice,
	calendar: FiscalCalendar,
	state: ReadingState,
	prior: {readonly prior: Prior; readonly at: number} | null,
	company: string | null = null,
): PeriodChoice {
	switch (family) {
		case 'stock':
			return stockPeriod(facts, quantity, state, calendar);
		case 'deal': {
			// "12月末時点のオープンAIへの出資比率は約11%": a stake held is a level, as of the day written.
			if (choice.cue.kind === 'stake' && /時点|現在/.test(facts.normalized.slice(0, quantity.start))) {
				const held = levelPeriod(facts, quantity, clause, calendar, state, choice);
				if (held.period) return held;
			}

			return dealPeriod(
				facts,
				quantity,
				calendar,
				state,
				facts.segments.some(segment => segment.source === 'same' && segment.start < quantity.start),
				choice.cue.kind === 'funding',
			);
		}

		case 'level': {
			// "1年前の10万8,900人", "前四半期末の303億ドル": the as-of date of the number compared with, moved back.
			if (prior && (prior.prior === 'year' || prior.prior === 'quarter')) {
				const current = levelPeriod(facts, {...quantity, start: prior.at, end: prior.at}, [0, prior.at], calendar, state, {...choice, hit: null});
				// "従業員数は4月末で7万4,200人と、1年前の7万6,400人から減った": the day of the level just told, when that level's words
				// kept the date to themselves.
				const told = state.last?.sentence === facts.sentence.index && state.last.block === facts.sentence.block && state.last.measure.cue.kind === choice.cue.kind ? state.last.period : null;
				const currentPeriod = current.period ?? told;
				// "前期末の1,038名" beside "12月末の1,214名": the end of the fiscal year before, not a year back.
				const yearEnd = /^(?:前期末|前年度末|前事業年度末)/.test(facts.normalized.slice(prior.at, prior.at + 6));
				const shifted = currentPeriod ? (yearEnd ? fiscalYearEndBefore(currentPeriod, calendar) : shiftPeriod(currentPeriod, prior.prior, calendar)) : null;
				return shifted ? {period: shifted, text: yearEnd ? '前期末' : prior.prior === 'year' ? '1年前' : '前四半期末', by: false} : none;
			}

			return levelPeriod(facts, quantity, clause, calendar, state, choice);
		}
		case 'flow': {
			// "…、4〜6月期（3,428億円）から42%伸びた": an amount in brackets right after a period is that period's.
			const open = facts.normalized.slice(0, quantity.start).search(/[(（]\s?(?:約|およそ)?\s?$/);
			const glossed =
				open >= 0 && /^\s?[)）]/.test(facts.normalized.slice(quantity.end)) ? facts.periods.find(mention => mention.end === open && mention.qualifier === null && mention.raw.type !== 'day' && mention.raw.type !== 'relative') : undefined;
			const glossedPeriod = glossed ? resolved(glossed, calendar, state) : null;
			if (glossed && glossedPeriod) return {period: glossedPeriod, text: glossed.text, by: false};
			if (prior?.prior === 'forecast') {
				// "5月に上方修正しましたが、当初予想は60億円でした": the month of a revision is not the forecast's period.
				const written = flowPeriod(facts, quantity, clause, calendar, state, choice, company);
				return /^\d{1,2}月$/.test(written.text) ? {period: state.outlookPeriod ?? state.articlePeriod, text: '', by: false} : written;
			}
			if (!prior || prior.prior === 'earlier') {
				const flow = flowPeriod(facts, quantity, clause, calendar, state, choice, company);
				// "2025年12月末時点の携帯電話契約数シェアは": a share of what is held as of a day is of that day.
				// Not the quarter the story reports, which names no time in this sentence.
				if ((!flow.period || !flow.text) && choice.cue.kind === 'market_share' && facts.periods.some(mention => mention.asOf && mention.end <= quantity.start)) {
					const held = levelPeriod(facts, quantity, [0, clause[1]], calendar, state, {...choice, hit: null});
					if (held.period) return held;
				}
				return flow;
			}
			// An earlier value: its own period when written ("前四半期（5〜7月期）の"), else the current one shifted.
			// "前期の営業利益は" after the year's results: the year before the one reported, not before today.
			const own = facts.periods.find(mention => mention.start >= prior.at && mention.end <= quantity.start && datesFlow(facts, mention));
			if (own && own.raw.type !== 'relative') {
				const period = resolved(own, calendar, state);
				if (period) return {period, text: own.text, by: false};
			}

			// The period an earlier value is earlier than: not another earlier value's 前期; "今期" when the sentence
			// sets the two against each other ("前期の3,950億円に対し、今期は5,800億円").
			const thisYear = facts.periods.find(mention => mention.raw.type === 'relative' && mention.raw.offset === 0 && !mention.raw.calendar);
			const thisYearPeriod = thisYear ? resolved(thisYear, calendar, state) : null;
			const current = thisYearPeriod ? {period: thisYearPeriod} : flowPeriod(facts, {...quantity, start: prior.at, end: prior.at}, clause, calendar, state, choice, company, false);
			// 前期 is the whole year before; 前年同期 the same part of it.
			// "4〜6月期の…シェアは前期の7.7%から7.2%に下がった": a quarter's share surveyed is set against the quarter before.
			const earlierQuarter = choice.cue.kind === 'market_share' && /^前期(?!比)/.test(facts.normalized.slice(prior.at, prior.at + 3)) && quarterLong(current.period);
			const wholeYear = !earlierQuarter && /^(?:前期|前年度)(?!比)/.test(facts.normalized.slice(prior.at, prior.at + 4));
			const step = prior.prior === 'quarter' || earlierQuarter ? 'quarter' : 'year';
			const shifted = current.period ? (wholeYear ? fiscalYearBefore(current.period, calendar) : shiftPeriod(current.period, step, calendar)) : null;
			if (shifted) return {period: shifted, text: step === 'quarter' ? '前四半期' : '前年同期', by: false};
			const relative = own ? resolved(own, calendar, state) : null;
			return relative ? {period: relative, text: own!.text, by: false} : none;
		}
	}
}
