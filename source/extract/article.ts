import type {Article, Metric} from '../dataset/schema.js';
import {analyzeSentences, type SentenceFacts} from './analysis.js';
import {cleanBody, type Block} from './clean.js';
import {normalize, type CompanyMatcher} from './companies.js';
import {dateKey, findDates, mayHoldDate} from './dates.js';
import {eventFromSentence, type FoundEvent} from './events.js';
import {splitFrontMatter} from './front-matter.js';
import {sameWhenRounded} from './conflicts.js';
import {metricsFromSentence, type CarriedKind} from './metrics.js';
import {segmentBlocks} from './sentences.js';
import {summarize} from './summaries.js';
import {listContext, tableContext, type TableContext} from './tables.js';

/** Blocks of the cleaned text are separated by one blank line. */
export const blockSeparator = '\n\n';

export interface ArticleSource {
	readonly id: string;
	/** The path recorded in the dataset. */
	readonly file: string;
	readonly content: string;
}

/** What one article yields; events are merged across articles later. */
export interface ArticleExtraction {
	readonly article: Article;
	/** The cleaned text every quote is a substring of. */
	readonly text: string;
	readonly events: readonly FoundEvent[];
	readonly metrics: readonly Metric[];
}

const summaryHeading = /^(?:[0-9一二三]行(?:で)?(?:要約|まとめ)|(?:この)?記事の(?:ポイント|要点|概要)|ポイント|要点|概要|要約|まとめ|目次)$/;

