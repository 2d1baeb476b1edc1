// npm run bench:library-store: where the views should read the library's dataset from. The library
// is SQLite; the views today read a dataset file with its index (index.json, a shard and a stored
// plain briefing per company). This measures both ways of reading one company, as a whole process
// (start-up is what `brief --plain` and the TUI's first frame pay) and in-process (what a key press
// pays for a company not read before), on the same data, interleaved.
import {readFileSync, mkdtempSync, rmSync, writeFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import Database from 'better-sqlite3';
import {storeFolder} from '../source/dataset/store-index.js';
import {writeStore} from '../source/dataset/store-write.js';
import {writeDatasetTo, writeAtomically} from '../source/dataset/write.js';
import {plainView} from '../source/print/plain-view.js';
import {root} from './built-cli.js';
import {syntheticDataset} from './tui-dataset.js';
import {median, wallTimes} from './wall-time.js';

const companies = Number(process.env['BENCH_COMPANIES'] ?? 200);
const articles = Number(process.env['BENCH_ARTICLES'] ?? 10_000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 21);
const directory = mkdtempSync(join(tmpdir(), 'brief-bench-store-'));

try {
	const dataset = syntheticDataset(companies, articles);
	const file = join(directory, 'briefing.json');
	writeAtomically(file, sink => writeDatasetTo(sink, dataset));
	writeStore(dataset, file, [plainView]);
	const folder = storeFolder(file);
	const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as {shards: Record<string, string>; views: Record<string, {files: Record<string, string>}>};

	// The same index, shards and views as rows: one database file, as the library is.
	const databaseFile = join(directory, 'views.db');
	const database = new Database(databaseFile);
	database.pragma('journal_mode = WAL');
	database.exec('CREATE TABLE store (key TEXT PRIMARY KEY, json TEXT NOT NULL)');
	const put = database.prepare('INSERT INTO store (key, json) VALUES (?, ?)');
	database.transaction(() => {
		put.run('index', readFileSync(join(folder, 'index.json'), 'utf8'));
		for (const [company, shard] of Object.entries(index.shards)) put.run(`shard:${company}`, readFileSync(join(folder, shard), 'utf16le'));
		for (const [company, view] of Object.entries(index.views['plain']?.files ?? {})) put.run(`plain:${company}`, readFileSync(join(folder, view), 'utf16le'));
	})();
	database.close();

	// The largest company: the worst key press.
	const largest = Object.entries(index.shards)
		.map(([company, shard]) => [company, readFileSync(join(folder, shard)).length] as const)
		.sort((a, b) => b[1] - a[1])[0]![0];
	const betterSqlite = JSON.stringify(join(root, 'node_modules', 'better-sqlite3', 'lib', 'index.js'));
	const viewFile = join(folder, index.views['plain']!.files[largest]!);
	const readers = {
		files: `const {readFileSync} = require('node:fs'); const index = JSON.parse(readFileSync(${JSON.stringify(join(folder, 'index.json'))}, 'utf8')); const view = JSON.parse(readFileSync(${JSON.stringify(viewFile)}, 'utf16le')); process.stdout.write(String(index.companies.length + view.value.articles.length));`,
		sqlite: `const Database = require(${betterSqlite}); const db = new Database(${JSON.stringify(databaseFile)}, {readonly: true}); const get = db.prepare('SELECT json FROM store WHERE key = ?'); const index = JSON.parse(get.get('index').json); const view = JSON.parse(get.get(${JSON.stringify(`plain:${largest}`)}).json); process.stdout.write(String(index.companies.length + view.value.articles.length));`,
	};
	for (const [name, script] of Object.entries(readers)) writeFileSync(join(directory, `${name}.cjs`), script);
	const commands = [
		['node', '-e', '0'],
		['node', join(directory, 'files.cjs')],
		['node', join(directory, 'sqlite.cjs')],
		['node', '-e', `require(${betterSqlite})`],
	];
	const samples = wallTimes(commands, {rounds}).map(values => median(values));
	console.log(`${companies} companies, ${articles} articles; ${rounds} rounds, interleaved, medians of whole processes`);
	console.log(`node -e 0                                   ${samples[0]!.toFixed(1)} ms`);
	console.log(`index + a stored briefing from files        ${samples[1]!.toFixed(1)} ms  (+${(samples[1]! - samples[0]!).toFixed(1)})`);
	console.log(`the same from SQLite (open, 2 selects)      ${samples[2]!.toFixed(1)} ms  (+${(samples[2]! - samples[0]!).toFixed(1)})`);
	console.log(`loading better-sqlite3 alone                ${samples[3]!.toFixed(1)} ms  (+${(samples[3]! - samples[0]!).toFixed(1)})`);

	// A key press on a company not read before: its shard read and parsed.
	const reopened = new Database(databaseFile, {readonly: true});
	const get = reopened.prepare<[string], {json: string}>('SELECT json FROM store WHERE key = ?');
	const shardFile = join(folder, index.shards[largest]!);
	const fromFile: number[] = [];
	const fromSqlite: number[] = [];
	for (let round = 0; round < rounds; round++) {
		let started = performance.now();
		JSON.parse(readFileSync(shardFile, 'utf16le'));
		fromFile.push(performance.now() - started);
		started = performance.now();
		JSON.parse(get.get(`shard:${largest}`)!.json);
		fromSqlite.push(performance.now() - started);
	}

	reopened.close();
	const size = readFileSync(shardFile).length;
	console.log(`largest company's shard (${(size / 1024 / 1024).toFixed(1)} MB as UTF-16): file ${median(fromFile).toFixed(1)} ms, SQLite ${median(fromSqlite).toFixed(1)} ms (read and parse, medians)`);
	console.log(`files in the index folder: ${readdirSync(join(folder, 'companies')).length}`);
} finally {
	rmSync(directory, {recursive: true, force: true});
}
