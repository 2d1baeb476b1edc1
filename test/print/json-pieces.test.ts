import fc from 'fast-check';
import {expect, test} from 'vitest';
import {JsonList, jsonPieces} from '../../source/print/json-pieces.js';

function holdsAnyList(value: unknown): boolean {
	if (value instanceof JsonList) return true;
	if (typeof value !== 'object' || value === null) return false;
	return (Array.isArray(value) ? value : Object.values(value)).some(item => holdsAnyList(item));
}

/** Replaces every array of the value by a JsonList of it, at random, as a document with lazy lists would be. */
function withLists(value: unknown, choose: () => boolean): unknown {
	if (Array.isArray(value)) {
		const items = value.map(item => withLists(item, choose));
		// A list of items that hold no list may say so, and is written the same.
		return choose()
			? new JsonList(
					items,
					item => item,
					items.some(item => holdsAnyList(item)),
				)
			: items;
	}

	if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withLists(item, choose)]));
	return value;
}

test('writes what JSON.stringify(value, null, 2) writes, lists given whole or item by item', () => {
	fc.assert(
		fc.property(fc.jsonValue(), fc.infiniteStream(fc.boolean()), (value, coins) => {
			const iterator = coins[Symbol.iterator]();
			const lazy = withLists(value, () => iterator.next().value as boolean);
			expect([...jsonPieces(lazy)].join('')).toBe(JSON.stringify(value, null, 2));
		}),
		{numRuns: 2000},
	);
});

test('leaves out members without a JSON value, and writes null for such items, as JSON.stringify does', () => {
	const value = {a: undefined, b: new JsonList([1, undefined, () => 0], item => item), c: 'x\ny'};
	expect([...jsonPieces(value)].join('')).toBe(JSON.stringify({a: undefined, b: [1, undefined, () => 0], c: 'x\ny'}, null, 2));
});

test('turns the items of a list into JSON only as they are written', () => {
	const made: number[] = [];
	const pieces = jsonPieces({items: new JsonList([1, 2, 3], item => (made.push(item), {item}))});
	const first = [pieces.next(), pieces.next(), pieces.next()];
	expect(first.every(step => !step.done)).toBe(true);
	expect(made).toEqual([1]);
});
