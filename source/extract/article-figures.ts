import {leadsWithUnknownCompany, opensOnUnknownCompany, publicActor, publicBody, withoutPeriods, type SentenceFacts} from './analysis.js';
import {opensOnMover} from './roles.js';
import {dayToCome, windowOf, type DateMention} from './dates.js';
import {isPast} from './figures/basis.js';
import {newVenture} from './figures/measure-owner.js';
import {textCompany} from './figures/owner-entities.js';
import {ofEarlierPlan} from './figures/period.js';
import {buybackCue, tellsBuyback} from './figures/measure-kinds.js';
import {comparedWith, estimateFrame, readSentenceFigures, resultsPeriodOf} from './figures/read.js';
import {handsOver} from './figures/table-frame.js';
import {documentUnitNote, readTable} from './figures/table.js';
import type {FoundFigure, ReadingState} from './figures/types.js';
import {wholeYearOf} from './period-calendar.js';
import {resolvePeriod} from './period-resolution.js';
import {surveyCalendar, surveyed as surveyedOf, type FiscalCalendar, type Period} from './periods.js';
import {bySegmentMarker, productMarket, productOfCaption, productOfHeading, segmentSectionHeading} from './segments.js';

// The figures of an article's sentences, read in order with what each sentence leaves for the next; article.ts assembles the record from them.

/**
 * What a sentence says that later figures need even when it holds none: the segment it names
 * ("けん引したのは、ビジョン・ファンド（SVF）事業だ" for "同事業の投資利益"), the quarter the article
 * reports ("2025年7〜9月期の世界のクラウド市場は" for "同期間のシェア"), and the period a forecast it
 * revises is for ("2026年3月期の連結業績予想を下方修正した").
 */
// "（クラウドインテグレーション事業）", "【ソフトウェア事業】", "(2) 半導体事業", "■ 医療事業": a segment's name as a line's label.
// "【会社概要】", "■企業概要", "【住友電気工業株式会社の概要】", "Company Profile": the head of a company's profile.
const companyProfile = /^[【■●◆▼[<＜]?\s?(?:会社概要|企業概要|会社情報|[^【】[\]。、]{1,30}(?:株式会社|社|Corporation|Inc\.?)の概要)\s?[】\]>＞]?$|^Company Profile$/i;
const segmentLabel = /^\s?(?:[■◆●▼▶・]|[(（]\d{1,2}[)）]|\d{1,2}[.．、)）])?\s?[(（【［<＜]?\s?(?<name>[^()（）【】［］<＞>＜、。]{2,30}?)\s?[)）】］>＞]?\s?$/;

const mayDeal = /買収|子会社化|全株式|出資/;
const marketBeforeDay = /(?<market>東京|米国|米|台湾|香港|ニューヨーク|欧州|韓国|ソウル)(?:株式)?市場(?:で|では)[、,]?\s?$/;
// "米デル", "英アーム": a company from the West, whose "国内" in a Japanese text is Japan. Not 中国, 韓国 or 台湾: their own
// papers' Japanese editions say 国内 of home.
const fromAbroad = /(?:(?<![\p{Script=Han}])(?:米|英|独|仏|蘭|豪|加)|米国|英国|ドイツ|フランス|オランダ|スイス|イスラエル|カナダ|フィンランド|スウェーデン)(?:の)?\s?$/u;
const dealtParty = /(?<name>[A-Za-z0-9ァ-ヶ][A-Za-z0-9&.ァ-ヶー・-]{1,30}?)(?:社)?(?:を買収|の買収|を子会社化|の全株式|に出資|への出資)/gu;
// "GFTは", "ライトマターの企業評価額は": the party as the topic, or as the holder of a figure only a company has.
const partyLead = /^(?:[^、。]{0,10}[、,]\s?)?(?<name>[A-Za-z0-9ァ-ヶ][A-Za-z0-9&.ァ-ヶー・-]{1,30}?)(?:は|の(?:企業)?(?:評価額|価値|時価総額|従業員数?)は)/u;

