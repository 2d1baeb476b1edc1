import type {MetricKind, MetricUnit} from '../dataset/schema.js';
import type {Qualifier, Quantity} from './amounts.js';
import {clauseAt, type RoledMention, type SentenceFacts} from './analysis.js';
import type {CompanyMatcher} from './companies.js';
import {cellsOf, headerCellAt, type TableContext} from './tables.js';

/** A figure found in one sentence, before ids and the article's date are attached. */
export interface FoundMetric {
	readonly company: string;
	readonly segment: string | null;
	readonly kind: MetricKind;
	readonly label: string;
	readonly value: number;
	readonly unit: MetricUnit;
	readonly text: string;
	readonly qualifier: Qualifier;
	readonly converted: {readonly value: number; readonly unit: MetricUnit} | null;
	readonly counterparty: string | null;
	readonly period: string | null;
	readonly order: number;
	readonly superseded: boolean;
	readonly sentence: number;
}

interface Cue {
	readonly kind: MetricKind;
	readonly label: string;
	readonly pattern: RegExp;
}

// English cues are for sentences quoted from wire services ("shares rose 4%", "market share of 30%").
const percentCues: readonly Cue[] = [
	{kind: 'market_share', label: 'Market share', pattern: /シェア|占有率|market share|\bshare\b(?!\s+price)/gi},
	{kind: 'stock_move', label: 'Stock move', pattern: /株価|株式|株(?=[はがもを])|終値|時価総額|ストップ(?:高|安)|\bshares\b|\bshare price\b|\bstock\b/gi},
	{kind: 'revenue_growth', label: 'Revenue growth', pattern: /収益|売上|売り上げ|収入|増収|減収|成長率|増加率|伸び率|\brevenues?\b|\bsales\b/gi},
	{kind: 'customers', label: 'Customers', pattern: /顧客|ユーザー|利用者/g},
];

const moneyCues: readonly Cue[] = [
	{kind: 'investment', label: 'Capex', pattern: /設備投資|capex|capital expenditures?|capital spending/gi},
	{kind: 'investment', label: 'Funding', pattern: /資金提供|資金調達|調達|\braised?\b|\bfunding\b/gi},
	{kind: 'other', label: 'Valuation', pattern: /評価額|企業価値|\bvaluation\b|\bvalued at\b/gi},
	{kind: 'investment', label: 'Investment', pattern: /投資|投じ|拠出|出資|\binvest(?:s|ed|ing|ments?)?\b/gi},
	{kind: 'other', label: 'Market cap', pattern: /時価総額/g},
	{kind: 'other', label: 'Profit', pattern: /純利益|営業利益|最終利益|利益|純損益|営業損益|最終損益|損益|黒字|赤字|\bprofits?\b|\bnet income\b|\boperating income\b/gi},
	{kind: 'revenue', label: 'Revenue', pattern: /売上高|売上|売り上げ|収益|収入|\brevenues?\b|\bsales\b/gi},
	{kind: 'other', label: 'Contract', pattern: /契約|提携|受注|ディール|\b(?:deal|contract|agreement)s?\b/gi},
];

// A percentage change of profit ("営業利益は前年同期比▲5%") is neither revenue growth nor any other
// kind the dataset has: when the nearest cue names profit, the percentage is left out, not mislabelled.
const percentBlockers: readonly Cue[] = [{kind: 'other', label: 'Profit change', pattern: /営業利益|純利益|経常利益|最終利益|利益|損益|純益|減益|増益|\bprofits?\b|\bnet income\b|\boperating income\b/gi}];
// A change on the quarter or month before is not the year-on-year growth a series plots: a
// percentage in a clause that says so is left out.
const sequential = /前四半期比|前月比|QoQ|quarter[- ]over[- ]quarter|sequential(?:ly)?/i;
// "前年比" says a percentage is a change on last year, not of what: that comes from the nearest other
// cue (revenue, profit); alone, it is revenue growth, the change news reports most.
const yearOnYear: Cue = {kind: 'revenue_growth', label: 'Revenue growth', pattern: /前年比|前年同期比|前年同月比|前年度比|前期比|YoY|year[- ]over[- ]year|year[- ]on[- ]year|from a year (?:earlier|ago)/i};

const countCues: readonly Cue[] = [{kind: 'customers', label: 'Customers', pattern: /顧客|ユーザー|利用者|導入企業|契約者|会員|加入者/g}];

function cuesFor(unit: MetricUnit): readonly Cue[] {
	if (unit === '%') return percentCues;
	if (unit === 'count') return countCues;
	return moneyCues;
}

