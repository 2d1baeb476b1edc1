import {expect, test} from 'vitest';
import {collectGarbage} from '../../source/dataset/collect-garbage.js';

test('a full collection frees what nothing holds any more, and keeps what is held', async () => {
	const kept = {payload: new Array(100_000).fill('kept')};
	const keptReference = new WeakRef(kept);
	// Made in a function, so that no variable of this one holds it.
	const dropped = (() => new WeakRef({payload: new Array(100_000).fill('dropped')}))();
	// Let the turn that made it end, as a command's loop does between companies.
	await new Promise(resolve => setImmediate(resolve));
	collectGarbage();
	expect(dropped.deref()).toBeUndefined();
	expect(keptReference.deref()?.payload).toHaveLength(100_000);
	expect(kept.payload[0]).toBe('kept');
});
