// Issue 12: escapes that still reached a terminal, and the command line a user meets, through the
// real command line: messages quoting input, front matter and registry strings, characters terminals
// disagree on, the reader's folder, mistyped commands, flags that do not apply, Ctrl-C, digest
// --mark-read into a reader that leaves, and --json / --csv.
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {datasetSchema} from '../../source/dataset/schema.js';
import {displayWidth} from '../../source/text/width.js';
import {bundledDataset, root, runCli, tsxLoader, type CliOptions} from '../cli/run-cli.js';
import {fixtureDatasetPath} from '../fixtures/dataset.js';
import {firstUnsafe, hostile, jsonStrings} from './hostile-text.js';
import {inTerminal} from './terminal.js';

let work: string;
beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'brief-edges-'));
});

afterAll(() => {
	rmSync(work, {recursive: true, force: true});
});

function folder(name: string): string {
	const path = join(work, name);
	mkdirSync(path, {recursive: true});
	return path;
}

function brief(args: readonly string[], options: CliOptions = {}) {
	return runCli(args, {timeout: 30_000, ...options, env: {BRIEF_CONFIG_DIR: join(work, 'config'), ...options.env}});
}

// Characters terminals draw at other widths than string-width says, or disagree on.
const unsettled = /[\u00AD\u2028\u2029\u20E3\uFE0E\uFE0F\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u;

describe('11. every message that quotes input is sanitized', () => {
	test('a parse error quoting the file, an --out path and a config dir holding escape sequences', async () => {
		const here = folder('messages');
		const bad = join(here, 'bad.json');
		writeFileSync(bad, `${hostile.windowTitle}{"version": 2`);
		const watchList = await brief(['watch', 'list', '--data', bad]);
		expect(watchList.stderr).toContain('not valid JSON');
		const sneaky = join(here, `${hostile.windowTitle}${hostile.rightToLeftOverride}dir`);
		writeFileSync(join(here, 'a-file'), '');
		const out = await brief(['extract', join(root, 'data', 'articles'), '--out', join(sneaky, 'x.json')]);
		expect(out.code).toBe(0);
		expect(out.stderr).toMatch(/^extracted 5 articles: .* -> .*dir\/x\.json\n/);
		const config = join(here, `config${hostile.clipboard}`);
		mkdirSync(config);
		writeFileSync(join(config, 'config.json'), '{"watchlist": [');
		const notice = await brief(['list', '--data', bundledDataset], {env: {BRIEF_CONFIG_DIR: config}});
		expect(notice.stderr).toContain('was not valid JSON; moved it to');
		const blocked = await brief(['extract', join(root, 'data', 'articles'), '--out', join(here, 'a-file', `${hostile.c1Osc}x.json`)]);
		expect(blocked.stderr).toMatch(/^brief: cannot write .*x\.json: a part of its path is a file\n$/);
		for (const result of [watchList, out, notice, blocked]) expect(firstUnsafe(result.stderr)).toBeUndefined();
	});
});

describe('12. the dataset never holds a control or bidi character', () => {
	test("front matter's YAML escapes and a registry's ticker are sanitized before they are stored", async () => {
		const here = folder('stored');
		mkdirSync(join(here, 'articles'));
		writeFileSync(join(here, 'articles', 'yaml.md'), '---\ntitle: "\\e]0;pwned\\a AWS\\u202Eの新サービス\\x9b31m発表"\nauthor: "\\x9d0;pwned\\x9c記者\\u2066"\ndate: 2025-11-20\n---\nAWSは11月20日、新サービスを発表した。\n');
		const registry = JSON.parse(readFileSync(join(root, 'data', 'companies.json'), 'utf8')) as {companies: Array<{id: string; ticker: string | null; name: string}>};
		const amazon = registry.companies.find(company => company.id === 'amazon')!;
		amazon.ticker = '\u009B31m\u202EAMZN';
		amazon.name = `Amazon${hostile.windowTitle}`;
		writeFileSync(join(here, 'registry.json'), JSON.stringify(registry));
		const extract = await brief(['extract', 'articles', '--out', 'b.json', '--registry', 'registry.json'], {cwd: here});
		expect(extract.code, extract.stderr).toBe(0);
		const dataset = datasetSchema.parse(JSON.parse(readFileSync(join(here, 'b.json'), 'utf8')));
		expect(dataset.articles[0]).toMatchObject({title: 'AWSの新サービス発表', source: '記者'});
		expect(dataset.companies.find(company => company.id === 'amazon')).toMatchObject({name: 'Amazon', ticker: 'AMZN'});
		expect(jsonStrings(dataset).flatMap(text => firstUnsafe(text) ?? [])).toEqual([]);
		const env = {BRIEF_CONFIG_DIR: join(here, 'config')};
		expect((await brief(['watch', 'add', 'amazon', '--data', 'b.json'], {cwd: here, env})).code).toBe(0);
		const watched = await brief(['watch', 'list', '--json', '--data', 'b.json'], {cwd: here, env});
		expect(JSON.parse(watched.stdout).companies).toEqual([{id: 'amazon', name: 'Amazon', ticker: 'AMZN', inDataset: true}]);
		// A dataset written by other means, with the ticker raw: `watch list --json` still prints it clean.
		const raw = {...dataset, companies: dataset.companies.map(company => (company.id === 'amazon' ? {...company, ticker: '\u009B31m\u202EAMZN'} : company))};
		writeFileSync(join(here, 'raw.json'), JSON.stringify(raw));
		const rawList = await brief(['watch', 'list', '--json', '--data', 'raw.json'], {cwd: here, env});
		expect(JSON.parse(rawList.stdout).companies[0].ticker).toBe('AMZN');
	});
});

describe('13. characters terminals disagree on never reach one', () => {
	const article = '---\ntitle: "AWS\u2028の❤\uFE0F新サービス1\uFE0F\u20E3🇯🇵発\u00AD表👍🏽"\ndate: 2025-11-20\n---\nAWSは11月20日、\u2029新サービス❤\uFE0Fを🇯🇵で発\u00AD表した。\n';
	let data: string;
	beforeAll(async () => {
		const here = folder('widths');
		mkdirSync(join(here, 'articles'));
		writeFileSync(join(here, 'articles', 'emoji.md'), article);
		expect((await brief(['extract', 'articles', '--out', 'b.json'], {cwd: here})).code).toBe(0);
		data = join(here, 'b.json');
	});

	test('--ndjson lines hold no line separator; --width 20 lines are 20 columns; JSON and the dataset hold none of them', async () => {
		const [ndjson, plain, json] = await Promise.all([brief(['--ndjson', '--data', data]), brief(['amazon', '--plain', '--width', '20', '--data', data]), brief(['--json', '--data', data])]);
		expect(ndjson.stdout).not.toMatch(/[\u2028\u2029]/);
		for (const line of ndjson.stdout.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
		expect(plain.stdout).toContain('発表');
		for (const line of plain.stdout.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(20);
		for (const output of [ndjson.stdout, plain.stdout, json.stdout, readFileSync(data, 'utf8')]) expect(output).not.toMatch(unsettled);
		expect(JSON.parse(json.stdout).companies[0].articles[0].title).toBe('AWS の❤新サービス1JP発表👍');
	});

	test('the TUI draws none of them, so its borders line up', async () => {
		// The summaries pane is the one before the company list (h): it shows the article titles.
		const {output, code} = await inTerminal(['amazon', '--data', data], {
			steps: [
				{until: /Companies/, press: 'h'},
				{until: /AWS の❤新サービス/, press: 'q'},
			],
		});
		expect(code).toBe(0);
		expect(output).not.toMatch(unsettled);
	});
});

describe('14. the reader opens only articles under the dataset folder', () => {
	test('an article file outside it, or absolute, is not opened, and the reader says so', {timeout: 60_000}, async () => {
		const here = folder('reader');
		mkdirSync(join(here, 'data'));
		writeFileSync(join(here, 'secret.txt'), 'クモ・クラウドの秘密のメモ。');
		const dataset = JSON.parse(readFileSync(fixtureDatasetPath, 'utf8')) as {articles: Array<{file: string}>};
		dataset.articles = dataset.articles.map((article, index) => ({...article, file: index === 0 ? '../secret.txt' : join(here, 'secret.txt')}));
		writeFileSync(join(here, 'data', 'b.json'), JSON.stringify(dataset));
		// The summaries pane is the one before the company list (h); Enter opens its first article in the reader.
		const {output, code} = await inTerminal(['--data', join(here, 'data', 'b.json')], {
			env: {BRIEF_CONFIG_DIR: join(here, 'config')},
			steps: [
				{until: /Sora Cloud/, press: 'h'},
				{until: /\[Summaries\]/, press: '\r'},
				{until: /not opened: /, press: 'q'},
			],
		});
		expect(code).toBe(0);
		// (The whole message, cut at the pane's edge here, is checked in test/ui/article-text.test.ts.)
		expect(output).toMatch(/not opened: (?:\.\.\/secret\.txt|\/tmp\/)/);
		expect(output).not.toContain('秘密のメモ');
	});
});

describe('15 and 16. the command line a user meets', () => {
	test('a mistyped command is suggested; help is help; an unknown watch action is suggested', async () => {
		const [typo, help, helpWithWord, watchTypo] = await Promise.all([brief(['wacth', 'add', 'aws']), brief(['help']), brief(['help', 'extract']), brief(['watch', 'lst'])]);
		expect(typo).toEqual({code: 1, stdout: '', stderr: "brief: unknown command 'wacth': did you mean `brief watch`? (no company goes by that name either; see brief --help)\n"});
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Usage');
		expect(helpWithWord.stdout).toBe(help.stdout);
		expect(watchTypo.stderr).toContain('did you mean `brief watch list`?');
		// A company whose name is close to a command is still a company.
		expect((await brief(['amd', '--plain'])).code).toBe(0);
	});

	test('a flag that does not apply is refused with exit 1, naming where it goes', async () => {
		const results = await Promise.all([brief(['--out', 'x.json']), brief(['aws', '--mark-read']), brief(['watch', 'list', '--ndjson']), brief(['extract', 'data/articles', '--json']), brief(['digest', '--csv'])]);
		expect(results.map(result => [result.code, result.stdout, result.stderr])).toEqual([
			[1, '', 'brief: --out does not apply to `brief [company...]`; it goes with `brief extract` (see brief --help)\n'],
			[1, '', 'brief: --mark-read does not apply to `brief [company...]`; it goes with `brief digest` (see brief --help)\n'],
			[1, '', 'brief: --ndjson does not apply to `brief watch list`; it goes with `brief [company...]`, `brief list`, `brief digest`, `brief feed`, `brief update`, `brief add` (see brief --help)\n'],
			[1, '', 'brief: --json does not apply to `brief extract`; it goes with `brief [company...]`, `brief list`, `brief digest`, `brief watch list`, `brief feed`, `brief update`, `brief add` (see brief --help)\n'],
			[1, '', 'brief: --csv does not apply to `brief digest`; it goes with `brief [company...]`, `brief list` (see brief --help)\n'],
		]);
	});
});

describe('17. Ctrl-C in the TUI', () => {
	test('exits 130, as an interrupted command does', async () => {
		const {code} = await inTerminal(['--data', fixtureDatasetPath], {env: {BRIEF_CONFIG_DIR: join(work, 'config')}, steps: [{until: /Sora Cloud/, press: '\u0003'}]});
		expect(code).toBe(130);
	});
});

/** `brief digest --mark-read` with stdout a pipe: read to its end, or closed by the reader before brief writes. */
function digestInto(reader: 'reads all' | 'leaves at once', config: string): Promise<{code: number | null; stdout: string}> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'cli.tsx'), 'digest', '--mark-read', '--data', bundledDataset], {cwd: root, env: {...process.env, BRIEF_CONFIG_DIR: config}, stdio: ['ignore', 'pipe', 'ignore']});
		let stdout = '';
		if (reader === 'leaves at once') child.stdout.destroy();
		else child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.on('error', reject);
		child.on('close', code => resolve({code, stdout}));
	});
}

