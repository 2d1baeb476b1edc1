import type {Dataset} from '../dataset/schema.js';
import {openStore, type BriefingStore} from '../dataset/store.js';
import {resolveCompanies, unknownCompanyMessage} from '../dataset/selectors/resolve-company.js';
import {existingLibraryDataset} from '../library/location.js';
import {bundledDatasetPath} from '../paths.js';
import {settingsDirectory} from '../settings/location.js';
import {SettingsError} from '../settings/settings-error.js';
import {readWatchlist} from '../settings/watchlist.js';
import {asLanguage, chooseLanguage, defaultUpDown, type Language, type UpDown} from '../text/language.js';
import {sanitizeLine} from '../text/sanitize.js';
import {closestWord, commandWords} from './arguments.js';
import {exitCodes, inBoth, UserError, type Io} from './io.js';

/**
 * `--data FILE`, else `BRIEF_DATA`, else the library's dataset once `brief update` or `brief add`
 * has written one, else the bundled data/briefing.json; relative to the working directory.
 */
export function datasetFile(data: string | undefined, io: Pick<Io, 'env'>): string {
	return data ?? (io.env['BRIEF_DATA'] || existingLibraryDataset(io.env) || bundledDatasetPath());
}

/**
 * Script mode reads each company once, in turn: garbage is collected every 4M characters of shards
 * read (at 10,000 articles, 16 collections of ~5 ms in a digest of every company, whose peak goes
 * from 200–290 MB to ~150 MB).
 */
const shardTextBetweenCollections = 4_000_000;

/** The data the commands read: the dataset file, through its index when it has a fresh one. Each company is read once: no shard is kept. */
export function openStoreFor(data: string | undefined, io: Pick<Io, 'env'>): BriefingStore {
	return openStore(datasetFile(data, io), {shardsKept: 0, collectGarbageEvery: shardTextBetweenCollections});
}

/** What the reader chose: the watchlist, the language and the colours of ▲▼. */
export interface ReaderSettings {
	readonly watchlist: readonly string[];
	readonly language: Language;
	readonly upDown: UpDown;
}

/** `--lang` checked: ja or en (any case), else a usage error. */
export function checkedLanguageFlag(flag: string | undefined): Language | undefined {
	if (flag === undefined) return undefined;
	const language = asLanguage(flag);
	if (!language) throw new UserError(inBoth(words => words.unknownLanguage(sanitizeLine(flag))));
	return language;
}

/**
 * The watchlist, language and up/down colours (see `chooseLanguage`: `--lang`, `BRIEF_LANG`, the
 * config's `lang`, the locale), reporting a corrupt or unreadable config on stderr (brief still goes on).
 */
export async function readerSettings(io: Pick<Io, 'env' | 'err'>, languageFlag?: string | undefined): Promise<ReaderSettings> {
	const flag = checkedLanguageFlag(languageFlag);
	const {ids, notice, preferences} = await readWatchlist(settingsDirectory(io.env));
	const language = chooseLanguage({flag, setting: preferences.lang, env: io.env});
	if (notice) io.err(`brief: ${notice[language]}\n`);
	return {watchlist: ids, language, upDown: preferences.updown ?? defaultUpDown(language)};
}

/** The watchlist's ids, reporting a corrupt or unreadable file on stderr (brief still goes on). */
export async function watchlistIds(io: Pick<Io, 'env' | 'err'>): Promise<readonly string[]> {
	return (await readerSettings(io)).watchlist;
}

/**
 * Company ids for the names asked; an unknown name is a usage error listing the closest names. A
 * first word that is no company but close to a command (`brief wacth add aws`) was a command mistyped.
 */
export function companyIdsFor(dataset: Dataset, names: readonly string[]): string[] {
	const {companies, unknown} = resolveCompanies(dataset, names);
	const first = unknown[0]?.query === names[0] ? names[0] : undefined;
	const command = first === undefined ? undefined : closestWord(first, commandWords);
	if (first !== undefined && command !== undefined)
		throw new UserError(
			inBoth(words => words.unknownCommand(sanitizeLine(first), command)),
			exitCodes.usage,
		);
	if (unknown.length > 0)
		throw new UserError(
			inBoth((_words, language) => unknown.map(item => unknownCompanyMessage(item, language)).join('; ')),
			exitCodes.usage,
		);
	return companies.map(company => company.id);
}

/** The companies a briefing or digest covers: the watchlist's (those in this dataset), else every company. */
export function defaultCompanyIds(dataset: Dataset, watchlist: readonly string[]): {readonly ids: readonly string[]; readonly fromWatchlist: boolean} {
	const known = new Set(dataset.companies.map(company => company.id));
	const watched = watchlist.filter(id => known.has(id));
	return watched.length > 0 ? {ids: watched, fromWatchlist: true} : {ids: [], fromWatchlist: false};
}

/** Settings that cannot be saved are reported like bad data: one line, exit 2. */
export function settingsFailure(error: unknown): never {
	if (error instanceof SettingsError) throw new UserError(error.texts, exitCodes.data);
	throw error;
}
