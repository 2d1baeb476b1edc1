import {dirname, resolve} from 'node:path';
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
}

/** `brief extract`: exit 0 when at least one article was extracted, 2 when none was. */
export async function runExtract(command: ExtractCommand, io: Io): Promise<number> {
	if (command.paths.length === 0) throw new UserError('extract needs at least one article file or folder (brief extract <files|folders...> [--out FILE])');
	const out = command.out === undefined ? undefined : resolve(io.cwd, command.out);
	let registry;
	try {
		registry = command.registry === undefined ? undefined : loadRegistry(resolve(io.cwd, command.registry));
	} catch (error) {
		if (error instanceof RegistryError) throw new UserError(error.message, exitCodes.data);
		throw error;
	}

	const result = extractFiles({paths: command.paths, cwd: io.cwd, datasetFolder: out ? dirname(out) : io.cwd, registry});
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
		io.err(`extracted ${result.extracted} article${result.extracted === 1 ? '' : 's'} (${result.problems.length} skipped): ${dataset.companies.length} companies, ${dataset.events.length} events, ${dataset.metrics.length} figures, ${dataset.conflicts.length} conflicts -> ${command.out}\n`);
	} else {
		io.out(json);
	}

	return exitCodes.ok;
}
