import {loadDataset} from '../dataset/load.js';
import {bundledDatasetPath} from '../paths.js';
import type {Io} from './io.js';

export interface BriefingOptions {
	readonly companies: readonly string[];
	readonly flags: {readonly data?: string | undefined};
}

/** Until the script mode lands: a one-screen summary of the dataset. */
export async function runBriefing(options: BriefingOptions, io: Io): Promise<number> {
	const file = options.flags.data ?? io.env['BRIEF_DATA'] ?? bundledDatasetPath();
	const dataset = loadDataset(file);
	io.out(`${dataset.companies.length} companies · ${dataset.articles.length} articles · ${dataset.events.length} events · ${dataset.metrics.length} figures · ${dataset.conflicts.length} conflicts\n`);
	return 0;
}
