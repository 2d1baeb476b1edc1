import {DatasetError} from '../dataset/load.js';
import type {Dataset} from '../dataset/schema.js';
import {findCompany, resolveCompanies, unknownCompanyMessage} from '../dataset/selectors/resolve-company.js';
import {sanitizeLine} from '../text/sanitize.js';
import {settingsDirectory} from '../settings/location.js';
import {addToWatchlist, readWatchlist, removeFromWatchlist} from '../settings/watchlist.js';
import {closestWord} from './arguments.js';
import {UserError, type Io} from './io.js';
import {outputOptions} from './output-options.js';
import type {BriefingFlags} from './briefing.js';
import {openStoreFor, settingsFailure} from './script-context.js';

const usage = 'brief watch add|rm|list [company...]';

function describe(dataset: Dataset | undefined, id: string): string {
	const company = dataset?.companies.find(candidate => candidate.id === id);
	const safeId = sanitizeLine(id);
	if (!company) return safeId;
	return `${sanitizeLine(company.name)}${company.ticker ? ` (${sanitizeLine(company.ticker)})` : ''}`;
}

function idsToChange(dataset: Dataset, names: readonly string[], watched: readonly string[], removing: boolean): string[] {
	const ids: string[] = [];
	const unknown = [];
	for (const name of names) {
		const company = findCompany(dataset, name);
		if (company) ids.push(company.id);
		// A watched id from another dataset can still be removed by its id.
		else if (removing && watched.includes(name)) ids.push(name);
		else unknown.push(...resolveCompanies(dataset, [name]).unknown);
	}

	if (unknown.length > 0) throw new UserError(`${unknown.map(item => unknownCompanyMessage(item)).join('; ')}; the watchlist was not changed`);
	return ids;
}

async function list(flags: BriefingFlags, io: Io): Promise<number> {
	const output = outputOptions(flags, io);
	const {ids, notice} = await readWatchlist(settingsDirectory(io.env));
	if (notice) io.err(`brief: ${notice}\n`);
	let dataset: Dataset | undefined;
	try {
		dataset = openStoreFor(flags.data, io).directory;
	} catch (error) {
		// The watchlist is still worth showing by id when the dataset cannot be read.
		if (!(error instanceof DatasetError)) throw error;
		io.err(`brief: ${sanitizeLine(error.message)}\n`);
	}

	if (output.format === 'json') {
		const companies = ids.map(id => {
			const company = dataset?.companies.find(candidate => candidate.id === id);
			return {id: sanitizeLine(id), name: company ? sanitizeLine(company.name) : null, ticker: company?.ticker ? sanitizeLine(company.ticker) : null, inDataset: company !== undefined};
		});
		io.out(`${JSON.stringify({schema: 'brief.watchlist', version: 1, companies}, null, 2)}\n`);
		return 0;
	}

	if (ids.length === 0) {
		io.err('the watchlist is empty; add companies with: brief watch add <company>\n');
		return 0;
	}

	for (const id of ids) {
		const known = dataset?.companies.some(candidate => candidate.id === id) ?? true;
		io.out(`${sanitizeLine(id)}\t${describe(dataset, id)}${known ? '' : '\t(not in this dataset)'}\n`);
	}

	return 0;
}

/** `brief watch add|rm|list`: edits the watchlist the TUI shares, and says what it did on stderr. */
export async function runWatch(options: {readonly arguments: readonly string[]; readonly flags: BriefingFlags}, io: Io): Promise<number> {
	const [action, ...names] = options.arguments;
	if (action === 'list' || action === 'ls') {
		if (names.length > 0) throw new UserError(`watch list takes no company names (${usage})`);
		return list(options.flags, io);
	}

	const removing = action === 'rm' || action === 'remove';
	if (action !== 'add' && !removing) {
		if (action === undefined) throw new UserError(`watch needs add, rm or list (${usage})`);
		const meant = closestWord(action, ['add', 'rm', 'remove', 'list', 'ls']);
		throw new UserError(`unknown watch action '${sanitizeLine(action)}'${meant ? ` (did you mean \`brief watch ${meant}\`?)` : ''} (${usage})`);
	}

	if (names.length === 0) throw new UserError(`watch ${action} needs at least one company (${usage})`);
	const dataset = openStoreFor(options.flags.data, io).directory;
	const directory = settingsDirectory(io.env);
	const current = removing ? (await readWatchlist(directory)).ids : [];
	const ids = idsToChange(dataset, names, current, removing);
	const change = await (removing ? removeFromWatchlist(directory, ids) : addToWatchlist(directory, ids)).catch(settingsFailure);
	if (change.notice) io.err(`brief: ${change.notice}\n`);
	const changed = change.changed.map(id => describe(dataset, id));
	const unchanged = change.unchanged.map(id => describe(dataset, id));
	if (changed.length > 0) io.err(`${removing ? 'removed' : 'added'} ${changed.join(', ')} ${removing ? 'from' : 'to'} the watchlist\n`);
	if (unchanged.length > 0) io.err(`${unchanged.join(', ')} ${unchanged.length === 1 ? 'was' : 'were'} ${removing ? 'not in' : 'already in'} the watchlist\n`);
	io.err(`watchlist: ${change.ids.length === 0 ? '(empty)' : change.ids.map(id => describe(dataset, id)).join(', ')}\n`);
	return 0;
}
