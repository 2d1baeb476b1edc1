// Issue 5: a read-only config dir: the TUI and plain output still work, and say that the watchlist
// cannot be saved when asked to save it; a corrupt watchlist file is moved aside and reported. The
// real TUI in a pseudo-terminal, as nobody when the tests run as root (root writes anywhere).
// (test/cli/watchlist.test.ts proves the same for the plain output and `brief watch add`.)
import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, expect, test} from 'vitest';
import {fixtureDatasetPath} from '../fixtures/dataset.js';
import {inTerminal, unprivileged, unprivilegedCannotRun} from './terminal.js';

const made: string[] = [];
afterEach(() => {
	for (const directory of made.splice(0)) {
		chmodSync(directory, 0o755);
		rmSync(directory, {recursive: true, force: true});
	}
});

function configDirectory(content: string): string {
	const directory = mkdtempSync(join(tmpdir(), 'brief-config-'));
	made.push(directory);
	writeFileSync(join(directory, 'config.json'), content);
	return directory;
}

test('the TUI with a read-only config dir shows the watchlist, and says so when w cannot save; the digest too', async context => {
	const cannotRun = unprivilegedCannotRun();
	if (cannotRun) context.skip(cannotRun);
	const readOnly = configDirectory('{"watchlist": ["kumo"]}');
	chmodSync(readOnly, 0o555);
	const env = {BRIEF_CONFIG_DIR: readOnly, HOME: readOnly};
	const [tui, digest] = await Promise.all([
		inTerminal(['--data', fixtureDatasetPath], {
			env,
			uid: unprivileged,
			steps: [
				// The watched company is marked and listed first.
				{until: /★ *Kumo Chips/, press: 'w'},
				{until: /cannot save the watchlist/, press: 'q'},
			],
		}),
		inTerminal(['digest', '--mark-read', '--plain', '--data', fixtureDatasetPath], {env, uid: unprivileged}),
	]);
	expect(tui.code).toBe(0);
	expect(tui.output).toMatch(/cannot save the watchlist: [^\n]*not writable/);
	expect(readFileSync(join(readOnly, 'config.json'), 'utf8')).toBe('{"watchlist": ["kumo"]}');
	// Script mode: the digest is printed, then one line says the cursor cannot be saved.
	expect(digest.code).toBe(2);
	expect(digest.output).toContain('Kumo Chips');
	expect(digest.output.trimEnd().split('\n').at(-1)).toMatch(/^brief: cannot save the digest cursor: [^\n]*not writable \(permission denied\)\r?$/);
});

test('the TUI with a corrupt watchlist starts, says where the file went, and keeps it', async () => {
	const directory = configDirectory('{"watchlist": ["kumo",');
	const {output, code} = await inTerminal(['--data', fixtureDatasetPath], {env: {BRIEF_CONFIG_DIR: directory}, steps: [{until: /was not valid JSON/, press: 'q'}]});
	expect(code).toBe(0);
	const aside = readdirSync(directory).find(name => name.startsWith('config.json.corrupt-'));
	expect(aside).toBeDefined();
	expect(readFileSync(join(directory, aside!), 'utf8')).toBe('{"watchlist": ["kumo",');
	// On the status bar while it runs, and as one line on the terminal after it quit.
	expect(output).toContain(`brief: watchlist ${join(directory, 'config.json')} was not valid JSON; moved it to ${join(directory, aside!)} and started an empty watchlist`);
});
