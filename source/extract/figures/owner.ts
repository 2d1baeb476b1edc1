import type {FigureKind} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import {holdingBefore, nationalBodies, publicActor, type SentenceFacts} from '../analysis.js';
import type {Family} from '../lexicon-entry.js';
import type {LexiconHit} from '../lexicon.js';
import {bySegmentMarker, isPlace, lineBefore, nandWrittenOut, productMarket, productOfCaption} from '../segments.js';
import {ownerOfDeal, ownerOfStockMove} from './deal-and-share-owners.js';
import {ownerOfMeasure, ownerRoles, worldTotal} from './measure-owner.js';
import {companyKinds, describedPart, entities, entityJustBefore, productAfterName, startOf, textCompany} from './owner-entities.js';
import {respectiveCompany} from './respective-owners.js';
import type {Owner, ReadingState} from './types.js';

// Besides the state's own bodies, those that keep statistics at home and abroad (台湾経済部, 米商務省, 韓国産業通商資源部).
const officialStatistics = new RegExp(
	`^[^、。]{0,16}?(?:${nationalBodies}|国税庁|厚生労働省|厚労省|国土交通省|統計局|経済部|財政部|商務省|労働省|産業通商資源部|国家統計局|税関|関税局)(?:の[^、。]{0,30}?(?:調査|統計|調べ|集計|発表|データ))?(?:によると|によれば|では)`,
);

// Whose figure a number is. Levels and flows belong to the company or segment named nearest before
// them ("データセンター部門の売上高", "AWSが29%"), deals to the one that pays or holds (the subject,
// not the company given to: "SBGはOpenAIに300億ドルを出資"), stock moves to the company whose shares
// moved ("マイクロソフト株は4%安"). A number of a market or an index is nobody's.

/** Whether `written` ends in the product `name` as a word, with only の, a period or a word of it left before the measure. */
function namesBare(written: string, name: string, tail = bareTail): boolean {
	const at = written.lastIndexOf(name);
	if (at === -1 || (at > 0 && /[\p{Script=Han}ァ-ヶーA-Za-z0-9]/u.test(written[at - 1]!))) return false;
	return tail.test(written.slice(at + name.length));
}

const bareTail = /^(?:の|\s)?(?:[^、。]{0,12}?(?:の|期))?$/;
const unitTail = /^(?:の\s?(?:[^、。]{0,10}?期の?)?)?$/;

