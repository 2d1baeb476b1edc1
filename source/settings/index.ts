// The user's state: the only code that touches the config directory.
export {settingsDirectory} from './location.js';
export {SettingsError} from './settings-error.js';
export {addToWatchlist, readWatchlist, removeFromWatchlist, setPreference, setWatched, watchlistFile, type Preferences, type WatchlistChange, type WatchlistState} from './watchlist.js';
export {digestCursorFile, markDigestRead, readDigestCursor, type DigestCursorState, type SeenItems} from './digest-cursor.js';
export {readVisits, recordVisit, visitsFile} from './visits.js';
