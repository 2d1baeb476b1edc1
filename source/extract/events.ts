import type {EventKind, FigureUnit} from '../dataset/schema.js';
import {leadsWithUnknownCompany, type RoledMention, type SentenceFacts} from './analysis.js';
import {listedAmongSources} from './roles.js';
import {dayToCome, type DateMention} from './dates.js';
import {announcedAlong, dayOfName, eventDate, forward, monthPrecision, releaseDate, reportedThisMonth} from './event-dates.js';
import type {LexiconHit} from './lexicon.js';

/** A dated thing a company did or will do, in one sentence of one article. */
export interface FoundEvent {
	readonly article: string;
	/** YYYY-MM or YYYY-MM-DD. */
	readonly date: string;
	readonly dateText: string;
	readonly kind: EventKind;
	/** The sentence only says something was announced ("発表した"): it may be another sentence's event told again. */
	readonly announcement: boolean;
	/** The company that acts first, then the other parties. */
	readonly companies: readonly string[];
	readonly amount: {readonly value: number; readonly unit: FigureUnit; readonly text: string} | null;
	/** The product or service launched, as the text names it in brackets ("『Amazon Quick Suite』を発表"). */
	readonly product: string | null;
	readonly quote: string;
	readonly sentence: number;
}

/** The most telling action word of a range: the highest priority, then the first. */
// "決算上は非継続事業に区分している": the accounts, no results put out.
const inTheAccounts = /^上/;

function actionIn(hits: readonly LexiconHit[], text: string): LexiconHit | undefined {
	let best: LexiconHit | undefined;
	for (const hit of hits) if (hit.entry.event && !(hit.entry.id === 'results' && hit.text === '決算' && inTheAccounts.test(text.slice(hit.end, hit.end + 1))) && (!best || hit.entry.priority > best.entry.priority)) best = hit;
	return best;
}

// "募集を始める", "受け付けを開始した": the verb says something starts in the month given.
const startsThen = /^(?:から|より)?[^。]{0,30}?(?:を始め|を開始|が始ま)/;
const boardOrStart = /^(?:の|に開いた|に開催した)?\s?取締役会で|^(?:から|より)[^。、]{0,8}?を(?:始め|開始)/;
// "自社株買いを3月から実施する": what is named before its month, started or carried out from it.
const startsFromMonth = /^(?:から|より)?\s?(?:始め|開始|実施)/;
// "従業員数を約7万人に減らす", "社員を1割削減": fewer staff is a restructuring, however it is announced.
const fewerStaff = /(?:従業員|社員|人員|職員|雇用)(?:数)?を[^。]{0,20}?(?:減らす|減らし|削減|縮小)/;

const analystView = /(?:目標株価|投資判断|格付け|(?<![ァ-ヶー])レーティング)を[^。]{0,20}$/;

// "NVIDIAのGPUを搭載した新プランを追加する", "シャープ旧工場跡地を活用したDCは", "米AMDのGPUを北海道に導入した": a company whose product or
// site the thing is built with takes no part in the event.
const ingredientOf = /^[^、。はが]{0,30}?を(?:[^、。をはが]{0,10}?(?:に|へ))?(?:搭載|活用|採用|使用|使っ|使う|利用|組み込|導入)/;
// "「AWSビジネス統括本部」を新設": a name inside a longer name in brackets is that name's word, not a party.
function insideLongerName(text: string, mention: {readonly start: number; readonly end: number}): boolean {
	const open = text.lastIndexOf('「', mention.start);
	if (open === -1 || /[」。]/.test(text.slice(open, mention.start))) return false;
	const close = text.indexOf('」', mention.end);
	return close !== -1 && close - open - 1 > mention.end - mention.start && !/[「。]/.test(text.slice(mention.end, close));
}

// "新設する「X株式会社」に承継させる": a company the action creates does not act in it.
const madeBy = /(?:新設する|新設される|設立する|設立される|新会社)[「『]?$/;

/** The action is what starts: "希望退職者の募集を始める", not "開始した販促で売上高が伸びた". */
function startedBy(action: LexiconHit, after: string, offset: number): boolean {
	const start = startsThen.exec(after);
	return start !== null && action.start < offset + start[0].length;
}

