import {selectCompanyBriefing, type CompanyBriefing} from '../dataset/selectors/company-briefing.js';
import {formatBriefingJson, formatBriefingNdjson} from '../print/briefing-json.js';
import {writeBriefingText} from '../print/briefing-text.js';
import type {Io} from './io.js';
import {outputOptions, type OutputFlags} from './output-options.js';
import {companyIdsFor, defaultCompanyIds, openStoreFor, watchlistIds} from './script-context.js';

export interface BriefingFlags extends OutputFlags {
	readonly data?: string | undefined;
}

export interface BriefingOptions {
	/** Names of the companies asked for; none means the watchlist, or every company when it is empty. */
	readonly companies: readonly string[];
	readonly flags: BriefingFlags;
}

/** `brief` in script mode: the briefing as plain text, JSON or NDJSON on stdout. */
export async function runBriefing(options: BriefingOptions, io: Io): Promise<number> {
	const output = outputOptions(options.flags, io);
	const store = openStoreFor(options.flags.data, io);
	const watchlist = await watchlistIds(io);
	let ids: readonly string[];
	if (options.companies.length > 0) ids = companyIdsFor(store.directory, options.companies);
	else {
		const fromWatchlist = defaultCompanyIds(store.directory, watchlist);
		ids = fromWatchlist.fromWatchlist ? fromWatchlist.ids : store.order(watchlist);
	}

	const dataset = store.datasetFor(ids);
	const briefings = ids.flatMap(id => selectCompanyBriefing(dataset, id, watchlist) ?? ([] as CompanyBriefing[]));
	if (output.format === 'json') io.out(formatBriefingJson(briefings));
	else if (output.format === 'ndjson') io.out(formatBriefingNdjson(briefings));
	// Written as it is made: the largest briefings run to tens of thousands of lines.
	else writeBriefingText(briefings, output, io.out);
	return 0;
}
