import {expect, test} from 'vitest';
import {settingsDirectory} from '../../source/settings/location.js';

test('BRIEF_CONFIG_DIR wins', () => {
	expect(settingsDirectory({BRIEF_CONFIG_DIR: '/tmp/x', XDG_CONFIG_HOME: '/xdg'}, 'linux', '/home/u')).toBe('/tmp/x');
});

test('follows the platform conventions, as conf does', () => {
	expect(settingsDirectory({XDG_CONFIG_HOME: '/xdg'}, 'linux', '/home/u')).toBe('/xdg/brief');
	expect(settingsDirectory({}, 'linux', '/home/u')).toBe('/home/u/.config/brief');
	expect(settingsDirectory({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Preferences/brief');
});
