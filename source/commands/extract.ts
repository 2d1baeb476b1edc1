import {basename, dirname, join, resolve} from 'node:path';
import {serializeDataset, writeFileAtomically} from '../dataset/write.js';
import {extractFiles} from '../extract/index.js';
import {loadRegistry, RegistryError} from '../extract/registry.js';
import {sanitizeLine} from '../text/sanitize.js';
import {exitCodes, UserError, type Io} from './io.js';

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

/** `brief extract`: exit 0 when at least one article was extracted, 2 when none was. */
export async function runExtract(command: ExtractCommand, io: Io): Promise<number> {
	if (command.paths.length === 0) throw new UserError('extract needs at least one article file or folder (brief extract <files|folders...> [--out FILE])');
	if (command.jobs !== undefined && (!Number.isInteger(command.jobs) || command.jobs < 1 || command.jobs > 64)) {
		throw new UserError(`--jobs must be a whole number from 1 to 64 (got '${command.jobs}')`);
	}

	const out = command.out === undefined ? undefined : resolve(io.cwd, command.out);
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
		jobs: command.jobs,
		onProgress: progress?.update,
	});
	progress?.finish();
	for (const problem of result.problems) io.err(`brief: skipped ${sanitizeLine(problem.file)}: ${sanitizeLine(problem.reason)}\n`);
	if (result.extracted === 0) {
		io.err('brief: no article could be extracted; nothing written\n');
		return exitCodes.data;
	}

	const json = serializeDataset(result.dataset);
	if (out) {
		try {
			writeFileAtomically(out, json);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? String(error);
			throw new UserError(`cannot write ${command.out}: ${code}`, exitCodes.data);
		}

		const {dataset} = result;
		io.err(`extracted ${result.extracted} article${result.extracted === 1 ? '' : 's'} (${result.reused} unchanged, ${result.problems.length} skipped): ${dataset.companies.length} companies, ${dataset.events.length} events, ${dataset.metrics.length} figures, ${dataset.conflicts.length} conflicts -> ${command.out}\n`);
	} else {
		io.out(json);
	}

	return exitCodes.ok;
}
