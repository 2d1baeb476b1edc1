/**
 * A full garbage collection, now, where Node was started with `--expose-gc` (the bin's shebang, dist/cli.js:
 * `#!/usr/bin/env -S node --expose-gc`); elsewhere (`node dist/cli.js`, tsx) nothing happens.
 *
 * V8 collects the old generation only once it has grown well past what was live after the last
 * collection, so a command reading one company's shard after another held the garbage of many:
 * `brief digest` of 10,000 articles peaked anywhere between 200 and 290 MB from run to run, with
 * 20 MB live between companies. `gc` is the only way to ask for a collection; it used to be made
 * visible after start-up with v8.setFlagsFromString('--expose-gc'), which Node documents as
 * undefined behaviour, so it is now a flag of the command line or nothing (docs/performance.md).
 */
export function collectGarbage(): void {
	(globalThis as {gc?: () => void}).gc?.();
}

/** Whether collectGarbage collects: Node was started with `--expose-gc`. */
export function canCollectGarbage(): boolean {
	return typeof (globalThis as {gc?: unknown}).gc === 'function';
}
