import {readWatchlist, setWatched, settingsDirectory, SettingsError, type Preferences} from '../settings/index.js';
import {inBoth, type Bilingual} from '../text/bilingual.js';
import {reasonOfError} from '../text/system-reasons.js';

/** The watchlist as the TUI uses it: read once at start, each toggle saved in order. */
export interface WatchlistAccess {
	readonly ids: readonly string[];
	/** The language and ▲▼ colours chosen with `brief config set`. */
	readonly preferences: Preferences;
	/** A one-line problem found when reading (a corrupt file moved aside, an unreadable one), for the status bar. */
	readonly problem: Bilingual | undefined;
	/** Saves one toggle after the ones before it; `saved` is false, with the reason, when it could not. */
	readonly save: (companyId: string, watched: boolean) => Promise<{readonly saved: boolean; readonly message?: Bilingual | undefined}>;
	/** Resolves when every save has finished: quitting waits for it, so no toggle is lost. */
	readonly settled: () => Promise<void>;
}

export async function openWatchlist(env: Readonly<Record<string, string | undefined>>): Promise<WatchlistAccess> {
	const directory = settingsDirectory(env);
	const {ids, notice, preferences} = await readWatchlist(directory);
	// Toggles are saved one after another: `w w` must end with the company out, as the screen shows.
	let queue: Promise<unknown> = Promise.resolve();
	return {
		ids,
		preferences,
		problem: notice,
		save(companyId, watched) {
			const result = queue
				.then(async () => {
					const change = await setWatched(directory, companyId, watched);
					return {saved: true, message: change.notice};
				})
				.catch((error: unknown) => {
					const reason = reasonOfError(error);
					return {saved: false, message: error instanceof SettingsError ? error.texts : inBoth((words, language) => words.cannotSave(words.watchlist, reason[language]))};
				});
			queue = result;
			return result;
		},
		settled: async () => {
			await queue;
		},
	};
}