/** The cue nearest the quantity within its clause; null when none, 'blocked' when the nearest is a blocker. */
function nearestCue(facts: SentenceFacts, quantity: Quantity, [start, end]: readonly [number, number]): Cue | 'blocked' | null {
	const clause = facts.normalized.slice(start, end);
	if (quantity.unit === '%' && sequential.test(clause)) return 'blocked';
	let best: {cue: Cue; distance: number} | null = null;
	const blockers = quantity.unit === '%' ? percentBlockers : [];
	for (const cue of [...cuesFor(quantity.unit), ...blockers]) {
		for (const match of clause.matchAll(cue.pattern)) {
			const at = start + match.index;
			const distance = at < quantity.start ? quantity.start - (at + match[0].length) : at - quantity.end;
			// Ties go to the cue listed first: "設備投資" before "投資".
			if (!best || distance < best.distance) best = {cue, distance};
		}
	}

	if (!best) return quantity.unit === '%' && yearOnYear.pattern.test(clause) ? yearOnYear : null;
	return blockers.includes(best.cue) ? 'blocked' : best.cue;
}

const falling = /^(?:の)?(?:安|下落|下げ|押し下げ|値下がり|急落|減少|減|マイナス|低下|縮小|ダウン)/;
// English puts the verb first: "shares fell 4%", "dropped by 2.1%".
const fallingBefore = /\b(?:fell|dropped|declined|slid|slipped|tumbled|plunged|sank|lost|down)(?:\s+by)?\s*$/i;
const rising = /^(?:の)?(?:高|上昇|上げ|押し上げ|値上がり|急騰|跳ね上が|増加|増|プラス|拡大|アップ|成長)/;

function signed(facts: SentenceFacts, quantity: Quantity, cue: Cue): number {
	const after = facts.normalized.slice(quantity.end, quantity.end + 8);
	// "1742億円の赤字": a loss is a negative profit.
	if (cue.label === 'Profit') return /^(?:の)?赤字/.test(after) && quantity.value > 0 ? -quantity.value : quantity.value;
	if (cue.kind !== 'stock_move' && cue.kind !== 'revenue_growth') return quantity.value;
	const before = facts.normalized.slice(Math.max(0, quantity.start - 16), quantity.start);
	if ((falling.test(after) || fallingBefore.test(before)) && quantity.value > 0) return -quantity.value;
	return quantity.value;
}

const dealKinds = new Set(['Investment', 'Capex', 'Funding', 'Contract']);

// A share, growth rate, revenue or customer count that is aimed at or forecast ("シェア10%を狙う",
// "売上高200億ドルを見込む", "目標はシェア20%") is not an observation: a series of them would mix
// plans with results. Planned amounts of deals stay: a capex plan is the news.
const levelKinds = new Set<MetricKind>(['market_share', 'revenue_growth', 'revenue', 'customers']);
const aimAfter = /^[^、。,]{0,12}?(?:を|に|へ)?(?:狙|目指|目標|見込|見通し|予想|予測|計画|想定)/;
const aimBefore = /(?:目標|計画|見通し|予想|予測|想定)(?:は|では|として|で)?[^、。,]{0,12}$/;

function isAim(facts: SentenceFacts, quantity: Quantity): boolean {
	return aimAfter.test(facts.normalized.slice(quantity.end, quantity.end + 24)) || aimBefore.test(facts.normalized.slice(Math.max(0, quantity.start - 24), quantity.start));
}

/**
 * Who a figure is about. Level figures (share, growth, revenue, stock) belong to the nearest company
 * named before them in their clause ("Azureの収益が30%増加" -> Azure); deals belong to their actor,
 * not to the recipient ("同社はOpenAIに100億ドルを投資" -> the topic, not OpenAI), and funding
 * received belongs to the giver ("マイクロソフトから...資金提供を受け").
 */
