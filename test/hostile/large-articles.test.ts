// Issue 12, item 9: single articles of 5 MB made to fill memory or to be slow (a million "AWS ", five
// million "<", dense figures at 20,000 sentences), through the real command line. The child reports
// its own peak resident memory and the CPU time it used (CPU time, not wall time: the machine may be
// busy with other work, which stretches the clock but not the work done). `npm run bench:hostile`
// times more shapes on the built CLI.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {datasetSchema} from '../../source/dataset/schema.js';
import {runCli} from '../cli/run-cli.js';

const bytes = 5_000_000;
/** Printed by the child as it exits: its peak resident set (kilobytes) and CPU time (microseconds). */
const probe = `data:text/javascript,process.on('exit', () => { const usage = process.resourceUsage(); process.stderr.write('usage ' + usage.maxRSS + ' ' + (usage.userCPUTime + usage.systemCPUTime) + '\\n'); })`;

let work: string;
/** The peak of brief on a one-line article: node, and tsx compiling brief in the child (~40 MB more than the bundle's ~70 MB). */
let baseline: number;
beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'brief-large-'));
	const tiny = await extractOne('tiny', 'AWSは2025年1月1日、新サービスを発表した。\n');
	expect(tiny.code, tiny.stderr).toBe(0);
	baseline = tiny.peakMegabytes;
}, 60_000);

/**
 * What an article may add to the peak: 300 MB for the bundle users run, less its own ~70 MB. Measured
 * above the baseline, so that tsx's share is not counted against brief.
 */
const articleAllowance = 230;

afterAll(() => {
	rmSync(work, {recursive: true, force: true});
});

async function extractOne(name: string, text: string) {
	const folder = join(work, name);
	mkdirSync(folder);
	writeFileSync(join(folder, 'article.txt'), text);
	const result = await runCli(['extract', 'article.txt', '--out', 'b.json'], {cwd: folder, nodeArguments: ['--import', probe], env: {BRIEF_CONFIG_DIR: join(folder, 'config')}, timeout: 120_000});
	const [, peak, cpu] = /^usage (\d+) (\d+)$/m.exec(result.stderr) ?? [];
	return {...result, peakMegabytes: Number(peak) / 1024, cpuSeconds: Number(cpu) / 1e6, dataset: result.code === 0 ? datasetSchema.parse(JSON.parse(readFileSync(join(folder, 'b.json'), 'utf8'))) : undefined};
}

const repeated = (unit: string) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));

describe('9. one article of 5 MB: bounded memory, time of the normal rate', () => {
	// Before: 885 MB for a million "AWS ", 19 s of CPU for the "<". Now some 30 to 150 MB above the
	// baseline and 2 to 4 s; the CPU bound leaves twice that room and more.
	test.each([
		['company names ("AWS " repeated)', () => repeated('AWS ')],
		['"<" repeated', () => '<'.repeat(bytes)],
		['markup around a company name', () => repeated('<p>AWSは</p><div>')],
	])('%s', {timeout: 180_000}, async (name, make) => {
		const run = await extractOne(name.replaceAll(/\W+/g, '-'), make());
		expect(run.code, run.stderr).toBe(0);
		expect(run.peakMegabytes).toBeGreaterThan(0);
		expect(run.peakMegabytes - baseline).toBeLessThanOrEqual(articleAllowance);
		expect(run.cpuSeconds).toBeLessThan(10);
		expect(run.dataset?.articles).toHaveLength(1);
	});

	test('dense figures and dates (the slowest shape: every sentence a figure, as far as the first 20,000)', {timeout: 180_000}, async () => {
		const sentences: string[] = [];
		for (let index = 0, size = 0; size < bytes; index++) {
			const sentence = `AWSは2025年${(index % 12) + 1}月${(index % 28) + 1}日、クラウド市場シェアが${index % 90}.${index % 10}%となったと発表した。`;
			sentences.push(sentence);
			size += Buffer.byteLength(sentence);
		}

		const run = await extractOne('dense', sentences.join(''));
		expect(run.code, run.stderr).toBe(0);
		expect(run.peakMegabytes - baseline).toBeLessThanOrEqual(articleAllowance);
		const dataset = run.dataset!;
		expect(dataset.articles.map(article => article.companies)).toEqual([['amazon']]);
		expect(dataset.figures.length).toBeGreaterThan(0);
	});
});