describe('18. digest --mark-read marks the whole digest once it was written, or nothing', () => {
	test('a reader that leaves before brief could write: exit 0 and nothing marked; one that reads it all: all marked', async () => {
		const config = folder('digest-config');
		const left = await digestInto('leaves at once', config);
		expect(left.code).toBe(0);
		expect(existsSync(join(config, 'digest.json'))).toBe(false);
		const read = await digestInto('reads all', config);
		expect(read.code).toBe(0);
		expect(read.stdout.length).toBeGreaterThan(100);
		const marked = JSON.parse(readFileSync(join(config, 'digest.json'), 'utf8')) as {seen: {articles: string[]}};
		expect(marked.seen.articles.length).toBeGreaterThan(0);
		const again = await digestInto('reads all', config);
		expect(again.stdout).toMatch(/^nothing new for every company since the last digest/);
		const help = await brief(['--help']);
		expect(help.stdout).toMatch(/--mark-read {6}with digest: remember that what it printed has been read,\n\s+once all of it was written; if the reader stops before\n\s+brief could write it all \(\| head\), nothing is marked/);
	});
});

/** Rows of CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (character === '"') quoted = false;
			else cell += character;
		} else if (character === '"') quoted = true;
		else if (character === ',') {
			row.push(cell);
			cell = '';
		} else if (character === '\n') {
			rows.push([...row, cell]);
			row = [];
			cell = '';
		} else cell += character;
	}

	return rows;
}

describe('19. --json latest holds every kind; --csv for the tables', () => {
	test("--json: each company's latest actual of every kind, and no key jq 1.6 cannot take in {key}", async () => {
		const json = JSON.parse((await brief(['--json', '--data', bundledDataset])).stdout) as {companies: Array<{latest: Record<string, unknown>}>};
		const kinds = new Set(json.companies.flatMap(company => Object.keys(company.latest)));
		expect([...kinds].filter(kind => kind !== 'market_share' && kind !== 'revenue_growth').length).toBeGreaterThan(0);
		const keys = new Set<string>();
		const visit = (value: unknown): void => {
			if (Array.isArray(value)) value.forEach(item => visit(item));
			else if (typeof value === 'object' && value !== null)
				for (const [key, item] of Object.entries(value)) {
					keys.add(key);
					visit(item);
				}
		};

		visit(json);
		expect([...keys].filter(key => ['label', 'if', 'then', 'else', 'elif', 'end', 'as', 'def', 'reduce', 'foreach', 'try', 'catch', 'import', 'include', 'and', 'or', 'not', '__loc__'].includes(key))).toEqual([]);
	});

	test('list --csv is the company list; <company> --csv is its figures, as --json gives them', async () => {
		const [listCsv, listJson, figuresCsv, briefingJson] = await Promise.all([
			brief(['list', '--csv', '--data', bundledDataset]),
			brief(['list', '--json', '--data', bundledDataset]),
			brief(['amazon', 'microsoft', '--csv', '--data', bundledDataset]),
			brief(['amazon', 'microsoft', '--json', '--data', bundledDataset]),
		]);
		const [header, ...rows] = parseCsv(listCsv.stdout);
		expect(header).toEqual(['id', 'name', 'ticker', 'japaneseName', 'articleCount', 'watched']);
		const companies = JSON.parse(listJson.stdout).companies as Array<{id: string; articleCount: number}>;
		expect(rows.map(row => [row[0], Number(row[4])])).toEqual(companies.map(company => [company.id, company.articleCount]));
		const [figureHeader, ...figureRows] = parseCsv(figuresCsv.stdout);
		expect(figureHeader!.slice(0, 4)).toEqual(['company', 'companyName', 'kind', 'kindName']);
		const figures = (JSON.parse(briefingJson.stdout).companies as Array<{id: string; figures: Array<{kind: string; value: number; sources: Array<{quote: string}>}>}>).flatMap(company =>
			company.figures.map(figure => [company.id, figure.kind, String(figure.value), figure.sources[0]!.quote]),
		);
		const column = (name: string) => figureHeader!.indexOf(name);
		expect(figureRows.map(row => [row[0], row[column('kind')], row[column('value')], row[column('quote')]])).toEqual(figures);
	});

	test('a cell a spreadsheet would run as a formula is led by an apostrophe', async () => {
		const here = folder('formula');
		const dataset = JSON.parse(readFileSync(fixtureDatasetPath, 'utf8')) as {companies: Array<{name: string}>};
		dataset.companies[0]!.name = '=HYPERLINK("http://x.example","click")';
		writeFileSync(join(here, 'b.json'), JSON.stringify(dataset));
		const csv = await brief(['list', '--csv', '--data', join(here, 'b.json')]);
		expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x.example"",""click"")"`);
	});
});