/** What an article tells the events of its sentences. */
export interface EventContext {
	readonly article: string;
	readonly published: string | null;
	/** The headline's company (or the sender's): whose event a sentence that names nobody tells. */
	readonly headline: string | null;
	/** Whom the sentence is about when it names no company, as its figures read it (the section's, the paragraph's). */
	readonly aboutCompany: string | null;
	/** Whether the sentence's paragraph names the headline's company. */
	readonly paragraphNamesHeadline: boolean;
	/** The day of a press release or disclosure when the sentence is its lead paragraph; else null. */
	readonly releaseLeadDay: string | null;
	/** The day the article's news was announced ("4日発表した"), for what was announced along with it. */
	readonly announcedDay: string | null;
	/** The sentence is under a heading of what is to come ("## 今後の予定"): its year-less days are ahead. */
	readonly upcoming: boolean;
	/** Whether the sentence before, in the same paragraph, told of a buyback ("自社株買いを決めた。取得期間は…"). */
	readonly buybackBefore: boolean;
}

// The lexicon's words of speculation that tell of a report by others, not of a view.
const reported = /報じ|報道|関係者|関係筋|伝えられ/;

/** The events of one sentence: one per date that an action follows, with the companies around it. */
const nobodyActs =
	/(?:一部|複数|主要|多く|多数|米国|海外|国内)の?[^、。「」]{0,10}?(?:企業|メーカー)(?:が|は|も)|各社(?:が|は|も)|業界(?:団体)?(?:が|は)|(?:統計|指標|データ|白書)(?:が|は)[^。]{0,12}(?:公表|発表)され|(?:統計|指標)の(?:発表|公表)/;

// "公開買付期間は8月1日から9月12日まで", "買付期間は14日から6月25日まで": a tender offer opens and closes on its days.
// How far ahead of the story a close may be: tender offers run 20 to 60 business days.
const monthsAhead = 4;
const offerPeriodOpens = /(?:公開買付け?|買付け?|TOB)期間は\s?$/;
// "取得期間は11月4日から来年3月24日まで" after a buyback: it starts on its first day; its close is no news of its own.
const buybackPeriodOpens = /(?:取得|買付け?|買い付け)期間は\s?$/;
const buybackWords = /自社株|自己株/;

/** A tender offer's period, which opens and closes on its days, or a buyback's, which starts on its first. */
function openingPeriod(facts: SentenceFacts, context: EventContext, buybackBefore: boolean): FoundEvent[] {
	const opensAfter = (pattern: RegExp) => facts.dates.findIndex(date => pattern.test(facts.normalized.slice(Math.max(0, date.start - 12), date.start)));
	const buyback = (buybackBefore || buybackWords.test(facts.normalized)) && !/公開買付|TOB/.test(facts.normalized);
	const opens = buyback ? opensAfter(buybackPeriodOpens) : opensAfter(offerPeriodOpens);
	const [start, end] = [facts.dates[opens], facts.dates[opens + 1]];
	if (!start || !end || !/^\d{4}-\d{2}-\d{2}$/.test(start.date) || !/^\d{4}-\d{2}-\d{2}$/.test(end.date) || !/^\s?から/.test(facts.normalized.slice(start.end, start.end + 3))) return [];
	const company = facts.mentions.find(mention => mention.role === 'topic' || mention.role === 'subject')?.company ?? context.headline ?? facts.topicBefore?.company;
	if (!company) return [];
	// A tender offer is announced before it opens: "8月1日から9月12日まで" in July, "13日から3月30日まで" on 12 February, are
	// days to come, not the last of their names.
	// Not one told months after it closed ("公開買付期間は8月1日から9月12日までだった" in October): a period opens within weeks
	// of its announcement.
	const later = (date: DateMention) => dayToCome(date, context.published, monthsAhead);
	const opened = later(start);
	const closed = later(end);
	return (buyback ? [opened] : [opened, closed]).map((date, index) => ({
		article: context.article,
		date,
		dateText: (index === 0 ? start : end).text,
		kind: buyback ? ('other' as const) : ('deal' as const),
		announcement: false,
		companies: [company],
		amount: null,
		product: null,
		quote: facts.sentence.text,
		sentence: facts.sentence.index,
	}));
}

