import {addFeed, listFeeds, removeFeed} from '../library/feeds.js';
import {openDatabase} from '../library/database.js';
import {FetchError, webAddress} from '../library/fetch/http.js';
import {libraryDatabaseFile, libraryDirectory} from '../library/location.js';
import {feedListJson, formatFeedList} from '../print/library-text.js';
import {sanitizeLine} from '../text/sanitize.js';
import {exitCodes, UserError, type Io} from './io.js';
import {libraryFailure} from './library-context.js';
import {outputOptions, type OutputFlags} from './output-options.js';

export interface FeedFlags extends OutputFlags {
	readonly name?: string | undefined;
}

const usage = 'brief feed add <url> [--name NAME] | brief feed list | brief feed rm <name|url>';

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
		if (rest.length !== 1) throw new UserError(`feed add takes one address (${usage})`);
		let url;
		try {
			url = webAddress(rest[0]!);
		} catch (error) {
			if (error instanceof FetchError) throw new UserError(`${error.message} (${usage})`);
			throw error;
		}

		const database = openLibrary(io);
		try {
			const feed = addFeed(database, url, options.flags.name, new Date().toISOString());
			io.err(`following ${sanitizeLine(feed.name)} (${sanitizeLine(feed.url)}); \`brief update\` fetches it\n`);
			return exitCodes.ok;
		} catch (error) {
			return libraryFailure(error);
		} finally {
			database.close();
		}
	}

	if (action === 'list') {
		if (rest.length > 0) throw new UserError(`feed list takes no arguments, got '${sanitizeLine(rest[0]!)}'`);
		const output = outputOptions(options.flags, io);
		const database = openLibrary(io);
		try {
			const feeds = listFeeds(database);
			if (output.format === 'json') io.out(`${JSON.stringify(feedListJson(feeds), null, 2)}\n`);
			else if (output.format === 'ndjson') io.out(feeds.map(feed => `${JSON.stringify({type: 'feed', ...feedListJson([feed]).feeds[0]})}\n`).join(''));
			else if (feeds.length === 0) io.err('no feeds yet: brief feed add <url>\n');
			else io.out(formatFeedList(feeds, output));
			return exitCodes.ok;
		} finally {
			database.close();
		}
	}

	if (action === 'rm') {
		if (rest.length !== 1) throw new UserError(`feed rm takes one feed, by name or address (${usage})`);
		const database = openLibrary(io);
		try {
			const removed = removeFeed(database, rest[0]!);
			if (!removed) {
				const names = listFeeds(database).map(feed => sanitizeLine(feed.name));
				throw new UserError(`no feed named or at '${sanitizeLine(rest[0]!)}'${names.length > 0 ? ` (feeds: ${names.join(', ')})` : ''}`);
			}

			io.err(`stopped following ${sanitizeLine(removed.name)}; its articles stay in the library\n`);
			return exitCodes.ok;
		} finally {
			database.close();
		}
	}

	throw new UserError(action === undefined ? `feed needs add, list or rm (${usage})` : `unknown feed action '${sanitizeLine(action)}' (${usage})`);
}
