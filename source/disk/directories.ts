import {mkdirSync, statSync} from 'node:fs';
import {dirname, resolve} from 'node:path';

/**
 * `mkdir -p`, one folder at a time. Node 20's mkdirSync(path, {recursive: true}) loops for ever,
 * at full CPU, when a folder cannot be made in a parent that exists (`/proc/nope`: ENOENT): here
 * that is an error with the system's code, like any other.
 */
export function makeDirectories(path: string): void {
	const missing: string[] = [];
	for (let current = resolve(path); ; current = dirname(current)) {
		const stats = statSync(current, {throwIfNoEntry: false});
		if (stats) {
			if (!stats.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), {code: 'ENOTDIR', path: current});
			break;
		}

		missing.push(current);
		if (dirname(current) === current) break;
	}

	for (const folder of missing.reverse()) {
		try {
			mkdirSync(folder);
		} catch (error) {
			// Made meanwhile by another process: as good.
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
}
