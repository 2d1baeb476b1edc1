// Issue 12: extract and load under faults, through the real command line. A full disk, short writes
// and kill -9 (injected at fs.writeSync and fs.openSync by test/fixtures/write-faults.mjs, and a real
// full tmpfs where one can be mounted), an --out that is an input, two extracts at once, a damaged or
// swapped index, leftovers of killed runs, FIFOs and /dev/zero in place of every file brief reads,
// a config dir that cannot be made, and stale or foreign locks.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {tryLock} from '../../source/disk/lock.js';
import {datasetSchema} from '../../source/dataset/schema.js';
import {indexIsWhole, storeFolder} from '../../source/dataset/store-index.js';
import {root, runCli, tsxLoader, type CliOptions} from '../cli/run-cli.js';

const faults = join(root, 'test', 'fixtures', 'write-faults.mjs');
/** A run that hangs is killed: a hang fails the test rather than the suite. */
const guard = 20_000;

let work: string;
/** The bundled articles extracted once; each test gets a copy (times kept: the index and cache stay fresh). */
let base: string;
beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'brief-faults-'));
	base = join(work, 'base');
	cpSync(join(root, 'data', 'articles'), join(base, 'articles'), {recursive: true});
	const first = await brief(['extract', 'articles', '--out', 'b.json'], base, {env: {BRIEF_CONFIG_DIR: join(base, 'config')}});
	expect(first.code, first.stderr).toBe(0);
});

afterAll(() => {
	rmSync(work, {recursive: true, force: true});
});

/**
 * A folder with a copy of the bundled articles, their extract to `b.json` (index and cache), and a
 * config dir of its own. A copy's times are not exactly the original's (microseconds are lost), so its
 * index is not fresh for readers: `readable` extracts anew where a test reads through the index.
 */
async function extracted(name: string, readable = false): Promise<{folder: string; out: string; env: Record<string, string>}> {
	const folder = join(work, name);
	const env = {BRIEF_CONFIG_DIR: join(folder, 'config')};
	if (readable) {
		cpSync(join(base, 'articles'), join(folder, 'articles'), {recursive: true});
		const first = await brief(['extract', 'articles', '--out', 'b.json'], folder, {env});
		expect(first.code, first.stderr).toBe(0);
	} else {
		cpSync(base, folder, {recursive: true, preserveTimestamps: true});
	}

	return {folder, out: join(folder, 'b.json'), env};
}

function brief(args: readonly string[], cwd: string, options: CliOptions = {}) {
	return runCli(args, {cwd, timeout: guard, ...options});
}

function withFault(plan: {match: string; fault: 'enospc' | 'short' | 'kill'; afterBytes?: number}, env: Record<string, string>): CliOptions {
	return {nodeArguments: ['--import', faults], env: {...env, BRIEF_TEST_WRITE_FAULT: JSON.stringify(plan)}};
}

/** Everything in a folder (below it too) but the articles, with each file's content hash. */
function snapshot(folder: string): Record<string, string> {
	const files: Record<string, string> = {};
	const visit = (relative: string) => {
		for (const entry of readdirSync(join(folder, relative), {withFileTypes: true})) {
			const path = join(relative, entry.name);
			if (path === 'articles' || path === 'config') continue;
			if (entry.isDirectory()) visit(path);
			else
				files[path] = createHash('sha256')
					.update(readFileSync(join(folder, path)))
					.digest('hex');
		}
	};

	visit('');
	return files;
}

/** Changes an article, so that the next extract has something to write. */
function touchArticle(folder: string): void {
	const file = join(folder, 'articles', readdirSync(join(folder, 'articles'))[0]!);
	writeFileSync(file, `${readFileSync(file, 'utf8')}\nAWSは2025年11月20日、新サービスを発表した。\n`);
}

const leftovers = (folder: string) => readdirSync(folder).filter(name => /\.\d+\.(?:tmp|old)$/.test(name));

