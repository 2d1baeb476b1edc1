import {readFailureOf, readRegularFile} from '../disk/regular-file.js';
import {BilingualError, inBoth, sameInBoth, type Bilingual} from '../text/bilingual.js';
import {describeCheckFailure} from './check-failure.js';
import {datasetCheck} from './dataset-check.js';
// The check generated from schema.ts, not schema.ts itself: loading a dataset must not load zod,
// ~420 KB that `brief --plain` would parse on every run (~20 ms of a ~50 ms budget).
import {datasetVersion, patternMessages} from './generated/dataset-check.js';
import type {Dataset} from './schema.js';

/** A dataset that cannot be used; the message is one line naming the file and the field. */
export class DatasetError extends BilingualError {
	override readonly name = 'DatasetError';
}

/**
 * Checks parsed JSON against the dataset schema; `file` only names the source in errors: a path, or
 * words in each language for data that is in no file yet.
 */
export function parseDataset(json: unknown, file: string | Bilingual): Dataset {
	const name = typeof file === 'string' ? sameInBoth(file) : file;
	if (typeof json === 'object' && json !== null && !Array.isArray(json) && (json as {version?: unknown}).version !== datasetVersion) {
		const {version} = json as {version?: unknown};
		const found = version === undefined ? undefined : JSON.stringify(version);
		throw new DatasetError(inBoth((words, language) => words.datasetVersion(name[language], found, datasetVersion)));
	}

	const check = datasetCheck();
	if (check(json)) return json;
	const {path, message} = describeCheckFailure(check.errors ?? [], json, patternMessages);
	// Where and what of the schema: its own notation, the same in both languages.
	throw new DatasetError(inBoth((words, language) => words.invalidDataset(name[language], path, message)));
}

/**
 * The largest dataset file (or index file) brief reads: about the longest string V8 makes, and
 * far beyond the ~100 MB of 10,000 articles. Anything larger is not a dataset brief wrote.
 */
export const maxDatasetBytes = 512 * 1024 * 1024;

/** A dataset file's bytes, from a regular file of at most maxDatasetBytes; a DatasetError saying why they cannot be read. */
export function readDatasetBytes(file: string): Buffer {
	try {
		return readRegularFile(file, maxDatasetBytes);
	} catch (error) {
		const {reason} = readFailureOf(error);
		throw new DatasetError(inBoth((words, language) => words.cannotReadDataset(file, reason[language], words.createWithExtract)));
	}
}

/** A dataset file's text; a DatasetError saying why it cannot be read. */
export function readDatasetText(file: string, encoding: BufferEncoding = 'utf8'): string {
	return readDatasetBytes(file).toString(encoding);
}

/** The parsed JSON of a dataset file's text; a DatasetError when it is not JSON. */
export function parseDatasetText(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		throw new DatasetError(inBoth(words => words.datasetNotJson(file, detail)));
	}
}

export function loadDataset(file: string, encoding: BufferEncoding = 'utf8'): Dataset {
	return parseDataset(parseDatasetText(readDatasetText(file, encoding), file), file);
}
