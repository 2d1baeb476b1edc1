// Issue 5: a dataset that is missing, truncated, of another version, or fails the schema: one line
// naming the file, exit 2, for `brief --plain`, `brief list`, `brief digest` and the TUI. Every
// command in-process for every case, then each through the real command line once (the TUI in a
// pseudo-terminal, so that cli.tsx takes the TUI path).
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {runBriefing} from '../../source/commands/briefing.js';
import {runDigest} from '../../source/commands/digest.js';
import {runList} from '../../source/commands/list.js';
import {DatasetError, loadDataset} from '../../source/dataset/load.js';
import {runTui} from '../../source/ui/run.js';
import {tuiSources} from '../../source/commands/tui-sources.js';
import {root, runCli} from '../cli/run-cli.js';
import {writeIndexedDataset} from '../fixtures/indexed.js';
import {recordingIo} from './hostile-text.js';
import {inTerminal} from './terminal.js';

let folder: string;
const files = {missing: '', truncated: '', otherVersion: '', badSchema: '', damagedShard: ''};
const expected: Record<keyof typeof files, (file: string) => RegExp> = {
	missing: file => new RegExp(`^${file}: cannot read dataset \\(no such file\\); run \`brief extract\` to create it$`),
	truncated: file => new RegExp(`^${file}: not valid JSON \\(.*\\); the file may be truncated$`),
	otherVersion: file => new RegExp(`^${file}: dataset of version 1, this brief reads version 2; run \`brief extract\` again$`),
	badSchema: file => new RegExp(`^${file}: invalid dataset at companies\\[0\\]\\.name: `),
	// The index is fresh, one company's files are cut short: only reading that company fails.
	damagedShard: () => /\.index\/companies\/\d+-amd\.json: damaged, not valid JSON \(.*\); run `brief extract` again to rebuild the index$/,
};

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'brief-bad-data-'));
	cpSync(join(root, 'data', 'articles'), join(folder, 'articles'), {recursive: true});
	// Written and indexed as `brief extract --out` would.
	for (const name of ['truncated', 'damaged']) writeIndexedDataset(join(folder, `${name}.json`), loadDataset(join(root, 'data', 'briefing.json')));

	files.missing = join(folder, 'missing.json');
	// Cut short, as by a full disk: its index no longer matches it, so the file itself is read.
	files.truncated = join(folder, 'truncated.json');
	truncateSync(files.truncated, Math.floor(readFileSync(files.truncated).length / 2));
	const valid = JSON.parse(readFileSync(join(root, 'data', 'briefing.json'), 'utf8')) as {companies: Array<Record<string, unknown>>};
	files.otherVersion = join(folder, 'other-version.json');
	writeFileSync(files.otherVersion, JSON.stringify({...valid, version: 1}));
	files.badSchema = join(folder, 'bad-schema.json');
	writeFileSync(files.badSchema, JSON.stringify({...valid, companies: [{...valid.companies[0], name: undefined}, ...valid.companies.slice(1)]}));
	files.damagedShard = join(folder, 'damaged.json');
	// The shard and the plain briefing made of it (see plain-view.test.ts for a damaged plain briefing alone).
	for (const name of readdirSync(join(folder, 'damaged.index', 'companies')).filter(name => /-amd(\.plain)?\.json$/.test(name))) {
		truncateSync(join(folder, 'damaged.index', 'companies', name), 100);
	}
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

const commands = {
	'brief --plain': async (data: string, io: ReturnType<typeof recordingIo>['io']) => runBriefing({companies: ['amd'], flags: {plain: true, data}}, io),
	'brief list': async (data: string, io: ReturnType<typeof recordingIo>['io']) => runList({arguments: [], flags: {data}}, io),
	'brief digest': async (data: string, io: ReturnType<typeof recordingIo>['io']) => runDigest({arguments: [], flags: {data}}, io),
	// The TUI opens on the company asked for: with the damaged shard, that is the company it cannot read.
	'brief (TUI)': async (data: string, io: ReturnType<typeof recordingIo>['io']) => runTui({companies: ['amd'], data}, io, tuiSources(data, io)),
};

