// Issue 5: escape sequences (colours, cursor moves, OSC 52 clipboard writes, window titles, DCS,
// 8-bit C1 controls), bidi overrides and zero-width characters in articles never reach the terminal:
// not through the TUI, the plain text, --json or --ndjson, whether they came in through `brief extract`
// or through a dataset.json written by hand.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import {runDigest} from '../../source/commands/digest.js';
import {runExtract} from '../../source/commands/extract.js';
import {runList} from '../../source/commands/list.js';
import {readArticleText} from '../../source/ui/article-text.js';
import {selectCompanyBriefing} from '../../source/dataset/selectors/index.js';
import {loadDataset} from '../../source/dataset/load.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {openStore, type BriefingStore} from '../../source/dataset/store.js';
import {App} from '../../source/ui/app.js';
import {themeFor} from '../../source/ui/theme.js';
import {runCli} from '../cli/run-cli.js';
import {loadFixtureDataset} from '../fixtures/dataset.js';
import {allHostile, firstUnsafe, hostile as h, jsonStrings, recordingIo, unsafeIn} from './hostile-text.js';

let folder: string;
/** The dataset `brief extract` makes of the hostile articles, with its index. */
let extracted: string;
/** A dataset written by hand with hostile text in every text field. */
let handMade: string;

const articles: Record<string, string> = {
	'front-matter.md': `---
title: "${h.windowTitle}AWS${h.rightToLeftOverride}の新サービス${h.colour}発表${h.colourReset}${h.zeroWidthSpace}"
date: 2025-11-20
---
${h.clipboard}AWSは11月3日、${h.cursorMove}新サービスを${h.c1Csi}発表した。${h.bell}
AWSのクラウド市場シェアは${h.zeroWidthSpace}33%${h.clearScreen}となった。${h.isolates}
アマゾン${h.c1Osc}は2025年11月5日、${h.deviceControl}OpenAIと380億ドルの${h.hyperlink}契約を結んだ。${h.tag}
AWSは${allHostile}クラウド事業を拡大した。
`,
	// A file name can carry an escape sequence too.
	[`${h.windowTitle}${h.rightToLeftOverride}${h.c1Csi}named.md`]: `---
title: OpenAI${h.clipboardWithTerminator}の資金調達
date: 2025-10-01
---
OpenAIは10月1日、${h.windowTitleTwo}新たな資金調達を${h.applicationCommand}発表した。${h.trueColour}
${h.windowTitle.slice(0, -1)} (a title never terminated)
続報を待ちたい。
`,
	// HTML entities decode after the text is sanitized: they must not bring the characters back.
	'entities.html': `<html><head><title>Google&#x202E;のクラウド</title></head><body>
<h1>Google&#8203;のクラウド&#x2066;戦略</h1>
<p>Google Cloudは9月10日、${h.c1Dcs}新しいAIサービスを&#x200F;発表した。</p>
<p>Google Cloudの2025年7〜9月期の売上高成長率は&#xFEFF;32%となった。</p>
</body></html>
`,
};

/** Hostile text before, inside and after a string; the same string always becomes the same, so ids still match. */
function poison(text: string): string {
	if (text === '') return text;
	const characters = Array.from(text);
	// Not into a sequence the fixture already has: cut short, its payload would be left as plain text.
	const middle = /[\u001B\u0080-\u009F]/.test(text) ? characters.length : Math.ceil(characters.length / 2);
	return `${h.windowTitle}${characters.slice(0, middle).join('')}${allHostile}${characters.slice(middle).join('')}${h.clipboard}`;
}

// Fields the schema constrains to dates or a vocabulary: poisoned, they would only make the file invalid.
const constrained = new Set(['version', 'kind', 'unit', 'qualifier', 'basis', 'date', 'published', 'asOf', 'period', 'sha256']);
// Ids are keys, not text: a dataset with sequences in them is refused (tested below).
const ids = new Set(['id', 'fact', 'company', 'companies', 'article', 'figures', 'segment', 'counterparty']);

function poisonAll(value: unknown, key = ''): unknown {
	if (typeof value === 'string') return constrained.has(key) || ids.has(key) ? value : poison(value);
	if (Array.isArray(value)) return value.map(item => poisonAll(item, key));
	if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, poisonAll(item, name)]));
	return value;
}

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'brief-hostile-'));
	mkdirSync(join(folder, 'articles'));
	for (const [name, content] of Object.entries(articles)) writeFileSync(join(folder, 'articles', name), content);
	extracted = join(folder, 'briefing.json');
	const {io, err} = recordingIo(folder);
	expect(await runExtract({paths: ['articles'], out: 'briefing.json', jobs: 1}, io)).toBe(0);
	expect(err()).toMatch(/^extracted 3 articles/);

	handMade = join(folder, 'hand-made.json');
	writeFileSync(handMade, JSON.stringify(poisonAll(loadFixtureDataset())));
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

afterEach(() => {
	cleanup();
});

