// The index written beside a large dataset: its format (company list rows, a shard per company,
// views made of each shard), and reading it checked against the dataset it was made from. store.ts
// reads the data through it; store-write.ts writes it.
import {statSync} from 'node:fs';
import {join} from 'node:path';
import {hashRegularFile, readFailureOf, readRegularFile} from '../disk/regular-file.js';
import {inBoth} from '../text/bilingual.js';
import {jsonMayNeedSanitizing} from '../text/sanitize.js';
import {DatasetError, maxDatasetBytes} from './load.js';
import type {Company, Dataset} from './schema.js';
import type {CompanyRow} from './selectors/company-rows.js';

/**
 * Something made of each company's shard when the index is written, for a reader that would
 * otherwise make it on every run (the plain briefing: see source/print/plain-view.ts). It is kept
 * as JSON text; a reader takes it only from the same code, and only when no string in it needs
 * sanitizing.
 */
export interface StoreView<Value> {
	/** Names the view's files and its entry in the index: letters only. */
	readonly name: string;
	/** Identifies the code that makes the view. */
	fingerprint(): string;
	/** The view of a company from its shard; undefined when there is none. */
	make(shard: Dataset, companyId: string): Value | undefined;
	/** The view from parsed JSON text, or undefined when the JSON is not one. */
	accept(json: unknown): Value | undefined;
}

/** The index written beside a dataset: `briefing.json` -> `briefing.index/index.json`. */
export function storeFolder(datasetFile: string): string {
	return `${datasetFile.replace(/\.json$/i, '')}.index`;
}

// 4: shards of dataset version 2 (figures, not metrics). 5: the dataset's content hash, every file's
// hash, and shards and views that name their company and index.
export const storeIndexVersion = 5;

/**
 * Shards are UTF-16: Japanese text decodes from UTF-16 about 4x faster than from UTF-8 (the largest
 * shard of 10,000 articles: 5 ms rather than 22 ms), for a third more bytes on disk.
 */
export const shardEncoding = 'utf16le';

/** index.json: the company list of the dataset, and where each company's shard is. */
export interface StoreIndex {
	readonly version: typeof storeIndexVersion;
	readonly kind: 'brief.index';
	/** Made anew for each index written: its shards and views name it. */
	readonly id: string;
	/**
	 * The dataset file this index was made from, as it was written. Readers take the index for the file
	 * while its size and time are these (a stat); `brief extract` also compares the content hash.
	 */
	readonly dataset: {readonly size: number; readonly mtimeMs: number; readonly sha256: string};
	readonly companies: readonly Company[];
	/** Rows for an empty watchlist. */
	readonly rows: readonly CompanyRow[];
	/** How the shard files are encoded. */
	readonly shardEncoding: typeof shardEncoding;
	/** Shard file of each company, relative to the index folder. */
	readonly shards: Readonly<Record<string, string>>;
	/** Each view's fingerprint and files, by view name; files as `shards`. */
	readonly views: Readonly<Record<string, {readonly fingerprint: string; readonly files: Readonly<Record<string, string>>}>>;
	/** The content hash of every shard and view file, by its path relative to the index folder. */
	readonly files: Readonly<Record<string, string>>;
}

/** A shard or view file: the value, with the company and the index it was written for. */
export interface IndexedFile {
	readonly kind: 'brief.shard' | 'brief.view';
	readonly index: string;
	readonly company: string;
	readonly value: unknown;
}

export function readIndex(file: string): StoreIndex | undefined {
	let datasetStats;
	try {
		datasetStats = statSync(file);
	} catch {
		return undefined;
	}

	let index: StoreIndex;
	try {
		index = JSON.parse(readRegularFile(join(storeFolder(file), 'index.json'), maxDatasetBytes).toString('utf8')) as StoreIndex;
	} catch {
		return undefined;
	}

	const isRecord = (value: unknown) => typeof value === 'object' && value !== null;
	const fresh =
		index?.version === storeIndexVersion &&
		index.kind === 'brief.index' &&
		typeof index.id === 'string' &&
		index.dataset?.size === datasetStats.size &&
		index.dataset.mtimeMs === datasetStats.mtimeMs &&
		index.shardEncoding === shardEncoding &&
		Array.isArray(index.companies) &&
		Array.isArray(index.rows) &&
		isRecord(index.shards) &&
		isRecord(index.views) &&
		isRecord(index.files);
	return fresh ? index : undefined;
}

