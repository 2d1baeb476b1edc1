import type {LockHolder} from '../library/lock.js';
import {updateLibrary, type UpdateProgress} from '../library/update.js';
import {formatUpdateReport, updateSummaryLine} from '../print/library-text.js';
import {messages, type Messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {exitCodes, inBoth, UserError, type Io} from './io.js';
import {libraryContext, libraryFailure, libraryViews} from './library-context.js';
import {outputOptions, type OutputFlags} from './output-options.js';
import {readerSettings} from './script-context.js';

export interface UpdateFlags extends OutputFlags {
	readonly jobs?: number | undefined;
	readonly lang?: string | undefined;
}

/** "feeds 3/20 · pages 120/400 · 97 new · 2 failed" on one rewritten stderr line, at most ten times a second. */
function progressLine(io: Io, words: Messages) {
	let shown = 0;
	let written = false;
	return {
		update(progress: UpdateProgress) {
			const now = Date.now();
			if (now - shown < 100) return;
			shown = now;
			const extracting = progress.extracting ? words.extractingProgress(progress.extracting.done, progress.extracting.total) : '';
			io.err(`\r\u001B[2K${words.updateProgress(progress.feedsDone, progress.feeds, progress.pagesDone, progress.pages, progress.newArticles, progress.failures)}${extracting}`);
			written = true;
		},
		finish() {
			if (written) io.err('\r\u001B[2K');
		},
	};
}

/** Said when another update holds the library: this one waits for it. */
export function waitingNotice(io: Io, words: Messages) {
	return (holder: LockHolder) => io.err(`${words.waitingForUpdate(holder.pid, holder.started.slice(11, 19))}\n`);
}

/**
 * `brief update`: fetches every feed and its new pages into the library, then rebuilds the
 * dataset `brief` reads. A terminal sees progress and a line per feed; a script one summary line on
 * stderr; `--json` a result per feed on stdout. Exit 2 when a feed failed (the others are in).
 */
export async function runUpdate(options: {readonly arguments: readonly string[]; readonly flags: UpdateFlags; readonly version: string}, io: Io): Promise<number> {
	const argument = options.arguments[0];
	if (argument !== undefined) throw new UserError(inBoth(words => words.updateTakesNoArguments(sanitizeLine(argument))));
	const output = outputOptions(options.flags, io);
	const {language} = await readerSettings(io, options.flags.lang);
	const words = messages(language);
	const context = libraryContext(io, options.version, options.flags.jobs);
	const progress = io.stderrIsTTY ? progressLine(io, words) : undefined;
	let result;
	try {
		result = await updateLibrary({...context, views: libraryViews, onProgress: progress?.update, lock: {intervalMs: 250, onWaiting: waitingNotice(io, words)}});
	} catch (error) {
		return libraryFailure(error);
	} finally {
		progress?.finish();
		await context.pool.close();
	}

	if (result.feeds.length === 0) io.err(`${words.noFeedsToUpdate}\n`);
	if (output.format === 'json') io.out(`${JSON.stringify({schema: 'brief.update', version: 1, feeds: result.feeds, dataset: result.dataset}, null, 2)}\n`);
	else if (output.format === 'ndjson') io.out(result.feeds.map(feed => `${JSON.stringify({type: 'feed', ...feed})}\n`).join(''));
	if (result.feeds.length > 0) io.err(io.stderrIsTTY && output.format === 'text' ? formatUpdateReport(result, {width: io.columns ?? 80, colour: output.colour, language}) : `${updateSummaryLine(result, language)}\n`);
	return result.feeds.some(feed => feed.status === 'failed') ? exitCodes.data : exitCodes.ok;
}