function noteContext(fact: SentenceFacts, state: ReadingState, opensParagraph: boolean): void {
	const company = fact.mentions.find(mention => mention.role === 'topic' || mention.role === 'subject')?.company ?? fact.topicBefore?.company ?? null;
	const unit = fact.segments.findLast(segment => segment.source === 'unit');
	// "日立製作所のロボット事業は": the segment of the company written before it, whoever the sentence is about.
	const holder = unit && fact.mentions.find(mention => !mention.resolved && /^の\s?$/.test(fact.normalized.slice(mention.end, unit.start)));
	// "一方、セラミック事業は…同事業の売上高を": a segment of the article's company when the sentence names none.
	const owner = (holder ? holder.company : company) ?? state.headline;
	if (unit && owner) state.segment = {company: owner, segment: unit.name, aliases: unit.aliases};
	// "半導体関連材料セグメントは…。半導体関連材料の通期事業利益予想は": a unit the text named, named bare later, is still the unit.
	for (const named of fact.segments) if (named.source === 'unit' && named.name.length >= 3 && named.aliases.some(alias => /^.+(?:セグメント|部門|事業)$/u.test(alias) && alias.startsWith(named.name))) state.units.add(named.name);
	// "驚いたのはGoogle Cloudだ。同部門の売上高は", "まずAWSから見ていく。同事業の…": a unit named as what the text turns to.
	const turnedTo = unit
		? undefined
		: fact.mentions.find(
				mention =>
					mention.segment !== null &&
					!mention.resolved &&
					(mention.role === 'topic' ||
						mention.role === 'subject' ||
						/^\s?から(?:見て|見る|みて|みる|始め)/.test(fact.normalized.slice(mention.end, mention.end + 6)) ||
						// "伸び率が最も高かったのはアルファベット傘下のGoogle Cloudで、": the one a sentence singles out.
						(/のは[^、。]{0,24}$/.test(fact.normalized.slice(0, mention.start)) && /^\s?(?:で[、,]|だ|です|である)/.test(fact.normalized.slice(mention.end, mention.end + 4)))),
			);
	if (turnedTo) state.segment = {company: turnedTo.company, segment: turnedTo.segment!, aliases: []};
	// "「GMO GPUクラウド」を2024年に始めた。…同事業の売上高は": a service the company began is the business 同事業 points back to.
	const begun = unit ? undefined : /「(?<name>[^「」、。\p{Script=Hiragana}]{2,24}?)」を[^、。]{0,12}?(?:始め|開始し|開始す|立ち上げ)/u.exec(fact.normalized);
	if (begun && owner) state.segment = {company: owner, segment: begun.groups!['name']!.trim(), aliases: []};
	// "…を含む「インフラ」が好調だった。同部門の売上高は": so is a business in 「」 the sentence is about.
	const quoted = unit || begun ? undefined : fact.segments.find(segment => segment.source === 'product' && (segment.role === 'topic' || segment.role === 'subject'));
	if (quoted && owner) state.segment = {company: owner, segment: quoted.name, aliases: quoted.aliases};
	// "データセンター（DC）事業は、売上収益が…。ただ、…営業損益は23億円の赤字": a paragraph that opens on a segment speaks of it.
	const opening = fact.segments.find(segment => segment.source === 'unit' && segment.role === 'topic' && segment.start <= 24);
	if (opensParagraph) state.paragraphSegment = opening && owner ? {block: fact.sentence.block, company: owner, segment: opening.name} : null;
	const label = unit && segmentLabel.exec(fact.normalized)?.groups!['name'];
	if (unit && owner && label && (label === unit.name || unit.aliases.includes(label))) state.labelSegment = {company: owner, segment: unit.name, aliases: unit.aliases, block: fact.sentence.block, followed: false};
	else if (state.labelSegment?.block === fact.sentence.block) state.labelSegment.followed = true;
	else if (fact.sentence.blockKind === 'heading') state.labelSegment = null;
	// "GPUクラウド「高火力」の提供": a name in 「」 without kana of grammar is a product's.
	// "「Lumada（ルマーダ）」": the name, without its reading.
	if (fact.normalized.includes('「')) {
		for (const match of fact.normalized.matchAll(/「([^「」、。\s\p{Script=Hiragana}]{2,12}?)(?:\([^()]{1,12}\))?」/gu)) state.products.add(match[1]!);
		// "推論APIサービス「さくらのAI Engine」": what a later 同サービス is, kana and spaces and all; no quoted words of a speaker.
		for (const match of fact.normalized.matchAll(/(サービス|製品)\s?「([^「」、。!?！？]{2,24}?)(?:\([^()]{1,12}\))?」/gu)) state.lastProduct = {name: match[2]!, block: fact.sentence.block, word: match[1]!};
	}
	for (const mention of fact.mentions) if (!mention.resolved && fromAbroad.test(fact.normalized.slice(Math.max(0, mention.start - 6), mention.start))) state.abroad.add(mention.company);
	// "ドイツのITサービス大手GFTテクノロジーズを買収する。…GFTは…約1万2,000人の従業員を抱える": the party's own figures are no buyer's.
	if (mayDeal.test(fact.normalized)) for (const match of fact.normalized.matchAll(dealtParty)) if (state.matcher.find(match.groups!['name']!).length === 0) state.unknownParties.add(match.groups!['name']!);
	const lead = state.unknownParties.size > 0 && fact.mentions.length === 0 ? partyLead.exec(fact.normalized)?.groups!['name'] : undefined;
	// "LayerXは2月12日、…を調達した。…現在約500人の従業員を": a news lead on a company brief does not know turns its paragraph to it.
	const unknownNews = leadsWithUnknownCompany(fact.normalized.slice(0, fact.mentions[0]?.start ?? fact.normalized.length));
	// "新会社は…約800億円を投資する計画です。2030年度に売上高400億円…": a new venture's paragraph is about the venture, no parent's.
	const ventureNews = fact.mentions.length === 0 && newVenture.test(fact.normalized);
	// "ボストンに本拠を置くデータロボットは、…": so does a sentence that opens on one, told by what it does or where it is from.
	if ((lead && [...state.unknownParties].some(party => party.startsWith(lead))) || unknownNews || ventureNews || opensOnUnknownCompany(fact)) state.unknownTopic = {block: fact.sentence.block, sentence: fact.sentence.index};
	if (bySegmentMarker.test(fact.normalized) && state.bySegmentBlock !== fact.sentence.block) {
		state.bySegmentBefore = state.bySegmentBlock;
		state.bySegmentBlock = fact.sentence.block;
	}
	// A heading starts another section: shares below it are of the market it or they name.
	// "## DRAM売上高ランキング": a heading that names a product speaks for the shares under it.
	if (fact.sentence.blockKind === 'heading') {
		// "ログイン｜会員登録｜メールマガジン｜RSS": a site's menu names no product.
		const menu = /[|｜][^|｜]*[|｜]|ログイン|会員登録|メールマガジン/.test(fact.normalized);
		const product = menu ? null : (productOfCaption(fact.normalized) ?? productMarket(fact.normalized) ?? productOfHeading(fact.normalized, [...fact.mentions, ...fact.firms]));
		// "■Synergy：AWSのシェアは2ポイント低下": a company or its unit is no product.
		state.shareMarket = product && state.matcher.find(product).length === 0 ? {block: fact.sentence.block, name: product, sentence: null} : null;
	}
	const calendar = company ? state.matcher.fiscalCalendar(company) : {yearEnd: null, namedByStart: false};
	// "通期予想は据え置いた。売上高は…470億円を見込む。": the whole year of the results reported names a forecast's period too.
	const flowPeriods = fact.periods.filter(
		period => period.qualifier === null && !period.asOf && (['months', 'fiscal-year', 'nendo', 'calendar'].includes(period.raw.type) || (period.raw.type === 'relative' && period.raw.reported === true)),
	);
	const forecast = flowPeriods.length > 0 && /予想|見通し|修正|目標|計画|見込|guidance|forecast|outlook/i.test(fact.normalized) ? fact.words.find(hit => hit.entry.id === 'forecast-revision' || hit.entry.marker === 'outlook') : undefined;
	if (forecast) {
		// "2026年3月期の通期予想": the period's words may run into the forecast's.
		// "■通期業績予想（2026年3月期、据え置き）": or the year in brackets right after the forecast's word.
		// "通期予想": the period may open the forecast's own word.
		const before =
			flowPeriods.findLast(period => period.start < forecast.start || (period.start === forecast.start && period.end < forecast.end)) ??
			flowPeriods.find(period => period.start >= forecast.end && /^\s?[(（]\s?$/.test(fact.normalized.slice(forecast.end, period.start)));
		const period = before ? resolvePeriod(before.raw, calendar, state.anchor, state.articlePeriod) : null;
		// Not 通期 read as a year that has ended: guidance for the whole year then is for the next one.
		if (period && !(before!.raw.type === 'relative' && isPast(period, state))) state.outlookPeriod = period;
	}

	// "経産省は同日、…補助することも決めた。このほか、…": a public body a sentence opens on, and the sentences that go on with it.
	// So does one that goes on through a public body ("情報処理推進機構（IPA）を通じた1,000億円の出資も…実行する").
	const goesOn =
		state.publicTopic?.block === fact.sentence.block &&
		state.publicTopic.sentence === fact.sentence.index - 1 &&
		(/^(?:このほか|また|さらに|加えて|あわせて|併せて)[、,]/.test(fact.normalized) || publicBody.test(fact.normalized)) &&
		fact.mentions.length === 0;
	state.publicTopic = publicActor.test(fact.normalized) || goesOn ? {block: fact.sentence.block, sentence: fact.sentence.index} : null;

	// "2027年3月期から2029年3月期までの3年間を対象とする中期経営計画": the years a plan runs over.
	const planSpan = fact.periods.findLast(period => period.raw.type === 'span' && period.qualifier === null && !ofEarlierPlan(fact.normalized, period));
	if (planSpan && /計画|中計|中期経営|経営戦略|カ年|ヵ年|か年/.test(fact.normalized)) state.planSpan = planSpan.raw;

	if (state.articlePeriod === null) {
		const quarter = flowPeriods.find(period => period.raw.type !== 'calendar' || period.raw.part !== 'Y');
		const period = quarter ? resolvePeriod(quarter.raw, calendar, state.anchor, null) : null;
		if (period?.type === 'months' && period.to - period.from <= 5 && !/^(?:の[^、。]*)?(?:と比べ|に比べ|から|より|を上回|を下回)/.test(fact.normalized.slice(quarter!.end, quarter!.end + 8))) state.articlePeriod = period;
	}
}

/**
 * The period a research firm's sentence says it surveyed: not a day or a month the report came out in, and none
 * in a sentence of what the firm forecasts ("同社は2029年に市場規模が…に達すると予測している").
 */
function surveyedPeriod(fact: SentenceFacts, state: ReadingState): Period | null {
	if (/予測|見通し|予想|見込/.test(fact.normalized)) return null;
	const surveyed = fact.periods.find(
		period => period.qualifier === null && !period.asOf && period.raw.type !== 'day' && period.raw.type !== 'month' && !/^(?:に|の)?(?:発表|公表|公開)/.test(fact.normalized.slice(period.end, period.end + 4)),
	);
	return surveyed ? surveyedOf(resolvePeriod(surveyed.raw, surveyCalendar, state.anchor, null)) : null;
}

const listLead = /(?:こんな感じ|次の通り|次のとおり|以下の通り|以下のとおり)(?:です|だ|でした|だった)?[。．]?$|[:：]$/;

/** "ざっくり結果（4〜12月累計）": a period in brackets that end the line. */
const bracketedAtEnd = (text: string, period: {readonly start: number; readonly end: number}) => /[(（]\s?$/.test(text.slice(0, period.start)) && /^\s?(?:累計|実績|期)?\s?[)）]\s*$/.test(text.slice(period.end));

export function readFigures(facts: readonly SentenceFacts[], state: ReadingState): FoundFigure[] {
	const found: FoundFigure[] = [];
	for (let index = 0; index < facts.length; index++) {
		const fact = facts[index]!;
		const kind = fact.sentence.blockKind;
		if (kind === 'table') {
			// A run of table rows is one table; the block before it is its caption.
			let end = index;
			while (end + 1 < facts.length && facts[end + 1]!.sentence.blockKind === 'table') end++;
			// Its caption: the two blocks before it ("## 2. 2026年6月期の連結業績予想", "（%表示は、対前期増減率）").
			// Not a paragraph above the section's heading ("第4四半期単独では…" then "## 2. 地域別売上高"): it ends another section.
			const blocksBefore = [...new Set(facts.slice(0, index).map(before => before.sentence.block))].slice(-2);
			const headingAt = facts.slice(0, index).findLast(before => blocksBefore.includes(before.sentence.block) && before.sentence.blockKind === 'heading')?.sentence.block;
			const captions = facts
				.slice(0, index)
				.filter(before => blocksBefore.includes(before.sentence.block) && before.sentence.blockKind !== 'table' && !(before.sentence.blockKind === 'paragraph' && headingAt !== undefined && before.sentence.block < headingAt));
			// "（単位：百万円。…）" on the line right under the table: its amounts' unit too.
			const noteBelow = facts[end + 1] ? documentUnitNote(facts[end + 1]!.normalized) : null;
			if (noteBelow) state.documentUnit = noteBelow;
			if (state.section !== 'opinion' && state.section !== 'profile') found.push(...readTable(facts.slice(index, end + 1), captions, state));
			index = end;
			continue;
		}

		if (kind === 'bullet' && facts[index - 1]?.sentence.blockKind !== 'bullet') {
			const caption = facts[index - 1];
			const measure = caption?.words.findLast(hit => hit.entry.measure !== undefined);
			state.listMeasure =
				// "シェアは次の通り：", or a line of its own that names the measure ("▼主な半導体株の騰落率（終値）").
				caption && measure && (handsOver.test(caption.normalized) || (caption.normalized.length <= 60 && !/[。．]/.test(caption.normalized)))
					? {block: fact.sentence.block, measure: {cue: measure.entry.measure!, hit: measure, role: 'level', comparison: null, strategy: 'list caption'}}
					: null;
		}

		// "自己株式の取得を決議した。" over "・取得し得る株式の総数：1,800万株（上限）": the list under a buyback's notice gives its terms.
		if (tellsBuyback(fact) || /自己株式の取得|自社株買い/.test(fact.normalized)) state.buybackBlock = fact.sentence.block;
		else if (kind === 'bullet' && state.buybackBlock !== null && fact.sentence.block - state.buybackBlock <= 1) state.buybackBlock = fact.sentence.block;
		else if (state.buybackBlock !== fact.sentence.block) state.buybackBlock = null;
		// "（百万円未満切捨て）" on a line of its own: the unit of the tables' bare amounts from here on.
		state.documentUnit = documentUnitNote(fact.normalized) ?? state.documentUnit;
		// A section heading speaks for what is under it: "## Guidance" is outlook, "## 僕の見立て（私見）" is no figure.
		if (kind === 'heading') {
			state.heading = fact.normalized;
			// Only a heading that opens on the name ("### 3. さくらインターネット：GPU需要の一服で…"), not one that mentions it.
			// "## 国内勢：Sansan": or one that ends on the name after its label.
			const opener = fact.mentions.find(
				mention =>
					mention.role !== 'partner' &&
					!mention.resolved &&
					(/^(?:[\d０-９]{1,2}[.．、)）]\s?|[■●◆▼【]\s?)?(?:米|英|独|仏|中国|韓国|台湾)?$/.test(fact.normalized.slice(0, mention.start)) ||
						(fact.mentions.length === 1 && /^[^：:]{1,16}[：:]\s?(?:米|英|独|仏|中国|韓国|台湾)?$/.test(fact.normalized.slice(0, mention.start)) && /^\s?(?:[(（][^()（）]*[)）])?\s?$/.test(fact.normalized.slice(mention.end)))),
			);
			state.headingCompany = opener && fact.normalized.length <= 60 ? {company: opener.company, block: fact.sentence.block} : null;
		}
		// "Q3. レーザーテックはどうでしたか？" over "A. 23日に決算を発表しました。": a reader's question in an explainer names the
		// company its answer is about. Not an interview's: there the one answering speaks of others too.
		if (!state.interview && numberedQuestion.test(fact.normalized) && fact.normalized.length <= 60) {
			const asked = new Set(fact.mentions.filter(mention => mention.role !== 'partner' && !mention.resolved).map(mention => mention.company));
			state.headingCompany = asked.size === 1 ? {company: [...asked][0]!, block: fact.sentence.block} : null;
		}
		// "**Q. Ubieはなぜ公開価格割れ？**": a question that opens on a company as its topic asks about it, in a Q&A of
		// several companies too.
		const askedOpening = questionOpening.exec(fact.normalized);
		const askedAbout = askedOpening && fact.normalized.length <= 60 ? fact.mentions.find(mention => mention.start === askedOpening[0].length && mention.role === 'topic' && !mention.resolved) : undefined;
		if (askedAbout) state.headingCompany = {company: askedAbout.company, block: fact.sentence.block};
		// "・さくらインターネット <3778>　4,150円 S高（+20.3%）" over "12日大引け後に発表した…": a market flash's item opens on
		// the mover, and the note under it is about that company as a section is about the company its heading names.
		const mover = kind === 'bullet' ? fact.mentions[0] : undefined;
		if (mover && opensOnMover(fact.normalized, mover, kind)) state.headingCompany = {company: mover.company, block: fact.sentence.block};
		// "## 主要KPI（2025年12月末時点）": the day the levels under the heading are as of.
		if (kind === 'heading') {
			const asOf = fact.periods.find(period => period.asOf && (period.raw.type === 'day' || period.raw.type === 'month-end'));
			state.headingAsOf = asOf ? resolvePeriod(asOf.raw, {yearEnd: null, namedByStart: false}, state.anchor, null) : null;
		}
		if (kind === 'heading') state.segmentSection = segmentSectionHeading.test(fact.normalized);
		// "**データセンター**", "**ゲーミングと AI PC**" over "- 第1四半期の売上高は…": a heading that is only the name of a line of
		// business, in katakana or letters, heads that line's figures; any other heading ends its section.
		// Not "## Headline numbers": a heading in English words alone is a section's title as often as a line's name.
		if (kind === 'heading')
			state.sectionLine = lineHeading.test(fact.normalized.trim()) && /[ァ-ヶー]{3}/.test(fact.normalized) && !sectionWords.test(fact.normalized) && fact.mentions.every(mention => mention.segment !== null) ? fact.normalized.trim() : null;
		// "――2025年3月期は過去最高益でした。": an interview's question names the period its answer speaks of.
		// A Q&A inside a news story ("――通期計画に変更はないのか。" over "CFO：売上高で…という予想は変えていません"): the same,
		// for the answer under it; a whole year named as 通期 or 今期 is the year the text reports.
		if (interviewQuestion.test(fact.sentence.text)) {
			state.questioned = true;
			const named = fact.periods.find(
				period => period.qualifier === null && !period.asOf && (['months', 'fiscal-year', 'nendo', 'calendar'].includes(period.raw.type) || (period.raw.type === 'relative' && /^(?:通期|今期)$/.test(period.text))),
			);
			const whose = state.headline ?? fact.topicBefore?.company ?? null;
			const resolved = named ? resolvePeriod(named.raw, whose ? state.matcher.fiscalCalendar(whose) : {yearEnd: null, namedByStart: false}, state.anchor, state.articlePeriod) : null;
			state.questionPeriod = resolved ? {period: resolved, block: fact.sentence.block} : null;
		}
		// "首位は韓国サムスン電子が守った。", "3位はキオクシアだった。": a paragraph of a research firm's ranking.
		if (state.firm !== null && /^(?:\d{1,2}位|首位|トップ)(?:は|に|を)/.test(fact.normalized)) state.rankParagraph = fact.sentence.block;
		// "サービス別の売上高は次のとおりです。": the list under it reports by segment, until the text goes on.
		// "セグメント別に見ると：": so does one that ends on a colon.
		// "**売上収益の内訳**": a line of its own that breaks a measure down heads a list by segment too.
		if (kind !== 'bullet')
			state.segmentList =
				(kind === 'paragraph' && bySegmentMarker.test(fact.normalized) && (/(?:次|以下)の(?:とおり|通り)/.test(fact.normalized) || /[:：]\s?$/.test(fact.normalized))) ||
				((kind === 'paragraph' || kind === 'heading') && measureBreakdownLine.test(fact.normalized));
		// "【会社概要】", "【X株式会社の概要】": a company's profile under it (従業員数：約2,300名) is no news of the company, until prose goes on.
		const profileLine = (kind === 'heading' || (kind === 'paragraph' && fact.normalized.length <= 40 && !/[。．]/.test(fact.normalized))) && companyProfile.test(fact.normalized);
		if (profileLine) state.section = 'profile';
		else if (state.section === 'profile' && kind === 'paragraph' && /[。．]/.test(fact.normalized)) state.section = null;
		// "■業績見通し" over "2026年度第4四半期（2025年11月〜2026年1月）" and "2026年度通期": a heading that is only a period
		// divides the guidance by period; the section is still guidance.
		const periodOnly = kind === 'heading' && fact.quantities.length === 0 && fact.periods.length > 0 && /^(?:の|見通し|予想|通期|[:：\s])*$/.test(withoutPeriods(fact).replace(/[()（）]/g, ''));
		if (kind === 'heading' && !profileLine && !(periodOnly && state.section === 'outlook'))
			// "## 2月末のポートフォリオ", "## 保有銘柄": the writer's own holdings are no figures of the companies held.
			state.section = /私見|見立て|個人的|所感|感想|私の見方|筆者の|予想してみ|ポートフォリオ|保有銘柄|持ち株|資産配分|運用成績|運用状況/.test(fact.normalized)
				? 'opinion'
				: // Not "## 1. 2社の決算と投資見通し": a heading over results and outlook together.
					/ガイダンス|見通し|予想|(?:財務|経営|業績|数値)目標|Guidance|Outlook|Forecast|Targets?\b/i.test(fact.normalized) && !/、/.test(fact.normalized) && !/(?:決算|実績|結果)\s?(?:と|・|および|及び|&|＆)/.test(fact.normalized)
					? 'outlook'
					: null;
		// "あわせて通期予想も引き上げられました。" over "- 売上高：2兆2,000億円 → 2兆2,800億円": a list under the sentence that
		// tells of the whole year's forecast is that forecast, until the text goes on.
		const nextFact = facts[index + 1];
		if (kind === 'paragraph' && nextFact?.sentence.blockKind === 'bullet' && nextFact.sentence.block !== fact.sentence.block && yearForecastWords.test(fact.normalized) && fact.quantities.length === 0) {
			state.listOutlook = {block: nextFact.sentence.block, section: state.section, outlookPeriod: state.outlookPeriod};
			state.section = 'outlook';
			const calendar = textCalendar(state);
			const named = fact.periods.find(period => period.qualifier === null && (period.raw.type === 'fiscal-year' || period.raw.type === 'nendo') && period.raw.part === 'Y');
			const year = named ? resolvePeriod(named.raw, calendar, state.anchor, state.articlePeriod) : state.articlePeriod ? wholeYearOf(state.articlePeriod, calendar) : null;
			if (year) state.outlookPeriod = year;
		} else if (state.listOutlook && kind !== 'bullet' && fact.sentence.block > state.listOutlook.block) {
			state.section = state.listOutlook.section;
			state.outlookPeriod = state.listOutlook.outlookPeriod;
			state.listOutlook = null;
		}
		// "2025年（1〜12月）の世界スマートフォン出荷について、各社の発表はこんな感じです。" over a list: the period the list is of,
		// as a heading would name it.
		if (kind === 'paragraph' && nextFact?.sentence.blockKind === 'bullet' && nextFact.sentence.block !== fact.sentence.block && fact.quantities.length === 0 && listLead.test(fact.normalized)) {
			const named = fact.periods.find(period => period.qualifier === null && !period.asOf && ['months', 'fiscal-year', 'nendo', 'calendar'].includes(period.raw.type));
			if (named) state.headingPeriod = resolvePeriod(named.raw, textCalendar(state), state.anchor, state.articlePeriod);
		}
		// "### 4〜12月期（累計）の数字": the period of the results under a heading that names one; "## ざっくり結果（4〜12月累計）":
		// or ends on it in brackets.
		if (kind === 'heading') {
			// Only a heading that opens on the period and names no company: not "## 米アプライド、8〜10月期は減収見通し".
			const named =
				state.section === 'outlook' || fact.mentions.length > 0
					? undefined
					: fact.periods.find(period => (period.start <= 2 || bracketedAtEnd(fact.normalized, period)) && period.qualifier === null && !period.asOf && ['months', 'fiscal-year', 'nendo', 'calendar'].includes(period.raw.type));
			state.headingPeriod = named ? resolvePeriod(named.raw, textCalendar(state), state.anchor, state.articlePeriod) : null;
		}
		// "## Guidance（FY26 Q1 = 11〜1月期）": the period the guidance under it is for.
		if (kind === 'heading' && state.section === 'outlook') {
			// "## 通期業績予想": the whole year of the results the text reports.
			const named = fact.periods.find(period => period.qualifier === null && !period.asOf && (['months', 'fiscal-year', 'nendo', 'calendar'].includes(period.raw.type) || (period.raw.type === 'relative' && period.raw.reported)));
			const period = named ? resolvePeriod(named.raw, textCalendar(state), state.anchor, state.articlePeriod) : null;
			if (period) state.outlookPeriod = period;
		}
		if (fact.firms.some(firm => !comparedWith(fact, firm))) {
			// "MM総研によると、2025年度上期の国内スマートフォン出荷台数は…": the survey's period, for the shares it gives.
			const period = surveyedPeriod(fact, state);
			const last = fact.firms.findLast(firm => !comparedWith(fact, firm))!;
			const name = last.firm;
			const frames = estimateFrame.test(fact.normalized.slice(last.end, last.end + 50));
			// "…国内スマートフォン出荷台数の調査結果を発表した": a survey of a market, whatever word names it.
			const market = /市場|調査結果|出荷台数|出荷動向/.test(fact.normalized) && fact.mentions.length === 0;
			state.firm = {block: fact.sentence.block, name, period: period ?? (state.firm?.name === name ? state.firm.period : (state.firmPeriods.get(name) ?? null)), frames, market};
			if (state.firm.period) state.firmPeriods.set(name, state.firm.period);
			// "…は19日、2025年の世界半導体売上高ランキングを公表した": the measure the firm ranks companies by.
			const ranked = fact.words.findLast(hit => hit.entry.measure && /^\s?の?\s?(?:ランキング|順位)/.test(fact.normalized.slice(hit.end, hit.end + 6)));
			if (ranked) state.ranking = {firm: name, cue: ranked.entry.measure!, period: period ?? null};
		} else if (state.firm?.period === null && fact.sentence.block - state.firm.block <= 3 && /市場規模|市場全体|市場(?:は|が)/.test(fact.normalized)) {
			// "IDC Japanは…調査結果を発表した。2025年の市場規模は…": the year of the market it surveyed, in its paragraph or the
			// points listed under it ("■調査結果のポイント ・2025年度の国内…市場規模は…").
			const period = surveyedPeriod(fact, state);
			if (period) {
				state.firm = {...state.firm, period};
				state.firmPeriods.set(state.firm.name, period);
			}
		}
		const results = resultsPeriodOf(
			fact,
			state,
			fact.mentions.find(mention => mention.role === 'topic' || mention.role === 'subject')?.company ?? fact.topicBefore?.company ?? fact.mentions.find(mention => mention.role === 'possessor')?.company ?? null,
		);
		if (results) {
			state.articlePeriod ??= results;
			state.paragraphPeriod = {block: fact.sentence.block, period: results};
		}

		// The article's trading session: the first day written with a market ("21日の東京株式市場で"), not
		// one told relative to it ("前日の米国市場で").
		// "…が16日、米ナスダック市場に上場した": the exchange a company lists on names the session too.
		const listedOn = (date: {readonly end: number}) => /^[、,]?\s?(?:米)?(?:ナスダック|ニューヨーク証券取引所|東証|東京証券取引所)[^。]{0,12}?上場/.test(fact.normalized.slice(date.end, date.end + 30));
		// Not "11日終値の3,755円に38.5%のプレミアムを上乗せ": a close named as the base of a price offered.
		const baseClose = fact.dates.length > 0 && /プレミアム|上乗せ/.test(fact.normalized);
		// Not "みずほ証券は12日付で目標株価を…": the day a note is dated is no session.
		const marketAfter = (date: DateMention) =>
			!fact.normalized.startsWith('付', date.end) && fact.words.some(hit => hit.entry.marker === 'stock-market' && hit.start > date.start && hit.start - date.end <= 12 && !(baseClose && hit.text === '終値'));
		// "東京市場では23日、…": or named with the market just before it.
		const marketNamedBefore = (date: DateMention) => marketBeforeDay.exec(fact.normalized.slice(Math.max(0, date.start - 12), date.start))?.groups!['market'] ?? null;
		const marketBefore = (date: DateMention) => marketNamedBefore(date) !== null;
		const day = fact.dates.find(date => /^\d{4}-\d{2}-\d{2}$/.test(date.date) && /\d/.test(date.text) && (marketAfter(date) || marketBefore(date) || listedOn(date)));
		const session = fact.dates.find(date => /^\d{4}-\d{2}-\d{2}$/.test(date.date) && (marketAfter(date) || marketBefore(date)));
		const abroad = (at: number) => /^[^。]{0,12}?(?:米|ニューヨーク|ナスダック|台湾|香港|欧州|韓国|ソウル)(?:株式|国)?市場/.test(fact.normalized.slice(at, at + 24));
		const abroadBefore = (date: DateMention) => (marketNamedBefore(date) ?? '東京') !== '東京';
		if (day && state.tradingDay === null) state.tradingDayAbroad = abroad(day.end) || abroadBefore(day);
		if (day) state.tradingDay ??= day.date;
		const wired = state.tradingDay === null ? wireSession(fact.normalized, state.published) : null;
		if (wired) {
			state.tradingDay = wired.date;
			state.tradingDayAbroad = wired.abroad;
		}
		state.tradingWeek ??= weekOfSessions(fact.normalized, state.published);
		if (session && (abroad(session.end) || abroadBefore(session))) state.sessionAbroad = session.date;
		if (session) state.marketDay = {block: fact.sentence.block, sentence: fact.sentence.index, at: session.start, date: session.date, abroad: abroad(session.end) || abroadBefore(session)};
		// "東京市場では…": a market named without a day is the article's own session again; one named as also moved
		// ("…3.0%高となり、東京市場でも関連銘柄への買いを誘った") leaves the session as it was, unless what moved there
		// follows it ("東京市場でも半導体関連に買いが広がり、アドバンテストは一時5%高").
		else if (/(?:東京|米国|米|台湾|香港|ニューヨーク|欧州|韓国|ソウル)(?:株式)?市場(?:で|では)(?!も)/.test(fact.normalized) || homeSessionToo(fact)) state.marketDay = null;
		const announced = fact.dates.find(date => /^\d{4}-\d{2}-\d{2}$/.test(date.date) && /\d日$/.test(date.text) && announcedAfter.test(fact.normalized.slice(date.end)));
		if (announced) state.announcedDay ??= announced.date;
		// "NECは10月28日、…": the day of the paragraph's news.
		const newsDay = fact.dates.findLast(date => /^\d{4}-\d{2}-\d{2}$/.test(date.date) && /\d日$/.test(date.text) && /^(?:、|に)/.test(fact.normalized.slice(date.end, date.end + 1)));
		if (newsDay) state.newsDay = {block: fact.sentence.block, date: newsDay.date};
		const announcer = announced ? fact.mentions.findLast(mention => mention.end <= announced.start && (mention.role === 'topic' || mention.role === 'subject')) : undefined;
		if (announcer) state.announcer = announcer.company;
		noteContext(fact, state, index === 0 || facts[index - 1]!.sentence.block !== fact.sentence.block);
		// "2025年の国内サーバー市場の出荷額は…。一方、出荷台数は同2.4%減の…": the paragraph goes on about the market.
		if (fact.mentions.length === 0 && marketOpening.test(fact.normalized)) state.marketParagraph = fact.sentence.block;
		else if (fact.mentions.length > 0 || state.marketParagraph !== fact.sentence.block) state.marketParagraph = null;
		state.aboutCompany.set(fact.sentence.index, textCompany(fact, state));
		found.push(...readSentenceFigures(fact, state));
	}

	return withBuybackWindows(found, facts, state.published);
}

