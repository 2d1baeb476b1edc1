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

function plural(count: number, noun: string, nouns = `${noun}s`): string {
	return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}

/** "2025-10-30 09:00" in UTC, or "never". */
function when(iso: string | null): string {
	return iso === null ? 'never' : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function statusWords(feed: FeedRow): string {
	if (feed.lastStatus === 'failed') return `failed: ${sanitizeLine(feed.lastError ?? 'unknown error')}`;
	if (feed.lastStatus === 'not-modified') return 'not modified';
	return feed.lastStatus ?? 'not fetched yet';
}

/** `brief feed list`: name, address, last fetch (UTC) and how it went, each line within the width. */
export function formatFeedList(feeds: readonly FeedRow[], options: TextOptions): string {
	const style = styleFor(options.colour);
	if (feeds.length === 0) return '';
	const nameWidth = Math.min(24, Math.max(4, ...feeds.map(feed => displayWidth(sanitizeLine(feed.name)))));
	const fetchWidth = 16;
	const urlNatural = Math.max(...feeds.map(feed => displayWidth(sanitizeLine(feed.url))));
	// The address gives way first: the name and the status say more in a narrow terminal.
	const urlWidth = Math.max(10, Math.min(urlNatural, 60, options.width - nameWidth - fetchWidth - 6 - 12));
	const header = `${fit('name', nameWidth)}  ${fit('address', urlWidth)}  ${fit('last fetch', fetchWidth)}  status`;
	const lines = feeds.map(feed => {
		const line = `${fit(sanitizeLine(feed.name), nameWidth)}  ${fit(sanitizeLine(feed.url), urlWidth)}  ${fit(when(feed.lastFetch), fetchWidth)}  ${statusWords(feed)}`;
		return truncate(line.trimEnd(), options.width);
	});
	return `${[style.muted(truncate(header, options.width)), ...lines].join('\n')}\n`;
}

export function feedListJson(feeds: readonly FeedRow[]): {readonly schema: 'brief.feeds'; readonly version: 1; readonly feeds: readonly FeedRow[]} {
	return {schema: 'brief.feeds', version: 1, feeds: feeds.map(feed => ({name: feed.name, url: feed.url, lastFetch: feed.lastFetch, lastStatus: feed.lastStatus, lastError: feed.lastError}))};
}

function feedFailure(feed: FeedOutcome): string {
	return `${sanitizeLine(feed.name)} (${sanitizeLine(feed.error ?? 'failed')})`;
}

/** The one line a script gets on stderr: counts, and every failing feed by name. */
export function updateSummaryLine(outcome: UpdateOutcome): string {
	const feeds = outcome.feeds;
	const failed = feeds.filter(feed => feed.status === 'failed');
	const unchanged = feeds.filter(feed => feed.status === 'not-modified').length;
	const newArticles = feeds.reduce((sum, feed) => sum + feed.newArticles, 0);
	const duplicates = feeds.reduce((sum, feed) => sum + feed.duplicates, 0);
	const failedPages = feeds.reduce((sum, feed) => sum + feed.failedPages.length, 0);
	const waiting = feeds.reduce((sum, feed) => sum + feed.waiting, 0);
	const parts = [
		`updated ${plural(feeds.length, 'feed')}${unchanged > 0 ? ` (${unchanged} not modified)` : ''}: ${plural(newArticles, 'new article')}`,
		duplicates > 0 ? `${plural(duplicates, 'copy of a story', 'copies of stories')} already in the library` : '',
		failedPages > 0 ? `${plural(failedPages, 'page')} failed` : '',
		waiting > 0 ? `${plural(waiting, 'page')} left for the next update` : '',
		outcome.dataset.problems.length > 0 ? `${plural(outcome.dataset.problems.length, 'article')} the extractor could not read` : '',
		`the library holds ${plural(outcome.dataset.articles, 'article')}`,
	].filter(Boolean);
	const failures = failed.length > 0 ? `; ${plural(failed.length, 'feed')} failed: ${failed.map(feedFailure).join(', ')}` : '';
	return `${parts.join(', ')}${failures}`;
}

/** A line per feed, then every failed page, for a person at a terminal. */
export function formatUpdateReport(outcome: UpdateOutcome, options: TextOptions): string {
	const style = styleFor(options.colour);
	const nameWidth = Math.min(24, Math.max(4, ...outcome.feeds.map(feed => displayWidth(sanitizeLine(feed.name)))));
	const lines: string[] = [];
	for (const feed of outcome.feeds) {
		const name = fit(sanitizeLine(feed.name), nameWidth);
		if (feed.status === 'failed') lines.push(`${name}  ${style.warning(`failed: ${sanitizeLine(feed.error ?? '')}`)}`);
		else {
			const words = [
				feed.status === 'not-modified' ? 'not modified' : `${plural(feed.items, 'item')}`,
				feed.newArticles > 0 ? `${feed.newArticles} new` : '',
				feed.duplicates > 0 ? `${plural(feed.duplicates, 'copy', 'copies')}` : '',
				feed.waiting > 0 ? `${feed.waiting} for the next update` : '',
			].filter(Boolean);
			lines.push(`${name}  ${words.join(', ')}`);
		}

		for (const page of feed.failedPages) lines.push(`  ${style.warning('page failed:')} ${sanitizeLine(page.url)}: ${sanitizeLine(page.error)}`);
	}

	for (const problem of outcome.dataset.problems) lines.push(`  ${style.warning('not extracted:')} ${sanitizeLine(problem.articleId)}: ${sanitizeLine(problem.reason)}`);
	lines.push(updateSummaryLine(outcome));
	return `${lines.map(line => truncate(line, options.width)).join('\n')}\n`;
}

/** A line for each page or file `brief add` could not add. */
export interface AddedItem {
	readonly source: string;
	readonly outcome: 'new' | 'duplicate' | 'updated' | 'unchanged' | 'failed';
	readonly error: string | null;
	readonly articleId: string | null;
}

export function addSummaryLine(added: readonly AddedItem[], articles: number): string {
	const count = (outcome: AddedItem['outcome']) => added.filter(item => item.outcome === outcome).length;
	const parts = [
		`added ${plural(count('new'), 'article')}`,
		count('duplicate') > 0 ? `${plural(count('duplicate'), 'copy of a story', 'copies of stories')} already in the library` : '',
		count('updated') > 0 ? `${count('updated')} updated` : '',
		count('unchanged') > 0 ? `${count('unchanged')} unchanged` : '',
		count('failed') > 0 ? `${count('failed')} failed` : '',
		`the library holds ${plural(articles, 'article')}`,
	].filter(Boolean);
	return parts.join(', ');
}
