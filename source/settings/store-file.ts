import {existsSync, renameSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {makeDirectories} from '../disk/directories.js';
import {tryLock} from '../disk/lock.js';
import {readFailureOf, readRegularFile} from '../disk/regular-file.js';
import {inBoth, joinedInBoth, type Bilingual} from '../text/bilingual.js';
import {reasonOfError} from '../text/system-reasons.js';
import {SettingsError} from './settings-error.js';

/** A JSON settings file read without conf: reading must neither write nor load conf and ajv. */
export interface StoreRead<Value> {
	readonly value: Value;
	/** One line for the user when the file could not be used (corrupt, unreadable); otherwise undefined. */
	readonly notice: Bilingual | undefined;
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

type Parsed<Value> = {readonly kind: 'missing'} | {readonly kind: 'ok'; readonly value: Value} | {readonly kind: 'corrupt' | 'unreadable'; readonly reason: Bilingual};

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
		return {kind: 'corrupt', reason: inBoth(words => words.settingsNotJson)};
	}

	const value = shape(json);
	return value === undefined ? {kind: 'corrupt', reason: inBoth(words => words.settingsNotBriefs)} : {kind: 'ok', value};
}

/**
 * Moves a corrupt file aside (never deletes it) and says where it went. Call it holding the lock,
 * so that a writer cannot replace the file between the check and the move.
 */
function moveAside(file: string, reason: Bilingual, what: Bilingual): Bilingual {
	const aside = asideName(file);
	try {
		renameSync(file, aside);
	} catch (error) {
		const why = reasonOfError(error);
		return inBoth((words, language) => words.settingsNotMovedAside(what[language], file, reason[language], why[language]));
	}

	return inBoth((words, language) => words.settingsMovedAside(what[language], file, reason[language], aside));
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
export async function withFileLock<Result>(file: string, action: () => Result | Promise<Result>): Promise<{readonly result: Result; readonly notice: Bilingual | undefined}> {
	const lockFile = `${file}.lock`;
	let attempt;
	for (let round = 0; ; round++) {
		try {
			attempt = tryLock(lockFile, {staleAfterMs: settingsLockStaleAfterMs});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const reason = reasonOfError(error);
			if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new SettingsError(inBoth((words, language) => words.notWritable(dirname(file), reason[language])));
			throw new SettingsError(inBoth((words, language) => words.cannotLock(file, reason[language])));
		}

		if (attempt.acquired) break;
		if (round >= 80) {
			const pid = attempt.holder?.pid;
			throw new SettingsError(inBoth(words => words.lockedByAnother(file, pid)));
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
export async function readStoreFile<Value>(file: string, shape: StoreShape<Value>, empty: Value, what: Bilingual): Promise<StoreRead<Value>> {
	const parsed = parseFile(file, shape);
	if (parsed.kind === 'ok') return {value: parsed.value, notice: undefined};
	if (parsed.kind === 'missing') return {value: empty, notice: undefined};
	if (parsed.kind === 'unreadable') return {value: empty, notice: inBoth((words, language) => words.settingsUnreadable(what[language], file, parsed.reason[language]))};
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
		const why = error instanceof SettingsError ? error.texts : reasonOfError(error);
		return {value: empty, notice: inBoth((words, language) => words.settingsLeftAlone(what[language], file, parsed.reason[language], why[language]))};
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
	what: Bilingual,
	change: (current: Value) => {readonly next: Value; readonly result: Result},
): Promise<{readonly result: Result; readonly notice: Bilingual | undefined}> {
	const directory = dirname(file);
	const cannotSave = (reason: Bilingual) => new SettingsError(inBoth((words, language) => words.cannotSave(what[language], reason[language])));
	try {
		makeDirectories(directory);
	} catch (error) {
		const reason = reasonOfError(error);
		throw cannotSave(inBoth((words, language) => words.cannotCreate(directory, reason[language])));
	}

	try {
		const locked = await withFileLock(file, async () => {
			const parsed = parseFile(file, shape);
			let notice: Bilingual | undefined;
			if (parsed.kind === 'corrupt') notice = moveAside(file, parsed.reason, what);
			// Said as why the save failed, below.
			if (parsed.kind === 'unreadable') throw new SettingsError(inBoth((words, language) => words.cannotReadFile(file, parsed.reason[language])));
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
		if (error instanceof SettingsError) throw cannotSave(error.texts);
		const reason = reasonOfError(error);
		throw new SettingsError(inBoth((words, language) => words.cannotSaveTo(what[language], file, reason[language])));
	}
}

function joinNotices(...notices: ReadonlyArray<Bilingual | undefined>): Bilingual | undefined {
	const said = notices.filter(notice => notice !== undefined);
	return said.length > 0 ? joinedInBoth(said) : undefined;
}

export function settingsFile(directory: string, name: string): string {
	return join(directory, name);
}
