import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {Worker} from 'node:worker_threads';
import {packageRoot} from '../paths.js';
import {CompanyMatcher} from './companies.js';
import {runJob, type ExtractJob, type JobResult} from './job.js';
import type {Registry} from './registry.js';

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
 * `jobs` is 1. Results come back in job order whatever order the workers finish in.
 */
export async function runJobs(jobs: readonly ExtractJob[], registry: Registry, workers: number, onDone: (done: number) => void): Promise<JobResult[]> {
	const results: JobResult[] = Array.from({length: jobs.length});
	const start = workers > 1 ? workerStart() : null;
	if (!start || jobs.length < 2) {
		const matcher = new CompanyMatcher(registry);
		for (const [index, job] of jobs.entries()) {
			results[index] = runJob(job, matcher);
			onDone(index + 1);
			// Let signals (Ctrl-C) and progress output through between files.
			if (index % 16 === 15) await new Promise(resolve => setImmediate(resolve));
		}

		return results;
	}

	let next = 0;
	let done = 0;
	const threads = Array.from({length: Math.min(workers, jobs.length)}, () => new Worker(start.entry, {eval: start.evaluate, workerData: {role: 'brief-extract', registry}}));
	try {
		await Promise.all(
			threads.map(
				thread =>
					new Promise<void>((resolve, reject) => {
						let current = -1;
						const send = () => {
							if (next >= jobs.length) {
								resolve();
								return;
							}

							current = next++;
							thread.postMessage(jobs[current]);
						};

						thread.on('message', (result: JobResult) => {
							results[current] = result;
							onDone(++done);
							send();
						});
						thread.on('error', reject);
						thread.on('exit', code => {
							if (next < jobs.length || current >= 0 && results[current] === undefined) reject(new Error(`extraction worker stopped (exit ${code})`));
						});
						send();
					}),
			),
		);
	} finally {
		await Promise.all(threads.map(thread => thread.terminate()));
	}

	return results;
}
