import type {Quantity} from '../amounts.js';
import {setOffBy, writtenName, type RoledMention, type SentenceFacts} from '../analysis.js';
import {listedAmongSources} from '../roles.js';
import {touchedInSession} from './measure-kinds.js';
import {describedHead, describesNoun, textCompany} from './owner-entities.js';
import type {Owner, ReadingState} from './types.js';

// Whose a deal or a stock move is: the payer or holder and the other party, and the company whose shares moved.

const partyRoles = new Set(['recipient', 'partner', 'possessor', 'source']);

const unknownNameLead = new RegExp(String.raw`^${writtenName(2)}(?:は|が)`, 'u');
// "インフォマティカ株は6%高": shares of a name.
const namedShares = new RegExp(String.raw`(?:^|[、,\s])${writtenName(3)}株(?:は|が|も)`, 'u');
// "関電の株価は12日、…": a name in kanji that opens its sentence on its shares, not 同社's or 当社's.
const sentenceOnShares = /^(?!同社|当社|自社|両社|各社|他社|全社|同グループ)[\p{Script=Han}ァ-ヶー]{2,8}の株価(?:は|が|も)/u;

/** The payer or holder of a deal, and the other party. */
export function ownerOfDeal(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): Owner | null {
	const after = facts.normalized.slice(quantity.end, quantity.end + 40);
	const mentions = facts.mentions;
	// "GMOインターネットグループは最大200億円、ハイレゾは最大140億円の補助を受ける": a clause led by a name brief does not know is that name's deal.
	const lead = facts.normalized.slice(clause[0], quantity.start).replace(/^[、,\s]+/, '');
	if (unknownNameLead.test(lead) && !mentions.some(mention => mention.start >= clause[0] && mention.start < quantity.start)) return null;
	// "マイクロソフトから…資金提供を受けた": the giver pays.
	const giver = /受け/.test(after) ? mentions.find(mention => mention.role === 'source') : undefined;
	const subject = mentions.findLast(mention => mention.end <= quantity.start && (mention.role === 'topic' || mention.role === 'subject') && !describesNoun(facts, mention));
	// "マイクロソフトのこの1兆円規模の投資": the company the amount is of, whoever the sentence is about.
	// "PFNの累計調達額は約1,600億円": so is the company whose amount the clause's topic is.
	const holder = mentions.findLast(
		mention =>
			mention.role === 'possessor' && mention.start >= clause[0] && /^の\s?(?:この|その|今回の|同|新たな)?\s?$|^の[^、。はがを]{1,10}(?:は|が)\s?(?:約|計|総額|累計|合計)?\s?$/.test(facts.normalized.slice(mention.end, quantity.start)),
	);
	let payer =
		giver ?? holder ?? subject ?? mentions.findLast(mention => mention.end <= quantity.start && mention.start >= clause[0] && mention.role === 'other' && !listedAmongSources(facts.normalized, mention)) ?? describedHead(facts, quantity);
	// "トヨタやNTT、デンソーなど8社が拠出した計73億円", "SBGとOpenAI、オラクルなどが…投じる": a group's money is none of its members'.
	if (payer && !giver && /^\s?(?:[(（][^()（）]{0,30}[)）])?\s?(?:など|ら|等)\s?(?:[^、。はがも]{0,6}?\d{1,3}社)?\s?(?:が|は|も)/.test(facts.normalized.slice(payer.end, payer.end + 24))) return null;
	let company = payer?.company ?? textCompany(facts, state);
	if (!company) return null;
	// "OpenAIとAWSは…契約": the first of a joint subject acts.
	const joint = payer && mentions.find(mention => mention.role === 'partner' && mention.end <= payer!.start && /^\s?(?:[(（][^()（）]{0,30}[)）])?と\s?$/.test(facts.normalized.slice(mention.end, payer!.start)));
	if (joint && !giver) {
		payer = joint;
		company = joint.company;
	}

	// "AWSは…日本で2兆円を投資する計画で、マイクロソフトも…": the subject of another clause does its own deal.
	// The subject a joint one took over ("OpenAIとAWSは、…契約") stays a party.
	const party = (mention: RoledMention) => mention.company !== company && (mention === subject || !((mention.start >= clause[1] || mention.end <= clause[0]) && (mention.role === 'subject' || mention.role === 'topic')));
	const other = giver ? subject : (mentions.find(mention => party(mention) && partyRoles.has(mention.role)) ?? mentions.find(party));
	const counterparty = other?.company ?? null;
	// Where the money goes, when it goes to no company: "インドの…に投資", "データセンター事業に…投資".
	const place =
		counterparty === null
			? facts.segments.find(
					segment =>
						segment.start < quantity.start &&
						segment.start >= (payer?.start ?? 0) &&
						// "国内の事業会社や金融機関から約200億円を集めた": where money comes from is not where it goes.
						// Not "25年度から29年度まで", a span.
						// Nor "国内の事業会社を引受先とする第三者割当増資で", those who take the shares.
						!/(?<![\d年度月期日末])(?:から|より)|引受先|割当先/.test(facts.normalized.slice(segment.end, quantity.start)) &&
						// "欧州で…を投じる": a place is named only before a particle of place, so any of them says where.
						// "AI分野のスタートアップへの出資を重視しており、…500億円を": a unit that owns a noun of an earlier clause is no destination.
						(segment.source === 'region' || (segment.source === 'unit' && (segment.role === 'recipient' || segment.role === 'topic' || (segment.role === 'possessor' && segment.start >= clause[0])))),
				)
			: undefined;
	const ofWhich = facts.segments.find(segment => segment.source === 'same' && segment.start < quantity.start);
	// "AWSは…国内に2兆円を投じる": a unit that pays is the figure's segment, wherever the money goes.
	if (counterparty === null && payer?.company === company && payer.segment) return {company, segment: payer.segment, counterparty, segmentAliases: []};
	if (place) return {company, segment: place.name, counterparty, segmentAliases: place.aliases};
	if (ofWhich && state.segment?.company === company) return {company, segment: state.segment.segment, counterparty, segmentAliases: state.segment.aliases};
	return {company, segment: null, counterparty, segmentAliases: []};
}

