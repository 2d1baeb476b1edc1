import {sanitizeLine} from '../../text/sanitize.js';
import type {Article} from '../schema.js';
import {compareDates} from './dates.js';
import type {DatasetIndex} from './dataset-index.js';

/** An article that mentions a company, with its summary sentences. Strings are sanitized. */
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
	/** The web addresses it was found at (one story at several sites is one article); empty for a clipped file. */
	readonly urls: readonly string[];
}

/** " ×3" after the title of a story found at three addresses; nothing for one. */
export function copiesMark(article: Pick<ArticleSummary, 'urls'>): string {
	return article.urls.length > 1 ? ` ×${article.urls.length}` : '';
}

/** Newest first, then by id: the order of summaries (and of the articles in a shard). */
export function compareNewestArticles(first: Pick<Article, 'published' | 'id'>, second: Pick<Article, 'published' | 'id'>): number {
	return compareDates(second.published, first.published) || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0);
}

/** Articles that mention the company, newest first. */
export function selectArticleSummaries(index: DatasetIndex, companyId: string): ArticleSummary[] {
	const articles = [...(index.articlesByCompany.get(companyId) ?? [])];
	articles.sort(compareNewestArticles);
	return articles.map(article => ({
		articleId: sanitizeLine(article.id),
		date: article.published,
		dateInferred: article.publishedInferred,
		title: sanitizeLine(article.title),
		publisher: article.source === null ? null : sanitizeLine(article.source),
		file: sanitizeLine(article.file),
		sentences: article.summary.map(sentence => sanitizeLine(sentence)),
		urls: (article.urls ?? []).map(url => sanitizeLine(url)),
	}));
}
