// Until the shared settings module lands: an in-memory watchlist with the same shape.
export interface WatchlistAccess {
	readonly ids: readonly string[];
	/** A one-line problem found when reading (a corrupt file moved aside...), for the status bar. */
	readonly problem: string | undefined;
	readonly save: (companyId: string, watched: boolean) => string | undefined;
}

export function openWatchlist(_env: Readonly<Record<string, string | undefined>>): WatchlistAccess {
	return {ids: [], problem: undefined, save: () => undefined};
}
