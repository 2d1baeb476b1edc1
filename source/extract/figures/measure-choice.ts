import type {FigureKind} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import type {SentenceFacts} from '../analysis.js';
import type {Comparison, MeasureCue} from '../lexicon-entry.js';
import type {LexiconHit} from '../lexicon.js';
import type {MeasureChoice, ReadingState} from './types.js';

// How a number relates to a measure's cue, and the strategy every rule of measure.ts is: shared by each family of rules.

type UnitClass = 'money' | 'percent' | 'points' | 'count';

export function unitClass(quantity: Quantity): UnitClass {
	if (quantity.unit === '%') return 'percent';
	if (quantity.unit === 'pt') return 'points';
	if (quantity.unit === 'count') return 'count';
	return 'money';
}

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
	// "41.5%から34.0%に低下": the level it moved to, not a change.
	if (after && /^[)）]?\s?[のとで]?$/.test(facts.normalized.slice(quantity.end, after.start).trim())) return after.entry.marker as 'up' | 'down';
	// "シェアをそれぞれ2.1ポイント、0.6ポイント落とした": amounts listed after それぞれ share the verb after the last of them.
	const next = facts.quantities.find(other => other.start > quantity.end && /^\s?[、,]\s?(?:約)?\s?$/.test(facts.normalized.slice(quantity.end, other.start)));
	if (next && facts.normalized.lastIndexOf('それぞれ', quantity.start) !== -1) return directionOf(facts, next);
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
export function isChange(facts: SentenceFacts, quantity: Quantity): boolean {
	return quantity.signed || quantity.multiple || directionOf(facts, quantity) !== null;
}

/** "売上高に占める…比率", "売上高全体の57%を占めた", "売上高の11%": a part of the measure, not its change. */
export const partOfNear = (facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]) =>
	hitsBetween(facts, clause[0], Math.min(clause[1], quantity.end + 6), hit => hit.entry.marker === 'part-of').length > 0 ||
	// "売上収益に占める比率を、2028年3月期に50%超に高める": the ratio a clause before made the object, with no number between.
	(/に占める\s?(?:比率|割合|構成比)を[、,]/.test(facts.normalized.slice(0, clause[0])) && !facts.quantities.some(other => other.end <= clause[0] && other.start > facts.normalized.lastIndexOf('に占める', clause[0]))) ||
	facts.words.some(hit => hit.entry.measure !== undefined && hit.end <= quantity.start && /^(?:全体)?の\s?(?:約)?$/.test(facts.normalized.slice(hit.end, quantity.start))) ||
	/全体の\s?(?:約)?\s?$/.test(facts.normalized.slice(Math.max(clause[0], quantity.start - 6), quantity.start));

/**
 * "IDC Japanは…NRIのシェアを16.8%と推計する一方、矢野経済研究所は19.5%とみている": another research firm's count of
 * the share just told, naming no company of its own.
 */
export function recountedByFirm(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): boolean {
	const last = state.last;
	if (quantity.unit !== '%' || !last || last.measure.cue.kind !== 'market_share') return false;
	// Right after the share, or, for a list of companies' shares, in the paragraph after it ("同じ期間について、カナリスは…").
	const next = last.block === facts.sentence.block && last.sentence >= facts.sentence.index - 1;
	const nextParagraph = last.block >= facts.sentence.block - 1 && last.sentence >= facts.sentence.index - 4;
	if (!nextParagraph) return false;
	const speaking = (from: number) => facts.firms.findLast(mention => mention.start >= from && mention.end <= quantity.start && (mention.role === 'topic' || mention.role === 'subject'));
	const after = facts.normalized.slice(quantity.end, quantity.end + 120);
	const firm = speaking(clause[0]);
	if (firm && !facts.mentions.some(mention => mention.start > firm.end && mention.start < quantity.start)) return next && /^\s?(?:程度|前後)?\s?と\s?(?:推計|推定|見積も|み|し|試算|算出)/.test(after);
	// "カナリスはAWSを31%、マイクロソフトを23%、グーグルを11%とはじいた": each company given its share in turn, the verb after the last.
	const lister = speaking(0);
	const given = lister ? facts.mentions.findLast(mention => mention.start > lister.end && mention.end <= quantity.start) : undefined;
	return given !== undefined && /^\s?を\s?(?:約)?\s?$/.test(facts.normalized.slice(given.end, quantity.start)) && firmListEnds.test(after);
}

const firmListEnds = /^\s?(?:[、,]\s?[^、。]{1,24}?を\s?(?:約)?\s?[\d.]+\s?%\s?)*(?:程度|前後)?\s?と\s?(?:推計|推定|見積も|はじ|み|し|試算|算出)/;

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

export function choose(cue: MeasureCue, hit: LexiconHit | null, facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], strategy: string): MeasureChoice | null {
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

export const measures = (facts: SentenceFacts) => facts.words.filter(hit => hit.entry.measure !== undefined && !excluded(facts, hit));

/** "税費用の影響を除くと7.12ドル": the same measure, adjusted. */
export const adjusting = /除く|除いた|除外|調整後|Non-GAAP|non-GAAP|特殊要因/i;

export interface StrategyInput {
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

export type Strategy = (input: StrategyInput) => MeasureChoice | null;

/** "首位のレノボが25.9%", "2位の米HPは20.8%", "アップルは9.6%で4位": a number of a ranking. */
export function ranks(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): boolean {
	return /(?:首位|\d位|トップ)/.test(facts.normalized.slice(clause[0], quantity.start)) || /^\s?で\s?(?:\d位|首位|トップ)/.test(facts.normalized.slice(quantity.end, quantity.end + 6));
}
