// Issue 5: a 1 MB single-line file, NUL bytes, invalid UTF-8, deeply nested HTML, a folder with a
// symlink loop, an unreadable file: each reported by name, the rest extracted, exit 0, no stack trace.
// Through the real command line; as `nobody` when the tests run as root, so that a file without
// read permission really cannot be read. (test/extract/files.test.ts covers empty, binary, Latin-1,
// over 5 MB and broken front matter in-process.)
import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {datasetSchema, type Dataset} from '../../source/dataset/schema.js';
import {runCli, unprivileged, unprivilegedCannotRun, type CliResult} from '../cli/run-cli.js';

const good = (day: number) => `---\ntitle: "AWSの発表 ${day}"\ndate: 2025-11-${String(day).padStart(2, '0')}\n---\nAWSは11月${day}日、新サービスを発表した。\n`;
// As root, the run goes as nobody, who must be able to read the checkout (not in a 0700 folder such as /root).
const cannotRun = unprivilegedCannotRun();

let folder: string;
let result: CliResult;
let dataset: Dataset;

beforeAll(async () => {
	if (cannotRun) return;
	folder = mkdtempSync(join(tmpdir(), 'brief-broken-'));
	const articles = join(folder, 'articles');
	mkdirSync(articles);
	writeFileSync(join(articles, 'good.md'), good(3));
	// A megabyte on one line: an article saved without line breaks...
	writeFileSync(join(articles, 'one-line.md'), `マイクロソフトは2025年11月4日、新サービスを発表した。${'同社はクラウド事業の拡大を続けている。'.repeat(19_000)}`);
	// ...and one that is all markup and numbers with no sentence end: the shapes that made patterns of
	// the extractor take quadratic time (hours for a megabyte).
	const shapes = ['33%', '1', '[a](', '![', '<!--', '<script>', '<script ', '34%から29%', '380億ドル'];
	writeFileSync(join(articles, 'pathological.md'), `グーグルについて。${shapes.map(shape => shape.repeat(Math.ceil(120_000 / shape.length))).join('')}`);
	writeFileSync(join(articles, 'nul.md'), good(5).replace('新サービス', '新\u0000サービス'));
	writeFileSync(join(articles, 'invalid-utf8.md'), Buffer.concat([Buffer.from(good(6)), Buffer.from([0xc3, 0x28, 0xff, 0xfe])]));
	writeFileSync(join(articles, 'nested.html'), `<html><body>${'<div>'.repeat(100_000)}<p>グーグルは2025年11月7日、新しいAIモデルを発表した。</p>${'</div>'.repeat(100_000)}</body></html>`);
	mkdirSync(join(articles, 'loop'));
	symlinkSync('..', join(articles, 'loop', 'up'));
	symlinkSync('self.md', join(articles, 'self.md'));
	writeFileSync(join(articles, 'secret.md'), good(8));
	chmodSync(join(articles, 'secret.md'), 0o000);
	// A FIFO named like an article: opening it to read would wait for a writer for ever.
	execFileSync('mkfifo', [join(articles, 'pipe.md')]);
	execFileSync('mkfifo', [join(folder, 'given.md')]);
	// The child (maybe nobody) writes the dataset here.
	chmodSync(folder, 0o777);
	const uid = unprivileged;
	result = await runCli(['extract', articles, join(folder, 'given.md'), '--out', join(folder, 'briefing.json'), '--registry', join(import.meta.dirname, '..', '..', 'data', 'companies.json')], {
		uid,
		env: {BRIEF_CONFIG_DIR: folder, HOME: folder},
		timeout: 15_000,
	});
	if (result.code === 0) dataset = datasetSchema.parse(JSON.parse(readFileSync(join(folder, 'briefing.json'), 'utf8')));
});

afterAll(() => {
	if (folder) rmSync(folder, {recursive: true, force: true});
});

describe.skipIf(cannotRun !== undefined)(`as a user without root's rights${cannotRun ? ` (skipped: ${cannotRun})` : ''}`, () => {
	test('each broken or unreadable file is named with its reason; exit 0; no stack trace', () => {
		expect(result.code).toBe(0);
		const lines = result.stderr.trimEnd().split('\n');
		// Paths as the user gave them (relative to the working directory): compared from the test folder on.
		const reasons = Object.fromEntries(
			lines
				.filter(line => line.startsWith('brief: skipped '))
				.map(line => {
					const [, file, reason] = /^brief: skipped (.*?): (.*)$/.exec(line)!;
					return [file!.slice(file!.indexOf(basename(folder)) + basename(folder).length + 1), reason!];
				}),
		);
		expect(reasons).toEqual({
			'articles/invalid-utf8.md': 'not UTF-8 text',
			'articles/loop/up': 'folder already visited (symbolic link loop?)',
			'articles/nul.md': 'binary file (NUL bytes)',
			'articles/pipe.md': 'not a regular file',
			'articles/secret.md': 'permission denied',
			'articles/self.md': 'symbolic link loop',
			'given.md': 'not a regular file',
		});
		expect(lines.at(-1)).toMatch(/^extracted 4 articles: .* \(0 unchanged, 7 skipped\) -> /);
		expect(lines).toHaveLength(8);
		expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
	});

	test('the rest is extracted, the megabyte lines and the deep HTML included', () => {
		expect(dataset.articles.map(article => article.id).sort()).toEqual(['good', 'nested', 'one-line', 'pathological']);
		expect(dataset.articles.find(article => article.id === 'pathological')!.companies).toEqual(['google']);
		const events = dataset.events.map(event => `${event.date} ${event.companies.join(',')} ${event.sources.map(source => source.article).join(',')}`).sort();
		expect(events).toEqual(['2025-11-03 amazon good', '2025-11-04 microsoft one-line', '2025-11-07 google nested']);
		const oneLine = dataset.articles.find(article => article.id === 'one-line')!;
		expect(oneLine.companies).toEqual(['microsoft']);
		expect(oneLine.title.length).toBeLessThanOrEqual(200);
		expect(dataset.articles.find(article => article.id === 'nested')!.summary).toEqual(['グーグルは2025年11月7日、新しいAIモデルを発表した。']);
	});
});
