import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach} from 'vitest';

export const root = join(import.meta.dirname, '..', '..');

/** tsx's loader by its address: `--import tsx` is looked up from the working directory, which a test may set elsewhere. */
export const tsxLoader = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** The user id to run a child as, so that file permissions apply: nobody when the tests run as root. */
export const unprivileged = process.getuid?.() === 0 ? 65_534 : undefined;

let unprivilegedProbe: string | undefined | null = null;

/**
 * Why brief cannot run as `unprivileged` from this checkout, or undefined when it can: a checkout in
 * a private folder (/root is 0700) cannot be read by nobody. Tried once, by running node as nobody.
 */
export function unprivilegedCannotRun(): string | undefined {
	if (unprivilegedProbe !== null) return unprivilegedProbe;
	if (unprivileged === undefined) return (unprivilegedProbe = undefined);
	const probe = spawnSync(process.execPath, ['--import', 'tsx', '-e', '0'], {cwd: root, uid: unprivileged, gid: unprivileged, stdio: 'ignore', timeout: 30_000});
	unprivilegedProbe = probe.status === 0 ? undefined : `nobody (uid ${unprivileged}) cannot read the checkout at ${root}: a folder above it is private (0700, as /root is); move the checkout to run this test`;
	return unprivilegedProbe;
}
export const bundledDataset = join(root, 'data', 'briefing.json');

export interface CliResult {
	readonly stdout: string;
	readonly stderr: string;
	readonly code: number | null;
	/** The signal that ended it, when one did (a kill -9). */
	readonly signal?: NodeJS.Signals | null;
}

export interface CliOptions {
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** Run as this user id (the read-only test, when the tests run as root). */
	readonly uid?: number;
	/** Milliseconds before the child is killed (SIGKILL: a thread stuck in a loop never runs a SIGTERM handler). */
	readonly timeout?: number;
	/** Options for node itself, before brief's (`--import` of a module that injects faults). */
	readonly nodeArguments?: readonly string[];
	/** The working directory (default: the checkout). */
	readonly cwd?: string;
}

/** The environment of every run: no colour preference, no user dataset, nothing of the real config dir or library, no locale (English). */
function baseEnvironment(): Record<string, string | undefined> {
	const {NO_COLOR, FORCE_COLOR, BRIEF_DATA, BRIEF_CONFIG_DIR, BRIEF_DATA_DIR, BRIEF_LANG, LANG, LC_ALL, LC_MESSAGES, ...rest} = process.env;
	return {...rest, BRIEF_DATA_DIR: '/nonexistent/brief-test-library'};
}

/** `brief ...args` from source (no build needed), with pipes for stdin, stdout and stderr. */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
	return runShell(['node', ...(options.nodeArguments ?? []), '--import', tsxLoader, join(root, 'cli.tsx'), ...args], options);
}

/** A command line with pipes; resolves when it exits. */
export async function runShell(command: readonly string[], options: CliOptions = {}): Promise<CliResult> {
	const [executable, ...parameters] = command;
	return new Promise((resolve, reject) => {
		const child = spawn(executable!, parameters, {
			cwd: options.cwd ?? root,
			env: {...baseEnvironment(), ...options.env},
			stdio: ['pipe', 'pipe', 'pipe'],
			...(options.uid === undefined ? {} : {uid: options.uid, gid: options.uid}),
			...(options.timeout === undefined ? {} : {timeout: options.timeout, killSignal: 'SIGKILL' as const}),
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.stdin.end();
		child.on('error', reject);
		child.on('close', (code, signal) => resolve(signal ? {stdout, stderr, code, signal} : {stdout, stderr, code}));
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
