import type {CurrencyUnit, FigureBasis, FigureKind, FigureUnit, Qualifier} from '../../dataset/schema.js';
import type {Quantity} from '../amounts.js';
import type {CompanyMatcher} from '../companies.js';
import type {Comparison, Family, MeasureCue} from '../lexicon-entry.js';
import type {LexiconHit} from '../lexicon.js';
import type {Anchor, Period, RawPeriod} from '../periods.js';

/** A figure read from one sentence or table row, before ids, the article and its date are attached. */
export interface FoundFigure {
	readonly company: string;
	/** A registry segment's id, or a segment's name as written. */
	readonly segment: string | null;
	readonly segmentAliases: readonly string[];
	readonly counterparty: string | null;
	readonly kind: FigureKind;
	readonly measure: string;
	readonly family: Family;
	readonly value: number;
	readonly unit: FigureUnit;
	readonly text: string;
	readonly qualifier: Qualifier;
	readonly range: {readonly low: number; readonly high: number} | null;
	readonly converted: {readonly value: number; readonly unit: FigureUnit; readonly text: string} | null;
	readonly period: Period | null;
	readonly periodText: string;
	readonly basis: FigureBasis;
	readonly source: string | null;
	readonly prior: boolean;
	/** The sentence it was read from (its text is the quote). */
	readonly sentence: number;
}

/** What a number measures and how it relates to that measure. */
export interface MeasureChoice {
	readonly cue: MeasureCue;
	/** The word that named it; null when a table, a list or the sentence before said it. */
	readonly hit: LexiconHit | null;
	/** The number is the measure (level), its change in percent (growth), its change in points, or a part of it. */
	readonly role: 'level' | 'growth' | 'points' | 'part';
	readonly comparison: Comparison | null;
	/** Which strategy found it, for tests and for reading the rules. */
	readonly strategy: string;
}

/** Whose figure it is. */
export interface Owner {
	readonly company: string;
	readonly segment: string | null;
	readonly counterparty: string | null;
	/** Other names the text gave the segment ("G&NS", "AI関連事業"). */
	readonly segmentAliases: readonly string[];
}

/** What a heading says of the text under it: guidance, the writer's own view, or a company's profile ("【会社概要】"), no news of it. */
export type Section = 'outlook' | 'opinion' | 'profile' | null;

/** The figure read last, which a bare number in the sentence after may continue. */
export interface LastFigure {
	readonly block: number;
	readonly sentence: number;
	readonly measure: MeasureChoice;
	readonly owner: Owner;
	readonly period: Period | null;
	readonly basis: FigureBasis;
	readonly unit: FigureUnit;
	/** Its amount, for a part told after it, which cannot be larger. */
	readonly value: number;
	/** Its company was named as a peer of the one the text is about ("同業の米サンディスク株が"): a figure after it that names none is not that peer's. */
	readonly peer: boolean;
	/** It was an earlier period's value ("前四半期（26%増）"): no period a later 同期 means. */
	readonly prior: boolean;
}

