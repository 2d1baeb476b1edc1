import {readFileSync} from 'node:fs';
import {Script} from 'node:vm';
import {checkScript, type DatasetCheck} from './generated/dataset-check.js';

export type {DatasetCheck, DatasetCheckError} from './generated/dataset-check.js';

/** The name of the code cache file the build writes beside the bundle; undefined when running from source. */
declare const __BRIEF_DATASET_CHECK_CACHE__: string | undefined;

/** The name the script is compiled under: what a stack trace through it says. */
const checkScriptName = 'brief-dataset-check.js';

/**
 * The check compiled from its script, from V8's code cache when `cachedData` is one V8 takes (made
 * by this Node version from this script); otherwise compiled as usual. `fromCache` says which.
 */
export function compileDatasetCheck(cachedData?: Buffer): {readonly check: DatasetCheck; readonly fromCache: boolean} {
	const script = new Script(checkScript, {filename: checkScriptName, cachedData});
	return {check: script.runInThisContext() as DatasetCheck, fromCache: cachedData !== undefined && !script.cachedDataRejected};
}

/** The cache file beside this module, or one folder up (the build puts it in the bundle's folder, which holds cli.js and the chunks' folder). */
function readCache(name: string): Buffer | undefined {
	for (const path of [`./${name}`, `../${name}`]) {
		try {
			return readFileSync(new URL(path, import.meta.url));
		} catch {
			// Not there: the next place, or no cache.
		}
	}

	return undefined;
}

let compiled: DatasetCheck | undefined;

/**
 * The dataset check, compiled on first use. ajv's check is one large function, which V8 compiles
 * when it is first called: ~5 ms of a ~200 ms `brief --plain` on this project's machines, every
 * run. Run as a script, it can start from a code cache: the build writes one beside the bundle
 * (named by a hash of the script, so a bundle only ever reads the cache of its own check); from
 * source, or when V8 refuses the cache (another Node version), it is compiled as usual.
 */
export function datasetCheck(): DatasetCheck {
	compiled ??= compileDatasetCheck(typeof __BRIEF_DATASET_CHECK_CACHE__ === 'string' ? readCache(__BRIEF_DATASET_CHECK_CACHE__) : undefined).check;
	return compiled;
}
