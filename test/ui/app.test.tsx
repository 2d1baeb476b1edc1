import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {readArticleText} from '../../source/ui/article-text.js';
import {App} from '../../source/ui/app.js';
import type {Effects} from '../../source/ui/use-briefing-state.js';
import {openWatchlist} from '../../source/ui/watchlist-access.js';
import {fixture, fixtureFile, widestLine} from './tui-fixture.js';
import {wholeStore} from '../../source/dataset/store.js';
import {briefingItems, seenSets, selectCompanyBriefing} from '../../source/dataset/selectors/index.js';

const keys = {down: '\u001B[B', up: '\u001B[A', escape: '\u001B', enter: '\r', tab: '\t'};
const directories: string[] = [];

afterEach(() => {
	cleanup();
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

function recordingEffects(): Effects & {saved: Array<[string, boolean]>; seen: Array<[string, number]>} {
	const saved: Array<[string, boolean]> = [];
	const seen: Array<[string, number]> = [];
	return {
		saved,
		seen,
		saveWatch: async (companyId, watched) => {
			saved.push([companyId, watched]);
			return {saved: true};
		},
		saveSeen: async (items, how) => {
			seen.push([how, items.articles.length + items.events.length + items.figures.length]);
			return {saved: true};
		},
		loadArticle: async (articleId, companyId) => readArticleText(fixture, fixtureFile, articleId, companyId),
	};
}

function start(options: {columns?: number; rows?: number; effects?: Effects; watchlist?: readonly string[]; companyId?: string} = {}) {
	return render(<App store={wholeStore(fixture, fixtureFile)} effects={options.effects ?? recordingEffects()} watchlist={options.watchlist ?? []} companyId={options.companyId} columns={options.columns ?? 100} rows={options.rows ?? 30} />);
}

/** The company the list points at. */
function selectedRow(frame: string | undefined): string | undefined {
	return /›[★ ] *([A-Za-z][\w ]*?)(?:…| {2,})/.exec(frame ?? '')?.[1]?.slice(0, 10);
}

describe('the TUI, key by key', () => {
	it('opens on the most covered company, or on the one asked for', () => {
		expect(selectedRow(start().lastFrame())).toBe('Kumo Cloud');
		cleanup();
		const {lastFrame} = start({companyId: 'hoshi'});
		expect(selectedRow(lastFrame())).toBe('Hoshi Semi');
		expect(lastFrame()).toContain('ホシ半導体製造');
	});

	it('j moves down and the header follows', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('j');
		await vi.waitFor(() => expect(selectedRow(lastFrame())).toBe('Hoshi Semi'));
		expect(lastFrame()).toContain('ホシ半導体製造');
	});

	it('acts on several keys of one chunk in order: j j w toggles the third row', async () => {
		const effects = recordingEffects();
		const {lastFrame, stdin} = start({effects});
		stdin.write('jjw');
		await vi.waitFor(() => expect(lastFrame()).toMatch(/›★\s*Sora Systems/));
		expect(effects.saved).toEqual([['sora', true]]);
		// Watched companies come first; the selection stayed on Sora.
		expect(lastFrame()!.indexOf('Sora Systems')).toBeLessThan(lastFrame()!.indexOf('Kumo Cloud'));
		stdin.write('w');
		await vi.waitFor(() => expect(lastFrame()).toMatch(/› +Sora Systems/));
		expect(effects.saved).toEqual([
			['sora', true],
			['sora', false],
		]);
	});

	it('/ filters as you type by Japanese name, Esc clears', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('/');
		await vi.waitFor(() => expect(lastFrame()).toContain('▏'));
		stdin.write('ホシ');
		await vi.waitFor(() => expect(lastFrame()).toContain('/ ホシ▏'));
		expect(lastFrame()).toMatch(/Companies ─+ 1\/1/);
		expect(lastFrame()).not.toContain('Kumo Cloud');
		expect(selectedRow(lastFrame())).toBe('Hoshi Semi');
		stdin.write(keys.escape);
		await vi.waitFor(() => expect(lastFrame()).toContain('Kumo Cloud'));
		expect(lastFrame()).toContain('/ to filter');
	});

	it('letters typed in the filter are text, not commands', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('/');
		await vi.waitFor(() => expect(lastFrame()).toContain('▏'));
		stdin.write('q');
		await vi.waitFor(() => expect(lastFrame()).toContain('/ q▏'));
		expect(lastFrame()).toContain('no company matches');
	});

	it('? shows the help from the keymap, Esc closes it', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('?');
		await vi.waitFor(() => expect(lastFrame()).toContain('Keys'));
		expect(lastFrame()).toContain('add or remove the company from the watchlist');
		stdin.write(keys.escape);
		await vi.waitFor(() => expect(lastFrame()).not.toContain('add or remove the company'));
	});

	it('Enter on a summary opens the reader with the article text, marked; Esc goes back', async () => {
		const {lastFrame, stdin} = start({columns: 120, rows: 40});
		// Kumo's one article about it, whose file is in the fixtures (the others only mention Kumo).
		stdin.write('h');
		await vi.waitFor(() => expect(lastFrame()).toContain('why: named in the title'));
		stdin.write(keys.enter);
		await vi.waitFor(() => expect(lastFrame()).toContain('about Kumo Cloud'));
		expect(lastFrame()).toContain('▌ クモ・クラウドの国内クラウド市場シェアは20%から25%へと拡大した。');
		expect(lastFrame()).toMatch(/ {2}一方、ソラ・システムズは横ばいだった。/);
		stdin.write(keys.escape);
		await vi.waitFor(() => expect(lastFrame()).not.toContain('about Kumo Cloud'));
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(120);
	});

	it('a missing article file is one line in the reader, not a crash', async () => {
		const {lastFrame, stdin} = start({companyId: 'hoshi'});
		stdin.write('h');
		await vi.waitFor(() => expect(lastFrame()).toContain('why: named most'));
		stdin.write(keys.enter);
		await vi.waitFor(() => expect(lastFrame()).toContain('cannot read the article'));
		expect(lastFrame()).toContain('missing-too.md');
	});

	it('s shows where the selected figure came from', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('s');
		await vi.waitFor(() => expect(lastFrame()).toContain('Source'));
		expect(lastFrame()).toContain('ソラ・システムズ、半導体部門を分社化');
		expect(lastFrame()).toContain('クモ・クラウドのシェアは22%とみられる。');
	});

	it('strips escape sequences from article titles', async () => {
		const {lastFrame, stdin} = start({companyId: 'hoshi'});
		stdin.write('h');
		await vi.waitFor(() => expect(lastFrame()).toContain('ホシ半導体、赤字決算'));
		expect(lastFrame()).not.toMatch(/\u001B|\u0007/);
	});

	it('Ctrl-C quits even while typing a filter', async () => {
		const {stdin, frames, lastFrame} = start();
		stdin.write('/');
		await vi.waitFor(() => expect(lastFrame()).toContain('▏'));
		stdin.write('\u0003');
		// Quitting unmounts the app, and with it its reading of keys.
		await vi.waitFor(() => expect(stdin.listenerCount('readable')).toBe(0));
		const before = frames.length;
		stdin.write('x');
		expect(frames.length).toBe(before);
		expect(lastFrame()).not.toContain('/ x');
	});

	it('q quits: later keys render nothing', async () => {
		const {stdin, frames, lastFrame} = start();
		expect(stdin.listenerCount('readable')).toBe(1);
		expect(selectedRow(lastFrame())).toBe('Kumo Cloud');
		stdin.write('q');
		await vi.waitFor(() => expect(stdin.listenerCount('readable')).toBe(0));
		// (With CI set, Ink writes its last frame again on the way out: compare with what is there after quitting.)
		const before = frames.length;
		const shown = lastFrame();
		stdin.write('j');
		expect(frames.length).toBe(before);
		expect(lastFrame()).toBe(shown);
	});
});

