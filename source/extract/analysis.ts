import {findQuantities, mayHoldQuantity, type Quantity} from './amounts.js';
import {normalize, type CompanyMatcher, type CompanyMention} from './companies.js';
import {mayHoldDate, type DateContext, type DateMention} from './dates.js';
import {scanFirms, scanLexicon, type LexiconHit} from './lexicon.js';
import {findPeriods, mayHoldPeriod} from './period-mentions.js';
import type {PeriodMention} from './periods.js';
import {cleftRole, customerRole, headlineRole, labelRole, nominalRole, officerOf, opensOnMover, roleAfter, type Role} from './roles.js';
import {findSegments, type SegmentMention} from './segments.js';
import {alsoAnnounced, sentenceDates} from './sentence-dates.js';
import type {Sentence} from './sentences.js';

// "アンソロピックの500億ドルは桁が一つ小さいが、同社は": what the company owns is the clause's topic, and the company its 同社.
const possessedTopic = /^の[^、。]{1,12}?(?:は|も)[^。]*[、,]\s?$/;

/** A company named in a sentence (or meant by 同社), with its role. */
export interface RoledMention extends CompanyMention {
	readonly role: Role;
	/** True when the text said 同社 (or 両社, 当社) and the company came from the sentences before. */
	readonly resolved: boolean;
}

/** A research firm named in a sentence (or meant by 同社). */
export interface FirmMention {
	readonly firm: string;
	readonly start: number;
	readonly end: number;
	readonly role: Role;
}

export interface RoledSegment extends SegmentMention {
	readonly role: Role;
}

/** Everything later stages need to know about one sentence, computed once. */
export interface SentenceFacts {
	readonly sentence: Sentence;
	readonly normalized: string;
	readonly mentions: readonly RoledMention[];
	readonly segments: readonly RoledSegment[];
	readonly firms: readonly FirmMention[];
	readonly words: readonly LexiconHit[];
	readonly dates: readonly DateMention[];
	readonly periods: readonly PeriodMention[];
	readonly quantities: readonly Quantity[];
	/** [start, end) of each clause: the sentence cut at 、 and commas outside brackets. */
	readonly clauses: ReadonlyArray<readonly [number, number]>;
	/** The company the text was about before this sentence, and the paragraph that made it so. */
	readonly topicBefore: CompanyMention | null;
	readonly topicBlock: number | null;
}

const clauseOpeners = new Set('(（「『【');
const clauseClosers = new Set(')）」』】');

/** Clause boundaries: 、 and commas (not the ones inside numbers), outside brackets. */
export function clausesOf(text: string): Array<[number, number]> {
	const clauses: Array<[number, number]> = [];
	let depth = 0;
	let start = 0;
	for (const {0: char, index} of text.matchAll(/[(（「『【)）」』】、,]/g)) {
		if (clauseOpeners.has(char)) depth++;
		else if (clauseClosers.has(char)) {
			if (depth > 0) depth--;
		} else if (depth === 0 && (char === '、' || !(/\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '')))) {
			clauses.push([start, index + 1]);
			start = index + 1;
		}
	}

	if (start < text.length) clauses.push([start, text.length]);
	return clauses;
}

/** Whether position `at` is inside a bracket that closes before `until`: an aside to what follows it. */
export function inClosedAside(text: string, at: number, until: number): boolean {
	let depth = 0;
	let open = -1;
	for (let index = 0; index < at; index++) {
		const char = text[index];
		if (char === '(' || char === '（') {
			if (depth === 0) open = index;
			depth++;
		} else if ((char === ')' || char === '）') && depth > 0) depth--;
	}

	if (depth === 0 || open < 0) return false;
	for (let index = at; index < until; index++) {
		const char = text[index];
		if (char === '(' || char === '（') depth++;
		else if (char === ')' || char === '）') {
			depth--;
			if (depth === 0) return true;
		}
	}

	return false;
}

/** The clause of `facts` that holds position `at`. */
export function clauseAt(facts: Pick<SentenceFacts, 'clauses' | 'normalized'>, at: number): readonly [number, number] {
	return facts.clauses.find(([start, end]) => at >= start && at < end) ?? [0, facts.normalized.length];
}

/** Longest sentence searched for dates and figures; a longer one is a data dump or a broken file. */
/** The sentence's text from `from` to `to` with the periods it names there taken out ("QUICKコンセンサスの7〜9月期営業利益"). */
export function withoutPeriods(facts: Pick<SentenceFacts, 'normalized' | 'periods'>, from = 0, to = facts.normalized.length): string {
	let kept = '';
	let at = from;
	for (const period of facts.periods) {
		if (period.start < at || period.end > to) continue;
		kept += facts.normalized.slice(at, period.start);
		at = period.end;
	}
	return kept + facts.normalized.slice(at, to);
}

