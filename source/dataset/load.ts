import {readFileSync} from 'node:fs';
import type {Dataset} from './schema.js';
import {validateDataset} from './validate.js';
import {validateDatasetQuickly} from './validate-fast.js';

// Not imported from schema.ts: loading a dataset must not load zod (see validate.ts).
const datasetVersion = 1;

/** A dataset that cannot be used; the message is one line naming the file and the field. */
export class DatasetError extends Error {
	override readonly name = 'DatasetError';
}

function describePath(path: ReadonlyArray<PropertyKey>): string {
	return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** Validates parsed JSON; `file` only names the source in errors. */
export function parseDataset(json: unknown, file: string): Dataset {
	if (typeof json === 'object' && json !== null && 'version' in json && json.version !== datasetVersion) {
		throw new DatasetError(`${file}: version ${JSON.stringify(json.version)} is not supported (expected ${datasetVersion}); run \`brief extract\` again`);
	}

	const quick = validateDatasetQuickly(json);
	if (quick) return quick;
	const result = validateDataset(json);
	if (!result.ok) {
		const {path, message} = result.failure;
		const where = path.length > 0 ? describePath(path) : 'top level';
		throw new DatasetError(`${file}: invalid dataset at ${where}: ${message}`);
	}

	return result.value;
}

/** A dataset file's text; a DatasetError saying why it cannot be read. */
export function readDatasetText(file: string, encoding: BufferEncoding = 'utf8'): string {
	try {
		return readFileSync(file, encoding);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
		throw new DatasetError(`${file}: cannot read dataset (${reason}); run \`brief extract\` to create it`);
	}
}

/** The parsed JSON of a dataset file's text; a DatasetError when it is not JSON. */
export function parseDatasetText(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new DatasetError(`${file}: not valid JSON (${detail}); the file may be truncated`);
	}
}

export function loadDataset(file: string, encoding: BufferEncoding = 'utf8'): Dataset {
	return parseDataset(parseDatasetText(readDatasetText(file, encoding), file), file);
}
