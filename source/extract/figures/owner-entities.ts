import type {FigureKind} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import {setOffBy, type RoledMention, type RoledSegment, type SentenceFacts} from '../analysis.js';
import {isPlace} from '../segments.js';
import type {Owner, ReadingState} from './types.js';

// The companies and segments a sentence names, and the company a sentence that names none is about: what every owner rule reads.

/** Kinds that describe the whole company: a segment named before does not carry to them. */
export const companyKinds: ReadonlySet<FigureKind> = new Set(['headcount', 'market_cap', 'stock_move', 'eps', 'valuation', 'funding', 'stake']);

const heldShares = /^(?:株式?|の株式?)の?(?:評価|売却|含み|投資)(?:益|損|損益)/;

export type Entity = {readonly kind: 'company'; readonly mention: RoledMention} | {readonly kind: 'segment'; readonly segment: RoledSegment};

export const startOf = (entity: Entity) => (entity.kind === 'company' ? entity.mention.start : entity.segment.start);
export const endOf = (entity: Entity) => (entity.kind === 'company' ? entity.mention.end : entity.segment.end);

const groupOf = /^(?:の|など|ら)(?:\d{1,2}|[二三四五六七八九十])社/;
// "グーグルのTPUをはじめ大手IT企業から設計を請け負う…", "グーグルなど大手から受注する…": a company named as an example of others owns nothing.
const exampleOf = /^(?:の[^、。はがをにと]{1,12})?(?:をはじめ|を始め|など(?:の|大手|[^、。]{0,6}から))/;
const namedAsExample = (facts: SentenceFacts, mention: RoledMention) => exampleOf.test(facts.normalized.slice(mention.end, mention.end + 20));

function busyProduct(facts: SentenceFacts, segment: RoledSegment): boolean {
	if (segment.source !== 'product') return false;
	const after = /^[」』]?\s?の(?<noun>[^、。\d]{1,12}?)(?:が|を)/.exec(facts.normalized.slice(segment.end, segment.end + 16));
	return after !== null && !facts.words.some(hit => hit.entry.measure !== undefined && hit.start > segment.end && hit.end <= segment.end + after[0].length);
}

/** " One", " 365": a word in letters or digits written after a company's name, naming its product ("HENNGE One", "Microsoft 365"). */
export const productAfterName = /^\s[A-Za-z0-9]/;

/** Companies and segments of the sentence in order; a registry segment (AWS) is a company mention. */
export function entities(facts: SentenceFacts): Entity[] {
	// "「Microsoft Cloud」の売上高": a product named after its company is the product, not the company.
	// "「YouTube広告」は11%増": so is a product named after a known segment, longer than its name.
	// Not "、「ソシオネクスト」の株価": a company's name alone in quotes, as broadcast news writes names, is the company; a
	// product named after it follows the word for what it is ("名刺管理サービス「Sansan」").
	const quotedName = (segment: RoledSegment, mention: RoledMention) => segment.name === facts.normalized.slice(mention.start, mention.end) && !/[\p{Script=Han}ァ-ヶーA-Za-z0-9]$/u.test(facts.normalized.slice(0, segment.start));
	// "HENNGE One事業の売上高": a line whose name is its company's, then a word in letters or digits, is that line.
	const namedAfter = (segment: RoledSegment, mention: RoledMention) => segment.source === 'unit' && mention.segment === null && segment.start === mention.start && productAfterName.test(facts.normalized.slice(mention.end, segment.end));
	const product = (mention: RoledMention) =>
		facts.segments.some(
			segment =>
				(segment.source === 'product' && segment.start < mention.start && mention.end < segment.end && !quotedName(segment, mention) && (mention.segment === null || segment.name.length > mention.end - mention.start + 1)) ||
				namedAfter(segment, mention),
		);
	// "クラウド売上高（SaaSとOCIの合計）": a name in an aside that explains what something is made of owns nothing.
	const explained = (mention: RoledMention) => {
		const open = Math.max(facts.normalized.lastIndexOf('(', mention.start), facts.normalized.lastIndexOf('（', mention.start));
		if (open === -1 || /[)）]/.test(facts.normalized.slice(open, mention.start))) return false;
		const close = facts.normalized.slice(mention.end).search(/[)）]/);
		return close !== -1 && /と|合計|など|含む|含め|除く/.test(facts.normalized.slice(open, mention.end + close));
	};
	const list: Entity[] = [
		// "OpenAI株の評価益": the shares are what the holder books a gain on; the gain is the holder's.
		// "アマゾン、マイクロソフト、グーグルの3社の設備投資は合計": the last of a group owns none of the group's figure.
		...facts.mentions
			.filter(
				mention =>
					!heldShares.test(facts.normalized.slice(mention.end, mention.end + 10)) && !product(mention) && !explained(mention) && !groupOf.test(facts.normalized.slice(mention.end, mention.end + 6)) && !namedAsExample(facts, mention),
			)
			.map(mention => ({kind: 'company' as const, mention})),
		// A segment that is also a company mention (a registry segment) is that mention.
		// A place is where a deal's money goes ("インドに投資"), never the owner of a result ("米国の税制改正").
		// "「高火力」の需要が旺盛で", "「H20」の在庫評価損を計上した前年同期": a product whose other thing a clause is about is no segment.
		...facts.segments
			.filter(segment => segment.source !== 'region' && !facts.mentions.some(mention => mention.start < segment.end && segment.start < mention.end && !product(mention)) && !busyProduct(facts, segment))
			.map(segment => ({kind: 'segment' as const, segment})),
	];
	return list.sort((a, b) => startOf(a) - startOf(b));
}