// A buyback runs up to a year: its window's last day may be a year-less day months after the story.
const buybackMonthsAhead = 13;

/**
 * "上限2,000億円の自社株買いを決めた。取得期間は11月4日から2026年3月31日まで。", "- 取得期間：2026年2月4日〜12月31日": what
 * a buyback may buy is bought over its window, the period of its terms; a buyback that writes none has none.
 */
function withBuybackWindows(found: readonly FoundFigure[], facts: readonly SentenceFacts[], published: string | null): FoundFigure[] {
	return found.map(figure => {
		if (figure.measure !== buybackCue.label || figure.period !== null) return figure;
		const at = facts.findIndex(fact => fact.sentence.index === figure.sentence);
		// The window may follow in the next sentence or list items below: blocks one after another, none skipped.
		let block = facts[at]?.sentence.block ?? -1;
		for (const fact of facts.slice(at, at + 5)) {
			if (fact.sentence.block - block > 1) break;
			block = fact.sentence.block;
			const window = windowOf(fact.normalized, fact.dates);
			if (!window) continue;
			const [from, to] = window.map(date => dayToCome(date, published, buybackMonthsAhead));
			const day = (date: string) => ({type: 'day' as const, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10))});
			return from! < to! ? {...figure, period: {type: 'span' as const, from: day(from!), to: day(to!)}, periodText: fact.normalized.slice(window[0].start, window[1].end)} : figure;
		}
		return figure;
	});
}

