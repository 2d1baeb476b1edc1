import {addToLibrary, isWebAddressArgument} from '../library/add.js';
import {FetchError, webAddress} from '../library/fetch/http.js';
import {addSummaryLine} from '../print/library-text.js';
import {messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {exitCodes, inBoth, UserError, type Io} from './io.js';
import {libraryContext, libraryFailure, libraryViews} from './library-context.js';
import {outputOptions} from './output-options.js';
import {readerSettings} from './script-context.js';
import {waitingNotice, type UpdateFlags} from './update.js';

/**
 * `brief add <url|file|folder>...`: pages and clipped files into the library, then the dataset
 * rebuilt. Each that cannot be added is named on stderr; exit 2 when any could not be.
 */
export async function runAdd(options: {readonly arguments: readonly string[]; readonly flags: UpdateFlags; readonly version: string}, io: Io): Promise<number> {
	if (options.arguments.length === 0) throw new UserError(inBoth(words => words.addNeedsSource(words.addUsage)));
	// A mistyped address is a usage error before anything is fetched or stored.
	for (const source of options.arguments.filter(argument => isWebAddressArgument(argument))) {
		try {
			webAddress(source);
		} catch (error) {
			if (error instanceof FetchError) throw new UserError(inBoth((words, language) => words.withUsage(error.messageIn(language), words.addUsage)));
			throw error;
		}
	}

	const output = outputOptions(options.flags, io);
	const {language} = await readerSettings(io, options.flags.lang);
	const words = messages(language);
	const context = libraryContext(io, options.version, options.flags.jobs);
	let result;
	try {
		result = await addToLibrary({...context, sources: options.arguments, cwd: io.cwd, views: libraryViews, lock: {intervalMs: 250, onWaiting: waitingNotice(io, words)}});
	} catch (error) {
		return libraryFailure(error);
	} finally {
		await context.pool.close();
	}

	for (const item of result.added) if (item.outcome === 'failed') io.err(`brief: ${words.cannotAdd(sanitizeLine(item.source), sanitizeLine(item.error ?? words.unknownError))}\n`);
	if (output.format === 'json') io.out(`${JSON.stringify({schema: 'brief.add', version: 1, added: result.added, dataset: result.dataset}, null, 2)}\n`);
	io.err(`${addSummaryLine(result.added, result.dataset.articles, language)}\n`);
	return result.added.some(item => item.outcome === 'failed') ? exitCodes.data : exitCodes.ok;
}
