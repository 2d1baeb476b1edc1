import {statSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';

/**
 * Where the library lives: `BRIEF_DATA_DIR` when set, else the platform's data directory
 * (`$XDG_DATA_HOME/brief`, `~/.local/share/brief`, `~/Library/Application Support/brief`,
 * `%LOCALAPPDATA%\brief\Data`), by env-paths' rules as settings/location.ts follows them for config.
 */
export function libraryDirectory(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform, home = homedir()): string {
	const override = env['BRIEF_DATA_DIR'];
	if (override) return override;
	if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'brief');
	if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'brief', 'Data');
	return join(env['XDG_DATA_HOME'] || join(home, '.local', 'share'), 'brief');
}

/** The SQLite database of feeds and articles. */
export function libraryDatabaseFile(directory: string): string {
	return join(directory, 'library.db');
}

/** The dataset the views read, rebuilt from the database after every update. */
export function libraryDatasetFile(directory: string): string {
	return join(directory, 'briefing.json');
}

/**
 * The library's dataset when an update or `brief add` has written one; undefined before (no feed
 * added, nothing fetched yet), so that brief opens on the bundled dataset without any network.
 */
export function existingLibraryDataset(env: Readonly<Record<string, string | undefined>>): string | undefined {
	const file = libraryDatasetFile(libraryDirectory(env));
	try {
		return statSync(file, {throwIfNoEntry: false})?.isFile() ? file : undefined;
	} catch {
		// A data directory that cannot be looked into (permissions, a file in its path) is no library.
		return undefined;
	}
}