export const maxAnalysedSentence = 1000;

/**
 * Company names looked up in one article at most (a long report names a few thousand times). Each
 * costs memory while the article is read: five megabytes of "AWS " are 1.3 million names, and took
 * ~900 MB. Past this, later sentences are read without company names.
 */
export const maxMentionsPerArticle = 50_000;

export interface AnalysisContext {
	readonly matcher: CompanyMatcher;
	readonly dates: DateContext;
	/** The publication date, as precise as it is known (YYYY, YYYY-MM or YYYY-MM-DD). */
	readonly published: string | null;
	/** The company the headline (or a press release's sender) names: what 当社 and 同社 mean before any topic. */
	readonly subject?: string | null;
	/** The day a disclosure is dated: what 同日 means before any day is named. */
	readonly releaseDay?: string | null;
	/** The text is an interview ("――今期の見通しは。"): its quoted answers are the subject's own words. */
	readonly interview?: boolean;
	/** Research firms the article introduces that the lexicon does not know ("調査会社の日本ITマーケットラボ"). */
	readonly firms?: readonly string[];
}
// "10月31日に公表した業績予想": an earlier publication named in passing, not the day the text tells of. Results
// published that day ("5日発表した4〜9月期の連結決算は") are the news itself.
export const earlierPublication = /^(?:付)?に?(?:公表|発表)(?:した|済み)(?![。、と])(?![^。、]{0,30}?決算(?!期))/;
type Found = Omit<SentenceFacts, 'words' | 'clauses'>;

/**
 * One sentence's facts. The lexicon's words and the clauses are read only for the sentences that
 * need them (those with figures, dates or a list to caption): most sentences of a long article have none.
 */
class AnalysedSentence implements SentenceFacts {
	readonly sentence: Sentence;
	readonly normalized: string;
	readonly mentions: readonly RoledMention[];
	readonly segments: readonly RoledSegment[];
	readonly firms: readonly FirmMention[];
	readonly dates: readonly DateMention[];
	readonly periods: readonly PeriodMention[];
	readonly quantities: readonly Quantity[];
	readonly topicBefore: CompanyMention | null;
	readonly topicBlock: number | null;
	readonly #analysed: boolean;
	#words: LexiconHit[] | undefined;
	#clauses: Array<[number, number]> | undefined;

	constructor(found: Found, analysed: boolean) {
		this.sentence = found.sentence;
		this.normalized = found.normalized;
		this.mentions = found.mentions;
		this.segments = found.segments;
		this.firms = found.firms;
		this.dates = found.dates;
		this.periods = found.periods;
		this.quantities = found.quantities;
		this.topicBefore = found.topicBefore;
		this.topicBlock = found.topicBlock;
		this.#analysed = analysed;
	}

	get words(): readonly LexiconHit[] {
		this.#words ??= this.#analysed ? scanLexicon(this.normalized) : [];
		return this.#words;
	}

	get clauses(): ReadonlyArray<readonly [number, number]> {
		this.#clauses ??= clausesOf(this.normalized);
		return this.#clauses;
	}
}

// "ソフトバンクグループ傘下の", "日立の子会社の": the words before a name that only give its parent, or what it does.
// "EUV向けのマスク検査装置を手がける": a clause that only says what the company does.
/**
 * Words before a company that make it one the holder owns a part of: "出資先である米OpenAIの", "約3割を出資するキオクシア".
 * Its gains are the holder's, and the text does not turn to it.
 */
export const holdingBefore = /(?:(?:出資先|投資先|持ち分法適用会社)(?:である|の)|(?:割|%|株)を\s?(?:出資|保有)する)\s?(?:米|英|仏|独|中|韓|台湾|台)?\s?$/;
const madeBy = /^\s?が(?:独自に)?(?:開発|製造|設計|生産)(?:した|する|している|中の)[\p{Script=Han}ァ-ヶー「A-Za-z]/u;
/** The words after what set something off: "…決算をきっかけに", "…報道を受けて", "…業績を好感し". */
export const setOffWords = String.raw`をきっかけに|を受けて|を受け[、,]|を背景に|を嫌気し|を好感し`;
/** "前日に米オラクルが発表した決算をきっかけに": the company in what set something off. */
export const setOffBy = new RegExp(String.raw`^[^、。]{0,24}?(?:${setOffWords})`);
// "手掛かりは、米ルメンタムが12日に発表した4〜6月期決算だ。": a sentence whose last word is a company's results turns
// the text to that company; the figures after it are of those results.
// "フジクラが10日に発表した4〜9月期は、…": so is a sentence on the results it announced, made its topic.
const resultsAnnounced =
	/^(?:・?(?:ホールディングス|グループ))?\s?が[^。]{0,40}?(?:発表|公表|開示)した[^、。]{0,30}?(?:決算|業績)(?:だ|です|だった|でした|である)?\s?[。．]?\s?$|^\s?が[^、。]{0,16}?(?:発表|公表|開示)した[^、。]{0,24}?(?:期|決算|業績)(?:の?決算)?は[、,]/;
