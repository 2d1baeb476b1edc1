import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, it, vi} from 'vitest';
import {wholeStore, type BriefingStore} from '../../source/dataset/store.js';
import {App} from '../../source/ui/app.js';
import type {Effects} from '../../source/ui/use-briefing-state.js';
import {fixture, fixtureFile, fixtureRows} from './tui-fixture.js';

afterEach(() => {
	cleanup();
});

const effects: Effects = {saveWatch: async () => ({saved: true}), loadArticle: async () => ({title: '', sentences: []})};

/** Read-ahead steps held until the test runs them: no timer decides what a frame shows. */
function heldSteps() {
	const steps: Array<() => void> = [];
	return {
		schedule(step: () => void) {
			steps.push(step);
		},
		runAll() {
			let ran = 0;
			while (steps.length > 0) {
				steps.shift()!();
				ran++;
			}

			return ran;
		},
	};
}

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
	const steps = heldSteps();
	const {lastFrame} = render(<App store={store} effects={effects} watchlist={[]} columns={100} rows={30} schedule={steps.schedule} />);
	expect(lastFrame()).toContain(first!.name);
	// Reading ahead takes its turns, and meets the damaged shard: the app is still there.
	expect(steps.runAll()).toBeGreaterThan(0);
	expect(lastFrame()).toContain(first!.name);
	expect(lastFrame()).not.toContain('damaged shard');
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
	const steps = heldSteps();
	const {lastFrame, stdin} = render(<App store={store} effects={effects} watchlist={[]} companyId={last!.id} columns={100} rows={30} schedule={steps.schedule} />);
	// Two rows up, reading ahead held: the frame spends its budget and draws the company as loading.
	stdin.write('kk');
	await vi.waitFor(() => expect(lastFrame()).toMatch(new RegExp(`${first!.name}\\s+loading…`)));
	// Reading ahead finishes it, and it is drawn whole.
	steps.runAll();
	await vi.waitFor(() => expect(lastFrame()).not.toContain('loading…'));
	expect(lastFrame()).toMatch(new RegExp(`${first!.name}.*${first!.articleCount} article`));
});
