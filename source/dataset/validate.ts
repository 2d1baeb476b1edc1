// Validates a parsed dataset exactly as `datasetSchema` (schema.ts) does, without loading zod.
// Any use of zod in the build puts ~420 KB of it in the chunk `brief --plain` loads (~20 ms of a
// ~50 ms budget). schema.ts stays the contract and the source of the types; test/dataset/validate.test.ts
// proves this file agrees with it: same acceptance, same output (defaults, unknown keys dropped),
// same first failing path, on mutations of every field.
import type {Dataset, MetricKind, MetricUnit} from './schema.js';

/** Where the first problem is and what was expected there. */
export interface ValidationFailure {
	readonly path: ReadonlyArray<string | number>;
	readonly message: string;
}

export type ValidationResult = {readonly ok: true; readonly value: Dataset} | {readonly ok: false; readonly failure: ValidationFailure};

type Path = Array<string | number>;
type Check<Value> = (value: unknown, path: Path) => Value;

class Invalid extends Error {
	constructor(
		readonly path: Path,
		readonly reason: string,
	) {
		super(reason);
	}
}

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function fail(path: Path, expected: string, value: unknown): never {
	throw new Invalid([...path], value === undefined ? `missing (expected ${expected})` : `expected ${expected}, got ${kindOf(value)}`);
}

const string: Check<string> = (value, path) => (typeof value === 'string' ? value : fail(path, 'string', value));

function nonEmpty(value: unknown, path: Path): string {
	const text = string(value, path);
	if (text.length === 0) throw new Invalid([...path], 'expected at least 1 character');
	return text;
}

const boolean: Check<boolean> = (value, path) => (typeof value === 'boolean' ? value : fail(path, 'boolean', value));
const number: Check<number> = (value, path) => (typeof value === 'number' && Number.isFinite(value) ? value : fail(path, 'number', value));

function nonNegativeInteger(value: unknown, path: Path): number {
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) return fail(path, 'int', value);
	if (value < 0) throw new Invalid([...path], 'expected at least 0');
	return value;
}

export const datePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$/;
function partialDate(value: unknown, path: Path): string {
	const text = string(value, path);
	if (!datePattern.test(text)) throw new Invalid([...path], 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn');
	return text;
}

function oneOf<Value extends string>(values: readonly Value[]): Check<Value> {
	return (value, path) => {
		if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as Value;
		throw new Invalid([...path], `expected ${values.map(item => JSON.stringify(item)).join(' or ')}`);
	};
}

function nullable<Value>(check: Check<Value>): Check<Value | null> {
	return (value, path) => (value === null ? null : check(value, path));
}

function withDefault<Value>(check: Check<Value>, fallback: () => Value): Check<Value> {
	return (value, path) => (value === undefined ? fallback() : check(value, path));
}

const optionalMarker = Symbol('optional');
type Optional<Value> = Check<Value | undefined> & {readonly [optionalMarker]: true};
function optional<Value>(check: Check<Value>): Optional<Value> {
	const optionalCheck = ((value: unknown, path: Path) => (value === undefined ? undefined : check(value, path))) as Optional<Value>;
	(optionalCheck as {[optionalMarker]?: true})[optionalMarker] = true;
	return optionalCheck;
}

function array<Value>(check: Check<Value>, minimum = 0): Check<Value[]> {
	return (value, path) => {
		if (!Array.isArray(value)) return fail(path, 'array', value);
		const result: Value[] = [];
		for (const [index, item] of value.entries()) {
			path.push(index);
			result.push(check(item, path));
			path.pop();
		}

		if (result.length < minimum) throw new Invalid([...path], `expected at least ${minimum} item${minimum === 1 ? '' : 's'}`);
		return result;
	};
}

type Shape = Record<string, Check<unknown>>;
type Output<TheShape extends Shape> = {[Key in keyof TheShape]: TheShape[Key] extends Check<infer Value> ? Value : never};

/** Like z.object: fields in shape order, unknown keys dropped, absent optional fields left out. */
function object<TheShape extends Shape>(shape: TheShape): Check<Output<TheShape>> {
	const entries = Object.entries(shape);
	return (value, path) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'object', value);
		const record = value as Record<string, unknown>;
		const result: Record<string, unknown> = {};
		for (const [key, check] of entries) {
			path.push(key);
			const checked = check(record[key], path);
			path.pop();
			if (checked !== undefined || !(optionalMarker in check)) result[key] = checked;
		}

		return result as Output<TheShape>;
	};
}

export const metricKinds = ['market_share', 'revenue_growth', 'revenue', 'investment', 'stock_move', 'customers', 'other'] as const satisfies readonly MetricKind[];
export const metricUnits = ['%', 'USD', 'JPY', 'count'] as const satisfies readonly MetricUnit[];
export const qualifiers = ['approx', 'over', 'at_least', 'under', 'exact'] as const;

const company = object({
	id: nonEmpty,
	name: nonEmpty,
	ticker: nullable(string),
	aliases: array(string),
	japaneseNames: withDefault(array(string), () => []),
	segments: withDefault(array(object({id: nonEmpty, name: string})), () => []),
});

const article = object({
	id: nonEmpty,
	file: string,
	title: string,
	published: nullable(partialDate),
	publishedInferred: boolean,
	summary: array(string),
	companies: array(nonEmpty),
	source: withDefault(nullable(string), () => null),
	sha256: optional(string),
});

const event = object({
	id: nonEmpty,
	date: partialDate,
	dateText: withDefault(string, () => ''),
	companies: array(nonEmpty, 1),
	action: withDefault(string, () => 'other'),
	text: string,
	sources: array(object({article: nonEmpty, quote: string}), 1),
});

const unit = oneOf(metricUnits);
const metric = object({
	id: nonEmpty,
	company: nonEmpty,
	segment: withDefault(nullable(string), () => null),
	kind: oneOf(metricKinds),
	label: withDefault(string, () => ''),
	value: number,
	unit,
	text: withDefault(string, () => ''),
	qualifier: withDefault(oneOf(qualifiers), () => 'exact' as const),
	converted: withDefault(nullable(object({value: number, unit})), () => null),
	counterparty: withDefault(nullable(string), () => null),
	period: nullable(partialDate),
	asOf: nullable(partialDate),
	order: withDefault(nonNegativeInteger, () => 0),
	superseded: withDefault(boolean, () => false),
	article: nonEmpty,
	quote: string,
});

const conflict = object({
	company: nonEmpty,
	kind: oneOf(metricKinds),
	period: withDefault(nullable(string), () => null),
	metrics: array(nonEmpty, 2),
	note: string,
});

const versionOne: Check<1> = (value, path) => {
	if (value === 1) return 1;
	throw new Invalid([...path], 'expected 1');
};

// Typed as Check<Dataset>: a field added to schema.ts and not here fails to compile.
const dataset: Check<Dataset> = object({
	version: versionOne,
	companies: array(company),
	articles: array(article),
	events: array(event),
	metrics: array(metric),
	conflicts: array(conflict),
});

/** Checks parsed JSON against the dataset schema; the value has the schema's defaults filled in. */
export function validateDataset(json: unknown): ValidationResult {
	try {
		return {ok: true, value: dataset(json, [])};
	} catch (error) {
		if (error instanceof Invalid) return {ok: false, failure: {path: error.path, message: error.reason}};
		throw error;
	}
}
