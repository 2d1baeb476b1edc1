// npm run bench: extract, plain and TUI benchmarks at 100, 1,000 and 10,000 articles, one table.
// Corpora come from the generator (fixed seed, 100 companies; reused while the generator is the
// same), are extracted by the built CLI (dist/, rebuilt when stale, run from a copy) with a cold
// cache, then read by `brief <company> --plain` and by the TUI in a pseudo-terminal.
// BENCH_SIZES=100,1000 runs fewer sizes; BENCH_ROUNDS scales the repeated measurements.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {generatorFingerprint} from './corpus/generate.js';
import {manifestFile, registryFile, writeCorpus, type Manifest} from './corpus/write.js';
import {buildIfStale, root, snapshotDist} from './built-cli.js';
import {hasPseudoTerminal, terminalColumns, terminalRows, terminalSession} from './terminal-session.js';
import {median, wallTimes} from './wall-time.js';

const sizes = (process.env['BENCH_SIZES'] ?? '100,1000,10000').split(',').map(Number);
const companies = 100;
const seed = '1';
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 11);
const work = join(root, 'bench', '.out', 'all');

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

function corpus(articles: number): {folder: string; manifest: Manifest} {
	const folder = join(work, `corpus-${articles}-${companies}-${seed}`);
	try {
		const manifest = JSON.parse(readFileSync(join(folder, manifestFile), 'utf8')) as Manifest;
		if (manifest.generator === generatorFingerprint() && manifest.articles === articles && manifest.companies === companies && manifest.seed === seed) return {folder, manifest};
	} catch {
		// Not there yet, or from another generator: written below.
	}

	return {folder, manifest: writeCorpus({articles, companies, seed}, folder)};
}

interface Run {
	readonly milliseconds: number;
	/** User plus system CPU time over wall time: how many cores the run kept busy. */
	readonly cores: number;
	readonly peakMegabytes: number;
	readonly stdout: string;
	readonly stderr: string;
}

/** One run under `/usr/bin/time` (peak RSS, CPU time); wall time measured here. Throws unless it exits 0. */
function measured(command: readonly string[], env: NodeJS.ProcessEnv, directory: string): Run {
	const report = join(directory, 'time-report');
	const started = process.hrtime.bigint();
	const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', report, ...command], {env, encoding: 'utf8', maxBuffer: 1 << 30});
	const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.status !== 0) throw new Error(`${command.join(' ')} exited ${String(result.status)}: ${result.stderr.slice(-500)}`);
	const [user, system, kilobytes] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
	return {milliseconds, cores: (user! + system!) / (milliseconds / 1000), peakMegabytes: kilobytes! / 1024, stdout: result.stdout, stderr: result.stderr};
}

interface SizeFigures {
	readonly megabytes: number;
	readonly firstSeconds: number;
	readonly firstCores: number;
	readonly firstPeak: number;
	readonly secondSeconds: number;
	readonly typical: string;
	readonly typicalArticles: number;
	readonly largest: string;
	readonly largestArticles: number;
	/** `brief --plain` on the bundled dataset over `node -e 0`, measured beside this size's runs. */
	readonly bundledRatio: number;
	readonly plainTypical: number;
	readonly plainTypicalPeak: number;
	readonly plainLargest: number;
	readonly plainLargestPeak: number;
	/** Every company at once (an empty watchlist): the streamed outputs. */
	readonly everyPlainSeconds: number;
	readonly everyPlainPeak: number;
	readonly everyJsonPeak: number;
	readonly digestSeconds: number;
	readonly digestPeak: number;
	readonly tuiFirstFrame: number;
	readonly tuiKeyMedian: number;
	readonly tuiKeyP90: number;
	readonly tuiPeak: number;
}

/** Node as the bin's shebang starts it (`--expose-gc`: see source/dataset/collect-garbage.ts). */
const node = ['node', '--expose-gc'];

