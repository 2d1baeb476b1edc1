import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, it, vi} from 'vitest';
import {wholeStore, type BriefingStore} from '../../source/dataset/store.js';
import {App} from '../../source/ui/app.js';
import type {Effects} from '../../source/ui/use-briefing-state.js';
import {fixture, fixtureFile, fixtureRows} from './tui-fixture.js';

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

const effects: Effects = {saveWatch: async () => ({saved: true}), loadArticle: async () => ({title: '', sentences: []})};

it('a neighbour whose shard cannot be read does not stop the first frame: reading ahead leaves the error for later', async () => {
	const whole = wholeStore(fixture, fixtureFile);
	const [first, second] = fixtureRows;
	let failedReads = 0;
	const store: BriefingStore = {
		...whole,
		datasetFor(ids) {
			if (ids.includes(second!.id)) {
				failedReads++;
				throw new Error('damaged shard');
			}

			return whole.datasetFor(ids);
		},
	};
	const {lastFrame} = render(<App store={store} effects={effects} watchlist={[]} columns={100} rows={30} />);
	expect(lastFrame()).toContain(first!.name);
	// Reading ahead (in idle time) has tried the damaged neighbour, and the app is still there.
	await vi.waitFor(() => expect(failedReads).toBeGreaterThan(0));
	expect(lastFrame()).toContain(first!.name);
	expect(lastFrame()).not.toContain('damaged shard');
});

it('a company that takes long to read is drawn as loading at once, then drawn whole when it is ready', async () => {
	const whole = wholeStore(fixture, fixtureFile);
	const [first, , last] = fixtureRows;
	// The clock the frame budget is measured with: each part of the slow company takes 5 ms of it, as
	// a part of a large shard does, whatever the machine's load. Busy waiting made this flaky.
	let elapsed = 0;
	const now = performance.now.bind(performance);
	vi.spyOn(performance, 'now').mockImplementation(() => now() + elapsed);
	// The slow company is not finished until the test lets it: what the screen shows meanwhile is decided here, not by timing.
	let ready = false;
	const store: BriefingStore = {
		...whole,
		*readInParts(companyId) {
			if (companyId !== first!.id) return;
			for (let part = 0; part < 6 || !ready; part++) {
				elapsed += 5;
				yield;
			}
		},
	};
	// Opened on the last company, the first is two rows up: not among those prepared before the first frame.
	const {lastFrame, stdin} = render(<App store={store} effects={effects} watchlist={[]} companyId={last!.id} columns={100} rows={30} />);
	stdin.write('kk');
	await vi.waitFor(() => expect(lastFrame()).toMatch(new RegExp(`${first!.name}\\s+loading…`)));
	ready = true;
	await vi.waitFor(() => expect(lastFrame()).not.toContain('loading…'));
	expect(lastFrame()).toMatch(new RegExp(`${first!.name}.*${first!.articleCount} article`));
});
