import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';

export const root = join(import.meta.dirname, '..', '..');
export const bundledDataset = join(root, 'data', 'briefing.json');

export interface CliResult {
	readonly stdout: string;
	readonly stderr: string;
	readonly code: number | null;
}

export interface CliOptions {
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** Run as this user id (the read-only test, when the tests run as root). */
	readonly uid?: number;
	/** Milliseconds before the child is killed (SIGKILL: a thread stuck in a loop never runs a SIGTERM handler). */
	readonly timeout?: number;
}

/** The environment of every run: no colour preference, no user dataset, nothing of the real config dir or library, no locale (English). */
function baseEnvironment(): Record<string, string | undefined> {
	const {NO_COLOR, FORCE_COLOR, BRIEF_DATA, BRIEF_CONFIG_DIR, BRIEF_DATA_DIR, BRIEF_LANG, LANG, LC_ALL, LC_MESSAGES, ...rest} = process.env;
	return {...rest, BRIEF_DATA_DIR: '/nonexistent/brief-test-library'};
}

/** `brief ...args` from source (no build needed), with pipes for stdin, stdout and stderr. */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
	return runShell(['node', '--import', 'tsx', join(root, 'cli.tsx'), ...args], options);
}

/** A command line with pipes; resolves when it exits. */
export async function runShell(command: readonly string[], options: CliOptions = {}): Promise<CliResult> {
	const [executable, ...parameters] = command;
	return new Promise((resolve, reject) => {
		const child = spawn(executable!, parameters, {cwd: root, env: {...baseEnvironment(), ...options.env}, stdio: ['pipe', 'pipe', 'pipe'], ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.uid}), ...(options.timeout === undefined ? {} : {timeout: options.timeout, killSignal: 'SIGKILL' as const})});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.stdin.end();
		child.on('error', reject);
		child.on('close', code => resolve({stdout, stderr, code}));
	});
}

/** A fresh directory per call, removed after each test. */
export function useTemporaryDirectories(): () => string {
	const made: string[] = [];
	afterEach(() => {
		for (const directory of made.splice(0)) rmSync(directory, {recursive: true, force: true});
	});
	return () => {
		const directory = mkdtempSync(join(tmpdir(), 'brief-cli-'));
		made.push(directory);
		return directory;
	};
}