// "［ニューヨーク　18日　ロイター］ - 米国株式市場は…": a wire story's dateline names the day of the session it reports.
const wireDateline = /^[[［]\s?(?<city>[^\]］]{1,20}?)\s(?<day>\d{1,2})日\s(?:ロイター|Reuters|ブルームバーグ|Bloomberg|共同|時事|AP|AFP)\s?[\]］]/;

function wireSession(text: string, published: string | null): {readonly date: string; readonly abroad: boolean} | null {
	const match = wireDateline.exec(text);
	const date = match && published ? dayOfMonthBefore(Number(match.groups!['day']), published) : null;
	return date ? {date, abroad: !/東京|大阪/.test(match!.groups!['city']!)} : null;
}

// "9月7〜11日の東京株式市場では", "12月1〜5日の1週間", "週間騰落率（12月1〜5日、終値ベース）": the sessions of a week.
// "今週（11月9〜13日）は": a week named, its days in brackets after it.
const weekSpan =
	/(?:(?<month>\d{1,2})月)?(?<from>\d{1,2})日?\s?[~〜\-–]\s?(?<to>\d{1,2})日[)）]?(?=の?(?:1週間|週間|週|東京株式市場|東京市場|株式市場|米国市場|米株式市場)|[、,]\s?終値)|(?<=(?:今週|先週|週間)\s?[(（])(?:(?<month2>\d{1,2})月)?(?<from2>\d{1,2})日?\s?[~〜\-–]\s?(?<to2>\d{1,2})日(?=[)）])/;

