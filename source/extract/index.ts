import {statSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import type {Dataset} from '../dataset/schema.js';
import type {ArticleExtraction} from './article.js';
import {loadCache, saveCache, type CacheEntry} from './cache.js';
import {buildDataset, contentHash} from './dataset.js';
import {articleIds, collectFiles, datasetPath, type Problem} from './files.js';
import {extractorFingerprint} from './fingerprint.js';
import type {ExtractJob} from './job.js';
import {runJobs} from './pool.js';
import {defaultRegistry, type Registry} from './registry.js';

export interface ExtractOptions {
	readonly paths: readonly string[];
	readonly cwd: string;
	/** Folder the dataset will be written to: article paths are recorded relative to it. */
	readonly datasetFolder: string;
	readonly registry?: Registry;
	/** Where to keep extractions between runs, so unchanged files are not extracted again. */
	readonly cacheFile?: string;
	/** Worker threads; by default one per core for large inputs, none for a handful of files. */
	readonly jobs?: number;
	/** Called as files are done, for progress lines. */
	readonly onProgress?: (done: number, total: number) => void;
}

export interface ExtractResult {
	readonly dataset: Dataset;
	readonly problems: readonly Problem[];
	readonly extracted: number;
	/** Files whose cached extraction was reused. */
	readonly reused: number;
}

const parallelThreshold = 32;

/**
 * Reads article files and folders into a dataset. Files that cannot be used are reported, not
 * fatal. With a cache, a file whose size and modification time (or, failing those, content hash)
 * are unchanged is not read or extracted again.
 */
export async function extractFiles(options: ExtractOptions): Promise<ExtractResult> {
	const registry = options.registry ?? defaultRegistry;
	const {files, problems: collectProblems} = collectFiles(options.paths, options.cwd);
	const problems: Problem[] = [...collectProblems];
	const ids = articleIds(files, contentHash);
	const cacheKey = `${extractorFingerprint()}:${contentHash(JSON.stringify(registry)).slice(0, 16)}`;
	const cache = options.cacheFile ? loadCache(options.cacheFile, cacheKey) : new Map<string, CacheEntry>();
	const nextCache = new Map<string, CacheEntry>();
	const extractions: Array<ArticleExtraction | undefined> = Array.from({length: files.length});
	const jobs: ExtractJob[] = [];
	const jobIndexes: number[] = [];
	let reused = 0;

	files.forEach((input, index) => {
		const id = ids[index]!;
		const file = datasetPath(input.path, options.datasetFolder);
		const cached = cache.get(input.path);
		const usable = cached && cached.extraction.article.id === id && cached.extraction.article.file === file ? cached : undefined;
		if (usable) {
			try {
				const stats = statSync(input.path);
				if (stats.size === usable.size && stats.mtimeMs === usable.mtimeMs) {
					extractions[index] = usable.extraction;
					nextCache.set(input.path, usable);
					reused++;
					return;
				}
			} catch {
				// Gone or unreadable since it was listed: the job reports it.
			}
		}

		jobs.push({path: input.path, id, file, cachedHash: usable?.sha256 ?? null});
		jobIndexes.push(index);
	});

	const total = files.length;
	options.onProgress?.(reused, total);
	const workers = options.jobs ?? (jobs.length >= parallelThreshold ? availableParallelism() : 1);
	const results = await runJobs(jobs, registry, workers, done => options.onProgress?.(reused + done, total));
	results.forEach((result, position) => {
		const index = jobIndexes[position]!;
		const input = files[index]!;
		const job = jobs[position]!;
		if (result.kind === 'problem') {
			problems.push({file: input.display, reason: result.reason});
		} else if (result.kind === 'unchanged') {
			const cached = cache.get(input.path)!;
			extractions[index] = cached.extraction;
			nextCache.set(input.path, {...cached, size: result.size, mtimeMs: result.mtimeMs});
			reused++;
		} else {
			extractions[index] = result.extraction;
			nextCache.set(input.path, {size: result.size, mtimeMs: result.mtimeMs, sha256: result.extraction.article.sha256 ?? job.cachedHash ?? '', extraction: result.extraction});
		}
	});

	if (options.cacheFile) {
		try {
			saveCache(options.cacheFile, cacheKey, nextCache);
		} catch {
			// A cache that cannot be written only costs time on the next run.
		}
	}

	const done = extractions.filter((extraction): extraction is ArticleExtraction => extraction !== undefined);
	return {dataset: buildDataset(done, registry), problems, extracted: done.length, reused};
}
