import {closeSync, readSync} from 'node:fs';
import {StringDecoder} from 'node:string_decoder';
import {writeAtomically, type WrittenFile} from '../disk/atomic-write.js';
import {openRegularFile} from '../disk/regular-file.js';
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
	/** The dataset file as the last run wrote it. */
	readonly output: WrittenFile | null;
	readonly summary: string;
}

/**
 * The largest cache read: extractions of ~100,000 articles. Read a line at a time, it costs memory
 * for one line (of at most maxLineCharacters) however large it is.
 */
const maxCacheBytes = 8 * 1024 * 1024 * 1024;
/** One article's extraction is a line: at most a few megabytes. A longer line is no cache brief wrote. */
const maxLineCharacters = 64 * 1024 * 1024;

/**
 * The cache file is JSON lines: a header, then one entry per file, so it is read and written a line
 * at a time. A file that is not a regular file (a FIFO would block for good), or a line too long to
 * be brief's, ends the reading: the cache is then of no use, which only costs time.
 */
function* lines(file: string): Generator<string> {
	let descriptor: number;
	try {
		descriptor = openRegularFile(file, maxCacheBytes).descriptor;
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
			if (pending.length > maxLineCharacters) return;
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
