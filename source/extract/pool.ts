import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {Worker} from 'node:worker_threads';
import {packageRoot} from '../paths.js';
import {CompanyMatcher} from './companies.js';
import {runJob, type ExtractJob, type JobResult} from './job.js';
import type {Registry} from './registry.js';
import {StringPool} from './string-pool.js';

type WorkerStart = {readonly entry: URL | string; readonly evaluate: boolean};

/**
 * The worker entry: the bundled dist/extract-worker.js; when running from source under tsx, a
 * bootstrap that registers tsx in the worker first (workers do not inherit the loader).
 */
function workerStart(): WorkerStart | null {
	const here = fileURLToPath(import.meta.url);
	if (here.endsWith('.ts')) {
		let api: string;
		try {
			api = import.meta.resolve('tsx/esm/api');
		} catch {
			return null;
		}

		const entry = new URL('worker.ts', import.meta.url).href;
		return {entry: `import(${JSON.stringify(api)}).then(({register}) => { register(); return import(${JSON.stringify(entry)}); });`, evaluate: true};
	}

	const bundled = join(packageRoot(), 'dist', 'extract-worker.js');
	return existsSync(bundled) ? {entry: pathToFileURL(bundled), evaluate: false} : null;
}

/**
 * Runs the jobs on `jobs` worker threads (each job goes to the next free worker), or inline when
 * `jobs` is 1. Results come back in job order whatever order the workers finish in; those copied
 * from a worker have their strings shared through `pool` as they come.
 */
export async function runJobs(jobs: readonly ExtractJob[], registry: Registry, workers: number, onDone: (done: number) => void, pool = new StringPool()): Promise<JobResult[]> {
	const results: JobResult[] = Array.from({length: jobs.length});
	const start = workers > 1 ? workerStart() : null;
	if (!start || jobs.length < 2) {
		const matcher = new CompanyMatcher(registry);
		for (const [index, job] of jobs.entries()) {
			// Made in this thread, records already share their strings (company ids from the registry, one quote per sentence).
			results[index] = runJob(job, matcher);
			onDone(index + 1);
			// Let signals (Ctrl-C) and progress output through between files.
			if (index % 16 === 15) await new Promise(resolve => setImmediate(resolve));
		}

		return results;
	}

	let next = 0;
	let done = 0;
	// Files a worker died on (out of memory on a huge article): extracted again on the main thread.
	const orphans: number[] = [];
	const threads = new Set<Worker>();
	// Bounded heaps keep two workers and the results they send back within ~250 MB at 10,000 articles.
	const limits = {maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8};
	const runWorker = () =>
		new Promise<void>(resolve => {
			const thread = new Worker(start.entry, {eval: start.evaluate, workerData: {role: 'brief-extract', registry}, resourceLimits: limits});
			threads.add(thread);
			let current = -1;
			const send = () => {
				if (next >= jobs.length) {
					current = -1;
					resolve();
					return;
				}

				current = next++;
				thread.postMessage(jobs[current]);
			};

			thread.on('message', (result: JobResult) => {
				results[current] = pool.share(result);
				onDone(++done);
				send();
			});
			const died = () => {
				threads.delete(thread);
				if (current < 0) return;
				orphans.push(current);
				current = -1;
				// Carry on with a fresh worker for the files still queued.
				void runWorker().then(resolve);
			};

			thread.on('error', died);
			thread.on('exit', died);
			send();
		});

	try {
		await Promise.all(Array.from({length: Math.min(workers, jobs.length)}, runWorker));
	} finally {
		await Promise.all([...threads].map(thread => thread.terminate()));
	}

	if (orphans.length > 0) {
		const matcher = new CompanyMatcher(registry);
		for (const index of orphans) {
			results[index] = pool.share(runJob(jobs[index]!, matcher));
			onDone(++done);
		}
	}

	return results;
}
