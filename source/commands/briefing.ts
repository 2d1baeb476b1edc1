import {selectCompanyBriefing, type CompanyBriefing} from '../dataset/selectors/company-briefing.js';
import type {Dataset} from '../dataset/schema.js';
import type {BriefingStore} from '../dataset/store.js';
import {briefingJsonPieces, briefingNdjsonPieces} from '../print/briefing-json.js';
import {briefingTextPieces} from '../print/briefing-text.js';
import {figuresCsvPieces} from '../print/csv.js';
import {plainBriefing, type PlainBriefing} from '../print/plain-briefing.js';
import {plainViews} from '../print/plain-view.js';
import type {Language} from '../text/language.js';
import {messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {writePieces, type Io} from './io.js';
import {outputOptions, type OutputFlags} from './output-options.js';
import {companyIdsFor, defaultCompanyIds, openStoreFor, readerSettings} from './script-context.js';

export interface BriefingFlags extends OutputFlags {
	readonly data?: string | undefined;
	/** Each source's quote in the text briefing. */
	readonly quotes?: boolean | undefined;
	/** Every company when none is named, even with a watchlist. */
	readonly all?: boolean | undefined;
	/** `--lang ja|en`. */
	readonly lang?: string | undefined;
}

export interface BriefingOptions {
	/** Names of the companies asked for; none means the watchlist (every company with `--all`, or when it is empty). */
	readonly companies: readonly string[];
	readonly flags: BriefingFlags;
}

/** `brief` in script mode: the briefing as plain text, JSON or NDJSON on stdout. */
export async function runBriefing(options: BriefingOptions, io: Io): Promise<number> {
	const output = outputOptions(options.flags, io);
	const store = openStoreFor(options.flags.data, io);
	const {watchlist, language, upDown} = await readerSettings(io, options.flags.lang);
	const words = messages(language);
	let ids: readonly string[];
	if (options.companies.length > 0) ids = companyIdsFor(store.directory, options.companies);
	else {
		const fromWatchlist = options.flags.all ? {ids: [], fromWatchlist: false} : defaultCompanyIds(store.directory, watchlist);
		ids = fromWatchlist.fromWatchlist ? fromWatchlist.ids : store.order(watchlist);
		// Said whatever the format: a briefing of fewer companies than the dataset has should never surprise.
		if (fromWatchlist.fromWatchlist) io.err(`brief: ${words.showingWatchlist(watchlistNames(store.directory, ids, language))}\n`);
	}

	// A company at a time, each written as it is made: a briefing of every company of 10,000 articles
	// runs to 400,000 lines, and memory holds one company's data rather than all of it. The first is
	// read before anything is written, so that data that cannot be read leaves stdout empty (and JSON
	// is never begun for nothing); a company further on that cannot be read ends the output there.
	const briefingOf = (id: string) => selectCompanyBriefing(store.datasetFor([id]), id, watchlist);
	// Said to a person at a terminal only: a script's stderr is no place for advice.
	const plainView = plainViews[language];
	if (output.format === 'text' && io.stderrIsTTY && store.viewMadeBy(plainView) === 'other code') {
		io.err(`brief: ${words.indexedByOther(sanitizeLine(store.file))}\n`);
	}

	const pieces =
		output.format === 'json'
			? briefingJsonPieces(firstReadFirst(ids, briefingOf))
			: output.format === 'ndjson'
				? briefingNdjsonPieces(firstReadFirst(ids, briefingOf))
				: output.format === 'csv'
					? figuresCsvPieces(firstReadFirst(ids, briefingOf))
					: briefingTextPieces(firstReadFirst(ids, plainBriefingOf(store, watchlist, briefingOf, language)), {...output, quotes: options.flags.quotes === true, language, upDown});
	await writePieces(io, pieces);
	return 0;
}

function watchlistNames(directory: Dataset, ids: readonly string[], language: Language): string {
	const words = messages(language);
	const names = ids.map(id => sanitizeLine(directory.companies.find(company => company.id === id)?.name ?? id));
	return names.length > 5 ? words.andMore(names.slice(0, 5).join(words.listSeparator), names.length - 5) : names.join(words.listSeparator);
}

/** What `read` gives for each id, the first read now (before anything is written), the others as they are asked for. */
function firstReadFirst<Item>(ids: readonly string[], read: (id: string) => Item | undefined): Iterable<Item> {
	const first = ids[0] === undefined ? undefined : read(ids[0]);
	return (function* () {
		if (first) yield first;
		for (const id of ids.slice(1)) {
			const item = read(id);
			if (item) yield item;
		}
	})();
}

/** A company's plain briefing: as `brief extract` stored it when it can be used, else made now. */
function plainBriefingOf(store: BriefingStore, watchlist: readonly string[], briefingOf: (id: string) => CompanyBriefing | undefined, language: Language) {
	const watched = new Set(watchlist);
	return (id: string): PlainBriefing | undefined => {
		const stored = store.view(plainViews[language], id);
		if (stored) return {...stored, header: {...stored.header, watched: watched.has(id)}};
		const briefing = briefingOf(id);
		return briefing && plainBriefing(briefing, language);
	};
}
