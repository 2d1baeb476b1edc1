import type {StoreView} from '../dataset/store-index.js';
import type {Registry} from '../extract/registry.js';
import {storeArticle, type StoreOutcome} from './articles.js';
import {openDatabase, type LibraryDatabase} from './database.js';
import {decodeDocument} from './decode.js';
import {listFeeds, pagesWaiting, pendingPages, recordFeedFailed, recordFeedFetched, recordFeedNotModified, recordPageFailed, type Feed, type PendingPage} from './feeds.js';
import {fetchCapped, FetchError, type Fetcher} from './fetch/http.js';
import {libraryDatabaseFile} from './location.js';
import {withUpdateLock, type LockWaiting} from './lock.js';
import {rebuildDataset, type RebuildResult} from './rebuild.js';
import type {TaskPool} from './worker-pool.js';

/** What one feed gave in an update. */
export interface FeedResult {
	readonly name: string;
	readonly url: string;
	/** `ok`: fetched and read; `not-modified`: the server answered 304; `failed`: see `error`. */
	readonly status: 'ok' | 'not-modified' | 'failed';
	readonly error: string | null;
	/** Items in the feed as fetched now (0 when it was not). */
	readonly items: number;
	/** Pages fetched now (new items, and pages that failed before). */
	readonly pages: number;
	readonly newArticles: number;
	/** The new articles' ids, as the dataset names them: what the TUI marks new after an update. */
	readonly newArticleIds: readonly string[];
	/** Pages that were a story the library had, at another address. */
	readonly duplicates: number;
	readonly failedPages: ReadonlyArray<{readonly url: string; readonly error: string}>;
	/** Pages left for the next update (more than `pagesPerFeed` were new). */
	readonly waiting: number;
}

export interface UpdateResult {
	readonly feeds: readonly FeedResult[];
	readonly dataset: RebuildResult;
}

/** Counts as an update goes, for a progress line. */
export interface UpdateProgress {
	readonly feedsDone: number;
	readonly feeds: number;
	readonly pagesDone: number;
	/** Pages known to be fetched so far: grows as feeds are read. */
	readonly pages: number;
	readonly newArticles: number;
	readonly failures: number;
	readonly extracting?: {readonly done: number; readonly total: number} | undefined;
}

export interface UpdateOptions {
	readonly directory: string;
	readonly fetcher: Fetcher;
	readonly pool: TaskPool;
	readonly registry: Registry;
	readonly views: ReadonlyArray<StoreView<unknown>>;
	/** New pages fetched per feed and update, newest first; the rest wait for the next update. */
	readonly pagesPerFeed?: number | undefined;
	readonly now?: (() => Date) | undefined;
	readonly lock?: LockWaiting | undefined;
	readonly onProgress?: ((progress: UpdateProgress) => void) | undefined;
}

const defaultPagesPerFeed = 100;
/** Pages fetched but not yet stored, across feeds: bodies held in memory at once. */
const pagesInFlight = 16;

const feedAccept = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const pageAccept = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** A counting gate: at most `size` holders at once. */
function gate(size: number) {
	let free = size;
	const waiting: Array<() => void> = [];
	return async <Value>(work: () => Promise<Value>): Promise<Value> => {
		if (free > 0) free--;
		else await new Promise<void>(resolve => waiting.push(resolve));
		try {
			return await work();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else free++;
		}
	};
}

