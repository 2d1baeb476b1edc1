import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {build, type Plugin} from 'esbuild';
import {afterAll, describe, expect, test} from 'vitest';
import {buildFolder} from '../../scripts/build-folder.js';
import {inkRedirectPlugin, inkRedirects} from '../../scripts/ink-redirects.js';

const root = resolve(import.meta.dirname, '..', '..');
const cache = join(root, 'node_modules', '.cache');

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, {recursive: true, force: true});
});

/** A new folder under node_modules/.cache, where bundles resolve packages as brief's do. */
function cacheFolder(): string {
	mkdirSync(cache, {recursive: true});
	const folder = mkdtempSync(join(cache, 'brief-build-test-'));
	folders.push(folder);
	return folder;
}

const devtoolsStub: Plugin = {
	name: 'devtools-stub',
	setup(esbuild) {
		esbuild.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		esbuild.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {};', loader: 'js'}));
	},
};

/** Bundles `entry` as scripts/build.js bundles the CLI, with the given plugins; returns the output file and the files bundled. */
async function bundle(entry: string, plugins: Plugin[]): Promise<{readonly file: string; readonly inputs: readonly string[]}> {
	const file = join(cacheFolder(), 'out.js');
	const result = await build({
		entryPoints: [entry],
		outfile: file,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
		plugins: [devtoolsStub, ...plugins],
		metafile: true,
		logLevel: 'silent',
	});
	return {file, inputs: Object.keys(result.metafile.inputs)};
}

describe('the redirects of Ink internals (scripts/ink-redirects.js)', () => {
	test('a frame drawn through the redirects is the frame Ink draws without them', async () => {
		const entry = join(root, 'test', 'fixtures', 'ink-frame.tsx');
		const [redirected, plain] = await Promise.all([bundle(entry, [inkRedirectPlugin(root)]), bundle(entry, [])]);
		// The substitutes are in the one bundle and not in the other.
		for (const substitute of new Set(inkRedirects.map(redirect => redirect.substitute))) {
			expect(redirected.inputs).toContain(substitute);
			expect(plain.inputs).not.toContain(substitute);
		}

		const run = (file: string) => spawnSync(process.execPath, [file], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '1'}});
		const [withRedirects, withoutRedirects] = [run(redirected.file), run(plain.file)];
		expect(withRedirects.status, withRedirects.stderr).toBe(0);
		expect(withoutRedirects.status, withoutRedirects.stderr).toBe(0);
		expect(withRedirects.stdout).toContain('アマゾン');
		expect(withRedirects.stdout).toContain('\u001B[36m');
		expect(withRedirects.stdout).toBe(withoutRedirects.stdout);
	}, 60_000);

	test('a build where an expected redirect did not happen fails, naming it', async () => {
		const entry = join(cacheFolder(), 'entry.js');
		writeFileSync(entry, "import stringWidth from 'string-width';\nconsole.log(stringWidth('あ'));\n");
		const planted = [...inkRedirects, {package: 'string-width', importer: 'ink/build/moved-output.js', substitute: 'source/text/terminal-width.ts'}];
		await expect(bundle(entry, [inkRedirectPlugin(root, planted)])).rejects.toThrow(/ink\/build\/moved-output\.js no longer imports string-width/);
	});

	test('the build of the CLI makes every redirect (the build fails otherwise)', async () => {
		const out = join(cacheFolder(), 'dist');
		const result = spawnSync(process.execPath, ['scripts/build.js'], {cwd: root, env: {...process.env, BRIEF_BUILD_OUT: out}, encoding: 'utf8'});
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toBe('');
	}, 60_000);
});

describe('BRIEF_BUILD_OUT (scripts/build-folder.js)', () => {
	test('a folder inside the project, relative or absolute, is built into', () => {
		expect(buildFolder(root, undefined)).toBe(join(root, 'dist'));
		expect(buildFolder(root, 'node_modules/.cache/brief-out')).toBe(join(root, 'node_modules', '.cache', 'brief-out'));
		expect(buildFolder(root, join(root, 'build-elsewhere'))).toBe(join(root, 'build-elsewhere'));
	});

	test('a folder outside the project, the project itself or one of its own folders is refused', () => {
		expect(() => buildFolder(root, '/tmp')).toThrow(/must be a folder inside/);
		expect(() => buildFolder(root, '..')).toThrow(/must be a folder inside/);
		expect(() => buildFolder(root, '.')).toThrow(/must be a folder inside/);
		expect(() => buildFolder(root, root)).toThrow(/must be a folder inside/);
		expect(() => buildFolder(root, 'source')).toThrow(/a folder of the project's own/);
		expect(() => buildFolder(root, join(root, 'test', 'fixtures'))).toThrow(/a folder of the project's own/);
		expect(() => buildFolder(root, 'node_modules')).toThrow(/a folder of the project's own/);
	});

	test('a folder holding files that are no build is not emptied', () => {
		const folder = cacheFolder();
		writeFileSync(join(folder, 'notes.txt'), 'mine\n');
		expect(() => buildFolder(root, folder)).toThrow(/holds files and no build/);
		writeFileSync(join(folder, '.brief-build'), '');
		expect(buildFolder(root, folder)).toBe(folder);
	});
});
