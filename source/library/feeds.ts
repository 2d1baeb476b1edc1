import {inBoth} from '../text/bilingual.js';
import {sanitizeLine} from '../text/sanitize.js';
import {LibraryError, type LibraryDatabase} from './database.js';
import type {FeedItem} from './feed-items.js';

/** A feed the library follows, with what the last update learned of it. */
export interface Feed {
	readonly id: number;
	readonly url: string;
	readonly name: string;
	readonly etag: string | null;
	readonly lastModified: string | null;
	/** When it was last fetched (ISO 8601), whatever came of it. */
	readonly lastFetch: string | null;
	readonly lastStatus: 'ok' | 'not-modified' | 'failed' | null;
	readonly lastError: string | null;
	readonly added: string;
}

interface FeedRow {
	id: number;
	url: string;
	name: string;
	etag: string | null;
	last_modified: string | null;
	last_fetch: string | null;
	last_status: string | null;
	last_error: string | null;
	added: string;
}

function feedOf(row: FeedRow): Feed {
	const status = row.last_status === 'ok' || row.last_status === 'not-modified' || row.last_status === 'failed' ? row.last_status : null;
	return {id: row.id, url: row.url, name: row.name, etag: row.etag, lastModified: row.last_modified, lastFetch: row.last_fetch, lastStatus: status, lastError: row.last_error, added: row.added};
}

/** A name to call a feed by: the given one, else its host; made unique with -2, -3... */
function feedName(database: LibraryDatabase, url: URL, given: string | undefined): string {
	if (given !== undefined) {
		const name = sanitizeLine(given).trim();
		if (name === '' || name.length > 100) throw new LibraryError(inBoth(words => words.feedNameLength));
		if (database.prepare('SELECT 1 FROM feeds WHERE name = ?').get(name)) throw new LibraryError(inBoth(words => words.feedNameTaken(name)));
		return name;
	}

	const base = url.hostname.replace(/^www\./, '') || 'feed';
	for (let suffix = 1; ; suffix++) {
		const name = suffix === 1 ? base : `${base}-${suffix}`;
		if (!database.prepare('SELECT 1 FROM feeds WHERE name = ?').get(name)) return name;
	}
}

export function addFeed(database: LibraryDatabase, url: URL, name: string | undefined, now: string): Feed {
	return database
		.transaction(() => {
			const existing = database.prepare<[string], FeedRow>('SELECT * FROM feeds WHERE url = ?').get(url.href);
			if (existing) throw new LibraryError(inBoth(words => words.alreadyFollowing(url.href, existing.name)));
			const chosen = feedName(database, url, name);
			const {lastInsertRowid} = database.prepare('INSERT INTO feeds (url, name, added) VALUES (?, ?, ?)').run(url.href, chosen, now);
			return feedOf(database.prepare<[number | bigint], FeedRow>('SELECT * FROM feeds WHERE id = ?').get(lastInsertRowid)!);
		})
		.immediate();
}

export function listFeeds(database: LibraryDatabase): Feed[] {
	return database.prepare<[], FeedRow>('SELECT * FROM feeds ORDER BY name').all().map(feedOf);
}

/** Stops following a feed, found by name or address; its articles stay in the library. */
export function removeFeed(database: LibraryDatabase, nameOrUrl: string): Feed | undefined {
	return database
		.transaction(() => {
			const row = database.prepare<[string, string], FeedRow>('SELECT * FROM feeds WHERE name = ? OR url = ?').get(nameOrUrl, nameOrUrl);
			if (!row) return undefined;
			database.prepare('DELETE FROM feeds WHERE id = ?').run(row.id);
			return feedOf(row);
		})
		.immediate();
}

/**
 * A fetched feed, in one transaction: its items not yet in the library are queued as pages to
 * fetch, and only then are its validators kept. A kill before this leaves the old validators, so
 * the next update fetches the feed whole again; a kill after leaves the queue for the next update.
 */
export function recordFeedFetched(database: LibraryDatabase, feedId: number, fetched: {readonly etag: string | null; readonly lastModified: string | null; readonly items: readonly FeedItem[]; readonly at: string}): number {
	return database
		.transaction(() => {
			const known = database.prepare<[string, string], {one: number}>('SELECT 1 AS one FROM article_urls WHERE url = ? UNION ALL SELECT 1 FROM pending_pages WHERE url = ?');
			const queue = database.prepare('INSERT INTO pending_pages (url, feed_id, title, published) VALUES (?, ?, ?, ?)');
			let queued = 0;
			for (const item of fetched.items) {
				if (known.get(item.url, item.url)) continue;
				queue.run(item.url, feedId, item.title, item.published);
				queued++;
			}

			database.prepare("UPDATE feeds SET etag = ?, last_modified = ?, last_fetch = ?, last_status = 'ok', last_error = NULL WHERE id = ?").run(fetched.etag, fetched.lastModified, fetched.at, feedId);
			return queued;
		})
		.immediate();
}

export function recordFeedNotModified(database: LibraryDatabase, feedId: number, at: string): void {
	database.prepare("UPDATE feeds SET last_fetch = ?, last_status = 'not-modified', last_error = NULL WHERE id = ?").run(at, feedId);
}

/** A feed that failed keeps its validators and is fetched again on the next update. */
export function recordFeedFailed(database: LibraryDatabase, feedId: number, at: string, error: string): void {
	database.prepare("UPDATE feeds SET last_fetch = ?, last_status = 'failed', last_error = ? WHERE id = ?").run(at, error, feedId);
}

/** A page a feed linked to, still to be fetched. */
export interface PendingPage {
	readonly url: string;
	readonly feedId: number;
	readonly title: string | null;
	readonly published: string | null;
	readonly attempts: number;
}

/** Pages tried this many times are left alone (a dead link), and stay listed so the feed does not queue them again. */
const attemptsPerPage = 3;

/** The feed's pages to fetch, newest first, at most `limit`. */
export function pendingPages(database: LibraryDatabase, feedId: number, limit: number): PendingPage[] {
	return database
		.prepare<[number, number, number], {url: string; feed_id: number; title: string | null; published: string | null; attempts: number}>(
			'SELECT url, feed_id, title, published, attempts FROM pending_pages WHERE feed_id = ? AND attempts < ? ORDER BY published IS NULL, published DESC, seq LIMIT ?',
		)
		.all(feedId, attemptsPerPage, limit)
		.map(row => ({url: row.url, feedId: row.feed_id, title: row.title, published: row.published, attempts: row.attempts}));
}

/** Pages of the feed never tried yet, left for a later update (the failed ones are counted as failures). */
export function pagesWaiting(database: LibraryDatabase, feedId: number): number {
	return database.prepare<[number], {count: number}>('SELECT count(*) AS count FROM pending_pages WHERE feed_id = ? AND attempts = 0').get(feedId)?.count ?? 0;
}

export function recordPageFailed(database: LibraryDatabase, url: string, error: string): void {
	database.prepare('UPDATE pending_pages SET attempts = attempts + 1, last_error = ? WHERE url = ?').run(error, url);
}
