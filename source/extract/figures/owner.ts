import type {FigureKind} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import {leadsWithUnknownCompany, listedAmongSources, publicActor, setOffBy, writtenName, type RoledMention, type RoledSegment, type SentenceFacts} from '../analysis.js';
import type {Family, LexiconHit} from '../lexicon.js';
import {bySegmentMarker, isPlace, lineBefore, nandWrittenOut, productMarket, productOfCaption} from '../segments.js';
import {touchedInSession, unitClass} from './measure.js';
import type {Owner, ReadingState} from './types.js';

// Whose figure a number is. Levels and flows belong to the company or segment named nearest before
// them ("データセンター部門の売上高", "AWSが29%"), deals to the one that pays or holds (the subject,
// not the company given to: "SBGはOpenAIに300億ドルを出資"), stock moves to the company whose shares
// moved ("マイクロソフト株は4%安"). A number of a market or an index is nobody's.

/** Kinds that describe the whole company: a segment named before does not carry to them. */
const companyKinds: ReadonlySet<FigureKind> = new Set(['headcount', 'market_cap', 'stock_move', 'eps', 'valuation', 'funding', 'stake']);

const heldShares = /^(?:株式?|の株式?)の?(?:評価|売却|含み|投資)(?:益|損|損益)/;

const ownerRoles = new Set(['topic', 'subject', 'possessor', 'other']);
const partyRoles = new Set(['recipient', 'partner', 'possessor', 'source']);

type Entity = {readonly kind: 'company'; readonly mention: RoledMention} | {readonly kind: 'segment'; readonly segment: RoledSegment};

const startOf = (entity: Entity) => (entity.kind === 'company' ? entity.mention.start : entity.segment.start);
const endOf = (entity: Entity) => (entity.kind === 'company' ? entity.mention.end : entity.segment.end);

/** Whether `written` ends in the product `name` as a word, with only の, a period or a word of it left before the measure. */
function namesBare(written: string, name: string): boolean {
	const at = written.lastIndexOf(name);
	if (at === -1 || (at > 0 && /[\p{Script=Han}ァ-ヶーA-Za-z0-9]/u.test(written[at - 1]!))) return false;
	return bareTail.test(written.slice(at + name.length));
}

const bareTail = /^(?:の|\s)?(?:[^、。]{0,12}?(?:の|期))?$/;

const groupOf = /^(?:の|など|ら)(?:\d{1,2}|[二三四五六七八九十])社/;

function busyProduct(facts: SentenceFacts, segment: RoledSegment): boolean {
	if (segment.source !== 'product') return false;
	const after = /^[」』]?\s?の(?<noun>[^、。\d]{1,12}?)(?:が|を)/.exec(facts.normalized.slice(segment.end, segment.end + 16));
	return after !== null && !facts.words.some(hit => hit.entry.measure !== undefined && hit.start > segment.end && hit.end <= segment.end + after[0].length);
}

