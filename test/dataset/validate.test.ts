import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {datasetSchema, metricKinds, metricUnits} from '../../source/dataset/schema.js';
import {validateDataset} from '../../source/dataset/validate.js';
import {validateDatasetQuickly} from '../../source/dataset/validate-fast.js';
import {fixtureDatasetPath} from '../fixtures/dataset.js';

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

function read(file: string): {[key: string]: Json[]} {
	return JSON.parse(readFileSync(file, 'utf8')) as {[key: string]: Json[]};
}

/** The first two items of every collection: every element schema, at more than one index. */
function sample(dataset: {[key: string]: Json[]}): Json {
	return Object.fromEntries(Object.entries(dataset).map(([key, value]) => [key, Array.isArray(value) ? value.slice(0, 2) : value]));
}

const replacements: Json[] = [null, 0, -1, 1.5, '', 'x', '2025-13', '2025-Q2', [], ['a'], {}, true, 'market_share', 'USD'];

/** Every way of changing one spot: removing it, or replacing it with a value of another shape. */
function* mutations(root: Json, path: Array<string | number> = []): Generator<{path: Array<string | number>; dataset: Json}> {
	const node = path.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key]!, root);
	if (path.length > 0) {
		const parentPath = path.slice(0, -1);
		const key = path.at(-1)!;
		for (const replacement of [undefined, ...replacements]) {
			const copy = structuredClone(root);
			const parent = parentPath.reduce<Json>((value, step) => (value as Record<string | number, Json>)[step]!, copy) as Record<string | number, Json>;
			if (replacement === undefined) {
				if (Array.isArray(parent)) parent.splice(key as number, 1);
				else delete parent[key];
			} else parent[key] = replacement;
			yield {path, dataset: copy};
		}
	}

	if (node !== null && typeof node === 'object') {
		if (!Array.isArray(node)) {
			const copy = structuredClone(root);
			const target = path.reduce<Json>((value, step) => (value as Record<string | number, Json>)[step]!, copy) as Record<string, Json>;
			target['unexpectedField'] = 'kept out';
			yield {path: [...path, 'unexpectedField'], dataset: copy};
		}

		for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) yield* mutations(root, [...path, key]);
	}
}

describe('validateDataset agrees with datasetSchema', () => {
	test('the vocabularies are the same', () => {
		const dataset = read(fixtureDatasetPath);
		for (const kind of metricKinds) expect(validateDataset({...dataset, metrics: [{...(dataset['metrics']![0] as object), kind}]}).ok).toBe(true);
		for (const unit of metricUnits) expect(validateDataset({...dataset, metrics: [{...(dataset['metrics']![0] as object), unit}]}).ok).toBe(true);
	});

	test.each([
		['the fixture', fixtureDatasetPath],
		['the bundled dataset', join(import.meta.dirname, '..', '..', 'data', 'briefing.json')],
	])('on every one-spot change of %s', (_, file) => {
		const disagreements: string[] = [];
		let checked = 0;
		let quickAccepted = 0;
		for (const {path, dataset} of mutations(sample(read(file)))) {
			checked++;
			const expected = datasetSchema.safeParse(dataset);
			const actual = validateDataset(dataset);
			const where = path.join('.');
			const quick = validateDatasetQuickly(dataset);
			if (quick !== undefined && (!actual.ok || JSON.stringify(quick) !== JSON.stringify(actual.value))) disagreements.push(`${where}: the quick check ${actual.ok ? 'gives another value' : 'accepts what validate rejects'}`);
			if (quick !== undefined) quickAccepted++;
			if (expected.success !== actual.ok) disagreements.push(`${where}: zod ${expected.success ? 'accepts' : 'rejects'}, validate ${actual.ok ? 'accepts' : 'rejects'}`);
			else if (expected.success && actual.ok) {
				if (JSON.stringify(expected.data) !== JSON.stringify(actual.value)) disagreements.push(`${where}: outputs differ`);
			} else if (!expected.success && !actual.ok) {
				const expectedPath = expected.error.issues[0]!.path.join('.');
				if (expectedPath !== actual.failure.path.join('.')) disagreements.push(`${where}: zod fails at ${expectedPath}, validate at ${actual.failure.path.join('.')}`);
			}
		}

		expect(disagreements.slice(0, 20)).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
		// The quick check took the valid changes (defaults, unknown keys, other values), not only the unchanged dataset.
		expect(quickAccepted).toBeGreaterThan(100);
	});

	test('the quick check keeps a record as it is only when validate would build the same one', () => {
		const dataset = read(fixtureDatasetPath);
		const metric = dataset['metrics']![0] as Record<string, Json>;
		const ordered = validateDataset(dataset);
		if (!ordered.ok) throw new Error('the fixture is valid');
		const inOrder = JSON.parse(JSON.stringify(ordered.value)) as Record<string, Json[]>;
		const variants: unknown[] = [
			inOrder,
			{...inOrder, metrics: [{...(inOrder['metrics']![0] as object), label: undefined, superseded: undefined}]},
			{...inOrder, articles: [{...(inOrder['articles']![0] as object), sha256: undefined}]},
			{...inOrder, events: [{...(inOrder['events']![0] as object), sources: [{quote: 'q', article: 'a1'}]}]},
			{...dataset, metrics: [{...metric, converted: {unit: 'USD', value: 5}}]},
		];
		for (const variant of variants) {
			const quick = validateDatasetQuickly(variant);
			const full = validateDataset(variant);
			expect(full.ok).toBe(true);
			expect(JSON.stringify(quick)).toBe(JSON.stringify(full.ok ? full.value : undefined));
		}

		expect(validateDatasetQuickly(inOrder)!.metrics[0]).toBe(inOrder['metrics']![0]);
	});

	test('the messages say what was expected', () => {
		const dataset = read(fixtureDatasetPath);
		const metric = dataset['metrics']![0] as Record<string, Json>;
		expect(validateDataset({...dataset, metrics: [{...metric, value: 'many'}]})).toEqual({ok: false, failure: {path: ['metrics', 0, 'value'], message: 'expected number, got string'}});
		expect(validateDataset({...dataset, metrics: [{...metric, company: undefined}]})).toEqual({ok: false, failure: {path: ['metrics', 0, 'company'], message: 'missing (expected string)'}});
		expect(validateDataset({...dataset, metrics: [{...metric, asOf: '2025-13'}]})).toMatchObject({failure: {message: 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn'}});
		expect(validateDataset([])).toEqual({ok: false, failure: {path: [], message: 'expected object, got array'}});
	});
});
