import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const cached = new Map<string, string>();

function addFolder(hash: ReturnType<typeof createHash>, root: string, folder: string): void {
	for (const entry of readdirSync(join(root, folder), {withFileTypes: true}).sort((first, second) => (first.name < second.name ? -1 : 1))) {
		const relative = join(folder, entry.name);
		if (entry.isDirectory()) addFolder(hash, root, relative);
		else if (entry.name.endsWith('.ts')) hash.update(relative).update(readFileSync(join(root, relative)));
	}
}

/**
 * Identifies the code in `folders` (below source/, with their subfolders) when it runs from
 * source, so that what it made is never taken for what newer code would make. The build defines
 * the same from the files (scripts/build.js), and a bundle has no sources to read.
 */
export function sourceFingerprint(folders: readonly string[]): string {
	const key = folders.join('\n');
	const known = cached.get(key);
	if (known) return known;
	const root = dirname(fileURLToPath(import.meta.url));
	const hash = createHash('sha256');
	try {
		for (const folder of folders) addFolder(hash, root, folder);
	} catch {
		hash.update(String(Date.now()));
	}

	const fingerprint = hash.digest('hex').slice(0, 16);
	cached.set(key, fingerprint);
	return fingerprint;
}
