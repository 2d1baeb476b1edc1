import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {generatedFolder, generateDatasetCheck} from '../../scripts/generate-dataset-check.js';
import {DatasetError, parseDataset} from '../../source/dataset/load.js';
import {datasetSchema} from '../../source/dataset/schema.js';
import {datasetCheck} from '../../source/dataset/dataset-check.js';

const validate = datasetCheck();

const root = join(import.meta.dirname, '..', '..');
const datasets = [
	['the fixture', join(root, 'test', 'fixtures', 'dataset.json')],
	['the TUI fixture', join(root, 'test', 'fixtures', 'tui-briefing.json')],
	['the bundled dataset', join(root, 'data', 'briefing.json')],
] as const;

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

type Path = ReadonlyArray<string | number>;

/** `figures[3].sources[0].article`: how errors name a place. */
function describePath(path: Path): string {
	return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${part}`)).join('') || 'top level';
}

/** Every place in a JSON value, parents before children. */
function* places(value: unknown, path: Path = []): Generator<{path: Path; value: unknown}> {
	yield {path, value};
	if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* places(item, [...path, index]);
	else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* places(item, [...path, key]);
}

/** Values of another type, and values of the same type that break a rule (empty, unknown word, out of range). */
function replacements(value: unknown): unknown[] {
	if (typeof value === 'string') return [7, null, '', 'not-a-listed-value', '2025-13'];
	if (typeof value === 'number') return ['7', null, 13, 1.5, 0];
	if (typeof value === 'boolean') return ['true', null];
	if (value === null) return [7, 'not-a-listed-value', {}];
	if (Array.isArray(value)) return ['[]', null, [], [7]];
	return ['{}', null, [], {}];
}

function withReplaced(json: unknown, path: Path, replacement: unknown): unknown {
	const copy = structuredClone(json);
	if (path.length === 0) return replacement;
	let parent = copy as Record<string | number, unknown>;
	for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
	const last = path.at(-1)!;
	if (replacement === undefined) delete parent[last];
	else parent[last] = replacement;
	return copy;
}

function errorOf(run: () => unknown): Error | undefined {
	try {
		run();
	} catch (error) {
		return error as Error;
	}

	return undefined;
}

describe('the generated dataset check', () => {
	// Committed rather than made at install time: see scripts/generate-dataset-check.ts.
	test('is what the generator makes of schema.ts now (else run `npm run generate`)', () => {
		const {code, declarations} = generateDatasetCheck();
		expect(readFileSync(join(generatedFolder, 'dataset-check.js'), 'utf8'), 'run `npm run generate`').toBe(code);
		expect(readFileSync(join(generatedFolder, 'dataset-check.d.ts'), 'utf8'), 'run `npm run generate`').toBe(declarations);
	});

	test('needs no module when it runs: no zod, no ajv', () => {
		const code = readFileSync(join(generatedFolder, 'dataset-check.js'), 'utf8');
		expect(code).not.toMatch(/\brequire\(|^\s*import\b|\bimport\(/m);
	});

	// In processes of their own: V8 keeps what a process compiled, and would not even look at a cache.
	test('starts from a code cache of its script, checks the same, and takes no cache of anything else', () => {
		const folder = mkdtempSync(join(tmpdir(), 'brief-check-cache-'));
		const imports = [
			"import {readFileSync, writeFileSync} from 'node:fs';",
			"import {Script} from 'node:vm';",
			`import {checkScript} from ${JSON.stringify(join(root, 'source', 'dataset', 'generated', 'dataset-check.js'))};`,
			`import {compileDatasetCheck} from ${JSON.stringify(join(root, 'source', 'dataset', 'dataset-check.ts'))};`,
			`const json = JSON.parse(readFileSync(${JSON.stringify(datasets[0][1])}, 'utf8'));`,
			`const cacheFile = ${JSON.stringify(join(folder, 'check.cache'))};`,
		];
		const run = (name: string, lines: string[]) => {
			writeFileSync(join(folder, name), [...imports, ...lines].join('\n'));
			const result = spawnSync('node', ['--import', 'tsx', join(folder, name)], {cwd: root, encoding: 'utf8'});
			expect(result.stderr).toBe('');
			return JSON.parse(result.stdout) as Record<string, unknown>;
		};

		// A cache of something else is refused, and the check compiled as usual; then a cache is made as the build makes it.
		const first = run('make.mts', [
			"const garbage = compileDatasetCheck(Buffer.from('not a code cache'));",
			"const made = new Script(checkScript, {filename: 'build.js'});",
			'made.runInThisContext()({});',
			'writeFileSync(cacheFile, made.createCachedData());',
			'console.log(JSON.stringify({fromCache: garbage.fromCache, accepts: garbage.check(json)}));',
		]);
		expect(first).toEqual({fromCache: false, accepts: true});
		const second = run('use.mts', [
			'const cached = compileDatasetCheck(readFileSync(cacheFile));',
			"console.log(JSON.stringify({fromCache: cached.fromCache, accepts: cached.check(json), refuses: cached.check({...json, figures: [{id: 'x'}]}), errors: cached.check.errors}));",
		]);
		expect(second).toMatchObject({fromCache: true, accepts: true, refuses: false, errors: [{instancePath: '/figures/0', keyword: 'required', params: {missingProperty: 'fact'}}]});
	});

	test.each(datasets)('accepts %s, as zod does', (_, file) => {
		const json = read(file);
		expect(datasetSchema.safeParse(json).success).toBe(true);
		expect(validate(json)).toBe(true);
	});

	test('accepts keys the schema does not know, as zod does', () => {
		const json = read(datasets[0][1]) as {figures: Array<Record<string, unknown>>; extra?: unknown};
		json.extra = 1;
		json.figures[0]!['label'] = 'Cloud share';
		expect(datasetSchema.safeParse(json).success).toBe(true);
		expect(validate(json)).toBe(true);
	});

	test('refuses a dataset of another version with one line that says to extract again', () => {
		const json = read(datasets[0][1]) as Record<string, unknown>;
		for (const [version, found] of [
			[1, 'version 1'],
			[3, 'version 3'],
			[undefined, 'no version'],
		] as const) {
			const error = errorOf(() => parseDataset({...json, version}, 'old.json'));
			expect(error).toBeInstanceOf(DatasetError);
			expect(error!.message).toBe(`old.json: dataset of ${found}, this brief reads version 2; run \`brief extract\` again`);
		}
	});

	test.each([
		[['figures', 3, 'period'], '2025-13', 'figures[3].period: expected a period such as 2025, 2025-Q3, 2025-H1, 2025-09, FY2026, FY2026-Q2 or 2025..2029, got "2025-13"'],
		[['figures', 0, 'basis'], 'forecast', 'figures[0].basis: expected one of "actual", "outlook", got "forecast"'],
		[['figures', 0, 'counterparty'], 7, 'figures[0].counterparty: expected string or null, got number'],
		[['companies', 0, 'fiscalYearEnd'], 13, 'companies[0].fiscalYearEnd: expected at most 12, got 13'],
		[['events', 1, 'amount'], {value: 1, unit: 'JPY'}, 'events[1].amount.text: missing'],
		[['events', 0, 'date'], '2025', 'events[0].date: expected YYYY-MM or YYYY-MM-DD, got "2025"'],
		[['conflicts', 0, 'figures'], ['a3/f1'], 'conflicts[0].figures: expected at least 2 items, got ["a3/f1"]'],
		[['articles', 0, 'published'], `2025-${'x'.repeat(100)}`, `articles[0].published: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2025-${'x'.repeat(53)}…`],
	] as const)('%j = %j is refused in words', (path, replacement, message) => {
		const error = errorOf(() => parseDataset(withReplaced(read(datasets[0][1]), path, replacement), 'fixture.json'));
		expect(error?.message).toBe(`fixture.json: invalid dataset at ${message}`);
	});

	// Every field of the fixture changed in every way that could break it, and removed: the check
	// accepts exactly what zod accepts, and what it refuses is one line naming the file and the field.
	test('agrees with zod on every one-field change of the fixture, and names the field', () => {
		const json = read(datasets[0][1]);
		let refused = 0;
		for (const {path, value} of places(json)) {
			if (path.length === 0 || path[0] === 'version') continue;
			const changes = [...replacements(value), ...(typeof path.at(-1) === 'string' ? [undefined] : [])];
			for (const replacement of changes) {
				const changed = withReplaced(json, path, replacement);
				const byZod = datasetSchema.safeParse(changed);
				const error = errorOf(() => parseDataset(changed, 'fixture.json'));
				const what = `${describePath(path)} = ${JSON.stringify(replacement)}`;
				expect(error === undefined, what).toBe(byZod.success);
				if (!error) continue;
				refused++;
				expect(error, what).toBeInstanceOf(DatasetError);
				expect(error.message, what).not.toContain('\n');
				// A changed array item is named by its index; anything else by its own place.
				expect(error.message, what).toMatch(new RegExp(`^fixture\\.json: invalid dataset at ${describePath(path).replaceAll(/[.[\]]/g, '\\$&')}[:.[]`));
			}
		}

		expect(refused).toBeGreaterThan(1000);
	});
});
