import {chmodSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {fixtureDatasetPath} from '../fixtures/dataset.js';
import {bundledDataset, runCli, unprivileged, unprivilegedCannotRun, useTemporaryDirectories} from './run-cli.js';

const temporaryDirectory = useTemporaryDirectories();

function watchlistIn(directory: string): unknown {
	return (JSON.parse(readFileSync(join(directory, 'config.json'), 'utf8')) as {watchlist: unknown}).watchlist;
}

describe('brief watch', () => {
	test('ten `brief watch add` at once lose no entry', async () => {
		const directory = temporaryDirectory();
		const companies = ['amazon', 'microsoft', 'google', 'nvidia', 'openai', 'anthropic', 'meta', 'amd', 'apple', 'intel'];
		const results = await Promise.all(companies.map(async company => runCli(['watch', 'add', company, '--data', bundledDataset], {env: {BRIEF_CONFIG_DIR: directory}})));
		expect(results.map(result => result.code)).toEqual(companies.map(() => 0));
		expect([...(watchlistIn(directory) as string[])].sort()).toEqual([...companies].sort());
		expect(readdirSync(directory).sort()).toEqual(['config.json']);
	});

	test('add and rm say what they did; an unknown name changes nothing and exits 1', async () => {
		const directory = temporaryDirectory();
		const env = {BRIEF_CONFIG_DIR: directory};
		const added = await runCli(['watch', 'add', 'ソラクラウド', 'KumoChip', '--data', fixtureDatasetPath], {env});
		expect(added).toMatchObject({code: 0, stdout: ''});
		expect(added.stderr).toContain('added Sora Cloud (SORA), Kumo Chips to the watchlist');
		const unknown = await runCli(['watch', 'rm', 'kumo', 'sora clod', '--data', fixtureDatasetPath], {env});
		expect(unknown).toEqual({code: 1, stdout: '', stderr: "brief: unknown company 'sora clod' (closest: Sora Cloud); the watchlist was not changed\n"});
		const listed = await runCli(['watch', 'list', '--data', fixtureDatasetPath], {env});
		expect(listed).toEqual({code: 0, stdout: 'sora-cloud\tSora Cloud (SORA)\nkumo\tKumo Chips\n', stderr: ''});
	});

	test('a corrupt watchlist is moved aside and reported, and brief still starts', async () => {
		const directory = temporaryDirectory();
		writeFileSync(join(directory, 'config.json'), '{"watchlist": ["kumo",');
		const {code, stdout, stderr} = await runCli(['--data', fixtureDatasetPath], {env: {BRIEF_CONFIG_DIR: directory}});
		expect(code).toBe(0);
		const aside = readdirSync(directory).find(name => name.startsWith('config.json.corrupt-'));
		expect(aside).toBeDefined();
		expect(readFileSync(join(directory, aside!), 'utf8')).toBe('{"watchlist": ["kumo",');
		expect(stderr).toBe(`brief: watchlist ${join(directory, 'config.json')} was not valid JSON; moved it to ${join(directory, aside!)} and started an empty watchlist\n`);
		expect(stdout).toMatch(/^Sora Cloud/);
	});

	test('a read-only config dir: reading works, saving says the watchlist cannot be saved', async context => {
		// Root ignores permissions: run as nobody then, who must be able to read the checkout.
		const cannotRun = unprivilegedCannotRun();
		if (cannotRun) context.skip(cannotRun);
		const directory = temporaryDirectory();
		writeFileSync(join(directory, 'config.json'), '{"watchlist": ["kumo"]}');
		chmodSync(directory, 0o555);
		const uid = unprivileged;
		const env = {BRIEF_CONFIG_DIR: directory, HOME: directory};
		const [read, write] = await Promise.all([runCli(['--data', fixtureDatasetPath], {env, uid}), runCli(['watch', 'add', 'umi', '--data', fixtureDatasetPath], {env, uid})]);
		chmodSync(directory, 0o755);
		expect(read.code).toBe(0);
		expect(read.stdout).toMatch(/^Kumo Chips ★/);
		expect(write).toEqual({code: 2, stdout: '', stderr: `brief: cannot save the watchlist: ${directory} is not writable (permission denied)\n`});
		expect(watchlistIn(directory)).toEqual(['kumo']);
	});

	test('reading never writes the config file', async () => {
		const directory = temporaryDirectory();
		writeFileSync(join(directory, 'config.json'), '{"watchlist":["kumo"]}');
		const env = {BRIEF_CONFIG_DIR: directory};
		await Promise.all([runCli(['--data', fixtureDatasetPath], {env}), runCli(['list', '--data', fixtureDatasetPath], {env}), runCli(['watch', 'list', '--data', fixtureDatasetPath], {env})]);
		expect(readFileSync(join(directory, 'config.json'), 'utf8')).toBe('{"watchlist":["kumo"]}');
		expect(readdirSync(directory)).toEqual(['config.json']);
	});
});
