import {formatCompanyListCsv} from '../print/csv.js';
import {formatCompanyList, formatCompanyListJson} from '../print/company-list.js';
import {UserError, type Io} from './io.js';
import {outputOptions} from './output-options.js';
import type {BriefingFlags} from './briefing.js';
import {openStoreFor, watchlistIds} from './script-context.js';

/** `brief list`: every company with its article count, plain or `--json`. */
export async function runList(options: {readonly arguments: readonly string[]; readonly flags: BriefingFlags}, io: Io): Promise<number> {
	if (options.arguments.length > 0) throw new UserError(`list takes no arguments, got '${options.arguments[0]}' (to see a company: brief <company>)`);
	const output = outputOptions(options.flags, io);
	const rows = openStoreFor(options.flags.data, io).rows(await watchlistIds(io));
	if (output.format === 'json') io.out(formatCompanyListJson(rows));
	else if (output.format === 'csv') io.out(formatCompanyListCsv(rows));
	else if (output.format === 'ndjson') io.out(rows.map(row => `${JSON.stringify({type: 'company', id: row.id, name: row.name, ticker: row.ticker, japaneseName: row.japaneseName, articleCount: row.articleCount, watched: row.watched})}\n`).join(''));
	else io.out(formatCompanyList(rows, output));
	return 0;
}
