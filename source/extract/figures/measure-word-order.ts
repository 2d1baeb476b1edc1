import type {Quantity} from '../amounts.js';
import {inClosedAside} from '../analysis.js';
import type {MeasureCue} from '../lexicon-entry.js';
import {lexicon, type LexiconHit} from '../lexicon.js';
import {adjusting, choose, comparisonOf, isChange, measures, ranks, recountedByFirm, unitClass, type Strategy} from './measure-choice.js';

// Strategies that find a number's measure by where it is written: after の or という, before it, in an earlier clause or sentence, in a caption.

/** "4,400億円の投資", "20億ドルの出資を発表", "1兆4,000億ドルの計算資源の確保": the measure named right after の. */
export const measureAfterNo: Strategy = ({facts, quantity, clause}) => {
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
export const enumeratedBeforeMeasure: Strategy = ({facts, quantity, clause}) => {
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
export const measureAfterToiu: Strategy = ({facts, quantity, clause}) => {
	const told = /^(?:\s?[、,]\s?[^、。をがは]{0,12}?)*\s?という\s?/.exec(facts.normalized.slice(quantity.end, quantity.end + 40));
	if (!told) return null;
	const hit = measures(facts).find(word => word.start === quantity.end + told[0].length);
	return hit ? choose(hit.entry.measure!, hit, facts, quantity, clause, 'measure after という') : null;
};

/** "5,000億円を設備投資に充てる", "1兆円を研究開発費に": the measure the amount is put to, right after it. */
export const measureAfterObject: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money') return null;
	const rest = facts.normalized.slice(quantity.end, clause[1]);
	const object = /^\s?(?:[(（][^()（）]*[)）])?\s?(?:を|分を)\s?/.exec(rest);
	if (!object) return null;
	const hit = measures(facts).find(word => word.start === quantity.end + object[0].length && /^(?:に|へ)/.test(facts.normalized.slice(word.end, word.end + 1)));
	return hit ? choose(hit.entry.measure!, hit, facts, quantity, clause, 'measure after を') : null;
};

/** "300億ドルを追加出資", "280億ドル分購入", "230億ドルを調達", "4,000億円を充て": a deal's verb after its amount. */
export const dealVerbAfter: Strategy = ({facts, quantity, clause}) => {
	if (unitClass(quantity) !== 'money' && unitClass(quantity) !== 'percent') return null;
	const end = facts.normalized.indexOf('。', quantity.end);
	const limit = Math.min(end === -1 ? facts.normalized.length : end, quantity.end + 60);
	const next = measures(facts).find(hit => hit.start >= quantity.end && hit.start < limit);
	if (!next || next.entry.measure!.family !== 'deal') return null;
	// Only words and other amounts of the same enumeration between: "Xが40億ドル、Yが90億ドルを出資".
	if (/[。]/.test(facts.normalized.slice(quantity.end, next.start))) return null;
	// Not "通期では7,200億円を計画し、このうち…に約1,000億円を充てる": the verb of a part named after the whole is the part's.
	if (/(?:^|[、,])\s?(?:この|その)?うち/.test(facts.normalized.slice(quantity.end, next.start))) return null;
	// Not "760億円で、米国のデータセンター投資が追い風になった": a deal named as the subject of another clause is a cause, no verb of the amount.
	if (/[、,]/.test(facts.normalized.slice(quantity.end, next.start)) && /^\s?(?:が|も|は)/.test(facts.normalized.slice(next.end, next.end + 2))) return null;
	return choose(next.entry.measure!, next, facts, quantity, clause, 'deal verb after');
};

/** The measure named last before the number in its clause: "売上高が前年同期比56%増の548億ドル". */
export const measureBefore: Strategy = ({facts, quantity, clause}) => {
	// "新規商談獲得額（…売上見込みベース）は2,400億円": a word in an aside before the number is not its measure.
	// "出資比率は払い込み後に約13%": a word that cannot measure this kind of number (払い込み is money) is passed over.
	const unit = unitClass(quantity);
	const fits = (word: LexiconHit) => unit === 'points' || word.entry.measure!.units.includes(unit === 'percent' ? 'percent' : unit);
	// "純負債の比率（LTV）は": an aside that is only the measure's short name names it all the same.
	const shortName = (word: LexiconHit) => /[(（]/.test(facts.normalized[word.start - 1] ?? '') && /[)）]/.test(facts.normalized[word.end] ?? '');
	// "AIサーバーの出荷拡大を背景に前年同月比25%増": what a phrase of cause names is not what the number measures.
	const cause = (word: LexiconHit) => /^[^、。はが]{0,8}?(?:を背景に|により|によって|が寄与し|が響き|が響いて|が押し上げ|が押し下げ)/.test(facts.normalized.slice(word.end, word.end + 18));
	// "企業評価額は…資金調達時点で44億ドル": a word that dates the number (…時点で, …時の) is not what it measures.
	const when = (word: LexiconHit) => /^\s?(?:時点|時|の時点|当時|の際)(?:で|の|に|は)?/.test(facts.normalized.slice(word.end, word.end + 5));
	// "研究開発費は…売上高の22%にあたる約10億ドル": the measure a part is taken of is the base, not what the amount after measures.
	const base = (word: LexiconHit) => word.end < quantity.start && /^の\s?(?:約)?\s?[\d.]+\s?(?:%|割)\s?(?:にあたる|に当たる|に相当する|相当の)/.test(facts.normalized.slice(word.end, quantity.start));
	const before = measures(facts).filter(word => word.start >= clause[0] && word.end <= quantity.start && !cause(word) && !when(word) && !base(word) && (shortName(word) || !inClosedAside(facts.normalized, word.start, quantity.start)));
	const last = before.at(-1);
	const hit = last && !fits(last) ? (before.findLast(fits) ?? last) : last;
	if (!hit) return null;
	// "評価額200億ドルで2億ドルを調達": the level's own amount stands between it and a deal's amount.
	const taken = facts.quantities.some(other => other !== quantity && other.ignore === null && other.start >= hit.end && other.end <= quantity.start && unitClass(other) === unitClass(quantity));
	// "追加出資で計1,300億円を調達": money raised is funding, whatever way it came; "230億円（約1億5,000万ドル）を調達" as well.
	const raised = /^(?:\s?[(（][^()（）]{1,24}[)）])?\s?を?(?:追加)?(?:で)?調達/.test(facts.normalized.slice(quantity.end, quantity.end + 34));
	if (raised && ((taken && hit.entry.measure!.family === 'level') || hit.entry.measure!.kind === 'investment')) return null;
	return choose(hit.entry.measure!, hit, facts, quantity, clause, 'measure before');
};

/**
 * The measure of an earlier clause of the sentence: "売上高は42億ドルで、前年同期比30%増えた". A number
 * of the same unit in between claims it, unless this number names its own company or is tied to that one
 * ("AWSが32%、マイクロソフトが22%", "純利益は400億円で、4〜6月期の170億円から").
 */
const causeClause = /(?:が寄与し|が響き|が響いて|が効いて|が押し上げ|が押し下げ|により|によって|を背景に)[、,]$/;
export const earlierClause: Strategy = ({facts, quantity, clause, ownerNamed, linked}) => {
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

/**
 * The measure of the figure before, in the same paragraph, for a sentence that names none and is tied to
 * it: "売上収益は4,480億円だった。4〜6月期の3,420億円から31%増えた" or "スマートフォン向けは30%だった".
 */
export const sentenceBefore: Strategy = ({facts, quantity, clause, state, ownerNamed, linked}) => {
	const last = state.last;
	if (last && recountedByFirm(facts, quantity, clause, state)) return {...last.measure, hit: null, strategy: 'sentence before', comparison: null};
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
	// "…連結最終利益は…3512億円に伸びた。⏎併せて、通期の同利益は…7000億円とする従来予想を据え置いた": 同利益 names the
	// measure of the figure before, a paragraph on.
	const sameMeasure =
		last !== null &&
		facts.sentence.block - last.block <= 1 &&
		(last.measure.cue.family === 'flow' || last.measure.cue.family === 'level') &&
		/同(?:利益|損益|売上高?|売上収益|収益)(?:は|が|を|も)\s?/.test(facts.normalized.slice(clause[0], quantity.start));
	if (sameMeasure) return last.unit === quantity.unit ? {...last.measure, hit: null, strategy: 'sentence before', comparison: null} : choose(last.measure.cue, null, facts, quantity, clause, 'sentence before');
	if (!last || (last.block !== facts.sentence.block && !nextBreakdown && !nextShare) || (last.sentence < facts.sentence.index - 2 && !segmentLine && !nextBreakdown)) return null;
	if (measures(facts).some(hit => hit.start < quantity.start)) return null;
	// "…「A」の売上高が318億円…。同ドメインの顧客は27万社に達した。「B」は9%増の64億円": a line after a level of another
	// kind goes on with the lines' measure of money.
	const lines = state.lineMeasure;
	if (
		segmentLine &&
		lines?.block === facts.sentence.block &&
		(last.unit !== quantity.unit || last.measure.cue.kind !== lines.measure.cue.kind) &&
		(unitClass(quantity) === 'money' || (quantity.unit === '%' && isChange(facts, quantity))) &&
		(ownerNamed || linked)
	)
		return lines.unit === quantity.unit ? {...lines.measure, hit: null, strategy: 'sentence before', comparison: null} : choose(lines.measure.cue, null, facts, quantity, clause, 'sentence before');
	if (!ownerNamed && !linked) return null;
	// "…6.2%高まで買われた。…市場が前年比58%増に拡大するとの予測": a change over a year or a quarter is no share's move
	// that day.
	const since = comparisonOf(facts, quantity, clause);
	if (last.measure.cue.family === 'stock' && since !== null && since !== 'day') return null;
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
	// Not "従業員数は約180人。…採用している企業は70社": a count in another counter is no number of the measure before.
	// "…全体の78%を占めた。個人向けは641億円で、前の期比1.2%減った": a change on the year is no share of the whole before it,
	// and what it changes is not told: left out.
	if (last.measure.role === 'part' && change && comparisonOf(facts, quantity, clause) !== null) return null;
	// "…純利益は18億ドルだった。IDGが548億ドル、ISGが182億ドル": a part is never larger than the whole; a business's amount
	// above the company's total of the profit before is of some other measure, which the text leaves to guess: left out.
	const businessLine = facts.segments.some(segment => (segment.role === 'topic' || segment.role === 'subject') && segment.start >= clause[0] && segment.end <= quantity.start);
	if (businessLine && last.owner.segment === null && last.measure.cue.kind !== 'revenue' && unitClass(quantity) === 'money' && last.unit === quantity.unit && Math.abs(quantity.value) > Math.abs(last.value)) return null;
	if (last.unit === quantity.unit && quantity.unit !== 'count')
		return {...last.measure, hit: null, strategy: 'sentence before', comparison: last.measure.comparison === null ? null : (comparisonOf(facts, quantity, clause) ?? last.measure.comparison)};
	return choose(last.measure.cue, null, facts, quantity, clause, 'sentence before');
};

const revenueCue: MeasureCue = lexicon.find(entry => entry.id === 'revenue')!.measure!;

/**
 * "事業別では、自動車向けが前期比4%減の6,820億円、産業・インフラ・IoT向けは1%減の6,290億円だった": a breakdown by
 * segment that opens its sentence and names no measure breaks down sales.
 */
export const breakdownOfSales: Strategy = ({facts, quantity, clause}) => {
	if (!/^(?:事業|部門|製品|用途|地域|セグメント|分野|市場)別(?:では|に見ると|にみると|で見ると)[、,]/.test(facts.normalized)) return null;
	if (measures(facts).length > 0 || unitClass(quantity) === 'count') return null;
	if (!facts.segments.some(segment => (segment.role === 'topic' || segment.role === 'subject') && segment.start >= clause[0] && segment.end <= quantity.start)) return null;
	return choose(revenueCue, null, facts, quantity, clause, 'breakdown of sales');
};

/** A list item under a caption that names the measure: "・AWS: 30%" under "シェアは次の通り". */
export const listCaption: Strategy = ({facts, quantity, clause, state, ownerNamed}) => {
	const list = state.listMeasure;
	// "- クラウドサービス：201億円" under "サービス別の売上高は次のとおり": the item's label is the segment that owns it.
	if (!list || facts.sentence.blockKind !== 'bullet' || !(ownerNamed || state.segmentList)) return null;
	return choose(list.measure.cue, null, facts, quantity, clause, 'list caption');
};

/**
 * An earlier value takes the measure of the number it is compared with: "比率は38%と、前年同期の44%から
 * 下がった", "営業利益は41億円から20億円に".
 */
export const sameAsCompared: Strategy = ({quantity, earlier, prior}) => {
	if (!prior) return null;
	const before = earlier.findLast(item => unitClass(item.quantity) === unitClass(quantity));
	// The word named the other number's owner, not this one's: it is not this number's possessor.
	return before ? {...before.choice, hit: null, strategy: 'same as compared'} : null;
};
