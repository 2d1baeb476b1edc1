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

const keys = {down: '\u001B[B', up: '\u001B[A', escape: '\u001B', enter: '\r', tab: '\t'};
const directories: string[] = [];

afterEach(() => {
	cleanup();
	for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
});

function recordingEffects(): Effects & {saved: Array<[string, boolean]>} {
	const saved: Array<[string, boolean]> = [];
	return {
		saved,
		saveWatch: async (companyId, watched) => {
			saved.push([companyId, watched]);
			return {saved: true};
		},
		loadArticle: async (articleId, companyId) => readArticleText(fixture, fixtureFile, articleId, companyId),
	};
}

function start(options: {columns?: number; rows?: number; effects?: Effects; watchlist?: readonly string[]; companyId?: string} = {}) {
	return render(
		<App
			store={wholeStore(fixture, fixtureFile)}
			effects={options.effects ?? recordingEffects()}
			watchlist={options.watchlist ?? []}
			companyId={options.companyId}
			columns={options.columns ?? 100}
			rows={options.rows ?? 30}
		/>,
	);
}

/** The company the list points at. */
function selectedRow(frame: string | undefined): string | undefined {
	return /›[★ ] *([A-Za-z][\w ]*?)(?:…| {2,})/.exec(frame ?? '')?.[1];
}

describe('the TUI, key by key', () => {
	it('opens on the most covered company, or on the one asked for', () => {
		expect(selectedRow(start().lastFrame())).toBe('Kumo Cloud');
		cleanup();
		const {lastFrame} = start({companyId: 'hoshi'});
		expect(selectedRow(lastFrame())).toBe('Hoshi Semicond');
		expect(lastFrame()).toContain('ホシ半導体製造');
	});

	it('j moves down and the header follows', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('j');
		await vi.waitFor(() => expect(selectedRow(lastFrame())).toBe('Hoshi Semicond'));
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
		expect(effects.saved).toEqual([['sora', true], ['sora', false]]);
	});

	it('/ filters as you type by Japanese name, Esc clears', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('/');
		await vi.waitFor(() => expect(lastFrame()).toContain('▏'));
		stdin.write('ホシ');
		await vi.waitFor(() => expect(lastFrame()).toContain('/ ホシ▏'));
		expect(lastFrame()).toMatch(/Companies ─+ 1\/1/);
		expect(lastFrame()).not.toContain('Kumo Cloud');
		expect(selectedRow(lastFrame())).toBe('Hoshi Semicond');
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
		// The oldest summary is the article whose file is in the fixtures.
		stdin.write('hG');
		await vi.waitFor(() => expect(lastFrame()).toContain('3/3 · Enter reads'));
		stdin.write(keys.enter);
		await vi.waitFor(() => expect(lastFrame()).toContain('about Kumo Cloud'));
		expect(lastFrame()).toContain('▌ クモ・クラウドの国内クラウド市場シェアは20%から25%へと拡大した。');
		expect(lastFrame()).toMatch(/ {2}一方、ソラ・システムズは横ばいだった。/);
		stdin.write(keys.escape);
		await vi.waitFor(() => expect(lastFrame()).not.toContain('about Kumo Cloud'));
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(120);
	});

	it('a missing article file is one line in the reader, not a crash', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('h');
		stdin.write(keys.enter);
		await vi.waitFor(() => expect(lastFrame()).toContain('cannot read the article'));
		expect(lastFrame()).toContain('missing-too.md');
	});

	it('s shows where the selected figure came from', async () => {
		const {lastFrame, stdin} = start();
		stdin.write('s');
		await vi.waitFor(() => expect(lastFrame()).toContain('Source'));
		expect(lastFrame()).toContain('tui-a2');
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
		const before = frames.length;
		stdin.write('x');
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(frames.length).toBe(before);
	});

	it('q quits: later keys render nothing', async () => {
		const {stdin, frames} = start();
		stdin.write('q');
		const before = frames.length;
		stdin.write('j');
		await new Promise(resolve => setTimeout(resolve, 50));
		// After quitting the app renders nothing more.
		expect(frames.length).toBe(before);
	});
});

describe('sizes', () => {
	it.each([
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

	it('shows the list and one pane at 80 columns; Tab switches the pane', async () => {
		const {lastFrame, stdin} = start({columns: 80, rows: 24});
		expect(lastFrame()).toContain('Timeline');
		expect(lastFrame()).not.toContain('Charts');
		stdin.write(keys.tab);
		stdin.write(keys.tab);
		await vi.waitFor(() => expect(lastFrame()).toContain('Charts'));
		expect(lastFrame()).not.toContain('Timeline');
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
		expect(watchlist.problem).toMatch(/config\.json/);
		expect(readdirSync(directory).some(name => name.includes('corrupt'))).toBe(true);
	});
});