// "2025年度のスマートウォッチ出荷台数は": a total of a kind of product, in a sentence that names no maker.
const categoryTotal = /^[^、。]{0,24}?(?:出荷台数|出荷量|販売台数|出荷額|出荷金額|販売額|販売金額)(?:は|が)/;

/**
 * The company a sentence that names none is about: the figure before in its paragraph, the topic its
 * paragraph set, else the headline's company (a paragraph's aside does not become the article's subject),
 * else the last topic.
 */
/**
 * The paragraph turned to a party brief does not know after the figure before: "GFTは…。2025年12月期の売上高は…". Its 同社
 * ("同社によると、ARRは…") is that party too, not the company brief resolved it to.
 */
export const turnedToParty = (facts: SentenceFacts, state: ReadingState): boolean =>
	state.unknownTopic?.block === facts.sentence.block && facts.mentions.every(mention => mention.resolved) && (state.last === null || state.last.block !== facts.sentence.block || state.last.sentence < state.unknownTopic.sentence);

export function textCompany(facts: SentenceFacts, state: ReadingState): string | null {
	// "「OpenAIやGoogleの売上高は当社の数十倍でしょう。…2029年3月期に売上高200億円を目指します」": the one answering.
	// Not under a later section headed by another company ("■ヒロセ電機は2桁近い増収" after an interview of the headline's).
	const otherSection = state.headingCompany !== null && state.headingCompany.company !== state.headline;
	if (state.interview && state.questioned && state.headline && !otherSection && facts.sentence.blockKind !== 'heading' && !facts.sentence.text.startsWith('――')) return state.headline;
	if (turnedToParty(facts, state) || state.marketParagraph === facts.sentence.block) return null;
	if (state.last && state.last.block === facts.sentence.block && !state.last.peer) return state.last.owner.company;
	// "IDC Japanは…国内サーバー市場の実績を発表した。出荷額は…8,420億円": the market's total, nobody's own.
	if (state.firm?.market && state.firm.block === facts.sentence.block) return null;
	// "2025年度のスマートウォッチ出荷台数は612万台" in a text that quotes a survey: the total of all makers (when unsure
	// whose shipments they are, none).
	if (state.firm !== null && facts.mentions.length === 0 && categoryTotal.test(facts.normalized)) return null;
	if (facts.topicBefore && facts.topicBlock === facts.sentence.block) return facts.topicBefore.company;
	// "### キオクシア（285A）" over "売上収益は5,430億円": a section headed by a company is about it, until the text turns
	// to another under it.
	if (state.headingCompany && (!facts.topicBefore || (facts.topicBlock ?? -1) <= state.headingCompany.block)) return state.headingCompany.company;
	// "## 2. インテル：…" then "米インテルが22日発表した…" then "10〜12月期の売上高見通しは…": in a section of its own, the
	// company the section last turned to, not the headline's.
	if (state.headingCompany && facts.topicBefore) return facts.topicBefore.company;
	// "キオクシアは4日、…と発表した。" then, a paragraph on, "同日発表した7〜9月期の連結決算は…": the results of the one that announced.
	if (state.announcer && facts.mentions.length === 0 && /^(?:また、?)?(?:同日|併せて|あわせて)(?:に)?(?:発表|公表|開示)した/.test(facts.normalized)) return state.announcer;
	// "…レーザーテックは苦戦が目立つ。…" then, a paragraph on, "27年6月期は売上高を…見込む" in a story on a March-year company:
	// a fiscal year only the company the text last turned to closes in that month is that company's.
	const fiscal = facts.periods.find(period => period.start <= 2 && period.raw.type === 'fiscal-year');
	const closesIn = (company: string) => state.matcher.fiscalCalendar(company).yearEnd;
	if (
		fiscal?.raw.type === 'fiscal-year' &&
		facts.mentions.length === 0 &&
		facts.topicBefore &&
		state.headline &&
		facts.topicBefore.company !== state.headline &&
		closesIn(facts.topicBefore.company) === fiscal.raw.endMonth &&
		closesIn(state.headline) !== fiscal.raw.endMonth
	)
		return facts.topicBefore.company;
	return state.headline ?? facts.topicBefore?.company ?? null;
}