const dayOf = (date: Date): Period => ({type: 'day', year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()});

/** "今週は…", "先週の東京市場は…": the sessions of the week the story came out in, Monday to its day, or of the week before. */
function namedWeek(text: string, published: string): Period | null {
	const which = /今週|先週/.exec(text)?.[0];
	if (!which) return null;
	const day = new Date(`${published}T00:00:00Z`);
	const weekday = (day.getUTCDay() + 6) % 7;
	const monday = new Date(day.getTime() - (weekday + (which === '先週' ? 7 : 0)) * 86_400_000);
	const last = which === '先週' || weekday >= 4 ? new Date(monday.getTime() + 4 * 86_400_000) : day;
	return last > monday ? {type: 'span', from: dayOf(monday), to: dayOf(last)} : null;
}

function weekOfSessions(text: string, published: string | null): Period | null {
	const match = weekSpan.exec(text);
	if (!published) return null;
	if (!match) return namedWeek(text, published);
	const written = match.groups!;
	const from = Number(written['from'] ?? written['from2']);
	const to = Number(written['to'] ?? written['to2']);
	const named = written['month'] ?? written['month2'];
	if (!(from < to && to - from <= 6)) return null;
	const start = named ? monthDayBefore(Number(named), from, published) : dayOfMonthBefore(from, published);
	if (!start) return null;
	const [year, month] = start.split('-').map(Number) as [number, number];
	return {type: 'span', from: {type: 'day', year, month, day: from}, to: {type: 'day', year, month, day: to}};
}