describe('in-process: every command, every kind of bad dataset', () => {
	for (const [name, run] of Object.entries(commands)) {
		test(`${name}: a DatasetError of one line naming the file, nothing on stdout`, async () => {
			// The TUI draws to the process's stdout: swallowed here, and checked to stay untouched when the data is bad from the start.
			const write = vi.spyOn(process.stdout, 'write').mockImplementation((_chunk: unknown, encoding?: unknown, callback?: unknown) => {
				// Ink waits for its last write to be flushed before it exits.
				const flushed = typeof encoding === 'function' ? encoding : callback;
				if (typeof flushed === 'function') flushed();
				return true;
			});
			try {
				for (const [kind, file] of Object.entries(files) as Array<[keyof typeof files, string]>) {
					// list reads only the index; a digest of every company prints the companies before the damaged one.
					if (kind === 'damagedShard' && (name === 'brief list' || name === 'brief digest')) continue;
					const recording = recordingIo(folder, {BRIEF_CONFIG_DIR: join(folder, 'config')});
					const error = await run(file, recording.io).then(
						() => undefined,
						(error: unknown) => error,
					);
					expect(error, `${name} on ${kind}`).toBeInstanceOf(DatasetError);
					expect((error as Error).message).toMatch(expected[kind](file));
					expect((error as Error).message).not.toContain('\n');
					expect(recording.out()).toBe('');
					if (name === 'brief (TUI)' && kind !== 'damagedShard') expect(write).not.toHaveBeenCalled();
				}
			} finally {
				write.mockRestore();
			}
		});
	}
});

describe('every company at once, one shard damaged', () => {
	test('the companies before it are printed whole, then the one line naming the shard', async () => {
		for (const run of [
			async (io: ReturnType<typeof recordingIo>['io']) => runBriefing({companies: [], flags: {plain: true, data: files.damagedShard}}, io),
			async (io: ReturnType<typeof recordingIo>['io']) => runDigest({arguments: [], flags: {data: files.damagedShard}}, io),
		]) {
			const recording = recordingIo(folder, {BRIEF_CONFIG_DIR: join(folder, 'config-every')});
			const error = await run(recording.io).then(
				() => undefined,
				(error: unknown) => error,
			);
			expect(error).toBeInstanceOf(DatasetError);
			expect((error as Error).message).toMatch(expected.damagedShard(files.damagedShard));
			// Output goes out a company at a time: what came before the damaged company is there, ending in a whole line.
			expect(recording.out()).toMatch(/^Amazon \(AMZN\)/);
			expect(recording.out()).not.toMatch(/^AMD\b/m);
			expect(recording.out().endsWith('\n')).toBe(true);
		}
	});
});

describe('through the command line: one line on stderr, exit 2, no stack trace', () => {
	test('list, digest and a briefing with pipes; the TUI in a terminal', async () => {
		const env = {BRIEF_CONFIG_DIR: join(folder, 'config')};
		// (test/cli/briefing.test.ts runs `brief --plain` on missing, truncated and invalid datasets.)
		// A parse error quotes the text around it: here an escape sequence that sets the window title.
		const hostile = join(folder, 'hostile.json');
		writeFileSync(hostile, '\u001B]0;pwned\u0007{"version": 1}');
		const [list, digest, damaged, tuiMissing, tuiDamaged, quoted] = await Promise.all([
			runCli(['list', '--data', files.otherVersion], {env}),
			runCli(['digest', '--data', files.badSchema], {env}),
			runCli(['amd', '--json', '--data', files.damagedShard], {env}),
			inTerminal(['--data', files.missing], {env}),
			inTerminal(['amd', '--data', files.damagedShard], {env}),
			runCli(['--plain', '--data', hostile], {env}),
		]);
		expect(quoted).toEqual({code: 2, stdout: '', stderr: expect.stringMatching(new RegExp(`^brief: ${hostile}: not valid JSON \\(Unexpected token [^\\n]*\\); the file may be truncated\\n$`))});
		expect(quoted.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
		for (const [result, kind] of [
			[list, 'otherVersion'],
			[digest, 'badSchema'],
			[damaged, 'damagedShard'],
		] as const) {
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(/^brief: [^\n]*\n$/);
			expect(result.stderr.slice('brief: '.length, -1)).toMatch(expected[kind](files[kind]));
		}

		expect(tuiMissing.code).toBe(2);
		// Nothing drawn: the data is read before Ink starts.
		expect(tuiMissing.output.replaceAll('\r', '')).toBe(`brief: ${files.missing}: cannot read dataset (no such file); run \`brief extract\` to create it\n`);
		// The damaged shard is read while drawing the first frame: the app ends, the screen is handed back, one line.
		expect(tuiDamaged.code).toBe(2);
		// (Ink shows the cursor again as the process exits.)
		const afterScreen = tuiDamaged.output
			.slice(tuiDamaged.output.lastIndexOf('\u001B[?1049l') + '\u001B[?1049l'.length)
			.replaceAll('\r', '')
			.replace(/\u001B\[\?25h$/, '');
		expect(afterScreen).toMatch(/^brief: [^\n]*-amd\.json: damaged, not valid JSON \([^\n]*\); run `brief extract` again to rebuild the index\n$/);
		expect(tuiDamaged.output).not.toMatch(/ERROR|\n\s+at |\.tsx?:\d+/);
	});
});
