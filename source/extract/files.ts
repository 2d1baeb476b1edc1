import {readdirSync, realpathSync, statSync} from 'node:fs';
import {basename, extname, join, relative, resolve, sep} from 'node:path';
import {readFailureOf, readRegularFile} from '../disk/regular-file.js';
import {inBoth, type Bilingual} from '../text/bilingual.js';
import {sanitizeLine} from '../text/sanitize.js';
import {reasonOfError} from '../text/system-reasons.js';

/** A file brief could not use, with the reason shown to the user. */
export interface Problem {
	readonly file: string;
	readonly reason: Bilingual;
}

export interface InputFile {
	/** Absolute path. */
	readonly path: string;
	/** The path as the user would recognise it, relative to the working directory. */
	readonly display: string;
}

export const maxArticleBytes = 5 * 1024 * 1024;
/** The extensions of the files a folder is searched for (an article given by name may have any). */
export const articleExtensions: ReadonlySet<string> = new Set(['.md', '.markdown', '.mdx', '.txt', '.text', '.html', '.htm']);

/**
 * The article files named by `paths`: files as given, folders walked for article extensions
 * (hidden entries skipped), each real folder visited once so a symlink loop ends.
 */
export function collectFiles(paths: readonly string[], cwd: string): {files: InputFile[]; problems: Problem[]} {
	const files: InputFile[] = [];
	const problems: Problem[] = [];
	const seenFolders = new Set<string>();
	const seenFiles = new Set<string>();
	const display = (path: string) => relative(cwd, path) || path;

	const addFile = (path: string) => {
		let real: string;
		try {
			real = realpathSync(path);
		} catch (error) {
			problems.push({file: display(path), reason: reasonOfError(error)});
			return;
		}

		if (seenFiles.has(real)) return;
		seenFiles.add(real);
		files.push({path, display: display(path)});
	};

	const walk = (folder: string) => {
		let real: string;
		try {
			real = realpathSync(folder);
		} catch (error) {
			problems.push({file: display(folder), reason: reasonOfError(error)});
			return;
		}

		if (seenFolders.has(real)) {
			problems.push({file: display(folder), reason: inBoth(words => words.folderVisited)});
			return;
		}

		seenFolders.add(real);
		let entries;
		try {
			entries = readdirSync(folder, {withFileTypes: true});
		} catch (error) {
			problems.push({file: display(folder), reason: reasonOfError(error)});
			return;
		}

		for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
			if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
			const path = join(folder, entry.name);
			let kind: 'file' | 'folder' | 'other' = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
			if (entry.isSymbolicLink()) {
				try {
					const target = statSync(path);
					kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
				} catch (error) {
					problems.push({file: display(path), reason: reasonOfError(error)});
					continue;
				}
			}

			if (kind === 'folder') walk(path);
			else if (kind === 'file' && articleExtensions.has(extname(entry.name).toLowerCase())) addFile(path);
			// Named like an article but a FIFO, socket or device: said, not silently passed over.
			else if (kind === 'other' && articleExtensions.has(extname(entry.name).toLowerCase())) problems.push({file: display(path), reason: inBoth(words => words.notAFile)});
		}
	};

	for (const given of paths) {
		const path = resolve(cwd, given);
		let stats;
		try {
			stats = statSync(path);
		} catch (error) {
			problems.push({file: given, reason: reasonOfError(error)});
			continue;
		}

		if (stats.isDirectory()) walk(path);
		else addFile(path);
	}

	return {files, problems};
}

const utf8 = new TextDecoder('utf-8', {fatal: true});

/** The file's text, or why it is not an article: too large, empty, binary, not UTF-8, unreadable. */
export function readArticleFile(path: string): {content: string; bytes: Buffer} | {reason: Bilingual} {
	let bytes: Buffer;
	try {
		bytes = readRegularFile(path, maxArticleBytes);
	} catch (error) {
		const failure = readFailureOf(error);
		if (failure.code === 'ENOTREG') return {reason: inBoth(words => words.notAFile)};
		// A path given or found may have lost a folder as well as the file.
		if (failure.code === 'ENOENT') return {reason: inBoth(words => words.noSuchFileOrFolder)};
		return {reason: failure.reason};
	}

	if (bytes.includes(0)) return {reason: inBoth(words => words.binaryFile)};
	let content: string;
	try {
		content = utf8.decode(bytes);
	} catch {
		return {reason: inBoth(words => words.notUtf8)};
	}

	if (content.replace(/^\uFEFF/, '').trim().length === 0) return {reason: inBoth(words => words.emptyFile)};
	return {content, bytes};
}

/** Article ids are file names without extension; a name used twice gets a suffix from its path. */
export function articleIds(files: readonly InputFile[], hash: (text: string) => string): string[] {
	// Ids are shown and printed everywhere; a file name can hold escape sequences (the path is kept as it is).
	const stems = files.map(file => sanitizeLine(basename(file.path, extname(file.path))).trim() || 'article');
	const counts = new Map<string, number>();
	for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
	return stems.map((stem, index) => (counts.get(stem)! > 1 ? `${stem}-${hash(files[index]!.display).slice(0, 6)}` : stem));
}

/** A path written into the dataset: relative to the dataset's folder, with forward slashes. */
export function datasetPath(path: string, datasetFolder: string): string {
	return relative(datasetFolder, path).split(sep).join('/');
}