function publishedFromFrontMatter(date: string | undefined): string | null {
	const match = date ? /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(date) : null;
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The publication date an article without one most plausibly has: the latest date it mentions to
 * at least the month. Year-less dates are read in the year the article mentions most, but never
 * after the latest date written with its year ("12月23日" beside "2024年3月5日" is 2023).
 */
function inferPublished(normalizedSentences: readonly string[]): string | null {
	const dated = normalizedSentences.filter(text => mayHoldDate.test(text));
	const explicit = dated.flatMap(text => findDates(text, {published: null, contextYear: null}));
	const years = new Map<number, number>();
	for (const date of explicit) if (date.qualifier !== 'by') years.set(Number(date.date.slice(0, 4)), (years.get(Number(date.date.slice(0, 4))) ?? 0) + 1);
	const contextYear = [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
	const latestExplicit = explicit.filter(date => date.qualifier !== 'by').reduce<string | null>((latest, date) => (latest === null || dateEnd(date.date) > dateEnd(latest) ? date.date : latest), null);
	const all = dated.flatMap(text => findDates(text, {published: null, contextYear})).map(date => {
		if (!date.yearInferred || latestExplicit === null || dateKey(date.date) <= dateEnd(latestExplicit)) return date;
		return {...date, date: `${Number(date.date.slice(0, 4)) - 1}${date.date.slice(4)}`};
	});
	const precise = all.filter(date => date.qualifier === null && date.date.length >= 7 && !date.date.includes('Q'));
	const candidates = precise.length > 0 ? precise : all.filter(date => date.qualifier !== 'by');
	let latest: string | null = null;
	for (const date of candidates) if (latest === null || dateKey(date.date) > dateKey(latest)) latest = date.date;
	return latest;
}

/** The last day a partial date covers, as a sortable key: "2025" -> "2025-12-31". */
function dateEnd(date: string): string {
	const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
	if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}-31`;
	if (/^\d{4}$/.test(date)) return `${date}-12-31`;
	if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
	return date;
}

function stripExcerpt(excerpt: string): string {
	return excerpt
		.replace(/\*\*|__/g, '')
		.replace(/について(?:詳細に|詳しく)?(?:分析|解説|紹介|説明)(?:します|しています)。?$/, '')
		.replace(/(?:\.\.\.|…)$/, '')
		.trim();
}

function chooseTitle(frontTitle: string | undefined, excerpt: string | undefined, leadCaption: string | null, blocks: readonly Block[], matcher: CompanyMatcher, fallback: string): string {
	const names = (text: string) => matcher.find(normalize(text)).length > 0;
	const firstBlock = blocks.find(block => !(block.kind === 'heading' && summaryHeading.test(block.text)));
	const headline = firstBlock && firstBlock.text.length <= 100 && (firstBlock.kind === 'heading' || firstBlock.kind === 'paragraph') ? firstBlock.text : undefined;
	const candidates = [frontTitle?.replace(/\*\*|__/g, '').trim(), leadCaption ?? undefined, headline].filter((title): title is string => Boolean(title));
	const title = candidates[0];
	const fromExcerpt = excerpt ? stripExcerpt(excerpt) : '';
	if (title && (names(title) || !fromExcerpt || !names(fromExcerpt))) return title;
	if (fromExcerpt && names(fromExcerpt)) return fromExcerpt;
	return title ?? blocks[0]?.text.slice(0, 80) ?? fallback;
}

function companiesByMentions(title: string, facts: readonly SentenceFacts[], matcher: CompanyMatcher): string[] {
	const counts = new Map<string, number>();
	for (const mention of matcher.find(normalize(title))) counts.set(mention.company, (counts.get(mention.company) ?? 0) + 2);
	for (const fact of facts) for (const mention of fact.mentions) if (!mention.resolved) counts.set(mention.company, (counts.get(mention.company) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([company]) => company);
}

/** One article's text to its dataset record, figures and dated events. Never throws on text. */
export function extractArticle(source: ArticleSource, matcher: CompanyMatcher): ArticleExtraction {
	const {frontMatter, body} = splitFrontMatter(source.content);
	const cleaned = cleanBody(body);
	const text = cleaned.blocks.map(block => block.text).join(blockSeparator);
	const sentences = segmentBlocks(cleaned.blocks, blockSeparator);
	const normalizedSentences = sentences.map(sentence => normalize(sentence.text));

	const fromFrontMatter = publishedFromFrontMatter(frontMatter.date);
	const published = fromFrontMatter ?? inferPublished(normalizedSentences);
	const publishedYear = published ? Number(published.slice(0, 4)) : null;
	const publishedMonth = published && published.length >= 7 ? Number(published.slice(5, 7)) : null;
	const facts = analyzeSentences(sentences, {
		matcher,
		dates: {published: publishedYear === null ? null : {year: publishedYear, month: publishedMonth}, contextYear: publishedYear},
		published,
	});

	const title = chooseTitle(frontMatter.title, frontMatter.excerpt, cleaned.leadCaption, cleaned.blocks, matcher, source.id);
	const metrics: Metric[] = [];
	const byKey = new Map<string, number>();
	const byFigure = new Map<string, number[]>();
	let carried: CarriedKind | null = null;
	// The table or list being read: its rows or items are blocks of their own, one after another.
	let context: TableContext | null = null;
	for (const [position, fact] of facts.entries()) {
		const before = facts[position - 1];
		const kind = fact.sentence.blockKind;
		if (kind !== 'table' && kind !== 'bullet') context = null;
		else if (before?.sentence.blockKind !== kind) context = kind === 'table' ? tableContext(fact, before) : listContext(before);
		const fromSentence = metricsFromSentence(fact, matcher, carried, context);
		const last = fromSentence.at(-1);
		carried = last ? {kind: last.kind, label: last.label, unit: last.unit, block: fact.sentence.block} : null;
		for (const found of fromSentence) {
			// The same figure said twice in one article is one observation; a deal restated with a
			// date is the same deal, so deals are compared without their period and take the first one given.
			const deal = found.kind === 'investment' || found.kind === 'other';
			// A share is one figure whether its sentence called it a cloud share or a market share.
			const label = found.kind === 'market_share' ? '' : found.label;
			const key = [found.company, found.segment, found.kind, label, found.value, found.unit, deal ? '' : found.period, found.order].join('\u0000');
			const existing = byKey.get(key);
			if (existing !== undefined) {
				if (metrics[existing]!.period === null && found.period !== null) metrics[existing] = {...metrics[existing]!, period: found.period};
				continue;
			}

			// A headline's "48%" and the body's "48.1%" are one figure: the more precise one is kept.
			const sameFigure = [found.company, found.segment, found.kind, label, found.unit, deal ? '' : found.period, found.order].join('\u0000');
			// (Among the last few of that figure: a hostile file of thousands must stay linear.)
			const candidates = found.unit === '%' ? (byFigure.get(sameFigure) ?? []).slice(-8) : [];
			const rounded = candidates.find(index => sameWhenRounded(metrics[index]!.value, found.value)) ?? -1;
			if (rounded !== -1) {
				const kept = metrics[rounded]!;
				if (String(found.value).length > String(kept.value).length) metrics[rounded] = {...kept, value: found.value, text: found.text, qualifier: found.qualifier, quote: sentences[found.sentence]!.text};
				continue;
			}

			byFigure.set(sameFigure, [...(byFigure.get(sameFigure) ?? []).slice(-7), metrics.length]);
			byKey.set(key, metrics.length);
			const {sentence, ...metric} = found;
			metrics.push({...metric, id: `${source.id}/m${metrics.length + 1}`, asOf: published, article: source.id, quote: sentences[sentence]!.text});
		}
	}

	const events = facts.flatMap(fact => eventFromSentence(fact, source.id) ?? []);
	return {
		article: {
			id: source.id,
			file: source.file,
			title,
			published,
			publishedInferred: fromFrontMatter === null && published !== null,
			summary: summarize({facts, excerpt: frontMatter.excerpt}),
			companies: companiesByMentions(title, facts, matcher),
			source: cleaned.byline ?? frontMatter.author ?? null,
		},
		text,
		events,
		metrics,
	};
}
