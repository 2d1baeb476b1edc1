// Bundles the CLI into dist/: one file for the plain path, and chunks the TUI loads on demand.
// Bundling matters for start-up time: module resolution and loading dominate a short run.
import {createHash} from 'node:crypto';
import {chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {Script} from 'node:vm';
import {build} from 'esbuild';
import {checkScript} from '../source/dataset/generated/dataset-check.js';

// BRIEF_BUILD_OUT builds elsewhere (tests of the bundle), so that nothing else's dist/ is replaced.
const out = process.env.BRIEF_BUILD_OUT || 'dist';
rmSync(out, {recursive: true, force: true});
mkdirSync(`${out}/stubs`, {recursive: true});
// Ink imports react-devtools-core only when DEV is set; a stub keeps it out of the bundle.
writeFileSync(`${out}/stubs/devtools.js`, 'export default {connectToDevTools() {}};\n');

// Fingerprints of the code, as source/fingerprint.ts makes them when running from source.
function addFolder(hash, folder) {
	for (const entry of readdirSync(`source/${folder}`, {withFileTypes: true}).sort((first, second) => (first.name < second.name ? -1 : 1))) {
		const relative = join(folder, entry.name);
		if (entry.isDirectory()) addFolder(hash, relative);
		else if (entry.name.endsWith('.ts')) hash.update(relative).update(readFileSync(`source/${relative}`));
	}
}

function fingerprintOf(folders) {
	const hash = createHash('sha256');
	for (const folder of folders) addFolder(hash, folder);
	return JSON.stringify(hash.digest('hex').slice(0, 16));
}

// What a stored plain briefing is made by (source/print/plain-view.ts names the same folders).
const plainViewFolders = ['dataset', 'print', 'text'];

// Ink measures every line of every frame with string-width (Intl.Segmenter, emoji regexes): ~4 ms of
// a ~12 ms key press at 120x40. Its two hot callers get source/text/terminal-width.ts instead, which
// gives string-width's answer, from a table for the text brief shows and from string-width for the rest.
const terminalWidth = {
	name: 'terminal-width',
	setup(esbuild) {
		esbuild.onResolve({filter: /^string-width$/}, ({importer}) =>
			/node_modules[\\/](ink[\\/]build[\\/]output|widest-line[\\/]index)\.js$/.test(importer) ? {path: resolve('source/text/terminal-width.ts')} : undefined,
		);
	},
};

// Ink's output.js re-tokenizes every line of every frame with Intl.Segmenter: it gets
// source/text/terminal-cells.ts, the library's answers from a fast path and a cache across frames.
const terminalCells = {
	name: 'terminal-cells',
	setup(esbuild) {
		esbuild.onResolve({filter: /^@alcalzone\/ansi-tokenize$/}, ({importer}) =>
			/node_modules[\\/]ink[\\/]build[\\/]output\.js$/.test(importer) ? {path: resolve('source/text/terminal-cells.ts')} : undefined,
		);
	},
};

// V8's code cache of the dataset check (see source/dataset/dataset-check.ts), named by a hash of the
// script: V8 itself only compares a script's length with its cache's, and runs a cache of another
// script of the same length. A Node version of other V8 refuses it, and the check is compiled as usual.
const checkCache = `dataset-check-${createHash('sha256').update(checkScript).digest('hex').slice(0, 16)}.cache`;

await build({
	entryPoints: {cli: 'cli.tsx', 'extract-worker': 'source/extract/worker.ts', 'library-worker': 'source/library/worker.ts'},
	outdir: out,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: process.env.BRIEF_BUILD_MINIFY !== '0',
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	define: {
		'process.env.NODE_ENV': '"production"',
		// `brief extract` discards cached results of other rules; readers ignore plain briefings other code wrote.
		__BRIEF_EXTRACTOR_FINGERPRINT__: fingerprintOf(['extract']),
		__BRIEF_PRINTER_FINGERPRINT__: fingerprintOf(plainViewFolders),
		__BRIEF_DATASET_CHECK_CACHE__: JSON.stringify(checkCache),
	},
	alias: {'react-devtools-core': `./${out}/stubs/devtools.js`},
	// A native addon: loaded from node_modules, where npm built it for this Node.
	external: ['better-sqlite3'],
	// CommonJS dependencies bundled into ESM still call require() for Node built-ins.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	plugins: [terminalWidth, terminalCells],
	logLevel: 'warning',
});
chmodSync(`${out}/cli.js`, 0o755);

// The check's code is made when it first runs: run it once, then keep what V8 compiled.
const checkScriptCompiled = new Script(checkScript, {filename: 'brief-dataset-check.js'});
checkScriptCompiled.runInThisContext()({});
writeFileSync(`${out}/${checkCache}`, checkScriptCompiled.createCachedData());
