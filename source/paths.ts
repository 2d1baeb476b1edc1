import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The package root, found from this module's location (source/ under tsx, dist/ when bundled). */
export function packageRoot(): string {
	let directory = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(join(directory, 'package.json'))) return directory;
		const parent = dirname(directory);
		if (parent === directory) return process.cwd();
		directory = parent;
	}
}

export function bundledDatasetPath(): string {
	return join(packageRoot(), 'data', 'briefing.json');
}
