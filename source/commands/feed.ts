import {addFeed, listFeeds, removeFeed} from '../library/feeds.js';
import {openDatabase} from '../library/database.js';
import {FetchError, webAddress} from '../library/fetch/http.js';
import {libraryDatabaseFile, libraryDirectory} from '../library/location.js';
import {feedListJson, formatFeedList} from '../print/library-text.js';
import {messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {exitCodes, inBoth, UserError, type Io} from './io.js';
import {libraryFailure} from './library-context.js';
import {outputOptions, type OutputFlags} from './output-options.js';
import {readerSettings} from './script-context.js';

export interface FeedFlags extends OutputFlags {
	readonly name?: string | undefined;
	readonly lang?: string | undefined;
}

function openLibrary(io: Pick<Io, 'env'>) {
	const directory = libraryDirectory(io.env);
	try {
		return openDatabase(libraryDatabaseFile(directory), directory);
	} catch (error) {
		return libraryFailure(error);
	}
}

/** `brief feed add|list|rm`: the feeds `brief update` follows. Adding fetches nothing: that is update's work. */
export async function runFeed(options: {readonly arguments: readonly string[]; readonly flags: FeedFlags}, io: Io): Promise<number> {
	const [action, ...rest] = options.arguments;
	if (action === 'add') {
		if (rest.length !== 1) throw new UserError(inBoth(words => words.feedAddTakesOne(words.feedUsage)));
		let url;
		try {
			url = webAddress(rest[0]!);
		} catch (error) {
			if (error instanceof FetchError) throw new UserError(inBoth((words, language) => words.withUsage(error.messageIn(language), words.feedUsage)));
			throw error;
		}

		const words = messages((await readerSettings(io, options.flags.lang)).language);
		const database = openLibrary(io);
		try {
			const feed = addFeed(database, url, options.flags.name, new Date().toISOString());
			io.err(`${words.following(sanitizeLine(feed.name), sanitizeLine(feed.url))}\n`);
			return exitCodes.ok;
		} catch (error) {
			return libraryFailure(error);
		} finally {
			database.close();
		}
	}

	if (action === 'list') {
		if (rest.length > 0) throw new UserError(inBoth(words => words.feedListTakesNoArguments(sanitizeLine(rest[0]!))));
		const output = outputOptions(options.flags, io);
		const {language} = await readerSettings(io, options.flags.lang);
		const database = openLibrary(io);
		try {
			const feeds = listFeeds(database);
			if (output.format === 'json') io.out(`${JSON.stringify(feedListJson(feeds), null, 2)}\n`);
			else if (output.format === 'ndjson') io.out(feeds.map(feed => `${JSON.stringify({type: 'feed', ...feedListJson([feed]).feeds[0]})}\n`).join(''));
			else if (feeds.length === 0) io.err(`${messages(language).noFeedsYet}\n`);
			else io.out(formatFeedList(feeds, {...output, language}));
			return exitCodes.ok;
		} finally {
			database.close();
		}
	}

	if (action === 'rm') {
		if (rest.length !== 1) throw new UserError(inBoth(words => words.feedRmTakesOne(words.feedUsage)));
		const words = messages((await readerSettings(io, options.flags.lang)).language);
		const database = openLibrary(io);
		try {
			const removed = removeFeed(database, rest[0]!);
			if (!removed) {
				const names = listFeeds(database).map(feed => sanitizeLine(feed.name));
				throw new UserError(inBoth(all => all.noSuchFeed(sanitizeLine(rest[0]!), names.join(all.listSeparator))));
			}

			io.err(`${words.stoppedFollowing(sanitizeLine(removed.name))}\n`);
			return exitCodes.ok;
		} finally {
			database.close();
		}
	}

	throw new UserError(inBoth(words => (action === undefined ? words.feedNeedsAction(words.feedUsage) : words.unknownFeedAction(sanitizeLine(action), words.feedUsage))));
}
