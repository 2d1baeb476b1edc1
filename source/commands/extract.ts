import {accessSync, constants, realpathSync, statSync} from 'node:fs';
import {basename, dirname, extname, isAbsolute, join, resolve} from 'node:path';
import {writeAtomically, type WriteChunk} from '../disk/atomic-write.js';
import {makeDirectories} from '../disk/directories.js';
import {removeLeftovers} from '../disk/leftovers.js';
import {tryLock} from '../disk/lock.js';
import {DatasetError, parseDataset} from '../dataset/load.js';
import type {Dataset} from '../dataset/schema.js';
import {indexIsWhole, storeFolder} from '../dataset/store-index.js';
import {writeStore} from '../dataset/store-write.js';
import {writeDatasetTo} from '../dataset/write.js';
import {articleExtensions} from '../extract/files.js';
import {extractFiles} from '../extract/index.js';
import {loadRegistry, RegistryError} from '../extract/registry.js';
import {plainViews} from '../print/plain-view.js';
import {inBoth, type Bilingual} from '../text/bilingual.js';
import {messages, type Messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {reasonOfError} from '../text/system-reasons.js';
import type {Language} from '../text/language.js';
import {checkedJobs} from './arguments.js';
import {exitCodes, UserError, type Io} from './io.js';
import {readerSettings} from './script-context.js';

/** Made for each company when the dataset is indexed: the text printer's briefing. */
const storeViews = [plainViews.en, plainViews.ja];

export interface ExtractCommand {
	readonly paths: readonly string[];
	readonly out: string | undefined;
	/** A company registry to use instead of the bundled data/companies.json. */
	readonly registry?: string | undefined;
	/** Worker threads; default: one per core when there are many files. */
	readonly jobs?: number | undefined;
	/** How the dataset's bytes are written (fs.writeSync): tests make writes come up short or fail here. */
	readonly writeChunk?: WriteChunk | undefined;
	/** `--lang`, as given. */
	readonly lang?: string | undefined;
}

/** "extracting 1234/10000 · 850/s · 10s left" on the status line, at most ten times a second. */
function progressLine(status: (line: string | undefined) => void, words: Messages) {
	const started = Date.now();
	let shown = 0;
	let written = false;
	return {
		update(done: number, total: number) {
			const now = Date.now();
			if (now - shown < 100 && done < total) return;
			shown = now;
			const seconds = (now - started) / 1000;
			const rate = seconds > 0 ? done / seconds : 0;
			const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
			status(words.extracting(done, total, Math.round(rate), left));
			written = true;
		},
		finish() {
			if (written) status(undefined);
		},
	};
}

function cannotWriteBecause(shown: string, reason: Bilingual): UserError {
	return new UserError(
		inBoth((words, language) => words.cannotWrite(shown, reason[language])),
		exitCodes.data,
	);
}

function cannotWrite(shown: string, error: unknown): UserError {
	// A write's missing folder is one mkdir could not make: the folders of --out are made first.
	return cannotWriteBecause(shown, reasonOfError(error, {ENOENT: 'folderOfPathCannotBeMade'}));
}

/**
 * Refuses an `--out` that would destroy or be read as an article: one of the inputs, a file with an
 * article's extension (the next run over its folder would read the dataset as an article; and
 * `--out arts/*.txt` names the first article as the output), the registry, or something that is
 * not a regular file (/dev/null, a FIFO: renamed over, it would be replaced).
 */
function refuseOutput(out: string, shown: string, command: ExtractCommand, cwd: string): void {
	const extension = extname(out).toLowerCase();
	if (articleExtensions.has(extension)) {
		throw new UserError(inBoth(words => words.outHasArticleExtension(shown, extension)));
	}

	const real = (path: string) => {
		try {
			return realpathSync(path);
		} catch {
			return resolve(path);
		}
	};

	const target = real(out);
	for (const input of [...command.paths, ...(command.registry === undefined ? [] : [command.registry])]) {
		if (real(resolve(cwd, input)) === target) throw new UserError(inBoth(words => words.outIsInput(shown, input)));
	}

	let existing;
	try {
		existing = statSync(out, {throwIfNoEntry: false});
	} catch {
		// A part of the path is not a folder: prepareOutput says so.
		return;
	}

	if (existing && !existing.isFile() && !existing.isDirectory())
		throw cannotWriteBecause(
			shown,
			inBoth(words => words.notRegularFile),
		);
}

/**
 * Makes the folder `--out` goes in when it is missing, and refuses a path that cannot be written
 * before a single article is read: not after minutes of extraction.
 */
function prepareOutput(out: string, shown: string): void {
	try {
		if (statSync(out, {throwIfNoEntry: false})?.isDirectory()) throw Object.assign(new Error('EISDIR'), {code: 'EISDIR'});
		makeDirectories(dirname(out));
		accessSync(dirname(out), constants.W_OK);
	} catch (error) {
		throw cannotWrite(shown, error);
	}
}

/**
 * Takes the lock of `--out` (`.<name>.lock` beside it) for the whole run: two extracts to one
 * output would otherwise interleave their dataset, cache and index. A lock left by a run that was
 * killed is taken over; one a running extract holds is a refusal.
 */
function lockOutput(out: string, shown: string, io: Io, language: Language): () => void {
	const lockFile = join(dirname(out), `.${basename(out)}.lock`);
	let attempt;
	try {
		attempt = tryLock(lockFile);
	} catch (error) {
		throw cannotWrite(shown, error);
	}

	if (!attempt.acquired) {
		const {holder} = attempt;
		throw new UserError(
			inBoth(words => words.outBeingWritten(shown, holder ? words.processOf(holder.pid, holder.host) : words.anotherBrief, lockFile)),
			exitCodes.data,
		);
	}

	if (attempt.notice) io.err(`brief: ${attempt.notice[language]}\n`);
	return attempt.release;
}

/** Removes what extracts killed while writing to `out` left behind (temporary datasets, caches and index folders). */
function removeLeftoversOf(out: string, cacheFile: string, io: Io, words: Messages): void {
	const removed = [out, cacheFile, storeFolder(out), join(dirname(out), `.${basename(out)}.lock`)].flatMap(target => removeLeftovers(target));
	if (removed.length > 0) io.err(`brief: ${words.removedLeftovers(removed.length, removed.join(', '))}\n`);
}

/** A dataset every reader would refuse is not written: one line saying where it breaks the schema, exit 2. */
function refuseUnreadable(dataset: Dataset): void {
	try {
		parseDataset(
			dataset,
			inBoth(words => words.extractedDataset),
		);
	} catch (error) {
		if (error instanceof DatasetError) {
			const problem = error.texts;
			throw new UserError(
				inBoth((words, language) => words.extractorBugNothingWritten(problem[language])),
				exitCodes.data,
			);
		}

		throw error;
	}
}

/** `brief extract`: exit 0 when at least one article was extracted, 2 when none was. */
export async function runExtract(command: ExtractCommand, io: Io): Promise<number> {
	if (command.paths.length === 0) throw new UserError(inBoth(words => words.extractNeedsArticles(words.extractUsage)));
	checkedJobs(command.jobs);
	const out = command.out === undefined ? undefined : resolve(io.cwd, command.out);
	if (out !== undefined) refuseOutput(out, command.out!, command, io.cwd);
	const {language} = await readerSettings(io, command.lang);
	if (out === undefined) return extractTo(undefined, command, io, language);
	prepareOutput(out, command.out!);
	const release = lockOutput(out, command.out!, io, language);
	try {
		return await extractTo(out, command, io, language);
	} finally {
		release();
	}
}

/** What a run extracted, kept in the cache as numbers: a later run says it in its own language. */
interface ExtractCounts {
	readonly articles: number;
	readonly companies: number;
	readonly events: number;
	readonly figures: number;
	readonly conflicts: number;
}

function countsOf(dataset: Dataset, articles: number): ExtractCounts {
	return {articles, companies: dataset.companies.length, events: dataset.events.length, figures: dataset.figures.length, conflicts: dataset.conflicts.length};
}

function describeCounts(counts: ExtractCounts, words: Messages): string {
	return words.extractSummary(counts.articles, counts.companies, counts.events, counts.figures, counts.conflicts);
}

/** The summary a cache keeps in words; as it was written when a brief before this one wrote it (in English). */
function describeCachedSummary(summary: string, words: Messages): string {
	try {
		const counts = JSON.parse(summary) as Partial<ExtractCounts> | null;
		const numbers = [counts?.articles, counts?.companies, counts?.events, counts?.figures, counts?.conflicts];
		if (numbers.every(value => typeof value === 'number')) return describeCounts(counts as ExtractCounts, words);
	} catch {
		// Words, not numbers.
	}

	return sanitizeLine(summary);
}

async function extractTo(out: string | undefined, command: ExtractCommand, io: Io, language: Language): Promise<number> {
	const words = messages(language);
	let registry;
	try {
		registry = command.registry === undefined ? undefined : loadRegistry(resolve(io.cwd, command.registry));
	} catch (error) {
		if (error instanceof RegistryError) throw new UserError(error.texts, exitCodes.data);
		throw error;
	}

	// Beside the dataset, so a re-run over the same folder only extracts what changed.
	const cacheFile = out ? join(dirname(out), `.${basename(out)}.cache`) : undefined;
	if (out && cacheFile) removeLeftoversOf(out, cacheFile, io, words);
	const progress = io.stderrIsTTY && io.status ? progressLine(io.status, words) : undefined;
	const result = await extractFiles({
		paths: command.paths,
		cwd: io.cwd,
		datasetFolder: out ? dirname(out) : io.cwd,
		registry,
		cacheFile,
		// Up to date only when the dataset is what the last run wrote (its content hash) and its index is
		// whole: a damaged or missing shard, or an index of an older format or of other views, is rebuilt.
		outputIsCurrent: previous => out !== undefined && previous !== null && typeof previous.sha256 === 'string' && indexIsWhole(out, previous, storeViews),
		jobs: command.jobs,
		onProgress: progress?.update,
	});
	progress?.finish();
	for (const problem of result.problems) io.err(`brief: ${words.skippedFile(sanitizeLine(problem.file), sanitizeLine(problem.reason[language]))}\n`);
	if (result.skipped) {
		io.err(`${words.extractUpToDate(result.files, command.out!, describeCachedSummary(result.summary, words))}\n`);
		return exitCodes.ok;
	}

	if (result.extracted === 0) {
		io.err(`brief: ${words.nothingExtracted}\n`);
		return exitCodes.data;
	}

	const {dataset} = result;
	refuseUnreadable(dataset);
	const counts = countsOf(dataset, result.extracted);
	if (!out) {
		writeDatasetTo(text => io.out(text), dataset);
		return exitCodes.ok;
	}

	try {
		const written = writeAtomically(out, sink => writeDatasetTo(sink, dataset), {writeChunk: command.writeChunk});
		// Before the index: an index that is not written (killed, full disk) makes the next run rebuild
		// it all the same (see outputIsCurrent), and the cache's memory is free for writing it.
		result.saveCache(written, JSON.stringify(counts));
		// The index lets views read one company at a time; it is made from the dataset as written.
		writeStore(dataset, out, storeViews, written);
	} catch (error) {
		throw cannotWrite(command.out!, error);
	}

	io.err(`${words.extracted(describeCounts(counts, words), result.reused, result.problems.length, command.out!)}\n`);
	const outside = dataset.articles.filter(article => article.file.startsWith('../') || isAbsolute(article.file)).length;
	if (outside > 0) io.err(`brief: ${words.articlesOutside(outside, dirname(command.out!))}\n`);

	return exitCodes.ok;
}
