import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DatasetError, parseDataset} from '../dataset/load.js';
import {inBoth} from '../text/bilingual.js';
import type {Dataset} from '../dataset/schema.js';
import {hasFreshIndex, type StoreView} from '../dataset/store-index.js';
import {writeAtomically, writeDatasetTo} from '../dataset/write.js';
import type {ArticleExtraction} from '../extract/article.js';
import {extractorFingerprint} from '../extract/fingerprint.js';
import type {Registry} from '../extract/registry.js';
import {articleCount, metaValue, setMetaValue} from './articles.js';
import type {LibraryDatabase} from './database.js';
import {libraryDatasetFile} from './location.js';
import type {TaskPool} from './worker-pool.js';

export interface RebuildOptions {
	readonly directory: string;
	readonly registry: Registry;
	readonly pool: TaskPool;
	/** Made for each company when the dataset is indexed (the plain briefing), as `brief extract` does. */
	readonly views: ReadonlyArray<StoreView<unknown>>;
	readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface RebuildResult {
	/** False when the dataset on disk was already made from the library as it is. */
	readonly rebuilt: boolean;
	readonly articles: number;
	/** Articles extracted now; the others' extractions were kept from before (by content hash). */
	readonly extracted: number;
	/** Articles the extractor could not read, with why. */
	readonly problems: ReadonlyArray<{readonly articleId: string; readonly reason: string}>;
}

interface ArticleRow {
	id: string;
	content_hash: string;
	written_hash: string | null;
	extraction: string | null;
}

const extractionsPerCommit = 100;

/** The folder of the articles' Markdown files, beside the dataset: what the reader opens. */
function articlesFolder(directory: string): string {
	return join(directory, 'articles');
}

/**
 * An article's Markdown for the reader, replaced whole by a rename. Not flushed to disk: the text is
 * in the database, and a file lost to a power cut is written again (its hash no longer matches).
 */
function writeArticleFile(path: string, text: string): void {
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, path);
}

function extractorKey(registry: Registry): string {
	return `${extractorFingerprint()}:${createHash('sha256').update(JSON.stringify(registry)).digest('hex').slice(0, 16)}`;
}

function addresses(database: LibraryDatabase): Map<string, string[]> {
	const urls = new Map<string, string[]>();
	for (const row of database.prepare<[], {article_id: string; url: string}>("SELECT article_id, url FROM article_urls WHERE url NOT LIKE 'file:%' ORDER BY rowid").iterate()) {
		const list = urls.get(row.article_id);
		if (list) list.push(row.url);
		else urls.set(row.article_id, [row.url]);
	}

	return urls;
}

/**
 * Rebuilds the dataset the views read from the library, when the library changed since it was last
 * built (or the extractor did, or the dataset's index is missing): each article's Markdown file is
 * written when its text changed, only articles without an extraction for their content hash are
 * extracted (on the pool's workers), and the dataset and its index are replaced whole, atomically,
 * so that readers see the old dataset or the new one. A library with no articles writes nothing:
 * brief goes on reading the bundled dataset.
 */
export async function rebuildDataset(database: LibraryDatabase, options: RebuildOptions): Promise<RebuildResult> {
	const datasetFile = libraryDatasetFile(options.directory);
	const key = extractorKey(options.registry);
	const generation = metaValue(database, 'generation') ?? '0';
	const total = articleCount(database);
	const current = metaValue(database, 'built') === generation && metaValue(database, 'built_key') === key && hasFreshIndex(datasetFile, options.views);
	if (current || total === 0) return {rebuilt: false, articles: total, extracted: 0, problems: []};

	// The extractor's assembly and the index writer load only when there is something to build.
	const [{buildDataset}, {writeStore}] = await Promise.all([import('../extract/dataset.js'), import('../dataset/store-write.js')]);
	const folder = articlesFolder(options.directory);
	mkdirSync(folder, {recursive: true});
	const rows = database
		.prepare<[string], ArticleRow>('SELECT a.id, a.content_hash, a.written_hash, e.json AS extraction FROM articles a LEFT JOIN extractions e ON e.content_hash = a.content_hash AND e.extractor = ? AND e.article_id = a.id ORDER BY a.id')
		.all(key);
	const textOf = database.prepare<[string], {text: string}>('SELECT text FROM articles WHERE id = ?');
	const written = database.prepare('UPDATE articles SET written_hash = ? WHERE id = ?');
	const saveExtraction = database.prepare('INSERT OR REPLACE INTO extractions (content_hash, extractor, article_id, json) VALUES (?, ?, ?, ?)');
	const extractions: ArticleExtraction[] = [];
	const problems: Array<{articleId: string; reason: string}> = [];
	const jobs: Array<Promise<void>> = [];
	// Kept in batches, each one transaction: a commit per article costs more than the article.
	const unsaved: Array<readonly [string, string, string]> = [];
	const saveBatch = database.transaction(() => {
		for (const [hash, id, json] of unsaved.splice(0)) saveExtraction.run(hash, key, id, json);
	});
	const writtenNow: Array<readonly [string, string]> = [];
	let done = 0;
	const tick = () => options.onProgress?.(++done, rows.length);
	for (const row of rows) {
		const relative = `articles/${row.id}.md`;
		const path = join(options.directory, relative);
		let text: string | undefined;
		if (row.written_hash !== row.content_hash || !existsSync(path)) {
			text = textOf.get(row.id)!.text;
			writeArticleFile(path, text);
			writtenNow.push([row.content_hash, row.id]);
		}

		if (row.extraction !== null) {
			extractions.push(JSON.parse(row.extraction) as ArticleExtraction);
			tick();
			continue;
		}

		const content = text ?? textOf.get(row.id)!.text;
		jobs.push(
			options.pool.run({kind: 'extract', id: row.id, file: relative, content}).then(result => {
				if (result.kind === 'extracted') {
					extractions.push(result.extraction);
					unsaved.push([row.content_hash, row.id, JSON.stringify(result.extraction)]);
					if (unsaved.length >= extractionsPerCommit) saveBatch();
				} else if (result.kind === 'failed') {
					problems.push({articleId: row.id, reason: result.reason});
				}

				tick();
			}),
		);
	}

	database.transaction(() => {
		for (const [hash, id] of writtenNow) written.run(hash, id);
	})();
	await Promise.all(jobs);
	saveBatch();
	const urls = addresses(database);
	const built = buildDataset(extractions, options.registry);
	const dataset: Dataset = {...built, articles: built.articles.map(article => (urls.has(article.id) ? {...article, urls: urls.get(article.id)!} : article))};
	try {
		parseDataset(dataset, datasetFile);
	} catch (error) {
		if (error instanceof DatasetError) {
			const problem = error.texts;
			throw new DatasetError(inBoth((words, language) => words.extractorBugLibraryNotWritten(problem[language])));
		}
		throw error;
	}

	writeAtomically(datasetFile, sink => writeDatasetTo(sink, dataset));
	writeStore(dataset, datasetFile, options.views);
	database.transaction(() => {
		setMetaValue(database, 'built', generation);
		setMetaValue(database, 'built_key', key);
		// Extractions of texts no article has any more, or of other rules, are not used again.
		database.prepare('DELETE FROM extractions WHERE extractor != ? OR content_hash NOT IN (SELECT content_hash FROM articles)').run(key);
	})();
	return {rebuilt: true, articles: dataset.articles.length, extracted: jobs.length - problems.length, problems};
}
