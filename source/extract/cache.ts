import {closeSync, openSync, readSync} from 'node:fs';
import {StringDecoder} from 'node:string_decoder';
import {writeAtomically} from '../dataset/write.js';
import type {ArticleExtraction} from './article.js';
import type {Problem} from './files.js';
import type {StringPool} from './string-pool.js';

/** What the cache remembers of one file: enough to tell it is unchanged, and what it yielded. */
export interface CacheEntry {
	readonly size: number;
	readonly mtimeMs: number;
	readonly sha256: string;
	readonly extraction: ArticleExtraction;
}

/** The first line of the cache: what the last run read and wrote, readable without the entries. */
export interface CacheHeader {
	readonly version: 2;
	/** Extraction rules, registry and dataset folder the entries were made with. */
	readonly key: string;
	/** Every input file as [path, size, mtimeMs], in the order read. */
	readonly files: ReadonlyArray<readonly [string, number, number]>;
	readonly problems: readonly Problem[];
	/** The dataset file as the last run left it. */
	readonly output: {readonly size: number; readonly mtimeMs: number} | null;
	readonly summary: string;
}

/** The cache file is JSON lines: a header, then one entry per file, so it is read and written a line at a time. */
function* lines(file: string): Generator<string> {
	let descriptor: number;
	try {
		descriptor = openSync(file, 'r');
	} catch {
		return;
	}

	try {
		const decoder = new StringDecoder('utf8');
		const buffer = Buffer.alloc(1 << 20);
		let pending = '';
		for (;;) {
			const read = readSync(descriptor, buffer, 0, buffer.length, null);
			if (read === 0) break;
			const parts = (pending + decoder.write(buffer.subarray(0, read))).split('\n');
			pending = parts.pop()!;
			yield* parts;
		}

		pending += decoder.end();
		if (pending.length > 0) yield pending;
	} finally {
		closeSync(descriptor);
	}
}

export function readCacheHeader(file: string, key: string): CacheHeader | undefined {
	for (const line of lines(file)) {
		try {
			const header = JSON.parse(line) as CacheHeader;
			return header?.version === 2 && header.key === key && Array.isArray(header.files) ? header : undefined;
		} catch {
			return undefined;
		}
	}

	return undefined;
}

/** Cached extractions by absolute path; empty when the file is missing, unreadable or of other rules. */
export function readCacheEntries(file: string, key: string, strings: StringPool): Map<string, CacheEntry> {
	const entries = new Map<string, CacheEntry>();
	let first = true;
	for (const line of lines(file)) {
		try {
			if (first) {
				first = false;
				const header = JSON.parse(line) as CacheHeader;
				if (header?.version !== 2 || header.key !== key) return entries;
				continue;
			}

			const {path, ...entry} = JSON.parse(line) as CacheEntry & {path: string};
			// Shared as each line is read: the copies die young, before they could fill the old generation.
			if (typeof path === 'string' && entry.extraction?.article) entries.set(path, strings.share(entry));
		} catch {
			// A damaged line only costs its file a new extraction.
		}
	}

	return entries;
}

export function writeCache(file: string, header: CacheHeader, entries: ReadonlyMap<string, CacheEntry>): void {
	writeAtomically(file, sink => {
		sink(`${JSON.stringify(header)}\n`);
		for (const [path, entry] of entries) sink(`${JSON.stringify({path, ...entry})}\n`);
	});
}
