import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {fixtureDatasetPath} from '../fixtures/dataset.js';
import {runCli, useTemporaryDirectories} from './run-cli.js';

const temporaryDirectory = useTemporaryDirectories();

test('digest shows what is new until --mark-read, then says nothing new; exit 0 each time', async () => {
	const directory = temporaryDirectory();
	writeFileSync(join(directory, 'config.json'), '{"watchlist":["kumo"]}');
	const digest = async (...flags: string[]) => runCli(['digest', '--data', fixtureDatasetPath, '--width', '120', ...flags], {env: {BRIEF_CONFIG_DIR: directory}});

	const first = await digest();
	expect(first.code).toBe(0);
	expect(first.stdout).toMatch(/^Kumo Chips ★ クモ半導体\n {2}1 new figure\n {4}Investment 3,000億円 · 2025-06-01 · a2\n {2}1 new event\n/);
	expect(first.stdout).toContain('2 new articles');

	// Without --mark-read the cursor does not move.
	expect((await digest()).stdout).toBe(first.stdout);

	const marked = await digest('--mark-read');
	expect(marked.stdout).toBe(first.stdout);
	expect(marked.stderr).toBe('marked 4 items read\n');

	const after = await digest();
	expect(after).toEqual({code: 0, stdout: 'nothing new for Kumo Chips since the last digest\n', stderr: ''});
});