// "上場予定日は2026年11月19日です", "- 公開価格決定日：2026年11月12日": a release's schedule dates each of its steps.
// "| 着工 | 2026年5月 |": the same labels head a release's table of steps.
export const milestoneLabel = String.raw`(?:予定日|決定日|払込期日|払込日|上場日|開始日|完了日|効力発生日|実施日|申込期間|ブックビルディング期間|着工|竣工|完工|完成|稼働開始|操業開始|量産開始|生産開始|運用開始|サービス開始|提供開始|開業|発売日|取得日|譲渡日)(?:時期|予定日?)?`;
const scheduleLabel = new RegExp(String.raw`^(?:[-・*]\s?)?(?:[(（]?\d{1,2}[.)）．]\s?)?[^、。:：]{0,16}?${milestoneLabel}\s?(?:は|[:：])\s?$`);

/** A step of a schedule the text is about: its label, then its day. */
function scheduledStep(facts: SentenceFacts, context: EventContext): FoundEvent[] {
	const first = facts.dates[0];
	if (!first || !monthPrecision.test(first.date) || !scheduleLabel.test(facts.normalized.slice(0, first.start))) return [];
	const company = facts.mentions.find(mention => mention.role === 'topic' || mention.role === 'subject')?.company ?? context.headline ?? facts.topicBefore?.company;
	if (!company) return [];
	return [{article: context.article, date: first.date, dateText: first.text, kind: 'other', announcement: false, companies: [company], amount: null, product: null, quote: facts.sentence.text, sentence: facts.sentence.index}];
}

