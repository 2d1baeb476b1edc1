import {statSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import type {Dataset} from '../dataset/schema.js';
import type {ArticleExtraction} from './article.js';
import {readCacheEntries, readCacheHeader, writeCache, type CacheEntry, type CacheHeader} from './cache.js';
import {buildDataset, contentHash} from './dataset.js';
import {articleIds, collectFiles, datasetPath, type Problem} from './files.js';
import {extractorFingerprint} from './fingerprint.js';
import type {ExtractJob} from './job.js';
import {runJobs} from './pool.js';
import {defaultRegistry, type Registry} from './registry.js';
import {StringPool} from './string-pool.js';

export interface ExtractOptions {
	readonly paths: readonly string[];
	readonly cwd: string;
	/** Folder the dataset will be written to: article paths are recorded relative to it. */
	readonly datasetFolder: string;
	readonly registry?: Registry;
	/** Where to keep extractions between runs, so unchanged files are not extracted again. */
	readonly cacheFile?: string;
	/**
	 * Whether what the last run wrote is still there as it left it; when so and no input changed,
	 * nothing is extracted or built (`skipped`).
	 */
	readonly outputIsCurrent?: (output: CacheHeader['output']) => boolean;
	/** Worker threads; by default one per core for large inputs, none for a handful of files. */
	readonly jobs?: number;
	/** Called as files are done, for progress lines. */
	readonly onProgress?: (done: number, total: number) => void;
}

/** A dataset built from the files. */
export interface BuiltExtraction {
	readonly skipped: false;
	readonly dataset: Dataset;
	readonly problems: readonly Problem[];
	readonly extracted: number;
	/** Files whose cached extraction was reused. */
	readonly reused: number;
	/** Remembers this run for the next one, with the dataset file as written; once. */
	readonly saveCache: (output: CacheHeader['output'], summary: string) => void;
}

/** Nothing changed since the last run, whose output is still in place. */
export interface SkippedExtraction {
	readonly skipped: true;
	readonly problems: readonly Problem[];
	readonly summary: string;
	readonly files: number;
}

export type ExtractResult = BuiltExtraction | SkippedExtraction;

const parallelThreshold = 32;

function sameFiles(previous: CacheHeader['files'], current: CacheHeader['files']): boolean {
	return (
		previous.length === current.length &&
		previous.every(([path, size, mtimeMs], index) => {
			const [currentPath, currentSize, currentTime] = current[index]!;
			return path === currentPath && size === currentSize && mtimeMs === currentTime;
		})
	);
}

/**
 * Reads article files and folders into a dataset. Files that cannot be used are reported, not
 * fatal. With a cache, a file whose size and modification time (or, failing those, content hash)
 * are unchanged is not read or extracted again, and when nothing changed at all nothing is done.
 */
export async function extractFiles(options: ExtractOptions & {readonly outputIsCurrent?: undefined}): Promise<BuiltExtraction>;
export async function extractFiles(options: ExtractOptions): Promise<ExtractResult>;
export async function extractFiles(options: ExtractOptions): Promise<ExtractResult> {
	const registry = options.registry ?? defaultRegistry;
	const {files, problems: collectProblems} = collectFiles(options.paths, options.cwd);
	const ids = articleIds(files, contentHash);
	const key = `${extractorFingerprint()}:${contentHash(`${JSON.stringify(registry)}\u0000${options.datasetFolder}`).slice(0, 16)}`;
	const manifest = files.map(file => {
		try {
			const stats = statSync(file.path);
			return [file.path, stats.size, stats.mtimeMs] as const;
		} catch {
			return [file.path, -1, -1] as const;
		}
	});

	const header = options.cacheFile ? readCacheHeader(options.cacheFile, key) : undefined;
	if (header && sameFiles(header.files, manifest) && options.outputIsCurrent?.(header.output)) {
		return {skipped: true, problems: [...collectProblems, ...header.problems], summary: header.summary, files: files.length};
	}

	// Cached and new extractions alike: records keep one copy of each text (see string-pool.ts).
	const strings = new StringPool();
	const cache = options.cacheFile && header ? readCacheEntries(options.cacheFile, key, strings) : new Map<string, CacheEntry>();
	const problems: Problem[] = [];
	const nextCache = new Map<string, CacheEntry>();
	const extractions: Array<ArticleExtraction | undefined> = Array.from({length: files.length});
	const jobs: ExtractJob[] = [];
	const jobIndexes: number[] = [];
	const touched = new Map<string, CacheEntry>();
	let reused = 0;

	files.forEach((input, index) => {
		const id = ids[index]!;
		const file = datasetPath(input.path, options.datasetFolder);
		const cached = cache.get(input.path);
		const usable = cached && cached.extraction.article.id === id && cached.extraction.article.file === file ? cached : undefined;
		const [, size, mtimeMs] = manifest[index]!;
		if (usable && size === usable.size && mtimeMs === usable.mtimeMs) {
			extractions[index] = usable.extraction;
			nextCache.set(input.path, usable);
			reused++;
			return;
		}

		// Touched but perhaps not changed: the worker compares content hashes.
		if (usable) touched.set(input.path, usable);
		jobs.push({path: input.path, id, file, cachedHash: usable?.sha256 ?? null});
		jobIndexes.push(index);
	});
	cache.clear();

	const total = files.length;
	options.onProgress?.(reused, total);
	const workers = options.jobs ?? (jobs.length >= parallelThreshold ? availableParallelism() : 1);
	const results = await runJobs(jobs, registry, workers, done => options.onProgress?.(reused + done, total), strings);
	results.forEach((result, position) => {
		const index = jobIndexes[position]!;
		const input = files[index]!;
		const job = jobs[position]!;
		if (result.kind === 'problem') {
			problems.push({file: input.display, reason: result.reason});
		} else if (result.kind === 'unchanged') {
			const cached = {...touched.get(input.path)!, size: result.size, mtimeMs: result.mtimeMs};
			extractions[index] = cached.extraction;
			nextCache.set(input.path, cached);
			reused++;
		} else {
			extractions[index] = result.extraction;
			nextCache.set(input.path, {size: result.size, mtimeMs: result.mtimeMs, sha256: result.extraction.article.sha256 ?? job.cachedHash ?? '', extraction: result.extraction});
		}
	});

	const done = extractions.filter((extraction): extraction is ArticleExtraction => extraction !== undefined);
	return {
		skipped: false,
		dataset: buildDataset(done, registry),
		problems: [...collectProblems, ...problems],
		extracted: done.length,
		reused,
		saveCache(output, summary) {
			if (!options.cacheFile) return;
			try {
				writeCache(options.cacheFile, {version: 2, key, files: manifest, problems, output, summary}, nextCache);
			} catch {
				// A cache that cannot be written only costs time on the next run.
			}

			// Its 10,000 extractions are not needed again: the index is written after it, in less memory.
			nextCache.clear();
		},
	};
}
