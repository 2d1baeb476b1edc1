import {availableParallelism} from 'node:os';
// The registry's JSON itself: registry.ts validates other registries with zod, which an update never needs.
import registryJson from '../../data/companies.json' with {type: 'json'};
import type {Registry} from '../extract/registry.js';
import {LibraryError} from '../library/database.js';
import {createLimiter} from '../library/fetch/limiter.js';
import {defaultRequestLimits, realClock, type Fetcher} from '../library/fetch/http.js';
import {libraryDirectory} from '../library/location.js';
import {createTaskPool, type TaskPool} from '../library/worker-pool.js';
import {plainViews} from '../print/plain-view.js';
import {checkedJobs} from './arguments.js';
import {exitCodes, UserError, type Io} from './io.js';

/** Made for each company when the library's dataset is indexed, as `brief extract --out` does. */
export const libraryViews = [plainViews.en, plainViews.ja];

/** What a command needs to fetch into the library. */
export interface LibraryContext {
	readonly directory: string;
	readonly fetcher: Fetcher;
	readonly pool: TaskPool;
	readonly registry: Registry;
}

/** "brief/0.1.0 (+news reader; Node.js v20.20.2)": sites see which program asks, and its version. */
export function userAgent(version: string): string {
	return `brief/${version} (news reader; Node.js ${process.version})`;
}

const registry = registryJson as Registry;

export function libraryContext(io: Pick<Io, 'env'>, version: string, jobs: number | undefined): LibraryContext {
	checkedJobs(jobs);
	return {
		directory: libraryDirectory(io.env),
		fetcher: {limiter: createLimiter(), userAgent: userAgent(version), limits: defaultRequestLimits, clock: realClock, fetch: globalThis.fetch},
		// Workers start with the first page or article to read: an update where nothing is new starts none.
		pool: createTaskPool(registry, jobs ?? Math.min(4, availableParallelism())),
		registry,
	};
}

/** A library that cannot be opened is a data problem: one line, exit 2. */
export function libraryFailure(error: unknown): never {
	if (error instanceof LibraryError) throw new UserError(error.texts, exitCodes.data);
	throw error;
}
