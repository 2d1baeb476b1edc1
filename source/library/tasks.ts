import type {ArticleExtraction} from '../extract/article.js';
import {extractArticle} from '../extract/article.js';
import {CompanyMatcher} from '../extract/companies.js';
import {contentHash} from '../extract/dataset.js';
import {FrontMatterError} from '../extract/front-matter.js';
import type {Registry} from '../extract/registry.js';
import {articleMarkdown} from './article-file.js';
import {decodeDocument} from './decode.js';
import {comparableText, minHash, textHash} from './near-duplicates.js';
import {PageError, readPage, type PageHints} from './page.js';

// The CPU-heavy steps of an update (Readability over a page, the extractor over an article), in one
// place so they run the same on a worker thread or, for a handful of pages, on the main thread.

/** A fetched page to turn into a library article. */
export interface PageTask {
	readonly kind: 'page';
	readonly url: string;
	readonly bytes: Uint8Array;
	readonly contentType: string | null;
	readonly hints: PageHints;
}

/** A library article to extract into the dataset's records. */
export interface ExtractTask {
	readonly kind: 'extract';
	readonly id: string;
	/** The path recorded in the dataset. */
	readonly file: string;
	readonly content: string;
}

export type Task = PageTask | ExtractTask;

/** A page read: its Markdown file and what duplicates are found by. */
export interface ReadPage {
	readonly kind: 'page';
	readonly title: string | null;
	readonly site: string | null;
	readonly author: string | null;
	readonly published: string | null;
	readonly canonical: string | null;
	/** The whole file: front matter and body. */
	readonly content: string;
	readonly contentHash: string;
	readonly textHash: string;
	/** Characters of the text as compared: too little text says nothing of which story it is. */
	readonly textLength: number;
	readonly signature: Uint32Array;
}

export type TaskResult = ReadPage | {readonly kind: 'extracted'; readonly extraction: ArticleExtraction} | {readonly kind: 'failed'; readonly reason: string};

/** What a body brief reads as a page: HTML, or a body without a type that starts like markup. */
function isWebPage(contentType: string | null, bytes: Uint8Array): boolean {
	const type = contentType?.split(';')[0]?.trim().toLowerCase();
	if (type === 'text/html' || type === 'application/xhtml+xml') return true;
	if (type) return false;
	return /^\s*</.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'));
}

/** The file and duplicate keys of an article read from a page, or from a clipped file. */
export function libraryArticle(head: Omit<ReadPage, 'kind' | 'content' | 'contentHash' | 'textHash' | 'textLength' | 'signature'> & {readonly url: string; readonly excerpt: string | null}, body: string, content?: string): ReadPage {
	const text = content ?? articleMarkdown(head, body);
	const comparable = comparableText(body);
	return {
		kind: 'page',
		title: head.title,
		site: head.site,
		author: head.author,
		published: head.published,
		canonical: head.canonical,
		content: text,
		contentHash: contentHash(text),
		textHash: textHash(comparable),
		textLength: comparable.length,
		signature: minHash(comparable),
	};
}

function readPageTask(task: PageTask): TaskResult {
	if (!isWebPage(task.contentType, task.bytes)) return {kind: 'failed', reason: `not a web page (${task.contentType?.split(';')[0]?.trim() || 'unknown type'})`};
	const {text} = decodeDocument(task.bytes, task.contentType);
	try {
		const page = readPage(text, task.url, task.hints);
		return libraryArticle({...page, url: task.url}, page.markdown);
	} catch (error) {
		if (error instanceof PageError) return {kind: 'failed', reason: error.message};
		throw error;
	}
}

/** Runs tasks with one company matcher, made on first use. */
export function createTaskRunner(registry: Registry): (task: Task) => TaskResult {
	let matcher: CompanyMatcher | undefined;
	return task => {
		try {
			if (task.kind === 'page') return readPageTask(task);
			matcher ??= new CompanyMatcher(registry);
			const extraction = extractArticle({id: task.id, file: task.file, content: task.content}, matcher);
			// The cleaned text is made again by the reader when it is needed: not kept, not copied between threads.
			return {kind: 'extracted', extraction: {...extraction, text: '', article: {...extraction.article, sha256: contentHash(task.content)}}};
		} catch (error) {
			if (error instanceof FrontMatterError) return {kind: 'failed', reason: error.message};
			return {kind: 'failed', reason: `could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`};
		}
	};
}