/** Whether a company or segment is named in the number's clause before it. */
export function ownerNamedBefore(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): boolean {
	if (entityJustBefore(facts, quantity.start, /^\s?[(（]\s?$/)) return true;
	if (bySegment(facts, state) && topicLine(facts, quantity, clause, state) !== null) return true;
	const respective = respectiveCompany(facts, quantity);
	if (respective !== null && respective !== 'unsure') return true;
	if (estimatedFor(facts, quantity)) return true;
	return entities(facts).some(entity => {
		const start = startOf(entity);
		if (start < clause[0] || start >= quantity.start) return false;
		return entity.kind === 'segment' || ownerRoles.has(entity.mention.role);
	});
}

/** "米TECHCETは信越化学を28%、SUMCOを25%とみる": the company a research firm puts a number on, named as its object. */
export function estimatedFor(facts: SentenceFacts, quantity: Quantity): SentenceFacts['mentions'][number] | undefined {
	if (!facts.firms.some(firm => firm.end <= quantity.start)) return undefined;
	const object = facts.mentions.findLast(mention => mention.role === 'object' && mention.end <= quantity.start && /^を\s?(?:約)?\s?$/.test(facts.normalized.slice(mention.end, quantity.start)));
	if (!object) return undefined;
	// The estimate's verb after the number, or after the list of numbers it heads ("…を28%、SUMCOを25%とみる").
	const after = facts.normalized.slice(quantity.end);
	return /^\s?(?:程度|前後|強|弱)?\s?(?:、[^。、]{1,30}を\s?(?:約)?\s?[\d.]+\s?%\s?)*と(?:推計|推定|見積も|試算|算出|み|し|する|予測|予想|分析)/.test(after) ? object : undefined;
}

/** "製品別では", "地域別に見ると", "区分別では": the text reports by segment, in this sentence or the paragraph's before. */
function bySegment(facts: SentenceFacts, state: ReadingState): boolean {
	return bySegmentMarker.test(facts.normalized) || state.bySegmentBlock === facts.sentence.block;
}

const unitsPartOfSales = /^\s?(?:が|の)\s?(?:全社|会社全体|連結|全体)?の?\s?(?:売上高?|売上収益|収益)(?:全体)?に占める(?:比率|割合)/;
const japanArm = /(?:(?<arm>日本法人|日本の現地法人|日本での|日本における|日本市場)|日本国内|国内)の?\s?$/u;

const possessedLine = /^の(?!(?:グローバル|トータル|トップライン|ネット|コア|メイン|ベース)の)[ァ-ヶー・＆&]{4,16}の$/u;

/**
 * A product line or region that owns the measure's word with nothing to mark it as a segment:
 * "iPhoneの売上高", "DRAM売上高", "同社のHBMシェア", "地域別では…中華圏の売上高".
 */
function withLine(owner: Owner, facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], kind: FigureKind, state: ReadingState, measureHit: LexiconHit | null): Owner {
	// "…の月間アクティブユーザー（MAU）は": the measure's abbreviation in brackets stands for the words before it.
	const glossed = measureHit ? facts.words.find(other => other.entry.measure && other.end < measureHit.start && /^\s?[(（]\s?$/.test(facts.normalized.slice(other.end, measureHit.start))) : undefined;
	const hit = glossed ?? measureHit;
	// "海外売上高比率は64.5%", "売上収益に占める海外比率は96%": the share of sales made in a region is that region's.
	const salesThere = facts.segments.find(
		segment => segment.source === 'region' && segment.name !== '国内' && segment.start >= clause[0] && segment.end <= quantity.start && /^(?:売上高?|売上収益)?(?:の)?比率/.test(facts.normalized.slice(segment.end, segment.end + 8)),
	);
	if (salesThere && !owner.segment && quantity.unit === '%' && kind === 'other') return {...owner, segment: salesThere.name, segmentAliases: salesThere.aliases};
	// "オートモーティブ事業が全社の売上収益に占める比率は52.3%で、前年同期の48.6%から": a unit's part of the company's sales.
	const partOfSales = facts.segments.findLast(segment => segment.source !== 'region' && segment.end <= quantity.start && unitsPartOfSales.test(facts.normalized.slice(segment.end, segment.end + 24)));
	if (partOfSales && !owner.segment && quantity.unit === '%' && kind === 'other') return {...owner, segment: partOfSales.name, segmentAliases: partOfSales.aliases};
	// "日本法人の従業員は約450人", "米デルの…国内顧客は1,800社": a company from abroad counted in Japan is counted by its Japan arm.
	const inJapan = hit && hit.end <= quantity.start && (kind === 'headcount' || !companyKinds.has(kind)) ? japanArm.exec(facts.normalized.slice(Math.max(clause[0], hit.start - 8), hit.start))?.groups : undefined;
	if (inJapan && !owner.segment && kind !== 'market_share' && (inJapan['arm'] || state.abroad.has(owner.company))) return {...owner, segment: '日本', segmentAliases: ['Japan', '国内']};
	if (companyKinds.has(kind) || !hit || hit.end > quantity.start) return owner;
	// "DRAM売上高に占めるHBMの比率は42%": a product's share of the whole it is part of is the product's. Not a kind of
	// business told in words ("広告売上収益に占めるAI活用型広告の比率"), which is a share of the company's.
	const part = /^\s?に占める\s?(?<name>[A-Z][A-Z0-9]{1,7})の\s?(?:比率|割合|構成比)/u.exec(facts.normalized.slice(hit.end, quantity.start))?.groups!['name'];
	if (part && quantity.unit === '%' && kind === 'other' && state.matcher.find(part).length === 0) return {...owner, segment: part, segmentAliases: []};
	// "日本の顧客数は約900社", "北米の売上高は": a region owning the measure's word is the part of the company it counts.
	// "日本市場での売上高は、…": so is one the measure is counted in, the measure's word before the clause's comma or not;
	// "海外売上収益は": or glued to it, save 国内 ("国内売上高比率" is the company's).
	const region = facts.segments.find(
		segment =>
			segment.source === 'region' &&
			segment.start >= Math.min(clause[0], hit.start - 12) &&
			segment.end <= hit.start &&
			(segment.name === '国内' ? /^\s?(?:の|での|における)\s?$/ : /^\s?(?:の|での|における)?\s?$/).test(facts.normalized.slice(segment.end, hit.start)),
	);
	if (region && !owner.segment && kind !== 'market_share') return {...owner, segment: region.name, segmentAliases: region.aliases};
	// A segment named in the clause stands; one carried from the figure before gives way to a line named here.
	if (owner.segment && entities(facts).some(entity => startOf(entity) >= Math.min(clause[0], hit.start) && startOf(entity) < quantity.start && (entity.kind === 'segment' || entity.mention.segment !== null))) return owner;
	const named = entities(facts)
		.filter(entity => (entity.kind === 'company' ? entity.mention.end : entity.segment.end) <= hit.start)
		.at(-1);
	const from = Math.max(hit.start >= clause[0] ? clause[0] : 0, named ? (named.kind === 'company' ? named.mention.end : named.segment.end) : 0);
	const written = facts.normalized.slice(from, hit.start);
	// "さくらインターネットのクラウドサービスの売上高": a katakana name the company owns, owning the measure in turn.
	const possessed = named?.kind === 'company' && named.mention.end === from && possessedLine.test(written);
	// "このうちABFを中心とする電子材料の売上収益は": a part of the figure before is a line of it.
	const partOfBefore = /^\s?(?:このうち|うち)[、,]?/.test(facts.normalized.slice(clause[0], hit.start));
	// "HENNGE OneのARR": a product named after its company keeps the company's name in its own.
	const glued = named?.kind === 'company' && named.mention.end === from && named.mention.segment === null && productAfterName.test(written);
	const line = lineBefore(glued ? facts.normalized.slice(named.mention.start, from) + written : written, bySegment(facts, state) || possessed || partOfBefore);
	// "「高火力」の利用企業は…。高火力の利用企業は1,200社": a product the text named in 「」, named bare.
	const product = line || state.products.size === 0 ? undefined : [...state.products].find(name => namesBare(written, name));
	if (product) return {...owner, segment: product, segmentAliases: []};
	// "半導体関連材料の通期事業利益予想": a unit named bare owns a measure only right before it, or before its period.
	const unit = line || kind === 'market_share' ? undefined : [...state.units].find(name => namesBare(written, name, unitTail));
	if (unit) return {...owner, segment: unit, segmentAliases: []};
	if (line) return {...owner, segment: line.name, segmentAliases: line.aliases};
	// "クラウドの営業利益率は約30%" in a story of Google: the plain word the company's own segment goes by.
	const plain = owner.segment === null ? /(?<![\p{Script=Han}ァ-ヶーA-Za-z])(?<name>[\p{Script=Han}ァ-ヶーA-Za-z]{2,8})の\s?$/u.exec(written)?.groups!['name'] : undefined;
	const called = plain === undefined ? undefined : state.matcher.segmentCalled(owner.company, plain);
	return called ? {...owner, segment: called.id, segmentAliases: []} : owner;
}

// "スマートデバイスは同3%減", "、パソコン向けのスマートデバイスは": a katakana or Latin name opening its clause, then the number.
// "AI半導体を含むHPC（高性能コンピューティング）が58%": what it includes, and its reading, may stand around the name.
const topicLinePattern =
	/^(?:[^、。]{0,30}?(?:向けの|などの|を含む)|主力の|主要な?|最大の|このほか、?|ほかに、?|また、?|一方、?)?(?<name>(?:その他)?[\p{Script=Han}ァ-ヶーA-Za-z][\p{Script=Han}ァ-ヶー・A-Za-z&]{1,15})(?:[(（][^()（）]{1,24}[)）])?(?:は|が)\s?(?:同|前年同期比|前期比|前年比|前の期比|前年度比)?\s?(?:約)?[\d△▲+\-−]/u;

// "セグメント別ではフィンテックが売上収益2,010億円", "モバイルはNon-GAAP営業損益が△140億円": the name, then the measure, then the number.
// "楽天市場などのインターネットサービスは売上収益が", "カード、銀行…を束ねるフィンテックは": what it is made of, or what the
// text says of it ("長年の重荷だったモバイルは"), may stand before the name.
const measuredLinePattern =
	/^(?:[^、。]{0,8}別では[、,]?\s?|[^、。]{0,30}?(?:向けの|などの|を含む|を束ねる|からなる|で構成する|だった|である))?(?<name>[\p{Script=Han}ァ-ヶーA-Za-z][\p{Script=Han}ァ-ヶー・A-Za-z&]{1,15})(?:は|が)\s?(?:(?:Non-|non-)?GAAP\s?|調整後)?$/u;
// "売上収益が前年同期比6%増の3,150億円": between the measure and its number, its change.
const measureToNumber = /^\s?(?:は|が)?\s?(?:前年同期比|前期比|前年比|前年度比|同)?\s?(?:[+\-−△▲]?[\d.,]+\s?%\s?(?:増|減)の)?\s?(?:約)?\s?$/;

/** A by-segment clause's line named before the measure of its number: "フィンテックが売上収益2,010億円". */
function measuredLine(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number]): string | undefined {
	const measure = facts.words.find(hit => hit.entry.measure && hit.start >= clause[0] && hit.end <= quantity.start);
	if (!measure || !measureToNumber.test(facts.normalized.slice(measure.end, quantity.start))) return undefined;
	// "モバイルは、売上収益が…": the name may stand in a clause of its own just before.
	const from = measure.start === clause[0] || /^[、,\s]*$/.test(facts.normalized.slice(clause[0], measure.start)) ? facts.normalized.lastIndexOf('、', clause[0] - 2) + 1 : clause[0];
	const name = measuredLinePattern.exec(
		facts.normalized
			.slice(from, measure.start)
			.replace(/[、,]\s?$/, '')
			.replace(/^[、,\s]+/, ''),
	)?.groups!['name'];
	// "売上高は…、営業利益は": no measure is a line.
	return name && !facts.words.some(hit => hit.entry.measure && hit.start < measure.start && hit.start >= from) ? name : undefined;
}

