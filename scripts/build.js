// Bundles the CLI into dist/: one file for the plain path, and chunks the TUI loads on demand.
// Bundling matters for start-up time: module resolution and loading dominate a short run.
import {createHash} from 'node:crypto';
import {chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {build} from 'esbuild';
import {checkScript} from '../source/dataset/generated/dataset-check.js';
import {buildFolder, markBuildFolder} from './build-folder.js';
import {inkRedirectPlugin} from './ink-redirects.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

let out;
try {
	out = buildFolder(root, process.env.BRIEF_BUILD_OUT);
} catch (error) {
	console.error(`build: ${error.message}`);
	process.exit(1);
}

rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});
markBuildFolder(out);

// Ink imports react-devtools-core only when DEV is set; an empty module keeps it out of the bundle.
const devtoolsStub = {
	name: 'devtools-stub',
	setup(esbuild) {
		esbuild.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'devtools-stub'}));
		esbuild.onLoad({filter: /.*/, namespace: 'devtools-stub'}, () => ({contents: 'export default {connectToDevTools() {}};\n', loader: 'js'}));
	},
};

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
// The extractor and the layers below it that it imports (source/extract/fingerprint.ts reads the same).
const extractorFolders = ['dataset', 'extract', 'text'];

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
		__BRIEF_EXTRACTOR_FINGERPRINT__: fingerprintOf(extractorFolders),
		__BRIEF_PRINTER_FINGERPRINT__: fingerprintOf(plainViewFolders),
		__BRIEF_DATASET_CHECK_CACHE__: JSON.stringify(checkCache),
	},
	// A native addon: loaded from node_modules, where npm built it for this Node.
	external: ['better-sqlite3'],
	// CommonJS dependencies bundled into ESM still call require() for Node built-ins.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	// The redirects of Ink's imports are checked: a build where one did not happen fails (scripts/ink-redirects.js).
	// BRIEF_BUILD_INK_REDIRECTS=0 builds without them, to measure what they buy (docs/performance.md).
	plugins: process.env.BRIEF_BUILD_INK_REDIRECTS === '0' ? [devtoolsStub] : [devtoolsStub, inkRedirectPlugin(root)],
	logLevel: 'warning',
});
chmodSync(join(out, 'cli.js'), 0o755);

// The check's code is made when it first runs: run it once, then keep what V8 compiled.
const checkScriptCompiled = new Script(checkScript, {filename: 'brief-dataset-check.js'});
checkScriptCompiled.runInThisContext()({});
writeFileSync(join(out, checkCache), checkScriptCompiled.createCachedData());
