import type {FigureKind} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import {leadsWithUnknownCompany, type SentenceFacts} from '../analysis.js';
import type {LexiconHit} from '../lexicon.js';
import {recountedByFirm} from './measure-choice.js';
import {companyKinds, describedHead, describesNoun, endOf, entities, entityJustBefore, fromEntity, startOf, textCompany, turnedToParty, type Entity} from './owner-entities.js';
import type {Owner, ReadingState} from './types.js';

// Whose a flow, a level or a share is: the company or segment named nearest before it, unless a market, a cause or a venture is meant.

export const ownerRoles = new Set(['topic', 'subject', 'possessor', 'other']);

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
// "世界スマートフォン出荷台数は", "国内のサーバー出荷額は": a total of the world or a country, nobody's own.
// "国内の携帯電話契約数は全体で約2億2,000万件": so are a whole country's subscribers; "国内の…計算資源の需要は": and its demand.
// "2025年の中国の産業用ロボット出荷台数は", "中国の生成AIアプリ全体の利用者数は", "国内の生成AIスタートアップが調達した資金は":
// a country's total.
export const worldTotal =
	/(?<![ァ-ヶーA-Za-z0-9]の)(?:世界|全世界|国内|グローバル|日本|中国|米国|韓国|台湾|欧州|北米|アジア|インド)(?!企業|メーカー|勢)(?:の|で)?[^、。はがをにでへ]{0,20}?(?:出荷台数|出荷量|販売台数|出荷額|出荷金額|販売額|販売金額|市場規模|需要額?|支出額|投資額|資金調達額|調達額)(?:は|が)|全体の(?:利用者数|ユーザー数|出荷台数|契約数)(?:は|が)|(?:国内|世界|日本|中国|米国|韓国|台湾|欧州)の[^、。]{0,20}?(?:スタートアップ|新興企業|ベンチャー)が調達した資金(?:は|が)|(?:世界|国内|市場)[^、。]{0,16}?(?:は|が)全体で|(?:世界|全世界|世界全体)の[^、。はがをにでへ]{0,16}?設備投資(?:額)?(?:は|が)/u;

const usedThrough = /^[^、。をはが「」]{0,16}[」』]?(?:など)?(?:を(?:使う|使った|使って|使用する|活用する|活用した|利用する|利用した)|上で(?:提供|動|稼働))/;
const builtWith = /^の[^、。をはが]{1,12}を(?:組み込|搭載|活用|採用|使っ|使用|利用)/;
const droveChange = /^(?:[(（][^()（）]{0,30}[)）])?の[^、。]{0,40}?(?:需要|特需|影響|効果|追い風|反動)(?:で|により|によって|を受けて|を背景に)/;
const causedBy = /^(?:[(（][^()（）]{1,20}[)）])?(?:分野|部門|事業|セグメント)?の[^、。,はがをにとで]{1,8}(?:で|により|によって)(?!は|も)/;

