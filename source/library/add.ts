import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs';
import {basename, extname} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {StoreView} from '../dataset/store-index.js';
import {collectFiles, maxArticleBytes, readArticleFile} from '../extract/files.js';
import {FrontMatterError, splitFrontMatter} from '../extract/front-matter.js';
import type {Registry} from '../extract/registry.js';
import {sanitizeLine} from '../text/sanitize.js';
import {storeArticle, type StoreOutcome} from './articles.js';
import {openDatabase, type LibraryDatabase} from './database.js';
import {normalizeDate} from './dates.js';
import {webAddress, type Fetcher} from './fetch/http.js';
import {libraryDatabaseFile} from './location.js';
import {withUpdateLock, type LockWaiting} from './lock.js';
import {rebuildDataset, type RebuildResult} from './rebuild.js';
import {libraryArticle, type ReadPage} from './tasks.js';
import {fetchArticle} from './update.js';
import type {TaskPool} from './worker-pool.js';

/** What became of one page or file given to `brief add`. */
export interface AddedSource {
	/** The address or the path as given (a folder's files by their path). */
	readonly source: string;
	readonly outcome: StoreOutcome | 'failed';
	readonly error: string | null;
	readonly articleId: string | null;
}

export interface AddResult {
	readonly added: readonly AddedSource[];
	readonly dataset: RebuildResult;
}

export interface AddOptions {
	/** Web addresses, files and folders, as given. */
	readonly sources: readonly string[];
	readonly cwd: string;
	readonly directory: string;
	readonly fetcher: Fetcher;
	readonly pool: TaskPool;
	readonly registry: Registry;
	readonly views: ReadonlyArray<StoreView<unknown>>;
	readonly now?: (() => Date) | undefined;
	readonly lock?: LockWaiting | undefined;
}

const pageExtensions = new Set(['.html', '.htm']);

/** Words given to `brief add` that are web addresses rather than paths. */
export function isWebAddressArgument(text: string): boolean {
	return /^[a-z][a-z\d+.-]*:\/\//i.test(text);
}

/** A saved page's bytes: a regular file of at most 5 MB, read without blocking on a FIFO. */
function readPageFile(path: string): Uint8Array | string {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
		const stats = fstatSync(descriptor);
		if (!stats.isFile()) return 'not a regular file';
		if (stats.size > maxArticleBytes) return `over 5 MB (${(stats.size / 1024 / 1024).toFixed(1)} MB)`;
		const bytes = readFileSync(descriptor);
		return bytes.length > maxArticleBytes ? 'over 5 MB' : bytes;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code ?? String(error);
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
}

/** A clipped Markdown or text file as a library article, kept exactly as written. */
function clippedArticle(content: string, url: string): ReadPage | string {
	let split;
	try {
		split = splitFrontMatter(content);
	} catch (error) {
		if (error instanceof FrontMatterError) return error.message;
		throw error;
	}

	const {frontMatter} = split;
	const line = (value: string | undefined) => (value === undefined ? null : sanitizeLine(value).trim() || null);
	return libraryArticle({title: line(frontMatter.title), site: null, author: line(frontMatter.author), published: normalizeDate(frontMatter.date), canonical: null, url, excerpt: line(frontMatter.excerpt)}, split.body, content);
}

async function addFile(path: string, context: {readonly database: LibraryDatabase; readonly pool: TaskPool; readonly now: () => Date}): Promise<{readonly outcome: StoreOutcome; readonly articleId: string} | {readonly error: string}> {
	const url = pathToFileURL(path).href;
	let page: ReadPage;
	if (pageExtensions.has(extname(path).toLowerCase())) {
		const bytes = readPageFile(path);
		if (typeof bytes === 'string') return {error: bytes};
		const read = await context.pool.run({kind: 'page', url, bytes, contentType: 'text/html', hints: {}});
		if (read.kind !== 'page') return {error: read.kind === 'failed' ? read.reason : 'not a page'};
		page = read;
	} else {
		const read = readArticleFile(path);
		// What the library could not add is said in English, as a fetch's failures are: --json's `error` keeps it.
		if ('reason' in read) return {error: read.reason.en};
		const clipped = clippedArticle(read.content, url);
		if (typeof clipped === 'string') return {error: clipped};
		page = clipped;
	}

	return storeArticle(context.database, {url, feedId: null, fetched: context.now().toISOString(), page, preferredId: basename(path, extname(path))});
}

/**
 * `brief add`: web pages fetched and read as an update reads a feed's pages, and clipped files
 * (Markdown, text, saved HTML; folders walked as `brief extract` walks them) stored as they are;
 * then the dataset rebuilt. What cannot be added is reported by name; the rest is added.
 */
export async function addToLibrary(options: AddOptions): Promise<AddResult> {
	const database = openDatabase(libraryDatabaseFile(options.directory), options.directory);
	const now = options.now ?? (() => new Date());
	try {
		return await withUpdateLock(database, now, options.lock ?? {intervalMs: 250}, async () => {
			const added: AddedSource[] = [];
			const record = (source: string, stored: {readonly outcome: StoreOutcome; readonly articleId: string} | {readonly error: string}) =>
				added.push('error' in stored ? {source, outcome: 'failed', error: stored.error, articleId: null} : {source, outcome: stored.outcome, error: null, articleId: stored.articleId});
			const addresses = options.sources.filter(source => isWebAddressArgument(source));
			const paths = options.sources.filter(source => !isWebAddressArgument(source));
			await Promise.all(
				addresses.map(async source => {
					let url: string;
					try {
						url = webAddress(source).href;
					} catch (error) {
						record(source, {error: (error as Error).message});
						return;
					}

					record(source, await fetchArticle({fetcher: options.fetcher, pool: options.pool, database, now}, url, null, {}));
				}),
			);
			const {files, problems} = collectFiles(paths, options.cwd);
			for (const problem of problems) record(problem.file, {error: problem.reason.en});
			for (const file of files) record(file.display, await addFile(file.path, {database, pool: options.pool, now}));
			const dataset = await rebuildDataset(database, {directory: options.directory, registry: options.registry, pool: options.pool, views: options.views});
			return {added, dataset};
		});
	} finally {
		database.close();
	}
}
