// npm run bench:hostile: time and peak memory of `brief extract` (the built CLI) on single articles of
// ~5 MB made to be slow or to fill memory (issue 12): a million company names, five million "<",
// dense figures and dates, a million tabs, entities, markup, empty sentences. Each runs alone, with a
// cold cache; peak memory is the process's maximum resident set. Target: at most 300 MB each, and
// time that grows linearly with the size (compare a shape at half the size: BENCH_HOSTILE_MB=2.5).
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildIfStale, root, snapshotDist} from './built-cli.js';

const bytes = Number(process.env['BENCH_HOSTILE_MB'] ?? 5) * 1_000_000;

function repeated(unit: string): string {
	return unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
}

function denseFacts(): string {
	const parts: string[] = [];
	for (let index = 0, size = 0; size < bytes; index++) {
		const sentence = `AWSは2025年${(index % 12) + 1}月${(index % 28) + 1}日、クラウド市場シェアが${index % 90}.${index % 10}%となったと発表した。`;
		parts.push(sentence);
		size += Buffer.byteLength(sentence);
	}

	return parts.join('');
}

const shapes: Record<string, () => string> = {
	'company names ("AWS " repeated)': () => repeated('AWS '),
	'"<" repeated': () => '<'.repeat(bytes),
	'sentences of 240 names': () => repeated(`${'AWS '.repeat(240)}。\n`),
	'dense figures and dates': denseFacts,
	tabs: () => repeated('A\tB\t'),
	entities: () => repeated('&amp;'),
	markup: () => repeated('<p>AWSは</p><div>'),
	bold: () => repeated('**a** '),
	'empty sentences': () => repeated('。'),
};

buildIfStale();
const work = mkdtempSync(join(tmpdir(), 'brief-bench-hostile-'));
try {
	const cli = snapshotDist(join(work, 'cli'));
	console.log(`brief extract on one article of ${(bytes / 1_000_000).toFixed(1)} MB (built CLI, cold cache)\n`);
	console.log(`${'shape'.padEnd(34)} ${'seconds'.padStart(8)} ${'peak MB'.padStart(8)}`);
	for (const [name, make] of Object.entries(shapes)) {
		const folder = join(work, name.replaceAll(/\W+/g, '-'));
		mkdirSync(folder);
		writeFileSync(join(folder, 'article.txt'), make());
		// The child reports its own peak: `process.resourceUsage().maxRSS` at exit, in kilobytes.
		const started = performance.now();
		const run = spawnSync(process.execPath, ['--import', `data:text/javascript,process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'))`, cli, 'extract', folder, '--out', join(folder, 'b.json')], {
			cwd: root,
			encoding: 'utf8',
		});
		const seconds = (performance.now() - started) / 1000;
		const peak = Number(/maxRSS (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024;
		console.log(`${name.padEnd(34)} ${seconds.toFixed(1).padStart(8)} ${peak.toFixed(0).padStart(8)}${run.status === 0 ? '' : `  exit ${run.status}`}`);
	}
} finally {
	rmSync(work, {recursive: true, force: true});
}
