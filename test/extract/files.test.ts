import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import type {Io} from '../../source/commands/io.js';
import {runExtract} from '../../source/commands/extract.js';
import {datasetSchema} from '../../source/dataset/schema.js';
import {noConfig} from '../hostile/hostile-text.js';

const made: string[] = [];
afterEach(() => {
	for (const folder of made.splice(0)) rmSync(folder, {recursive: true, force: true});
});

/** A folder of its own for a test, removed after it. */
function temporaryFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'brief-extract-'));
	made.push(folder);
	return folder;
}

function fakeIo(cwd: string) {
	const out: string[] = [];
	const err: string[] = [];
	const io: Io = {out: text => out.push(text), err: text => err.push(text), stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, columns: undefined, rows: undefined, env: noConfig, cwd};
	return {io, out, err};
}

const good = '---\ntitle: "AWSの発表"\ndate: 2025-11-03\n---\nAWSは11月3日、新サービスを発表した。\n';

describe('brief extract on bad input', () => {
	test('each bad file is named on stderr and skipped; the rest is extracted', async () => {
		const folder = temporaryFolder();
		writeFileSync(join(folder, 'good.md'), good);
		writeFileSync(join(folder, 'empty.md'), '');
		writeFileSync(join(folder, 'blank.md'), ' \n\n ');
		writeFileSync(join(folder, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		writeFileSync(join(folder, 'latin1.txt'), Buffer.from([0x41, 0xe9, 0x74, 0xe9]));
		writeFileSync(join(folder, 'huge.md'), 'あ'.repeat(2 * 1024 * 1024));
		writeFileSync(join(folder, 'broken.md'), '---\ntitle: [unclosed\n---\n本文。');
		writeFileSync(join(folder, 'image.png'), 'not an article');
		mkdirSync(join(folder, 'loop'));
		symlinkSync(folder, join(folder, 'loop', 'back'));
		const {io, err} = fakeIo(folder);
		const code = await runExtract({paths: ['.'], out: 'out.json'}, io);
		expect(code).toBe(0);
		const messages = err.join('');
		for (const [file, reason] of [
			['empty.md', 'empty'],
			['blank.md', 'empty'],
			['binary.md', 'binary'],
			['latin1.txt', 'not UTF-8'],
			['huge.md', 'over 5 MB'],
			['broken.md', 'broken front matter'],
			['back', 'symbolic link loop'],
		]) {
			expect(messages).toMatch(new RegExp(`skipped [^\\n]*${file}: [^\\n]*${reason}`));
		}

		expect(messages).not.toContain('image.png');
		const dataset = datasetSchema.parse(JSON.parse(readFileSync(join(folder, 'out.json'), 'utf8')));
		expect(dataset.articles.map(article => article.id)).toEqual(['good']);
		expect(dataset.articles[0]!.file).toBe('good.md');
	});

	test('exit 2 and nothing written when no file could be extracted', async () => {
		const folder = temporaryFolder();
		writeFileSync(join(folder, 'empty.md'), '');
		writeFileSync(join(folder, 'out.json'), 'previous');
		const {io, err} = fakeIo(folder);
		expect(await runExtract({paths: ['empty.md', 'missing.md'], out: 'out.json'}, io)).toBe(2);
		expect(err.join('')).toContain('skipped missing.md: no such file or folder');
		expect(readFileSync(join(folder, 'out.json'), 'utf8')).toBe('previous');
	});

	// Root reads a file without read permission: test/hostile/broken-files.test.ts runs the same as nobody.
	test.skipIf(process.getuid?.() === 0)('an unreadable file is reported by name (skipped as root, who reads every file: see test/hostile/broken-files.test.ts)', async () => {
		const folder = temporaryFolder();
		writeFileSync(join(folder, 'good.md'), good);
		writeFileSync(join(folder, 'secret.md'), good);
		chmodSync(join(folder, 'secret.md'), 0o000);
		const {io, err} = fakeIo(folder);
		expect(await runExtract({paths: ['.'], out: 'out.json'}, io)).toBe(0);
		expect(err.join('')).toContain('skipped secret.md: permission denied');
	});

	test('without --out the dataset goes to stdout', async () => {
		const folder = temporaryFolder();
		writeFileSync(join(folder, 'good.md'), good);
		const {io, out} = fakeIo(folder);
		expect(await runExtract({paths: ['good.md'], out: undefined}, io)).toBe(0);
		expect(datasetSchema.parse(JSON.parse(out.join(''))).articles).toHaveLength(1);
	});
});

describe('brief extract --out', () => {
	test('makes the folders of a path that does not exist yet', async () => {
		const folder = temporaryFolder();
		writeFileSync(join(folder, 'good.md'), good);
		const {io} = fakeIo(folder);
		expect(await runExtract({paths: ['good.md'], out: 'data/new/briefing.json'}, io)).toBe(0);
		expect(datasetSchema.parse(JSON.parse(readFileSync(join(folder, 'data', 'new', 'briefing.json'), 'utf8'))).articles).toHaveLength(1);
	});

	test('refuses a path it cannot write before reading a single article', async () => {
		const folder = temporaryFolder();
		writeFileSync(join(folder, 'good.md'), good);
		// Read first, this article would be reported as skipped: a refusal made before reading says nothing of it.
		writeFileSync(join(folder, 'empty.md'), '');
		writeFileSync(join(folder, 'a-file'), 'not a folder');
		mkdirSync(join(folder, 'a-folder'));
		for (const [out, reason] of [
			['a-file/briefing.json', 'a part of its path is a file'],
			['a-folder', 'it is a folder'],
		]) {
			const {io, err} = fakeIo(folder);
			const refusal = await runExtract({paths: ['.'], out}, io).catch((error: unknown) => error);
			expect(refusal).toMatchObject({message: `cannot write ${out}: ${reason}`, exitCode: 2});
			expect(err.join('')).toBe('');
		}
	});
});