/** Companies and segments of the sentence in order; a registry segment (AWS) is a company mention. */
function entities(facts: SentenceFacts): Entity[] {
	// "「Microsoft Cloud」の売上高": a product named after its company is the product, not the company.
	// "「YouTube広告」は11%増": so is a product named after a known segment, longer than its name.
	const product = (mention: RoledMention) =>
		facts.segments.some(segment => segment.source === 'product' && segment.start < mention.start && mention.end < segment.end && (mention.segment === null || segment.name.length > mention.end - mention.start + 1));
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
			.filter(mention => !heldShares.test(facts.normalized.slice(mention.end, mention.end + 10)) && !product(mention) && !explained(mention) && !groupOf.test(facts.normalized.slice(mention.end, mention.end + 6)))
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

/** A market, an index or the market's turnover is the subject: "世界のクラウド市場は…1,070億ドル". */
function aboutMarket(facts: SentenceFacts, from: number, at: number): boolean {
	const before = facts.normalized.slice(from, at);
	if (facts.words.some(hit => hit.entry.marker === 'market' && hit.start >= from && hit.end <= at)) return true;
	// "上位3社の合計シェアは76.0%": several companies together are none of them.
	// "スマホの総出荷台数は", "市場全体の出荷金額は", "世界IaaS市場の売上高は": the total of all makers.
	return (
		/(?:市場|業界|指数|日経平均株価?)(?:全体)?(?:は|が|では|で(?!の\s?(?:シェア|占有率)))|市場全体の|市場の(?:売上高|売上収益|売上|収益|規模|出荷(?:台数|額|金額|量)|販売(?:台数|額|金額)|支出額?)(?:は|が)|総(?:出荷|販売)(?:台数|額|金額|量)|上位\d{1,2}社|\d{1,2}社(?:の)?[^、。\d]{0,8}?(?:合計|合算)|合計シェア/.test(
			before,
		) || worldTotal.test(before)
	);
}

// "2025年度のスマートウォッチ出荷台数は": a total of a kind of product, in a sentence that names no maker.
const categoryTotal = /^[^、。]{0,24}?(?:出荷台数|出荷量|販売台数|出荷額|出荷金額|販売額|販売金額)(?:は|が)/;
// "世界スマートフォン出荷台数は", "国内のサーバー出荷額は": a total of the world or a country, nobody's own.
// "国内の携帯電話契約数は全体で約2億2,000万件": so are a whole country's subscribers.
const worldTotal = /(?:世界|全世界|国内|グローバル)(?:の|で)?[\p{Script=Han}ァ-ヶーA-Za-z]{0,12}(?:出荷台数|出荷量|販売台数|出荷額|出荷金額|販売額|販売金額|市場規模|支出額|投資額)(?:は|が)|(?:世界|国内|市場)[^、。]{0,16}?(?:は|が)全体で/u;

/**
 * The company a sentence that names none is about: the figure before in its paragraph, the topic its
 * paragraph set, else the headline's company (a paragraph's aside does not become the article's subject),
 * else the last topic.
 */
/** The paragraph turned to a party brief does not know after the figure before: "GFTは…。2025年12月期の売上高は…". */
const turnedToParty = (facts: SentenceFacts, state: ReadingState): boolean =>
	state.unknownTopic?.block === facts.sentence.block && facts.mentions.length === 0 && (state.last === null || state.last.block !== facts.sentence.block || state.last.sentence < state.unknownTopic.sentence);

export function textCompany(facts: SentenceFacts, state: ReadingState): string | null {
	// "「OpenAIやGoogleの売上高は当社の数十倍でしょう。…2029年3月期に売上高200億円を目指します」": the one answering.
	if (state.interview && state.headline && facts.sentence.blockKind !== 'heading' && !facts.sentence.text.startsWith('――')) return state.headline;
	if (turnedToParty(facts, state)) return null;
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
	return state.headline ?? facts.topicBefore?.company ?? null;
}

/** The company a free-form segment belongs to: the one named before it, else the text's. */
function companyOfSegment(facts: SentenceFacts, segment: RoledSegment, state: ReadingState): string | null {
	const before = facts.mentions.findLast(mention => mention.end <= segment.start && mention.role !== 'recipient' && mention.role !== 'partner' && mention.role !== 'object');
	return before?.company ?? textCompany(facts, state);
}

function fromEntity(entity: Entity, facts: SentenceFacts, state: ReadingState, kind: FigureKind): Owner | null {
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
	const line = /(?:製品|事業|部門|サービス|向け)$/.test(segment.name) || /[ァ-ヶA-Za-z]/.test(segment.name) || segment.aliases.some(alias => alias.startsWith('「'));
	if (segment.source === 'part' && !line && state.last?.owner.segment && state.last.block === facts.sentence.block)
		return companyKinds.has(kind) ? null : {company: state.last.owner.company, segment: state.last.owner.segment, counterparty: null, segmentAliases: state.last.owner.segmentAliases};
	const company = companyOfSegment(facts, segment, state);
	if (!company) return null;
	// "従業員数は約4万2,000人、このうち国内は約1万7,000人": the staff of a place is a part, never the company's whole.
	const staffOfPlace = kind === 'headcount' && segment.source === 'part' && isPlace(segment.name);
	return companyKinds.has(kind) && !staffOfPlace ? {company, segment: null, counterparty: null, segmentAliases: []} : {company, segment: segment.name, counterparty: null, segmentAliases: segment.aliases};
}

/** "ASMLが主導するラウンドで…", "Xが実施する第三者割当増資を引き受け": the subject of a clause that describes a noun is not the sentence's subject. */
function describesNoun(facts: SentenceFacts, mention: RoledMention): boolean {
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
function describedHead(facts: SentenceFacts, quantity: Quantity): RoledMention | undefined {
	if (facts.mentions.some(mention => mention.start < quantity.start)) return undefined;
	const head = facts.mentions.find(mention => mention.start >= quantity.end && (mention.role === 'topic' || mention.role === 'subject') && !/[、。,はが]/.test(facts.normalized.slice(quantity.end, mention.start)));
	return head && /(?:た|する|している)[^、。]{0,24}$/.test(facts.normalized.slice(quantity.end, head.start)) ? head : undefined;
}

/** Whether a company or segment is named in the number's clause before it. */
export function ownerNamedBefore(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): boolean {
	if (entityJustBefore(facts, quantity.start, /^\s?[(（]\s?$/)) return true;
	if (bySegment(facts, state) && topicLine(facts, quantity, clause, state) !== null) return true;
	const respective = respectiveCompany(facts, quantity);
	if (respective !== null && respective !== 'unsure') return true;
	return entities(facts).some(entity => {
		const start = startOf(entity);
		if (start < clause[0] || start >= quantity.start) return false;
		return entity.kind === 'segment' || ownerRoles.has(entity.mention.role);
	});
}

/** The entity that ends right before `at`, with only の or a bracket between: "データセンター事業の売上高", "アリババ（4%）". */
function entityJustBefore(facts: SentenceFacts, at: number, gap: RegExp): Entity | undefined {
	return entities(facts).findLast(entity => {
		const end = entity.kind === 'company' ? entity.mention.end : entity.segment.end;
		return end <= at && gap.test(facts.normalized.slice(end, at));
	});
}

const builtWith = /^の[^、。をはが]{1,12}を(?:組み込|搭載|活用|採用|使っ|使用|利用)/;
const droveChange = /^(?:[(（][^()（）]{0,30}[)）])?の[^、。]{0,40}?(?:需要|特需|影響|効果|追い風|反動)(?:で|により|によって|を受けて|を背景に)/;
const causedBy = /^(?:[(（][^()（）]{1,20}[)）])?(?:分野|部門|事業|セグメント)?の[^、。,はがをにとで]{1,8}(?:で|により|によって)(?!は|も)/;

/** The owner of a flow, a level or a share. */
function ownerOfMeasure(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], kind: FigureKind, state: ReadingState, hit: LexiconHit | null): Owner | null {
	// 0. "アリババ（4%）": a number in brackets right after a company.
	const bracketed = entityJustBefore(facts, quantity.start, /^\s?[(（]\s?$/);
	const fromBracket = bracketed ? fromEntity(bracketed, facts, state, kind) : null;
	if (fromBracket) return fromBracket;
	// "…38%伸び、7〜9月期に20%増だったAWS（…）を上回った": a clause that describes the name after it is that name's,
	// told in passing as a comparison: left out rather than given to the company the text is about.
	if (facts.mentions.some(mention => mention.start > quantity.end && /^\s?(?:増|減|増加|減少)?(?:だった|となった|にとどまった)\s?(?:米|英|独|仏|中国|韓国|台湾)?$/.test(facts.normalized.slice(quantity.end, mention.start)))) return null;
	const all = entities(facts).filter(entity => startOf(entity) < quantity.start);
	// "サービスソリューション事業に占める比率は35%": the whole a part is measured against owns none of it.
	// "AI・HPC向けが同事業の売上高に占める比率": nor does the whole whose measure the part is measured against.
	const whole = (entity: Entity) => /^\s?(?:の[^、。はがを]{1,8})?に占める/.test(facts.normalized.slice(endOf(entity), endOf(entity) + 14));
	// "米マイクロソフトの「Windows 10」サポート終了に伴う買い替え需要で売上収益が…": a company named in what drove the number owns none of it.
	// "OpenAIのモデルを組み込んだ生成AIサービスの利用拡大で": nor one whose product went into it.
	const drove = (entity: Entity) =>
		entity.kind === 'company' && entity.mention.role === 'possessor' && (droveChange.test(facts.normalized.slice(endOf(entity), quantity.start)) || builtWith.test(facts.normalized.slice(endOf(entity), endOf(entity) + 24)));
	const usable = (entity: Entity) => !whole(entity) && !drove(entity) && (entity.kind === 'segment' ? entity.segment.role !== 'object' || entity.segment.source === 'same' : ownerRoles.has(entity.mention.role));
	const inClause = all.filter(entity => startOf(entity) >= clause[0] && usable(entity));
	// 1. "データセンター事業の売上高は、…1兆円": the owner of the measure's word, when the clause names none.
	// "Azureの売上高の伸び率": the owner of the measure the word measures.
	const possessor = hit && inClause.length === 0 ? entityJustBefore(facts, hit.start, /^\s?(?:[(（][^()（）]{0,30}[)）])?\s?の(?:[^、。,はがを]{1,8}の)?\s?$/) : undefined;
	if (possessor && (possessor.kind === 'segment' || ownerRoles.has(possessor.mention.role))) {
		const owner = fromEntity(possessor, facts, state, kind);
		if (owner) return owner;
	}

	// 2. named in the clause, nearest first
	if (aboutMarket(facts, inClause.length > 0 ? startOf(inClause.at(-1)!) : clause[0], quantity.start) && inClause.length === 0) return null;
	const total = facts.words.some(hit => hit.entry.marker === 'total' && hit.start >= clause[0] && hit.end <= quantity.start);
	const nearest = inClause.at(-1);
	if (nearest) {
		const owner = fromEntity(nearest, facts, state, kind);
		if (owner) return total ? {...owner, segment: null} : owner;
	}

	// "…、4位の中国UNISOC（紫光展鋭）は12%": a rank's clause whose company brief does not know is nobody's it knows.
	if (inClause.length === 0 && /^[、,\s]*(?:\d{1,2}位|首位)の/.test(facts.normalized.slice(clause[0], quantity.start))) return null;
	// A market named first is not the subject when a company is named after it: "クラウド市場全体のシェアでは、AWSが…約33%".
	const market = facts.words.findLast(hit => hit.entry.marker === 'market' && hit.end <= quantity.start);
	const companyAfterMarket = all.some(entity => usable(entity) && startOf(entity) > (market?.end ?? 0));
	if (aboutMarket(facts, 0, quantity.start) && !companyAfterMarket) return null;
	// 3. the sentence's topic or subject, in an earlier clause ("Xは、", "Xの2025年7〜9月期は、")
	const topicLike = (entity: Entity) => {
		const role = entity.kind === 'segment' ? entity.segment.role : entity.mention.role;
		const end = entity.kind === 'segment' ? entity.segment.end : entity.mention.end;
		// "本サービスを含むクラウドAI関連事業で、2028年度に売上高300億円を目指す": a business that frames its sentence owns what follows.
		if (entity.kind === 'segment' && entity.segment.source === 'unit' && /^\s?で[、,]/.test(facts.normalized.slice(end, end + 3))) return true;
		// "ディスプレー事業の縮小で売上高は目減りした": what a business did is the cause, not the topic.
		if (role === 'possessor' && causedBy.test(facts.normalized.slice(end, end + 30))) return false;
		return role === 'topic' || role === 'subject' || (role === 'possessor' && /^(?:[(（][^()（）]{1,20}[)）])?(?:分野|部門|事業|セグメント)?の[^、。,はがをにと]{1,16}(?:は|が|では|も)/.test(facts.normalized.slice(end)));
	};
	// "AIサーバー向けの需要が…上回って推移していることから、…予想を…": what a reason clause names is not what the figure is of.
	// "GPUクラウド「高火力」の売り上げが伸び、2026年3月期は売上高460億円": so is a line whose growth leads to a sentence of the company's own year.
	const inReason = (entity: Entity) =>
		/(?:ことから|ことにより|ため|ので|を受けて)[、,]|(?:が伸び|が拡大し|が増え|が好調で|が寄与し)[、,]\s?(?:\d{2,4}年(?:\d{1,2}月期|度)|今期|通期|[^、。]{0,8}?(?:売上高|売上収益|出荷台数|販売台数|営業利益|純利益)(?:は|が))/.test(
			facts.normalized.slice(endOf(entity), quantity.start),
		);
	const topic = all.findLast(entity => startOf(entity) < clause[0] && topicLike(entity) && !(entity.kind === 'segment' && inReason(entity)) && !(entity.kind === 'company' && describesNoun(facts, entity.mention)));
	if (topic) {
		const owner = fromEntity(topic, facts, state, kind);
		if (owner) return total ? {...owner, segment: null} : owner;
	}

	const head = all.length === 0 ? describedHead(facts, quantity) : undefined;
	if (head) return {company: head.company, segment: null, counterparty: null, segmentAliases: []};
	// "マルカイフーズは10日、…": a sentence about a company brief does not know belongs to nobody it knows.
	if (all.length === 0 && leadsWithUnknownCompany(facts.normalized.slice(0, quantity.start))) return null;
	// "新会社は2029年3月末までに導入企業1,000社…を目指す": a joint venture's own figures are no parent's.
	if (all.length === 0 && (newVenture.test(facts.normalized) || turnedToParty(facts, state))) return null;
	// "…シェアは3%にとどまる。これに対し英Canalysは同期間を4%としている": another firm's count of the share just told is the same company's.
	const recounted = kind === 'market_share' && state.last?.block === facts.sentence.block && state.last.measure.cue.kind === 'market_share' && /(?:同期間|同じ期間|同時期)(?:を|は|の)/.test(facts.normalized);
	if (all.length === 0 && recounted) return {...state.last!.owner, counterparty: null};
	// "NANDの10〜12月期の売上高は…214億ドルだった（TrendForce調べ）": a research firm's number that names no company is the market's.
	if (all.length === 0 && facts.firms.length > 0) return null;
	// "オープンAIは…評価額は3,000億ドル。ソフトバンクGは300億ドルを拠出する。同年10月には…評価額が5,000億ドル": a valuation
	// the sentence names no company for is of the company the paragraph valued before, not of its investor.
	if (kind === 'valuation' && all.length === 0 && state.valued?.block === facts.sentence.block) return {company: state.valued.company, segment: null, counterparty: null, segmentAliases: []};
	// 4. the figure before, in the same paragraph; 5. the company the text is about
	const last = state.last;
	// The segment of the figure before only where the text still speaks of it: the same sentence, the same
	// measure again ("伸び率は前年同期の18.9%"), or a section headed by it ("## Google Cloud"); else its company.
	// An interview's answer speaks for the company interviewed, whoever its sentence before compared it with.
	if (last && last.block === facts.sentence.block && !last.peer && !(state.interview && state.headline && last.owner.company !== state.headline)) {
		const segment = last.owner.segment;
		// "通期の営業利益予想は…据え置いた" after a segment's quarter: the company's guidance, unless it names the segment.
		const companyGuidance = /^(?:\s|[^。、]{0,6}、)?(?:\d{4}年(?:度|\d{1,2}月期)?の?)?(?:通期|今期|通年)(?:の|では)/.test(facts.normalized) && last.basis !== 'outlook';
		// "12月〜2026年2月期の売上高は…を見込む", "7〜9月期単独の売上高は", "2027年3月期は営業利益…を見込む": a sentence that
		// opens on a period of its own turns to the company again.
		const ownPeriod =
			hit !== null &&
			facts.periods.some(
				mention => mention.start <= 2 && mention.qualifier === null && mention.raw.type !== 'day' && /^\s?(?:[(（][^()（）]{1,20}[)）])?\s?(?:単独|累計|だけ|のみ)?\s?(?:の|は)?\s?$/.test(facts.normalized.slice(mention.end, hit.start)),
			);
		const stillOfIt =
			segment !== null &&
			!total &&
			!companyGuidance &&
			!ownPeriod &&
			!companyKinds.has(kind) &&
			// "Azureの売上高は41%増えた。同四半期の設備投資は375億ドル": plant spending is the company's unless its own sentence says whose.
			(kind !== 'capex' || last.sentence === facts.sentence.index) &&
			(last.sentence === facts.sentence.index ||
				last.measure.cue.kind === kind ||
				last.measure.cue.growthKind === kind ||
				headedBy(state, last.owner.company, segment) ||
				(state.paragraphSegment?.block === facts.sentence.block && state.paragraphSegment.company === last.owner.company && state.paragraphSegment.segment === segment));
		return stillOfIt ? {...last.owner, counterparty: null} : {...last.owner, segment: null, segmentAliases: [], counterparty: null};
	}
	const company = textCompany(facts, state);
	return company ? {company, segment: null, counterparty: null, segmentAliases: []} : null;
}

/** "製品別では", "地域別に見ると", "区分別では": the text reports by segment, in this sentence or the paragraph's before. */
function bySegment(facts: SentenceFacts, state: ReadingState): boolean {
	return bySegmentMarker.test(facts.normalized) || state.bySegmentBlock === facts.sentence.block;
}

const possessedLine = /^の(?!(?:グローバル|トータル|トップライン|ネット|コア|メイン|ベース)の)[ァ-ヶー・＆&]{4,16}の$/u;

/**
 * A product line or region that owns the measure's word with nothing to mark it as a segment:
 * "iPhoneの売上高", "DRAM売上高", "同社のHBMシェア", "地域別では…中華圏の売上高".
 */
function withLine(owner: Owner, facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], kind: FigureKind, state: ReadingState, hit: LexiconHit | null): Owner {
	if (companyKinds.has(kind) || !hit || hit.end > quantity.start) return owner;
	// A segment named in the clause stands; one carried from the figure before gives way to a line named here.
	if (owner.segment && entities(facts).some(entity => startOf(entity) >= Math.min(clause[0], hit.start) && startOf(entity) < quantity.start && (entity.kind === 'segment' || entity.mention.segment !== null))) return owner;
	const named = entities(facts)
		.filter(entity => (entity.kind === 'company' ? entity.mention.end : entity.segment.end) <= hit.start)
		.at(-1);
	const from = Math.max(hit.start >= clause[0] ? clause[0] : 0, named ? (named.kind === 'company' ? named.mention.end : named.segment.end) : 0);
	const written = facts.normalized.slice(from, hit.start);
	// "さくらインターネットのクラウドサービスの売上高": a katakana name the company owns, owning the measure in turn.
	const possessed = named?.kind === 'company' && named.mention.end === from && possessedLine.test(written);
	const line = lineBefore(written, bySegment(facts, state) || possessed);
	// "「高火力」の利用企業は…。高火力の利用企業は1,200社": a product the text named in 「」, named bare.
	const product = line || state.products.size === 0 ? undefined : [...state.products].find(name => namesBare(written, name));
	if (product) return {...owner, segment: product, segmentAliases: []};
	return line ? {...owner, segment: line.name, segmentAliases: line.aliases} : owner;
}

// "スマートデバイスは同3%減", "、パソコン向けのスマートデバイスは": a katakana or Latin name opening its clause, then the number.
// "AI半導体を含むHPC（高性能コンピューティング）が58%": what it includes, and its reading, may stand around the name.
const topicLinePattern =
	/^(?:[^、。]{0,30}?(?:向けの|などの|を含む)|主力の|主要な?|最大の|このほか、?|ほかに、?|また、?|一方、?)?(?<name>(?:その他)?[\p{Script=Han}ァ-ヶーA-Za-z][\p{Script=Han}ァ-ヶー・A-Za-z&]{1,15})(?:[(（][^()（）]{1,24}[)）])?(?:は|が)\s?(?:同|前年同期比|前期比|前年比|前の期比|前年度比)?\s?(?:約)?[\d△▲+\-−]/u;

/** The segment a clause of a by-segment paragraph opens with, when it names no company. */
function topicLine(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): string | null {
	const text = facts.normalized.slice(clause[0], quantity.end).replace(/^[、,\s]+/, '');
	const name = topicLinePattern.exec(text)?.groups!['name'];
	// A name of kanji alone is as often a measure or a word of the text ("売上高は", "受注は"): a line's name has katakana or Latin letters.
	// …unless it ends in what a maker sells ("枚葉洗浄装置", "電子部品").
	if (
		!name ||
		(!/[ァ-ヶA-Za-z]/.test(name) && !/(?:装置|機器|製品|部品|材料|素材|機械|端末|基板)$/.test(name) && !isPlace(name)) ||
		state.matcher.find(name).length > 0 ||
		facts.words.some(hit => hit.entry.measure && hit.start >= clause[0] && hit.end <= quantity.start)
	)
		return null;
	// "ミュージック事業は": the segment's name, without the word that says it is one (as a unit is named).
	if (/^(?:シェア|セグメント|グループ|トップ|ランキング)$/.test(name)) return null;
	return nandWrittenOut.test(name) ? 'NAND' : name.replace(/(?<=.{2})(?:事業部門|事業部?|部門|セグメント|分野)$/u, '');
}

/** Whether the section heading the text is under names the segment ("## Google Cloud"). */
function headedBy(state: ReadingState, company: string, segment: string): boolean {
	const heading = state.heading?.toLowerCase();
	if (!heading) return false;
	const known = state.matcher.segment(company, segment);
	return [segment, ...(known ? [known.name, ...known.aliases] : [])].some(name => heading.includes(name.toLowerCase()));
}

/**
 * "- サーバー：売上高は45億ドル…" under "セグメント別の業績": the list item's label is the segment of its
 * figures. Not a label that is itself a measure or a period ("売上高：…", "2025年：…").
 */
function bulletLabel(facts: SentenceFacts, state: ReadingState): string | null {
	if (facts.sentence.blockKind !== 'bullet' || !(state.segmentSection || state.segmentList)) return null;
	const label = /^(?<label>[^:：、。\s]{2,20})\s?[:：]/.exec(facts.normalized)?.groups!['label'];
	if (!label || facts.words.some(hit => hit.entry.measure && hit.end <= label.length) || facts.periods.some(period => period.start < label.length)) return null;
	return label;
}

export const newVenture = /^(?:[^、。]{0,8}[、,]\s?)?(?:新会社|合弁会社|合弁新会社|新法人|新設会社)(?:は|が|の|も)/;
const unknownNameLead = new RegExp(String.raw`^${writtenName(2)}(?:は|が)`, 'u');
// "インフォマティカ株は6%高": shares of a name.
const namedShares = new RegExp(String.raw`(?:^|[、,\s])${writtenName(3)}株(?:は|が|も)`, 'u');
// "関電の株価は12日、…": a name in kanji that opens its sentence on its shares, not 同社's or 当社's.
const sentenceOnShares = /^(?!同社|当社|自社|両社|各社|他社|全社|同グループ)[\p{Script=Han}ァ-ヶー]{2,8}の株価(?:は|が|も)/u;

/** The payer or holder of a deal, and the other party. */
function ownerOfDeal(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): Owner | null {
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
function ownerOfStockMove(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): Owner | null {
	// "前日に米オラクルが発表した決算をきっかけに…6.4%安": the company in what set a move off is not the one that moved.
	// "前日の米国市場でエヌビディアが4%高と最高値を更新したことを受け": a move inside what set it off is of that company.
	const setOffAfterMove = (mention: RoledMention) => mention.end + (setOffBy.exec(facts.normalized.slice(mention.end, mention.end + 30))?.[0].length ?? 0) > quantity.end;
	const before = facts.mentions.filter(mention => mention.end <= quantity.start && (!describesNoun(facts, mention) || setOffAfterMove(mention)));
	// "TSMCの米国預託証券（ADR）は": its shares as listed abroad.
	// Not shares another company holds: "保有するOpenAI株の評価をめぐる報道".
	const held = (mention: RoledMention) =>
		/保有(?:する|している|中の)?$/.test(facts.normalized.slice(Math.max(0, mention.start - 8), mention.start)) || /^株式?の?(?:評価|売却|含み|取得|買い増し)/.test(facts.normalized.slice(mention.end, mention.end + 10));
	// "アドバンテスト（6857）の株価", "台湾積体電路製造（TSMC）のADR": a code or a reading in brackets between.
	const shares = before.findLast(mention => /^(?:\s?[(（][^()（）]{1,30}[)）])?\s?(?:株(?!式市場)|の株価|の(?:米国)?預託証券|(?:の)?ADR)/.test(facts.normalized.slice(mention.end, mention.end + 40)) && !held(mention));
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
	// "ソフトバンクとエヌビディアが主導し、それぞれ20億ドルを出資": a verb of theirs may come between.
	// "マイクロソフトとエヌビディアが昨年11月に表明した出資（それぞれ最大50億ドル、最大100億ドル）": or their deal, its amounts in brackets.
	const written = listedBefore(facts, each, /^\s?(?:の[^、。\d]{1,12}?)?(?:(?:は|が|も|では|とも)(?:[^、。\d]{1,8}?(?:し|して))?)?\s?(?:、)?\s?$|^\s?(?:が|は)[^、。()（）]{1,30}?[(（]\s?$/);
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
function respectiveCompany(facts: SentenceFacts, quantity: Quantity): RoledMention | 'unsure' | null {
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

const rankedName = /(?:\d位|首位)(?:の|は)\s?(?:米|英|独|仏|中国|韓国|台湾)?[ァ-ヶーA-Za-z][ァ-ヶー・A-Za-z0-9&.-]{1,20}(?:は|が|で|の)/u;

/** Whose figure a number of this kind is, or null when the text does not say. */
export function ownerOf(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], kind: FigureKind, family: Family, state: ReadingState, hit: LexiconHit | null): Owner | null {
	const respective = respectiveCompany(facts, quantity);
	if (respective === 'unsure') return null;
	if (respective !== null) {
		const owner = family === 'deal' ? ownerOfDeal(facts, quantity, clause, state) : null;
		const counterparty = owner?.counterparty === respective.company ? null : (owner?.counterparty ?? null);
		return {company: respective.company, segment: family === 'deal' || companyKinds.has(kind) ? null : respective.segment, counterparty, segmentAliases: []};
	}

	// "政府は2030年度までに…10兆円以上を投じる": what a government or a public body does is no company's.
	// "経済産業省は昨年12月、同事業を…位置づけ、最大850億円の補助金を交付する": so in a later clause of its sentence.
	const actorFrom = publicActor.test(facts.normalized.slice(clause[0], quantity.start)) ? clause[0] : publicActor.test(facts.normalized.slice(0, quantity.start)) ? 0 : null;
	if (actorFrom !== null && !facts.mentions.some(mention => mention.start >= actorFrom && mention.start < quantity.start)) return null;
	// "経済産業省は…キオクシアに対し、…最大2,000億円を支援": what a public body grants is the funding of the company it goes to.
	const grantee = actorFrom !== null && kind === 'funding' ? facts.mentions.findLast(mention => mention.role === 'recipient' && mention.start >= actorFrom && mention.end <= quantity.start) : undefined;
	if (grantee) return {company: grantee.company, segment: null, counterparty: null, segmentAliases: []};
	// "ラピダスへの政府支援は累計で…": public support told by the company it goes to.
	const supported =
		kind === 'funding' && hit ? facts.mentions.findLast(mention => mention.role === 'recipient' && mention.end <= hit.start && /^\s?への\s?(?:政府|国の?|公的)?\s?$/.test(facts.normalized.slice(mention.end, hit.start))) : undefined;
	if (supported) return {company: supported.company, segment: null, counterparty: null, segmentAliases: []};
	if (family === 'stock') return ownerOfStockMove(facts, quantity, clause, state);
	// "投資利益は1兆5300億円で、このうちOpenAI関連が9800億円": a part of the figure before, related to another company, is
	// still its owner's, with that company as the other party.
	const related = /このうち|うち\s?$/.test(facts.normalized.slice(clause[0], quantity.start))
		? facts.mentions.find(mention => mention.start >= clause[0] && mention.end <= quantity.start && facts.normalized.startsWith('関連', mention.end))
		: undefined;
	if (related && state.last?.block === facts.sentence.block && state.last.owner.company !== related.company) return {company: state.last.owner.company, segment: state.last.owner.segment, counterparty: related.company, segmentAliases: []};
	// "本ラウンドにより、…累計資金調達額は約560億円": the round the text announces is its company's, whoever invested in it.
	if (kind === 'funding' && state.headline && facts.mentions.length === 0 && /本ラウンド|今回のラウンド|今回の(?:資金)?調達|本調達/.test(facts.normalized.slice(0, quantity.start)))
		return {company: state.headline, segment: null, counterparty: null, segmentAliases: []};
	// "国内の生成AI向けクラウド市場は2028年に1兆円規模": a market its clause makes the subject, no company named after it, is nobody's.
	const marketSubject = /市場(?:全体)?(?:は|が)/.exec(facts.normalized.slice(clause[0], quantity.start));
	if (marketSubject && !facts.mentions.some(mention => mention.start >= clause[0] + marketSubject.index + marketSubject[0].length && mention.start < quantity.start)) return null;
	// "経産省は…最大5,360億円を補助する。このほか、…に200億円を充てる": the public body the sentence before opened on goes on.
	if (state.publicTopic?.block === facts.sentence.block && state.publicTopic.sentence === facts.sentence.index && !facts.mentions.some(mention => mention.start < quantity.start)) return null;
	// "SBGの出資比率は約13%", "ルネサスのエッジコーティクスへの議決権所有割合は": the holder names the stake as its own.
	if (kind === 'stake' && hit) {
		const holder = facts.mentions.findLast(mention => mention.end <= hit.start && mention.role === 'possessor' && /^の\s?(?:[^、。の]{1,16}(?:へ|に対する)の\s?)?$/.test(facts.normalized.slice(mention.end, hit.start)));
		if (holder) {
			const held = facts.mentions.find(mention => mention.company !== holder.company && mention.start > holder.end && mention.end <= hit.start);
			return {company: holder.company, segment: null, counterparty: held?.company ?? ownerOfDeal(facts, quantity, clause, state)?.counterparty ?? null, segmentAliases: []};
		}
	}

	// "キオクシア株の15%を保有するKDDIは": the stake is held by the company the holding describes.
	if (kind === 'stake' && /^\s?を\s?(?:保有|所有)(?:する|している)/.test(facts.normalized.slice(quantity.end, quantity.end + 12))) {
		const holder = facts.mentions.find(mention => mention.start >= quantity.end && (mention.role === 'topic' || mention.role === 'subject') && !/[、。,]/.test(facts.normalized.slice(quantity.end, mention.start)));
		const held = holder && facts.mentions.findLast(mention => mention.end <= quantity.start && mention.company !== holder.company);
		if (holder) return {company: holder.company, segment: null, counterparty: held?.company ?? null, segmentAliases: []};
	}

	if (family === 'deal') return ownerOfDeal(facts, quantity, clause, state);
	// "3位の米HPは14.1%": a company ranked by a name brief does not know is nobody it knows, not the one before.
	const ranked = rankedName.exec(facts.normalized.slice(clause[0], quantity.start));
	if (ranked && !facts.mentions.some(mention => mention.start >= clause[0] && mention.start < quantity.start)) return null;
	// "SKハイニックスを147億ドル、サムスン電子を122億ドルと推計": the company marked right before the amount.
	const marked = facts.mentions.findLast(mention => mention.role === 'object' && mention.end <= quantity.start && /^\s?を\s?(?:約|およそ)?\s?$/.test(facts.normalized.slice(mention.end, quantity.start)));
	if (marked) return {company: marked.company, segment: companyKinds.has(kind) ? null : marked.segment, counterparty: null, segmentAliases: []};
	const measured = ownerOfMeasure(facts, quantity, clause, kind, state, hit);
	// "オープンAIへの出資に関連して41億ドルの損失を計上した": the company invested in books nothing; the holder does.
	const investee =
		measured && facts.mentions.some(mention => mention.company === measured.company && mention.start < quantity.start && /^\s?(?:へ|に対する|に対して)の?\s?(?:出資|投資)/.test(facts.normalized.slice(mention.end, mention.end + 8)));
	const found = investee ? (state.headline && state.headline !== measured.company ? {...measured, company: state.headline, segment: null, segmentAliases: []} : null) : measured;
	// "セグメント別では、…。スマートデバイスは同3%減の8480億円": a line told by segment, named as the clause's topic.
	const topic = !companyKinds.has(kind) && bySegment(facts, state) ? topicLine(facts, quantity, clause, state) : null;
	if (topic) {
		const company = found?.company ?? textCompany(facts, state);
		return company ? {company, segment: topic, counterparty: null, segmentAliases: []} : null;
	}
	if (!found) return null;
	// "グーグルのクラウド部門": a segment named by what it is, which the registry knows the company calls it.
	const generic = found.segment === null ? undefined : state.matcher.segmentCalled(found.company, found.segment);
	const owner = generic ? {...found, segment: generic.id, segmentAliases: []} : found;
	const labelled = bulletLabel(facts, state);
	if (labelled && !companyKinds.has(kind) && !owner.segment) return {...owner, segment: labelled, segmentAliases: []};
	const market = kind === 'market_share' && !owner.segment ? shareMarketOf(facts, quantity, state, owner.company) : null;
	return market ? {...owner, segment: market, segmentAliases: []} : underLabel(withLine(owner, facts, quantity, clause, kind, state, hit), facts, kind, state);
}

/** "（ソフトウェア事業）⏎…売上高は12,300百万円": a figure under a segment's label, its sentence naming no other, is the segment's. */
function underLabel(owner: Owner, facts: SentenceFacts, kind: FigureKind, state: ReadingState): Owner {
	const label = state.labelSegment;
	if (!label || owner.segment !== null || companyKinds.has(kind) || owner.company !== label.company) return owner;
	if (facts.sentence.block !== label.block && (facts.sentence.block !== label.block + 1 || label.followed)) return owner;
	if (facts.segments.some(segment => segment.source !== 'region') || facts.mentions.some(mention => mention.company !== label.company)) return owner;
	return {...owner, segment: label.segment, segmentAliases: label.aliases};
}

/** The product a share is of: named before it in its sentence, or by the heading or table caption it is under. */
function shareMarketOf(facts: SentenceFacts, quantity: Quantity, state: ReadingState, company: string): string | null {
	// "TSMCのシェア": a company's name is no product, whatever letters it is written in; nor another company's unit
	// ("AWSのシェアは28%、2位のマイクロソフトは21%").
	// "NAND型フラッシュメモリーの売上高ランキングでは、…32.4%": a ranking of one product's sales names it too.
	const before = facts.normalized.slice(0, quantity.start);
	const written = productMarket(before) ?? productOfCaption(before);
	const named = written && !state.matcher.find(written).some(mention => mention.segment === null || mention.company !== company) ? written : null;
	if (named) {
		state.shareMarket = {block: facts.sentence.block, name: named, sentence: facts.sentence.index};
		return named;
	}

	// A market or a segment named anew is another market: "クラウド市場では".
	if (/市場|部門|事業/.test(facts.normalized.slice(0, quantity.start))) return null;
	// Named in its sentence only, or by a heading or caption over it: FORMAT.md infers no product beyond that.
	const market = state.shareMarket;
	return market && (market.sentence === null || market.sentence === facts.sentence.index) ? market.name : null;
}
