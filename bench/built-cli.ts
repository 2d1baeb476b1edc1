// The built CLI for benchmarks: dist/ rebuilt when a source is newer, then copied aside so that
// someone rebuilding dist/ while a benchmark runs cannot pull files from under it.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

function newestIn(directory: string): number {
	let newest = 0;
	for (const entry of readdirSync(directory, {withFileTypes: true})) {
		const path = join(directory, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
	}

	return newest;
}

/** Runs `npm run build` when dist/cli.js is missing or older than any source file; says so on stderr. */
export function buildIfStale(): void {
	const cli = join(root, 'dist', 'cli.js');
	const sources = Math.max(newestIn(join(root, 'source')), statSync(join(root, 'cli.tsx')).mtimeMs, statSync(join(root, 'scripts', 'build.js')).mtimeMs);
	if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return;
	process.stderr.write('building dist/ (missing or older than the sources)...\n');
	const build = spawnSync('npm', ['run', '--silent', 'build'], {cwd: root, stdio: ['ignore', 'inherit', 'inherit']});
	if (build.status !== 0) throw new Error(`npm run build exited ${String(build.status)}`);
}

/** A copy of dist/, package.json and the bundled dataset in `directory`; returns the copied cli.js. */
export function snapshotDist(directory: string): string {
	rmSync(directory, {recursive: true, force: true});
	mkdirSync(join(directory, 'data'), {recursive: true});
	cpSync(join(root, 'dist'), join(directory, 'dist'), {recursive: true});
	cpSync(join(root, 'package.json'), join(directory, 'package.json'));
	cpSync(join(root, 'data', 'briefing.json'), join(directory, 'data', 'briefing.json'));
	return join(directory, 'dist', 'cli.js');
}
