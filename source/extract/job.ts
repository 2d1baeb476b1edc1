import {statSync} from 'node:fs';
import {extractArticle, type ArticleExtraction} from './article.js';
import type {CompanyMatcher} from './companies.js';
import {contentHash} from './dataset.js';
import {readArticleFile} from './files.js';
import {FrontMatterError} from './front-matter.js';
import {inBoth, type Bilingual} from '../text/bilingual.js';

/** One file to extract, as sent to a worker. */
export interface ExtractJob {
	readonly path: string;
	readonly id: string;
	/** The path recorded in the dataset. */
	readonly file: string;
	/** The content hash of a cached result: when the content still has it, nothing is extracted. */
	readonly cachedHash: string | null;
}

export type JobResult =
	| {readonly kind: 'extracted'; readonly extraction: ArticleExtraction; readonly size: number; readonly mtimeMs: number}
	| {readonly kind: 'unchanged'; readonly size: number; readonly mtimeMs: number}
	| {readonly kind: 'problem'; readonly reason: Bilingual};

/** Reads, checks and extracts one file. Runs in a worker or inline; never throws on file content. */
export function runJob(job: ExtractJob, matcher: CompanyMatcher): JobResult {
	let stats;
	try {
		stats = statSync(job.path);
	} catch {
		stats = {size: 0, mtimeMs: 0};
	}

	const read = readArticleFile(job.path);
	if ('reason' in read) return {kind: 'problem', reason: read.reason};
	const sha256 = contentHash(read.bytes);
	if (sha256 === job.cachedHash) return {kind: 'unchanged', size: stats.size, mtimeMs: stats.mtimeMs};
	try {
		const extraction = extractArticle({id: job.id, file: job.file, content: read.content}, matcher);
		return {kind: 'extracted', extraction: {...extraction, text: '', article: {...extraction.article, sha256}}, size: stats.size, mtimeMs: stats.mtimeMs};
	} catch (error) {
		if (error instanceof FrontMatterError) return {kind: 'problem', reason: error.texts};
		const detail = error instanceof Error ? error.message : String(error);
		return {kind: 'problem', reason: inBoth(words => words.couldNotBeExtracted(detail))};
	}
}
