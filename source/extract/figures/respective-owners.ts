import type {FigureKind} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import type {RoledMention, SentenceFacts} from '../analysis.js';
import type {Family} from '../lexicon-entry.js';
import {ownerOfDeal} from './deal-and-share-owners.js';
import {unitClass} from './measure-choice.js';
import {companyKinds, textCompany} from './owner-entities.js';
import type {Owner, ReadingState} from './types.js';

// Several companies' numbers in one sentence: それぞれ gives each listed company its own amount, ともに all of them the same one.

/**
 * The companies listed right before `edge`, joined by と, 、 or や ("インテルとクアルコム", "AとBとC"), in
 * the order written; `last` is what may stand between the last name and `edge`.
 */
function listedBefore(facts: SentenceFacts, edge: number, last: RegExp): RoledMention[] {
	const listed: RoledMention[] = [];
	let gap = last;
	for (const mention of [...facts.mentions].reverse()) {
		if (mention.end > edge) continue;
		if (!gap.test(facts.normalized.slice(mention.end, edge))) break;
		if (!listed.some(other => other.company === mention.company)) listed.unshift(mention);
		edge = mention.start;
		gap = /^\s?(?:と|、|,|や|および|及び)\s?(?:米|英|独|仏|中国|韓国|台湾)?\s?$/;
	}

	return listed;
}

/** The companies listed before それぞれ and the amounts of this number's unit after it, in its sentence. */
function respectiveList(facts: SentenceFacts, quantity: Quantity, each: number): {listed: RoledMention[]; amounts: Quantity[]} {
	// "AWSとマイクロソフトのシェアはそれぞれ": the last name may own the measure the amounts are of.
	// "ソフトバンクとエヌビディアが主導し、それぞれ20億ドルを出資": a verb of theirs may come between; "日本HPとデルはシェアを
	// それぞれ…伸ばした", the object of it.
	// "マイクロソフトとエヌビディアが昨年11月に表明した出資（それぞれ最大50億ドル、最大100億ドル）": or their deal, its amounts in brackets.
	// "エヌビディアとマイクロソフトは25年11月、アンソロピックにそれぞれ": the one they pay, and the time told, come between.
	const recipient = facts.mentions.findLast(mention => mention.end <= each && /^\s?に\s?$/.test(facts.normalized.slice(mention.end, each)));
	const written = listedBefore(
		facts,
		recipient?.start ?? each,
		/^\s?(?:の[^、。\d]{1,12}?)?(?:(?:は|が|も|では|とも)(?:\s?(?:\d{2,4}年)?\d{1,2}月(?:\d{1,2}日)?|\s?\d{1,2}日)?(?:[^、。\d]{1,8}?(?:し|して|を))?)?\s?(?:、)?\s?$|^\s?(?:が|は)[^、。()（）]{1,30}?[(（]\s?$/,
	);
	// "両社は…アンソロピックにそれぞれ50億ドル、100億ドルを": the pair 両社 stands for, in the order they were named.
	const pairStart = facts.mentions.find(mention => mention.resolved && mention.start < each && (mention.role === 'topic' || mention.role === 'subject') && facts.normalized.startsWith('両社', mention.start))?.start;
	const pair = pairStart === undefined ? [] : facts.mentions.filter(mention => mention.start === pairStart);
	// "KDDIが51億円、Anthropicが49億円を出資し、出資比率はそれぞれ51%、49%": the companies named each with an amount of their own.
	const withAmounts = facts.mentions.filter(mention => mention.end <= each && !mention.resolved && /^\s?(?:が|は)\s?(?:約)?\d/.test(facts.normalized.slice(mention.end, mention.end + 5)));
	const listed = written.length < 2 && pair.length >= 2 ? pair : written.length < 2 && new Set(withAmounts.map(mention => mention.company)).size === withAmounts.length && withAmounts.length >= 2 ? withAmounts : written;
	const end = facts.normalized.indexOf('。', each);
	const amounts = facts.quantities.filter(other => other.ignore === null && other.start > each && (end === -1 || other.start < end) && unitClass(other) === unitClass(quantity));
	return {listed, amounts};
}

/**
 * "マイクロソフトとエヌビディアはそれぞれ50億ドル、100億ドルを出資する": the companies listed before
 * それぞれ take the amounts after it in order. `unsure` when the counts differ: whose is which is unknown.
 */
export function respectiveCompany(facts: SentenceFacts, quantity: Quantity): RoledMention | 'unsure' | null {
	const each = facts.normalized.indexOf('それぞれ');
	if (each === -1 || each > quantity.start) return null;
	const {listed, amounts} = respectiveList(facts, quantity, each);
	if (listed.length < 2) return null;
	const index = amounts.indexOf(quantity);
	// One amount for all of them is each one's: see `eachOwners`.
	if (amounts.length === 1) return null;
	return index !== -1 && amounts.length === listed.length ? listed[index]! : 'unsure';
}

/**
 * "ソフトバンクとエヌビディアが主導し、それぞれ20億ドルを出資した": one amount after それぞれ is each listed
 * company's own, a deal with the same other party.
 */
export function eachOwners(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], kind: FigureKind, family: Family, state: ReadingState): Owner[] {
	const each = facts.normalized.lastIndexOf('それぞれ', quantity.start);
	if (each === -1 || !/^それぞれ\s?(?:約|およそ)?\s?$/.test(facts.normalized.slice(each, quantity.start))) return [];
	const {listed, amounts} = respectiveList(facts, quantity, each);
	if (amounts.length !== 1 || listed.length < 2) return [];
	const other = family === 'deal' ? ownerOfDeal(facts, quantity, clause, state)?.counterparty : null;
	const counterparty = other && !listed.some(mention => mention.company === other) ? other : family === 'deal' ? textCompany(facts, state) : null;
	return listed.map(mention => ({company: mention.company, segment: family === 'deal' || companyKinds.has(kind) ? null : mention.segment, counterparty: counterparty === mention.company ? null : counterparty, segmentAliases: []}));
}

/** "オラクルとアリババがともに4%": the companies a number is said of together, each with the same number. */
export function jointOwners(facts: SentenceFacts, quantity: Quantity, kind: FigureKind): Owner[] {
	const together = /(?:は|が|も)?\s?(?:ともに|共に|いずれも)\s?(?:約|およそ)?\s?$/.exec(facts.normalized.slice(Math.max(0, quantity.start - 12), quantity.start));
	if (!together) return [];
	const listed = listedBefore(facts, quantity.start - together[0].length, /^\s?$/);
	return listed.length < 2 ? [] : listed.map(mention => ({company: mention.company, segment: companyKinds.has(kind) ? null : mention.segment, counterparty: null, segmentAliases: []}));
}
