import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {extractorFingerprint} from '../../source/extract/fingerprint.js';
import {plainView} from '../../source/print/plain-view.js';
import {fixtureDatasetPath} from '../fixtures/dataset.js';
import {root, runShell, useTemporaryDirectories} from './run-cli.js';

// The other CLI tests run the source through tsx; this one runs what users run, the esbuild bundle,
// where CommonJS interop and code splitting can differ (a named import of proper-lockfile once
// worked under tsx and broke every save in dist/). Built inside the repository so that packages
// resolve as they do for an installed brief, and in its own folder so dist/ is left alone.
const temporaryDirectory = useTemporaryDirectories();
let buildDirectory = '';
let cli = '';

beforeAll(() => {
	const cache = join(root, 'node_modules', '.cache');
	mkdirSync(cache, {recursive: true});
	buildDirectory = mkdtempSync(join(cache, 'brief-bundle-'));
	const build = spawnSync('node', ['scripts/build.js'], {cwd: root, env: {...process.env, BRIEF_BUILD_OUT: relative(root, join(buildDirectory, 'dist'))}, encoding: 'utf8'});
	expect(build.status, build.stderr).toBe(0);
	cli = join(buildDirectory, 'dist', 'cli.js');
}, 60_000);

test('the bundle carries the code cache of its dataset check, one V8 takes', () => {
	const dist = join(buildDirectory, 'dist');
	const caches = readdirSync(dist).filter(name => /^dataset-check-[\da-f]{16}\.cache$/.test(name));
	expect(caches).toHaveLength(1);
	const bundled = [readFileSync(cli, 'utf8'), ...readdirSync(join(dist, 'chunks')).map(name => readFileSync(join(dist, 'chunks', name), 'utf8'))].join('');
	expect(bundled).toContain(caches[0]);
	const script = `import {readFileSync} from 'node:fs'; import {Script} from 'node:vm'; import {checkScript} from ${JSON.stringify(join(root, 'source', 'dataset', 'generated', 'dataset-check.js'))};
console.log(new Script(checkScript, {cachedData: readFileSync(${JSON.stringify(join(dist, caches[0]!))})}).cachedDataRejected);`;
	expect(spawnSync('node', ['--input-type=module', '-e', script], {encoding: 'utf8'}).stdout).toBe('false\n');
});

afterAll(() => {
	if (buildDirectory) rmSync(buildDirectory, {recursive: true, force: true});
});

test('the bundle prints a briefing, saves the watchlist under the lock, and marks a digest read', async () => {
	const directory = temporaryDirectory();
	const run = async (...args: string[]) => runShell(['node', cli, ...args, '--data', fixtureDatasetPath], {env: {BRIEF_CONFIG_DIR: directory}});
	const briefing = await run('ソラクラウド', '--width', '120');
	expect(briefing.code).toBe(0);
	expect(briefing.stdout).toContain('    Share (テックリサーチ)  33% ▼ (was ~36%) · 2025-Q2 · 1 source ! sources disagree\n');
	// The generated dataset check is in the bundle: a dataset of version 1 is refused.
	const old = join(directory, 'old.json');
	writeFileSync(old, JSON.stringify({version: 1, companies: [], articles: [], events: [], metrics: [], conflicts: []}));
	expect(await runShell(['node', cli, '--plain', '--data', old])).toEqual({code: 2, stdout: '', stderr: `brief: ${old}: dataset of version 1, this brief reads version 2; run \`brief extract\` again\n`});
	expect(await run('watch', 'add', 'kumo')).toMatchObject({code: 0, stderr: 'added Kumo Chips to the watchlist\nwatchlist: Kumo Chips\n'});
	expect(JSON.parse(readFileSync(join(directory, 'config.json'), 'utf8'))).toEqual({watchlist: ['kumo']});
	expect(await run('digest', '--mark-read')).toMatchObject({code: 0, stderr: 'marked 4 items read\n'});
	expect(await run('digest')).toEqual({code: 0, stdout: 'nothing new for Kumo Chips since the last digest\n', stderr: ''});
});

test('the bundle names its code as the sources do: what it stores, brief run from source takes, and back', async () => {
	const directory = temporaryDirectory();
	const extracted = await runShell(['node', cli, 'extract', join(root, 'test', 'fixtures', 'articles'), '--out', join(directory, 'briefing.json')]);
	expect(extracted.code, extracted.stderr).toBe(0);
	const index = JSON.parse(readFileSync(join(directory, 'briefing.index', 'index.json'), 'utf8')) as {views: {plain: {fingerprint: string}}};
	expect(index.views.plain.fingerprint).toBe(plainView.fingerprint());
	const cacheHeader = JSON.parse(readFileSync(join(directory, '.briefing.json.cache'), 'utf8').split('\n')[0]!) as {key: string};
	expect(cacheHeader.key.split(':')[0]).toBe(extractorFingerprint());
});

test('the bundle updates the library on its own worker threads, and reads it after', async () => {
	const {startFixtureServer} = await import('../library/fixture-server.js');
	const server = await startFixtureServer();
	try {
		const directory = temporaryDirectory();
		const env = {BRIEF_CONFIG_DIR: directory, BRIEF_DATA_DIR: directory};
		expect((await runShell(['node', cli, 'feed', 'add', `${server.base}/feeds/atom.xml`, '--name', 'cloud'], {env})).code).toBe(0);
		expect(await runShell(['node', cli, 'update', '--jobs', '2'], {env})).toEqual({code: 0, stdout: '', stderr: 'updated 1 feed: 2 new articles, the library holds 2 articles\n'});
		expect((await runShell(['node', cli, 'list'], {env})).stdout).toMatch(/amazon +Amazon/);
	} finally {
		await server.close();
	}
}, 60_000);
