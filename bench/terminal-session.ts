// The real TUI in a pseudo-terminal (util-linux `script`): time to the first frame, and from each
// key press to the frame it causes. Ink only draws to a terminal, so this is the honest measure.
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';

export const terminalColumns = 120;
export const terminalRows = 40;
// The status bar closes every frame of the list view.
const frameEnd = 'q quit';
// A company the TUI could not prepare within a frame is drawn with this in its header until it is.
const loadingMark = 'loading…';

export interface SessionOptions {
	/** [executable, ...arguments] of the TUI. */
	readonly command: readonly string[];
	/** Working directory and config dir: an empty temporary folder. */
	readonly directory: string;
	/** Keys pressed one at a time after the first frame, each once the frame of the one before is drawn. */
	readonly keys?: readonly string[];
	/** Wraps the command in `/usr/bin/time -f %M` to report its peak resident memory. */
	readonly measureMemory?: boolean;
	/** Milliseconds between the first frame and the first key (default 40). */
	readonly firstPause?: number;
}

export interface SessionResult {
	readonly firstFrame: number;
	/** Milliseconds from each key to its frame, in the order of `keys`. */
	readonly keys: readonly number[];
	/**
	 * Milliseconds from each key to the first frame that shows the company's data: the same as `keys`
	 * unless the key's frame drew the company as loading.
	 */
	readonly ready: readonly number[];
	/** Peak resident memory in MB, when asked for. */
	readonly peakMegabytes: number | undefined;
}

function quote(argument: string): string {
	return `'${argument.replaceAll("'", "'\\''")}'`;
}

export function hasPseudoTerminal(): boolean {
	return spawnSync('script', ['--version']).status === 0;
}

export function terminalSession(options: SessionOptions): Promise<SessionResult> {
	const keys = options.keys ?? [];
	const memoryFile = join(options.directory, 'peak-memory');
	const command = options.measureMemory ? ['/usr/bin/time', '-f', '%M', '-o', memoryFile, ...options.command] : options.command;
	const line = `stty cols ${terminalColumns} rows ${terminalRows}; exec ${command.map(argument => quote(argument)).join(' ')}`;
	// Ink draws only the last frame when it believes it runs in CI.
	const env = {...process.env, CI: '0', CONTINUOUS_INTEGRATION: '0', NO_COLOR: '', TERM: 'xterm-256color', BRIEF_CONFIG_DIR: options.directory, BRIEF_DATA: ''};
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', line, '/dev/null'], {cwd: options.directory, env, stdio: ['pipe', 'pipe', 'pipe']});
		let output = '';
		let firstFrame: number | undefined;
		const times: number[] = [];
		const ready: number[] = [];
		let pressedAt: number | undefined;
		// Set while the frame of the last key showed a company still loading.
		let loadingSince: number | undefined;
		const press = () => {
			if (times.length >= keys.length) {
				child.stdin.write('q');
				return;
			}

			output = '';
			pressedAt = performance.now();
			child.stdin.write(keys[times.length]!);
		};

		// Whether the newest frame in the output (frames end with the status bar) shows a company loading.
		const showsLoading = () => {
			const end = output.lastIndexOf(frameEnd);
			const start = output.lastIndexOf(frameEnd, end - 1);
			return output.slice(start === -1 ? 0 : start + frameEnd.length, end).includes(loadingMark);
		};

		child.stdout.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => {
			output += chunk;
			if (!output.includes(frameEnd)) return;
			const now = performance.now();
			let pause = 40;
			if (firstFrame === undefined) {
				firstFrame = now - started;
				pause = options.firstPause ?? pause;
			} else if (loadingSince !== undefined) {
				if (showsLoading()) {
					output = '';
					return;
				}

				ready.push(now - loadingSince);
				loadingSince = undefined;
			} else if (pressedAt === undefined) {
				return;
			} else {
				times.push(now - pressedAt);
				if (showsLoading()) {
					loadingSince = pressedAt;
					pressedAt = undefined;
					output = '';
					return;
				}

				ready.push(now - pressedAt);
				pressedAt = undefined;
			}

			output = '';
			// Outside Ink's 60 fps throttle window, as a person typing would be.
			setTimeout(press, pause);
		});
		child.on('error', reject);
		child.on('exit', code => {
			let peakMegabytes: number | undefined;
			if (options.measureMemory) {
				peakMegabytes = Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)) / 1024;
				rmSync(memoryFile, {force: true});
			}

			if (firstFrame === undefined || times.length < keys.length) reject(new Error(`the TUI exited (${String(code)}) after ${times.length} of ${keys.length} keys; last output: ${JSON.stringify(output.slice(-300))}`));
			else resolve({firstFrame, keys: times, ready, peakMegabytes});
		});
		setTimeout(() => child.kill(), 60_000).unref();
	});
}

/** Milliseconds from spawn to exit of a command in the same kind of pseudo-terminal. */
export function timeInTerminal(command: readonly string[], directory: string): Promise<number> {
	const line = `stty cols ${terminalColumns} rows ${terminalRows}; exec ${command.map(argument => quote(argument)).join(' ')}`;
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', line, '/dev/null'], {cwd: directory, stdio: ['pipe', 'pipe', 'pipe']});
		child.stdout.resume();
		child.on('error', reject);
		child.on('exit', () => resolve(performance.now() - started));
	});
}
