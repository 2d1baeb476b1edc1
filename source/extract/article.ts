import {unitFitsKind, type Article, type Figure} from '../dataset/schema.js';
import {analyzeSentences, closeSpacedUnits, type SentenceFacts} from './analysis.js';
import {interviewQuestion, readFigures} from './article-figures.js';
import {sameFigure, significantDigits, toRecord} from './article-records.js';
import {inferPublished, publishedFromFrontMatter, stripTitle, titleOf, titleResultsPeriod, yearMostWritten} from './article-title-and-date.js';
import {cleanBody} from './clean.js';
import {normalize, type CompanyMatcher} from './companies.js';
import {discoverCompanies, discoverFirms} from './discover.js';
import {eventsFromSentence, filedResults, type FoundEvent} from './events.js';
import type {ReadingState} from './figures/types.js';
import {splitFrontMatter} from './front-matter.js';
import {datedRowEvents, milestoneEvents, resultsDayEvents, tablesOf} from './table-events.js';
import {readHead} from './head.js';
import type {RegistryCompany} from './registry.js';
import {segmentBlocks} from './sentences.js';
import {summarize} from './summaries.js';
import {placedFigures} from './undated.js';

/** Blocks of the cleaned text are separated by one blank line. */

export const blockSeparator = '\n\n';

export interface ArticleSource {
	readonly id: string;
	/** The path recorded in the dataset. */
	readonly file: string;
	readonly content: string;
}

/** What one article yields; figures and events are merged across articles later. */
export interface ArticleExtraction {
	readonly article: Article;
	/** The cleaned text every quote is a sentence of. */
	readonly text: string;
	readonly events: readonly FoundEvent[];
	/** One record per figure the article states; `fact` and `sources` are filled in across articles. */
	readonly figures: readonly Figure[];
	/** Companies the article introduced that the registry does not know. */
	readonly companies: readonly RegistryCompany[];
	/** Every company the article proper names, with a fact or not: the dataset lists them all, so each can be looked up. */
	readonly named: readonly string[];
	/** Other names the article gave the segments of its figures ("G&NS" for ゲーム&ネットワークサービス). */
	readonly segmentAliases: ReadonlyArray<{readonly company: string; readonly segment: string; readonly aliases: readonly string[]}>;
}

/**
 * A company brief does not know has no fiscal year on file: when the headline or the sender names it and the
 * text writes one year-end month only ("2027年3月期"), that is its year ("今期" is then the year to March).
 */
function withFiscalYear(discovered: readonly RegistryCompany[], headline: string, text: string): RegistryCompany[] {
	const months = new Set([...text.matchAll(/(?:\d{4}|\d{2})年(\d{1,2})月期/g)].map(match => Number(match[1])));
	if (months.size !== 1) return [...discovered];
	const [yearEnd] = months;
	return discovered.map(company => (company.fiscalYearEnd === null && [company.name, ...company.japaneseNames, ...company.aliases].some(name => headline.includes(name)) ? {...company, fiscalYearEnd: yearEnd!} : company));
}

function companiesOf(title: string, figures: readonly Figure[], events: readonly FoundEvent[], matcher: CompanyMatcher): string[] {
	const counts = new Map<string, number>();
	const add = (company: string, weight: number) => counts.set(company, (counts.get(company) ?? 0) + weight);
	for (const mention of matcher.find(normalize(title))) add(mention.company, 2);
	for (const figure of figures) {
		add(figure.company, 1);
		if (figure.counterparty) add(figure.counterparty, 1);
	}

	for (const event of events) for (const company of event.companies) add(company, 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([company]) => company);
}

/** "東エレク6%安、さくらネットはストップ安": the company named last before the headline's limit move, and its direction. */
function limitMoveOf(title: string, matcher: CompanyMatcher): ReadingState['headlineAtLimit'] {
	const limit = /ストップ(高|安)|S(高|安)/.exec(title);
	if (!limit) return null;
	const company = matcher.find(title.slice(0, limit.index)).at(-1)?.company;
	return company ? {company, direction: (limit[1] ?? limit[2]) as '高' | '安'} : null;
}

const researchHouse = /(?:リサーチ|総研|総合研究所|経済研究所|Research|Insights?|インサイト|Analytics|アナリティクス)$/;
const surveyPublished = /調査結果|調査レポート|市場調査/;