/**
 * True when the dataset file has an index written for exactly this file, in this version of the
 * format, with each of `views` made by the code running now.
 */
export function hasFreshIndex(file: string, views: ReadonlyArray<StoreView<unknown>> = []): boolean {
	const index = readIndex(file);
	return index !== undefined && views.every(view => index.views[view.name]?.fingerprint === view.fingerprint());
}

/**
 * True when the index is whole for the dataset as `written`: fresh (see hasFreshIndex), made from a
 * file of that content hash, which the file still has, and every shard and view file there with the
 * content it was written with. What `brief extract` checks before it says a dataset is up to date.
 */
export function indexIsWhole(file: string, written: {readonly sha256: string; readonly size: number}, views: ReadonlyArray<StoreView<unknown>> = []): boolean {
	const index = readIndex(file);
	if (!index || !views.every(view => index.views[view.name]?.fingerprint === view.fingerprint())) return false;
	if (index.dataset.sha256 !== written.sha256 || index.dataset.size !== written.size) return false;
	const folder = storeFolder(file);
	const listed = [...Object.values(index.shards), ...Object.values(index.views).flatMap(view => Object.values(view.files))];
	try {
		if (hashRegularFile(file, maxDatasetBytes).sha256 !== written.sha256) return false;
		if (!listed.every(relative => typeof index.files[relative] === 'string')) return false;
		return Object.entries(index.files).every(([relative, sha256]) => hashRegularFile(join(folder, relative), maxDatasetBytes).sha256 === sha256);
	} catch {
		return false;
	}
}

/** The value of a parsed shard or view file, when it is the file of this company in this index; undefined otherwise. */
function indexedValue(json: unknown, index: StoreIndex, companyId: string, kind: IndexedFile['kind']): {readonly value: unknown} | undefined {
	const file = json as Partial<IndexedFile> | null;
	return file?.kind === kind && file.index === index.id && file.company === companyId && 'value' in file ? {value: file.value} : undefined;
}

/** The text of an index file, read as a regular file of bounded size; a DatasetError naming it otherwise. */
export function readIndexText(path: string): string {
	try {
		return readRegularFile(path, maxDatasetBytes).toString(shardEncoding);
	} catch (error) {
		const {reason} = readFailureOf(error);
		throw new DatasetError(inBoth((words, language) => words.cannotReadIndexFile(path, reason[language], words.rebuildIndex)));
	}
}

/** A company's shard from its file's text: parsed, its company and index checked, then the dataset checked. */
export function parseShard(text: string, path: string, index: StoreIndex, companyId: string): unknown {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		throw new DatasetError(inBoth(words => words.damagedIndexFile(path, detail, words.rebuildIndex)));
	}

	const indexed = indexedValue(json, index, companyId, 'brief.shard');
	if (!indexed) throw new DatasetError(inBoth(words => words.notTheShard(path, companyId, words.rebuildIndex)));
	return indexed.value;
}

/** A view's value from its file; undefined when it cannot be read, parsed or trusted. */
export function readView<Value>(view: StoreView<Value>, file: string, index: StoreIndex, companyId: string): Value | undefined {
	let text: string;
	try {
		text = readRegularFile(file, maxDatasetBytes).toString(shardEncoding);
	} catch {
		return undefined;
	}

	if (jsonMayNeedSanitizing(text)) return undefined;
	try {
		const indexed = indexedValue(JSON.parse(text), index, companyId, 'brief.view');
		return indexed && view.accept(indexed.value);
	} catch {
		return undefined;
	}
}
