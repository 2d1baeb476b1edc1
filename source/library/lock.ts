import {hostname} from 'node:os';
import type {LibraryDatabase} from './database.js';

/** Who holds the update lock. */
export interface LockHolder {
	readonly pid: number;
	readonly host: string;
	readonly started: string;
}

/** An update that seems to run on another machine (a shared folder) is taken as dead after this long. */
const foreignLockLifetimeMs = 6 * 60 * 60 * 1000;

function alive(holder: LockHolder, now: Date): boolean {
	if (holder.host !== hostname()) return now.getTime() - Date.parse(holder.started) < foreignLockLifetimeMs;
	try {
		process.kill(holder.pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the lock that lets one update (or `brief add`) change the library at a time, unless a live
 * process holds it. A killed update leaves its row behind; its process is gone, so the lock is free.
 */
function tryLock(database: LibraryDatabase, token: string, now: Date): LockHolder | undefined {
	return database
		.transaction((): LockHolder | undefined => {
			const row = database.prepare<[], LockHolder & {token: string}>('SELECT token, pid, host, started FROM update_lock WHERE id = 1').get();
			if (row && row.token !== token && alive(row, now)) return {pid: row.pid, host: row.host, started: row.started};
			database.prepare('INSERT OR REPLACE INTO update_lock (id, token, pid, host, started) VALUES (1, ?, ?, ?, ?)').run(token, process.pid, hostname(), now.toISOString());
			return undefined;
		})
		.immediate();
}

function unlock(database: LibraryDatabase, token: string): void {
	database.prepare('DELETE FROM update_lock WHERE id = 1 AND token = ?').run(token);
}

export interface LockWaiting {
	/** Between looks at the lock. */
	readonly intervalMs: number;
	/** Said once, when the lock is found taken. */
	readonly onWaiting?: (holder: LockHolder) => void;
}

/** Waits for the lock, then runs `work` holding it. */
export async function withUpdateLock<Value>(database: LibraryDatabase, now: () => Date, waiting: LockWaiting, work: () => Promise<Value>): Promise<Value> {
	// Tells this holder from another in the same process (two updates at once in tests): no need for a UUID.
	const token = `${process.pid}:${process.hrtime.bigint()}:${Math.random()}`;
	let told = false;
	for (;;) {
		const holder = tryLock(database, token, now());
		if (!holder) break;
		if (!told) waiting.onWaiting?.(holder);
		told = true;
		await new Promise(resolve => setTimeout(resolve, waiting.intervalMs));
	}

	try {
		return await work();
	} finally {
		unlock(database, token);
	}
}
