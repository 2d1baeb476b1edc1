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
