import type {Dataset} from '../dataset/schema.js';
import {extractArticle, type ArticleExtraction} from './article.js';
import {CompanyMatcher} from './companies.js';
import {buildDataset, contentHash} from './dataset.js';
import {articleIds, collectFiles, datasetPath, readArticleFile, type Problem} from './files.js';
import {FrontMatterError} from './front-matter.js';
import {defaultRegistry, type Registry} from './registry.js';

export interface ExtractOptions {
	readonly paths: readonly string[];
	readonly cwd: string;
	/** Folder the dataset will be written to: article paths are recorded relative to it. */
	readonly datasetFolder: string;
	readonly registry?: Registry;
	/** Called after each file, for progress lines. */
	readonly onProgress?: (done: number, total: number) => void;
}

export interface ExtractResult {
	readonly dataset: Dataset;
	readonly problems: readonly Problem[];
	readonly extracted: number;
}

/** Reads article files and folders into a dataset; files that cannot be used are reported, not fatal. */
export function extractFiles(options: ExtractOptions): ExtractResult {
	const registry = options.registry ?? defaultRegistry;
	const matcher = new CompanyMatcher(registry);
	const {files, problems: collectProblems} = collectFiles(options.paths, options.cwd);
	const problems: Problem[] = [...collectProblems];
	const ids = articleIds(files, contentHash);
	const extractions: ArticleExtraction[] = [];
	files.forEach((file, index) => {
		const read = readArticleFile(file.path);
		if ('reason' in read) {
			problems.push({file: file.display, reason: read.reason});
		} else {
			try {
				const extraction = extractArticle({id: ids[index]!, file: datasetPath(file.path, options.datasetFolder), content: read.content}, matcher);
				extractions.push({...extraction, article: {...extraction.article, sha256: contentHash(read.bytes)}});
			} catch (error) {
				if (!(error instanceof FrontMatterError)) throw error;
				problems.push({file: file.display, reason: error.message});
			}
		}

		options.onProgress?.(index + 1, files.length);
	});
	return {dataset: buildDataset(extractions, registry), problems, extracted: extractions.length};
}