const opensOnSender = /[(（](?:本社|本店)(?:所在地)?\s?[:：・][^()（）]{0,80}[)）]\s?(?:は|が)(?:本日|、)/;
const definesSelf = /[(（][^()（）]{0,80}以下[、,]?\s?[「『](?:当社|弊社)[」』][)）]/;

/** "株式会社村田製作所（本社：…、以下「当社」）": the company a release's 当社 is. */
function selfNamed(text: string, matcher: CompanyMatcher): string | null {
	// "住友電気工業株式会社（本社：大阪市中央区、以下「住友電工」）は本日、…。当社は…": a release that opens on its
	// sender, with where it is based, and speaks of 当社 after: that company.
	const definition = (text.includes('以下') ? definesSelf.exec(text) : null) ?? (/当社|弊社/.test(text) ? opensOnSender.exec(text.slice(0, 400)) : null);
	if (!definition) return null;
	const before = text
		.slice(Math.max(0, definition.index - 40), definition.index)
		.trimEnd()
		.replace(/(?:株式会社|\(株\))$/, '');
	return matcher.find(before).findLast(mention => mention.end === before.length)?.company ?? null;
}

/** One article's text to its dataset record, figures and dated events. Never throws on text. */
export function extractArticle(source: ArticleSource, registryMatcher: CompanyMatcher): ArticleExtraction {
	const {frontMatter, body} = splitFrontMatter(source.content);
	const cleaned = cleanBody(body);
	const frontTitle = titleOf(frontMatter.title ? stripTitle(frontMatter.title) : undefined, frontMatter.excerpt, registryMatcher);
	const head = readHead(cleaned.blocks, frontTitle, publishedFromFrontMatter(frontMatter.date), cleaned.leadCaption);
	const text = head.blocks.map(block => block.text).join(blockSeparator);
	const sentences = segmentBlocks(head.blocks, blockSeparator);
	// The sender's name is above the text proper, and a company of the article all the same.
	const sender = head.sender ?? cleaned.sender ?? frontMatter.company ?? null;
	// "【決算サマリー】TKC（9746）…": a headline may introduce the company the text then names bare.
	const introduced = discoverCompanies(normalize([...new Set([head.sender, cleaned.sender, frontMatter.company, head.title]), text].filter(Boolean).join(blockSeparator)), registryMatcher);
	// "株式会社ジャパン・クラウド・リサーチ（…、以下JCR）は…調査結果を発表しました": a research house publishing a survey is the
	// source of the shares it gives, no company of the article.
	const researchers = surveyPublished.test(normalize(text)) ? introduced.filter(company => [company.name, ...company.japaneseNames].some(name => researchHouse.test(name))) : [];
	const discovered = withFiscalYear(
		introduced.filter(company => !researchers.includes(company)),
		normalize([head.title ?? '', sender ?? ''].join(' ')),
		normalize(text),
	);
	// The headline may call a company by the short name the text never uses ("プリファード、310億円調達").
	const matcher = registryMatcher.extend(discovered, normalize(head.title ? `${head.title}${blockSeparator}${text}` : text));
	const inferred = head.published === null ? inferPublished(sentences) : null;
	const published = head.published ?? inferred;
	const [year, month, day] = published ? published.split('-').map(Number) : [];
	// A page changed after it appeared ("（…23日…更新）") may tell of days up to the change: its days are read back from that one.
	const [toldYear, toldMonth, toldDay] = head.updated ? head.updated.split('-').map(Number) : [year, month, day];
	const title = head.title ? stripTitle(head.title) : ((sentences.find(sentence => sentence.blockKind !== 'heading') ?? sentences[0])?.text.slice(0, 80) ?? source.id);
	// The headline's company, unless the headline says it is being left ("エヌビディア離れ", "OpenAI依存からの脱却").
	const normalizedTitle = closeSpacedUnits(normalize(title));
	// Else the sender's, for a press release or a disclosure whose title names nobody ("通期業績予想の修正に関するお知らせ").
	// Nor one it adds with も ("さくら4号棟は520億円、京セラ系も増設"): the text is about someone else first.
	const titleMention = matcher.find(normalizedTitle).find(mention => !/^(?:[」』"]?\s?(?:離れ|依存|脱却|外し|頼み)|(?:系|グループ|陣営)?も)/.test(normalizedTitle.slice(mention.end, mention.end + 4)));
	const fromTitle = titleMention?.company;
	// A release that names itself (…、以下「当社」) is about that company, whatever subsidiary its title names.
	const sentBy = sender ? matcher.find(normalize(sender))[0]?.company : undefined;
	// "Xとの資本業務提携に関するお知らせ" under "会社名 Y株式会社": a disclosure is its sender's, whichever partner its title names.
	const disclosure = cleaned.sender !== null && /(?:^|\n)\s*各\s*位\s*(?:\n|$)/.test(body.slice(0, 600));
	const senderFirst = disclosure || (titleMention !== undefined && /^\s?(?:との|と|への|による|からの)/.test(normalizedTitle.slice(titleMention.end, titleMention.end + 4)));
	const headline = selfNamed(normalize(text), matcher) ?? (senderFirst ? (sentBy ?? fromTitle) : (fromTitle ?? sentBy)) ?? null;
	// The day a press release or a disclosure is dated, when its head writes one.
	const releaseDay = sender && head.published && /^\d{4}-\d{2}-\d{2}$/.test(head.published) ? head.published : null;
	// "――今期の見通しは。" (or "Q：…"): questions on lines of their own make the text an interview.
	const interview = sentences.filter(sentence => interviewQuestion.test(sentence.text)).length >= 2;
	const facts = analyzeSentences(sentences, {
		matcher,
		dates: {published: toldYear ? {year: toldYear, month: toldMonth ?? null, day: toldDay ?? null} : null, contextYear: year ?? yearMostWritten(sentences)},
		published,
		subject: headline,
		interview,
		// A disclosure's 同日 before any day named is the day it is dated.
		releaseDay,
		firms: [...discoverFirms(normalize(text), matcher), ...researchers.flatMap(company => [...company.japaneseNames, company.name, ...company.aliases])],
	});
	const state: ReadingState = {
		matcher,
		headline,
		headlineAtLimit: limitMoveOf(normalizedTitle, matcher),
		interview,
		section: null,
		heading: null,
		headingCompany: null,
		segmentSection: false,
		segmentList: false,
		rankParagraph: null,
		anchor: year ? {year, month: month ?? null} : null,
		published,
		lastDayTold: head.updated ?? published,
		articlePeriod: titleResultsPeriod(normalizedTitle, closeSpacedUnits(normalize(text.slice(0, 600))), headline, matcher, year ? {year, month: month ?? null} : null),
		paragraphPeriod: null,
		changeBefore: null,
		valued: null,
		buybackBlock: null,
		resultsPeriods: new Map(),
		outlookPeriod: null,
		listOutlook: null,
		planSpan: null,
		questionPeriod: null,
		questioned: false,
		publicTopic: null,
		headingAsOf: null,
		firm: null,
		firmPeriods: new Map(),
		ranking: null,
		shareMarket: null,
		segment: null,
		bySegmentBlock: null,
		products: new Set(),
		units: new Set(),
		lastProduct: null,
		unknownParties: new Set(),
		abroad: new Set(),
		unknownTopic: null,
		labelSegment: null,
		sectionLine: null,
		headingPeriod: null,
		paragraphSegment: null,
		bySegmentBefore: null,
		tradingDay: null,
		tradingWeek: null,
		sessionAbroad: null,
		tradingDayAbroad: false,
		marketDay: null,
		announcedDay: null,
		newsDay: null,
		announcer: null,
		last: null,
		ranked: null,
		lineMeasure: null,
		listMeasure: null,
		documentUnit: null,
		marketParagraph: null,
		aboutCompany: new Map(),
	};
	const figures: Figure[] = [];
	const segmentAliases = new Map<string, {company: string; segment: string; aliases: Set<string>}>();
	// A number read as a kind it cannot be ("売上高" of 13.6%) is a misreading: left out, never shown.
	const fitting = readFigures(facts, state).filter(found => unitFitsKind(found.kind, found.unit));
	for (const found of placedFigures(fitting, sentence => sentences[sentence]!.text)) {
		if (found.segment && found.segmentAliases.length > 0) {
			const key = `${found.company}\u0000${found.segment}`;
			const entry = segmentAliases.get(key) ?? {company: found.company, segment: found.segment, aliases: new Set<string>()};
			for (const alias of found.segmentAliases) entry.aliases.add(alias);
			segmentAliases.set(key, entry);
		}

		const record = toRecord(found, `${source.id}/f${figures.length + 1}`, source.id, sentences[found.sentence]!.text, published);
		const same = figures.findIndex(kept => sameFigure(kept, record));
		if (same === -1) figures.push(record);
		// The deal said with both its parties after once with one: the record keeps the sentence that named it first.
		else if (figures[same]!.counterparty === null && record.counterparty !== null) figures[same] = {...figures[same]!, company: record.company, counterparty: record.counterparty};
		// The more precise of the two is kept, with the sentence that says it.
		else if (significantDigits(record.value) > significantDigits(figures[same]!.value)) figures[same] = {...figures[same]!, value: record.value, text: record.text, quote: record.quote, sources: record.sources};
	}

	// "クラウドストレージ事業部門（CSBU）の売上高…。CSBUの営業利益は": a segment named again by the short name it was given is that segment.
	const segmentOfAlias = new Map([...segmentAliases.values()].flatMap(entry => [...entry.aliases].map(alias => [`${entry.company}\u0000${alias}`, entry.segment] as const)));
	figures.forEach((figure, index) => {
		const named = figure.segment === null ? undefined : segmentOfAlias.get(`${figure.company}\u0000${figure.segment}`);
		if (named !== undefined && named !== figure.segment) figures[index] = {...figure, segment: named};
	});

	// Whether the headline's company is named in each paragraph: a paragraph that never names it is about its own topic,
	// save in a release, which is all about its sender.
	const namingHeadline = new Set(facts.filter(fact => headline !== null && fact.mentions.some(mention => mention.company === headline)).map(fact => fact.sentence.block));
	// A release's lead: its first paragraph, which tells what the sender did on the day of the release.
	const leadBlock = facts.find(fact => fact.sentence.blockKind === 'paragraph')?.sentence.block;
	// "## 今後のイベント" over "- 6月26日：定時株主総会": a section of dates to come.
	let heading = '';
	const headingOf = facts.map(fact => (heading = fact.sentence.blockKind === 'heading' ? fact.normalized : heading));
	const context = (fact: SentenceFacts, index: number) => ({
		article: source.id,
		published,
		headline,
		aboutCompany: state.aboutCompany.get(fact.sentence.index) ?? null,
		paragraphNamesHeadline: releaseDay !== null || namingHeadline.has(fact.sentence.block),
		releaseLeadDay: fact.sentence.block === leadBlock ? releaseDay : null,
		// "日立製作所が4日発表した…": the day the news was announced, which "あわせて…も発表した" shares.
		announcedDay: state.announcedDay,
		upcoming: /今後の(?:予定|イベント|日程|スケジュール)|(?:予定|イベント)カレンダー|注目(?:の)?日程/.test(headingOf[index]!),
		buybackBefore: index > 0 && facts[index - 1]!.sentence.block === fact.sentence.block && /自社株|自己株/.test(facts[index - 1]!.normalized),
	});
	const filed = filedResults(title, facts, {article: source.id, published: head.published, headline, aboutCompany: null, paragraphNamesHeadline: true, releaseLeadDay: null, announcedDay: null, upcoming: false, buybackBefore: false});
	const rounds = tablesOf(facts).flatMap(({at, rows}) => [...datedRowEvents(rows, context(rows[0]!, at)), ...resultsDayEvents(rows, context(rows[0]!, at)), ...milestoneEvents(rows, context(rows[0]!, at))]);
	const events = [...(filed ? [filed] : []), ...facts.flatMap((fact, index) => eventsFromSentence(fact, context(fact, index))), ...rounds];
	const used = new Set([...figures.flatMap(figure => [figure.company, figure.counterparty]), ...events.flatMap(event => event.companies)]);
	return {
		article: {
			id: source.id,
			file: source.file,
			title,
			published,
			publishedInferred: head.published === null && published !== null,
			summary: summarize({facts, excerpt: frontMatter.excerpt}),
			companies: companiesOf(title, figures, events, matcher),
			source: cleaned.byline ?? frontMatter.author ?? null,
		},
		text,
		events,
		figures,
		companies: discovered.filter(company => used.has(company.id)),
		named: [...new Set(facts.flatMap(fact => fact.mentions.filter(mention => !mention.resolved).map(mention => mention.company)))].sort(),
		segmentAliases: [...segmentAliases.values()].map(entry => ({company: entry.company, segment: entry.segment, aliases: [...entry.aliases].sort()})),
	};
}
