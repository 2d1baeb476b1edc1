import type {Dataset} from '../dataset/schema.js';
import type {Language} from '../text/language.js';
import type {Io} from './io.js';
import {companyIdsFor, datasetFile} from './script-context.js';

/**
 * What the TUI (ui/run.tsx) reads and runs, as the commands resolve it: `--data`, `BRIEF_DATA`, the
 * library's dataset or the bundled one; company names as `brief <company>` takes them; `u` as
 * `brief update --json` in a child process. cli.tsx hands these to the TUI, which imports no command.
 */
export function tuiSources(data: string | undefined, io: Pick<Io, 'env'>) {
	return {
		datasetFile: () => datasetFile(data, io),
		companyIds: (dataset: Dataset, names: readonly string[]) => companyIdsFor(dataset, names),
		async update(language: Language) {
			const {runBackgroundUpdate} = await import('./background-update.js');
			return runBackgroundUpdate({env: io.env, language});
		},
	};
}
