import {readFileSync} from 'node:fs';
import {datasetSchema, datasetVersion, type Dataset} from './schema.js';

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

	const result = datasetSchema.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const where = issue.path.length > 0 ? describePath(issue.path) : 'top level';
		throw new DatasetError(`${file}: invalid dataset at ${where}: ${issue.message}`);
	}

	return result.data;
}

export function loadDataset(file: string): Dataset {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
		throw new DatasetError(`${file}: cannot read dataset (${reason}); run \`brief extract\` to create it`);
	}

	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new DatasetError(`${file}: not valid JSON (${detail}); the file may be truncated`);
	}

	return parseDataset(json, file);
}