/** The segment a clause of a by-segment paragraph opens with, when it names no company. */
function topicLine(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], state: ReadingState): string | null {
	const text = facts.normalized.slice(clause[0], quantity.end).replace(/^[、,\s]+/, '');
	// A name of kanji alone is as often a measure or a word of the text ("売上高は", "受注は"): a line's name has katakana or Latin letters.
	// …unless it ends in what a maker sells ("枚葉洗浄装置", "電子部品").
	// "分野別の売上高は、車載が432億円（18%減）": in a sentence that says it breaks a measure down, a short name of kanji is a line.
	const brokenDown = bySegmentMarker.test(facts.normalized);
	const lineLike = (candidate: string) =>
		(/[ァ-ヶA-Za-z]/.test(candidate) || /(?:装置|機器|製品|部品|材料|素材|機械|端末|基板)$/.test(candidate) || isPlace(candidate) || (brokenDown && /^\p{Script=Han}{2,4}$/u.test(candidate))) && state.matcher.find(candidate).length === 0;
	const opened = topicLinePattern.exec(text)?.groups!['name'];
	const openedLine = opened !== undefined && lineLike(opened) && !facts.words.some(hit => hit.entry.measure && hit.start >= clause[0] && hit.end <= quantity.start) ? opened : undefined;
	// "モバイルは、売上収益が14%増の…": a clause that opens on its measure ("売上収益が") names its line before the measure.
	const measured = openedLine === undefined ? measuredLine(facts, quantity, clause) : undefined;
	const name = openedLine ?? (measured !== undefined && lineLike(measured) ? measured : undefined);
	if (!name) return null;
	// "ミュージック事業は": the segment's name, without the word that says it is one (as a unit is named).
	if (/^(?:シェア|セグメント|グループ|トップ|ランキング)$/.test(name)) return null;
	return nandWrittenOut.test(name) ? 'NAND' : name.replace(/(?<=.{2})(?:事業部門|事業部?|部門|セグメント|分野)$/u, '');
}

