import {mkdirSync} from 'node:fs';
import Database from 'better-sqlite3';
import {BilingualError, inBoth, sameInBoth} from '../text/bilingual.js';
import {systemReason} from '../text/system-reasons.js';

export type LibraryDatabase = Database.Database;

/** The database cannot be opened or is not brief's: one line for the user. */
export class LibraryError extends BilingualError {
	override readonly name = 'LibraryError';
}

const schemaVersion = 1;

// Feeds, articles and extractions. An article has one row however many addresses it was found at
// (article_urls); article_bands indexes its MinHash bands for finding near-duplicates; pending_pages
// are items of feeds whose pages are still to be fetched, so a killed or failed update picks them up
// again even when the feed answers 304.
const schema = `
CREATE TABLE feeds (
	id INTEGER PRIMARY KEY,
	url TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL UNIQUE,
	etag TEXT,
	last_modified TEXT,
	last_fetch TEXT,
	last_status TEXT,
	last_error TEXT,
	added TEXT NOT NULL
);
CREATE TABLE articles (
	id TEXT PRIMARY KEY,
	url TEXT NOT NULL,
	canonical_url TEXT,
	site TEXT,
	title TEXT,
	author TEXT,
	published TEXT,
	fetched TEXT NOT NULL,
	content_hash TEXT NOT NULL,
	text_hash TEXT NOT NULL,
	signature BLOB NOT NULL,
	text TEXT NOT NULL,
	feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
	-- The content hash of the Markdown file last written for the views' reader.
	written_hash TEXT
);
CREATE INDEX articles_by_text_hash ON articles(text_hash);
CREATE INDEX articles_by_canonical_url ON articles(canonical_url);
CREATE TABLE article_urls (
	url TEXT PRIMARY KEY,
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
	added TEXT NOT NULL
);
CREATE INDEX article_urls_by_article ON article_urls(article_id);
CREATE TABLE article_bands (
	band TEXT NOT NULL,
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_bands_by_band ON article_bands(band);
CREATE INDEX article_bands_by_article ON article_bands(article_id);
CREATE TABLE pending_pages (
	seq INTEGER PRIMARY KEY,
	url TEXT NOT NULL UNIQUE,
	feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	title TEXT,
	published TEXT,
	attempts INTEGER NOT NULL DEFAULT 0,
	last_error TEXT
);
CREATE TABLE extractions (
	content_hash TEXT PRIMARY KEY,
	extractor TEXT NOT NULL,
	article_id TEXT NOT NULL,
	json TEXT NOT NULL
);
CREATE TABLE update_lock (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	token TEXT NOT NULL,
	pid INTEGER NOT NULL,
	host TEXT NOT NULL,
	started TEXT NOT NULL
);
CREATE TABLE meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`;

/**
 * Opens (making it when missing) the library's database in WAL mode: readers never wait for the
 * update writing, and a write cut off by a kill is rolled back when the database is next opened.
 * Writers wait up to `busyTimeoutMs` for one another.
 */
export function openDatabase(file: string, directory: string, busyTimeoutMs = 10_000): LibraryDatabase {
	let database: LibraryDatabase;
	try {
		mkdirSync(directory, {recursive: true});
		database = new Database(file, {timeout: busyTimeoutMs});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code ? systemReason(code, {SQLITE_CANTOPEN: 'databaseCannotOpen'}) : sameInBoth((error as Error).message);
		throw new LibraryError(inBoth((words, language) => words.cannotOpenLibrary(file, reason[language])));
	}

	try {
		database.pragma('journal_mode = WAL');
		// With WAL, NORMAL loses at most the last transactions on a power cut, never consistency.
		database.pragma('synchronous = NORMAL');
		database.pragma('foreign_keys = ON');
		const version = database.pragma('user_version', {simple: true}) as number;
		if (version === 0) {
			database
				.transaction(() => {
					// Checked again inside the write lock: two first runs at once make the tables once.
					if ((database.pragma('user_version', {simple: true}) as number) !== 0) return;
					database.exec(schema);
					database.pragma(`user_version = ${schemaVersion}`);
				})
				.immediate();
		} else if (version !== schemaVersion) {
			throw new LibraryError(inBoth(words => words.libraryOfNewerBrief(file, version)));
		}
	} catch (error) {
		database.close();
		if (error instanceof LibraryError) throw error;
		const code = (error as {code?: string}).code;
		throw new LibraryError(inBoth(words => words.cannotUseLibrary(file, code === 'SQLITE_NOTADB' ? words.notALibrary : (code ?? (error as Error).message))));
	}

	return database;
}
