import {parseFeed} from 'feedsmith';
import {sanitizeLine} from '../text/sanitize.js';
import {normalizeDate} from './dates.js';
import {FetchError, webAddress} from './fetch/http.js';

/** An item of a feed: the page it links to, with what the feed says of it. */
export interface FeedItem {
	readonly url: string;
	readonly title: string | null;
	/** ISO 8601 in the feed's own offset, or null. */
	readonly published: string | null;
}

export interface ParsedFeed {
	readonly format: 'rss' | 'atom' | 'rdf' | 'json';
	readonly title: string | null;
	/** In the feed's order, each page once; items without a web address are left out. */
	readonly items: readonly FeedItem[];
	/** Items that named no http(s) page. */
	readonly skipped: number;
}

/** The document is not a feed brief can read; the message says what it is instead. */
export class FeedFormatError extends Error {
	override readonly name = 'FeedFormatError';
}

type Loose = Record<string, unknown> | undefined;

/** Atom's text constructs are objects ({value}); the other formats give strings. */
function textOf(value: unknown): string | null {
	const text = typeof value === 'string' ? value : typeof (value as Loose)?.['value'] === 'string' ? ((value as Loose)!['value'] as string) : undefined;
	const line = text === undefined ? '' : sanitizeLine(text).trim();
	return line === '' ? null : line.slice(0, 500);
}

function firstOf(value: unknown): unknown {
	return Array.isArray(value) ? value[0] : value;
}

function atomLink(entry: Loose): unknown {
	const links = (entry?.['links'] as Array<{href?: string; rel?: string}> | undefined) ?? [];
	return (links.find(link => link.rel === undefined || link.rel === 'alternate') ?? links[0])?.href;
}

/** The page an item links to, by format. */
function linkOf(format: ParsedFeed['format'], item: Loose): unknown {
	switch (format) {
		case 'atom':
			return atomLink(item);
		case 'json':
			return item?.['url'] ?? item?.['external_url'];
		case 'rdf':
			return item?.['link'] ?? (item?.['rdf'] as Loose)?.['about'];
		case 'rss': {
			const guid = item?.['guid'] as {value?: string; isPermaLink?: boolean} | undefined;
			return item?.['link'] ?? (guid?.isPermaLink === false ? undefined : guid?.value);
		}
	}
}

function dateOf(format: ParsedFeed['format'], item: Loose): string | null {
	const dublinCore = firstOf((item?.['dc'] as Loose)?.['dates']) ?? (item?.['dc'] as Loose)?.['date'];
	const candidates = {
		atom: [item?.['published'], item?.['updated'], dublinCore],
		json: [item?.['date_published'], item?.['date_modified']],
		rdf: [dublinCore],
		rss: [item?.['pubDate'], dublinCore],
	}[format];
	for (const candidate of candidates) {
		const date = normalizeDate(typeof candidate === 'string' ? candidate : undefined);
		if (date) return date;
	}

	return null;
}

/**
 * The items of an RSS 1.0 (RDF), RSS 2.0, Atom or JSON Feed document, through feedsmith. Links are
 * resolved against the feed's address; titles are sanitized single lines.
 */
export function parseFeedDocument(text: string, feedUrl: string): ParsedFeed {
	let parsed;
	try {
		parsed = parseFeed(text.trimStart().startsWith('{') ? JSON.parse(text) : text);
	} catch (error) {
		const name = (error as Error).name;
		if (name === 'DetectError') throw new FeedFormatError(/^\s*<(?:!doctype\s+html|html)/i.test(text) ? 'a web page, not a feed' : 'not a feed (neither RSS, Atom nor JSON Feed)');
		throw new FeedFormatError(`broken feed: ${sanitizeLine((error as Error).message).slice(0, 120)}`);
	}

	const {format} = parsed;
	const feed = parsed.feed as unknown as Loose;
	const rawItems = ((format === 'atom' ? feed?.['entries'] : feed?.['items']) as Loose[] | undefined) ?? [];
	const seen = new Set<string>();
	const items: FeedItem[] = [];
	let skipped = 0;
	for (const item of rawItems) {
		const link = linkOf(format, item);
		let url: string;
		try {
			if (typeof link !== 'string') throw new FetchError('no link');
			url = webAddress(link, feedUrl).href;
		} catch {
			skipped++;
			continue;
		}

		if (seen.has(url)) continue;
		seen.add(url);
		items.push({url, title: textOf(item?.['title']), published: dateOf(format, item)});
	}

	return {format, title: textOf(feed?.['title']), items, skipped};
}
