/**
 * Splits items of varying height into pages of at most `height` rows, in order, and returns the
 * first and last item of the page holding `selected`. Pages are fixed, so moving within a page
 * never shifts what is shown; an item taller than a page gets a page of its own.
 */
export function pageOf(heights: readonly number[], selected: number, height: number): {start: number; end: number} {
	let start = 0;
	let used = 0;
	for (let index = 0; index < heights.length; index++) {
		const size = heights[index]!;
		if (used > 0 && used + size > height) {
			if (selected < index) return {start, end: index};
			start = index;
			used = 0;
		}

		used += size;
	}

	return {start, end: heights.length};
}
