import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {Registry} from '../extract/registry.js';
import type {Task, TaskResult} from './tasks.js';

/** Runs tasks on worker threads, or on this thread when it has none. */
export interface TaskPool {
	run(task: Task): Promise<TaskResult>;
	close(): Promise<void>;
}

/**
 * The worker's entry: dist/library-worker.js in the bundle; from source (tsx, vitest), a bootstrap
 * that registers tsx in the worker first, as source/extract/pool.ts does for its workers.
 */
function workerStart(): {readonly entry: URL | string; readonly evaluate: boolean} | undefined {
	const here = fileURLToPath(import.meta.url);
	if (here.endsWith('.ts')) {
		let api: string;
		try {
			api = import.meta.resolve('tsx/esm/api');
		} catch {
			return undefined;
		}

		const entry = new URL('worker.ts', import.meta.url).href;
		return {entry: `import(${JSON.stringify(api)}).then(({register}) => { register(); return import(${JSON.stringify(entry)}); });`, evaluate: true};
	}

	// Beside this bundle's own files (dist/ or dist/chunks/), so a build elsewhere runs its own worker.
	const bundled = [new URL('library-worker.js', import.meta.url), new URL('../library-worker.js', import.meta.url)].find(url => existsSync(url));
	return bundled ? {entry: bundled, evaluate: false} : undefined;
}

function inlinePool(registry: Registry): TaskPool {
	// Readability, linkedom and the extractor load with the first task: an update where nothing is new needs none of them.
	let runner: Promise<(task: Task) => TaskResult> | undefined;
	return {
		async run(task) {
			runner ??= import('./tasks.js').then(({createTaskRunner}) => createTaskRunner(registry));
			const run = await runner;
			// A turn of the event loop between tasks: responses keep arriving, Ctrl-C is heard.
			await new Promise(resolve => setImmediate(resolve));
			return run(task);
		},
		async close() {},
	};
}

interface Waiting {
	readonly task: Task;
	readonly resolve: (result: TaskResult) => void;
}

/**
 * A pool of `size` workers, started when the first task comes; with a size below 2, or when no
 * worker entry can be found, tasks run on this thread. A worker that dies (out of memory on a huge
 * page) fails its task, and its tasks go to the others or, with none left, to this thread.
 */
export function createTaskPool(registry: Registry, size: number): TaskPool {
	const start = size >= 2 ? workerStart() : undefined;
	if (!start) return inlinePool(registry);
	const queue: Waiting[] = [];
	const idle: Worker[] = [];
	const busy = new Map<Worker, Waiting>();
	let started = false;
	let fallback: TaskPool | undefined;

	const dispatch = () => {
		while (queue.length > 0) {
			if (idle.length === 0 && busy.size === 0) {
				// Every worker died: the rest run here.
				fallback ??= inlinePool(registry);
				const waiting = queue.shift()!;
				void fallback.run(waiting.task).then(waiting.resolve);
				continue;
			}

			const worker = idle.pop();
			if (!worker) return;
			const waiting = queue.shift()!;
			busy.set(worker, waiting);
			// A page's bytes move to the worker rather than being copied.
			const transfer = waiting.task.kind === 'page' && waiting.task.bytes.byteOffset === 0 && waiting.task.bytes.byteLength === waiting.task.bytes.buffer.byteLength ? [waiting.task.bytes.buffer as ArrayBuffer] : [];
			worker.postMessage({id: 0, task: waiting.task}, transfer);
		}
	};

	const startWorkers = () => {
		started = true;
		for (let index = 0; index < size; index++) {
			const worker = new Worker(start.entry, {eval: start.evaluate, workerData: {role: 'brief-library', registry}});
			worker.unref();
			worker.on('message', ({result}: {result: TaskResult}) => {
				const waiting = busy.get(worker);
				busy.delete(worker);
				idle.push(worker);
				waiting?.resolve(result);
				dispatch();
			});
			const lost = (reason: string) => {
				const waiting = busy.get(worker);
				busy.delete(worker);
				const position = idle.indexOf(worker);
				if (position >= 0) idle.splice(position, 1);
				waiting?.resolve({kind: 'failed', reason});
				dispatch();
			};

			worker.on('error', error => lost(`could not be read (${error.message.split('\n')[0]})`));
			worker.on('exit', code => lost(`could not be read (the worker stopped with code ${code})`));
			idle.push(worker);
		}
	};

	return {
		run(task) {
			if (!started) startWorkers();
			return new Promise(resolve => {
				queue.push({task, resolve});
				dispatch();
			});
		},
		async close() {
			const workers = [...idle, ...busy.keys()];
			idle.length = 0;
			await Promise.all(workers.map(async worker => worker.terminate()));
		},
	};
}