function reasonOf(error: unknown): string {
	// By name: feed-items.js (and feedsmith with it) is loaded only for a feed that changed.
	if (error instanceof FetchError || (error instanceof Error && error.name === 'FeedFormatError')) return error.message;
	// Whatever else a feed's content sets off is that feed's failure, never the update's.
	return `could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
}

interface Counters {
	feedsDone: number;
	pagesDone: number;
	pages: number;
	newArticles: number;
	failures: number;
}

/** Fetches one page and stores its article; the error, one line, when it fails. */
export async function fetchArticle(
	context: {readonly fetcher: Fetcher; readonly pool: TaskPool; readonly database: LibraryDatabase; readonly now: () => Date},
	url: string,
	feedId: number | null,
	hints: {readonly title?: string | null; readonly published?: string | null},
): Promise<{readonly outcome: StoreOutcome; readonly articleId: string} | {readonly error: string}> {
	let fetched;
	try {
		fetched = await fetchCapped(context.fetcher, url, {accept: pageAccept});
	} catch (error) {
		return {error: reasonOf(error)};
	}

	// A page is fetched without validators: a 304 would be the server's mistake.
	if (fetched.kind !== 'ok') return {error: 'HTTP 304 without a copy to compare with'};
	const read = await context.pool.run({kind: 'page', url: fetched.url, bytes: fetched.bytes, contentType: fetched.contentType, hints});
	if (read.kind === 'failed') return {error: read.reason};
	if (read.kind !== 'page') return {error: 'not a page'};
	return storeArticle(context.database, {url, feedId, fetched: context.now().toISOString(), page: read});
}

async function updateFeed(
	feed: Feed,
	context: {readonly database: LibraryDatabase; readonly options: UpdateOptions; readonly now: () => Date; readonly counters: Counters; readonly report: () => void; readonly inFlight: ReturnType<typeof gate>},
): Promise<FeedResult> {
	const {database, options, counters} = context;
	let status: FeedResult['status'] = 'ok';
	let error: string | null = null;
	let items = 0;
	try {
		const fetched = await fetchCapped(options.fetcher, feed.url, {accept: feedAccept, etag: feed.etag, lastModified: feed.lastModified});
		if (fetched.kind === 'not-modified') {
			status = 'not-modified';
			recordFeedNotModified(database, feed.id, context.now().toISOString());
		} else {
			const {text} = decodeDocument(fetched.bytes, fetched.contentType);
			const {parseFeedDocument} = await import('./feed-items.js');
			const parsed = parseFeedDocument(text, fetched.url);
			items = parsed.items.length;
			recordFeedFetched(database, feed.id, {etag: fetched.etag, lastModified: fetched.lastModified, items: parsed.items, at: context.now().toISOString()});
		}
	} catch (failure) {
		status = 'failed';
		error = reasonOf(failure);
		counters.failures++;
		recordFeedFailed(database, feed.id, context.now().toISOString(), error);
	}

	// Pages queued before (a failed page, an update cut short) are fetched even when the feed is not.
	const pages = pendingPages(database, feed.id, options.pagesPerFeed ?? defaultPagesPerFeed);
	counters.feedsDone++;
	counters.pages += pages.length;
	context.report();
	const failedPages: Array<{url: string; error: string}> = [];
	const newArticleIds: string[] = [];
	let duplicates = 0;
	await Promise.all(
		pages.map(async (page: PendingPage) =>
			context.inFlight(async () => {
				const stored = await fetchArticle({fetcher: options.fetcher, pool: options.pool, database, now: context.now}, page.url, feed.id, {title: page.title, published: page.published});
				if ('error' in stored) {
					recordPageFailed(database, page.url, stored.error);
					failedPages.push({url: page.url, error: stored.error});
					counters.failures++;
				} else if (stored.outcome === 'new') {
					newArticleIds.push(stored.articleId);
					counters.newArticles++;
				} else if (stored.outcome === 'duplicate') {
					duplicates++;
				}

				counters.pagesDone++;
				context.report();
			}),
		),
	);
	return {name: feed.name, url: feed.url, status, error, items, pages: pages.length, newArticles: newArticleIds.length, newArticleIds, duplicates, failedPages, waiting: pagesWaiting(database, feed.id)};
}

/**
 * `brief update`: every feed fetched at once (the fetcher keeps to its per-host and total limits),
 * each feed's new pages fetched and stored as articles, then the views' dataset rebuilt from the
 * library. A feed that fails is recorded and reported; it never stops the others. One update at a
 * time changes the library: a second waits for the first.
 */
export async function updateLibrary(options: UpdateOptions): Promise<UpdateResult> {
	const database = openDatabase(libraryDatabaseFile(options.directory), options.directory);
	const now = options.now ?? (() => new Date());
	try {
		return await withUpdateLock(database, now, options.lock ?? {intervalMs: 250}, async () => {
			const feeds = listFeeds(database);
			const counters: Counters = {feedsDone: 0, pagesDone: 0, pages: 0, newArticles: 0, failures: 0};
			const report = () => options.onProgress?.({...counters, feeds: feeds.length});
			const inFlight = gate(pagesInFlight);
			const results = await Promise.all(feeds.map(async feed => updateFeed(feed, {database, options, now, counters, report, inFlight})));
			const dataset = await rebuildDataset(database, {
				directory: options.directory,
				registry: options.registry,
				pool: options.pool,
				views: options.views,
				onProgress: (done, total) => options.onProgress?.({...counters, feeds: feeds.length, extracting: {done, total}}),
			});
			return {feeds: results, dataset};
		});
	} finally {
		database.close();
	}
}
