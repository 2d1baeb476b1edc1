import {closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

// Temporary files still being written; removed if the process exits first (Ctrl-C, SIGTERM).
const unfinished = new Set<string>();
process.once('exit', () => {
	for (const file of unfinished) rmSync(file, {force: true});
});

/**
 * Writes the whole file or nothing: a temporary file beside the target, flushed, then renamed over
 * it. An interrupted run leaves the previous file as it was.
 */
export function writeFileAtomically(file: string, content: string): void {
	const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
	let descriptor: number | undefined;
	unfinished.add(temporary);
	try {
		descriptor = openSync(temporary, 'w', 0o644);
		writeSync(descriptor, content);
		fsyncSync(descriptor);
		closeSync(descriptor);
		descriptor = undefined;
		renameSync(temporary, file);
	} catch (error) {
		if (descriptor !== undefined) closeSync(descriptor);
		rmSync(temporary, {force: true});
		throw error;
	} finally {
		unfinished.delete(temporary);
	}
}

/** The dataset as written to disk: two-space JSON with a final newline. */
export function serializeDataset(dataset: unknown): string {
	return `${JSON.stringify(dataset, null, 2)}\n`;
}