/** The company whose shares moved: "マイクロソフト株は", "エヌビディアの株価が", "東京エレクトロンが7%安". */
export function ownerOfStockMove(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): Owner | null {
	// "前日に米オラクルが発表した決算をきっかけに…6.4%安": the company in what set a move off is not the one that moved.
	// "前日の米国市場でエヌビディアが4%高と最高値を更新したことを受け": a move inside what set it off is of that company.
	const setOffAfterMove = (mention: RoledMention) => mention.end + (setOffBy.exec(facts.normalized.slice(mention.end, mention.end + 30))?.[0].length ?? 0) > quantity.end;
	const before = facts.mentions.filter(mention => mention.end <= quantity.start && (!describesNoun(facts, mention) || setOffAfterMove(mention)));
	// "TSMCの米国預託証券（ADR）は": its shares as listed abroad.
	// Not shares another company holds: "保有するOpenAI株の評価をめぐる報道". The holder's own price is its own: "アームの株式の
	// 約90%を保有するソフトバンクグループの株価は".
	const held = (mention: RoledMention) =>
		(/保有(?:する|している|中の)?$/.test(facts.normalized.slice(Math.max(0, mention.start - 8), mention.start)) && !/^\s?の株価/.test(facts.normalized.slice(mention.end, mention.end + 6))) ||
		/^株式?の?(?:評価|売却|含み|取得|買い増し)/.test(facts.normalized.slice(mention.end, mention.end + 10));
	// "アドバンテスト（6857）の株価", "台湾積体電路製造（TSMC）のADR": a code or a reading in brackets between.
	// "「ディスコ」の株価", "ディスコの株を買う動きが広がり": as broadcast news tells of shares.
	const shares = before.findLast(
		mention => /^[」』]?(?:\s?[(（][^()（）]{1,30}[)）])?\s?(?:株(?!式市場)|の株価|の株(?=を|が|は|に)|の(?:米国)?預託証券|(?:の)?ADR)/.test(facts.normalized.slice(mention.end, mention.end + 40)) && !held(mention),
	);
	const subject = before.findLast(mention => mention.start >= clause[0] && (mention.role === 'subject' || mention.role === 'topic' || mention.role === 'other') && !held(mention));
	const earlier = before.findLast(mention => mention.role === 'subject' || mention.role === 'topic');
	// "インフォマティカ株は6%高": shares of a name brief does not know are nobody's it knows.
	const unknownShares = !shares && namedShares.exec(facts.normalized.slice(clause[0], quantity.start));
	if (unknownShares && !facts.mentions.some(mention => mention.start >= clause[0] + unknownShares.index && mention.end <= clause[0] + unknownShares.index + unknownShares[0].length)) return null;
	const openedOnShares = !shares && sentenceOnShares.exec(facts.normalized);
	if (openedOnShares && !facts.mentions.some(mention => mention.end <= openedOnShares[0].length)) return null;
	// "TSMCのADRが4.4%高となり、エヌビディアも2.1%上昇した": a company the number's own clause names, after the shares named before.
	const named = (subject && shares && subject.start > shares.end ? subject : shares) ?? subject ?? earlier;
	if (named) return {company: named.company, segment: null, counterparty: null, segmentAliases: []};
	if (facts.words.some(hit => hit.entry.marker === 'market' && hit.end <= quantity.start)) return null;
	// "フィラデルフィア半導体株指数（SOX）も4%超上昇した": an index moved, no company's shares.
	if (/指数|平均株価|TOPIX|ダウ平均|ナスダック総合|S&P\s?500/.test(facts.normalized.slice(clause[0], quantity.start))) return null;
	// "さくらネット<3778>がストップ高" over "…高の4,455円でストップ高買い気配のまま": the limit move the headline tells of.
	// Not "一時ストップ高となる…22%高" under "…さくらネットはストップ安": a limit the other way is another company's.
	const limit = state.headlineAtLimit;
	if (limit && facts.mentions.length === 0 && facts.normalized.includes(`ストップ${limit.direction}`)) return {company: limit.company, segment: null, counterparty: null, segmentAliases: []};
	// "12月17日にも…5%安となった": the same shares as the move before, in the same paragraph.
	if (state.last?.measure.cue.family === 'stock' && state.last.block === facts.sentence.block && !state.last.peer) return {company: state.last.owner.company, segment: null, counterparty: null, segmentAliases: []};
	// "ディスコは逆行高となった。一時前日比1,890円（4.1%）高の…": the shares of the company its paragraph is about.
	if (facts.topicBefore && facts.topicBlock === facts.sentence.block) return {company: facts.topicBefore.company, segment: null, counterparty: null, segmentAliases: []};
	// "株価は決算翌日の12月11日に…10.8%安": the shares of the company the text is about.
	// "決算翌日の11月6日は…一時12%安まで下げ": a session's move, told of the company the text is about.
	// "9日は利益確定売りに押されて4.4%安": a column of one stock's week, told session by session.
	// "…ストップ安となる前日比500円（19%）安": only a share has a daily limit; the shares of the company the text is about.
	if (/株価|同社株|株は|ストップ(?:高|安)/.test(facts.normalized.slice(0, quantity.start)) || touchedInSession(facts, quantity) || /^(?:週明け|週末の?)?\s?\d{1,2}日(?:は|も)[、,]?/.test(facts.normalized)) {
		const company = textCompany(facts, state);
		return company ? {company, segment: null, counterparty: null, segmentAliases: []} : null;
	}

	return null;
}
