import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {displayWidth} from '../../source/text/width.js';
import {fixtureDatasetPath} from '../fixtures/dataset.js';
import {briefingJsonSchema} from '../print/briefing-json-schema.js';
import {bundledDataset, runCli, useTemporaryDirectories} from './run-cli.js';

const temporaryDirectory = useTemporaryDirectories();
const escape = '\u001B';

describe('brief <company> when piped', () => {
	test('prints the company with its figures and their sources', async () => {
		const {stdout, stderr, code} = await runCli(['ソラクラウド', '--data', fixtureDatasetPath, '--width', '120'], {env: {BRIEF_CONFIG_DIR: temporaryDirectory()}});
		expect([code, stderr]).toEqual([0, '']);
		expect(stdout).toMatch(/^Sora Cloud \(SORA\)/);
		expect(stdout).toContain('\n  Key figures\n    Share (テックリサーチ)  33% ▼ (was ~36%) · 2025-Q2 · 1 source ! sources disagree\n');
		expect(stdout).toMatch(/\n {4}Op\. income +~¥90B +FY2026 +outlook +×1\n/);
		expect(stdout).toMatch(/\n {4}Stock move +-3\.2% +2025-09-12 +×1\n/);
		expect(stdout).toContain('    2025-06 契約 Sora Cloud × Umi Systems 50億ドル ×2\n      from クモ半導体が新工場に3,000億円を投資、ソラクラウドはウミと長期契約 (2025-06-01); ');
		expect(stdout).not.toContain(escape);
	});

	test('--json parses and matches its schema, on the bundled dataset', async () => {
		const {stdout, code} = await runCli(['--json', 'aws', 'msft'], {env: {BRIEF_CONFIG_DIR: temporaryDirectory()}});
		expect(code).toBe(0);
		const document = briefingJsonSchema.parse(JSON.parse(stdout));
		expect(document.companies.map(company => company.id)).toEqual(['amazon', 'microsoft']);
		expect(document.version).toBe(2);
		// AWS's share: two figures of one article disagree (約33% and 29%), and none has a period.
		expect(document.companies[0]!.latest.market_share).toMatchObject({segment: {id: 'aws', name: 'AWS'}, conflict: true, sources: [{article: '000_c8e6c998ee4e504b'}]});
		expect(document.companies[1]!.latest.revenue_growth).toMatchObject({value: 30, segment: {id: 'azure', name: 'Azure'}, basis: 'actual'});
	});

	test('--width 40: every line of Japanese text fits in 40 columns', async () => {
		const {stdout, code} = await runCli(['--width', '40'], {env: {BRIEF_CONFIG_DIR: temporaryDirectory(), BRIEF_DATA: bundledDataset}});
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines.length).toBeGreaterThan(200);
		expect(lines.filter(line => displayWidth(line) > 40)).toEqual([]);
		expect(stdout).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
	});
});

describe('brief with no company', () => {
	test('with a watchlist, shows it and says so on stderr; --all shows every company', async () => {
		const directory = temporaryDirectory();
		writeFileSync(join(directory, 'config.json'), '{"watchlist":["kumo"]}');
		const watched = await runCli(['--data', fixtureDatasetPath, '--width', '100'], {env: {BRIEF_CONFIG_DIR: directory}});
		expect(watched.code).toBe(0);
		expect(watched.stderr).toBe('brief: showing the watchlist (Kumo Chips); --all shows every company\n');
		expect(watched.stdout.split('\n').filter(line => /^\S/.test(line))).toEqual(['Kumo Chips ★ クモ半導体']);
		const all = await runCli(['--all', '--data', fixtureDatasetPath, '--width', '100'], {env: {BRIEF_CONFIG_DIR: directory}});
		expect([all.code, all.stderr]).toEqual([0, '']);
		expect(all.stdout.split('\n').filter(line => /^\S/.test(line))).toHaveLength(3);
	});

	test('--quotes puts each quote under its source; sources are cited by title and date, never by file', async () => {
		const {stdout, code} = await runCli(['kumo', '--quotes', '--data', fixtureDatasetPath, '--width', '120'], {env: {BRIEF_CONFIG_DIR: temporaryDirectory()}});
		expect(code).toBe(0);
		expect(stdout).toContain('      クモ半導体が新工場に3,000億円を投資、ソラクラウドはウミと長期契約 (2025-06-01)\n        「クモ半導体は熊本の新工場に3,000億円（約20億ドル）を投資すると発表した。」\n');
		expect(stdout).not.toMatch(/\.md\b/);
	});
});

describe('exit codes and one-line errors', () => {
	test('an unknown company exits 1 naming the closest matches; nothing on stdout', async () => {
		const result = await runCli(['nvida', '--data', bundledDataset], {env: {BRIEF_CONFIG_DIR: temporaryDirectory()}});
		expect(result).toEqual({code: 1, stdout: '', stderr: "brief: unknown company 'nvida' (closest: NVIDIA)\n"});
	});

	test('a missing or invalid dataset exits 2 with one line naming the file', async () => {
		const directory = temporaryDirectory();
		const broken = join(directory, 'broken.json');
		writeFileSync(broken, '{"version": 2, "companies": [');
		const invalid = join(directory, 'invalid.json');
		writeFileSync(invalid, JSON.stringify({version: 2, companies: [{id: 'x'}], articles: [], events: [], figures: [], conflicts: []}));
		const versionOne = join(directory, 'version-one.json');
		writeFileSync(versionOne, JSON.stringify({version: 1, companies: [], articles: [], events: [], metrics: [], conflicts: []}));
		const missing = join(directory, 'missing.json');
		const results = await Promise.all([missing, broken, invalid, versionOne].map(async file => runCli(['--plain'], {env: {BRIEF_CONFIG_DIR: directory, BRIEF_DATA: file}})));
		expect(results.map(result => [result.code, result.stdout])).toEqual([
			[2, ''],
			[2, ''],
			[2, ''],
			[2, ''],
		]);
		expect(results[0]!.stderr).toBe(`brief: ${missing}: cannot read dataset (no such file); run \`brief extract\` to create it\n`);
		expect(results[1]!.stderr).toMatch(new RegExp(`^brief: ${broken}: not valid JSON .*truncated\\n$`));
		expect(results[2]!.stderr).toBe(`brief: ${invalid}: invalid dataset at companies[0].name: missing\n`);
		expect(results[3]!.stderr).toBe(`brief: ${versionOne}: dataset of version 1, this brief reads version 2; run \`brief extract\` again\n`);
	});

	test('a bad --width is a usage error', async () => {
		expect(await runCli(['--width', 'wide'])).toEqual({code: 1, stdout: '', stderr: "brief: --width must be a whole number of columns from 20 to 1000, got 'wide'\n"});
	});
});
