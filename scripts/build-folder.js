// Where scripts/build.js builds: it empties that folder first, so the folder is checked before.
import {existsSync, readdirSync, writeFileSync} from 'node:fs';
import {isAbsolute, join, relative, resolve, sep} from 'node:path';

// What marks a folder as a build of brief: the build writes it, and replaces only a folder that has it.
const buildMark = '.brief-build';

/**
 * The folder to build into: dist/, or BRIEF_BUILD_OUT (tests of the bundle build elsewhere, so that
 * nothing else's dist/ is replaced), relative to the project or absolute. The folder is emptied
 * first, so it must be inside the project and be missing, empty, or a build (it has the mark, or the
 * cli.js of a build made before the mark).
 */
export function buildFolder(root, requested) {
	const out = resolve(root, requested || 'dist');
	const inside = relative(root, out);
	if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`BRIEF_BUILD_OUT must be a folder inside ${root}, not ${out}`);
	if (['source', 'test', 'bench', 'scripts', 'data', 'docs', 'node_modules', '.git'].includes(inside.split(sep)[0]) && !inside.startsWith(join('node_modules', '.cache') + sep)) {
		throw new Error(`BRIEF_BUILD_OUT names ${out}, a folder of the project's own; build into dist/ or a new folder`);
	}

	if (existsSync(out)) {
		const entries = readdirSync(out);
		if (entries.length > 0 && !entries.includes(buildMark) && !entries.includes('cli.js')) throw new Error(`BRIEF_BUILD_OUT names ${out}, which holds files and no build: not emptied`);
	}

	return out;
}

/** Marks `out` as a build, so that the next build may empty it. */
export function markBuildFolder(out) {
	writeFileSync(join(out, buildMark), 'Made by scripts/build.js, which empties this folder on the next build.\n');
}
