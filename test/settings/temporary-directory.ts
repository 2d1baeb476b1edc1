import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach} from 'vitest';

/** A fresh directory per call, removed after each test. */
export function useTemporaryDirectories(): () => string {
	const made: string[] = [];
	afterEach(() => {
		for (const directory of made.splice(0)) rmSync(directory, {recursive: true, force: true});
	});
	return () => {
		const directory = mkdtempSync(join(tmpdir(), 'brief-settings-'));
		made.push(directory);
		return directory;
	};
}
