import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

/** The two functions the benchmark calls, whichever build of the extractor they come from. */
export interface Extractor {
	readonly extractFiles: typeof import('../source/extract/index.js').extractFiles;
	readonly loadRegistry: typeof import('../source/extract/registry.js').loadRegistry;
	/** What was measured, for the report. */
	readonly description: string;
}

const root = join(import.meta.dirname, '..');

/**
 * The extractor as users run it: source/extract bundled and minified by esbuild with the options
 * of scripts/build.js (dist/cli.js does not export extractFiles, so it is bundled here from the
 * current source). With `fromSource`, the TypeScript itself through tsx: slower to start, but
 * profiles then show the real function names and lines.
 */
export async function loadExtractor(fromSource: boolean): Promise<Extractor> {
	if (fromSource) {
		const [{extractFiles}, {loadRegistry}] = await Promise.all([import('../source/extract/index.js'), import('../source/extract/registry.js')]);
		return {extractFiles, loadRegistry, description: 'source/extract/index.ts through tsx (unbundled, unminified)'};
	}

	const outfile = join(root, 'bench', '.out', 'extract-bundle.mjs');
	mkdirSync(join(root, 'bench', '.out'), {recursive: true});
	await build({
		stdin: {
			contents: "export {extractFiles} from './source/extract/index.ts';\nexport {loadRegistry} from './source/extract/registry.ts';\n",
			resolveDir: root,
			loader: 'ts',
			sourcefile: 'bench-entry.ts',
		},
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		minify: true,
		legalComments: 'none',
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
		logLevel: 'warning',
	});
	const bundle = (await import(pathToFileURL(outfile).href)) as Omit<Extractor, 'description'>;
	return {extractFiles: bundle.extractFiles, loadRegistry: bundle.loadRegistry, description: 'source/extract bundled and minified by esbuild as in dist/ (bench/.out/extract-bundle.mjs)'};
}
