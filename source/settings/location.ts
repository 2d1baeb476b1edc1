import {homedir} from 'node:os';
import {join} from 'node:path';

/**
 * Where brief keeps the user's settings: `BRIEF_CONFIG_DIR` when set, else the platform's config
 * directory (`$XDG_CONFIG_HOME/brief`, `~/.config/brief`, `~/Library/Preferences/brief`,
 * `%APPDATA%\brief\Config`). The same rules as conf's env-paths, computed here so that reading the
 * watchlist needs no conf.
 */
export function settingsDirectory(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform, home = homedir()): string {
	const override = env['BRIEF_CONFIG_DIR'];
	if (override) return override;
	if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'brief');
	if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'brief', 'Config');
	return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), 'brief');
}