const describedOnly = /^[^、。]{1,30}(?:傘下|子会社|系列)の\s?$|^[^、。はが]{1,60}(?:手がける|手掛ける|開発する|製造する|展開する|運営する|提供する)\s?(?:米|英|独|仏|韓国|台湾|中国)?$/;
const unnamedOfficer = /^[^、。「」]{0,24}?(?:最高経営責任者|最高財務責任者|最高技術責任者|最高執行責任者|CEO|CFO|CTO|COO|社長|会長|副社長|広報担当者?)(?:[(（][^()（）]{1,12}[)）])?(?:は|が)/;

type Topic = {readonly kind: 'company'; readonly mention: CompanyMention} | {readonly kind: 'firm'; readonly firm: string};

/**
 * Reads the sentences in order, carrying the topic (the last company or research firm marked with
 * は or が) from one sentence to the next so that 同社 can be resolved.
 */
// "米メタと米アルファベットは", "台湾の力晶積成電子製造（PSMC）と韓国SKハイニックスが": a company named after another, joined to it.
const joinedByAnd = /^\s?(?:[(（][^()（）]{1,20}[)）])?\s?(?:と|や|および|及び)\s?(?:米|英|独|仏|中国|韓国|台湾)?\s?$/;
// …or listed after it with a comma too ("マイクロソフト、エヌビディアが").
const joinedInList = /^\s?(?:[(（][^()（）]{1,20}[)）])?\s?(?:と|、|や)\s?(?:米|英|独|仏|韓国|台湾|中国)?\s?$/;

const namedAfterAnother = (mentions: readonly RoledMention[], normalized: string, mention: RoledMention, joiner: RegExp): boolean =>
	mentions.some(other => other.company !== mention.company && other.end <= mention.start && joiner.test(normalized.slice(other.end, mention.start)));

/**
 * "2026 年 5 月 27 日", "第 1 四半期": some releases set a space between a number and the unit of a date. The date reads
 * as written without the spaces (every position of the sentence is one of this text).
 */
export function closeSpacedUnits(text: string): string {
	if (!/\d[ \u3000]+(?:四半期|年|月|日)|第[ \u3000]+\d/.test(text)) return text;
	let closed = text;
	for (let round = 0; round < 8; round++) {
		const next = closed.replace(/(\d)[ \u3000]+(四半期|年度|年|月|日|株)/g, '$1$2').replace(/(第|年度|年|月)[ \u3000]+(第|\d+)/g, '$1$2');
		if (next === closed) break;
		closed = next;
	}

	return closed;
}