/** The owner of a flow, a level or a share. */
export function ownerOfMeasure(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], kind: FigureKind, state: ReadingState, hit: LexiconHit | null): Owner | null {
	// 0. "アリババ（4%）": a number in brackets right after a company.
	const bracketed = entityJustBefore(facts, quantity.start, /^\s?[(（]\s?$/);
	const fromBracket = bracketed ? fromEntity(bracketed, facts, state, kind) : null;
	if (fromBracket) return fromBracket;
	// "…38%伸び、7〜9月期に20%増だったAWS（…）を上回った": a clause that describes the name after it is that name's,
	// told in passing as a comparison: left out rather than given to the company the text is about.
	if (facts.mentions.some(mention => mention.start > quantity.end && /^\s?(?:増|減|増加|減少)?(?:だった|となった|にとどまった)\s?(?:米|英|独|仏|中国|韓国|台湾)?$/.test(facts.normalized.slice(quantity.end, mention.start)))) return null;
	const all = entities(facts).filter(entity => startOf(entity) < quantity.start);
	// "GFTは…。2025年12月期の売上高は…", "…データロボットは、…。同社によると、ARRは…": a paragraph turned to a party brief does
	// not know gives it what names no other company, 同社 included.
	if (all.every(entity => entity.kind === 'company' && entity.mention.resolved) && turnedToParty(facts, state)) return null;
	// "サービスソリューション事業に占める比率は35%": the whole a part is measured against owns none of it.
	// "AI・HPC向けが同事業の売上高に占める比率": nor does the whole whose measure the part is measured against.
	const whole = (entity: Entity) => /^\s?(?:の[^、。はがを]{1,8})?に占める/.test(facts.normalized.slice(endOf(entity), endOf(entity) + 14));
	// "米マイクロソフトの「Windows 10」サポート終了に伴う買い替え需要で売上収益が…": a company named in what drove the number owns none of it.
	// "OpenAIのモデルを組み込んだ生成AIサービスの利用拡大で": nor one whose product went into it.
	const drove = (entity: Entity) =>
		entity.kind === 'company' && entity.mention.role === 'possessor' && (droveChange.test(facts.normalized.slice(endOf(entity), quantity.start)) || builtWith.test(facts.normalized.slice(endOf(entity), endOf(entity) + 24)));
	// "「Azure OpenAI Service」などを使う顧客企業は", "Microsoft Azure上で提供するデータベースの売上高": nor one whose service the
	// measured business runs on or sells with.
	const usedBy = (entity: Entity) => entity.kind === 'company' && usedThrough.test(facts.normalized.slice(endOf(entity), endOf(entity) + 24));
	const usable = (entity: Entity) => !whole(entity) && !drove(entity) && !usedBy(entity) && (entity.kind === 'segment' ? entity.segment.role !== 'object' || entity.segment.source === 'same' : ownerRoles.has(entity.mention.role));
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
		// "Xの2027年6月期第1四半期（7〜9月）は、": a period with its months in brackets.
		return (
			role === 'topic' ||
			role === 'subject' ||
			(role === 'possessor' && /^(?:[(（][^()（）]{1,20}[)）])?(?:分野|部門|事業|セグメント)?の(?:[^、。,はがをにと]{1,16}|[^、。,はがをにと()（）]{1,20}[(（][^()（）]{1,16}[)）])(?:は|が|では|も)/.test(facts.normalized.slice(end)))
		);
	};
	// "AIサーバー向けの需要が…上回って推移していることから、…予想を…": what a reason clause names is not what the figure is of.
	// "GPUクラウド「高火力」の売り上げが伸び、2026年3月期は売上高460億円": so is a line whose growth leads to a sentence of the company's own year.
	const inReason = (entity: Entity) =>
		/(?:ことから|ことにより|ため|ので|を受けて)[、,]|(?:が伸び|が拡大し|が増え|が好調で|が寄与し)[、,]\s?(?:\d{2,4}年(?:\d{1,2}月期|度)|今期|通期|[^、。]{0,8}?(?:売上高|売上収益|出荷台数|販売台数|営業利益|純利益)(?:は|が))/.test(
			facts.normalized.slice(endOf(entity), quantity.start),
		);
	// "ASMLが15億ドルを出資して…筆頭株主となり、調達後の評価額は137億ドル": a valuation is never the investor's; it is of the
	// company the paragraph told raising money, or of none the text names.
	const investor = kind === 'valuation' ? facts.mentions.find(mention => mention.end <= clause[0] && /^[^。]{0,40}?(?:を出資|出資し|を投資|投資し|を引き受け)/.test(facts.normalized.slice(mention.end, clause[0]))) : undefined;
	if (investor && inClause.length === 0) return state.valued?.block === facts.sentence.block && state.valued.company !== investor.company ? {company: state.valued.company, segment: null, counterparty: null, segmentAliases: []} : null;
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
	if (all.length === 0 && newVenture.test(facts.normalized)) return null;
	// "…シェアは3%にとどまる。これに対し英Canalysは同期間を4%としている": another firm's count of the share just told is the same company's.
	// "…シェアを16.8%と推計する。一方、矢野経済研究所は19.5%とみている": so is one that names no company of its own.
	const recounted =
		kind === 'market_share' &&
		state.last?.block === facts.sentence.block &&
		state.last.measure.cue.kind === 'market_share' &&
		(/(?:同期間|同じ期間|同時期)(?:を|は|の)/.test(facts.normalized) || recountedByFirm(facts, quantity, clause, state));
	if (all.length === 0 && recounted) return {...state.last!.owner, counterparty: null};
	// "NANDの10〜12月期の売上高は…214億ドルだった（TrendForce調べ）": a research firm's number that names no company is the market's.
	if (all.length === 0 && facts.firms.length > 0) return null;
	// "オープンAIは…評価額は3,000億ドル。ソフトバンクGは300億ドルを拠出する。同年10月には…評価額が5,000億ドル": a valuation
	// the sentence names no company for is of the company the paragraph valued before, not of its investor.
	if (kind === 'valuation' && all.length === 0 && state.valued?.block === facts.sentence.block) return {company: state.valued.company, segment: null, counterparty: null, segmentAliases: []};
	// 4. the figure before, in the same paragraph; 5. the company the text is about
	const last = state.last;
	// "- **SKグループ**（SKハイニックスと子会社ソリダイムの合算）：41億ドル" after "- **サムスン電子**：…" in a research firm's
	// list: an item labelled with a name is not the item before's; it is the company its label names, or none brief knows.
	const firmList = state.firm !== null && facts.sentence.block - state.firm.block <= 3;
	const label = facts.sentence.blockKind === 'bullet' && firmList ? /^[^：:、。]{2,40}(?=[：:])/.exec(facts.normalized)?.[0] : undefined;
	const labelNamesOther =
		label !== undefined &&
		last?.sentence !== facts.sentence.index &&
		!facts.words.some(word => word.entry.measure && word.start < label.length) &&
		!facts.periods.some(period => period.start < label.length) &&
		!facts.segments.some(segment => segment.start < label.length);
	if (labelNamesOther) {
		const named = facts.mentions.find(mention => mention.start < label.length);
		return named ? {company: named.company, segment: null, counterparty: null, segmentAliases: []} : null;
	}
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

/** Whether the section heading the text is under names the segment ("## Google Cloud"). */
function headedBy(state: ReadingState, company: string, segment: string): boolean {
	const heading = state.heading?.toLowerCase();
	if (!heading) return false;
	const known = state.matcher.segment(company, segment);
	return [segment, ...(known ? [known.name, ...known.aliases] : [])].some(name => heading.includes(name.toLowerCase()));
}

export const newVenture = /^(?:[^、。]{0,8}[、,]\s?)?(?:新会社|合弁会社|合弁新会社|新法人|新設会社)(?:は|が|の|も)/;
