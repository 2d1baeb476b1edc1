// npm run bench:tui: the bundled TUI's first frame beside `node -e 0`, and how long a key press takes
// to reach the screen with 500 companies in the list. Runs the real dist/cli.js in a pseudo-terminal
// (util-linux `script`), since Ink only draws to a terminal.
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {syntheticDataset} from './tui-dataset.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const columns = 120;
const rows = 40;
// Ink draws nothing but the last frame when it believes it runs in CI.
const env = {...process.env, CI: '0', CONTINUOUS_INTEGRATION: '0', NO_COLOR: '', TERM: 'xterm-256color'};
const frameEnd = 'q quit';

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function quote(argument: string): string {
	return `'${argument.replaceAll("'", "'\\''")}'`;
}

/** A command inside a pseudo-terminal of the benchmark's size. */
function inTerminal(command: readonly string[], directory: string) {
	const line = `stty cols ${columns} rows ${rows}; exec ${command.map(quote).join(' ')}`;
	return spawn('script', ['-qfec', line, '/dev/null'], {cwd: directory, env: {...env, BRIEF_CONFIG_DIR: directory}, stdio: ['pipe', 'pipe', 'pipe']});
}

/** Milliseconds from spawn until the process exits. */
function timeToExit(command: readonly string[], directory: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = inTerminal(command, directory);
		child.stdout.resume();
		child.on('error', reject);
		child.on('exit', () => resolve(performance.now() - started));
	});
}

interface Session {
	readonly firstFrame: number;
	readonly keys: readonly number[];
}

/** Starts the TUI, waits for its first frame, then presses j/k `presses` times, timing each frame. */
function session(data: string, directory: string, presses: number): Promise<Session> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = inTerminal([process.execPath, cli, '--data', data], directory);
		let output = '';
		let firstFrame: number | undefined;
		const keys: number[] = [];
		let pressedAt: number | undefined;
		const press = () => {
			if (keys.length >= presses) {
				child.stdin.write('q');
				return;
			}

			output = '';
			pressedAt = performance.now();
			child.stdin.write(keys.length % 8 < 4 ? 'j' : 'k');
		};

		child.stdout.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			output += chunk;
			if (!output.includes(frameEnd)) return;
			const now = performance.now();
			if (firstFrame === undefined) {
				firstFrame = now - started;
				output = '';
				// Leave Ink's 60 fps throttle window between presses, as a person typing would.
				setTimeout(press, 40);
			} else if (pressedAt !== undefined) {
				keys.push(now - pressedAt);
				pressedAt = undefined;
				output = '';
				setTimeout(press, 40);
			}
		});
		child.on('error', reject);
		child.on('exit', () => {
			if (firstFrame === undefined) reject(new Error('the TUI exited before drawing a frame'));
			else resolve({firstFrame, keys});
		});
		setTimeout(() => {
			child.kill();
		}, 30_000).unref();
	});
}

async function main(): Promise<void> {
	if (spawnSync('script', ['--version']).status !== 0) throw new Error('bench:tui needs `script` (util-linux) for a pseudo-terminal');
	const directory = mkdtempSync(join(tmpdir(), 'brief-bench-tui-'));
	try {
		const bundled = join(root, 'data', 'briefing.json');
		const large = join(directory, 'companies-500.json');
		writeFileSync(large, JSON.stringify(syntheticDataset(500, 2000)));
		const rounds = Number(process.env['BENCH_ROUNDS'] ?? 15);

		const baseline: number[] = [];
		const wrapper: number[] = [];
		const first: number[] = [];
		const firstLarge: number[] = [];
		for (let round = -2; round < rounds; round++) {
			const node = await timeToExit([process.execPath, '-e', '0'], directory);
			const nothing = await timeToExit(['true'], directory);
			const frame = (await session(bundled, directory, 0)).firstFrame;
			const frameLarge = (await session(large, directory, 0)).firstFrame;
			if (round < 0) continue;
			baseline.push(node);
			wrapper.push(nothing);
			first.push(frame);
			firstLarge.push(frameLarge);
		}

		const {keys} = await session(large, directory, 60);
		const sortedKeys = [...keys].sort((a, b) => a - b);
		const fmt = (value: number) => `${value.toFixed(1)} ms`;
		console.log(`brief TUI benchmark (${columns}x${rows} pseudo-terminal, ${rounds} rounds, medians; each includes the ${fmt(median(wrapper))} of starting the pseudo-terminal)`);
		console.log(`  node -e 0                                 ${fmt(median(baseline))}`);
		console.log(`  first frame, bundled dataset               ${fmt(median(first))}  (${(median(first) / median(baseline)).toFixed(1)}x node -e 0; target 250 ms)`);
		console.log(`  first frame, 500 companies / 2,000 articles ${fmt(median(firstLarge))}`);
		console.log(`  key press to frame, 500 companies (${keys.length} presses): median ${fmt(median(keys))}, p90 ${fmt(sortedKeys[Math.floor(sortedKeys.length * 0.9)]!)}, max ${fmt(sortedKeys.at(-1)!)}  (target 16 ms)`);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
}

await main();