/** The company a free-form segment belongs to: the one named before it, else the text's. */
function companyOfSegment(facts: SentenceFacts, segment: RoledSegment, state: ReadingState): string | null {
	const before = facts.mentions.findLast(mention => mention.end <= segment.start && mention.role !== 'recipient' && mention.role !== 'partner' && mention.role !== 'object' && !namedAsExample(facts, mention));
	return before?.company ?? textCompany(facts, state);
}

export function fromEntity(entity: Entity, facts: SentenceFacts, state: ReadingState, kind: FigureKind): Owner | null {
	if (entity.kind === 'company') return {company: entity.mention.company, segment: companyKinds.has(kind) ? null : entity.mention.segment, counterparty: null, segmentAliases: []};
	const {segment} = entity;
	if (segment.source === 'same') {
		// "受注残は4,000億ドル。このうち約45%は…": a part of the figure just before, whole company or segment as it was.
		const last = state.last;
		if (/うち/.test(facts.normalized.slice(segment.start, segment.end)) && last && last.block === facts.sentence.block)
			return {company: last.owner.company, segment: companyKinds.has(kind) ? null : last.owner.segment, counterparty: null, segmentAliases: last.owner.segment ? last.owner.segmentAliases : []};
		// "「さくらのAI Engine」は…。同サービスの利用企業は": the product named last in 「」, in this paragraph or the one before.
		const product = state.lastProduct;
		if (/同(?:サービス|製品)/.test(facts.normalized.slice(segment.start, segment.end))) {
			const company = textCompany(facts, state);
			if (!company) return null;
			const named = product && product.block >= facts.sentence.block - 1 && facts.normalized.startsWith(`同${product.word}`, segment.start) && !companyKinds.has(kind) ? product.name : null;
			return {company, segment: named, counterparty: null, segmentAliases: []};
		}
		return state.segment && !companyKinds.has(kind) ? {company: state.segment.company, segment: state.segment.segment, counterparty: null, segmentAliases: state.segment.aliases} : null;
	}
	// "このうち海外は" after a segment's figure is a part of that segment, which the dataset keeps as the segment.
	// "このうちネットワーキング製品の売上高は": a part named as a line of business is that line.
	// So is a market a part is sold to or a product named in letters or in 「」 ("このうちスマホ向けは", "このうちAIサーバーの", "このうち「高火力」関連は").
	// So is one whose own measure follows it ("このうち防衛・宇宙の受注高は"), unless it is a place ("このうち国内の売上高").
	const ownMeasure =
		!isPlace(segment.name) &&
		facts.normalized
			.slice(segment.start)
			.replace(/^(?:この)?うち\s?/, '')
			.startsWith(`${segment.name}の`);
	const line = /(?:製品|事業|部門|サービス|向け)$/.test(segment.name) || /[ァ-ヶA-Za-z]/.test(segment.name) || segment.aliases.some(alias => alias.startsWith('「')) || ownMeasure;
	if (segment.source === 'part' && !line && state.last?.owner.segment && state.last.block === facts.sentence.block)
		return companyKinds.has(kind) ? null : {company: state.last.owner.company, segment: state.last.owner.segment, counterparty: null, segmentAliases: state.last.owner.segmentAliases};
	const company = companyOfSegment(facts, segment, state);
	if (!company) return null;
	// "従業員数は約4万2,000人、このうち国内は約1万7,000人": the staff of a place is a part, never the company's whole.
	const staffOfPlace = kind === 'headcount' && segment.source === 'part' && isPlace(segment.name);
	return companyKinds.has(kind) && !staffOfPlace ? {company, segment: null, counterparty: null, segmentAliases: []} : {company, segment: segment.name, counterparty: null, segmentAliases: segment.aliases};
}

