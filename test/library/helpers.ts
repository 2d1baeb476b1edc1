import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';
import {defaultRegistry} from '../../source/extract/registry.js';
import {openDatabase, type LibraryDatabase} from '../../source/library/database.js';
import {addFeed} from '../../source/library/feeds.js';
import {defaultRequestLimits, realClock, type Fetcher, type RequestLimits} from '../../source/library/fetch/http.js';
import {createLimiter} from '../../source/library/fetch/limiter.js';
import {libraryDatabaseFile} from '../../source/library/location.js';
import type {UpdateOptions} from '../../source/library/update.js';
import {createTaskPool} from '../../source/library/worker-pool.js';
import {plainView} from '../../source/print/plain-view.js';

/** A fresh directory per call, removed after each test. */
export function useDirectories(): () => string {
	const made: string[] = [];
	afterEach(() => {
		for (const directory of made.splice(0)) rmSync(directory, {recursive: true, force: true});
	});
	return () => {
		const directory = mkdtempSync(join(tmpdir(), 'brief-library-'));
		made.push(directory);
		return directory;
	};
}

export function testFetcher(limits: Partial<RequestLimits> = {}): Fetcher {
	return {limiter: createLimiter(), userAgent: 'brief/test', limits: {...defaultRequestLimits, ...limits}, clock: realClock, fetch: globalThis.fetch};
}

/** Update options over a library folder: pages read on this thread (no workers to start), the bundled registry. */
export function updateOptions(directory: string, overrides: Partial<UpdateOptions> = {}): UpdateOptions {
	return {directory, fetcher: testFetcher(), pool: createTaskPool(defaultRegistry, 1), registry: defaultRegistry, views: [plainView], ...overrides};
}

export function withDatabase<Value>(directory: string, use: (database: LibraryDatabase) => Value): Value {
	const database = openDatabase(libraryDatabaseFile(directory), directory);
	try {
		return use(database);
	} finally {
		database.close();
	}
}

/** Follows feeds, named as given: [name, address]. */
export function follow(directory: string, feeds: ReadonlyArray<readonly [string, string]>): void {
	withDatabase(directory, database => {
		for (const [name, url] of feeds) addFeed(database, new URL(url), name, '2025-11-20T00:00:00.000Z');
	});
}
