import {parentPort, workerData} from 'node:worker_threads';
import type {Registry} from '../extract/registry.js';
import {createTaskRunner, type Task} from './tasks.js';

// A worker of the library's pool: reads pages and extracts articles one at a time.
if (parentPort && (workerData as {role?: string} | undefined)?.role === 'brief-library') {
	const port = parentPort;
	const run = createTaskRunner((workerData as {registry: Registry}).registry);
	port.on('message', ({id, task}: {id: number; task: Task}) => {
		port.postMessage({id, result: run(task)});
	});
}
