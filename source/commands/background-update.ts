import {spawn} from 'node:child_process';
import {sanitizeLine} from '../text/sanitize.js';

export interface BackgroundUpdate {
	/** Node and the arguments that run brief: by default this process's own. */
	readonly command?: readonly string[] | undefined;
	readonly env: Readonly<Record<string, string | undefined>>;
}

/** Of a child's stderr, what is kept: its last lines are the summary. */
const keptStderr = 64 * 1024;

/**
 * Runs `brief update` as a child process, for the TUI: fetching and reading pages would take the
 * TUI's thread (and key presses) for seconds, and another process takes the other core. Its stderr
 * is not a terminal, so it ends with one summary line, which this resolves with. Quitting the TUI
 * leaves it to finish; the library takes one update at a time, so a `brief update` run meanwhile waits.
 */
export async function runBackgroundUpdate(options: BackgroundUpdate): Promise<{readonly code: number | null; readonly summary: string}> {
	const [executable, ...parameters] = options.command ?? [process.execPath, ...process.execArgv, process.argv[1]!, 'update'];
	return new Promise(resolve => {
		const child = spawn(executable!, parameters, {env: options.env as NodeJS.ProcessEnv, stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr = (stderr + chunk).slice(-keptStderr);
		});
		child.on('error', error => resolve({code: null, summary: `could not start the update (${sanitizeLine(error.message)})`}));
		child.on('close', code => {
			const lines = stderr.split('\n').map(line => sanitizeLine(line).trim()).filter(line => line !== '' && !line.startsWith('waiting for the update'));
			resolve({code, summary: lines.at(-1) ?? `the update ended with code ${String(code)}`});
		});
	});
}