async function measureSize(articles: number, cli: string, env: NodeJS.ProcessEnv, directory: string): Promise<SizeFigures> {
	const {folder, manifest} = corpus(articles);
	const output = join(work, `data-${articles}`);
	const data = join(output, 'briefing.json');
	const extract = [...node, cli, 'extract', folder, '--registry', join(folder, registryFile), '--out', data];

	// First run: no dataset, no index, no cache. Small corpora are timed three times (median), the large one once.
	const firstRuns: Run[] = [];
	for (let run = 0; run < (articles >= 10_000 ? 1 : 3); run++) {
		rmSync(output, {recursive: true, force: true});
		mkdirSync(output, {recursive: true});
		const first = measured(extract, env, directory);
		if (!first.stderr.includes(`extracted ${manifest.articles} articles`)) throw new Error(`first extract run: ${first.stderr}`);
		firstRuns.push(first);
	}

	const first = [...firstRuns].sort((a, b) => a.milliseconds - b.milliseconds)[Math.floor(firstRuns.length / 2)]!;
	const secondRuns = Array.from({length: 5}, () => measured(extract, env, directory));
	if (!secondRuns.every(run => run.stderr.includes('nothing changed'))) throw new Error(`second extract run did work: ${secondRuns[0]!.stderr}`);

	// The companies to read: the one with the most articles, and the median one (by article count).
	const list = JSON.parse(measured([...node, cli, 'list', '--json', '--data', data], env, directory).stdout) as {companies: Array<{id: string; articleCount: number}>};
	const byCount = list.companies.filter(company => company.articleCount > 0).sort((a, b) => b.articleCount - a.articleCount || (a.id < b.id ? -1 : 1));
	const largest = byCount[0]!;
	const typical = byCount[Math.floor(byCount.length / 2)]!;
	const plain = (company: string) => [...node, cli, company, '--plain', '--data', data];
	// Interleaved with node -e 0 and the bundled dataset's briefing, so that load on the machine hits all alike.
	const [nodeTimes, bundledTimes, typicalTimes, largestTimes] = wallTimes([['node', '-e', '0'], [...node, cli, '--plain'], plain(typical.id), plain(largest.id)], {rounds, warmup: 2, env});
	const peak = (company: string) => median(Array.from({length: 3}, () => measured(plain(company), env, directory).peakMegabytes));
	// Every company, read by a pipe as a script would: three runs each, medians.
	const every = (command: readonly string[]) => {
		const runs = Array.from({length: 3}, () => measured([...node, cli, ...command, '--data', data], env, directory));
		return {seconds: median(runs.map(run => run.milliseconds)) / 1000, peak: median(runs.map(run => run.peakMegabytes))};
	};
	const everyPlain = every(['--plain']);
	const everyJson = every(['--json']);
	const digest = every(['digest']);

	// TUI: first frame over several starts; then j down the list and k back up (the first visit to a
	// company reads its data, the way back finds it read), with the peak memory of that session.
	const frames: number[] = [];
	for (let round = -1; round < Math.ceil(rounds / 2); round++) {
		const {firstFrame} = await terminalSession({command: [...node, cli, '--data', data], directory});
		if (round >= 0) frames.push(firstFrame);
	}

	const depth = 15;
	const keys = [...Array.from({length: depth}, () => 'j'), ...Array.from({length: depth}, () => 'k')];
	const session = await terminalSession({command: [...node, cli, '--data', data], directory, keys, measureMemory: true});
	return {
		megabytes: manifest.totalBytes / 1e6,
		firstSeconds: first.milliseconds / 1000,
		firstCores: first.cores,
		firstPeak: first.peakMegabytes,
		secondSeconds: median(secondRuns.map(run => run.milliseconds)) / 1000,
		typical: typical.id,
		typicalArticles: typical.articleCount,
		largest: largest.id,
		largestArticles: largest.articleCount,
		bundledRatio: median(bundledTimes!) / median(nodeTimes!),
		plainTypical: median(typicalTimes!),
		plainTypicalPeak: peak(typical.id),
		plainLargest: median(largestTimes!),
		plainLargestPeak: peak(largest.id),
		everyPlainSeconds: everyPlain.seconds,
		everyPlainPeak: everyPlain.peak,
		everyJsonPeak: everyJson.peak,
		digestSeconds: digest.seconds,
		digestPeak: digest.peak,
		tuiFirstFrame: median(frames),
		tuiKeyMedian: median(session.keys),
		tuiKeyP90: percentile(session.keys, 0.9),
		tuiPeak: session.peakMegabytes!,
	};
}