describe('from a timeline event to its articles and back', () => {
	// Kumo's launch, reported twice by its article: two passages to go through.
	const twoSources = {
		...fixture,
		events: fixture.events.map(event => (event.id === 'e1' ? {...event, sources: [...event.sources, {article: 'tui-a1', quote: 'クモ・クラウドの国内クラウド市場シェアは20%から25%へと拡大した。'}]} : event)),
	};

	it('Enter opens the reader at the quote, n goes to the next source, Esc comes back to the event', async () => {
		const {lastFrame, stdin} = render(<App store={wholeStore(twoSources, fixtureFile)} effects={recordingEffects()} watchlist={[]} columns={100} rows={30} />);
		stdin.write(keys.tab);
		await vi.waitFor(() => expect(lastFrame()).toContain('2025-09-15 提供開始 Kumo Cloud GPUクラスタ'));
		expect(lastFrame()).toContain('×2');
		stdin.write(keys.enter);
		await vi.waitFor(() => expect(lastFrame()).toContain('> クモ・クラウドは2025年9月15日、新しいGPUクラスタの提供を発表した。'));
		expect(lastFrame()).toContain('source 1/2 · n next');
		stdin.write('n');
		await vi.waitFor(() => expect(lastFrame()).toContain('> クモ・クラウドの国内クラウド市場シェアは20%から25%へと拡大した。'));
		expect(lastFrame()).toContain('source 2/2');
		// The other sentence is no longer the quote.
		expect(lastFrame()).not.toContain('> クモ・クラウドは2025年9月15日');
		stdin.write(keys.escape);
		await vi.waitFor(() => expect(lastFrame()).not.toContain('source 2/2'));
		expect(lastFrame()).toContain('[Timeline]');
		expect(lastFrame()).toMatch(/2025-09-15 提供開始 Kumo Cloud GPUクラスタ +×2/);
	});

	it('a source whose file is gone says so in one line, and n still goes on', async () => {
		const {lastFrame, stdin} = start({companyId: 'sora'});
		stdin.write(keys.tab);
		await vi.waitFor(() => expect(lastFrame()).toContain('提携 Sora Systems'));
		stdin.write(keys.enter);
		await vi.waitFor(() => expect(lastFrame()).toContain('cannot read the article'));
		expect(lastFrame()).toContain('n tries the next source');
		stdin.write('n');
		await vi.waitFor(() => expect(lastFrame()).toContain('source 2/2'));
	});
});

