import {parentPort, workerData} from 'node:worker_threads';
import {CompanyMatcher} from './companies.js';
import {runJob, type ExtractJob} from './job.js';
import type {Registry} from './registry.js';

// A worker of the extraction pool: builds its matcher once, then answers jobs one at a time.
if (parentPort && (workerData as {role?: string} | undefined)?.role === 'brief-extract') {
	const port = parentPort;
	const matcher = new CompanyMatcher((workerData as {registry: Registry}).registry);
	port.on('message', (job: ExtractJob) => {
		port.postMessage(runJob(job, matcher));
	});
}
