import {execFileSync, spawn} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test, vi} from 'vitest';
import {openStore} from '../../source/dataset/store.js';
import {extractFiles} from '../../source/extract/index.js';

const root = join(import.meta.dirname, '..', '..');
const seeds = join(root, 'data', 'articles');

/** Every file of the dataset, its index and the cache, by path under `folder`: what a run may change. */
function snapshot(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	const visit = (relative: string) => {
		for (const entry of readdirSync(join(folder, relative), {withFileTypes: true})) {
			const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
			// Articles are not written; anything else is, temporary files and folders included.
			if (relative === '' && /^\d+-/.test(entry.name)) continue;
			if (entry.isDirectory()) visit(path);
			else files[path] = readFileSync(join(folder, path), 'utf8');
		}
	};

	visit('');
	return files;
}

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

		const changed = join(folder, '0-000_c8e6c998ee4e504b.txt');
		const azureGrowth = (dataset: typeof first.dataset) => dataset.figures.filter(figure => figure.segment === 'azure' && figure.kind === 'revenue_growth').map(figure => figure.value);
		expect(azureGrowth(second.dataset)).toEqual([30]);
		writeFileSync(changed, readFileSync(changed, 'utf8').replaceAll('収益が30%増加', '収益が31%増加').replaceAll('収益増加率30%', '収益増加率31%'));
		const third = await extractFiles(options);
		third.saveCache(null, '');
		expect(third.reused).toBe(4);
		expect(azureGrowth(third.dataset)).toEqual([31]);
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

	test('killed midway (SIGINT, SIGTERM), the previous dataset and its index stay as they were, and nothing temporary is left', async () => {
		const folder = corpus(200);
		const out = join(folder, 'out.json');
		// The previous dataset: the seeds, with the index the views read them through.
		cli(['extract', seeds, '--out', out]);
		const before = snapshot(folder);
		expect(Object.keys(before).filter(name => name.startsWith('out.index/companies/')).length).toBeGreaterThan(5);
		const rowsBefore = openStore(out).rows([]);
		for (const [signal, exitCode] of [
			['SIGINT', 130],
			['SIGTERM', 143],
		] as const) {
			// In a pseudo-terminal, so that the progress line shows when extraction is under way.
			const child = spawn('script', ['-qfec', `exec ${process.execPath} --import tsx cli.tsx extract ${folder} --out ${out}`, '/dev/null'], {cwd: root, stdio: ['pipe', 'pipe', 'ignore']});
			const exited = new Promise(resolve => child.on('exit', code => resolve(code)));
			let output = '';
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
			await vi.waitFor(
				() => {
					const [, done, total] = /extracting (\d+)\/(\d+)/.exec(output.slice(output.lastIndexOf('extracting'))) ?? [];
					expect(Number(done)).toBeGreaterThan(0);
					expect(Number(done)).toBeLessThan(Number(total));
				},
				{timeout: 15_000, interval: 5},
			);
			// The node process is the child of `script`.
			const node = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim());
			process.kill(node, signal);
			expect(await exited).toBe(exitCode);
			expect(snapshot(folder)).toEqual(before);
			expect(openStore(out).rows([])).toEqual(rowsBefore);
		}
	});
});