/**
 * "- サーバー：売上高は45億ドル…" under "セグメント別の業績": the list item's label is the segment of its
 * figures. Not a label that is itself a measure or a period ("売上高：…", "2025年：…").
 */
function bulletLabel(facts: SentenceFacts, state: ReadingState): string | null {
	if (facts.sentence.blockKind !== 'bullet') return null;
	// "- コアコンポーネント（半導体用セラミックパッケージなど）：": what the line sells may be glossed in brackets.
	const labelled = /^(?<label>[^:：、。\s()（）]{2,20}(?:[(（][^()（）:：]{1,30}[)）])?)\s?[:：]\s?/.exec(facts.normalized);
	const label = labelled?.groups!['label'];
	if (!label || facts.periods.some(period => period.start < label.length)) return null;
	// "- 米国売上高：8億8,300万ドル": a measure in the label, told of a region, is that region's.
	const labelMeasure = facts.words.find(hit => hit.entry.measure && hit.end <= label.length);
	if (labelMeasure) {
		const region = label.slice(0, labelMeasure.start).replace(/の$/, '');
		return labelMeasure.end === label.length && isPlace(region) ? region : null;
	}
	// "- Music：営業利益3,650億円…": a label in letters or katakana that the measure follows at once names a segment, in
	// any list; other labels only under a by-segment heading or sentence.
	// "- システムインテグレーション（SI）：": its short name in brackets after it.
	const name = label.replace(/[(（][^()（）]*[)）]$/, '');
	// "- 受動部品：売上高4,620億円": so does a name of what a maker sells or of a business, in kanji too.
	const measured =
		(/^[A-Za-zァ-ヶー][A-Za-zァ-ヶー・& ]{1,19}$/.test(name) || /(?:製品|部品|装置|機器|事業|部門|デバイス|材料|ソリューション|サービス|システム)$/.test(name)) &&
		facts.words.some(hit => hit.entry.measure && hit.start === labelled![0].length) &&
		!facts.mentions.some(mention => mention.start < label.length);
	return state.segmentSection || state.segmentList || measured ? name : null;
}