export function eventsFromSentence(facts: SentenceFacts, context: EventContext): FoundEvent[] {
	const {article, published, headline, paragraphNamesHeadline} = context;
	const {sentence} = facts;
	if (sentence.blockKind !== 'table' && sentence.blockKind !== 'heading') {
		const step = scheduledStep(facts, context);
		if (step.length > 0) return step;
	}

	// "## 2. 執行役員の異動（2026年4月1日付）": a heading that dates what it announces is an event; other headings are not.
	// "## kubell（2月12日発表）": so is a section headed by a company and the day it announced what the section tells.
	const datedHeading = sentence.blockKind === 'heading' && (/\d日付[)）]?\s?$/.test(facts.normalized) || (facts.mentions.length > 0 && /[(（]\d{1,2}月\d{1,2}日(?:発表|公表|開示)[)）]\s?$/.test(facts.normalized)));
	if (sentence.blockKind === 'table' || (sentence.blockKind === 'heading' && !datedHeading) || (!sentence.complete && !datedHeading)) return [];
	if (facts.words.some(hit => hit.entry.marker === 'profile')) return [];
	// "…契約を結んだと報じられていた", "関係者によると": what others report is no event the text vouches for.
	if (facts.words.some(hit => hit.entry.marker === 'speculation' && reported.test(hit.text))) return [];
	const offerPeriod = openingPeriod(facts, context, context.buybackBefore);
	if (offerPeriod.length > 0) return offerPeriod;
	const written = facts.dates.filter(date => eventDate(facts, date) || (datedHeading && /^(?:付|発表|公表|開示)/.test(facts.normalized.slice(date.end, date.end + 2))));
	const released = releaseDate(facts, context.releaseLeadDay);
	const along = released.length === 0 ? announcedAlong(facts, context.announcedDay) : [];
	const dates = written.length > 0 ? [...released, ...along, ...written] : [...released, ...along, ...reportedThisMonth(facts, published)].slice(0, 1);
	const events: FoundEvent[] = [];
	dates.forEach((date, index) => {
		const next = dates[index + 1];
		const previous = dates[index - 1];
		const from = previous ? previous.end : 0;
		const to = next ? next.start : facts.normalized.length;
		// A trading day: stock moves are figures, not events.
		const range = facts.normalized.slice(date.start, to);
		// "前日12日に発表した決算が嫌気され、18%安": a day told as the news's is an event's, whatever the market did after.
		// "3日引け後に発表した決算": so is a day whose close the news came after.
		// "29日の米株式市場の取引終了後に、1〜3月期の決算を公表した": so is the session the results came out after or during.
		const announcedThen =
			/^(?:大?引け後|の?取引終了後)?(?:\s?[(（][^()（）]{0,8}[)）])?(?:に)?(?:発表|公表|開示)/.test(facts.normalized.slice(date.end, date.end + 16)) ||
			/^(?:\s?[(（][^()（）]{0,8}[)）])?の?(?:(?:米|米国|東京|日本|ニューヨーク)?(?:株式)?市場の)?(?:大?引け後|取引終了後|取引時間中|取引開始前)に?[、,]?(?:[^。%株]{0,30}?決算を?(?:発表|公表|開示)|(?:発表|公表|開示)した[^。%株]{0,30}?決算)/.test(
				facts.normalized.slice(date.end, date.end + 60),
			);
		if (
			!announcedThen &&
			(/\d%\s?(?:高|安)|ストップ(?:高|安)/.test(range) ||
				// "サイボウズの株価が13日、急騰し上場来高値を更新した": the day of a share's price.
				/(?:株価|株)(?:は|が|も)\s?$/.test(facts.normalized.slice(Math.max(from, date.start - 6), date.start)) ||
				/株[はがも][^。]{0,40}\d%\s?(?:上昇|下落|値上がり|値下がり)/.test(facts.normalized) ||
				// "終値3120円（13.9%安）前日発表の決算で": a market word before the date is the move's, not the date's.
				facts.words.some(hit => hit.entry.marker === 'stock-market' && hit.start >= date.start && hit.start < to && hit.text !== '株価'))
		)
			return;
		// A dated heading names what it dates before the date: "執行役員の異動（4月1日付）".
		// "終値で取引を終えた", "移行を終える計画": only the end of what is made, sold or served is news of its own.
		const words = facts.words.filter(hit => !(/^(?:終|打ち切)/.test(hit.text) && !/(?:生産|出荷|販売|提供|サービス|サポート|操業|受注|取り扱い|取扱い)/.test(facts.normalized.slice(from, hit.start))));
		// "自社株買いを3月から実施する", "募集を4月から始める": what starts from the month, named before it.
		const startedFromMonth = startsFromMonth.test(facts.normalized.slice(date.end, to)) ? words.filter(hit => hit.end <= date.start && hit.start >= from && /^\s?を\s?$/.test(facts.normalized.slice(hit.end, date.start))) : [];
		// "就任は来年1月1日付。", "発売は3月19日": so does a topic that names the action before its day.
		const afterDate = actionIn(
			words.filter(hit => hit.start >= (datedHeading ? 0 : date.end) && hit.start < to),
			facts.normalized,
		);
		// "自社株買いを4月から始める": a bare start is of what was named before the day, when something was.
		const own =
			(afterDate?.entry.id === 'start' ? undefined : afterDate) ??
			actionIn(
				words.filter(hit => hit.end <= date.start && hit.start >= from && /^\s?(?:は|も)\s?$/.test(facts.normalized.slice(hit.end, date.start))),
				facts.normalized,
			) ??
			actionIn(startedFromMonth, facts.normalized) ??
			// "上限100億円の自己株式取得を11月7日の取締役会で決議した", "…自社株買いも発表し、2月2日から取得を始めます": what the
			// board decided on its day, or what starts from it, is named before the day.
			(boardOrStart.test(facts.normalized.slice(date.end, to))
				? actionIn(
						words.filter(hit => hit.end <= date.start && hit.start >= from),
						facts.normalized,
					)
				: undefined) ??
			// "3月期決算が5月8日に出た": results that came out on their day.
			actionIn(
				words.filter(
					hit =>
						hit.entry.id === 'results' &&
						hit.end <= date.start &&
						hit.start >= from &&
						/^\s?が[、,]?\s?[^。、]{0,12}?$/.test(facts.normalized.slice(hit.end, date.start)) &&
						/^(?:の?(?:大?引け後|取引終了後))?に?(?:出|発表され|公表され|開示され)/.test(facts.normalized.slice(date.end, date.end + 12)),
				),
				facts.normalized,
			) ??
			afterDate;
		const action =
			own ??
			(next
				? actionIn(
						words.filter(hit => hit.start >= next.end),
						facts.normalized,
					)
				: undefined);
		// "NECは3月10日、…を4月1日から提供すると発表した": the day a launch was announced is no event of its own when
		// the launch has its day. (A post taken "4月1日付で" keeps the day it was announced: news of its own.)
		if (!own && next && action?.entry.event === 'launch' && /^(?:から|より|付)/.test(facts.normalized.slice(next.end, next.end + 2))) return;
		// "…利用者数が1月時点で9億人に達したと明らかにした": a figure disclosed is a figure, no event.
		if (action?.entry.id === 'announce' && facts.quantities.some(quantity => quantity.start > date.end) && /(?:に達した|を超えた|を突破した|を上回った)と(?:発表|明らかに|公表)/.test(range)) return;
		// "4月から希望退職者の募集を始める": a start told with its month is an event of that month, whatever starts.
		// "6月に決算期を迎えた": a fiscal year's end is no results.
		if (action?.text === '決算' && facts.normalized[action.end] === '期') return;

		// "ディスコの目標株価を5万円に引き上げた": an analyst's view moved, nothing the company did.
		if (action?.entry.id === 'raise' && analystView.test(facts.normalized.slice(Math.max(0, action.start - 30), action.start))) return;
		// "SMBC日興証券は…の格付けを「1」に引き上げた": a broker's rating is a view; a rating agency's is news.
		if (action?.entry.id === 'credit-rating' && /証券(?:会社)?(?:は|が|も)/.test(facts.normalized.slice(0, action.start))) return;
		if (!action || (date.qualifier === 'since' && action.entry.event !== 'launch' && action.entry.id !== 'buyback' && !startedFromMonth.some(hit => hit.entry.event) && !startedBy(action, facts.normalized.slice(date.end, to), date.end)))
			return;
		// The companies: those named around the date (not one that leads the next date: "NECは29日、富士通は30日"),
		// the one that acts first; else the sentence's subject, the headline's company, the text's topic.
		const around = facts.mentions.filter(
			mention =>
				mention.start >= from &&
				mention.start < to &&
				mention.role !== 'object' &&
				!madeBy.test(facts.normalized.slice(Math.max(0, mention.start - 12), mention.start)) &&
				!insideLongerName(facts.normalized, mention) &&
				// "東京オフィスを開き、楽天グループなどが顧客に名を連ねる": a name in a clause after the action's is that clause's.
				!(mention.start > action.end && /[、,]/.test(facts.normalized.slice(action.end, mention.start))) &&
				// "シャープ堺工場跡地で整備を進める": a company naming a site takes no part.
				!/^[^、。はがを]{0,8}?(?:跡地|工場跡)/.test(facts.normalized.slice(mention.end, mention.end + 12)) &&
				// "元ソニーグループ財務部門幹部の山下氏", "ソニー出身の": where a person came from takes no part.
				!(facts.normalized[mention.start - 1] === '元' || /^(?:[^、。はがを]{0,12}?)出身/.test(facts.normalized.slice(mention.end, mention.end + 16))) &&
				// Nor the name a bracketed day follows ("マイクロソフト（1月28日）、アルファベット（2月4日）").
				!(next && mention.start > date.end && /^\s?(?:は|が|も|[(（])?\s?$/.test(facts.normalized.slice(mention.end, next.start).replace(/[(（][^()（）]*[)）]/g, ''))) &&
				// "5月にはツバサ精工が…、7月には": nor one that follows the date before ("NECは29日、富士通は30日" leads its own).
				!(previous && mention.start < date.start && /^\s?(?:には|では|に|は|、)?\s?$/.test(facts.normalized.slice(previous.end, mention.start)) && !/^\s?(?:は|が|も)?\s?$/.test(facts.normalized.slice(mention.end, date.start))),
		);
		// "MM総研が10日に公表した調査によると": a research firm's publication is not an event of the companies it names.
		const firmActs = facts.firms.some(firm => firm.start < date.start && (firm.role === 'subject' || firm.role === 'topic') && !around.some(mention => mention.start < date.start && (mention.role === 'topic' || mention.role === 'subject')));
		// Nor is a ranking or a report it publishes that names no company beside the date.
		if (firmActs && (action.entry.event === 'other' || around.length === 0)) return;
		// "NVIDIA製GPU「B200」で構成する…の提供を開始": a maker of what is used takes no part either.
		const ingredient = (mention: RoledMention) => mention.role !== 'topic' && mention.role !== 'subject' && (ingredientOf.test(facts.normalized.slice(mention.end, mention.end + 40)) || facts.normalized.startsWith('製', mention.end));
		// "シリーズAではエヌビディアなどから…調達し", "9月にはメタと…契約を結び": those the money came from or the deal was
		// made with take part; the one the text is about acts.
		// "アンペア・コンピューティングの買収を完了": the company bought is no actor either; the one the text is about bought it.
		const bought = (mention: RoledMention) => mention.role === 'possessor' && /^(?:[(（][^()（）]*[)）])?\s?の\s?(?:買収|完全子会社化|子会社化)/.test(facts.normalized.slice(mention.end, mention.end + 30));
		const actor =
			around.find(mention => mention.role === 'topic' || mention.role === 'subject') ??
			around.find(mention => !ingredient(mention) && !bought(mention) && mention.role !== 'source' && mention.role !== 'partner' && !listedAmongSources(facts.normalized, mention));
		const namedBefore = dayOfName(facts, date);
		const companies = namedBefore ? [namedBefore.company] : [...new Set([actor, ...around].filter(mention => mention !== undefined && !ingredient(mention)).map(mention => mention!.company))];
		const sourcesOnly = namedBefore === undefined && actor === undefined && companies.length > 0;
		// "マルカイフーズは10日、…": a roundup's item on a company brief does not know is not the headline's.
		if (companies.length === 0 && !facts.mentions.some(mention => mention.start < date.end) && leadsWithUnknownCompany(facts.normalized.slice(0, date.end))) return;
		// "一部半導体企業が説明会を開く", "販売統計が公表される", "12月の雇用統計の発表を控え": what companies at large or a statistic do is nobody's event.
		if (companies.length === 0 && facts.mentions.length === 0 && nobodyActs.test(facts.normalized)) return;
		// "経済産業省は…同事業に補助金を交付することを決めた": a grant is an event only of a company its sentence names.
		if (action.entry.id === 'subsidy' && companies.length === 0) return;
		if (companies.length === 0 || sourcesOnly) {
			// A paragraph that never names the headline's company is about its own topic (a digest's items).
			const paragraphTopic = !paragraphNamesHeadline && facts.topicBlock === facts.sentence.block ? facts.topicBefore?.company : undefined;
			const fallback =
				facts.mentions.find(mention => mention.start < date.start && (mention.role === 'topic' || mention.role === 'subject'))?.company ??
				(paragraphNamesHeadline ? null : context.aboutCompany) ??
				paragraphTopic ??
				headline ??
				facts.topicBefore?.company;
			if (fallback && !companies.includes(fallback)) companies.unshift(fallback);
		}

		if (companies.length === 0) return;
		// What it was built with goes after whoever acted: "NECが…エヌビディアのGPUを使った環境の提供を始めた".
		for (const mention of around) if (ingredient(mention) && !companies.includes(mention.company)) companies.push(mention.company);
		const money = facts.quantities.find(quantity => quantity.ignore === null && quantity.start >= from && quantity.start < to && quantity.unit !== '%' && quantity.unit !== 'pt' && quantity.unit !== 'count');
		// "『Amazon Quick Suite』を発表", "新サービスを発表": an announced product is a launch.
		const product = /[『「](?<name>[^』」]{2,40})[』」](?:の提供)?を?(?:発表|公開|発売|投入|提供|開始)/.exec(range)?.groups!['name'] ?? null;
		const launched = action.entry.id === 'announce' && (product !== null || /新(?:サービス|製品|モデル|チップ|プラットフォーム|機能)を(?:発表|公開)/.test(range));
		const kind: EventKind = launched ? 'launch' : money && action.entry.event === 'other' && /出資|投資|調達/.test(range) ? 'investment' : action.entry.event === 'other' && fewerStaff.test(range) ? 'restructuring' : action.entry.event!;
		// "同じ29日には米メタと米アルファベットも決算を発表した": each company reports its own results.
		const parties = kind === 'results' && companies.length > 1 ? companies.map(company => [company]) : [companies];
		for (const party of parties)
			events.push({
				article,
				date: forward(date, facts, published, to, context.upcoming),
				dateText: date.text,
				kind,
				announcement: kind === 'other' && action.entry.id === 'announce',
				companies: party,
				amount: money ? {value: money.value, unit: money.unit, text: money.text} : null,
				product: kind === 'launch' ? product : null,
				quote: sentence.text,
				sentence: sentence.index,
			});
	});

	return events;
}

/**
 * A 決算短信 is itself a company's results, published the day it is dated: one results event, quoted by its
 * first heading on the results ("1．2026年3月期の連結業績（…）"), when the filing's company and day are known.
 */
export function filedResults(title: string, facts: readonly SentenceFacts[], context: EventContext): FoundEvent | null {
	const {published, headline} = context;
	if (!/決算短信/.test(title) || headline === null || published === null || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
	const heading = facts.find(fact => fact.sentence.blockKind === 'heading' && /業績|決算/.test(fact.normalized));
	if (!heading) return null;
	return {
		article: context.article,
		date: published,
		dateText: published,
		kind: 'results',
		announcement: false,
		companies: [headline],
		amount: null,
		product: null,
		quote: heading.sentence.text,
		sentence: heading.sentence.index,
	};
}
