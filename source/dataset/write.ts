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

// JSON.stringify escapes C0 controls but writes DEL, C1 controls, bidi overrides and zero-width
// characters as they are. A dataset keeps file paths as they are (escape sequences included) and
// `brief extract` without --out prints it: written as \u escapes, they reach no terminal, and any
// JSON parser reads the same strings.
const unescaped = /[\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u206F\uFEFF]|\uDB40[\uDC00-\uDC7F]/;
const everyUnescaped = new RegExp(unescaped.source, 'g');

function json(value: unknown, indent?: number): string {
	const text = JSON.stringify(value, null, indent);
	if (!unescaped.test(text)) return text;
	return text.replace(everyUnescaped, character => [...character].map(unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
}

/** The dataset as written to disk: two-space JSON with a final newline. */
export function serializeDataset(dataset: unknown): string {
	return `${json(dataset, 2)}\n`;
}

/**
 * Writes exactly `serializeDataset(dataset)`, one record at a time: a 10,000-article dataset as a
 * single string would take hundreds of megabytes.
 */
export function writeDatasetTo(sink: Sink, dataset: object): void {
	const entries = Object.entries(dataset);
	sink('{\n');
	entries.forEach(([key, value], position) => {
		sink(`  ${json(key)}: `);
		if (Array.isArray(value) && value.length > 0) {
			sink('[\n');
			value.forEach((item, index) => sink(`    ${json(item, 2).replaceAll('\n', '\n    ')}${index + 1 < value.length ? ',' : ''}\n`));
			sink('  ]');
		} else {
			sink(json(value, 2).replaceAll('\n', '\n  '));
		}

		sink(position + 1 < entries.length ? ',\n' : '\n');
	});
	sink('}\n');
}
