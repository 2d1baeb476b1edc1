import {expect, test} from 'vitest';
import {collectGarbage} from '../../source/dataset/collect-garbage.js';

test('a full collection frees what nothing holds any more', async () => {
	let held: object | undefined = {payload: new Array(100_000).fill('x')};
	const reference = new WeakRef(held);
	held = undefined;
	// Let the turn that made it end, as a command's loop does between companies.
	await new Promise(resolve => setImmediate(resolve));
	collectGarbage();
	expect(reference.deref()).toBeUndefined();
	expect(held).toBeUndefined();
});
