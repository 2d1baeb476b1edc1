// npm run bench:update: `brief update` (the bundled dist/cli.js) over 20 feeds of 50 items each from
// a local HTTP server, then again with nothing new. Targets (issue 15): under 10 s, and under 1 s.
// Pages are the synthetic corpus's articles (bench/corpus) laid out as HTML with a news site's chrome.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {openDatabase} from '../source/library/database.js';
import {addFeed} from '../source/library/feeds.js';
import {libraryDatabaseFile} from '../source/library/location.js';
import {buildIfStale, root, snapshotDist} from './built-cli.js';
import {createCorpus} from './corpus/generate.js';
import {feedXml, pageHtml} from './update-pages.js';
import {median} from './wall-time.js';

const feeds = Number(process.env['BENCH_FEEDS'] ?? 20);
const itemsPerFeed = Number(process.env['BENCH_ITEMS'] ?? 50);
const quietRounds = Number(process.env['BENCH_ROUNDS'] ?? 5);
// Flags for node itself (e.g. --cpu-prof), to look into where the time goes.
const nodeFlags = (process.env['BENCH_NODE_FLAGS'] ?? '').split(' ').filter(Boolean);

buildIfStale();
const cli = snapshotDist(join(root, 'bench', '.out', 'update'));
const corpus = createCorpus({articles: feeds * itemsPerFeed, companies: 50, seed: 'bench-update'});
const pages = Array.from({length: feeds * itemsPerFeed}, (_, index) => Buffer.from(pageHtml(corpus.article(index).content, index)));
let pageRequests = 0;
const server = createServer((request, response) => {
	const path = request.url ?? '/';
	const feed = /^\/feeds\/(\d+)\.xml$/.exec(path);
	const page = /^\/a\/(\d+)\.html$/.exec(path);
	if (feed) {
		const etag = `"feed-${feed[1]}"`;
		if (request.headers['if-none-match'] === etag) response.writeHead(304, {etag}).end();
		else response.writeHead(200, {'content-type': 'application/rss+xml', etag}).end(feedXml(base, Number(feed[1]), itemsPerFeed));
	} else if (page && pages[Number(page[1])]) {
		pageRequests++;
		response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(pages[Number(page[1])]);
	} else {
		response.writeHead(404).end();
	}
});
await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const directory = mkdtempSync(join(tmpdir(), 'brief-bench-update-'));

const timeCommand = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu %U %S'] : [];

/**
 * `brief update` in its own process (the server answers from this one): wall time, CPU time (user
 * and system, all threads: what the machine's load does not change), and the summary line.
 */
async function update(): Promise<{milliseconds: number; cpuSeconds: number | undefined; summary: string}> {
	const {spawn} = await import('node:child_process');
	const started = process.hrtime.bigint();
	return new Promise((resolve, reject) => {
		const [executable, ...parameters] = [...timeCommand, process.execPath, ...nodeFlags, cli, 'update', ...(process.env['BENCH_JOBS'] ? ['--jobs', process.env['BENCH_JOBS']] : [])];
		const child = spawn(executable!, parameters, {env: {...process.env, BRIEF_DATA_DIR: directory, BRIEF_CONFIG_DIR: directory}, stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', code => {
			const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
			const cpu = /^cpu ([\d.]+) ([\d.]+)$/m.exec(stderr);
			if (code !== 0) reject(new Error(`brief update exited ${String(code)}: ${stderr}`));
			else resolve({milliseconds, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined, summary: stderr.replace(/^cpu .*$/m, '').trim()});
		});
	});
}

try {
	const database = openDatabase(libraryDatabaseFile(directory), directory);
	for (let feed = 0; feed < feeds; feed++) addFeed(database, new URL(`${base}/feeds/${feed}.xml`), `feed-${feed}`, new Date().toISOString());
	database.close();
	const averageKilobytes = pages.reduce((sum, page) => sum + page.length, 0) / pages.length / 1024;
	console.log(`${feeds} feeds x ${itemsPerFeed} items, pages of ${averageKilobytes.toFixed(1)} KB on average, brief update from ${cli}`);
	const first = await update();
	const cpu = (seconds: number | undefined) => (seconds === undefined ? '' : `, ${seconds.toFixed(2)} s of CPU`);
	console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
	console.log(`first update:  ${(first.milliseconds / 1000).toFixed(2)} s${cpu(first.cpuSeconds)} (target 10 s: ${first.milliseconds < 10_000 ? 'met' : 'not met'}); ${pageRequests} pages fetched\n  ${first.summary}`);
	const quiet: Array<{milliseconds: number; cpuSeconds: number | undefined}> = [];
	let summary = '';
	for (let round = 0; round < quietRounds; round++) {
		const run = await update();
		quiet.push(run);
		summary = run.summary;
	}

	const typical = median(quiet.map(run => run.milliseconds));
	const typicalCpu = quiet[0]?.cpuSeconds === undefined ? undefined : median(quiet.map(run => run.cpuSeconds!));
	console.log(`nothing new:   ${(typical / 1000).toFixed(2)} s${cpu(typicalCpu)}, median of ${quietRounds} (target 1 s: ${typical < 1000 ? 'met' : 'not met'})\n  ${summary}`);
	const plain = spawnSync(process.execPath, [cli, 'list'], {env: {...process.env, BRIEF_DATA_DIR: directory, BRIEF_CONFIG_DIR: directory}, encoding: 'utf8'});
	console.log(`brief list then reads the library: ${plain.stdout.split('\n').length - 2} companies`);
	if (process.env['BENCH_KEEP']) {
		console.log(`library kept in ${directory}, served at ${base}; Ctrl-C ends the server`);
		await new Promise(() => undefined);
	}
} finally {
	server.close();
	rmSync(directory, {recursive: true, force: true});
}