describe('the digest in the TUI', () => {
	it('marks what is new since the last visit, counts it in the list, and m marks the company read', async () => {
		const kumo = selectCompanyBriefing(fixture, 'kumo')!;
		// Everything of Kumo was seen but its timeline; nothing of Sora was.
		const seen = seenSets([{...briefingItems(kumo), events: []}]);
		const effects = recordingEffects();
		const {lastFrame, stdin} = render(<App store={wholeStore(fixture, fixtureFile)} effects={effects} seen={seen} watchlist={[]} columns={120} rows={40} />);
		await vi.waitFor(() => expect(lastFrame()).toContain('● 1 new'));
		expect(lastFrame()).toMatch(/●2025-09-15 +提供開始/);
		await vi.waitFor(() => expect(lastFrame()).toMatch(/Sora Systems +● \d/));
		stdin.write('m');
		await vi.waitFor(() => expect(lastFrame()).toContain('Kumo Cloud marked read'));
		expect(lastFrame()).not.toContain('● 1 new');
		await vi.waitFor(() => expect(effects.seen).toEqual([['read', kumo.articles.length + kumo.timeline.length + kumo.figures.length]]));
	});

	it('records a company looked into as a visit, once, by quitting at the latest', async () => {
		const effects = recordingEffects();
		const {lastFrame, stdin} = start({effects});
		stdin.write(keys.tab);
		await vi.waitFor(() => expect(lastFrame()).toContain('[Timeline]'));
		stdin.write('q');
		await vi.waitFor(() => expect(effects.seen.map(([how]) => how)).toEqual(['visit']));
	});

	it('marks nothing new when nothing was ever read: there is nothing to be new since', () => {
		const {lastFrame} = start();
		expect(lastFrame()).not.toContain('●');
	});
});

