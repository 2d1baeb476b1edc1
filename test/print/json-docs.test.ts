import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {loadDataset} from '../../source/dataset/load.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {selectCompanyBriefing} from '../../source/dataset/selectors/company-briefing.js';
import {selectDigest} from '../../source/dataset/selectors/digest.js';
import {formatBriefingJson, formatBriefingNdjson} from '../../source/print/briefing-json.js';
import {formatDigestJson, formatDigestNdjson} from '../../source/print/digest-output.js';
import {fixtureDatasetPath} from '../fixtures/dataset.js';

const root = join(import.meta.dirname, '..', '..');
const documentation = readFileSync(join(root, 'docs', 'json.md'), 'utf8');

// jq 1.6 cannot read these as object keys in its `{key}` shorthand (`{label}` is a syntax error).
const jqKeywords = ['and', 'or', 'if', 'then', 'elif', 'else', 'end', 'as', 'def', 'reduce', 'foreach', 'try', 'catch', 'label', 'import', 'include', '__loc__'];

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const item of value) keysOf(item, into);
	else if (typeof value === 'object' && value !== null) {
		for (const [key, item] of Object.entries(value)) {
			into.add(key);
			keysOf(item, into);
		}
	}

	return into;
}

function outputs(dataset: Dataset): unknown[] {
	const briefings = dataset.companies.map(company => selectCompanyBriefing(dataset, company.id, [dataset.companies[0]!.id])!);
	const digest = selectDigest(
		dataset,
		dataset.companies.map(company => company.id),
		{articles: [], events: [], figures: []},
	);
	const lines = (text: string) =>
		text
			.trimEnd()
			.split('\n')
			.map(line => JSON.parse(line) as unknown);
	return [JSON.parse(formatBriefingJson(briefings)), ...lines(formatBriefingNdjson(briefings)), JSON.parse(formatDigestJson(digest)), ...lines(formatDigestNdjson(digest))];
}

const keys = keysOf([fixtureDatasetPath, join(root, 'data', 'briefing.json')].flatMap(file => outputs(loadDataset(file))));

test('docs/json.md names every key --json and --ndjson print', () => {
	expect(keys.size).toBeGreaterThan(60);
	const undocumented = [...keys].filter(key => !documentation.includes(`\`${key}\``) && !documentation.includes(`"${key}"`));
	expect(undocumented).toEqual([]);
});

test('no key is a jq keyword', () => {
	expect([...keys].filter(key => jqKeywords.includes(key))).toEqual([]);
});