function attribute(facts: SentenceFacts, quantity: Quantity, label: string): {company: RoledMention | null; counterparty: string | null} {
	const [clauseStart, clauseEnd] = clauseAt(facts, quantity.start);
	const before = facts.mentions.filter(mention => mention.end <= quantity.start);
	const inClause = (mention: RoledMention) => mention.start >= clauseStart && mention.end <= clauseEnd;
	if (dealKinds.has(label)) {
		const received = /受け/.test(facts.normalized.slice(quantity.end, quantity.end + 30));
		const giver = received ? facts.mentions.find(mention => mention.role === 'source') : undefined;
		let actor =
			giver ??
			before.findLast(mention => mention.role === 'topic' || mention.role === 'subject') ??
			before.findLast(mention => inClause(mention) && mention.role !== 'recipient' && mention.role !== 'partner') ??
			facts.mentions.find(mention => mention.start >= quantity.end && inClause(mention) && mention.role !== 'recipient') ??
			facts.mentions.find(mention => mention.start >= quantity.end && (mention.role === 'topic' || mention.role === 'subject')) ??
			(facts.topicBefore ? {...facts.topicBefore, role: 'topic' as const, resolved: true} : null);
		// "OpenAIとAWSは...契約": the first of a joint subject acts; the second is the other party.
		const jointFirst = actor && facts.mentions.find(mention => mention.role === 'partner' && mention.end <= actor!.start && /^\s?(?:[(（][^()（）]{0,30}[)）])?と\s?$/.test(facts.normalized.slice(mention.end, actor!.start)));
		if (jointFirst && !giver) actor = jointFirst;
		const others = facts.mentions.filter(mention => mention.company !== actor?.company);
		const preferred = others.find(mention => mention.role === 'recipient' || mention.role === 'partner' || mention.role === 'source' || mention.role === 'topic' || mention.role === 'subject');
		return {company: actor ?? null, counterparty: (preferred ?? others[0])?.company ?? null};
	}

	const named = before.findLast(inClause) ?? before.at(-1) ?? facts.mentions.find(mention => mention.start >= quantity.end && inClause(mention));
	// "国内データセンター市場は前年比15%増": a sentence about a market, naming no company, is not about
	// the company the text was about.
	const aboutMarket = /市場|業界/.test(facts.normalized.slice(0, quantity.start));
	const company = named ?? (facts.topicBefore && !aboutMarket ? {...facts.topicBefore, role: 'topic' as const, resolved: true} : null);
	return {company, counterparty: null};
}

// "27日発表した決算", "先月末に公表した": the day results were announced is not the period they cover.
const announcedAfter = /^(?:末|初め|頃)?(?:に|の)?(?:発表|公表|開示|報告)/;

/**
 * The period a figure covers: a date written just before it ("2022年Q4の1%"), else the nearest
 * date in its clause, preferring one before it, else one written before it in the sentence. A
 * level (share, growth, revenue, customers) is not dated by the day it was announced.
 */
function periodOf(facts: SentenceFacts, quantity: Quantity, kind: MetricKind): string | null {
	const [clauseStart, clauseEnd] = clauseAt(facts, quantity.start);
	const usable = facts.dates.filter(date => date.qualifier !== 'since' && !(levelKinds.has(kind) && announcedAfter.test(facts.normalized.slice(date.end, date.end + 8))));
	const attached = usable.find(date => date.end <= quantity.start && /^\s?(?:の|は|には|に|で|では|時点で)?\s?$/.test(facts.normalized.slice(date.end, quantity.start)));
	if (attached) return attached.date;
	const inClause = usable.filter(date => date.start >= clauseStart && date.end <= clauseEnd);
	const distance = (date: (typeof usable)[number]) => (date.end <= quantity.start ? quantity.start - date.end : 2 * (date.start - quantity.end) + 1);
	const nearest = inClause.sort((a, b) => distance(a) - distance(b))[0];
	return (nearest ?? usable.filter(date => date.end <= quantity.start).at(-1))?.date ?? null;
}

function labelFor(kind: MetricKind, label: string, segment: string | null, matcher: CompanyMatcher, company: string, facts: SentenceFacts): string {
	// A share continuing a list of cloud shares ("首位のAWSは…、3位はグーグルの11.8%") is one too.
	if (kind !== 'market_share' || label === 'Cloud share') return label;
	const category = segment ? matcher.segment(company, segment)?.category : undefined;
	return category === 'cloud' || /クラウド/.test(facts.normalized) ? 'Cloud share' : 'Market share';
}

/** Whether a cue's word is in `text`; `search` leaves the global pattern's lastIndex as it was, `test` would not. */
function names(cue: Cue, text: string): boolean {
	return text.search(cue.pattern) !== -1;
}

/**
 * What a table says a row's number is (or a list an item's): the cue in its column's header cell,
 * else in the sentence before the table or list; a share is a cloud share where either speaks of クラウド.
 */
function tableCue(table: TableContext, above: {text: string} | null, unit: MetricUnit): Cue | null {
	const cue = cuesFor(unit).find(candidate => names(candidate, above?.text ?? '')) ?? cuesFor(unit).find(candidate => names(candidate, table.caption));
	return cue?.kind === 'market_share' && /クラウド/.test(`${above?.text ?? ''} ${table.caption}`) ? {...cue, label: 'Cloud share'} : (cue ?? null);
}

