import {randomBytes} from 'node:crypto';
import {linkSync, lstatSync, renameSync, rmSync, unlinkSync, writeFileSync, type Stats} from 'node:fs';
import {inBoth, joinedInBoth, type Bilingual} from '../text/bilingual.js';
import {temporaryPath} from './leftovers.js';
import {machineName, processIsRunning} from './processes.js';
import {readRegularFile} from './regular-file.js';

// Our own rather than proper-lockfile (which brief used before): that judges a lock by its mtime,
// which its holder must refresh on a timer. A holder busy in synchronous work for longer (writing the
// index of 10,000 articles) loses its lock to the next run, and a lock dated in the future, or a
// plain file in its place, is never judged stale: every save then failed, for ever. A lock that
// names its process can be judged by whether that process still runs.

/** Who holds a lock, as its file says. */
export interface LockHolder {
	readonly pid: number;
	readonly host: string;
	/** When it was taken, in milliseconds since the epoch. */
	readonly since: number;
}

interface LockRecord extends LockHolder {
	readonly kind: 'brief.lock';
	readonly token: string;
}

export interface LockOptions {
	/**
	 * Held longer than this, a lock is taken over even when a process of its id runs: ids are reused,
	 * and a holder of a short-lived lock that has held it this long is not coming back.
	 */
	readonly staleAfterMs?: number;
	readonly now?: () => number;
}

export type LockAttempt = {readonly acquired: true; readonly release: () => void; readonly notice: Bilingual | undefined} | {readonly acquired: false; readonly holder: LockHolder | undefined};

/** The lock folders proper-lockfile made (briefs before this one): stale once not touched for this long. */
const folderLockStaleAfterMs = 10_000;
/** Clocks of processes on one machine agree; a lock dated this far ahead was not made by a brief now. */
const clockSlackMs = 2000;

type Judgement = {readonly kind: 'held'; readonly holder: LockHolder | undefined} | {readonly kind: 'take over'; readonly reason: Bilingual; readonly stats: Stats} | {readonly kind: 'gone'};

function parseRecord(bytes: Buffer): LockRecord | undefined {
	try {
		const json = JSON.parse(bytes.toString('utf8')) as Partial<LockRecord>;
		const valid = json.kind === 'brief.lock' && Number.isSafeInteger(json.pid) && typeof json.host === 'string' && typeof json.since === 'number' && typeof json.token === 'string';
		return valid ? (json as LockRecord) : undefined;
	} catch {
		return undefined;
	}
}

function judge(lockFile: string, options: LockOptions): Judgement {
	const now = options.now?.() ?? Date.now();
	let stats: Stats;
	try {
		stats = lstatSync(lockFile);
	} catch {
		return {kind: 'gone'};
	}

	if (stats.isDirectory()) {
		const age = now - stats.mtimeMs;
		if (age < -clockSlackMs) return {kind: 'take over', reason: inBoth(words => words.lockFolderFromFuture), stats};
		if (age > folderLockStaleAfterMs) return {kind: 'take over', reason: inBoth(words => words.lockLeftByStopped(Math.round(age / 1000))), stats};
		return {kind: 'held', holder: undefined};
	}

	if (!stats.isFile()) return {kind: 'take over', reason: inBoth(words => words.lockNotAFile), stats};
	let record: LockRecord | undefined;
	try {
		record = parseRecord(readRegularFile(lockFile, 4096));
	} catch {
		return {kind: 'gone'};
	}

	if (!record) return {kind: 'take over', reason: inBoth(words => words.lockNotBriefs), stats};
	if (record.since > now + clockSlackMs) return {kind: 'take over', reason: inBoth(words => words.lockFromFuture), stats};
	if (record.host === machineName() && !processIsRunning(record.pid)) return {kind: 'take over', reason: inBoth(words => words.lockHolderGone(record.pid)), stats};
	if (options.staleAfterMs !== undefined && now - record.since > options.staleAfterMs) {
		return {kind: 'take over', reason: inBoth(words => words.lockHeldTooLong(Math.round((now - record.since) / 1000))), stats};
	}

	return {kind: 'held', holder: {pid: record.pid, host: record.host, since: record.since}};
}

/**
 * Removes the lock judged stale, unless it is not the one judged any more (another process took it
 * over first and holds a new one): it is moved aside first, which only one process can do, and put
 * back when it turns out to be a new lock.
 */
function takeOver(lockFile: string, judged: Stats): void {
	const aside = temporaryPath(lockFile, 'old');
	try {
		renameSync(lockFile, aside);
	} catch {
		return;
	}

	const moved = lstatSync(aside, {throwIfNoEntry: false});
	if (moved && (moved.ino !== judged.ino || moved.mtimeMs !== judged.mtimeMs)) {
		try {
			// A lock file is linked back, not renamed: a rename would replace one a third process took
			// meanwhile. (A folder, an older brief's lock, cannot be linked.)
			if (moved.isDirectory()) renameSync(aside, lockFile);
			else linkSync(aside, lockFile);
		} catch {
			// A third process holds the lock now: the one moved aside is gone either way.
		}
	}

	rmSync(aside, {force: true, recursive: true});
}

const held = new Set<() => void>();
process.once('exit', () => {
	for (const release of held) release();
});

/**
 * Takes the lock `lockFile` (a file naming this process) if no running brief holds it. A lock left
 * by a process that is gone, or that brief did not make, is taken over and `notice` says so.
 */
export function tryLock(lockFile: string, options: LockOptions = {}): LockAttempt {
	const record: LockRecord = {kind: 'brief.lock', pid: process.pid, host: machineName(), since: options.now?.() ?? Date.now(), token: randomBytes(8).toString('hex')};
	const content = `${JSON.stringify(record)}\n`;
	// Written whole under a name of its own, then linked into place: a lock is never seen half written.
	const draft = temporaryPath(lockFile, 'tmp');
	writeFileSync(draft, content, {mode: 0o644});
	const notices: Bilingual[] = [];
	try {
		for (let attempt = 0; attempt < 5; attempt++) {
			try {
				linkSync(draft, lockFile);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
				const judgement = judge(lockFile, options);
				if (judgement.kind === 'held') return {acquired: false, holder: judgement.holder};
				if (judgement.kind === 'take over') {
					takeOver(lockFile, judgement.stats);
					const {reason} = judgement;
					notices.push(inBoth((words, language) => words.tookOverLock(lockFile, reason[language])));
				}

				continue;
			}

			const release = () => {
				held.delete(release);
				try {
					if (readRegularFile(lockFile, 4096).toString('utf8') === content) unlinkSync(lockFile);
				} catch {
					// Already gone, or taken over: not ours to remove.
				}
			};

			held.add(release);
			return {acquired: true, release, notice: notices.length > 0 ? joinedInBoth(notices) : undefined};
		}

		return {acquired: false, holder: undefined};
	} finally {
		rmSync(draft, {force: true});
	}
}
