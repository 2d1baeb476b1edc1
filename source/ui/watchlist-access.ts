import {readWatchlist, setWatched, settingsDirectory, SettingsError} from '../settings/index.js';

/** The watchlist as the TUI uses it: read once at start, each toggle saved in order. */
export interface WatchlistAccess {
	readonly ids: readonly string[];
	/** A one-line problem found when reading (a corrupt file moved aside, an unreadable one), for the status bar. */
	readonly problem: string | undefined;
	/** Saves one toggle after the ones before it; resolves to a one-line problem when it could not. */
	readonly save: (companyId: string, watched: boolean) => Promise<string | undefined>;
	/** Resolves when every save has finished: quitting waits for it, so no toggle is lost. */
	readonly settled: () => Promise<void>;
}

export async function openWatchlist(env: Readonly<Record<string, string | undefined>>): Promise<WatchlistAccess> {
	const directory = settingsDirectory(env);
	const {ids, notice} = await readWatchlist(directory);
	// Toggles are saved one after another: `w w` must end with the company out, as the screen shows.
	let queue: Promise<unknown> = Promise.resolve();
	return {
		ids,
		problem: notice,
		save(companyId, watched) {
			const saved = queue.then(
				async () => {
					const change = await setWatched(directory, companyId, watched);
					return change.notice;
				},
				() => undefined,
			);
			const result = saved.catch((error: unknown) => {
				if (error instanceof SettingsError) return error.message;
				return `watchlist not saved: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
			});
			queue = result;
			return result;
		},
		settled: async () => {
			await queue;
		},
	};
}
