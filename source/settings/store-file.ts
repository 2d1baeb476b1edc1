import {existsSync, renameSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {makeDirectories} from '../disk/directories.js';
import {tryLock} from '../disk/lock.js';
import {readFailureOf, readRegularFile} from '../disk/regular-file.js';
import {reasonOf, SettingsError} from './settings-error.js';

/** A JSON settings file read without conf: reading must neither write nor load conf and ajv. */
export interface StoreRead<Value> {
	readonly value: Value;
	/** One line for the user when the file could not be used (corrupt, unreadable); otherwise undefined. */
	readonly notice: string | undefined;
}

/** Turns parsed JSON into the value, or returns undefined when its shape is not what brief writes. */
export type StoreShape<Value> = (json: unknown) => Value | undefined;

function timestamp(): string {
	return new Date().toISOString().replaceAll(':', '-').replace('.', '-');
}

function asideName(file: string): string {
	const base = `${file}.corrupt-${timestamp()}`;
	let candidate = base;
	for (let attempt = 1; existsSync(candidate); attempt++) candidate = `${base}-${attempt}`;
	return candidate;
}

type Parsed<Value> = {readonly kind: 'missing'} | {readonly kind: 'ok'; readonly value: Value} | {readonly kind: 'corrupt'; readonly reason: string} | {readonly kind: 'unreadable'; readonly reason: string};

/** A settings file larger than this is not one brief wrote (a watchlist of every company is a few kilobytes). */
const maxSettingsBytes = 64 * 1024 * 1024;

function parseFile<Value>(file: string, shape: StoreShape<Value>): Parsed<Value> {
	let text: string;
	try {
		// A regular file of bounded size: a FIFO or /dev/zero in its place must not hang or fill memory.
		text = readRegularFile(file, maxSettingsBytes).toString('utf8');
	} catch (error) {
		const failure = readFailureOf(error);
		if (failure.code === 'ENOENT') return {kind: 'missing'};
		return {kind: 'unreadable', reason: failure.reason};
	}

	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {kind: 'corrupt', reason: 'not valid JSON'};
	}

	const value = shape(json);
	return value === undefined ? {kind: 'corrupt', reason: 'not in the shape brief writes'} : {kind: 'ok', value};
}

/**
 * Moves a corrupt file aside (never deletes it) and says where it went. Call it holding the lock,
 * so that a writer cannot replace the file between the check and the move.
 */
function moveAside(file: string, reason: string, what: string): string {
	const aside = asideName(file);
	try {
		renameSync(file, aside);
	} catch (error) {
		return `${what} ${file} is ${reason} and could not be moved aside (${reasonOf(error)}); using an empty ${what} and leaving the file as it is`;
	}

	return `${what} ${file} was ${reason}; moved it to ${aside} and started an empty ${what}`;
}

function pause(milliseconds: number): Promise<void> {
	return new Promise(resolve => {
		setTimeout(resolve, milliseconds);
	});
}

/** Held longer than this, a settings lock is a dead brief's whatever its process id: a save takes milliseconds. */
const settingsLockStaleAfterMs = 30_000;

/**
 * Runs `action` holding the inter-process lock of `file` (`<file>.lock` beside it), waiting about
 * 10 s for another brief to finish with it. A lock left by a brief that is gone, or one brief did
 * not make, is taken over: `notice` says so.
 */
export async function withFileLock<Result>(file: string, action: () => Result | Promise<Result>): Promise<{readonly result: Result; readonly notice: string | undefined}> {
	const lockFile = `${file}.lock`;
	let attempt;
	for (let round = 0; ; round++) {
		try {
			attempt = tryLock(lockFile, {staleAfterMs: settingsLockStaleAfterMs});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new SettingsError(`${dirname(file)} is not writable (${reasonOf(error)})`);
			throw new SettingsError(`cannot lock ${file} (${reasonOf(error)})`);
		}

		if (attempt.acquired) break;
		if (round >= 80) {
			const holder = attempt.holder ? ` (process ${attempt.holder.pid})` : '';
			throw new SettingsError(`${file} is locked by another brief${holder}; try again`);
		}

		await pause(Math.min(250, 10 * 1.3 ** round) * (0.5 + Math.random()));
	}

	try {
		return {result: await action(), notice: attempt.notice};
	} finally {
		attempt.release();
	}
}