/** Whether a table row starts with a label that is a cue ("売上高 | 7兆円", "シェア | 30%"). */
function labelledRow(facts: SentenceFacts): boolean {
	const [start, end] = cellsOf(facts.normalized)[0]!;
	const label = facts.normalized.slice(start, end);
	return [...percentCues, ...moneyCues, ...countCues].some(cue => names(cue, label));
}

/** What the last figure of a sentence was: a bare one in the next sentence may continue its list. */
export interface CarriedKind {
	readonly kind: MetricKind;
	readonly label: string;
	readonly unit: MetricUnit;
	readonly block: number;
}

/**
 * The figures of one sentence, each tied to a company, or none when it cannot be tied. `carried`
 * is the last figure of the sentence before: "…Google Cloudのシェアは13%…。首位のAWSは30%、Azureは
 * 21%だった。" — percentages with no cue of their own, right after shares in the same paragraph, are shares.
 */
export function metricsFromSentence(facts: SentenceFacts, matcher: CompanyMatcher, carried: CarriedKind | null = null, context: TableContext | null = null): FoundMetric[] {
	const row = facts.sentence.blockKind === 'table';
	// A table row that names no company is read only as "label | value" ("売上高 | 7兆円"), for the
	// article's company; "その他 | 20%" under "企業 | シェア" is nobody's share.
	if (row && facts.mentions.length === 0 && !labelledRow(facts)) return [];
	const found: FoundMetric[] = [];
	let previous = null as {kind: MetricKind; label: string; unit: MetricUnit} | null;
	for (const quantity of facts.quantities) {
		const clause = clauseAt(facts, quantity.start);
		const own = nearestCue(facts, quantity, clause);
		if (own === 'blocked') continue;
		let cue: Cue | null = own;
		// "AWS | 30%" under "企業 | シェア", or "・AWS: 30%" below "…のシェアは次の通り。": the table or
		// list says what the number is.
		const above = row && context ? headerCellAt(context, facts.normalized, quantity.start) : null;
		if (!cue && context) cue = tableCue(context, above, quantity.unit);
		// "Azureの収益増加率30%は、AWSの13%を上回る": a bare figure compared with the one before shares its kind.
		if (!cue && previous?.unit === quantity.unit) cue = {kind: previous.kind, label: previous.label, pattern: /$^/g};
		// "AMDの株価は同日、2.1%安", "シェアが...（34%から29%）": the kind was named in an earlier clause,
		// as long as no other figure stands between to claim it.
		if (!cue) {
			const earlier = facts.clauses.filter(([, end]) => end <= clause[0]).reverse();
			for (const range of earlier) {
				// A figure of another unit does not claim it: "営業利益は前年同期比で19%増え、114億ドルだった".
				if (facts.quantities.some(other => other.unit === quantity.unit && other.start >= range[0] && other.start < range[1])) break;
				const earlierCue = nearestCue(facts, {...quantity, start: range[1], end: range[1]}, range);
				if (earlierCue === 'blocked') break;
				cue = earlierCue;
				if (cue) break;
			}
		}

		// Only percentages, only in the same paragraph, and only for a company named before the figure in its clause.
		if (!cue && found.length === 0 && carried?.unit === '%' && quantity.unit === '%' && carried.block === facts.sentence.block) {
			const named = facts.mentions.some(mention => mention.end <= quantity.start && mention.start >= clause[0] && !mention.resolved);
			if (named) cue = {kind: carried.kind, label: carried.label, pattern: /$^/g};
		}

		if (!cue) continue;
		if (levelKinds.has(cue.kind) && isAim(facts, quantity)) continue;
		// "全体の88%を占めた": a part of a whole, not a rate of growth.
		if (cue.kind === 'revenue_growth' && /^\s?を占め/.test(facts.normalized.slice(quantity.end, quantity.end + 4))) continue;
		const {company, counterparty} = attribute(facts, quantity, cue.label);
		if (!company) continue;
		const segment = company.segment;
		const label = labelFor(cue.kind, cue.label, segment, matcher, company.company, facts);
		previous = {kind: cue.kind, label, unit: quantity.unit};
		found.push({
			company: company.company,
			segment,
			kind: cue.kind,
			label,
			value: signed(facts, quantity, cue),
			unit: quantity.unit,
			text: quantity.text,
			qualifier: quantity.qualifier,
			converted: quantity.converted,
			counterparty: counterparty === company.company ? null : counterparty,
			period: periodOf(facts, quantity, cue.kind) ?? above?.date ?? context?.captionDate ?? null,
			order: quantity.transition?.order ?? 0,
			superseded: quantity.transition?.order === 0,
			sentence: facts.sentence.index,
		});
	}

	return found;
}
