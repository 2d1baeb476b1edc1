import {accessSync, constants, mkdirSync, statSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import {DatasetError, parseDataset} from '../dataset/load.js';
import type {Dataset} from '../dataset/schema.js';
import {hasFreshIndex} from '../dataset/store.js';
import {writeStore} from '../dataset/store-write.js';
import {writeAtomically, writeDatasetTo} from '../dataset/write.js';
import {extractFiles} from '../extract/index.js';
import {loadRegistry, RegistryError} from '../extract/registry.js';
import {plainViews} from '../print/plain-view.js';
import {sanitizeLine} from '../text/sanitize.js';
import {exitCodes, UserError, type Io} from './io.js';

/** Made for each company when the dataset is indexed: the text printer's briefing. */
const storeViews = [plainViews.en, plainViews.ja];

export interface ExtractCommand {
	readonly paths: readonly string[];
	readonly out: string | undefined;
	/** A company registry to use instead of the bundled data/companies.json. */
	readonly registry?: string | undefined;
	/** Worker threads; default: one per core when there are many files. */
	readonly jobs?: number | undefined;
}

/** "extracting 1234/10000 · 850/s · 10s left" on one rewritten stderr line, at most ten times a second. */
function progressLine(io: Io) {
	const started = Date.now();
	let shown = 0;
	let written = false;
	return {
		update(done: number, total: number) {
			const now = Date.now();
			if (now - shown < 100 && done < total) return;
			shown = now;
			const seconds = (now - started) / 1000;
			const rate = seconds > 0 ? done / seconds : 0;
			const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
			io.err(`\r\u001B[2Kextracting ${done}/${total} · ${Math.round(rate)}/s · ${left}s left`);
			written = true;
		},
		finish() {
			if (written) io.err('\r\u001B[2K');
		},
	};
}

function fileState(file: string): {size: number; mtimeMs: number} | null {
	try {
		const stats = statSync(file);
		return {size: stats.size, mtimeMs: stats.mtimeMs};
	} catch {
		return null;
	}
}

const writeFailures: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'read-only file system',
	EISDIR: 'it is a folder',
	ENOTDIR: 'a part of its path is a file',
	EEXIST: 'a part of its path is a file',
	ENOSPC: 'no space left on the device',
};

function cannotWrite(shown: string, error: unknown): UserError {
	const code = (error as NodeJS.ErrnoException).code ?? String(error);
	return new UserError(`cannot write ${shown}: ${writeFailures[code] ?? code}`, exitCodes.data);
}

/**
 * Makes the folder `--out` goes in when it is missing, and refuses a path that cannot be written
 * before a single article is read: not after minutes of extraction.
 */
function prepareOutput(out: string, shown: string): void {
	try {
		if (statSync(out, {throwIfNoEntry: false})?.isDirectory()) throw Object.assign(new Error('EISDIR'), {code: 'EISDIR'});
		mkdirSync(dirname(out), {recursive: true});
		accessSync(dirname(out), constants.W_OK);
	} catch (error) {
		throw cannotWrite(shown, error);
	}
}

/** A dataset every reader would refuse is not written: one line saying where it breaks the schema, exit 2. */
function refuseUnreadable(dataset: Dataset): void {
	try {
		parseDataset(dataset, 'the extracted dataset');
	} catch (error) {
		if (error instanceof DatasetError) throw new UserError(`${error.message} (a bug of the extractor); nothing written`, exitCodes.data);
		throw error;
	}
}

/** `brief extract`: exit 0 when at least one article was extracted, 2 when none was. */
export async function runExtract(command: ExtractCommand, io: Io): Promise<number> {
	if (command.paths.length === 0) throw new UserError('extract needs at least one article file or folder (brief extract <files|folders...> [--out FILE])');
	if (command.jobs !== undefined && (!Number.isInteger(command.jobs) || command.jobs < 1 || command.jobs > 64)) {
		throw new UserError(`--jobs must be a whole number from 1 to 64 (got '${command.jobs}')`);
	}

	const out = command.out === undefined ? undefined : resolve(io.cwd, command.out);
	if (out !== undefined) prepareOutput(out, command.out!);
	let registry;
	try {
		registry = command.registry === undefined ? undefined : loadRegistry(resolve(io.cwd, command.registry));
	} catch (error) {
		if (error instanceof RegistryError) throw new UserError(error.message, exitCodes.data);
		throw error;
	}

	const progress = io.stderrIsTTY ? progressLine(io) : undefined;
	const result = await extractFiles({
		paths: command.paths,
		cwd: io.cwd,
		datasetFolder: out ? dirname(out) : io.cwd,
		registry,
		// Beside the dataset, so a re-run over the same folder only extracts what changed.
		cacheFile: out ? join(dirname(out), `.${basename(out)}.cache`) : undefined,
		// An index of an older format, or with views other code made, is rebuilt too: readers would not use it.
		outputIsCurrent: previous => out !== undefined && previous !== null && hasFreshIndex(out, storeViews) && JSON.stringify(fileState(out)) === JSON.stringify(previous),
		jobs: command.jobs,
		onProgress: progress?.update,
	});
	progress?.finish();
	for (const problem of result.problems) io.err(`brief: skipped ${sanitizeLine(problem.file)}: ${sanitizeLine(problem.reason)}\n`);
	if (result.skipped) {
		io.err(`nothing changed in ${result.files} file${result.files === 1 ? '' : 's'}; ${command.out} is up to date (${result.summary})\n`);
		return exitCodes.ok;
	}

	if (result.extracted === 0) {
		io.err('brief: no article could be extracted; nothing written\n');
		return exitCodes.data;
	}

	const {dataset} = result;
	refuseUnreadable(dataset);
	const summary = `${result.extracted} article${result.extracted === 1 ? '' : 's'}: ${dataset.companies.length} companies, ${dataset.events.length} events, ${dataset.figures.length} figures, ${dataset.conflicts.length} conflicts`;
	if (!out) {
		writeDatasetTo(text => io.out(text), dataset);
		return exitCodes.ok;
	}

	try {
		writeAtomically(out, sink => writeDatasetTo(sink, dataset));
		// Before the index: an index that is not written (killed, full disk) makes the next run rebuild
		// it all the same (see outputIsCurrent), and the cache's memory is free for writing it.
		result.saveCache(fileState(out), summary);
		// The index lets views read one company at a time; it is made from the file just written.
		writeStore(dataset, out, storeViews);
	} catch (error) {
		throw cannotWrite(command.out!, error);
	}

	io.err(`extracted ${summary} (${result.reused} unchanged, ${result.problems.length} skipped) -> ${command.out}\n`);
	return exitCodes.ok;
}