describe('1. a full disk or a short write never replaces a good dataset, cache or index with a partial one', () => {
	test('ENOSPC while writing the dataset: exit 2, one line, and every file as it was', async () => {
		const {folder, env} = await extracted('enospc');
		const before = snapshot(folder);
		touchArticle(folder);
		const full = await brief(['extract', 'articles', '--out', 'b.json'], folder, withFault({match: String.raw`\.b\.json\.\d+\.tmp$`, fault: 'enospc', afterBytes: 20_000}, env));
		expect(full).toEqual({code: 2, stdout: '', stderr: 'brief: cannot write b.json: no space left on the device\n'});
		expect(snapshot(folder)).toEqual(before);
		expect(leftovers(folder)).toEqual([]);
		const list = await brief(['list', '--data', 'b.json'], folder, {env});
		expect(list.code).toBe(0);
	});

	test('ENOSPC while writing the index after the dataset: the dataset is whole, and the next run rebuilds the index', async () => {
		const {folder, out, env} = await extracted('enospc-index');
		touchArticle(folder);
		const full = await brief(['extract', 'articles', '--out', 'b.json'], folder, withFault({match: String.raw`\.b\.index\.\d+\.tmp/`, fault: 'enospc', afterBytes: 1000}, env));
		expect(full.code).toBe(2);
		expect(full.stderr).toBe('brief: cannot write b.json: no space left on the device\n');
		expect(() => datasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')))).not.toThrow();
		expect(readdirSync(folder).filter(name => name.includes('.index.'))).toEqual([]);
		const again = await brief(['extract', 'articles', '--out', 'b.json'], folder, {env});
		expect(again.stderr).not.toContain('nothing changed');
		expect(again.code).toBe(0);
	});

	test('writes that come up short are finished: the dataset is the one a normal run writes', async () => {
		const {folder, out, env} = await extracted('short');
		const normal = readFileSync(out, 'utf8');
		rmSync(out);
		rmSync(storeFolder(out), {recursive: true});
		const short = await brief(['extract', 'articles', '--out', 'b.json'], folder, withFault({match: String.raw`\.tmp(?:/|$)`, fault: 'short'}, env));
		expect(short.code, short.stderr).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(normal);
		const list = await brief(['list', '--json', '--data', 'b.json'], folder, {env});
		expect(JSON.parse(list.stdout).companies.length).toBeGreaterThan(5);
	});

	test('a real full file system (a small tmpfs): the good dataset is kept', async context => {
		const probe = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${JSON.stringify(work)}`], {stdio: 'ignore'});
		if (probe.status !== 0) context.skip('cannot mount a tmpfs here (unshare --user --mount is not allowed): the injected ENOSPC above stands in for it');
		const folder = join(work, 'full');
		mkdirSync(folder);
		cpSync(join(root, 'data', 'articles'), join(folder, 'articles'), {recursive: true});
		const disk = join(folder, 'disk');
		mkdirSync(disk);
		const cli = ['node', '--import', tsxLoader, join(root, 'cli.tsx')].map(word => JSON.stringify(word)).join(' ');
		// In a mount namespace of its own, gone when the shell ends: a disk of 4 MB; one extract, then the
		// disk filled but for 8 KB, then an extract of a changed article.
		const script = [
			`mount -t tmpfs -o size=4m tmpfs ${JSON.stringify(disk)}`,
			`cp -r articles ${JSON.stringify(disk)}/articles`,
			`cd ${JSON.stringify(disk)}`,
			`${cli} extract articles --out b.json 2>/dev/null`,
			`cp b.json ../before.json`,
			`dd if=/dev/zero of=filler bs=4k 2>/dev/null; rm filler; dd if=/dev/zero of=filler bs=4k count=$(( $(df --output=avail -k . | tail -1) / 4 - 2 )) 2>/dev/null`,
			`echo 'AWSは2025年11月21日、新サービスを発表した。' >> articles/$(ls articles | head -1)`,
			`${cli} extract articles --out b.json 2> ../second.err; echo $? > ../second.code`,
			`cp b.json ../after.json; ls -a > ../listing`,
			`${cli} list --data b.json > ../list.out 2>&1; echo $? > ../list.code`,
		].join(' && ');
		const run = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], {cwd: folder, env: {...process.env, BRIEF_CONFIG_DIR: join(folder, 'config')}, encoding: 'utf8', timeout: 60_000});
		expect(run.status, run.stderr).toBe(0);
		expect(readFileSync(join(folder, 'second.code'), 'utf8').trim()).toBe('2');
		expect(readFileSync(join(folder, 'second.err'), 'utf8')).toMatch(/^brief: cannot write b\.json: no space left on the device\n$/);
		expect(readFileSync(join(folder, 'after.json'))).toEqual(readFileSync(join(folder, 'before.json')));
		expect(readFileSync(join(folder, 'list.code'), 'utf8').trim()).toBe('0');
		expect(readFileSync(join(folder, 'listing'), 'utf8')).not.toMatch(/\.\d+\.(?:tmp|old)/);
	});
});

describe('2 and 3. an --out that is an input, or would be read as one, is refused before anything is read', () => {
	test('--out naming an article (as `--out arts/*.txt` does), an article extension in the input folder, or an input of another extension', async () => {
		const {folder, env} = await extracted('out-input');
		const articles = readdirSync(join(folder, 'articles')).map(name => join('articles', name));
		const before = snapshot(folder);
		const first = readFileSync(join(folder, articles[0]!));
		const globbed = await brief(['extract', '--out', ...articles], folder, {env});
		expect(globbed).toEqual({code: 1, stdout: '', stderr: `brief: --out ${articles[0]} has an article's extension (.txt): brief would read the dataset as an article; use a .json file\n`});
		expect(readFileSync(join(folder, articles[0]!))).toEqual(first);
		const inFolder = await brief(['extract', 'articles', '--out', 'articles/briefing.md'], folder, {env});
		expect(inFolder.code).toBe(1);
		expect(inFolder.stderr).toContain("has an article's extension (.md)");
		writeFileSync(join(folder, 'notes.json'), '{"mine": true}');
		const input = await brief(['extract', 'notes.json', 'articles', '--out', 'notes.json'], folder, {env});
		expect(input).toEqual({code: 1, stdout: '', stderr: 'brief: --out notes.json is one of the inputs (notes.json): it would be overwritten with the dataset\n'});
		expect(readFileSync(join(folder, 'notes.json'), 'utf8')).toBe('{"mine": true}');
		expect(readdirSync(join(folder, 'articles')).map(name => join('articles', name))).toEqual(articles);
		expect(snapshot(folder)).toEqual({...before, 'notes.json': createHash('sha256').update('{"mine": true}').digest('hex')});
		const device = await brief(['extract', 'articles', '--out', '/dev/null'], folder, {env});
		expect(device).toEqual({code: 2, stdout: '', stderr: 'brief: cannot write /dev/null: not a regular file (a FIFO, device or socket)\n'});
	});
});

describe('4. two extracts to one --out: a lock, and the identity of what was written', () => {
	test('a running extract holds the output; the other is refused, then runs once it is free', async () => {
		const {folder, env} = await extracted('lock');
		const lock = tryLock(join(folder, '.b.json.lock'));
		expect(lock.acquired).toBe(true);
		touchArticle(folder);
		const refused = await brief(['extract', 'articles', '--out', 'b.json'], folder, {env});
		expect(refused.code).toBe(2);
		expect(refused.stderr).toBe(`brief: b.json is being written by another brief extract (process ${process.pid} on ${hostname()}); try again when it has finished, or remove ${join(folder, '.b.json.lock')} if none is running\n`);
		if (lock.acquired) lock.release();
		const free = await brief(['extract', 'articles', '--out', 'b.json'], folder, {env});
		expect(free.code).toBe(0);
	});

	test('two at once of different inputs: the index always belongs to the dataset file there, and a re-run is up to date only when it is', async () => {
		const {folder, out, env} = await extracted('race');
		mkdirSync(join(folder, 'few'));
		cpSync(join(folder, 'articles', readdirSync(join(folder, 'articles'))[0]!), join(folder, 'few', 'one.txt'));
		const [many, few] = await Promise.all([brief(['extract', 'articles', '--out', 'b.json'], folder, {env}), brief(['extract', 'few', '--out', 'b.json'], folder, {env})]);
		for (const result of [many, few]) expect(result.code === 0 || /is being written by another brief extract/.test(result.stderr), result.stderr).toBe(true);
		const written = readFileSync(out);
		const dataset = datasetSchema.parse(JSON.parse(written.toString('utf8')));
		const index = JSON.parse(readFileSync(join(storeFolder(out), 'index.json'), 'utf8')) as {dataset: {sha256: string; size: number}};
		expect(index.dataset.sha256).toBe(createHash('sha256').update(written).digest('hex'));
		expect(indexIsWhole(out, index.dataset)).toBe(true);
		const list = await brief(['list', '--json', '--data', 'b.json'], folder, {env});
		const counts = Object.fromEntries((JSON.parse(list.stdout).companies as Array<{id: string; articleCount: number}>).map(company => [company.id, company.articleCount]));
		for (const company of dataset.companies) expect(counts[company.id], company.id).toBe(dataset.articles.filter(article => article.companies.includes(company.id)).length);
	});
});

describe('5. "up to date" means the index is whole', () => {
	const shardOf = (out: string, id: string) => {
		const companies = join(storeFolder(out), 'companies');
		return join(
			companies,
			readdirSync(companies).find(name => name.endsWith(`-${id}.json`))!,
		);
	};

	test('a damaged shard: the error says to extract again, and extract then rebuilds it', async () => {
		const {folder, out, env} = await extracted('damaged-shard', true);
		writeFileSync(shardOf(out, 'amazon'), 'broken');
		// JSON is made from the shard (the plain text has a view of its own, see below).
		const damaged = await brief(['amazon', '--json', '--data', 'b.json'], folder, {env});
		expect(damaged.code).toBe(2);
		expect(damaged.stderr).toMatch(/-amazon\.json: damaged, not valid JSON \(.*\); run `brief extract` again to rebuild the index\n$/);
		const again = await brief(['extract', 'articles', '--out', 'b.json'], folder, {env});
		expect(again.stderr).toMatch(/^extracted 5 articles: .* \(5 unchanged, 0 skipped\) -> b\.json\n/);
		expect((await brief(['amazon', '--json', '--data', 'b.json'], folder, {env})).code).toBe(0);
		rmSync(shardOf(out, 'amazon'));
		expect((await brief(['extract', 'articles', '--out', 'b.json'], folder, {env})).stderr).not.toContain('nothing changed');
		const nothing = await brief(['extract', 'articles', '--out', 'b.json'], folder, {env});
		expect(nothing.stderr).toMatch(/^nothing changed in 5 files; b\.json is up to date/);
	});

	test("a shard or plain view copied over another company's is refused by readers and rebuilt by extract", async () => {
		const {folder, out, env} = await extracted('swapped-shard', true);
		const plainOf = (id: string) => shardOf(out, id).replace(/\.json$/, '.plain.json');
		// The plain briefing stored for Amazon replaced by Microsoft's: not used, Amazon's is made from its shard.
		writeFileSync(plainOf('amazon'), readFileSync(plainOf('microsoft')));
		const swappedView = await brief(['amazon', '--plain', '--data', 'b.json'], folder, {env});
		expect(swappedView.code).toBe(0);
		expect(swappedView.stdout).toMatch(/^Amazon \(AMZN\)/);
		expect(swappedView.stdout).not.toContain('Microsoft (MSFT)');
		writeFileSync(shardOf(out, 'amazon'), readFileSync(shardOf(out, 'microsoft')));
		const swapped = await brief(['amazon', '--json', '--data', 'b.json'], folder, {env});
		expect(swapped.code).toBe(2);
		expect(swapped.stdout).toBe('');
		expect(swapped.stderr).toMatch(/-amazon\.json: not the shard of amazon in this index/);
		expect((await brief(['extract', 'articles', '--out', 'b.json'], folder, {env})).stderr).not.toContain('nothing changed');
		expect((await brief(['amazon', '--json', '--data', 'b.json'], folder, {env})).code).toBe(0);
	});

	test('a same-size edit of the dataset with its old time put back is not up to date', async () => {
		const {folder, out, env} = await extracted('same-size');
		const {mtime} = statSync(out);
		const text = readFileSync(out, 'utf8');
		writeFileSync(out, text.replace('"Amazon"', '"Amazom"'));
		utimesSync(out, mtime, mtime);
		const again = await brief(['extract', 'articles', '--out', 'b.json'], folder, {env});
		expect(again.stderr).not.toContain('nothing changed');
		expect(readFileSync(out, 'utf8')).toBe(text);
	});
});

describe('6. a kill -9 during extract leaves nothing that lasts', () => {
	test('killed while writing the dataset, or the index: the next run removes what it left, and the previous files are whole', async () => {
		const {folder, out, env} = await extracted('killed');
		const before = readFileSync(out);
		touchArticle(folder);
		const left = () =>
			readdirSync(folder)
				.filter(name => /\.\d+\.(?:tmp|old)$|\.lock$/.test(name))
				.map(name => name.replace(/\.\d+\./, '.PID.'))
				.sort();
		const killed = await brief(['extract', 'articles', '--out', 'b.json'], folder, withFault({match: String.raw`\.b\.json\.\d+\.tmp$`, fault: 'kill', afterBytes: 10_000}, env));
		expect(killed.signal).toBe('SIGKILL');
		expect(readFileSync(out)).toEqual(before);
		expect(left()).toEqual(['.b.json.PID.tmp', '.b.json.lock']);
		// The next run removes those, and is killed in its turn while writing the index.
		const killedInIndex = await brief(['extract', 'articles', '--out', 'b.json'], folder, withFault({match: String.raw`\.b\.index\.\d+\.tmp/index\.json$`, fault: 'kill'}, env));
		expect(killedInIndex.signal).toBe('SIGKILL');
		expect(left()).toEqual(['.b.index.PID.tmp', '.b.json.lock']);
		const again = await brief(['extract', 'articles', '--out', 'b.json'], folder, {env});
		expect(again.code).toBe(0);
		expect(again.stderr).toMatch(/^brief: took over the lock [^\n]*\.b\.json\.lock: its holder, process \d+, is no longer running\n/);
		expect(again.stderr).toMatch(/\nbrief: removed \d+ files? left by an extract that did not finish \(/);
		expect(readdirSync(folder).filter(name => /\.\d+\.(?:tmp|old)$|\.lock$/.test(name))).toEqual([]);
		expect(() => datasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')))).not.toThrow();
	});
});

describe('7 and 8. nothing brief reads can hang it or fill its memory', () => {
	test('a FIFO or /dev/zero as the dataset, --registry, a shard, the index, the cache or the config: one line or a fallback, never a hang', {timeout: 90_000}, async () => {
		const {folder, out, env} = await extracted('fifo');
		const fifo = (path: string) => {
			rmSync(path, {force: true, recursive: true});
			expect(spawnSync('mkfifo', [path]).status).toBe(0);
		};

		fifo(join(folder, 'pipe.json'));
		symlinkSync('/dev/zero', join(folder, 'zero.json'));
		const [pipeData, zeroData, pipeRegistry, zeroRegistry] = await Promise.all([
			brief(['--plain', '--data', 'pipe.json'], folder, {env}),
			brief(['--plain', '--data', 'zero.json'], folder, {env}),
			brief(['extract', 'articles', '--out', 'c.json', '--registry', 'pipe.json'], folder, {env}),
			brief(['extract', 'articles', '--out', 'c.json', '--registry', 'zero.json'], folder, {env}),
		]);
		expect(pipeData).toEqual({code: 2, stdout: '', stderr: 'brief: pipe.json: cannot read dataset (not a regular file (a FIFO, device or socket)); run `brief extract` to create it\n'});
		expect(zeroData).toEqual({code: 2, stdout: '', stderr: 'brief: zero.json: cannot read dataset (not a regular file (a FIFO, device or socket)); run `brief extract` to create it\n'});
		for (const registry of [pipeRegistry, zeroRegistry]) expect(registry.stderr).toMatch(/^brief: [^\n]*\.json: cannot read company registry \(not a regular file \(a FIFO, device or socket\)\)\n$/);
		// The cache and the index: not used; the dataset is read whole, the cache rebuilt.
		fifo(join(folder, '.b.json.cache'));
		fifo(join(storeFolder(out), 'index.json'));
		const [viewWithoutIndex, extractWithoutCache] = await Promise.all([brief(['amazon', '--plain', '--data', 'b.json'], folder, {env}), brief(['extract', 'articles', '--out', 'b.json'], folder, {env})]);
		expect(viewWithoutIndex.code).toBe(0);
		expect(viewWithoutIndex.stdout).toMatch(/^Amazon \(AMZN\)/);
		expect(extractWithoutCache.code).toBe(0);
		expect(extractWithoutCache.stderr).toMatch(/\(0 unchanged, 0 skipped\)/);
		// A shard: that company cannot be read, and says so.
		const companies = join(storeFolder(out), 'companies');
		const shard = join(
			companies,
			readdirSync(companies).find(name => name.endsWith('-amazon.json'))!,
		);
		fifo(shard);
		const viewShard = await brief(['amazon', '--json', '--data', 'b.json'], folder, {env});
		expect(viewShard.code).toBe(2);
		expect(viewShard.stderr).toBe(`brief: ${join('b.index', 'companies', basename(shard))}: cannot read (not a regular file (a FIFO, device or socket)); run \`brief extract\` again to rebuild the index\n`);
		// The config: the watchlist cannot be read, and brief goes on.
		mkdirSync(join(folder, 'config'), {recursive: true});
		fifo(join(folder, 'config', 'config.json'));
		const config = await brief(['list', '--data', 'b.json'], folder, {env});
		expect(config.code).toBe(0);
		expect(config.stderr).toBe(`brief: cannot read watchlist ${join(folder, 'config', 'config.json')} (not a regular file (a FIFO, device or socket)); using an empty watchlist\n`);
	});

	test('8. a config dir that cannot be made (/proc/nope): one line, exit 2, at once', async () => {
		const result = await brief(['watch', 'add', 'aws'], root, {env: {BRIEF_CONFIG_DIR: '/proc/nope'}});
		expect(result).toEqual({code: 2, stdout: '', stderr: 'brief: cannot save the watchlist: cannot create /proc/nope (no such file or folder)\n'});
		const extract = await brief(['extract', 'data/articles', '--out', '/proc/nope/b.json'], root, {env: {BRIEF_CONFIG_DIR: '/proc/nope'}});
		expect(extract).toEqual({code: 2, stdout: '', stderr: 'brief: cannot write /proc/nope/b.json: a folder of its path cannot be made\n'});
	});
});

describe('10. a stale or foreign lock on the config is taken over, with a message', () => {
	test.each([
		[
			'a lock folder dated in the future',
			(lock: string) => {
				mkdirSync(lock);
				const future = new Date(Date.now() + 3_600_000);
				utimesSync(lock, future, future);
			},
			String.raw`it was not a lock brief made \(a folder dated in the future\)`,
		],
		['a plain file', (lock: string) => writeFileSync(lock, 'not a lock'), 'it was not a lock brief made'],
		[
			'the lock of a process that is gone',
			(lock: string) => {
				const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {encoding: 'utf8'});
				writeFileSync(lock, JSON.stringify({kind: 'brief.lock', pid: Number(gone.stdout), host: hostname(), since: Date.now(), token: 'x'}));
			},
			'its holder, process \\d+, is no longer running',
		],
	] as const)('%s', async (_, make, reason) => {
		const config = join(work, `config-${reason.length}-${Math.random().toString(36).slice(2)}`);
		mkdirSync(config);
		make(join(config, 'config.json.lock'));
		const result = await brief(['watch', 'add', 'aws'], root, {env: {BRIEF_CONFIG_DIR: config}});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toMatch(new RegExp(`^brief: took over the lock ${config.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}/config\\.json\\.lock: ${reason}\\n`));
		expect(JSON.parse(readFileSync(join(config, 'config.json'), 'utf8'))).toMatchObject({watchlist: ['amazon']});
		expect(existsSync(join(config, 'config.json.lock'))).toBe(false);
	});
});