/** A day of the month written alone, in the month of `published` or, past it, the month before. */
function dayOfMonthBefore(day: number, published: string): string | null {
	const [year, month, today] = published.split('-').map(Number) as [number, number, number];
	if (!(day >= 1 && day <= 31) || today === undefined) return null;
	const [y, m] = day <= today ? [year, month] : month === 1 ? [year - 1, 12] : [year, month - 1];
	return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A month and day written without a year, in the year that puts them on or before `published`. */
function monthDayBefore(month: number, day: number, published: string): string | null {
	const [year] = published.split('-').map(Number) as [number];
	if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return date <= published ? date : `${year - 1}${date.slice(4)}`;
}

function homeSessionToo(fact: SentenceFacts): boolean {
	const market = /東京(?:株式)?市場でも/.exec(fact.normalized);
	return market !== null && !fact.quantities.some(quantity => quantity.start < market.index);
}

// "2026年3月期の業績予想は据え置きました。": or the year named.
const yearForecastWords = /(?:通期|今期|通年|(?:\d{4}|\d{2})年\d{1,2}月期|\d{4}年度)(?:の)?(?:連結)?(?:業績)?(?:予想|見通し|計画)/;
const measureBreakdownLine = /^[^。、]{0,20}?(?:売上高|売上収益|営業収益|営業利益|受注高)(?:の)?内訳[^。、]{0,20}$/;
const marketOpening = /^[^、。]{0,30}?市場(?:全体)?の(?:売上高|売上|規模|出荷(?:台数|額|金額|量)|販売(?:台数|額|金額)|支出額?)(?:は|が)/;

// "――今期の見通しは。" (or "Q：…"): a question on a line of its own.
// "**記者**　…" over "**田島**　…": a question labelled by who asks it.
/** The fiscal calendar of the company the text is about: its headline's, else the one whose figure came last. */
function textCalendar(state: ReadingState): FiscalCalendar {
	const company = state.headline ?? state.last?.owner.company ?? null;
	return company ? state.matcher.fiscalCalendar(company) : {yearEnd: null, namedByStart: false};
}

const lineHeading = /^[ァ-ヶーA-Za-z][ァ-ヶーA-Za-z・&\s]{2,24}(?:と[ァ-ヶーA-Za-z・&\s]{2,20})?$/;
const sectionWords =
	/ハイライト|サマリ|ポイント|トピック|ニュース|リリース|について|ガイダンス|コメント|プロフィール|スケジュール|キャンペーン|アジェンダ|ランキング|マーケット|セミナー|イベント|フォーカス|オピニオン|コラム|インタビュー|テーブル|チャート|グラフ|リスク|レビュー|ロードマップ|リンク|メモ|エグゼクティブ|Q&A|FAQ|Highlights?|Summary|Outlook|Guidance|About|Overview/i;
const questionOpening = /^(?:Q\s?\d{0,2}\s?[.．:：、]|――|──)\s?(?:米|英|独|仏|中国|韓国|台湾)?/;
const numberedQuestion = /^Q\s?\d{1,2}\s?[.．:：、]\s?[^。]*[?？]$/;

export const interviewQuestion = /^(?:――|──|—{2}|Q\s?[.:：]|(?:記者|聞き手|司会)(?:\s|[:：]))/;

// "2日発表した", and a lead's "Xは2日、…と発表した".
// "25日（米国時間）、…": a day told with its time zone.
// "アドバンテストは28日、今期の営業利益予想を…に引き上げた": a forecast revised is news announced that day too.
const announcedAfter = /^(?:\s?[(（][^()（）]{1,12}[)）])?(?:[^。]{0,24}?(?:発表|公表)|、[^。]*(?:発表|公表|示した|明らかにした|引き上げた|引き下げた|上方修正した|下方修正した))/;
