import type {Language} from '../text/language.js';
import {messages, type Messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {displayWidth, fit, truncate} from '../text/width.js';
import {styleFor} from './style.js';
import type {TextOptions} from './briefing-text.js';

// The words of `brief feed list`, `brief update` and `brief add`. The shapes are the library's
// (source/library/), repeated here as the little this printer reads of them. Feed names, addresses
// and errors come from the network: sanitized before they are printed.

/** A followed feed, as `brief feed list` shows it. */
export interface FeedRow {
	readonly name: string;
	readonly url: string;
	readonly lastFetch: string | null;
	readonly lastStatus: 'ok' | 'not-modified' | 'failed' | null;
	readonly lastError: string | null;
}

/** One feed's part of an update. */
export interface FeedOutcome {
	readonly name: string;
	readonly status: 'ok' | 'not-modified' | 'failed';
	readonly error: string | null;
	readonly items: number;
	readonly newArticles: number;
	readonly duplicates: number;
	readonly failedPages: ReadonlyArray<{readonly url: string; readonly error: string}>;
	readonly waiting: number;
}

export interface UpdateOutcome {
	readonly feeds: readonly FeedOutcome[];
	readonly dataset: {readonly rebuilt: boolean; readonly articles: number; readonly extracted: number; readonly problems: ReadonlyArray<{readonly articleId: string; readonly reason: string}>};
}

/** "2025-10-30 09:00" in UTC, or "never". */
function when(iso: string | null, words: Messages): string {
	return iso === null ? words.never : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function statusWords(feed: FeedRow, words: Messages): string {
	if (feed.lastStatus === 'failed') return words.failedBecause(sanitizeLine(feed.lastError ?? words.unknownError));
	if (feed.lastStatus === 'not-modified') return words.notModified;
	return feed.lastStatus === 'ok' ? words.fetchOk : words.notFetchedYet;
}

/** `brief feed list`: name, address, last fetch (UTC) and how it went, each line within the width. */
export function formatFeedList(feeds: readonly FeedRow[], options: TextOptions): string {
	const style = styleFor(options.colour);
	const words = messages(options.language ?? 'en');
	if (feeds.length === 0) return '';
	const nameWidth = Math.min(24, Math.max(4, ...feeds.map(feed => displayWidth(sanitizeLine(feed.name)))));
	const fetchWidth = 16;
	const urlNatural = Math.max(...feeds.map(feed => displayWidth(sanitizeLine(feed.url))));
	// The address gives way first: the name and the status say more in a narrow terminal.
	const urlWidth = Math.max(10, Math.min(urlNatural, 60, options.width - nameWidth - fetchWidth - 6 - 12));
	const header = `${fit(words.feedListName, nameWidth)}  ${fit(words.feedListAddress, urlWidth)}  ${fit(words.feedListLastFetch, fetchWidth)}  ${words.feedListStatus}`;
	const lines = feeds.map(feed => {
		const line = `${fit(sanitizeLine(feed.name), nameWidth)}  ${fit(sanitizeLine(feed.url), urlWidth)}  ${fit(when(feed.lastFetch, words), fetchWidth)}  ${statusWords(feed, words)}`;
		return truncate(line.trimEnd(), options.width);
	});
	return `${[style.muted(truncate(header, options.width)), ...lines].join('\n')}\n`;
}

export function feedListJson(feeds: readonly FeedRow[]): {readonly schema: 'brief.feeds'; readonly version: 1; readonly feeds: readonly FeedRow[]} {
	return {schema: 'brief.feeds', version: 1, feeds: feeds.map(feed => ({name: feed.name, url: feed.url, lastFetch: feed.lastFetch, lastStatus: feed.lastStatus, lastError: feed.lastError}))};
}

function feedFailure(feed: FeedOutcome, words: Messages): string {
	return `${sanitizeLine(feed.name)} (${sanitizeLine(feed.error ?? words.failed)})`;
}

/** The one line a script gets on stderr: counts, and every failing feed by name. */
export function updateSummaryLine(outcome: UpdateOutcome, language: Language = 'en'): string {
	const words = messages(language);
	const feeds = outcome.feeds;
	const failed = feeds.filter(feed => feed.status === 'failed');
	const unchanged = feeds.filter(feed => feed.status === 'not-modified').length;
	const newArticles = feeds.reduce((sum, feed) => sum + feed.newArticles, 0);
	const duplicates = feeds.reduce((sum, feed) => sum + feed.duplicates, 0);
	const failedPages = feeds.reduce((sum, feed) => sum + feed.failedPages.length, 0);
	const waiting = feeds.reduce((sum, feed) => sum + feed.waiting, 0);
	const parts = [
		words.updatedFeeds(feeds.length, unchanged, newArticles),
		duplicates > 0 ? words.copiesInLibrary(duplicates) : '',
		failedPages > 0 ? words.pagesFailed(failedPages) : '',
		waiting > 0 ? words.pagesLeft(waiting) : '',
		outcome.dataset.problems.length > 0 ? words.articlesNotRead(outcome.dataset.problems.length) : '',
		words.libraryHolds(outcome.dataset.articles),
	].filter(Boolean);
	const failures = failed.length > 0 ? words.feedsFailed(failed.length, failed.map(feed => feedFailure(feed, words)).join(words.listSeparator)) : '';
	return `${parts.join(words.listSeparator)}${failures}`;
}

/** A line per feed, then every failed page, for a person at a terminal. */
export function formatUpdateReport(outcome: UpdateOutcome, options: TextOptions): string {
	const style = styleFor(options.colour);
	const words = messages(options.language ?? 'en');
	const nameWidth = Math.min(24, Math.max(4, ...outcome.feeds.map(feed => displayWidth(sanitizeLine(feed.name)))));
	const lines: string[] = [];
	for (const feed of outcome.feeds) {
		const name = fit(sanitizeLine(feed.name), nameWidth);
		if (feed.status === 'failed') lines.push(`${name}  ${style.warning(words.failedBecause(sanitizeLine(feed.error ?? '')))}`);
		else {
			const said = [
				feed.status === 'not-modified' ? words.notModified : words.feedItems(feed.items),
				feed.newArticles > 0 ? words.newShort(feed.newArticles) : '',
				feed.duplicates > 0 ? words.copies(feed.duplicates) : '',
				feed.waiting > 0 ? words.forNextUpdate(feed.waiting) : '',
			].filter(Boolean);
			lines.push(`${name}  ${said.join(words.listSeparator)}`);
		}

		for (const page of feed.failedPages) lines.push(`  ${style.warning(words.pageFailed)} ${sanitizeLine(page.url)}: ${sanitizeLine(page.error)}`);
	}

	for (const problem of outcome.dataset.problems) lines.push(`  ${style.warning(words.notExtracted)} ${sanitizeLine(problem.articleId)}: ${sanitizeLine(problem.reason)}`);
	lines.push(updateSummaryLine(outcome, options.language));
	return `${lines.map(line => truncate(line, options.width)).join('\n')}\n`;
}

/** A line for each page or file `brief add` could not add. */
export interface AddedItem {
	readonly source: string;
	readonly outcome: 'new' | 'duplicate' | 'updated' | 'unchanged' | 'failed';
	readonly error: string | null;
	readonly articleId: string | null;
}

export function addSummaryLine(added: readonly AddedItem[], articles: number, language: Language = 'en'): string {
	const words = messages(language);
	const count = (outcome: AddedItem['outcome']) => added.filter(item => item.outcome === outcome).length;
	const parts = [
		words.addedArticles(count('new')),
		count('duplicate') > 0 ? words.copiesInLibrary(count('duplicate')) : '',
		count('updated') > 0 ? words.updatedCount(count('updated')) : '',
		count('unchanged') > 0 ? words.unchangedCount(count('unchanged')) : '',
		count('failed') > 0 ? words.failedCount(count('failed')) : '',
		words.libraryHolds(articles),
	].filter(Boolean);
	return parts.join(words.listSeparator);
}
