import {closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

// Temporary files and folders still being written; removed if the process exits first (Ctrl-C, SIGTERM).
const unfinished = new Set<string>();
process.once('exit', () => {
	for (const path of unfinished) rmSync(path, {force: true, recursive: true});
});

/** Text written in pieces to one file descriptor, buffered so a large file never becomes one string. */
type Sink = (text: string) => void;

/**
 * Writes the whole file or nothing: a temporary file beside the target, flushed, then renamed over
 * it. An interrupted run leaves the previous file as it was. `write` gets a sink to write pieces to.
 */
export function writeAtomically(file: string, write: (sink: Sink) => void): void {
	const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
	let descriptor: number | undefined;
	unfinished.add(temporary);
	try {
		descriptor = openSync(temporary, 'w', 0o644);
		const target = descriptor;
		let buffered: string[] = [];
		let size = 0;
		const flush = () => {
			if (buffered.length > 0) writeSync(target, buffered.join(''));
			buffered = [];
			size = 0;
		};

		write(text => {
			buffered.push(text);
			size += text.length;
			if (size >= 1 << 20) flush();
		});
		flush();
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

export function writeFileAtomically(file: string, content: string): void {
	writeAtomically(file, sink => sink(content));
}

/**
 * Fills a folder under a temporary name, then puts it in place of `folder` in two renames. Readers
 * see the old folder or the new one, never a half-written one.
 */
export function replaceFolderAtomically(folder: string, fill: (temporary: string) => void): void {
	const temporary = `${folder}.${process.pid}.tmp`;
	const previous = `${folder}.${process.pid}.old`;
	unfinished.add(temporary);
	try {
		rmSync(temporary, {force: true, recursive: true});
		mkdirSync(temporary, {recursive: true});
		fill(temporary);
		try {
			renameSync(folder, previous);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}

		renameSync(temporary, folder);
		rmSync(previous, {force: true, recursive: true});
	} catch (error) {
		rmSync(temporary, {force: true, recursive: true});
		throw error;
	} finally {
		unfinished.delete(temporary);
	}
}

/** The dataset as written to disk: two-space JSON with a final newline. */
export function serializeDataset(dataset: unknown): string {
	return `${JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * Writes exactly `serializeDataset(dataset)`, one record at a time: a 10,000-article dataset as a
 * single string would take hundreds of megabytes.
 */
export function writeDatasetTo(sink: Sink, dataset: object): void {
	const entries = Object.entries(dataset);
	sink('{\n');
	entries.forEach(([key, value], position) => {
		sink(`  ${JSON.stringify(key)}: `);
		if (Array.isArray(value) && value.length > 0) {
			sink('[\n');
			value.forEach((item, index) => sink(`    ${JSON.stringify(item, null, 2).replaceAll('\n', '\n    ')}${index + 1 < value.length ? ',' : ''}\n`));
			sink('  ]');
		} else {
			sink(JSON.stringify(value, null, 2).replaceAll('\n', '\n  '));
		}

		sink(position + 1 < entries.length ? ',\n' : '\n');
	});
	sink('}\n');
}
