// Issue 5: two TUIs and `brief watch add` running at once: every watchlist change survives. The TUIs
// run in this process (each with its own watchlist access, as two `brief` would), toggling `w` on
// different companies, while `brief watch add` processes add others through the command line.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, test, vi} from 'vitest';
import {readArticleText} from '../../source/ui/article-text.js';
import {openStore} from '../../source/dataset/store.js';
import {App} from '../../source/ui/app.js';
import {openWatchlist} from '../../source/ui/watchlist-access.js';
import {bundledDataset, runCli} from '../cli/run-cli.js';

let directory: string | undefined;
afterEach(() => {
	cleanup();
	if (directory) rmSync(directory, {recursive: true, force: true});
});

/** A TUI as runTui starts it: the watchlist read from the config dir, each toggle saved under the lock. */
async function startTui(env: Record<string, string>) {
	const store = openStore(bundledDataset);
	const watchlist = await openWatchlist(env);
	// What the TUI asked to save, in order.
	const toggles: Array<[string, boolean]> = [];
	const effects = {
		async saveWatch(companyId: string, watched: boolean) {
			toggles.push([companyId, watched]);
			return watchlist.save(companyId, watched);
		},
		loadArticle: async (articleId: string, companyId: string) => readArticleText(store.datasetFor([companyId]), bundledDataset, articleId, companyId),
	};
	const tui = render(<App store={store} effects={effects} watchlist={watchlist.ids} columns={120} rows={40} />);
	return {...tui, store, watchlist, toggles};
}

type Tui = Awaited<ReturnType<typeof startTui>>;

/** How many companies the list marks ★. */
function starred(tui: Tui): number {
	return (tui.lastFrame() ?? '').match(/★/g)?.length ?? 0;
}

/** Types `keys` one at a time, each once the frame of the one before is drawn; `w` must mark one more company. */
async function toggle(tui: Tui, keys: string) {
	for (const key of keys) {
		const before = tui.frames.length;
		const marked = starred(tui);
		tui.stdin.write(key);
		// The frame is what decides; how long it takes is not. vi.waitFor's default second was overrun on
		// a busy machine (two cores, load 17: this process, the other TUI and two briefs starting at once).
		await vi.waitFor(() => expect(key === 'w' ? starred(tui) : tui.frames.length).toBeGreaterThan(key === 'w' ? marked : before), {interval: 2, timeout: 15_000});
	}
}

test('two TUIs toggling w and two `brief watch add` at once: the file ends with every change', async () => {
	directory = mkdtempSync(join(tmpdir(), 'brief-race-'));
	const env = {BRIEF_CONFIG_DIR: directory};
	const [first, second] = await Promise.all([startTui(env), startTui(env)]);
	const rows = first.store.rows([]).map(row => row.id);
	expect(rows.length).toBeGreaterThanOrEqual(9);
	// The command line adds companies from the middle of the list; the TUIs take the top and the bottom.
	const added = rows.slice(5, 7);
	const processes = Promise.all(added.map(async id => runCli(['watch', 'add', id, '--data', bundledDataset], {env})));
	await Promise.all([
		// The first TUI: the top three rows (w marks a company, j goes to the next).
		toggle(first, 'wjwjw'),
		// The second: the last row three times over (a marked company moves to the top of the list).
		toggle(second, 'GwGwGw'),
	]);
	await Promise.all([first.watchlist.settled(), second.watchlist.settled()]);
	const results = await processes;
	expect(results.map(result => [result.code, result.stderr])).toEqual(added.map(() => [0, expect.stringMatching(/^added .* to the watchlist\n/)]));

	// Each TUI added three companies of its own (the top and the bottom of the list), none the command line added.
	expect(first.toggles).toEqual(rows.slice(0, 3).map(id => [id, true]));
	expect([...second.toggles].sort()).toEqual(
		rows
			.slice(-3)
			.map(id => [id, true])
			.sort(),
	);
	const saved = (JSON.parse(readFileSync(join(directory, 'config.json'), 'utf8')) as {watchlist: string[]}).watchlist;
	expect([...saved].sort()).toEqual([...rows.slice(0, 3), ...added, ...rows.slice(-3)].sort());
});
