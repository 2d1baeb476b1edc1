import {readdirSync, rmSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {processIsRunning} from './processes.js';

/** The name something is written under before it takes `target`'s place (or is moved aside to): hidden, beside it, with this process's id. */
export function temporaryPath(target: string, kind: 'tmp' | 'old'): string {
	return join(dirname(target), `.${basename(target)}.${process.pid}.${kind}`);
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes what runs killed while writing `target` left beside it (`.b.json.1234.tmp`, `.b.index.1234.old`,
 * and the unhidden `b.index.1234.tmp` of older versions), when the process of that id is gone.
 * Returns the names removed.
 */
export function removeLeftovers(target: string): string[] {
	const pattern = new RegExp(`^\\.?${escapeRegExp(basename(target))}\\.(\\d+)\\.(?:tmp|old)$`);
	let names: string[];
	try {
		names = readdirSync(dirname(target));
	} catch {
		return [];
	}

	const removed: string[] = [];
	for (const name of names) {
		const pid = Number(pattern.exec(name)?.[1]);
		if (!pid || processIsRunning(pid)) continue;
		try {
			rmSync(join(dirname(target), name), {force: true, recursive: true});
			removed.push(name);
		} catch {
			// Left for a later run: nothing reads it.
		}
	}

	return removed;
}
