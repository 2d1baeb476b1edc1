import {existsSync, mkdirSync, readFileSync, renameSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
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

function parseFile<Value>(file: string, shape: StoreShape<Value>): Parsed<Value> {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'missing'};
		return {kind: 'unreadable', reason: reasonOf(error)};
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

/** Runs `action` holding the inter-process lock of `file` (a `<file>.lock` directory beside it). */
export async function withFileLock<Result>(file: string, action: () => Result | Promise<Result>): Promise<Result> {
	// proper-lockfile is only needed to write; the read path never loads it.
	// The default export: proper-lockfile is CommonJS, and a bundle's import() has no named exports for it.
	const {default: lockfile} = await import('proper-lockfile');
	let release: (() => Promise<void>) | undefined;
	// Waits only while another brief holds the lock (proper-lockfile's own retries would also retry
	// a permission error, for seconds); about 10 s in all before giving up.
	for (let attempt = 0; release === undefined; attempt++) {
		try {
			release = await lockfile.lock(file, {realpath: false, stale: 10_000});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ELOCKED' && attempt < 80) {
				await pause(Math.min(250, 10 * 1.3 ** attempt) * (0.5 + Math.random()));
				continue;
			}

			if (code === 'ELOCKED') throw new SettingsError(`${file} is locked by another brief; try again`);
			if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new SettingsError(`${dirname(file)} is not writable (${reasonOf(error)})`);
			throw new SettingsError(`cannot lock ${file} (${reasonOf(error)})`);
		}
	}

	try {
		return await action();
	} finally {
		await release().catch(() => undefined);
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
		return await withFileLock(file, () => {
			// Another brief may have repaired it while we waited for the lock.
			const again = parseFile(file, shape);
			if (again.kind === 'ok') return {value: again.value, notice: undefined};
			if (again.kind !== 'corrupt') return {value: empty, notice: undefined};
			return {value: empty, notice: moveAside(file, again.reason, what)};
		});
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
		mkdirSync(directory, {recursive: true});
	} catch (error) {
		throw new SettingsError(`cannot save the ${what}: cannot create ${directory} (${reasonOf(error)})`);
	}

	try {
		return await withFileLock(file, async () => {
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
	} catch (error) {
		if (error instanceof SettingsError) {
			throw error.message.startsWith('cannot save') ? error : new SettingsError(`cannot save the ${what}: ${error.message}`);
		}

		throw new SettingsError(`cannot save the ${what} to ${file} (${reasonOf(error)})`);
	}
}

export function settingsFile(directory: string, name: string): string {
	return join(directory, name);
}
