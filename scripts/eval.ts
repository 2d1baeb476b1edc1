// npm run eval -- [ARTICLES_DIR] [--gold GOLD_DIR] [--details] [--json]
// Extracts a folder of articles (default ../shared/eval/dev/articles) into a temporary dataset and
// scores it with the evaluation set's score.py against the gold folder beside it. Prints the scorer's
// table and its SUMMARY line last, and exits with the scorer's code.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {extractFiles} from '../source/extract/index.js';

const usage = 'usage: npm run eval -- [ARTICLES_DIR] [--gold GOLD_DIR] [--details] [--json]';
const root = resolve(import.meta.dirname, '..');

let parsed;
try {
	parsed = parseArgs({allowPositionals: true, options: {gold: {type: 'string'}, details: {type: 'boolean'}, json: {type: 'boolean'}, help: {type: 'boolean'}}});
} catch (error) {
	console.error(`eval: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
	process.exit(2);
}

if (parsed.values.help) {
	console.log(usage);
	process.exit(0);
}

const articles = resolve(parsed.positionals[0] ?? join(root, '..', 'shared', 'eval', 'dev', 'articles'));
const gold = resolve(parsed.values.gold ?? join(dirname(articles), 'gold'));
// The scorer of the evaluation set: beside its gold folders, else the shared one.
const scorer = [join(dirname(gold), '..', 'score.py'), join(dirname(gold), 'score.py'), join(root, '..', 'shared', 'eval', 'score.py')].find(path => existsSync(path)) ?? join(root, '..', 'shared', 'eval', 'score.py');
for (const [what, path] of [
	['articles folder', articles],
	['gold folder', gold],
	['scorer', scorer],
] as const) {
	if (!existsSync(path)) {
		console.error(`eval: no ${what} at ${path}\n${usage}`);
		process.exit(2);
	}
}

const folder = mkdtempSync(join(tmpdir(), 'brief-eval-'));
try {
	const started = performance.now();
	const result = await extractFiles({paths: [articles], cwd: process.cwd(), datasetFolder: folder, jobs: 1});
	const seconds = (performance.now() - started) / 1000;
	for (const problem of result.problems) console.error(`eval: skipped ${problem.file}: ${problem.reason.en}`);
	const dataset = join(folder, 'dataset.json');
	writeFileSync(dataset, JSON.stringify(result.dataset));
	console.error(`eval: extracted ${result.extracted} articles in ${seconds.toFixed(2)} s -> ${result.dataset.figures.length} figures, ${result.dataset.events.length} events, ${result.dataset.conflicts.length} conflicts`);
	const flags = [...(parsed.values.details ? ['--details'] : []), ...(parsed.values.json ? ['--json'] : [])];
	const scored = spawnSync('python3', [scorer, dataset, gold, '--articles-dir', articles, ...flags], {stdio: 'inherit'});
	process.exitCode = scored.status ?? 2;
} finally {
	rmSync(folder, {recursive: true, force: true});
}