describe('sizes', () => {
	it.each([
		[200, 60],
		[160, 40],
		[120, 40],
		[100, 30],
		[80, 24],
		[60, 20],
		[45, 15],
	])('no line is wider than %i columns, and the screen is %i rows', (columns, rows) => {
		const {lastFrame} = start({columns, rows});
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(columns);
		expect(lastFrame()!.split('\n')).toHaveLength(rows);
	});

	it('says the terminal is too small below 40×12', () => {
		const {lastFrame} = start({columns: 39, rows: 20});
		expect(lastFrame()).toContain('terminal too small');
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(39);
	});

	it('shows the list, the header and one tabbed pane at 80×24; Tab goes through the tabs', async () => {
		const {lastFrame, stdin} = start({columns: 80, rows: 24});
		expect(lastFrame()).toContain('[Timeline] · Figures · Charts · Summaries');
		stdin.write(keys.tab);
		stdin.write(keys.tab);
		await vi.waitFor(() => expect(lastFrame()).toContain('Timeline · [Figures] · Charts'));
		expect(lastFrame()).toMatch(/Kind +Of +Value +Period/);
		stdin.write(keys.tab);
		await vi.waitFor(() => expect(lastFrame()).toContain('[Charts]'));
		// Kumo's share: two quarters, a chart; its status bar fits, with ? first.
		expect(lastFrame()).toContain('2025-Q2');
		expect(lastFrame()!.split('\n').at(-1)).toMatch(/^\? help {2}q quit/);
	});

	it('uses the extra width from 160 columns: the charts beside the tabbed pane', () => {
		const {lastFrame} = start({columns: 200, rows: 60});
		expect(lastFrame()).toContain('[Timeline] · Figures · Summaries');
		expect(lastFrame()).toMatch(/─ Charts ─/);
		expect(lastFrame()).toContain('2025-Q2');
	});
});

describe('the watchlist through a temporary config dir', () => {
	it('survives a restart, and reading it does not rewrite the file', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'brief-tui-'));
		directories.push(directory);
		const env = {BRIEF_CONFIG_DIR: directory};
		const first = await openWatchlist(env);
		expect(first.ids).toEqual([]);
		const effects: Effects = {saveWatch: first.save, loadArticle: recordingEffects().loadArticle};
		const {lastFrame, stdin} = start({effects});
		stdin.write('jjw');
		await vi.waitFor(() => expect(lastFrame()).toMatch(/›★\s*Sora/));
		await first.settled();
		cleanup();

		const text = readFileSync(join(directory, 'config.json'), 'utf8');
		const second = await openWatchlist(env);
		expect(second.ids).toEqual(['sora']);
		expect(readFileSync(join(directory, 'config.json'), 'utf8')).toBe(text);
		const again = start({watchlist: second.ids});
		expect(again.lastFrame()).toMatch(/★\s*Sora/);
	});

	it('takes a toggle back and says why when the watchlist cannot be saved', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'brief-tui-'));
		directories.push(directory);
		const {writeFileSync} = await import('node:fs');
		// A file where the config folder should be: nothing can be written below it.
		writeFileSync(join(directory, 'not-a-folder'), '');
		const watchlist = await openWatchlist({BRIEF_CONFIG_DIR: join(directory, 'not-a-folder', 'brief')});
		const {lastFrame, stdin} = start({effects: {saveWatch: watchlist.save, loadArticle: recordingEffects().loadArticle}});
		stdin.write('w');
		await vi.waitFor(() => expect(lastFrame()).toContain('cannot save the watchlist'));
		expect(lastFrame()).not.toContain('★');
	});

	it('reports a corrupt file, moves it aside and still starts', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'brief-tui-'));
		directories.push(directory);
		const {writeFileSync, readdirSync} = await import('node:fs');
		writeFileSync(join(directory, 'config.json'), '{"watchlist": [');
		const watchlist = await openWatchlist({BRIEF_CONFIG_DIR: directory});
		expect(watchlist.ids).toEqual([]);
		expect(watchlist.problem?.en).toMatch(/config\.json/);
		expect(readdirSync(directory).some(name => name.includes('corrupt'))).toBe(true);
	});
});
