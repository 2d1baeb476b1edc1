import type {Statement} from 'better-sqlite3';
import type {LibraryDatabase} from './database.js';

const prepared = new WeakMap<LibraryDatabase, Map<string, Statement<unknown[], unknown>>>();

/** A statement prepared once per connection: an update stores a thousand articles with the same few. */
export function statement<Parameters extends unknown[] = unknown[], Row = unknown>(database: LibraryDatabase, sql: string): Statement<Parameters, Row> {
	let cache = prepared.get(database);
	if (!cache) {
		cache = new Map();
		prepared.set(database, cache);
	}

	let found = cache.get(sql);
	if (!found) {
		found = database.prepare(sql);
		cache.set(sql, found);
	}

	return found as unknown as Statement<Parameters, Row>;
}
