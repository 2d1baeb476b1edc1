import {inBoth, type Bilingual} from '../text/bilingual.js';
import {asLanguage, asUpDown, type Language, type UpDown} from '../text/language.js';
import {readStoreFile, settingsFile, updateStoreFile, type StoreShape} from './store-file.js';

/** The watchlist as read from the config dir. */
export interface WatchlistState {
	/** Company ids, in the order they were added. */
	readonly ids: readonly string[];
	/** The file it lives in: `<config dir>/config.json`. */
	readonly file: string;
	/** One line to show the user when the file was corrupt (and moved aside) or unreadable. */
	readonly notice: Bilingual | undefined;
	/** The language and up/down colours chosen with `brief config set`, kept beside the watchlist. */
	readonly preferences: Preferences;
}

/** What `addToWatchlist` / `removeFromWatchlist` did. */
export interface WatchlistChange {
	/** The watchlist after the change. */
	readonly ids: readonly string[];
	/** Ids that were added or removed by this call. */
	readonly changed: readonly string[];
	/** Ids that were already in (add) or already out of (remove) the watchlist. */
	readonly unchanged: readonly string[];
	readonly file: string;
	readonly notice: Bilingual | undefined;
}

interface ConfigFile extends Record<string, unknown> {
	readonly watchlist: readonly string[];
}

const what = inBoth(words => words.watchlist);

/** The config file brief and conf share; other keys in it are kept as they are. */
export function watchlistFile(directory: string): string {
	return settingsFile(directory, 'config.json');
}

/** The settings kept with the watchlist: `lang` and `updown`; a value brief does not know is left out. */
export interface Preferences {
	readonly lang?: Language | undefined;
	readonly updown?: UpDown | undefined;
}

function preferencesOf(config: Record<string, unknown>): Preferences {
	const lang = typeof config['lang'] === 'string' ? asLanguage(config['lang']) : undefined;
	const updown = typeof config['updown'] === 'string' ? asUpDown(config['updown']) : undefined;
	return {lang, updown};
}

export const configShape: StoreShape<ConfigFile> = json => {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
	const {watchlist} = json as Record<string, unknown>;
	if (watchlist === undefined) return {...json, watchlist: []};
	if (!Array.isArray(watchlist) || !watchlist.every(id => typeof id === 'string')) return undefined;
	return {...json, watchlist: watchlist as string[]};
};

/** Reads the watchlist without writing anything (a corrupt file is moved aside and reported). */
export async function readWatchlist(directory: string): Promise<WatchlistState> {
	const file = watchlistFile(directory);
	const {value, notice} = await readStoreFile(file, configShape, {watchlist: []}, what);
	return {ids: [...new Set(value.watchlist)], file, notice, preferences: preferencesOf(value)};
}

async function changeWatchlist(directory: string, ids: readonly string[], add: boolean): Promise<WatchlistChange> {
	const file = watchlistFile(directory);
	const {result, notice} = await updateStoreFile(file, configShape, {watchlist: []}, what, current => {
		const next = [...new Set(current.watchlist)];
		const changed: string[] = [];
		const unchanged: string[] = [];
		for (const id of new Set(ids)) {
			const present = next.includes(id);
			if (present === add) {
				unchanged.push(id);
				continue;
			}

			changed.push(id);
			if (add) next.push(id);
			else next.splice(next.indexOf(id), 1);
		}

		return {next: {...current, watchlist: next}, result: {ids: next, changed, unchanged}};
	});
	return {...result, file, notice};
}

/** Adds company ids under the lock, re-reading the file first, so concurrent adds all survive. */
export async function addToWatchlist(directory: string, ids: readonly string[]): Promise<WatchlistChange> {
	return changeWatchlist(directory, ids, true);
}

export async function removeFromWatchlist(directory: string, ids: readonly string[]): Promise<WatchlistChange> {
	return changeWatchlist(directory, ids, false);
}

/** For a toggle key: adds or removes one company. */
export async function setWatched(directory: string, id: string, watched: boolean): Promise<WatchlistChange> {
	return changeWatchlist(directory, [id], watched);
}

/** Sets one of the preferences (`lang`, `updown`) under the lock, keeping the watchlist and every other key. */
export async function setPreference<Key extends keyof Preferences>(directory: string, key: Key, value: NonNullable<Preferences[Key]>): Promise<{readonly file: string; readonly notice: Bilingual | undefined}> {
	const file = watchlistFile(directory);
	const {notice} = await updateStoreFile(file, configShape, {watchlist: []}, what, current => ({next: {...current, [key]: value}, result: undefined}));
	return {file, notice};
}
