import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {fixtureDatasetPath} from '../fixtures/dataset.js';
import {root, runShell, useTemporaryDirectories} from './run-cli.js';

const temporaryDirectory = useTemporaryDirectories();

test('the plain path loads no React, Ink, conf, ajv, zod, meow or string-width', async () => {
	const directory = temporaryDirectory();
	const record = join(directory, 'imports.txt');
	const command = ['node', '--import', 'tsx', '--import', join(root, 'test', 'fixtures', 'record-imports.mjs'), join(root, 'cli.tsx'), 'ソラクラウド', '--plain', '--data', fixtureDatasetPath];
	const result = await runShell(command, {env: {BRIEF_CONFIG_DIR: directory, RECORD_IMPORTS: record}});
	expect(result.code).toBe(0);
	const loaded = readFileSync(record, 'utf8').split('\n');
	expect(loaded.some(url => url.endsWith('/source/commands/briefing.ts'))).toBe(true);
	const packages = new Set(loaded.flatMap(url => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1] ?? []));
	// tsx itself and its dependencies run the source; none of the app's heavy dependencies may load.
	for (const heavy of ['ink', 'react', 'react-reconciler', 'yoga-layout', 'conf', 'ajv', 'zod', 'meow', 'string-width', 'proper-lockfile', 'yaml', 'asciichart', 'better-sqlite3', 'linkedom', '@mozilla/readability', 'feedsmith'])
		expect(packages).not.toContain(heavy);
	expect(loaded.some(url => url.includes('/source/library/') && !url.endsWith('/source/library/location.ts'))).toBe(false);
	expect(loaded.some(url => url.includes('/source/ui/'))).toBe(false);
});
