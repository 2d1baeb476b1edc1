import {readFileSync} from 'node:fs';
import {writeFileAtomically} from '../dataset/write.js';
import type {ArticleExtraction} from './article.js';

/** What the cache remembers of one file: enough to tell it is unchanged, and what it yielded. */
export interface CacheEntry {
	readonly size: number;
	readonly mtimeMs: number;
	readonly sha256: string;
	readonly extraction: ArticleExtraction;
}

interface CacheFile {
	readonly version: 1;
	/** Extraction rules and registry the entries were made with. */
	readonly key: string;
	readonly entries: Record<string, CacheEntry>;
}

/** Cached extractions by absolute path; empty when the file is missing, unreadable or of other rules. */
export function loadCache(file: string, key: string): Map<string, CacheEntry> {
	try {
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
		if (parsed.version !== 1 || parsed.key !== key || typeof parsed.entries !== 'object') return new Map();
		return new Map(Object.entries(parsed.entries));
	} catch {
		return new Map();
	}
}

export function saveCache(file: string, key: string, entries: ReadonlyMap<string, CacheEntry>): void {
	const content: CacheFile = {version: 1, key, entries: Object.fromEntries(entries)};
	writeFileAtomically(file, JSON.stringify(content));
}
