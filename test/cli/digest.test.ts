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
	expect(first.stdout).toMatch(
		/^Kumo Chips ★ クモ半導体\n {2}2 new figures\n {4}Revenue growth — 140% · 2025-H1 \(2025年1〜6月期\) · 1 source\n {4}Investment — ¥300B \(~\$2B\) · as of 2025-06-01 · 1 source\n {2}1 new event\n {4}2025-05 投資 Kumo Chips 3,000億円\n {6}from クモ半導体が新工場に3,000億円を投資、ソラクラウドはウミと長期契約 \(2025-06-01\)\n/,
	);
	expect(first.stdout).toContain('1 new article');

	// Without --mark-read the cursor does not move.
	expect((await digest()).stdout).toBe(first.stdout);

	const marked = await digest('--mark-read');
	expect(marked.stdout).toBe(first.stdout);
	expect(marked.stderr).toBe('marked 4 items read\n');

	const after = await digest();
	expect(after).toEqual({code: 0, stdout: 'nothing new for Kumo Chips since the last digest\n', stderr: ''});
});
