import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {sanitize, sanitizeLine} from '../text/sanitize.js';
import {normalizeDate} from './dates.js';
import {markdownOf} from './markdown.js';

/** What brief keeps of a web page: its article text as Markdown, and what its metadata says. */
export interface PageArticle {
	readonly title: string | null;
	readonly site: string | null;
	readonly author: string | null;
	/** ISO 8601 as the page wrote it, or null. */
	readonly published: string | null;
	/** The address the page names as its own (`<link rel="canonical">`, `og:url`), when it is a web address. */
	readonly canonical: string | null;
	readonly excerpt: string | null;
	readonly markdown: string;
}

/** The page holds no article text. */
export class PageError extends Error {
	override readonly name = 'PageError';
}

/** What the page's feed said of it, used where the page itself is silent. */
export interface PageHints {
	readonly title?: string | null | undefined;
	readonly published?: string | null | undefined;
}

type Json = Record<string, unknown>;

const articleTypes = /Article|BlogPosting|Report|NewsArticle|WebPage/;
const maximumJsonLd = 200_000;

function line(value: unknown, limit = 300): string | null {
	if (typeof value !== 'string') return null;
	const text = sanitizeLine(value).replace(/\s+/g, ' ').trim();
	return text === '' ? null : text.slice(0, limit);
}

function nameOf(value: unknown): string | null {
	if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
	if (typeof value === 'string') return line(value);
	return line((value as Json | null)?.['name']);
}

/** The article objects of the page's JSON-LD blocks (a list, an @graph, or one object). */
function jsonLdArticles(document: Document): Json[] {
	const found: Json[] = [];
	const visit = (value: unknown, depth: number) => {
		if (depth > 4 || value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) {
			for (const item of value) visit(item, depth + 1);
			return;
		}

		const record = value as Json;
		const type = record['@type'];
		if ((Array.isArray(type) ? type : [type]).some(name => typeof name === 'string' && articleTypes.test(name))) found.push(record);
		visit(record['@graph'], depth + 1);
	};

	for (const script of Array.from(document.getElementsByTagName('script'))) {
		if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
		const text = script.textContent ?? '';
		if (text.length > maximumJsonLd) continue;
		try {
			visit(JSON.parse(text), 0);
		} catch {
			// Broken JSON-LD is common; the other metadata still count.
		}
	}

	// An article type before a bare WebPage.
	return found.sort((first, second) => Number(String(second['@type']).includes('Article')) - Number(String(first['@type']).includes('Article')));
}

/**
 * The page's `<meta>` values by property, name and itemprop, in one pass over the document:
 * linkedom walks the whole tree for every querySelector, and a dozen of them cost more than
 * Readability's own work on a news page.
 */
function metaValues(document: Document): (...keys: string[]) => string | null {
	const values = new Map<string, string>();
	for (const element of Array.from(document.getElementsByTagName('meta'))) {
		const content = element.getAttribute('content');
		if (content === null) continue;
		for (const attribute of ['property', 'name', 'itemprop']) {
			const key = element.getAttribute(attribute)?.toLowerCase();
			if (key && !values.has(key)) values.set(key, content);
		}
	}

	return (...keys) => {
		for (const key of keys) {
			const value = line(values.get(key.toLowerCase()));
			if (value) return value;
		}

		return null;
	};
}

function webAddressOrNull(value: string | null | undefined, base: string): string | null {
	if (!value) return null;
	try {
		const url = new URL(value, base);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		url.hash = '';
		// A site that names its home page as every page's own would make all its articles one.
		if (url.pathname === '/' && url.search === '') return null;
		return sanitizeLine(url.href);
	} catch {
		return null;
	}
}

/** "見出し | サイト名" -> "見出し": a `<title>` often ends in the site's name. */
function withoutSiteName(title: string | null, site: string | null): string | null {
	if (title === null || site === null) return title;
	const cut = title.replace(new RegExp(`\\s*[|｜\\-–—:：/]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`), '');
	return cut === '' ? title : cut;
}

/** Metadata read before Readability, which changes the document as it goes. */
function metadataOf(document: Document, url: string) {
	const [jsonLd] = jsonLdArticles(document);
	const meta = metaValues(document);
	const times = Array.from(document.getElementsByTagName('time')).filter(element => element.hasAttribute('datetime'));
	const time = times.find(element => element.closest('article') !== null) ?? times[0];
	const canonicalLink = Array.from(document.getElementsByTagName('link')).find(element => element.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical'));
	const published = [jsonLd?.['datePublished'], meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued'), time?.getAttribute('datetime')]
		.map(value => normalizeDate(typeof value === 'string' ? value : null))
		.find(date => date !== null);
	return {
		title: line(jsonLd?.['headline']) ?? meta('og:title', 'twitter:title'),
		site: meta('og:site_name', 'application-name') ?? nameOf(jsonLd?.['publisher']),
		author: nameOf(jsonLd?.['author']) ?? meta('author', 'article:author'),
		published: published ?? null,
		canonical: webAddressOrNull(canonicalLink?.getAttribute('href'), url) ?? webAddressOrNull(meta('og:url'), url),
		description: meta('og:description', 'description'),
	};
}

/** Text of an `<article>` below which it is a teaser or a card, not the page's story. */
const minimumArticleText = 200;

/**
 * Less of the tree for Readability to score (its cost grows with the page, and a news page is mostly
 * navigation, rankings and related links): what is never article text goes, and when the page has
 * one `<article>` with text in it, the body becomes that element. Readability then finds the same
 * text in about half the time.
 */
function narrowToArticle(document: Document): void {
	for (const tag of ['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'nav']) for (const element of Array.from(document.getElementsByTagName(tag))) element.remove();
	const articles = document.getElementsByTagName('article');
	const article = articles.length === 1 ? articles[0] : undefined;
	if (article && document.body && (article.textContent ?? '').trim().length >= minimumArticleText) document.body.replaceChildren(article);
}

/**
 * The article of an HTML page: its main text through Readability over linkedom, as Markdown, with
 * title, site, author and published date from the page's metadata (JSON-LD, Open Graph and article
 * meta tags, `<time>`), else from Readability, else from the feed's hints. Every string is sanitized.
 */
export function readPage(html: string, url: string, hints: PageHints = {}): PageArticle {
	const {document} = parseHTML(html);
	const metadata = metadataOf(document as unknown as Document, url);
	narrowToArticle(document as unknown as Document);
	const parsed = new Readability(document as unknown as Document, {serializer: node => node}).parse();
	const body = parsed?.content ? sanitize(markdownOf(parsed.content as never)).trim() : '';
	if (body === '') throw new PageError('no article text found in the page');
	const site = metadata.site ?? line(parsed?.siteName) ?? null;
	return {
		title: metadata.title ?? line(hints.title) ?? withoutSiteName(line(parsed?.title), site),
		site,
		author: metadata.author ?? line(parsed?.byline),
		published: metadata.published ?? normalizeDate(parsed?.publishedTime) ?? normalizeDate(hints.published),
		canonical: metadata.canonical,
		excerpt: metadata.description ?? line(parsed?.excerpt, 500),
		markdown: body,
	};
}
