import {createHash} from 'node:crypto';
import {closeSync, constants, fstatSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync} from 'node:fs';
import {dirname} from 'node:path';
import {temporaryPath} from './leftovers.js';

/** Text written in pieces, buffered so that a large file never becomes one string. */
export type Sink = (text: string) => void;

/** A file as it was written: its content hash, size and modification time, from the bytes written and the descriptor. */
export interface WrittenFile {
	readonly sha256: string;
	readonly size: number;
	readonly mtimeMs: number;
}

/**
 * Writes up to `length` bytes of `buffer` from `offset` and says how many it wrote, as fs.writeSync
 * does; the system may write fewer than asked (a full disk, a signal). Tests pass their own to
 * make a write come up short or fail.
 */
export type WriteChunk = (descriptor: number, buffer: Buffer, offset: number, length: number) => number;

export interface WriteOptions {
	readonly encoding?: BufferEncoding;
	readonly writeChunk?: WriteChunk;
}

const systemWrite: WriteChunk = (descriptor, buffer, offset, length) => writeSync(descriptor, buffer, offset, length);

/** Every byte of `buffer`, however many writes it takes. */
function writeAll(descriptor: number, buffer: Buffer, writeChunk: WriteChunk): void {
	for (let offset = 0; offset < buffer.length;) {
		const written = writeChunk(descriptor, buffer, offset, buffer.length - offset);
		// A write that takes nothing would otherwise be asked again for ever.
		if (!(written > 0)) throw Object.assign(new Error('write took no bytes'), {code: 'EIO'});
		offset += written;
	}
}

const flushEvery = 1 << 20;

/**
 * Writes a new file (or truncates one) through `write`'s sink, every byte of it, then flushes it to
 * the disk; returns what was written. Throws on any failure, the file then being incomplete.
 */
export function writeFileDurably(file: string, write: (sink: Sink) => void, options: WriteOptions = {}): WrittenFile {
	const encoding = options.encoding ?? 'utf8';
	const writeChunk = options.writeChunk ?? systemWrite;
	const hash = createHash('sha256');
	const descriptor = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o644);
	try {
		let waiting: string[] = [];
		let length = 0;
		let size = 0;
		const flush = () => {
			if (waiting.length === 0) return;
			const bytes = Buffer.from(waiting.join(''), encoding);
			waiting = [];
			length = 0;
			hash.update(bytes);
			writeAll(descriptor, bytes, writeChunk);
			size += bytes.length;
		};

		write(text => {
			waiting.push(text);
			length += text.length;
			if (length >= flushEvery) flush();
		});
		flush();
		fsyncSync(descriptor);
		return {sha256: hash.digest('hex'), size, mtimeMs: fstatSync(descriptor).mtimeMs};
	} finally {
		closeSync(descriptor);
	}
}

/** Flushes a folder's entries (a rename in it) to the disk, where the file system can. */
export function syncFolder(folder: string): void {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(folder, constants.O_RDONLY | constants.O_DIRECTORY);
		fsyncSync(descriptor);
	} catch {
		// Some file systems cannot sync a folder; the rename is still atomic there.
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
}

// Temporary files and folders still being written; removed if the process exits first (Ctrl-C, SIGTERM).
const unfinished = new Set<string>();
process.once('exit', () => {
	for (const path of unfinished) rmSync(path, {force: true, recursive: true});
});

/**
 * Writes the whole file or nothing: a temporary file beside the target, written in full and flushed
 * to the disk, then renamed over it. A full disk, a short write or a kill leaves the previous file
 * as it was. Returns what was written, which is what `file` holds from then on.
 */
export function writeAtomically(file: string, write: (sink: Sink) => void, options: WriteOptions = {}): WrittenFile {
	const temporary = temporaryPath(file, 'tmp');
	unfinished.add(temporary);
	try {
		const written = writeFileDurably(temporary, write, options);
		renameSync(temporary, file);
		syncFolder(dirname(file));
		return written;
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	} finally {
		unfinished.delete(temporary);
	}
}

/**
 * Fills a folder under a temporary name (`fill` writes its files durably and syncs the folders it
 * makes), then puts it in place of `folder` in two renames. Readers see the old folder or the new
 * one, never a half-written one.
 */
export function replaceFolderAtomically(folder: string, fill: (temporary: string) => void): void {
	const temporary = temporaryPath(folder, 'tmp');
	const previous = temporaryPath(folder, 'old');
	unfinished.add(temporary);
	unfinished.add(previous);
	try {
		rmSync(temporary, {force: true, recursive: true});
		rmSync(previous, {force: true, recursive: true});
		// The folder it goes in exists: the caller made it.
		mkdirSync(temporary);
		fill(temporary);
		syncFolder(temporary);
		try {
			renameSync(folder, previous);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}

		renameSync(temporary, folder);
		syncFolder(dirname(folder));
		rmSync(previous, {force: true, recursive: true});
	} catch (error) {
		rmSync(temporary, {force: true, recursive: true});
		throw error;
	} finally {
		unfinished.delete(temporary);
		unfinished.delete(previous);
	}
}
