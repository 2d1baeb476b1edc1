import {sanitizeLine} from '../../text/sanitize.js';
import type {Article, Company} from '../schema.js';
import {compareDates} from './dates.js';
import type {DatasetIndex} from './dataset-index.js';

/** An article about a company, with its summary sentences and why it is listed. Strings are sanitized. */
export interface ArticleSummary {
	readonly articleId: string;
	/** The published date; null when the article has none. */
	readonly date: string | null;
	/** True when the date was inferred from the text rather than given by the article. */
	readonly dateInferred: boolean;
	readonly title: string;
	/** The publisher or byline, when the article names one. */
	readonly publisher: string | null;
	/** The article's file, relative to the dataset. */
	readonly file: string;
	readonly sentences: readonly string[];
	/** Why the article is about the company: "named in the title", "named most", "in 2 of 3 summary sentences". */
	readonly reason: string;
	/** The same, as facts for views to word in their language. */
	readonly why: AboutWhy;
	/** The web addresses it was found at (one story at several sites is one article); empty for a clipped file. */
	readonly urls: readonly string[];
}

/** " ×3" after the title of a story found at three addresses; nothing for one. */
export function copiesMark(article: Pick<ArticleSummary, 'urls'>): string {
	return article.urls.length > 1 ? ` ×${article.urls.length}` : '';
}

/** Newest first, then by id: the order of the articles in a shard. */
export function compareNewestArticles(first: Pick<Article, 'published' | 'id'>, second: Pick<Article, 'published' | 'id'>): number {
	return compareDates(second.published, first.published) || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0);
}

/** The share of its summary sentences an article must name a company in to be about it, without its title naming it. */
export const aboutShare = 1 / 3;

const katakana = '\u30A1-\u30FA\u30FC';

function escapeForPattern(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** A name as a pattern that matches it as a whole word: "Meta" not in "metadata", メタ not in メタバース. */
function wholeName(name: string): string {
	const before = /^[a-z\d]/.test(name) ? '(?<![a-z\\d])' : new RegExp(`^[${katakana}]`).test(name) ? `(?<![${katakana}])` : '';
	const after = /[a-z\d]$/.test(name) ? '(?![a-z\\d])' : new RegExp(`[${katakana}]$`).test(name) ? `(?![${katakana}])` : '';
	return `${before}${escapeForPattern(name)}${after}`;
}

// Full-width letters and digits, half-width katakana: what NFKC changes that a name could be written in.
const foldable = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFF9F]/;

/** Text as names are compared in it; NFKC only where it changes a letter (most sentences need none, and it is the slow part). */
function comparable(text: string): string {
	return (foldable.test(text) ? text.normalize('NFKC') : text).toLowerCase();
}

const patterns = new WeakMap<Company, RegExp | null>();

/**
 * What names a company in text: its name, Japanese names, aliases, ticker, and its segments the
 * registry knows (AWS names Amazon). Segments named as articles wrote them (AI関連) name nobody.
 */
function namePattern(company: Company): RegExp | null {
	let pattern = patterns.get(company);
	if (pattern !== undefined) return pattern;
	const segments = company.segments.filter(segment => segment.id !== segment.name).flatMap(segment => [segment.name, ...segment.aliases]);
	const names = [company.name, ...company.japaneseNames, ...company.aliases, ...(company.ticker ? [company.ticker] : []), ...segments].map(name => comparable(name).trim()).filter(name => [...name].length >= 2);
	const unique = [...new Set(names)].sort((first, second) => second.length - first.length);
	pattern = unique.length === 0 ? null : new RegExp(unique.map(name => wholeName(name)).join('|'), 'u');
	patterns.set(company, pattern);
	return pattern;
}

/** Whether the text names the company (see `namePattern`). */
export function namesCompany(company: Company, text: string): boolean {
	const pattern = namePattern(company);
	return pattern !== null && pattern.test(comparable(text));
}

/** Why an article is about a company, for views to say in their language. */
export interface AboutWhy {
	readonly inTitle: boolean;
	readonly most: boolean;
	/** How many of its `sentences` summary sentences name the company. */
	readonly naming: number;
	readonly sentences: number;
}

/** How much an article is about a company, and why; undefined when it only mentions it. */
export function aboutCompany(article: Article, company: Company): {readonly relevance: number; readonly reason: string; readonly why: AboutWhy} | undefined {
	const inTitle = namesCompany(company, article.title);
	const most = article.companies[0] === company.id;
	const naming = article.summary.filter(sentence => namesCompany(company, sentence)).length;
	const share = article.summary.length === 0 ? 0 : naming / article.summary.length;
	const reasons = [...(inTitle ? ['named in the title'] : []), ...(most ? ['named most'] : []), ...(naming > 0 ? [`in ${naming} of ${article.summary.length} summary sentences`] : [])];
	if (!inTitle && !most && share < aboutShare) return undefined;
	// The share in thirds: articles alike in how much they are about it go newest first.
	return {relevance: (inTitle ? 2 : 0) + (most ? 1 : 0) + Math.floor(share * 3) / 3, reason: reasons.join(', '), why: {inTitle, most, naming, sentences: article.summary.length}};
}

/**
 * The articles about the company, most relevant first (named in the title, named most, the share
 * of summary sentences naming it), then newest. An article that only mentions it is left out.
 */
export function selectArticleSummaries(index: DatasetIndex, companyId: string): ArticleSummary[] {
	const company = index.companiesById.get(companyId);
	if (!company) return [];
	const about: Array<{article: Article; relevance: number; reason: string; why: AboutWhy}> = [];
	for (const article of index.articlesByCompany.get(companyId) ?? []) {
		const found = aboutCompany(article, company);
		if (found) about.push({article, ...found});
	}

	about.sort((first, second) => second.relevance - first.relevance || compareNewestArticles(first.article, second.article));
	return about.map(({article, reason, why}) => ({
		articleId: sanitizeLine(article.id),
		date: article.published,
		dateInferred: article.publishedInferred,
		title: sanitizeLine(article.title),
		publisher: article.source === null ? null : sanitizeLine(article.source),
		file: sanitizeLine(article.file),
		sentences: article.summary.map(sentence => sanitizeLine(sentence)),
		urls: (article.urls ?? []).map(url => sanitizeLine(url)),
		reason,
		why,
	}));
}
