// Ink measures and re-tokenizes every line of every frame (string-width, @alcalzone/ansi-tokenize:
// Intl.Segmenter and emoji regexes). The bundle gives three of Ink's imports brief's faster modules,
// which give the same answers (test/text/terminal-width.test.ts, test/text/terminal-cells.test.ts):
// at 120x40 a key press takes ~6 ms instead of ~14 ms (target 16 ms; docs/performance.md).
//
// The redirect matches the importing file's path inside node_modules, so an upgrade of Ink that moves
// a file would silently end it. It is loud instead: the build fails when an expected redirect did not
// happen, and when a substitute would get another copy of a package than Ink's own.
import {dirname, resolve} from 'node:path';

/** Each redirect: a package as a file of a package imports it, and brief's module that answers instead. */
export const inkRedirects = [
	{package: 'string-width', importer: 'ink/build/output.js', substitute: 'source/text/terminal-width.ts'},
	{package: 'string-width', importer: 'widest-line/index.js', substitute: 'source/text/terminal-width.ts'},
	{package: '@alcalzone/ansi-tokenize', importer: 'ink/build/output.js', substitute: 'source/text/terminal-cells.ts'},
];

const escape = text => text.replaceAll(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Whether `file` (an absolute path) is `importer` ("ink/build/output.js") in a node_modules folder. */
function isImporter(file, importer) {
	return new RegExp(
		`node_modules[\\\\/]${importer
			.split('/')
			.map(part => escape(part))
			.join('[\\\\/]')}$`,
	).test(file);
}

/**
 * The esbuild plugin making `redirects` (paths relative to `root`). At the end of the build, a redirect
 * that never happened is an error, and so is a substitute whose package resolves to another copy than
 * the one its importer would have had (Ink pinned to another version of the package than brief's).
 */
export function inkRedirectPlugin(root, redirects = inkRedirects) {
	return {
		name: 'ink-redirects',
		setup(build) {
			const done = new Set();
			// The folder of each importer that was redirected: where its own copy of the package is found.
			const importerFolders = new Map();
			const substitutes = new Map(redirects.map(redirect => [resolve(root, redirect.substitute), redirect]));
			const packages = [...new Set(redirects.map(redirect => redirect.package))];
			const filter = new RegExp(`^(${packages.map(name => escape(name)).join('|')})$`);
			build.onStart(() => {
				done.clear();
				importerFolders.clear();
			});
			build.onResolve({filter}, async args => {
				if (args.pluginData?.inkRedirectInner) return undefined;
				const redirect = redirects.find(candidate => candidate.package === args.path && isImporter(args.importer, candidate.importer));
				if (redirect) {
					done.add(redirect);
					importerFolders.set(args.path, dirname(args.importer));
					return {path: resolve(root, redirect.substitute)};
				}

				// A substitute's own import of the package: the copy its importer (Ink) would have had.
				if (!substitutes.has(args.importer) || !importerFolders.has(args.path)) return undefined;
				const options = {kind: args.kind, pluginData: {inkRedirectInner: true}};
				const ours = await build.resolve(args.path, {...options, resolveDir: args.resolveDir, importer: args.importer});
				const theirs = await build.resolve(args.path, {...options, resolveDir: importerFolders.get(args.path)});
				if (ours.errors.length > 0 || theirs.errors.length > 0) return {errors: [...ours.errors, ...theirs.errors]};
				if (ours.path !== theirs.path) {
					return {errors: [{text: `ink-redirects: ${args.importer} would import ${ours.path}, but Ink imports ${theirs.path}: the substitute must use Ink's copy of ${args.path} (align the versions, or drop the redirect)`}]};
				}

				return {path: ours.path};
			});
			build.onEnd(result => {
				if (result.errors.length > 0) return undefined;
				const missing = redirects.filter(redirect => !done.has(redirect));
				return {
					errors: missing.map(redirect => ({
						text: `ink-redirects: ${redirect.importer} no longer imports ${redirect.package}, so ${redirect.substitute} is not used: Ink's files moved (update scripts/ink-redirects.js) or the redirect can go`,
					})),
				};
			});
		},
	};
}
