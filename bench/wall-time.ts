// Wall time of whole processes, run interleaved so that load on a shared machine hits every command alike.
import {spawnSync} from 'node:child_process';

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((first, second) => first - second);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface WallTimeOptions {
	readonly rounds?: number;
	/** Rounds run first and not counted: they warm the file-system cache. */
	readonly warmup?: number;
	readonly env?: NodeJS.ProcessEnv;
}

/**
 * Runs each command `rounds` times, one of each per round, and returns every command's samples in
 * milliseconds. A command is [executable, ...arguments]; output is discarded; a failing run throws.
 */
export function wallTimes(commands: ReadonlyArray<readonly string[]>, options: WallTimeOptions = {}): number[][] {
	const {rounds = 41, warmup = 3, env = process.env} = options;
	const samples = commands.map((): number[] => []);
	for (let round = -warmup; round < rounds; round++) {
		for (const [index, [executable, ...parameters]] of commands.entries()) {
			const started = process.hrtime.bigint();
			const result = spawnSync(executable!, parameters, {stdio: ['ignore', 'ignore', 'pipe'], env});
			const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
			if (result.status !== 0) throw new Error(`${[executable, ...parameters].join(' ')} exited ${String(result.status)}: ${String(result.stderr)}`);
			if (round >= 0) samples[index]!.push(elapsed);
		}
	}

	return samples;
}
