import {formatCompanyListCsv} from '../print/csv.js';
import {formatCompanyList, formatCompanyListJson} from '../print/company-list.js';
import {inBoth, UserError, type Io} from './io.js';
import {outputOptions} from './output-options.js';
import type {BriefingFlags} from './briefing.js';
import {openStoreFor, readerSettings} from './script-context.js';
import {sanitizeLine} from '../text/sanitize.js';

/** `brief list`: every company with its article count, plain or `--json`. */
export async function runList(options: {readonly arguments: readonly string[]; readonly flags: BriefingFlags}, io: Io): Promise<number> {
	const argument = options.arguments[0];
	if (argument !== undefined) throw new UserError(inBoth(words => words.listTakesNoArguments(sanitizeLine(argument))));
	const output = outputOptions(options.flags, io);
	const {watchlist, language} = await readerSettings(io, options.flags.lang);
	const rows = openStoreFor(options.flags.data, io).rows(watchlist);
	if (output.format === 'json') io.out(formatCompanyListJson(rows));
	else if (output.format === 'csv') io.out(formatCompanyListCsv(rows));
	else if (output.format === 'ndjson')
		io.out(rows.map(row => `${JSON.stringify({type: 'company', id: row.id, name: row.name, ticker: row.ticker, japaneseName: row.japaneseName, articleCount: row.articleCount, watched: row.watched})}\n`).join(''));
	else io.out(formatCompanyList(rows, {...output, language}));
	return 0;
}