const rankedName = /(?:\d位|首位)(?:の|は)\s?(?:米|英|独|仏|中国|韓国|台湾)?[ァ-ヶーA-Za-z][ァ-ヶー・A-Za-z0-9&.-]{1,20}(?:は|が|で|の)/u;

/** Whose figure a number of this kind is, or null when the text does not say. */
export function ownerOf(facts: SentenceFacts, quantity: Quantity, clause: readonly [number, number], kind: FigureKind, family: Family, state: ReadingState, hit: LexiconHit | null): Owner | null {
	// "アマゾンが500億ドル、エヌビディアとソフトバンクGが各300億ドルを出資する総額1100億ドルの調達": the total of a round is
	// the raiser's, none of the investors named last; brief cannot yet tell the raiser's kind of it, so it is left out.
	const total = /(?:総額|合計|計)\s?(?:約|およそ)?\s?$/.test(facts.normalized.slice(Math.max(0, quantity.start - 4), quantity.start)) || /^(?:総額|合計|計)/.test(facts.normalized.slice(quantity.start, quantity.start + 2));
	if (family === 'deal' && total && /^\s?(?:規模)?の(?:資金)?調達/.test(facts.normalized.slice(quantity.end, quantity.end + 8)) && /(?:出資|投資)(?:する|した)\s?(?:総額|合計|計)?\s?$/.test(facts.normalized.slice(clause[0], quantity.start)))
		return null;
	const respective = respectiveCompany(facts, quantity);
	if (respective === 'unsure') return null;
	if (respective !== null) {
		const owner = family === 'deal' ? ownerOfDeal(facts, quantity, clause, state) : null;
		const counterparty = owner?.counterparty === respective.company ? null : (owner?.counterparty ?? null);
		return inShareMarket({company: respective.company, segment: family === 'deal' || companyKinds.has(kind) ? null : respective.segment, counterparty, segmentAliases: []}, facts, quantity, kind, state);
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
	// "2025年の韓国のベンチャー投資額は約85億ドル": so is a country's total, whoever the text is about.
	const countryTotal = worldTotal.exec(facts.normalized.slice(0, quantity.start));
	if (countryTotal && !facts.mentions.some(mention => mention.start >= countryTotal.index && mention.start < quantity.start)) return null;
	// "国税庁の民間給与実態統計調査によると、…平均給与は460万円", "台湾経済部によると、11月の輸出受注は…": a public body's
	// statistics of everyone are nobody's.
	if (officialStatistics.test(facts.normalized.slice(0, quantity.start)) && !facts.mentions.some(mention => mention.start < quantity.start)) return null;
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
	if (marked) return inShareMarket({company: marked.company, segment: companyKinds.has(kind) ? null : marked.segment, counterparty: null, segmentAliases: []}, facts, quantity, kind, state);
	const measured = ownerOfMeasure(facts, quantity, clause, kind, state, hit);
	// "オープンAIへの出資に関連して41億ドルの損失を計上した": the company invested in books nothing; the holder does.
	// "出資先である米OpenAIの組織再編に伴う評価益76億ドル": nor does one named as the holder's investee.
	const investee =
		measured &&
		facts.mentions.some(
			mention =>
				mention.company === measured.company &&
				mention.start < quantity.start &&
				(/^\s?(?:へ|に対する|に対して)の?\s?(?:出資|投資)/.test(facts.normalized.slice(mention.end, mention.end + 8)) || holdingBefore.test(facts.normalized.slice(Math.max(0, mention.start - 12), mention.start))),
		);
	// The holder: the company the headline names, else the one the text was about before.
	const holder = investee ? (state.headline ?? facts.topicBefore?.company ?? null) : null;
	const found = investee ? (holder && holder !== measured.company ? {...measured, company: holder, segment: null, segmentAliases: []} : null) : measured;
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
	const inMarket = inShareMarket(owner, facts, quantity, kind, state);
	const placed = inMarket !== owner ? inMarket : underSection(underLabel(withLine(owner, facts, quantity, clause, kind, state, hit), facts, kind, state), facts, kind, state);
	// "このうちAI領域の開発に携わる人員は約600人": a part the text describes but brief cannot name is no figure of the whole.
	return placed.segment === null && (kind === 'headcount' || !companyKinds.has(kind)) && describedPart(facts, quantity) ? null : placed;
}

/** "（ソフトウェア事業）⏎…売上高は12,300百万円": a figure under a segment's label, its sentence naming no other, is the segment's. */
function underLabel(owner: Owner, facts: SentenceFacts, kind: FigureKind, state: ReadingState): Owner {
	const label = state.labelSegment;
	if (!label || owner.segment !== null || companyKinds.has(kind) || owner.company !== label.company) return owner;
	if (facts.sentence.block !== label.block && (facts.sentence.block !== label.block + 1 || label.followed)) return owner;
	if (facts.segments.some(segment => segment.source !== 'region') || facts.mentions.some(mention => mention.company !== label.company)) return owner;
	return {...owner, segment: label.segment, segmentAliases: label.aliases};
}

/** "**ゲーミングと AI PC**" over "- 第1四半期の売上高は43億ドル": a figure of the text's company under a line's heading, its sentence naming no other, is that line's. */
function underSection(owner: Owner, facts: SentenceFacts, kind: FigureKind, state: ReadingState): Owner {
	const line = state.sectionLine;
	if (!line || owner.segment !== null || companyKinds.has(kind) || owner.company !== state.headline) return owner;
	if (facts.segments.length > 0 || facts.mentions.some(mention => mention.company !== owner.company)) return owner;
	const known = state.matcher.segmentCalled(owner.company, line);
	return {...owner, segment: known?.id ?? line, segmentAliases: []};
}

/** "HBM市場でSKハイニックスのシェアを57%、サムスン電子を22%": each share listed after the market is of that market. */
function inShareMarket(owner: Owner, facts: SentenceFacts, quantity: Quantity, kind: FigureKind, state: ReadingState): Owner {
	const market = kind === 'market_share' && !owner.segment ? shareMarketOf(facts, quantity, state, owner.company) : null;
	return market ? {...owner, segment: market, segmentAliases: []} : owner;
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
	// "FC-BGA（…）基板では": so is a product the sentence turns to.
	if (/市場|部門|事業|(?:基板|装置|部材|材料|部品|製品|チップ|メモリー?)(?:[(（][^()（）]{0,40}[)）])?(?:では|において|の分野では)/.test(facts.normalized.slice(0, quantity.start))) return null;
	// Named in its sentence only, or by a heading or caption over it: FORMAT.md infers no product beyond that.
	const market = state.shareMarket;
	return market && (market.sentence === null || market.sentence === facts.sentence.index) ? market.name : null;
}
