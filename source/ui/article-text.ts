import {dirname, isAbsolute, relative, resolve, sep} from 'node:path';
import {extractArticle, blockSeparator} from '../extract/article.js';
import {CompanyMatcher, normalize} from '../extract/companies.js';
import {contentHash} from '../extract/dataset.js';
import {readArticleFile} from '../extract/files.js';
import {splitSentences} from '../extract/sentences.js';
import {BilingualError, inBoth, type Bilingual} from '../text/bilingual.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Dataset} from '../dataset/schema.js';

/** A sentence of an article's cleaned text, marked when it is about the company being read for. */
export interface ReaderSentence {
	readonly text: string;
	readonly about: boolean;
	/** The first sentence of a paragraph: the reader leaves a blank line before it. */
	readonly paragraphStart: boolean;
}

// Here rather than in dataset/: the reader cleans the article as the extractor did, with its stages.

/** An article's cleaned text, re-derived from its file, ready for the reader. */
export interface ReaderText {
	readonly title: string;
	readonly sentences: readonly ReaderSentence[];
	/** Set when the file is not the one the dataset was made from: the marks may be off. */
	readonly warning?: Bilingual | undefined;
}

/** The article cannot be shown; the message is one line for the user. */
export class ArticleTextError extends BilingualError {
	override readonly name = 'ArticleTextError';
}

const matchers = new WeakMap<Dataset, CompanyMatcher>();

function matcherFor(dataset: Dataset): CompanyMatcher {
	let matcher = matchers.get(dataset);
	if (!matcher) {
		matcher = new CompanyMatcher({companies: dataset.companies});
		matchers.set(dataset, matcher);
	}

	return matcher;
}

/**
 * Reads an article's file (relative to the dataset's folder), cleans it as the extractor did, and
 * marks the sentences that name the company or that figures and events about it quote.
 */
export function readArticleText(dataset: Dataset, datasetFile: string, articleId: string, companyId: string): ReaderText {
	const article = dataset.articles.find(candidate => candidate.id === articleId);
	if (!article) throw new ArticleTextError(inBoth(words => words.articleNotInDataset(sanitizeLine(articleId))));
	const folder = dirname(resolve(datasetFile));
	const path = resolve(folder, article.file);
	// A dataset is data too: `../../.ssh/id_rsa` or `/etc/shadow` in it must not be opened and shown.
	const inside = relative(folder, path);
	if (isAbsolute(article.file) || inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
		// What happened first: a long path is cut at the pane's edge.
		throw new ArticleTextError(inBoth(words => words.articleOutsideFolder(sanitizeLine(article.file), sanitizeLine(folder))));
	}

	const read = readArticleFile(path);
	// The path is data too: messages show it sanitized, like every other string of the dataset.
	if ('reason' in read) {
		const {reason} = read;
		throw new ArticleTextError(inBoth((words, language) => words.cannotReadArticle(sanitizeLine(article.file), sanitizeLine(reason[language]))));
	}

	const matcher = matcherFor(dataset);
	const {text} = extractArticle({id: article.id, file: article.file, content: read.content}, matcher);
	const quotes = new Set([
		...dataset.figures.filter(figure => figure.company === companyId || figure.counterparty === companyId).flatMap(figure => figure.sources.filter(source => source.article === article.id).map(source => source.quote)),
		...dataset.events.filter(event => event.companies.includes(companyId)).flatMap(event => event.sources.filter(source => source.article === article.id).map(source => source.quote)),
	]);
	const sentences: ReaderSentence[] = [];
	for (const block of text.split(blockSeparator)) {
		let paragraphStart = true;
		for (const piece of splitSentences(block)) {
			const sentence = sanitizeLine(piece).trim();
			if (sentence === '') continue;
			const about = quotes.has(piece.trim()) || matcher.find(normalize(piece)).some(mention => mention.company === companyId);
			sentences.push({text: sentence, about, paragraphStart});
			paragraphStart = false;
		}
	}

	const changed = article.sha256 !== undefined && article.sha256 !== contentHash(read.bytes);
	return {title: sanitizeLine(article.title), sentences, warning: changed ? inBoth(words => words.articleChanged(sanitizeLine(article.file))) : undefined};
}