export function analyzeSentences(sentences: readonly Sentence[], context: AnalysisContext): SentenceFacts[] {
	const facts: SentenceFacts[] = [];
	let topic: Topic | null = null;
	let topicCompany: CompanyMention | null = null;
	let topicBlock: number | null = null;
	// The paragraph a research firm became the topic in.
	let firmBlock: number | null = null;
	// Two companies named together ("AとBは", "両社"): what 両社 means next.
	let pair: CompanyMention[] = [];
	let blockYear: {block: number; year: number} | null = null;
	let labelMonth: {block: number; month: number} | null = null;
	// The paragraph whose topic a は set: a が-subject of a later clause does not take it over.
	let topicByWa: {block: number} | null = null;
	// "エヌビディアの出資額は…": a topic a possessor set holds for its paragraph only; past it, 同社 is the
	// company last marked with は or が (the article's subject, not its investor).
	let topicByPossessor: {block: number} | null = null;
	let lastMarked: CompanyMention | null = null;
	let lastDay: string | null = context.releaseDay ?? null;
	let mentionsLeft = maxMentionsPerArticle;
	// Firms the text has named in full: their short names ("シナジー", also a word for synergy) count after.
	const namedInFull = new Set<string>();
	for (const sentence of sentences) {
		const normalized = closeSpacedUnits(normalize(sentence.text));
		const analysed = normalized.length <= maxAnalysedSentence;

		// A sentence too long to analyse is searched for names only as far as one is analysed.
		const searched = mentionsLeft <= 0 ? '' : analysed ? normalized : normalized.slice(0, maxAnalysedSentence);
		// "エヌビディア離れ", "OpenAI依存からの脱却": a company being left is no subject of what is said.
		// "Mistral関連事業で", "エヌビディア関連銘柄", "ウルフスピード関連で損失": a business, stocks or a loss named after a
		// company are not that company's.
		const found = context.matcher.find(searched).filter(mention => !/^[」』"]?\s?(?:離れ|依存|脱却|外し|頼み|関連(?:事業|銘柄|株|で))/.test(normalized.slice(mention.end, mention.end + 6)));
		mentionsLeft -= found.length;
		// "Wolfspeed（ウルフスピード）向けの": the reading in brackets is the same name; the role is the name's.
		const mentions: RoledMention[] = found
			.filter(mention => !found.some(outer => outer !== mention && outer.company === mention.company && outer.end <= mention.start && /^\s?[(（]\s?$/.test(normalized.slice(outer.end, mention.start))))
			.map(mention => ({
				...mention,
				role:
					labelRole(normalized, mention) ??
					(opensOnMover(normalized, mention, sentence.blockKind) ? 'topic' : null) ??
					nominalRole(normalized, mention) ??
					customerRole(normalized, mention) ??
					cleftRole(normalized, mention) ??
					headlineRole(normalized, mention, found) ??
					roleAfter(normalized, mention.end),
				resolved: false,
			}));
		const firms: FirmMention[] = (analysed ? scanFirms(normalized) : [])
			// "オムディア（旧カナリス）": the name a firm went by before is no firm of the sentence.
			// "カナリス（Canalys、現Omdia）": nor is the name it goes by now, in brackets after the name the text gives it.
			.filter(word => !/[(（](?:[^()（）]{0,20}[、,]\s?)?[旧現]\s?$/.test(normalized.slice(Math.max(0, word.start - 24), word.start)))
			// "オムディア（2025年にカナリスの調査部門を統合）": nor a firm told of in brackets after the firm's name.
			.filter((word, index, all) => !all.slice(0, index).some(before => /^\s?[(（][^()（）]*$/.test(normalized.slice(before.end, word.start))))
			.filter(word => {
				if (!word.entry.shortForms?.includes(word.text)) namedInFull.add(word.entry.firm!);
				return namedInFull.has(word.entry.firm!);
			})
			// "IDC Japanは…。IDCの推計では": the short name of a firm named in full before is that firm.
			.map(word => ({firm: [...namedInFull].find(named => named !== word.entry.firm && named.startsWith(`${word.entry.firm!} `)) ?? word.entry.firm!, start: word.start, end: word.end, role: roleAfter(normalized, word.end)}));
		for (const firm of analysed ? (context.firms ?? []) : [])
			for (let at = normalized.indexOf(firm); at !== -1; at = normalized.indexOf(firm, at + firm.length)) firms.push({firm, start: at, end: at + firm.length, role: roleAfter(normalized, at + firm.length)});
		// "同ラボは…とみている": the firm the text turned to, by the word for what it is.
		if (topic?.kind === 'firm')
			for (const match of normalized.matchAll(/同(?:ラボ|研究所|総研|調査会社)/g)) firms.push({firm: topic.firm, start: match.index, end: match.index + match[0].length, role: roleAfter(normalized, match.index + match[0].length)});
		// "MSの日本法人は…。米本社は28日に…決算を発表する": the parent of the company the text is about is that company.
		for (const match of searched.matchAll(/同社|当社|同グループ|両社|米本社/g)) {
			const end = match.index + match[0].length;
			const role = roleAfter(normalized, end);
			// "同社の集計では" after a research firm is the firm; any other 同社 is the company the text is about.
			const firmSays = /^(?:の?(?:集計|調査|推計|調べ|予測|データ|リポート|レポート|分析)|によると|によれば)/.test(normalized.slice(end, end + 6));
			// "アドバンテストは4.2%安、ソフトバンクグループは3.3%安となり、同社の時価総額は": the company its own sentence just made its topic.
			// Not "…契約を同社と結んでいる": a company makes no deal with itself.
			const withinSentence =
				match[0] === '同社' && !firmSays && (role === 'possessor' || role === 'topic' || role === 'subject')
					? mentions.findLast(
							mention => mention.end <= match.index && !mention.resolved && (mention.role === 'topic' || mention.role === 'subject' || (mention.role === 'possessor' && possessedTopic.test(normalized.slice(mention.end, match.index)))),
						)
					: undefined;
			if (match[0] === '両社') {
				for (const company of pair) mentions.push({...company, start: match.index, end, role, resolved: true});
			} else if (withinSentence) {
				mentions.push({company: withinSentence.company, segment: null, start: match.index, end, role, resolved: true});
			} else if (match[0] === '当社' && context.subject && (context.interview || !quoted(normalized, match.index))) {
				// A release's 当社 is its sender, whoever the paragraph before was about; in a quote it is the speaker's,
				// who in an interview is the company the headline names.
				mentions.push({company: context.subject, segment: null, start: match.index, end, role, resolved: true});
			} else if (topic?.kind === 'firm' && (firmSays || !topicCompany || (firmBlock === sentence.block && (topicBlock ?? -1) < sentence.block && role !== 'possessor'))) {
				// "…。⏎もっとも、MM総研が…発表した集計では…。同社は出荷台数を…と推計し": a firm the paragraph turned to, after the
				// company of a paragraph before, is what its 同社 means; not "同社のシェアは", a company's.
				firms.push({firm: topic.firm, start: match.index, end, role});
			} else if (topic?.kind === 'company' || topicCompany) {
				const topical = topic?.kind === 'company' ? topic.mention : topicCompany!;
				// With no company marked before, the article's subject is the one it goes on about.
				const pastPossessor = topicByPossessor && topicByPossessor.block !== sentence.block ? (lastMarked ?? (context.subject ? {company: context.subject} : undefined)) : undefined;
				mentions.push({company: (pastPossessor ?? topical).company, segment: null, start: match.index, end, role, resolved: true});
			} else if (context.subject) {
				mentions.push({company: context.subject, segment: null, start: match.index, end, role, resolved: true});
			}
		}

		mentions.sort((a, b) => a.start - b.start);
		firms.sort((a, b) => a.start - b.start);
		const contextYear = blockYear?.block === sentence.block ? blockYear.year : null;
		// "**9月**　オラクルが9日に発表した…": a timeline item opened by its month; its days alone are of that month.
		const label = /^(\d{1,2})月\s/.exec(normalized);
		if (label && (facts.length === 0 || facts.at(-1)!.sentence.block !== sentence.block)) labelMonth = {block: sentence.block, month: Number(label[1])};
		const itemMonth = labelMonth?.block === sentence.block && labelMonth.month >= 1 && labelMonth.month <= 12 ? labelMonth.month : null;
		const yearContext: DateContext = contextYear === null || context.dates.published ? context.dates : {published: {year: contextYear, month: null}, contextYear};
		const dateContext: DateContext = itemMonth === null ? yearContext : {...yearContext, labelMonth: itemMonth};
		const datesFound: DateMention[] = analysed && (mayHoldDate.test(normalized) || alsoAnnounced.test(normalized)) ? sentenceDates(normalized, dateContext, lastDay, context.published) : [];
		// The label itself dates nothing when the item names its days.
		const dates = label && datesFound.length > 1 ? datesFound.filter(date => !(date.start === 0 && date.end === label[0].trimEnd().length)) : datesFound;
		// "4月1日付で昇格する" is when a change takes effect; 同日 after it still means the day of the news.
		// Nor is a day that bounds a span ("2025年4月1日〜2026年3月31日").
		// "退職日は4月30日", "3月2日から13日まで": a day something is set for, or the bounds of a stretch, are no
		// day of the news.
		const setFor = (date: DateMention) => /(?:日|期日|期限)は\s?$|から\s?$/.test(normalized.slice(Math.max(0, date.start - 4), date.start)) || /^\s?(?:から|まで)/.test(normalized.slice(date.end, date.end + 3));
		lastDay =
			dates.findLast(
				date =>
					/^\d{4}-\d{2}-\d{2}$/.test(date.date) &&
					!setFor(date) &&
					!normalized.startsWith('付', date.end) &&
					// "利用者は5月25日時点で120万人": the day a count is as of is no day of the news.
					!/^\s?(?:時点|現在)/.test(normalized.slice(date.end, date.end + 3)) &&
					!/^\s?[~〜]/.test(normalized.slice(date.end, date.end + 2)) &&
					!/[~〜]\s?$/.test(normalized.slice(Math.max(0, date.start - 2), date.start)) &&
					!earlierPublication.test(normalized.slice(date.end, date.end + 44)) &&
					// "…前の11日終値（9010円）に42.1%のプレミアムを上乗せした": a close the price offered is set against.
					!(/^\s?の?終値/.test(normalized.slice(date.end, date.end + 4)) && /プレミアム|上乗せ/.test(normalized)),
			)?.date ?? lastDay;
		const explicitYear = dates.findLast(date => !date.yearInferred && date.qualifier === null);
		if (explicitYear) blockYear = {block: sentence.block, year: Number(explicitYear.date.slice(0, 4))};
		const periods = analysed && mayHoldPeriod.test(normalized) ? findPeriods(normalized) : [];
		const quantities = analysed && mayHoldQuantity.test(normalized) ? findQuantities(normalized) : [];
		// Not "ソフトバンクグループ（SBG）": a company's own name with its initials is the company, no business of it.
		const segments = analysed
			? findSegments(normalized)
					.filter(segment => !(segment.source === 'unit' && mentions.some(mention => !mention.resolved && mention.segment === null && mention.start === segment.start && /^[(（]/.test(normalized.slice(mention.end)))))
					.map(segment => ({...segment, role: cleftRole(normalized, segment) ?? roleAfter(normalized, segment.end)}))
			: [];
		facts.push(new AnalysedSentence({sentence, normalized, mentions, segments, firms, dates, periods, quantities, topicBefore: topicCompany, topicBlock}, analysed));

		// The topic: a company or a firm marked with は, or with が when no は-topic of this paragraph stands;
		// a possessor that owns the topic ("Xのシェアは"). 同社 means the company the paragraph is about,
		// not one a clause brings in ("9月にはエヌビディアが出資して…。同社株は" is still the topic's shares).
		// "両社は…": two companies together are no one topic; the one before stays.
		// "SKハイニックスのシェアは57%で、サムスン電子は22%だった": a company named after the first only for its number is compared, not turned to.
		const compared = (mention: RoledMention) =>
			/[、,]\s?(?:米|英|独|仏|中国|韓国|台湾)?$/.test(normalized.slice(Math.max(0, mention.start - 4), mention.start)) &&
			/^\s?は\s?(?:約)?\d[\d.,]*\s?%(?:だった|で|。)/.test(normalized.slice(mention.end, mention.end + 16)) &&
			mentions.some(other => other.start < mention.start && other.company !== mention.company && !other.resolved);
		// "米メタと米アルファベットは29日、…決算を発表した": the last of two named together is no more the topic than 両社 is.
		// "約3割を出資するキオクシアホールディングスについては、持分法による投資利益…": a holding told of is no turn to it.
		const heldPart = (mention: RoledMention) => holdingBefore.test(normalized.slice(Math.max(0, mention.start - 12), mention.start));
		const marked = mentions.findLast(
			mention => mention.role === 'topic' && !(mention.resolved && normalized.startsWith('両社', mention.start)) && !compared(mention) && !heldPart(mention) && !namedAfterAnother(mentions, normalized, mention, joinedByAnd),
		);
		// "今回のラウンドは…エヌビディアが出資した": a sentence about a thing, a company in it only taking part.
		const thingTopic = marked ? null : /^[^、。「」(（]{1,16}?[^でにと]は(?!じめ)/.exec(normalized);
		const nounTopic = thingTopic && !mentions.some(mention => mention.start < thingTopic[0].length) ? thingTopic[0].length : null;
		const opensParagraph = facts.length === 1 || facts.at(-2)!.sentence.block !== sentence.block;
		const holdsTopic = topicByWa?.block === sentence.block;
		// "エヌビディアも参加し": a company joining with も is not what the text turns to.
		// "OpenAIは10月、…契約を同社と結んでいる": an aside whose own 同社 still means the company before; that one stays the topic.
		const aside = marked !== undefined && mentions.some(mention => mention.resolved && mention.company !== marked.company && normalized.startsWith('同社', mention.start) && mention.start > marked.end);
		const newCompany = aside
			? undefined
			: (marked ??
				mentions.find(mention => mention.role === 'subject' && !mention.resolved && resultsAnnounced.test(normalized.slice(mention.end))) ??
				(holdsTopic
					? undefined
					: mentions.findLast(
							// "大手では三菱UFJ銀行や日立製作所などが導入を進めている": examples named with など are not turned to.
							mention =>
								mention.role === 'subject' &&
								!(nounTopic !== null && mention.start >= nounTopic) &&
								!/^(?:[(（][^()（）]*[)）])?\s?(?:も|など|等)/.test(normalized.slice(mention.end, mention.end + 40).replace(/^(?:株式会社|社)/, '')) &&
								// "NECが開発した国産LLM「cotomi」も選べるようにする": the maker of a thing named is no subject of the sentence.
								!madeBy.test(normalized.slice(mention.end, mention.end + 16)) &&
								// "前日に米オラクルが発表した決算をきっかけに…": what set something off is no subject of the sentence.
								!setOffBy.test(normalized.slice(mention.end, mention.end + 30)) &&
								// "米同業テラダインが同社の特許を侵害したとして": a peer the text compares with is no company it turns to.
								!/(?:同業|競合|ライバル)(?:の|他社の)?\s?(?:米|英|独|仏|中国|韓国|台湾)?\s?$/.test(normalized.slice(Math.max(0, mention.start - 8), mention.start)) &&
								// "マイクロソフトとエヌビディアが…表明した": two together are no one company 同社 could mean after them.
								!namedAfterAnother(mentions, normalized, mention, joinedInList) &&
								// "台湾の力晶積成電子製造（PSMC）や韓国SKハイニックスが導入を進める": the last of examples listed with や, known or not.
								!/や\s?(?:米|英|独|仏|韓国|台湾|中国)?\s?$/.test(normalized.slice(Math.max(0, mention.start - 4), mention.start)),
						)) ??
				// "KDDIも6日に発表した。": a paragraph that opens on a company with も is about it.
				// "ソフトバンクグループ傘下のアームも存在感を増す。": its parent named before it only says whose it is.
				(opensParagraph ? mentions.find(mention => mention.role === 'subject' && !mention.resolved && (mention.start === 0 || describedOnly.test(normalized.slice(0, mention.start)))) : undefined) ??
				// "出遅れたサムスンも手を打つ。同社は1月、…": a short sentence on one company alone is about it, も or not,
				// where no は-topic holds the paragraph.
				(!holdsTopic && mentions.length === 1 && mentions[0]!.role === 'subject' && !mentions[0]!.resolved && normalized.length <= 30 ? mentions[0] : undefined) ??
				// "エヌビディアの成長も数字で追える。": so is one whose thing the sentence opens on with も.
				// "レーザーテックの2027年6月期第1四半期（7〜9月）は、受注高が…": so is one whose period the sentence opens on.
				// "東京エレクトロンの4〜6月期の売上高に占める中国向けの比率は": so is one whose part of its sales the sentence opens on.
				mentions.find(
					mention =>
						mention.role === 'possessor' &&
						(/^の(?:[^、。,はがをにと]{1,12}|[^、。,はがをにと()（）]{0,12}期(?:[(（][^()（）]{1,12}[)）])?の[^、。,はがをにと]{1,10}|[^、。,はがをにと()（）]{1,24}期(?:[(（][^()（）]{1,16}[)）])?)(?:は|が)/.test(
							normalized.slice(mention.end),
						) ||
							/^の[^、。,はがを]{1,30}?に占める[^、。,はがを]{1,16}?(?:比率|割合)(?:は|が)/.test(normalized.slice(mention.end))),
				) ??
				(opensParagraph ? mentions.find(mention => mention.role === 'possessor' && mention.start <= 2 && /^の[^、。,はがをにと]{1,8}も/.test(normalized.slice(mention.end))) : undefined) ??
				// "TSMCの魏哲家（シーシー・ウェイ）会長兼CEOは…と述べた": an officer speaking turns the text to the company.
				mentions.find(mention => mention.role === 'possessor' && officerOf.test(normalized.slice(mention.end, mention.end + 64)) && /^[^、。]*?(?:は|が)/.test(normalized.slice(mention.end))) ??
				// "信越化学への補助は最大300億円で、…": what goes to a company, as a topic, turns the text to it.
				mentions.find(mention => mention.role === 'recipient' && mention.start <= 2 && /^への[^、。,はがをにと]{1,8}(?:は|が)/.test(normalized.slice(mention.end))));
		if (marked && !aside) topicByWa = {block: sentence.block};
		else if (newCompany && !holdsTopic) topicByWa = null;
		const newFirm = firms.findLast(firm => firm.role === 'topic' || firm.role === 'subject' || /^(?:\s?[(（][^()（）]{0,40}[)）])?(?:によると|によれば|の集計|の調査|の推計|の調べ|の推定|のデータ)/.test(normalized.slice(firm.end)));
		// "カウンターポイントによると、…SKハイニックスが35%で首位、サムスン電子が33%で続いた": companies a research
		// firm ranks are compared, not turned to; 同社 after it is still the company the text is about.
		// "…によると…57%で首位。サムスン電子が22%、米マイクロンが21%で続いた。": so are the followers the sentence after lists.
		const followers = firmBlock === sentence.block && /(?:で|が|と)続(?:いた|く|き|いている)/.test(normalized) && quantities.some(quantity => quantity.unit === '%');
		const ranking = (newFirm !== undefined && mentions.length >= 2 && mentions.every(mention => mention.start > newFirm.start) && new Set(mentions.map(mention => mention.company)).size >= 2) || followers;
		if (newCompany) {
			// "さくらインターネットの担当者は": a person speaking for the company makes the company the topic all the same.
			// "TSMCの魏哲家（シーシー・ウェイ）会長兼CEOは": so does one named before the title.
			const speaksFor = officerOf.test(normalized.slice(newCompany.end, newCompany.end + 64));
			const byPossessor = newCompany.role === 'possessor' && !speaksFor;
			topicByPossessor = byPossessor ? {block: sentence.block} : null;
			if (!byPossessor && !newCompany.resolved && !(ranking && (topicCompany || context.subject))) lastMarked = newCompany;
		}
		// "クリシュナ・ラオ最高財務責任者（CFO）は声明で…": a paragraph opened by an officer of no company named speaks for the
		// headline's company; its 同社 is that company, not the one the paragraph before ended on.
		const officer = !newCompany && !newFirm && opensParagraph && context.subject ? unnamedOfficer.exec(normalized) : null;
		const turnsTo: RoledMention | undefined = ranking && (topicCompany || context.subject) ? undefined : newCompany;
		if (officer && !mentions.some(mention => mention.start < officer[0].length)) {
			const speaker = {company: context.subject!, segment: null, start: 0, end: 0};
			topic = {kind: 'company', mention: speaker};
			topicCompany = speaker;
			topicBlock = sentence.block;
		} else if (newFirm && (!turnsTo || newFirm.start > turnsTo.start)) {
			topic = {kind: 'firm', firm: newFirm.firm};
			firmBlock = sentence.block;
		} else if (turnsTo) topic = {kind: 'company', mention: turnsTo};
		// "■上場とOpenAIとの提携": a heading's partner is no topic of the section under it.
		// "### 1位　アリスタ・ネットワークス　47.5%": a heading that names one company heads a section about it.
		else if (sentence.blockKind === 'heading' && mentions[0] && mentions[0].role !== 'partner') {
			topic = {kind: 'company', mention: mentions[0]};
			if (!mentions[0].resolved && new Set(mentions.map(mention => mention.company)).size === 1) {
				topicCompany = mentions[0];
				topicBlock = sentence.block;
				topicByWa = null;
				topicByPossessor = null;
				lastMarked = mentions[0];
			}
		}
		// "■アーム" then "■投資活動" then "同社は10月、…": a section headed by no name is the headline company's again.
		else if (sentence.blockKind === 'heading' && mentions.length === 0 && firms.length === 0 && topic?.kind !== 'firm' && context.subject && facts.length > 1) {
			const subject = {company: context.subject, segment: null, start: 0, end: 0};
			topic = {kind: 'company', mention: subject};
			topicCompany = subject;
			topicBlock = sentence.block;
			topicByWa = null;
			topicByPossessor = null;
			lastMarked = subject;
		}
		if (turnsTo && !turnsTo.resolved) {
			topicCompany = turnsTo;
			topicBlock = sentence.block;
		} else if (!topicCompany && mentions[0] && !mentions[0].resolved) {
			topicCompany = mentions[0];
			topicBlock = sentence.block;
		}
		const distinct = [...new Map(mentions.filter(mention => !mention.resolved).map(mention => [mention.company, mention])).values()];
		if (distinct.length >= 2) pair = distinct.slice(0, 2);
	}

	return facts;
}

/** Whether `at` is inside 「…」 opened in the same sentence. */
function quoted(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return before.split('「').length > before.split('」').length;
}

// "同省は27日、…を追加支援する": the ministry named before, by the word for what it is.
/** The state's ministries and central bank, as news names them. */
export const nationalBodies = '経済産業省|経産省|総務省|財務省|文部科学省|内閣府|日銀|日本銀行';
export const publicActor = new RegExp(`^[^、。]{0,12}?(?:政府|${nationalBodies}|自治体|同省|同庁|[都道府県市])(?:は|が|も)`);
/** A public body the state acts through: its money is the state's, no company's. */
export const publicBody = /情報処理推進機構|新エネルギー・産業技術総合開発機構|NEDO|国際協力銀行|JBIC|産業革新投資機構|日本政策投資銀行|政府系/;

/** A name brief may not know, as news writes one: katakana or Latin letters, its country before it ("米エニースフィア"). */
export const writtenName = (shortest: number) => String.raw`(?:米|英|独|仏|中国|韓国|台湾)?[ァ-ヶA-Za-z][ァ-ヶー・A-Za-z&]{${shortest - 1},20}`;

// A katakana or Latin name as a news lead's topic, before its day: "回転ずし店を展開するマルカイフーズは10日、".
// "…を手がける米エニースフィアは2月、": or before its month.
const unknownLead = new RegExp(String.raw`^(?:[^、。]{0,40}?(?:する|の|る))?${writtenName(3)}(?:は|が)(?:(?:\d{1,2}月)?\d{1,2}日|\d{1,2}月[、,に])`, 'u');

/**
 * "ボストンに本拠を置くデータロボットは、", "米新興ライトマターの企業評価額は", "米中堅装置メーカーのACMリサーチは": a sentence that opens on a company brief does not
 * know, told by what it does or where it is from, before any company brief knows.
 */
const describedUnknown = new RegExp(
	String.raw`^(?:[^、。]{0,40}?(?:を手がける|を手掛ける|に本拠を置く|に本社を置く|を開発する|を展開する|を運営する|を提供する|(?:メーカー|大手|中堅|新興)の)\s?|(?:米|英|独|仏|中国|韓国|台湾|イスラエル)(?:新興|スタートアップ)(?:の)?\s?)[ァ-ヶA-Za-z][ァ-ヶー・A-Za-z&.]{2,20}(?:は|が|の)`,
	'u',
);
export const opensOnUnknownCompany = (facts: Pick<SentenceFacts, 'normalized' | 'mentions'>): boolean => {
	const lead = describedUnknown.exec(facts.normalized);
	return lead !== null && !facts.mentions.some(mention => !mention.resolved && mention.start < lead[0].length);
};

/** The sentence leads with a company brief does not know (its mentions have none there): what it did is nobody's brief knows. */
export const leadsWithUnknownCompany = (textBefore: string): boolean => unknownLead.test(textBefore);
