import {DatasetError} from '../dataset/load.js';
import type {Dataset} from '../dataset/schema.js';
import {findCompany, resolveCompanies, unknownCompanyMessage, type UnknownCompany} from '../dataset/selectors/resolve-company.js';
import {sanitizeLine} from '../text/sanitize.js';
import {settingsDirectory} from '../settings/location.js';
import {addToWatchlist, readWatchlist, removeFromWatchlist} from '../settings/watchlist.js';
import {closestWord} from './arguments.js';
import {inBoth, UserError, type Io} from './io.js';
import {outputOptions} from './output-options.js';
import type {BriefingFlags} from './briefing.js';
import {openStoreFor, readerSettings, settingsFailure} from './script-context.js';
import {messages} from '../text/messages.js';

function describe(dataset: Dataset | undefined, id: string): string {
	const company = dataset?.companies.find(candidate => candidate.id === id);
	const safeId = sanitizeLine(id);
	if (!company) return safeId;
	return `${sanitizeLine(company.name)}${company.ticker ? ` (${sanitizeLine(company.ticker)})` : ''}`;
}

function idsToChange(dataset: Dataset, names: readonly string[], watched: readonly string[], removing: boolean): string[] {
	const ids: string[] = [];
	const unknown: UnknownCompany[] = [];
	for (const name of names) {
		const company = findCompany(dataset, name);
		if (company) ids.push(company.id);
		// A watched id from another dataset can still be removed by its id.
		else if (removing && watched.includes(name)) ids.push(name);
		else unknown.push(...resolveCompanies(dataset, [name]).unknown);
	}

	if (unknown.length > 0) throw new UserError(inBoth((words, language) => words.watchlistNotChanged(unknown.map(item => unknownCompanyMessage(item, language)).join('; '))));
	return ids;
}

async function list(flags: BriefingFlags, io: Io): Promise<number> {
	const output = outputOptions(flags, io);
	const {watchlist: ids, language} = await readerSettings(io, flags.lang);
	const words = messages(language);
	let dataset: Dataset | undefined;
	try {
		dataset = openStoreFor(flags.data, io).directory;
	} catch (error) {
		// The watchlist is still worth showing by id when the dataset cannot be read.
		if (!(error instanceof DatasetError)) throw error;
		io.err(`brief: ${sanitizeLine(error.messageIn(language))}\n`);
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
		io.err(`${words.watchlistEmpty}\n`);
		return 0;
	}

	for (const id of ids) {
		const known = dataset?.companies.some(candidate => candidate.id === id) ?? true;
		io.out(`${sanitizeLine(id)}\t${describe(dataset, id)}${known ? '' : `\t${words.notInDataset}`}\n`);
	}

	return 0;
}

/** `brief watch add|rm|list`: edits the watchlist the TUI shares, and says what it did on stderr. */
export async function runWatch(options: {readonly arguments: readonly string[]; readonly flags: BriefingFlags}, io: Io): Promise<number> {
	const [action, ...names] = options.arguments;
	if (action === 'list' || action === 'ls') {
		if (names.length > 0) throw new UserError(inBoth(words => words.watchListTakesNoNames(words.watchUsage)));
		return list(options.flags, io);
	}

	const removing = action === 'rm' || action === 'remove';
	if (action !== 'add' && !removing) {
		if (action === undefined) throw new UserError(inBoth(words => words.watchNeedsAction(words.watchUsage)));
		const meant = closestWord(action, ['add', 'rm', 'remove', 'list', 'ls']);
		throw new UserError(inBoth(words => words.unknownWatchAction(sanitizeLine(action), meant === undefined ? words.watchUsage : `${words.didYouMean(`brief watch ${meant}`)}) (${words.watchUsage}`)));
	}

	if (names.length === 0) throw new UserError(inBoth(words => words.watchNeedsCompany(action, words.watchUsage)));
	const {language} = await readerSettings(io, options.flags.lang);
	const words = messages(language);
	const dataset = openStoreFor(options.flags.data, io).directory;
	const directory = settingsDirectory(io.env);
	const current = removing ? (await readWatchlist(directory)).ids : [];
	const ids = idsToChange(dataset, names, current, removing);
	const change = await (removing ? removeFromWatchlist(directory, ids) : addToWatchlist(directory, ids)).catch(settingsFailure);
	if (change.notice) io.err(`brief: ${change.notice[language]}\n`);
	const changed = change.changed.map(id => describe(dataset, id));
	const unchanged = change.unchanged.map(id => describe(dataset, id));
	if (changed.length > 0) io.err(`${removing ? words.watchRemovedNames(changed.join(words.listSeparator)) : words.watchAddedNames(changed.join(words.listSeparator))}\n`);
	if (unchanged.length > 0) io.err(`${removing ? words.watchNotIn(unchanged.join(words.listSeparator), unchanged.length) : words.watchAlreadyIn(unchanged.join(words.listSeparator), unchanged.length)}\n`);
	io.err(`${words.watchlistNow(change.ids.length === 0 ? words.empty : change.ids.map(id => describe(dataset, id)).join(words.listSeparator))}\n`);
	return 0;
}