/** "ASMLが主導するラウンドで…", "Xが実施する第三者割当増資を引き受け": the subject of a clause that describes a noun is not the sentence's subject. */
export function describesNoun(facts: SentenceFacts, mention: RoledMention): boolean {
	return (
		mention.role === 'subject' &&
		(/^(?:[(（][^()（）]*[)）])?\s?が[^、。]{0,16}?(?:主導|率い|引き受け|参加|出資|運営|実施|発行)(?:する|した|している)(?:[^、。]{0,6})?(?:ラウンド|ファンド|投資家|企業|会社|増資|株式|社債|形で|かたちで)/.test(
			facts.normalized.slice(mention.end, mention.end + 40),
		) ||
			setOffBy.test(facts.normalized.slice(mention.end, mention.end + 30)))
	);
}

/**
 * "6月に42億円を調達したスタートアップのフォトンレイは": a number in a clause that describes the company after
 * it, the sentence naming none before the number.
 */
export function describedHead(facts: SentenceFacts, quantity: Quantity): RoledMention | undefined {
	if (facts.mentions.some(mention => mention.start < quantity.start)) return undefined;
	const head = facts.mentions.find(mention => mention.start >= quantity.end && (mention.role === 'topic' || mention.role === 'subject') && !/[、。,はが]/.test(facts.normalized.slice(quantity.end, mention.start)));
	return head && /(?:た|する|している)[^、。]{0,24}$/.test(facts.normalized.slice(quantity.end, head.start)) ? head : undefined;
}

/** The entity that ends right before `at`, with only の or a bracket between: "データセンター事業の売上高", "アリババ（4%）". */
export function entityJustBefore(facts: SentenceFacts, at: number, gap: RegExp): Entity | undefined {
	return entities(facts).findLast(entity => {
		const end = entity.kind === 'company' ? entity.mention.end : entity.segment.end;
		return end <= at && gap.test(facts.normalized.slice(end, at));
	});
}

/**
 * "このうち年間1,000万円以上を支払う大口顧客は310社", "、うち千歳の拠点で働くのは約730人": the number counts a part of
 * the figure before, described in words. Not "このうち約45%は" (a share of that figure), "このうち純利益は" (a
 * measure of it) nor "このうちキオクシアの…" (a company's own figure).
 */
export function describedPart(facts: SentenceFacts, quantity: Quantity): boolean {
	const before = facts.normalized.slice(0, quantity.start);
	const marker = [...before.matchAll(/このうち|(?<=^|[、,。\s])うち(?!に|は|で|の|から)/g)].at(-1);
	if (!marker) return false;
	const from = marker.index + marker[0].length;
	const described = before.slice(from).replace(/^[、,\s]+/, '');
	if (described.replace(/(?:約|およそ|ほぼ|全体の|半分の)?\s?$/, '') === '') return false;
	if (facts.mentions.some(mention => mention.start >= from && mention.start < quantity.start)) return false;
	const partStart = before.length - described.length;
	return !facts.words.some(hit => hit.entry.measure && hit.start === partStart);
}
