import type {DatasetCheckError} from './dataset-check.js';

/** Where a dataset first breaks the schema (`figures[3].period`, or `top level`) and what was expected there. */
export interface CheckFailure {
	readonly path: string;
	readonly message: string;
}

function pathParts(pointer: string): string[] {
	if (pointer === '') return [];
	return pointer
		.slice(1)
		.split('/')
		.map(part => part.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** `figures[3].sources[0].article`, as JavaScript would reach it. */
function describePath(parts: readonly string[]): string {
	if (parts.length === 0) return 'top level';
	return parts.map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : `${index === 0 ? '' : '.'}${part}`)).join('');
}

function valueAt(json: unknown, parts: readonly string[]): unknown {
	let value = json;
	for (const part of parts) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
	return value;
}

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/** What one rule wanted, without saying what it got: "string", "at most 12", "one of "actual", "outlook"". */
function expectation(error: DatasetCheckError, patternMessages: Readonly<Record<string, string>>): string {
	const {params} = error;
	switch (error.keyword) {
		case 'type':
			return String(params['type']).split(',').join(' or ');
		case 'enum':
			return `one of ${(params['allowedValues'] as unknown[]).map(value => JSON.stringify(value)).join(', ')}`;
		case 'const':
			return JSON.stringify(params['allowedValue']);
		case 'pattern': {
			const message = patternMessages[String(params['pattern'])];
			// The messages say "expected …" already.
			return message?.replace(/^expected /, '') ?? `text matching ${String(params['pattern'])}`;
		}

		case 'minLength':
			return `at least ${String(params['limit'])} character${params['limit'] === 1 ? '' : 's'}`;
		case 'minItems':
			return `at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}`;
		case 'minimum':
			return `at least ${String(params['limit'])}`;
		case 'maximum':
			return `at most ${String(params['limit'])}`;
		default:
			return error.message ?? error.keyword;
	}
}

/** The first problem of a failed check (ajv stops at the first field that fails) as one line. */
export function describeCheckFailure(errors: readonly DatasetCheckError[], json: unknown, patternMessages: Readonly<Record<string, string>>): CheckFailure {
	const [first] = errors;
	if (!first) return {path: 'top level', message: 'not a dataset'};
	if (first.keyword === 'required') {
		const parts = [...pathParts(first.instancePath), String(first.params['missingProperty'])];
		return {path: describePath(parts), message: 'missing'};
	}

	const parts = pathParts(first.instancePath);
	const value = valueAt(json, parts);
	// A wrong type says what it got; a wrong value of the right type shows it (its start: the line stays one line long).
	const shown = JSON.stringify(value) ?? String(value);
	const got = first.keyword === 'type' ? kindOf(value) : shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
	return {path: describePath(parts), message: `expected ${expectation(first, patternMessages)}, got ${got}`};
}
