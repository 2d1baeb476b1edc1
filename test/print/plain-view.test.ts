import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {runBriefing} from '../../source/commands/briefing.js';
import {runExtract} from '../../source/commands/extract.js';
import {loadDataset} from '../../source/dataset/load.js';
import {hasFreshIndex, shardEncoding, storeFolder} from '../../source/dataset/store-index.js';
import {asPlainBriefing, plainView} from '../../source/print/plain-view.js';
import {jsonMayNeedSanitizing, sanitize} from '../../source/text/sanitize.js';
import {writeIndexedDataset} from '../fixtures/indexed.js';
import {recordingIo} from '../hostile/hostile-text.js';

const root = join(import.meta.dirname, '..', '..');
let folder = '';

beforeAll(() => {
	folder = mkdtempSync(join(tmpdir(), 'brief-plain-view-'));
	cpSync(join(root, 'data', 'articles'), join(folder, 'articles'), {recursive: true});
	// The bundled dataset, indexed as `brief extract --out indexed/briefing.json` indexes it.
	writeIndexedDataset(join(folder, 'indexed', 'briefing.json'), loadDataset(join(root, 'data', 'briefing.json')));
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

/** A copy of the indexed dataset, with its index as `change` leaves it. */
function copy(name: string, change: (index: string) => void = () => {}): string {
	cpSync(join(folder, 'indexed'), join(folder, name), {recursive: true});
	const file = join(folder, name, 'briefing.json');
	// The index records its dataset file's size and time: the copy's index is made to record the copy's.
	const indexFile = join(storeFolder(file), 'index.json');
	const {size, mtimeMs} = statSync(file);
	writeFileSync(indexFile, JSON.stringify({...JSON.parse(readFileSync(indexFile, 'utf8')), dataset: {size, mtimeMs}}));
	expect(hasFreshIndex(file, [plainView])).toBe(true);
	change(storeFolder(file));
	return file;
}

/** The plain file of a company in an index folder. */
function plainFile(index: string, companyId: string): string {
	return join(
		index,
		'companies',
		readdirSync(join(index, 'companies')).find(name => name.endsWith(`-${companyId}.plain.json`))!,
	);
}

async function plain(file: string, companies: string[], width = 80, colour = false) {
	const {io, out, err} = recordingIo(folder, {BRIEF_CONFIG_DIR: join(folder, 'config')});
	const code = await runBriefing({companies, flags: {plain: true, data: file, width: String(width), ...(colour ? {color: true} : {})}}, io);
	return {code, out: out(), err: err()};
}

describe('the plain briefing stored by extract', () => {
	test('prints exactly what the briefing made from the records prints, at every width, in colour or not', async () => {
		const indexed = join(folder, 'indexed', 'briefing.json');
		// Without an index the dataset is read whole and every briefing is made on the spot.
		const whole = copy('whole', index => rmSync(index, {recursive: true}));
		const companies = JSON.parse(readFileSync(indexed, 'utf8')).companies.map((company: {id: string}) => company.id) as string[];
		expect(companies.length).toBeGreaterThan(10);
		for (const width of [20, 40, 80, 133]) {
			for (const colour of [false, true]) {
				const stored = await plain(indexed, companies, width, colour);
				expect(stored.code).toBe(0);
				expect(stored.out).toBe((await plain(whole, companies, width, colour)).out);
			}
		}
	});

	test('is what the briefing is printed from: with the shard damaged, the plain briefing still prints', async () => {
		const file = copy('shard-damaged', index => {
			const shard = readdirSync(join(index, 'companies')).find(name => name.endsWith('-amazon.json'))!;
			truncateSync(join(index, 'companies', shard), 50);
		});
		const printed = await plain(file, ['amazon']);
		expect(printed.code).toBe(0);
		expect(printed.out).toBe((await plain(join(folder, 'indexed', 'briefing.json'), ['amazon'])).out);
		expect(printed.out).toMatch(/^Amazon /);
	});

	test('marks the watchlist of whoever reads it, not of whoever extracted', async () => {
		const configDirectory = mkdtempSync(join(folder, 'config-'));
		writeFileSync(join(configDirectory, 'config.json'), JSON.stringify({watchlist: ['amazon']}));
		const {io, out} = recordingIo(folder, {BRIEF_CONFIG_DIR: configDirectory});
		expect(await runBriefing({companies: ['amazon', 'google'], flags: {plain: true, data: join(folder, 'indexed', 'briefing.json')}}, io)).toBe(0);
		const titles = out()
			.split('\n')
			.filter(line => /^(Amazon|Google)/.test(line));
		expect(titles).toHaveLength(2);
		expect(titles[0]).toContain('★');
		expect(titles[1]).not.toContain('★');
	});

	test('a plain briefing that is cut short, of another shape, or holds an escape is not used: the shard is', async () => {
		const expected = (await plain(join(folder, 'indexed', 'briefing.json'), ['amazon'])).out;
		const damages: Record<string, (file: string) => void> = {
			truncated: file => truncateSync(file, 40),
			reshaped: file => writeFileSync(file, Buffer.from(JSON.stringify({header: {id: 'amazon'}, figures: 'none'}), shardEncoding)),
			escaped(file) {
				// A view file holds the view as `value`, with the company and index it was made for.
				const stored = JSON.parse(readFileSync(file, shardEncoding)) as {value: {articles: Array<{head: string}>}};
				stored.value.articles[0]!.head = '\u001B]52;c;cHduZWQ=\u0007\u001B[2J pwned';
				writeFileSync(file, Buffer.from(JSON.stringify(stored), shardEncoding));
			},
		};
		for (const [name, damage] of Object.entries(damages)) {
			const file = copy(`view-${name}`, index => damage(plainFile(index, 'amazon')));
			const printed = await plain(file, ['amazon']);
			expect(printed, name).toEqual({code: 0, out: expected, err: ''});
		}
	});

	const madeByOtherCode = (name: string) =>
		copy(name, index => {
			const stored = JSON.parse(readFileSync(plainFile(index, 'amazon'), shardEncoding)) as {value: {header: {name: string}}};
			stored.value.header.name = 'Made by an older brief';
			writeFileSync(plainFile(index, 'amazon'), Buffer.from(JSON.stringify(stored), shardEncoding));
			const indexFile = join(index, 'index.json');
			const written = JSON.parse(readFileSync(indexFile, 'utf8')) as {views: {plain: {fingerprint: string}}};
			written.views.plain.fingerprint = 'older';
			writeFileSync(indexFile, JSON.stringify(written));
		});

	test('one made by other code is ignored', async () => {
		const file = madeByOtherCode('other-code');
		expect((await plain(file, ['amazon'])).out).not.toContain('Made by an older brief');
		// A person at a terminal is told why it is slower and what to do; a script's stderr stays quiet.
		expect((await plain(file, ['amazon'])).err).toBe('');
		const atTerminal = recordingIo(folder, {BRIEF_CONFIG_DIR: join(folder, 'config')});
		expect(await runBriefing({companies: ['amazon'], flags: {plain: true, data: file}}, {...atTerminal.io, stderrIsTTY: true})).toBe(0);
		expect(atTerminal.err()).toBe(`brief: ${file} was indexed by another version of brief; run \`brief extract\` again for faster briefings\n`);
		const current = recordingIo(folder, {BRIEF_CONFIG_DIR: join(folder, 'config')});
		expect(await runBriefing({companies: ['amazon'], flags: {plain: true, data: join(folder, 'indexed', 'briefing.json')}}, {...current.io, stderrIsTTY: true})).toBe(0);
		expect(current.err()).toBe('');
		expect(hasFreshIndex(file)).toBe(true);
		expect(hasFreshIndex(file, [plainView])).toBe(false);
	});

	test('extract makes one of other code again though nothing else changed', async () => {
		const {io: first} = recordingIo(folder);
		expect(await runExtract({paths: ['articles'], out: 'extracted/briefing.json', jobs: 1}, first)).toBe(0);
		const file = join(folder, 'extracted', 'briefing.json');
		const indexFile = join(storeFolder(file), 'index.json');
		const written = JSON.parse(readFileSync(indexFile, 'utf8')) as {views: {plain: {fingerprint: string}}};
		written.views.plain.fingerprint = 'older';
		writeFileSync(indexFile, JSON.stringify(written));
		expect(hasFreshIndex(file, [plainView])).toBe(false);
		const {io, err} = recordingIo(folder);
		expect(await runExtract({paths: ['articles'], out: file, jobs: 1}, io)).toBe(0);
		expect(err()).toMatch(/^extracted /);
		expect(hasFreshIndex(file, [plainView])).toBe(true);
	});
});

describe('asPlainBriefing', () => {
	const valid = {
		header: {id: 'a', name: 'A', ticker: null, japaneseName: 'エー', watched: false, hasConflict: true},
		keyFigures: [{label: 'Revenue', words: '10億ドル · 2025 · 1 source'}],
		figures: [{cells: ['Revenue', '', '10億ドル', '2025', '', '×1', ''], words: 'Revenue — 10億ドル · 2025 · 1 source', sources: [{citation: 'タイトル (2025-01-02)', quote: '一文。'}]}],
		series: [{title: 'Market share', values: [1, 2.5], summary: '1% to 2.5%, 2 points'}],
		conflicts: ['2025 market share: 1% vs 2%'],
		timeline: [{row: '2025-01 発表 A', sources: [{citation: 'タイトル (2025-01-02)', quote: '一文。'}]}],
		articles: [{head: '2025-01-02 タイトル', reason: 'named in the title', sentences: ['一文。']}],
	};

	test('takes a plain briefing, and nothing missing a field or with one of another type', () => {
		expect(asPlainBriefing(valid)).toBe(valid);
		const broken = [
			{...valid, header: {...valid.header, ticker: 3}},
			{...valid, header: {...valid.header, watched: 'no'}},
			{...valid, figures: [{kind: 'Revenue'}]},
			{...valid, figures: [{cells: [3], words: 'x', sources: []}]},
			{...valid, figures: [{cells: ['x'], words: 'x', sources: [{citation: 'x'}]}]},
			{...valid, keyFigures: [{label: 'Share'}]},
			{...valid, keyFigures: undefined},
			{...valid, timeline: [{row: 'x', sources: null}]},
			{...valid, series: [{...valid.series[0], values: [1, null]}]},
			{...valid, conflicts: [null]},
			{...valid, timeline: 'x'},
			{...valid, articles: [{head: 'x', sentences: [1]}]},
			{...valid, articles: [{head: 'x', sentences: []}]},
			{...valid, articles: undefined},
			[],
			null,
		];
		for (const value of broken) expect(asPlainBriefing(value), JSON.stringify(value)).toBeUndefined();
	});
});

describe('jsonMayNeedSanitizing', () => {
	test('sees controls, escapes, bidi and zero-width characters, raw or escaped; not plain Japanese, quotes or slashes', () => {
		for (const text of ['\u001B[31m', '\u0007', 'a\nb', 'tab\there', '\u202E', '\u200B', '\uFEFF', '\u{E0041}']) {
			expect(jsonMayNeedSanitizing(JSON.stringify({text})), JSON.stringify(text)).toBe(true);
		}

		expect(jsonMayNeedSanitizing('{"a":"\\u001b[2J"}')).toBe(true);
		expect(jsonMayNeedSanitizing(JSON.stringify({text: 'オープンAIは「Helix 5」を発表。"quoted" a/b ends in \\'}))).toBe(false);
		// A false alarm, never a miss: an escaped backslash before a letter.
		expect(jsonMayNeedSanitizing(JSON.stringify({text: 'C:\\new'}))).toBe(true);
	});

	test('whenever it finds nothing, no string in the JSON has anything to sanitize', () => {
		const character = fc.oneof(fc.constantFrom('\u001B', '\u009B', '\u0007', '\n', '\t', '\u202E', '\u2066', '\u200B', '\uFEFF', '\\', '"', '/', 'n', 'u', 'ア', '漢'), fc.string({maxLength: 1, unit: 'binary'}));
		fc.assert(
			fc.property(
				fc.array(
					fc.array(character, {maxLength: 12}).map(parts => parts.join('')),
					{maxLength: 6},
				),
				texts => {
					const json = JSON.stringify({texts});
					if (!jsonMayNeedSanitizing(json)) for (const text of texts) expect(sanitize(text)).toBe(text);
				},
			),
			{numRuns: 3000},
		);
	});
});
