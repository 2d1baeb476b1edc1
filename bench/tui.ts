// npm run bench:tui: the bundled TUI's first frame beside `node -e 0`, and how long a key press takes
// to reach the screen with 500 companies in the list. Runs the real dist/cli.js in a pseudo-terminal
// (util-linux `script`), since Ink only draws to a terminal.
//
// npm run bench:tui -- --data FILE (e.g. the 10,000-article dataset, see README): first frame on that
// dataset, j/k in the company list (each company seen for the first time loads its shard), and j in
// the timeline of the first company (the largest). Targets (issue 5): 500 ms and 16 ms.
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {hasPseudoTerminal, terminalColumns as columns, terminalRows as rows, terminalSession, timeInTerminal} from './terminal-session.js';
import {syntheticDataset} from './tui-dataset.js';
import {median} from './wall-time.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = process.env['BENCH_CLI'] ?? join(root, 'dist', 'cli.js');

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/** Starts the TUI on `data`, waits for its first frame, then presses `keys` one at a time, timing each frame. */
function session(data: string, directory: string, keys: readonly string[]) {
	return terminalSession({
		command: [process.execPath, cli, '--data', data],
		directory,
		keys,
		measureMemory: existsSync('/usr/bin/time'),
		firstPause: Number(process.env['BENCH_FIRST_PAUSE'] ?? 40),
	});
}

const timeToExit = timeInTerminal;

/** j/k alternating in runs of four, as the 500-company figure has always been measured. */
function alternating(count: number): string[] {
	return Array.from({length: count}, (_, index) => (index % 8 < 4 ? 'j' : 'k'));
}

const fmt = (value: number) => `${value.toFixed(1)} ms`;
const spread = (values: readonly number[]) => `median ${fmt(median(values))}, p90 ${fmt(percentile(values, 0.9))}, max ${fmt(Math.max(...values))} (${values.length})`;

async function bundledAndSynthetic(directory: string, rounds: number): Promise<void> {
	const bundled = join(root, 'data', 'briefing.json');
	const large = join(directory, 'companies-500.json');
	writeFileSync(large, JSON.stringify(syntheticDataset(500, 2000)));
	const baseline: number[] = [];
	const wrapper: number[] = [];
	const first: number[] = [];
	const firstLarge: number[] = [];
	for (let round = -2; round < rounds; round++) {
		const node = await timeToExit([process.execPath, '-e', '0'], directory);
		const nothing = await timeToExit(['true'], directory);
		const frame = (await session(bundled, directory, [])).firstFrame;
		const frameLarge = (await session(large, directory, [])).firstFrame;
		if (round < 0) continue;
		baseline.push(node);
		wrapper.push(nothing);
		first.push(frame);
		firstLarge.push(frameLarge);
	}

	const {keys} = await session(large, directory, alternating(60));
	console.log(`brief TUI benchmark (${columns}x${rows} pseudo-terminal, ${rounds} rounds, medians; each includes the ${fmt(median(wrapper))} of starting the pseudo-terminal)`);
	console.log(`  node -e 0                                 ${fmt(median(baseline))}`);
	console.log(`  first frame, bundled dataset               ${fmt(median(first))}  (${(median(first) / median(baseline)).toFixed(1)}x node -e 0; target 250 ms)`);
	console.log(`  first frame, 500 companies / 2,000 articles ${fmt(median(firstLarge))}`);
	console.log(`  key press to frame, 500 companies: ${spread(keys)}  (target 16 ms)`);
}

async function givenDataset(data: string, directory: string, rounds: number): Promise<void> {
	const baseline: number[] = [];
	const first: number[] = [];
	for (let round = -1; round < rounds; round++) {
		const node = await timeToExit([process.execPath, '-e', '0'], directory);
		const frame = (await session(data, directory, [])).firstFrame;
		if (round < 0) continue;
		baseline.push(node);
		first.push(frame);
	}

	// Down the list and back: the first visit to a company reads its shard, the way back finds it read.
	const depth = 12;
	const list = await session(data, directory, [...Array.from({length: depth}, () => 'j'), ...Array.from({length: depth}, () => 'k')]);
	if (process.env['BENCH_VERBOSE']) console.log(`  list keys: ${list.keys.map(value => value.toFixed(1)).join(' ')}`);
	const firstVisits = list.keys.slice(0, depth);
	const revisits = list.keys.slice(depth);
	// Tab moves the focus from the list to the timeline of the first (largest) company.
	const timeline = await session(data, directory, ['\t', ...Array.from({length: 40}, () => 'j')]);
	console.log(`brief TUI benchmark on ${data} (${columns}x${rows} pseudo-terminal, ${rounds} rounds)`);
	console.log(`  node -e 0                      median ${fmt(median(baseline))}`);
	console.log(`  first frame                    ${spread(first)}  (target 500 ms)`);
	console.log(`  j in the company list, a company not seen before: ${spread(firstVisits)}`);
	console.log(`  k back up the list, companies seen before:         ${spread(revisits)}`);
	console.log(`  every list key:                                    ${spread(list.keys)}  (target 16 ms)`);
	const loadingFrames = list.keys.filter((time, index) => list.ready[index]! > time).length;
	console.log(`  key to the company's data on screen:               ${spread(list.ready)}  (${loadingFrames} of ${list.keys.length} keys drew it as loading first)`);
	console.log(`  Tab to the timeline:                               ${fmt(timeline.keys[0]!)}`);
	console.log(`  j in the timeline of the first company:            ${spread(timeline.keys.slice(1))}  (target 16 ms)`);
	if (list.peakMegabytes !== undefined) console.log(`  peak memory, down the list and back:               ${list.peakMegabytes.toFixed(0)} MB  (target 250 MB)`);
}

async function main(): Promise<void> {
	const {values} = parseArgs({options: {data: {type: 'string'}}});
	if (!hasPseudoTerminal()) throw new Error('bench:tui needs `script` (util-linux) for a pseudo-terminal');
	const directory = mkdtempSync(join(tmpdir(), 'brief-bench-tui-'));
	const rounds = Number(process.env['BENCH_ROUNDS'] ?? (values.data ? 9 : 15));
	try {
		if (values.data) await givenDataset(resolve(values.data), directory, rounds);
		else await bundledAndSynthetic(directory, rounds);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

await main();
