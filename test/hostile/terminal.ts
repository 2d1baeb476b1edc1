import {spawn} from 'node:child_process';
import {vi} from 'vitest';
import {root} from '../cli/run-cli.js';

export interface TerminalOptions {
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** Run as this user (and group) id: `nobody` for the read-only tests when they run as root. */
	readonly uid?: number;
	/** In order: wait until the screen so far matches `until`, then type `press`. */
	readonly steps?: ReadonlyArray<{readonly until: RegExp; readonly press: string}>;
}

export interface TerminalResult {
	/** Everything the terminal received, stdout and stderr alike. */
	readonly output: string;
	readonly code: number | null;
}

/**
 * `brief ...args` from source in a 100x30 pseudo-terminal (util-linux `script`), so that stdin and
 * stdout are terminals and cli.tsx takes the TUI path.
 */
export async function inTerminal(args: readonly string[], options: TerminalOptions = {}): Promise<TerminalResult> {
	const command = [process.execPath, '--import', 'tsx', 'cli.tsx', ...args].map(argument => `'${argument.replaceAll("'", "'\\''")}'`).join(' ');
	const {NO_COLOR, FORCE_COLOR, BRIEF_DATA, BRIEF_CONFIG_DIR, ...rest} = process.env;
	const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${command}`, '/dev/null'], {
		cwd: root,
		// Ink draws only the last frame when it believes it runs in CI.
		env: {...rest, CI: '0', CONTINUOUS_INTEGRATION: '0', TERM: 'xterm-256color', ...options.env},
		stdio: ['pipe', 'pipe', 'ignore'],
		...(options.uid === undefined ? {} : {uid: options.uid, gid: options.uid}),
	});
	let output = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	const exited = new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', code => resolve(code));
	});
	try {
		for (const step of options.steps ?? []) {
			await vi.waitFor(
				() => {
					if (!step.until.test(output)) throw new Error(`waiting for ${String(step.until)} on the screen; it shows: ${JSON.stringify(output.slice(-400))}`);
				},
				{timeout: 15_000, interval: 5},
			);
			child.stdin.write(step.press);
		}

		const code = await exited;
		return {output, code};
	} finally {
		child.kill('SIGKILL');
	}
}

export {unprivileged, unprivilegedCannotRun} from '../cli/run-cli.js';
