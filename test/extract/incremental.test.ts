import {execFileSync, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {extractFiles} from '../../source/extract/index.js';

const root = join(import.meta.dirname, '..', '..');
const seeds = join(root, 'data', 'articles');

function corpus(copies: number): string {
	const folder = mkdtempSync(join(tmpdir(), 'brief-corpus-'));
	for (let copy = 0; copy < copies; copy++) for (const name of readdirSync(seeds)) cpSync(join(seeds, name), join(folder, `${copy}-${name}`));
	return folder;
}

describe('re-running brief extract', () => {
	test('unchanged files are reused from the cache; a changed one is extracted again', async () => {
		const folder = corpus(1);
		const cacheFile = join(folder, '.cache');
		const options = {paths: [folder], cwd: folder, datasetFolder: folder, cacheFile, jobs: 1};
		const first = await extractFiles(options);
		expect(first.reused).toBe(0);
		first.saveCache(null, '');
		const second = await extractFiles(options);
		second.saveCache(null, '');
		expect(second.reused).toBe(5);
		expect(JSON.stringify(second.dataset)).toBe(JSON.stringify(first.dataset));

		const changed = join(folder, '0-004_8829784a73951244.txt');
		writeFileSync(changed, readFileSync(changed, 'utf8').replaceAll('2025年第4四半期決算', '2025年第3四半期決算'));
		const third = await extractFiles(options);
		third.saveCache(null, '');
		expect(third.reused).toBe(4);
		expect(third.dataset.events.some(event => event.date === '2025-Q3')).toBe(true);
	});

	test('a cache of other rules or a corrupt cache is ignored, not trusted', async () => {
		const folder = corpus(1);
		const cacheFile = join(folder, '.cache');
		writeFileSync(cacheFile, '{"version":2,"key":"other","files":[],"problems":[],"output":null,"summary":""}\n');
		expect((await extractFiles({paths: [folder], cwd: folder, datasetFolder: folder, cacheFile, jobs: 1})).reused).toBe(0);
		writeFileSync(cacheFile, '{not json');
		expect((await extractFiles({paths: [folder], cwd: folder, datasetFolder: folder, cacheFile, jobs: 1})).extracted).toBe(5);
	});
});

describe('brief extract from the command line', () => {
	// Run from the project folder so that `--import tsx` resolves; paths are absolute.
	const cli = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'cli.tsx', ...args], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

	test('worker threads give the same dataset as one thread', () => {
		const folder = corpus(8);
		cli(['extract', folder, '--out', join(folder, 'one.json'), '--jobs', '1']);
		cli(['extract', folder, '--out', join(folder, 'two.json'), '--jobs', '2']);
		expect(readFileSync(join(folder, 'two.json'), 'utf8')).toBe(readFileSync(join(folder, 'one.json'), 'utf8'));
	});

	test('killed midway, the previous dataset stays intact and no temporary file is left', async () => {
		const folder = corpus(200);
		writeFileSync(join(folder, 'out.json'), 'previous dataset');
		for (const signal of ['SIGINT', 'SIGTERM'] as const) {
			const child = spawn(process.execPath, ['--import', 'tsx', 'cli.tsx', 'extract', folder, '--out', join(folder, 'out.json'), '--jobs', '1'], {cwd: root, stdio: 'ignore'});
			const exited = new Promise(resolve => child.on('exit', (exitCode, killedBy) => resolve(exitCode ?? killedBy)));
			await new Promise(resolve => setTimeout(resolve, 1500));
			child.kill(signal);
			const code = await exited;
			expect([130, 143]).toContain(code);
			expect(readFileSync(join(folder, 'out.json'), 'utf8')).toBe('previous dataset');
			expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
		}

		expect(existsSync(join(folder, 'out.json'))).toBe(true);
	});
});
