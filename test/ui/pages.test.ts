import {describe, expect, it} from 'vitest';
import {pageOf} from '../../source/ui/pages.js';

describe('pageOf', () => {
	it('cuts items into fixed pages and returns the one holding the selection', () => {
		const heights = [3, 3, 3, 3, 3];
		expect(pageOf(heights, 0, 7)).toEqual({start: 0, end: 2});
		expect(pageOf(heights, 1, 7)).toEqual({start: 0, end: 2});
		expect(pageOf(heights, 2, 7)).toEqual({start: 2, end: 4});
		expect(pageOf(heights, 4, 7)).toEqual({start: 4, end: 5});
	});

	it('gives an item taller than the page a page of its own', () => {
		expect(pageOf([2, 10, 2], 1, 5)).toEqual({start: 1, end: 2});
		expect(pageOf([2, 10, 2], 2, 5)).toEqual({start: 2, end: 3});
	});
});
