// The layers of source/ and the check that holds them (test/layers.test.ts runs it; so does `npm run lint`).
//
// Imports point one way, down this list. A layer imports only the layers it names, and files of its
// own folder; nothing imports cli.tsx, test/ or bench/, and no two files import each other, however
// indirectly (a cycle is a layer in disguise).
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, posix, relative, resolve, sep} from 'node:path';

/** Each folder of source/ (or file at its top) and the layers it may import. */
export const layers: Readonly<Record<string, readonly string[]>> = {
	// The bottom: display width, sanitizing, glyphs; where brief's files are; fingerprints of the code.
	text: [],
	'paths.ts': [],
	'fingerprint.ts': [],
	// Files: bounded reads, atomic writes, locks.
	disk: ['text'],
	// The schema, loading and storing the dataset, and the selectors every view shares.
	dataset: ['text', 'disk'],
	// Article text -> dataset.
	extract: ['text', 'disk', 'dataset', 'paths.ts', 'fingerprint.ts'],
	// Plain text, JSON and CSV from the selectors.
	print: ['text', 'dataset', 'fingerprint.ts'],
	// The user's state in the config dir.
	settings: ['text', 'disk'],
	// Feeds and pages -> SQLite -> the views' dataset, through the extractor.
	library: ['text', 'disk', 'dataset', 'extract', 'paths.ts', 'fingerprint.ts'],
	// One file a command: everything below, never the TUI.
	commands: ['text', 'disk', 'dataset', 'extract', 'print', 'settings', 'library', 'paths.ts', 'fingerprint.ts'],
	// The Ink TUI: the selectors, the watchlist, and the extractor's stages for the reader; cli.tsx gives it the rest.
	ui: ['text', 'dataset', 'extract', 'settings', 'paths.ts', 'fingerprint.ts'],
};

/** Packages only one layer may import. */
export const packagesOfLayer: Readonly<Record<string, string>> = {ink: 'ui', react: 'ui', 'react/jsx-runtime': 'ui'};

const importPattern = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The modules a file names in its imports and exports (static and dynamic, types included). */
export function importsOf(text: string): string[] {
	return [...text.matchAll(importPattern)].map(match => (match[1] ?? match[2] ?? match[3])!);
}

/** A file's layer: its folder under source/, or its own name at the top of source/. */
export function layerOf(file: string): string {
	return file.split('/')[0]!;
}

function resolveImport(file: string, specifier: string): string {
	// Files are named by their .ts (or .tsx) source; imports name the .js they compile to.
	return posix.normalize(posix.join(posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
}

/**
 * What breaks the layers in `files` (paths under source/, with `/`, to their text): each backwards or
 * sideways import, each import of a package outside its layer, and each cycle. Empty when the layers hold.
 */
export function layerViolations(files: ReadonlyMap<string, string>): string[] {
	const problems: string[] = [];
	const known = new Set(files.keys());
	const edges = new Map<string, string[]>();
	for (const [file, text] of files) {
		const from = layerOf(file);
		const allowed = layers[from];
		if (allowed === undefined) problems.push(`${file}: source/${from} is no layer (add it to scripts/layers.ts)`);
		const targets: string[] = [];
		for (const specifier of importsOf(text)) {
			if (!specifier.startsWith('.')) {
				const owner = packagesOfLayer[specifier];
				if (owner !== undefined && owner !== from) problems.push(`${file} imports ${specifier}, which only source/${owner} may import`);
				continue;
			}

			let target = resolveImport(file, specifier);
			if (target.startsWith('../')) {
				// Outside source/: data files (data/companies.json) may be read; code may not be.
				if (!target.startsWith('../data/')) problems.push(`${file} imports ${specifier}, outside source/`);
				continue;
			}

			if (!known.has(target) && known.has(`${target}x`)) target = `${target}x`;
			const to = layerOf(target);
			if (to !== from && !(allowed ?? []).includes(to)) problems.push(`${file} imports ${specifier}: ${from} may not import ${to}`);
			if (known.has(target)) targets.push(target);
		}

		edges.set(file, targets);
	}

	for (const cycle of cyclesOf(edges)) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
	return problems;
}

/** The strongly connected components of more than one file (or a file importing itself), each in a file order it imports. */
function cyclesOf(edges: ReadonlyMap<string, readonly string[]>): string[][] {
	// Tarjan's algorithm, iterative enough for a source tree (recursion depth is the longest import chain).
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (file: string) => {
		index.set(file, counter);
		low.set(file, counter);
		counter++;
		stack.push(file);
		onStack.add(file);
		for (const target of edges.get(file) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(file, Math.min(low.get(file)!, low.get(target)!));
			} else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
		}

		if (low.get(file) === index.get(file)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== file);
			if (component.length > 1 || (edges.get(file) ?? []).includes(file)) cycles.push(component.reverse());
		}
	};

	for (const file of [...edges.keys()].sort()) if (!index.has(file)) visit(file);
	return cycles;
}

/** Every .ts and .tsx file under `directory`, by its path from there with `/`. */
export function sourceFiles(directory: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, {withFileTypes: true})) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.tsx?$/.test(entry.name)) files.set(relative(directory, path).split(sep).join('/'), readFileSync(path, 'utf8'));
		}
	};

	walk(directory);
	return files;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
	const problems = layerViolations(sourceFiles(resolve(dirname(import.meta.filename), '..', 'source')));
	for (const problem of problems) console.error(`layers: ${problem}`);
	if (problems.length > 0) process.exit(1);
	console.log('layers: every import points down');
}
