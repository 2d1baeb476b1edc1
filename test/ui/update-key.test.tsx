import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, test, vi} from 'vitest';
import type {Dataset} from '../../source/dataset/schema.js';
import {wholeStore, type BriefingStore} from '../../source/dataset/store.js';
import {App} from '../../source/ui/app.js';
import type {Effects, UpdateOutcome} from '../../source/ui/use-briefing-state.js';
import {fixture, fixtureFile} from './tui-fixture.js';

afterEach(() => {
	cleanup();
});

function effects(startUpdate?: Effects['startUpdate']): Effects {
	return {saveWatch: async () => ({saved: true}), loadArticle: async () => ({title: '', sentences: []}), startUpdate};
}

const app = (store: BriefingStore, given: Effects) => <App store={store} effects={given} watchlist={[]} columns={100} rows={30} />;

test('u starts an update in the background and says how it went; a second u meanwhile is told one runs', async () => {
	let finish: (outcome: UpdateOutcome) => void = () => undefined;
	const startUpdate = vi.fn(async () => new Promise<UpdateOutcome>(resolve => (finish = resolve)));
	const {stdin, lastFrame} = render(app(wholeStore(fixture, fixtureFile), effects(startUpdate)));
	stdin.write('u');
	await vi.waitFor(() => expect(lastFrame()).toContain('updating the library in the background…'));
	stdin.write('u');
	await vi.waitFor(() => expect(lastFrame()).toContain('an update is already running'));
	expect(startUpdate).toHaveBeenCalledTimes(1);
	finish({message: 'updated 2 feeds: 0 new articles, the library holds 3 articles', newArticles: []});
	await vi.waitFor(() => expect(lastFrame()).toContain('updated 2 feeds: 0 new articles'));
	// Nothing new: nothing marked.
	expect(lastFrame()).not.toContain('●');
	stdin.write('u');
	await vi.waitFor(() => expect(startUpdate).toHaveBeenCalledTimes(2));
});

test('the data the update brings is drawn when the app gets the new store', async () => {
	const newcomer = {...fixture.companies[0]!, id: 'newco', name: 'Newco Semiconductors', ticker: null, aliases: [], japaneseNames: []};
	const updated: Dataset = {...fixture, companies: [...fixture.companies, newcomer]};
	const given = effects(async () => ({message: 'updated 1 feed: 1 new article', newArticles: []}));
	const {rerender, lastFrame} = render(app(wholeStore(fixture, fixtureFile), given));
	expect(lastFrame()).not.toContain('Newco');
	rerender(app(wholeStore(updated, fixtureFile), given));
	await vi.waitFor(() => expect(lastFrame()).toContain('Newco'));
});

test('the articles an update brought are marked ● in the summaries, the others keep their column', async () => {
	const given = effects(async () => ({message: 'updated 1 feed: 1 new article', newArticles: ['tui-a2']}));
	const {stdin, lastFrame} = render(app(wholeStore(fixture, fixtureFile), given));
	expect(lastFrame()).not.toContain('●');
	stdin.write('u');
	await vi.waitFor(() => expect(lastFrame()).toContain('● marks what is new · updated 1 feed: 1 new article'));
	// Sora Systems, then its Timeline, Figures, Charts and Summaries.
	stdin.write('jj');
	await vi.waitFor(() => expect(lastFrame()).toMatch(/› +Sora Syste/));
	stdin.write('llll');
	await vi.waitFor(() => expect(lastFrame()).toContain('ソラ・システムズ、半導体部門'));
	const lines = lastFrame()!.split('\n');
	const marked = lines.filter(line => line.includes('│●'));
	expect(marked).toHaveLength(1);
	expect(marked[0]).toMatch(/●\d{4}-\d{2}-\d{2}\s+ソラ・システムズ/);
	// An article the update did not bring keeps the mark's column blank, its date in line with the marked one's.
	const other = lines.find(line => /│ \d{4}-\d{2}-\d{2} /.test(line) && !line.includes('ソラ・システムズ、半導体部門'));
	if (other) expect(other.search(/\d{4}-/)).toBe(marked[0]!.search(/\d{4}-/));
});

test('without a library to update, u says so', async () => {
	const {stdin, lastFrame} = render(app(wholeStore(fixture, fixtureFile), effects()));
	stdin.write('u');
	await vi.waitFor(() => expect(lastFrame()).toContain('no library to update here'));
});

test('the company list counts what an update brought, with no record of reading yet, and m reads it', async () => {
	const given = effects(async () => ({message: 'updated 1 feed: 1 new article', newArticles: ['tui-a2']}));
	const {stdin, lastFrame} = render(app(wholeStore(fixture, fixtureFile), given));
	stdin.write('u');
	await vi.waitFor(() => expect(lastFrame()).toContain('● marks what is new'));
	// The count sits on the row of each company the article is about (names cut to make room).
	const row = (name: string) =>
		lastFrame()!
			.split('\n')
			.find(line => new RegExp(`│[ ›] +${name}`).test(line))!;
	await vi.waitFor(() => expect(row('Sora Syste')).toMatch(/Sora Syste\S* +● ?1 /));
	expect(row('Kumo Cloud')).toMatch(/● ?1 /);
	expect(row('Hoshi Semi')).not.toContain('●');
	stdin.write('jj');
	await vi.waitFor(() => expect(lastFrame()).toMatch(/› +Sora Syste/));
	stdin.write('m');
	await vi.waitFor(() => expect(row('Sora Syste')).not.toContain('●'));
	// The same article stays new for the other company it is about.
	expect(row('Kumo Cloud')).toMatch(/● ?1 /);
});

test('the update is asked for in the language on screen: after L, Japanese', async () => {
	const startUpdate = vi.fn(async () => ({message: 'フィード1件を更新: 新しい記事0件、ライブラリの記事は3件', newArticles: []}));
	const {stdin, lastFrame} = render(app(wholeStore(fixture, fixtureFile), effects(startUpdate)));
	stdin.write('L');
	await vi.waitFor(() => expect(lastFrame()).toContain('表示言語: 日本語'));
	stdin.write('u');
	await vi.waitFor(() => expect(lastFrame()).toContain('フィード1件を更新'));
	expect(startUpdate).toHaveBeenCalledWith('ja');
});
