import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {StringPool} from '../../source/extract/string-pool.js';

// That equal strings become one is memory, measured by `npm run bench` (extract peak memory); here,
// that sharing them changes nothing a reader can see.
describe('StringPool', () => {
	test('gives back the same records, in place, with every value as it was', () => {
		fc.assert(
			fc.property(fc.jsonValue({maxDepth: 4}), value => {
				const pool = new StringPool();
				const copy = structuredClone(value);
				const shared = pool.share(copy);
				expect(shared).toBe(copy);
				expect(shared).toEqual(value);
				// A second record with the same texts comes out equal to its own original too.
				expect(pool.share(structuredClone(value))).toEqual(value);
			}),
			{numRuns: 500},
		);
	});

	test('reaches strings in nested lists and records, and leaves numbers, nulls and booleans', () => {
		const pool = new StringPool();
		const record = {company: 'openai', values: [1, null, true, 'a'], sources: [{article: 'a1', quote: '「引用」'}], nested: [['x', {y: 'z'}]]};
		expect(pool.share(structuredClone(record))).toEqual(record);
	});
});