interface Row {
	readonly label: string;
	readonly values: ReadonlyArray<number | string>;
	/** How a number is shown. */
	readonly format: (value: number) => string;
	readonly target?: string;
	/** Whether the last column meets the target. */
	readonly meets?: (value: number) => boolean;
	/** Growth from the second to the last column is not meaningful. */
	readonly noGrowth?: boolean;
}

function table(rows: readonly Row[]): string {
	const header = ['measurement', ...sizes.map(size => `${size.toLocaleString('en-US')} articles`), sizes.length > 1 ? `x ${sizes.at(-1)!.toLocaleString('en-US')}/${sizes.at(-2)!.toLocaleString('en-US')}` : '', 'target (largest size)'];
	const cells = rows.map(row => {
		const last = row.values.at(-1);
		const before = row.values.at(-2);
		const growth = !row.noGrowth && typeof last === 'number' && typeof before === 'number' && before > 0 ? `${(last / before).toFixed(1)}x` : '';
		const verdict = row.target === undefined ? '' : `${row.target}${row.meets && typeof last === 'number' ? (row.meets(last) ? '  met' : '  NOT met') : ''}`;
		return [row.label, ...row.values.map(value => (typeof value === 'number' ? row.format(value) : value)), growth, verdict];
	});
	const widths = header.map((_, column) => Math.max(...[header, ...cells].map(line => line[column]!.length)));
	const render = (line: readonly string[]) =>
		line
			.map((cell, column) => (column === 0 || column === line.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
			.join('  ')
			.trimEnd();
	return [render(header), widths.map(width => '-'.repeat(width)).join('  '), ...cells.map(line => render(line))].join('\n');
}

async function main(): Promise<void> {
	if (!hasPseudoTerminal()) throw new Error('npm run bench needs `script` (util-linux) for the TUI');
	if (!existsSync('/usr/bin/time')) throw new Error('npm run bench needs /usr/bin/time (GNU time) for peak memory');
	const started = performance.now();
	mkdirSync(work, {recursive: true});
	buildIfStale();
	const cli = snapshotDist(join(work, 'package'));
	const directory = mkdtempSync(join(tmpdir(), 'brief-bench-all-'));
	// An empty config dir (no watchlist), no user dataset or library, no colour preference.
	const {NO_COLOR, FORCE_COLOR, BRIEF_DATA, BRIEF_CONFIG_DIR, BRIEF_DATA_DIR, ...rest} = process.env;
	const env = {...rest, BRIEF_CONFIG_DIR: directory, BRIEF_DATA_DIR: directory};
	try {
		const figures: SizeFigures[] = [];
		for (const size of sizes) {
			process.stderr.write(`measuring ${size} articles...\n`);
			figures.push(await measureSize(size, cli, env, directory));
		}

		const ms = (value: number) => `${value.toFixed(0)} ms`;
		const column = <Key extends keyof SizeFigures>(key: Key) => figures.map(size => size[key]);
		const rows: Row[] = [
			{label: 'corpus size', values: column('megabytes'), format: value => `${value.toFixed(1)} MB`},
			{label: 'extract, first run', values: column('firstSeconds'), format: value => `${value.toFixed(2)} s`},
			{label: '  throughput', values: figures.map(size => size.megabytes / size.firstSeconds), format: value => `${value.toFixed(1)} MB/s`},
			{label: '  cores busy (CPU / wall)', values: column('firstCores'), format: value => value.toFixed(2), target: 'both cores (>= 1.5)', meets: value => value >= 1.5},
			{label: '  peak memory', values: column('firstPeak'), format: value => `${value.toFixed(0)} MB`, target: '<= 300 MB', meets: value => value <= 300},
			{label: 'extract, second run (unchanged)', values: column('secondSeconds'), format: value => `${value.toFixed(2)} s`},
			{label: '  speed-up over the first', values: figures.map(size => size.firstSeconds / size.secondSeconds), format: value => `${value.toFixed(1)}x`, target: '>= 10x', meets: value => value >= 10},
			{label: 'typical company (median articles)', values: figures.map(size => `${size.typical} (${size.typicalArticles})`), format: String},
			{label: '  brief <typical> --plain', values: column('plainTypical'), format: ms, target: '<= 200 ms', meets: value => value <= 200},
			{label: '  peak memory', values: column('plainTypicalPeak'), format: value => `${value.toFixed(0)} MB`, target: '<= 250 MB', meets: value => value <= 250},
			{label: 'largest company (most articles)', values: figures.map(size => `${size.largest} (${size.largestArticles})`), format: String},
			{label: '  brief <largest> --plain', values: column('plainLargest'), format: ms, target: '<= 200 ms', meets: value => value <= 200},
			{label: '  peak memory', values: column('plainLargestPeak'), format: value => `${value.toFixed(0)} MB`, target: '<= 250 MB', meets: value => value <= 250},
			{label: 'every company (empty watchlist)', values: figures.map(() => ''), format: String},
			{label: '  brief --plain', values: column('everyPlainSeconds'), format: value => `${value.toFixed(2)} s`},
			{label: '  peak memory', values: column('everyPlainPeak'), format: value => `${value.toFixed(0)} MB`, target: '<= 250 MB', meets: value => value <= 250},
			{label: '  brief --json, peak memory', values: column('everyJsonPeak'), format: value => `${value.toFixed(0)} MB`, target: '<= 250 MB', meets: value => value <= 250},
			{label: '  brief digest', values: column('digestSeconds'), format: value => `${value.toFixed(2)} s`},
			{label: '  peak memory', values: column('digestPeak'), format: value => `${value.toFixed(0)} MB`, target: '<= 250 MB', meets: value => value <= 250},
			{label: 'TUI first frame', values: column('tuiFirstFrame'), format: ms, target: '<= 500 ms', meets: value => value <= 500},
			{label: 'TUI key press, median', values: column('tuiKeyMedian'), format: value => `${value.toFixed(1)} ms`, target: '<= 16 ms', meets: value => value <= 16},
			{label: 'TUI key press, p90', values: column('tuiKeyP90'), format: value => `${value.toFixed(1)} ms`, target: '<= 16 ms', meets: value => value <= 16},
			{label: 'TUI peak memory (30 keys)', values: column('tuiPeak'), format: value => `${value.toFixed(0)} MB`, target: '<= 250 MB', meets: value => value <= 250},
			{label: 'brief --plain / node -e 0, bundled data', values: column('bundledRatio'), format: value => `${value.toFixed(2)}x`, target: '<= 1.6x (issue 4)', meets: value => value <= 1.6, noGrowth: true},
		];
		console.log(`brief benchmarks: generated corpora (${companies} companies, seed ${seed}), built CLI (${cli}), 2 cores shared; times are medians`);
		console.log(table(rows));
		console.log(
			`notes: plain times are wall time of the whole process, ${rounds} rounds interleaved with node -e 0 and the bundled briefing (the same data in every column); TUI times are in a ${terminalColumns}x${terminalRows} pseudo-terminal (util-linux script) and include its start-up; ` +
				`key presses are j down ${15} companies and k back; "every company" runs are read through a pipe; peak memory is the maximum resident set (GNU time %M), worker threads included. Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
		);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

await main();
