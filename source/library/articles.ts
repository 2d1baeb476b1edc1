import {createHash} from 'node:crypto';
import {sanitizeLine} from '../text/sanitize.js';
import type {LibraryDatabase} from './database.js';
import {bandKeys, sameStorySimilarity, signatureFromBytes, signatureToBytes, similarity} from './near-duplicates.js';
import {statement} from './statements.js';
import type {ReadPage} from './tasks.js';

/** What storing an article did. */
export type StoreOutcome =
	/** A story the library did not have. */
	| 'new'
	/** The same story as an article the library has: the address was added to it. */
	| 'duplicate'
	/** An address the library had, with other text now. */
	| 'updated'
	/** An address the library had, with the same text. */
	| 'unchanged';

export interface StoredArticle {
	readonly outcome: StoreOutcome;
	readonly articleId: string;
}

export interface ArticleInput {
	readonly url: string;
	readonly feedId: number | null;
	readonly fetched: string;
	readonly page: ReadPage;
	/** The id to give a new article, as the library would otherwise make it from its address. */
	readonly preferredId?: string | undefined;
}

interface Candidate {
	article_id: string;
	signature: Buffer;
}

function slug(text: string): string {
	return (
		text
			.toLowerCase()
			.replace(/^www\./, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || 'article'
	);
}

/** An id people can read in the views: the site, the day, and a few characters of the address's hash. */
function newId(database: LibraryDatabase, input: ArticleInput): string {
	const hash = createHash('sha256').update(input.url).digest('hex');
	let host = '';
	try {
		host = new URL(input.url).protocol === 'file:' ? '' : new URL(input.url).hostname;
	} catch {
		// Not a URL: the preferred id or the hash alone.
	}

	const day = input.page.published?.slice(0, 10);
	const stem = input.preferredId ? slug(sanitizeLine(input.preferredId)) : [slug(host || 'article'), day].filter(Boolean).join('-');
	const taken = statement(database, 'SELECT 1 FROM articles WHERE id = ?');
	for (let length = input.preferredId ? 0 : 6; length <= hash.length; length += 2) {
		const id = length === 0 ? stem : `${stem}-${hash.slice(0, length)}`;
		if (!taken.get(id)) return id;
	}

	return hash;
}

const minimumComparableText = 100;
const maximumCandidates = 32;

/** The article telling the same story: same canonical address, same text, or text close enough. */
function sameStory(database: LibraryDatabase, page: ReadPage, bands: readonly string[]): string | undefined {
	if (page.canonical) {
		const byCanonical = statement<[string, string], {id: string}>(database, 'SELECT article_id AS id FROM article_urls WHERE url = ? UNION ALL SELECT id FROM articles WHERE canonical_url = ? LIMIT 1').get(page.canonical, page.canonical);
		if (byCanonical) return byCanonical.id;
	}

	// A few words ("Loading…", a cookie notice) are in many pages: not a story to match on.
	if (page.textLength < minimumComparableText) return undefined;
	const byText = statement<[string], {id: string}>(database, 'SELECT id FROM articles WHERE text_hash = ? LIMIT 1').get(page.textHash);
	if (byText) return byText.id;
	const placeholders = bands.map(() => '?').join(',');
	// The articles sharing the most bands first, a bounded few: templated text (a site's boilerplate
	// that Readability kept) can make many share one band, and a copy shares several.
	const candidates = statement<string[], Candidate>(
		database,
		`SELECT a.id AS article_id, a.signature FROM (SELECT article_id, count(*) AS shared FROM article_bands WHERE band IN (${placeholders}) GROUP BY article_id ORDER BY shared DESC LIMIT ${maximumCandidates}) b JOIN articles a ON a.id = b.article_id`,
	).all(...bands);
	let best: {id: string; score: number} | undefined;
	for (const candidate of candidates) {
		const signature = signatureFromBytes(candidate.signature);
		const score = signature ? similarity(signature, page.signature) : 0;
		if (score >= sameStorySimilarity && (!best || score > best.score)) best = {id: candidate.article_id, score};
	}

	return best?.id;
}

/** The columns of an article that come from its page: written when it is new, and when its text changed. */
const pageColumns = ['canonical_url', 'site', 'title', 'author', 'published', 'fetched', 'content_hash', 'text_hash', 'signature', 'text'] as const;

function pageValues({page, fetched}: ArticleInput): Array<string | Buffer | null> {
	return [page.canonical, page.site, page.title, page.author, page.published, fetched, page.contentHash, page.textHash, signatureToBytes(page.signature), page.content];
}

/**
 * Stores an article in one transaction (a kill leaves the library as it was before it): a known
 * address updates its article when the text changed; the same story at a new address adds the
 * address to the article that has it; anything else is a new article. The address's page leaves
 * the queue of pages to fetch either way.
 */
export function storeArticle(database: LibraryDatabase, input: ArticleInput): StoredArticle {
	const {page} = input;
	const bands = bandKeys(page.signature);
	return database
		.transaction((): StoredArticle => {
			statement(database, 'DELETE FROM pending_pages WHERE url = ?').run(input.url);
			const addUrl = statement(database, 'INSERT OR IGNORE INTO article_urls (url, article_id, feed_id, added) VALUES (?, ?, ?, ?)');
			const known = statement<[string], {article_id: string; content_hash: string}>(database, 'SELECT u.article_id, a.content_hash FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url = ?').get(input.url);
			if (known) {
				if (known.content_hash === page.contentHash) return {outcome: 'unchanged', articleId: known.article_id};
				statement(database, `UPDATE articles SET ${pageColumns.map(column => `${column} = ?`).join(', ')} WHERE id = ?`).run(...pageValues(input), known.article_id);
				statement(database, 'DELETE FROM article_bands WHERE article_id = ?').run(known.article_id);
				const addBand = statement(database, 'INSERT INTO article_bands (band, article_id) VALUES (?, ?)');
				for (const band of bands) addBand.run(band, known.article_id);
				bumpGeneration(database);
				return {outcome: 'updated', articleId: known.article_id};
			}

			const story = sameStory(database, page, bands);
			if (story) {
				addUrl.run(input.url, story, input.feedId, input.fetched);
				bumpGeneration(database);
				return {outcome: 'duplicate', articleId: story};
			}

			const id = newId(database, input);
			statement(database, `INSERT INTO articles (id, url, feed_id, ${pageColumns.join(', ')}) VALUES (?, ?, ?, ${pageColumns.map(() => '?').join(', ')})`).run(id, input.url, input.feedId, ...pageValues(input));
			addUrl.run(input.url, id, input.feedId, input.fetched);
			const addBand = statement(database, 'INSERT INTO article_bands (band, article_id) VALUES (?, ?)');
			for (const band of bands) addBand.run(band, id);
			bumpGeneration(database);
			return {outcome: 'new', articleId: id};
		})
		.immediate();
}

/** Counts changes to the articles: the dataset is rebuilt when it was built at another count. */
export function bumpGeneration(database: LibraryDatabase): void {
	statement(database, "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1").run();
}

export function metaValue(database: LibraryDatabase, key: string): string | undefined {
	return statement<[string], {value: string}>(database, 'SELECT value FROM meta WHERE key = ?').get(key)?.value;
}

export function setMetaValue(database: LibraryDatabase, key: string, value: string): void {
	statement(database, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function articleCount(database: LibraryDatabase): number {
	return statement<[], {count: number}>(database, 'SELECT count(*) AS count FROM articles').get()?.count ?? 0;
}