/**
 * Reads a settings file. Missing -> `empty`. Corrupt -> moved aside under the lock, reported in
 * `notice`, and `empty`. Unreadable, or corrupt in a directory brief cannot write -> reported, `empty`,
 * and the file left alone. Never writes a healthy file.
 */
export async function readStoreFile<Value>(file: string, shape: StoreShape<Value>, empty: Value, what: string): Promise<StoreRead<Value>> {
	const parsed = parseFile(file, shape);
	if (parsed.kind === 'ok') return {value: parsed.value, notice: undefined};
	if (parsed.kind === 'missing') return {value: empty, notice: undefined};
	if (parsed.kind === 'unreadable') return {value: empty, notice: `cannot read ${what} ${file} (${parsed.reason}); using an empty ${what}`};
	try {
		const {result, notice} = await withFileLock(file, () => {
			// Another brief may have repaired it while we waited for the lock.
			const again = parseFile(file, shape);
			if (again.kind === 'ok') return {value: again.value, notice: undefined};
			if (again.kind !== 'corrupt') return {value: empty, notice: undefined};
			return {value: empty, notice: moveAside(file, again.reason, what)};
		});
		return {value: result.value, notice: joinNotices(notice, result.notice)};
	} catch (error) {
		const reason = error instanceof SettingsError ? error.message : reasonOf(error);
		return {value: empty, notice: `${what} ${file} is ${parsed.reason} (${reason}); using an empty ${what} and leaving the file as it is`};
	}
}

/**
 * Read-modify-write under the lock: re-reads the file (moving a corrupt one aside), applies `change`
 * and writes the result atomically with conf. Ten processes doing this at once lose no update.
 * Throws SettingsError when the directory cannot be written.
 */
export async function updateStoreFile<Value extends Record<string, unknown>, Result>(
	file: string,
	shape: StoreShape<Value>,
	empty: Value,
	what: string,
	change: (current: Value) => {readonly next: Value; readonly result: Result},
): Promise<{readonly result: Result; readonly notice: string | undefined}> {
	const directory = dirname(file);
	try {
		makeDirectories(directory);
	} catch (error) {
		throw new SettingsError(`cannot save the ${what}: cannot create ${directory} (${reasonOf(error)})`);
	}

	try {
		const locked = await withFileLock(file, async () => {
			const parsed = parseFile(file, shape);
			let notice: string | undefined;
			if (parsed.kind === 'corrupt') notice = moveAside(file, parsed.reason, what);
			if (parsed.kind === 'unreadable') throw new SettingsError(`cannot save the ${what}: cannot read ${file} (${parsed.reason})`);
			const current = parsed.kind === 'ok' ? parsed.value : empty;
			const {next, result} = change(current);
			// conf (and the ajv it loads) only on this path: it writes atomically (temporary file, rename).
			const {default: Conf} = await import('conf');
			const configName = basename(file).replace(/\.json$/, '');
			const store = new Conf<Value>({projectName: 'brief', projectSuffix: '', cwd: directory, configName});
			store.store = next;
			return {result, notice};
		});
		return {result: locked.result.result, notice: joinNotices(locked.notice, locked.result.notice)};
	} catch (error) {
		if (error instanceof SettingsError) {
			throw error.message.startsWith('cannot save') ? error : new SettingsError(`cannot save the ${what}: ${error.message}`);
		}

		throw new SettingsError(`cannot save the ${what} to ${file} (${reasonOf(error)})`);
	}
}

function joinNotices(...notices: ReadonlyArray<string | undefined>): string | undefined {
	const said = notices.filter(notice => notice !== undefined);
	return said.length > 0 ? said.join('; ') : undefined;
}

export function settingsFile(directory: string, name: string): string {
	return join(directory, name);
}