describe('brief extract on articles full of escape sequences', () => {
	test('keeps every article and its text, and writes none of the sequences into the dataset', () => {
		const dataset = loadDataset(extracted);
		expect(dataset.articles.map(article => [article.id, article.title]).sort()).toEqual([
			// The page's <h1> is its headline, cleaned of the characters its entities spelled.
			['entities', 'Googleのクラウド戦略'],
			['front-matter', 'AWSの新サービス発表'],
			['named', 'OpenAIの資金調達'],
		]);
		expect(dataset.events.flatMap(event => event.sources.map(source => source.quote))).toEqual(
			expect.arrayContaining(['AWSは11月3日、新サービスを発表した。', 'OpenAIは10月1日、新たな資金調達を発表した。', 'アマゾンは2025年11月5日、OpenAIと380億ドルの契約を結んだ。']),
		);
		expect(dataset.figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`)).toEqual(expect.arrayContaining(['amazon market_share 33', 'google revenue_growth 32']));
		// The file field is the file's real name (it is how the reader finds it again); nothing else may hold a sequence.
		const text = readFileSync(extracted, 'utf8');
		const withoutPaths = {...dataset, articles: dataset.articles.map(article => ({...article, file: ''}))};
		expect(jsonStrings(withoutPaths).flatMap(value => firstUnsafe(value) ?? [])).toEqual([]);
		expect(text).not.toMatch(/[\u001B\u0007\u0080-\u009F\u200B\u202E]/);
	});

	test('printed to stdout (no --out), the dataset holds no raw control, bidi or zero-width character either', async () => {
		const {io, out} = recordingIo(folder);
		expect(await runExtract({paths: ['articles'], out: undefined, jobs: 1}, io)).toBe(0);
		// The file names are kept as they are, as JSON escapes: `\u202e`, not the character.
		expect(out()).toContain('\\u202e');
		expect(out()).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/);
		expect(JSON.parse(out())).toEqual(JSON.parse(readFileSync(extracted, 'utf8')));
	});
});

async function briefAll(data: string) {
	const env = {BRIEF_CONFIG_DIR: join(folder, 'config')};
	const [plain, json, ndjson] = await Promise.all([runCli(['--plain', '--width', '200', '--data', data], {env}), runCli(['--json', '--data', data], {env}), runCli(['--ndjson', '--data', data], {env})]);
	for (const result of [plain, json, ndjson]) expect({code: result.code, stderr: result.stderr}).toEqual({code: 0, stderr: ''});
	return {plain: plain.stdout, json: json.stdout, ndjson: ndjson.stdout};
}

describe('script output: plain text, --json and --ndjson through pipes', () => {
	test('the dataset of the articles: no sequence, no invisible character, every fact still there', async () => {
		const {plain, json, ndjson} = await briefAll(extracted);
		expect(unsafeIn(plain, 'text')).toEqual([]);
		expect(unsafeIn(json, 'json')).toEqual([]);
		expect(unsafeIn(ndjson, 'ndjson')).toEqual([]);
		for (const output of [plain, json, ndjson]) {
			for (const fact of ['AWSの新サービス発表', 'AWSは11月3日、新サービスを発表した。', 'AWSのクラウド市場シェアは33%となった。', 'OpenAIの資金調達', 'Googleのクラウド', 'Google Cloudの2025年7〜9月期の売上高成長率は32%となった。']) {
				expect(output).toContain(fact);
			}
		}
	});

	test('a hand-made dataset with sequences in every text field', async () => {
		const {plain, json, ndjson} = await briefAll(handMade);
		expect(unsafeIn(plain, 'text')).toEqual([]);
		expect(unsafeIn(json, 'json')).toEqual([]);
		expect(unsafeIn(ndjson, 'ndjson')).toEqual([]);
		// The text around the sequences is still there.
		for (const output of [plain, json, ndjson]) {
			for (const fact of ['Sora Cloud', '提供開始 Sora Cloud 生成AI向けGPUクラウド', 'ソラクラウド、国内シェア首位に', 'テックリサーチ']) expect(output).toContain(fact);
		}
	});

	test('an id holding a sequence is refused in one line, exit 2: ids are keys, and a cleaned one would match nothing', async () => {
		const dataset = loadFixtureDataset();
		const file = join(folder, 'hostile-ids.json');
		writeFileSync(file, JSON.stringify({...dataset, events: dataset.events.map((event, index) => (index === 1 ? {...event, companies: [`${h.windowTitle}kumo`]} : event))}));
		const message = `${file}: invalid dataset at events[1].companies[0]: control or invisible characters in an id`;
		expect(await runCli(['--json', '--data', file], {env: {BRIEF_CONFIG_DIR: join(folder, 'config')}})).toEqual({code: 2, stdout: '', stderr: `brief: ${message}\n`});
		const {io} = recordingIo(folder, {BRIEF_CONFIG_DIR: join(folder, 'config')});
		await expect(runList({arguments: [], flags: {data: file}}, io)).rejects.toThrow(message);
	});

	test('brief list and brief digest, plain and JSON', async () => {
		for (const data of [extracted, handMade]) {
			for (const flags of [{data}, {data, json: true}, {data, ndjson: true}]) {
				const format = flags.json ? 'json' : flags.ndjson ? 'ndjson' : 'text';
				const list = recordingIo(folder, {BRIEF_CONFIG_DIR: join(folder, 'config')});
				expect(await runList({arguments: [], flags}, list.io)).toBe(0);
				expect(unsafeIn(list.out(), format)).toEqual([]);
				const digest = recordingIo(folder, {BRIEF_CONFIG_DIR: join(folder, 'config')});
				expect(await runDigest({arguments: [], flags}, digest.io)).toBe(0);
				expect(unsafeIn(digest.out(), format)).toEqual([]);
				expect(firstUnsafe(list.err() + digest.err())).toBeUndefined();
			}
		}
	});
});

/** The TUI as runTui wires it, at a fixed size: the article reader reads the files beside the dataset. */
function startTui(file: string, colour: boolean) {
	const store: BriefingStore = openStore(file);
	const effects = {
		saveWatch: async () => ({saved: true}),
		loadArticle: async (articleId: string, companyId: string) => readArticleText(store.datasetFor([companyId]), file, articleId, companyId),
	};
	const instance = render(<App store={store} theme={colour ? themeFor({}) : undefined} effects={effects} watchlist={[]} columns={120} rows={40} />);
	return {...instance, store};
}

/** Presses a key and waits until a frame satisfies `ready`. */
async function press(tui: ReturnType<typeof startTui>, key: string, ready: (frame: string) => boolean) {
	tui.stdin.write(key);
	await vi.waitFor(() => expect(ready(tui.lastFrame() ?? '')).toBe(true), {interval: 2});
}

/**
 * Visits every company, every pane's source overlay and every article in the reader, and returns every
 * frame drawn. Without a theme nothing may start an escape sequence; with one, only its own SGR colours may.
 */
async function walkTui(file: string, dataset: Dataset, colour: boolean): Promise<string> {
	const tui = startTui(file, colour);
	const plainFrame = (frame: string) => frame.replaceAll(/\u001B\[[\d;]*m/g, '');
	const rows = tui.store.rows([]);
	for (const [index, row] of rows.entries()) {
		if (index > 0) await press(tui, 'j', frame => new RegExp(`›[★ ] *${row.name.slice(0, 8)}`).test(plainFrame(frame)));
		// Each detail pane but the last: focus it, show the source of its first line when it has one, and read it at its quote.
		for (let pane = 0; pane < 3; pane++) {
			const before = tui.frames.length;
			await press(tui, '\t', () => tui.frames.length > before);
			tui.stdin.write('s');
			await vi.waitFor(() => expect(tui.frames.length).toBeGreaterThan(before + 1), {interval: 2});
			if (plainFrame(tui.lastFrame() ?? '').includes('Source')) await press(tui, '\u001B', frame => !plainFrame(frame).includes('Source ─'));
			await press(tui, '\r', frame => /about |cannot read|changed since|nothing here has a source/.test(plainFrame(frame)));
			if (!plainFrame(tui.lastFrame() ?? '').includes('nothing here has a source')) await press(tui, '\u001B', frame => !/ about |cannot read|changed since/.test(plainFrame(frame)));
		}

		// The summaries pane: read every article about the company.
		{
			const before = tui.frames.length;
			await press(tui, '\t', () => tui.frames.length > before);
		}

		const briefingArticles = selectCompanyBriefing(dataset, row.id)?.articles ?? [];
		for (let article = 0; article < briefingArticles.length; article++) {
			await press(tui, '\r', frame => /about |cannot read|changed since/.test(plainFrame(frame)));
			await press(tui, '\u001B', frame => !/ about |cannot read|changed since/.test(plainFrame(frame)));
			if (article + 1 < briefingArticles.length) {
				const before = tui.frames.length;
				await press(tui, 'j', () => tui.frames.length > before);
			}
		}

		const before = tui.frames.length;
		// Back to the company list.
		await press(tui, '\t', () => tui.frames.length > before);
	}

	const frames = tui.frames.join('\n');
	cleanup();
	return colour ? plainFrame(frames) : frames;
}

describe('the TUI', () => {
	test('the dataset of the articles, in every pane, overlay and the reader, without and with colour', async () => {
		const dataset = loadDataset(extracted);
		for (const colour of [false, true]) {
			const frames = await walkTui(extracted, dataset, colour);
			expect(firstUnsafe(frames)).toBeUndefined();
			// The line after a sequence never terminated is kept.
			for (const fact of ['AWSの新サービス発表', 'AWSは11月3日、新サービスを発表した。', 'クラウド事業を拡大した。', '新しいAIサービスを発表した。', '続報を待ちたい。']) expect(frames).toContain(fact);
		}
	});

	test('a hand-made dataset with sequences in every field', async () => {
		const dataset = loadDataset(handMade);
		for (const colour of [false, true]) {
			const frames = await walkTui(handMade, dataset, colour);
			expect(firstUnsafe(frames)).toBeUndefined();
			for (const fact of ['Sora Cloud', '決算 Sora Cloud', 'ソラクラウドが9月11日', 'ソラクラウド、国内シェア首位に', 'cannot read the article']) expect(frames).toContain(fact);
		}
	});
});
