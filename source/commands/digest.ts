import {selectCompanyBriefing} from '../dataset/selectors/company-briefing.js';
import {digestInParts} from '../dataset/selectors/digest.js';
import {digestJsonPieces, digestNdjsonPieces, digestTextPieces} from '../print/digest-output.js';
import {markDigestRead, readDigestCursor} from '../settings/digest-cursor.js';
import {settingsDirectory} from '../settings/location.js';
import {messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {inBoth, UserError, writePieces, type Io} from './io.js';
import {outputOptions} from './output-options.js';
import type {BriefingFlags} from './briefing.js';
import {defaultCompanyIds, openStoreFor, settingsFailure, readerSettings} from './script-context.js';

export interface DigestFlags extends BriefingFlags {
	readonly markRead?: boolean | undefined;
}

/**
 * `brief digest`: the articles, events and figures of the watchlist companies (every company when
 * the watchlist is empty) not shown by an earlier digest marked read. Only `--mark-read` moves the cursor.
 */
export async function runDigest(options: {readonly arguments: readonly string[]; readonly flags: DigestFlags}, io: Io): Promise<number> {
	const argument = options.arguments[0];
	if (argument !== undefined) throw new UserError(inBoth(words => words.digestTakesNoArguments(sanitizeLine(argument))));
	const output = outputOptions(options.flags, io);
	const store = openStoreFor(options.flags.data, io);
	const {watchlist, language, upDown} = await readerSettings(io, options.flags.lang);
	const words = messages(language);
	const directory = settingsDirectory(io.env);
	const cursor = await readDigestCursor(directory);
	if (cursor.notice) io.err(`brief: ${cursor.notice[language]}\n`);
	const covered = defaultCompanyIds(store.directory, watchlist);
	if (!covered.fromWatchlist) io.err(`brief: ${words.digestEveryCompany}\n`);
	const ids = covered.fromWatchlist ? covered.ids : store.order(watchlist);
	// A company at a time, as the briefing is: memory holds one company's data, not every company's.
	const digest = digestInParts(ids, id => selectCompanyBriefing(store.datasetFor([id]), id, watchlist), cursor.seen, {recordShown: options.flags.markRead === true});
	const names = covered.fromWatchlist ? ids.map(id => sanitizeLine(store.directory.companies.find(company => company.id === id)?.name ?? id)) : [words.everyCompany];
	await writePieces(io, output.format === 'json' ? digestJsonPieces(digest) : output.format === 'ndjson' ? digestNdjsonPieces(digest) : digestTextPieces(digest, names, {...output, language, upDown}));
	if (options.flags.markRead) {
		// The whole digest written, or nothing marked: a reader that stopped early (`| head`) before all
		// of it could be written ends the process before this (see --help).
		await io.flushed?.();
		const shown = digest.shown();
		const count = shown.articles.length + shown.events.length + shown.figures.length;
		const {notice} = await markDigestRead(directory, shown).catch(settingsFailure);
		if (notice) io.err(`brief: ${notice[language]}\n`);
		io.err(`${count === 0 ? words.nothingToMarkRead : words.markedItemsRead(count)}\n`);
	}

	return 0;
}
