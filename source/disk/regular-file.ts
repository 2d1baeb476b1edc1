import {createHash} from 'node:crypto';
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {inBoth, type Bilingual} from '../text/bilingual.js';
import {systemReason} from '../text/system-reasons.js';

/**
 * Why a file could not be read, for a message: "no such file", "not a regular file"... `code` is the
 * system's (ENOENT, EACCES) or one of brief's own: ENOTREG (a FIFO, device or socket), EFBIG (over the cap).
 */
export class ReadFailure extends Error {
	override readonly name = 'ReadFailure';
	constructor(
		readonly code: string,
		readonly reason: Bilingual,
	) {
		super(reason.en);
	}
}

const megabyte = 1024 * 1024;

/** "5 MB", "512 MB": the size caps brief names in messages. */
export function describeSize(bytes: number): string {
	return bytes >= megabyte ? `${Math.round((bytes / megabyte) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A ReadFailure for a system error (or the error itself, when it is one already). */
export function readFailureOf(error: unknown): ReadFailure {
	if (error instanceof ReadFailure) return error;
	const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
	// A file that is read names itself: what is missing is the file.
	return new ReadFailure(code, systemReason(code, {ENOENT: 'noSuchFile'}));
}

function grewOver(maxBytes: number): ReadFailure {
	return new ReadFailure(
		'EFBIG',
		inBoth(words => words.grewOverSize(describeSize(maxBytes))),
	);
}

/**
 * Opens a regular file of at most `maxBytes` for reading; throws a ReadFailure otherwise. Opened
 * without blocking and checked before a byte is read: a FIFO would block the thread for good (and a
 * blocked thread runs no SIGINT or SIGTERM handler), and /dev/zero would never end.
 */
export function openRegularFile(path: string | URL, maxBytes: number): {readonly descriptor: number; readonly size: number} {
	let descriptor: number | undefined;
	try {
		descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
		const stats = fstatSync(descriptor);
		if (stats.isDirectory()) throw new ReadFailure('EISDIR', systemReason('EISDIR'));
		if (!stats.isFile())
			throw new ReadFailure(
				'ENOTREG',
				inBoth(words => words.notRegularFile),
			);
		if (stats.size > maxBytes)
			throw new ReadFailure(
				'EFBIG',
				inBoth(words => words.overSize(describeSize(maxBytes), describeSize(stats.size))),
			);
		return {descriptor, size: stats.size};
	} catch (error) {
		if (descriptor !== undefined) closeSync(descriptor);
		throw readFailureOf(error);
	}
}

/** The bytes of a regular file of at most `maxBytes` (see openRegularFile); a file that grows past the cap while being read is refused too. */
export function readRegularFile(path: string | URL, maxBytes: number): Buffer {
	const {descriptor, size} = openRegularFile(path, maxBytes);
	try {
		// Read to the end, not to the size stat gave: a file may grow meanwhile, though never past the cap.
		const chunks: Buffer[] = [];
		let total = 0;
		for (let chunk = Buffer.allocUnsafe(size + 1); ; chunk = Buffer.allocUnsafe(1 << 16)) {
			const read = readSync(descriptor, chunk, 0, chunk.length, null);
			if (read === 0) break;
			total += read;
			if (total > maxBytes) throw grewOver(maxBytes);
			chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
		}

		return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
	} catch (error) {
		throw readFailureOf(error);
	} finally {
		closeSync(descriptor);
	}
}

/** A regular file's content hash, size and modification time, read a piece at a time (see openRegularFile). */
export function hashRegularFile(path: string, maxBytes: number): {readonly sha256: string; readonly size: number; readonly mtimeMs: number} {
	const {descriptor} = openRegularFile(path, maxBytes);
	try {
		const hash = createHash('sha256');
		const chunk = Buffer.allocUnsafe(1 << 20);
		let size = 0;
		for (let read = readSync(descriptor, chunk, 0, chunk.length, null); read > 0; read = readSync(descriptor, chunk, 0, chunk.length, null)) {
			size += read;
			if (size > maxBytes) throw grewOver(maxBytes);
			hash.update(chunk.subarray(0, read));
		}

		return {sha256: hash.digest('hex'), size, mtimeMs: fstatSync(descriptor).mtimeMs};
	} catch (error) {
		throw readFailureOf(error);
	} finally {
		closeSync(descriptor);
	}
}