/** What reading an article's figures keeps from one sentence to the next. */
export interface ReadingState {
	readonly matcher: CompanyMatcher;
	readonly anchor: Anchor | null;
	/** The company the headline is about, when it names one not being left. */
	readonly headline: string | null;
	/** The company the headline says hit its daily limit, and which ("さくらネット<3778>がストップ高": 高). */
	readonly headlineAtLimit: {readonly company: string; readonly direction: '高' | '安'} | null;
	/** A section heading's say over the figures under it: guidance is outlook; the author's view is no figure. */
	section: Section;
	/** The text of the section heading the sentence is under ("## Google Cloud"). */
	heading: string | null;
	/** The company the section heading names ("### キオクシア（285A）", "### 3. さくらインターネット：…"): whom a sentence under it that names none is about. */
	headingCompany: {readonly company: string; readonly block: number} | null;
	/** The day the heading says its section's levels are as of ("## 主要KPI（2025年12月末時点）"). */
	headingAsOf: Period | null;
	/** The section reports by segment ("セグメント別の業績"): its list items' labels are segments. */
	segmentSection: boolean;
	/** A paragraph says a list of segments follows ("サービス別の売上高は次のとおりです。"): the list's labels are segments. */
	segmentList: boolean;
	/** The publication day, for dating stock moves when the text names no trading day. */
	readonly published: string | null;
	/** The last day the page can tell of as past: the day of its stamp of a later change, else `published`. */
	readonly lastDayTold: string | null;
	/** The results period the article reports (its first flow figure's period). */
	articlePeriod: Period | null;
	/** The last flow period of the current paragraph, and that paragraph. */
	paragraphPeriod: {readonly block: number; readonly period: Period} | null;
	/** The comparison of the last change with one ("前四半期比28%増"): what a later "同40%増" of its paragraph compares with. */
	changeBefore: {readonly block: number; readonly comparison: Comparison} | null;
	/** The company a paragraph last gave a valuation or a round of: whose value it goes on telling, whoever chipped in between. */
	valued: {readonly block: number; readonly company: string} | null;
	/** The block of a buyback's notice and the list of its terms under it ("・取得し得る株式の総数：1,800万株（上限）"). */
	buybackBlock: number | null;
	/** The period of each company's results as the text last gave it (a roundup's fiscal years differ). */
	readonly resultsPeriods: Map<string, Period>;
	/** The last outlook period, for guidance figures that name none. */
	outlookPeriod: Period | null;
	/** A list under a sentence of the whole year's forecast, and the section and forecast period to go back to after it. */
	listOutlook: {readonly block: number; readonly section: Section; readonly outlookPeriod: Period | null} | null;
	/** The years a plan runs over, as last written ("新中計の期間は2027年3月期から2029年3月期まで"): whose last one "最終年度に" means. */
	planSpan: RawPeriod | null;
	/**
	 * The period an interview's last question named ("――2025年3月期は過去最高益でした。", "――通期計画に変更はないのか。"):
	 * what its answer's figures are of; outside an interview, only the paragraph right after the question's.
	 */
	questionPeriod: {readonly period: Period; readonly block: number} | null;
	/**
	 * The research firm the text quotes last, the period its survey covers when the text said, and
	 * whether it framed its paragraph as its estimate ("トレンドフォースの推計では、…").
	 */
	/** `market`: the firm's words named a market and no company ("国内サーバー市場の実績を発表した"). */
	firm: {readonly block: number; readonly name: string; readonly period: Period | null; readonly frames: boolean; readonly market: boolean} | null;
	/** The period each firm the text quoted was said to survey: "MM総研の集計で2位に…" after another firm's paragraph is still of it. */
	readonly firmPeriods: Map<string, Period>;
	/** A research firm's ranking the text reports ("2025年の世界半導体売上高ランキング"): its measure, for the ranked companies' numbers. */
	ranking: {readonly firm: string; readonly cue: MeasureCue; readonly period: Period | null} | null;
	/** The text is an interview: an answer's figures that name no company are the interviewed company's. */
	readonly interview: boolean;
	/** A question has been asked: what follows are answers. Before the first, a blog's prose has topics of its own. */
	questioned: boolean;
	/** The product market shares were last said to be of ("DRAM市場でのシェアは"): the section's next shares' too. */
	shareMarket: {readonly block: number; readonly name: string; readonly sentence: number | null} | null;
	/** The segment named last, which 同事業 and このうち point back to. */
	segment: {readonly company: string; readonly segment: string; readonly aliases: readonly string[]} | null;
	/**
	 * A segment named on a line of its own ("（クラウド事業）", "### ソフトウェア事業"): the segment of the figures of
	 * its paragraph, or of the next one when the line stands alone (`followed` false).
	 */
	/** The segment a paragraph opens on as its topic ("DC事業は、…"): what its later sentences still speak of. */
	paragraphSegment: {readonly block: number; readonly company: string; readonly segment: string} | null;
	labelSegment: {readonly company: string; readonly segment: string; readonly aliases: readonly string[]; readonly block: number; followed: boolean} | null;
	/** The period a heading over results names ("### 4〜12月期（累計）の数字"): the figures under it that name none are of it. */
	headingPeriod: Period | null;
	/** The line of business a short heading names ("**ゲーミングと AI PC**"): the section under it reports that line. */
	sectionLine: string | null;
	/** The paragraph that said it reports by segment ("製品別では"). */
	bySegmentBlock: number | null;
	/** Products the text named in 「」 ("「高火力」"): named bare later ("高火力の利用企業"), still the line. */
	readonly products: Set<string>;
	/** Business units the text named with 部門, 事業 or セグメント ("半導体関連材料セグメント"): named bare later, still the unit. */
	readonly units: Set<string>;
	/** The service or product named last in 「」 after the word for it, and its paragraph: what a later 同サービス or 同製品 means. */
	lastProduct: {readonly name: string; readonly block: number; readonly word: string} | null;
	/** Companies the text marks as from abroad ("米デル", "英アーム"): what they count "国内" is counted in Japan. */
	readonly abroad: Set<string>;
	/** Names of parties the text bought or invested in that brief does not know ("GFTテクノロジーズを買収"). */
	readonly unknownParties: Set<string>;
	/** The sentence that turned its paragraph to such a party ("GFTは…"): figures after it that name no company are the party's. */
	unknownTopic: {readonly block: number; readonly sentence: number} | null;
	/** The paragraph that reported by segment before it ("地域別では" before "製品別では"). */
	bySegmentBefore: number | null;
	/** The sentence a public body opened as its subject ("経産省は同日、…"): what "このほか、…" after it goes on telling. */
	publicTopic: {readonly block: number; readonly sentence: number} | null;
	/** The trading day the text named last (YYYY-MM-DD). */
	tradingDay: string | null;
	/** The sessions of a week the text named with its market ("9月7〜11日の東京株式市場では", "12月1〜5日の1週間"): moves of a week are of them. */
	tradingWeek: Period | null;
	/** The trading day was named with a market abroad ("17日の米国市場で"): no session of shares listed in Tokyo. */
	tradingDayAbroad: boolean;
	/** The session a paragraph named ("前日の米国市場で"), and whether it is a market abroad. */
	marketDay: {readonly block: number; readonly sentence: number; readonly at: number; readonly date: string; readonly abroad: boolean} | null;
	/** The session abroad the text named last ("27日の米国市場で"): the day of moves of shares traded there, told after it. */
	sessionAbroad: string | null;
	/** The day the text says its company announced (YYYY-MM-DD): "2日発表した", "2日、…を発表". */
	announcedDay: string | null;
	/** The day of the news a paragraph tells ("NECは10月28日、…"), which a move "翌日に" follows. */
	newsDay: {readonly block: number; readonly date: string} | null;
	/** The company the text last told announcing on a day ("キオクシアは4日、…と発表した"): whose "同日発表した決算" it is. */
	announcer: string | null;
	last: LastFigure | null;
	/** The measure of the paragraph's last ranked figure ("首位のXが25.9%"), which the next ranks share. */
	ranked: {readonly block: number; readonly measure: MeasureChoice} | null;
	/** The measure of a by-segment paragraph's last line figure of money ("「A」の売上高が…"), which the lines after it share. */
	lineMeasure: {readonly block: number; readonly measure: MeasureChoice; readonly unit: FoundFigure['unit']} | null;
	/** The paragraph a sentence opened on a market's total ("国内サーバー市場の出荷額は…"): its sentences that name no company go on about the market. */
	marketParagraph: number | null;
	/** Whom each sentence is about when it names no company, by sentence index: what its events fall back on too. */
	readonly aboutCompany: Map<number, string | null>;
	/** The paragraph a research firm's ranking opens on a rank ("3位はキオクシアだった。"): its company's figures are the firm's. */
	rankParagraph: number | null;
	/** The measure a list's caption names, for its items. */
	listMeasure: {readonly block: number; readonly measure: MeasureChoice} | null;
	/** The unit a note of the document gives every table's bare amounts after it ("（百万円未満切捨て）"). */
	documentUnit: {readonly scale: number; readonly unit: CurrencyUnit} | null;
}

/** A number with what the sentence says around it. */
export interface Reading {
	readonly quantity: Quantity;
	readonly clause: readonly [number, number];
}
