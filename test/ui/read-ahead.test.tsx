import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {wholeStore, type BriefingStore} from '../../source/dataset/store.js';
import {App} from '../../source/ui/app.js';
import type {Effects} from '../../source/ui/use-briefing-state.js';
import {fixture, fixtureFile, fixtureRows} from './tui-fixture.js';

afterEach(() => {
	cleanup();
});

const effects: Effects = {saveWatch: async () => ({saved: true}), loadArticle: async () => ({title: '', sentences: []})};

it('a neighbour whose shard cannot be read does not stop the first frame: reading ahead leaves the error for later', async () => {
	const whole = wholeStore(fixture, fixtureFile);
	const [first, second] = fixtureRows;
	const store: BriefingStore = {
		...whole,
		datasetFor(ids) {
			if (ids.includes(second!.id)) throw new Error('damaged shard');
			return whole.datasetFor(ids);
		},
	};
	const {lastFrame} = render(<App store={store} effects={effects} watchlist={[]} columns={100} rows={30} />);
	expect(lastFrame()).toContain(first!.name);
	// Idle read-ahead runs on timers: give it a turn, and the app is still there.
	await new Promise(resolve => {
		setTimeout(resolve, 20);
	});
	expect(lastFrame()).toContain(first!.name);
});

it('a company that takes long to read is drawn as loading at once, then drawn whole when it is ready', async () => {
	const whole = wholeStore(fixture, fixtureFile);
	const [first, , last] = fixtureRows;
	const spin = (milliseconds: number) => {
		const until = performance.now() + milliseconds;
		while (performance.now() < until);
	};

	// Opened on the last company, the first is two rows up: not among those prepared before the first
	// frame. Its data comes in six parts of 5 ms: more than a frame may spend on it.
	const store: BriefingStore = {
		...whole,
		*readInParts(companyId) {
			if (companyId !== first!.id) return;
			for (let part = 0; part < 6; part++) {
				spin(5);
				yield;
			}
		},
	};
	const {lastFrame, stdin} = render(<App store={store} effects={effects} watchlist={[]} companyId={last!.id} columns={100} rows={30} />);
	// Two rows up before reading ahead has had a turn.
	stdin.write('kk');
	await new Promise(resolve => setTimeout(resolve, 2));
	expect(lastFrame()).toMatch(new RegExp(`${first!.name}\\s+loading…`));
	await new Promise(resolve => setTimeout(resolve, 150));
	expect(lastFrame()).not.toContain('loading…');
	expect(lastFrame()).toMatch(new RegExp(`${first!.name}.*${first!.articleCount} article`));
});
