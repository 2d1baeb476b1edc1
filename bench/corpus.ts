// npm run corpus -- --articles N --companies M --seed S [--out DIR]
// Writes a deterministic synthetic corpus in the seed articles' formats, with its company registry
// (companies.json) and a manifest. Extract it with:
//   brief extract DIR --registry DIR/companies.json --out briefing.json
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {writeCorpus} from './corpus/write.js';

const usage = 'usage: npm run corpus -- --articles N --companies M --seed S [--out DIR]';

function count(name: string, text: string | undefined, fallback: number, minimum: number): number {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isInteger(value) || value < minimum) {
		console.error(`--${name} must be an integer of at least ${minimum}, got ${JSON.stringify(text)}\n${usage}`);
		process.exit(2);
	}

	return value;
}

let values;
try {
	({values} = parseArgs({
		options: {articles: {type: 'string'}, companies: {type: 'string'}, seed: {type: 'string'}, out: {type: 'string'}, help: {type: 'boolean'}},
	}));
} catch (error) {
	console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
	process.exit(2);
}

if (values.help) {
	console.log(usage);
	process.exit(0);
}

const articles = count('articles', values.articles, 1000, 1);
const companies = count('companies', values.companies, 100, 1);
const seed = values.seed ?? '1';
const out = resolve(values.out ?? resolve(import.meta.dirname, `.out/corpus-${articles}-${companies}-${seed}`));
const started = performance.now();
try {
	const manifest = writeCorpus({articles, companies, seed}, out);
	const seconds = (performance.now() - started) / 1000;
	console.log(
		`wrote ${manifest.articles} articles, ${(manifest.totalBytes / 1e6).toFixed(1)} MB (average ${(manifest.averageBytes / 1024).toFixed(1)} KB), ` +
			`${manifest.companies} companies (${manifest.fictionalCompanies} fictional, ${manifest.companiesNamed} named) in ${seconds.toFixed(2)} s\n-> ${out}`,
	);
} catch (error) {
	console.error(`corpus: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
