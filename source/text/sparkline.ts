const blocks = '▁▂▃▄▅▆▇█';

/**
 * Values as one line of block characters, lowest ▁ to highest █, one per value; when there are
 * more values than `width`, the latest `width` of them.
 */
export function sparkline(values: readonly number[], width = Number.POSITIVE_INFINITY): string {
	const shown = values.slice(Math.max(0, values.length - Math.max(0, width)));
	if (shown.length === 0) return '';
	const lowest = Math.min(...shown);
	const highest = Math.max(...shown);
	const middle = Math.floor((blocks.length - 1) / 2);
	return shown.map(value => blocks[highest === lowest ? middle : Math.round(((value - lowest) / (highest - lowest)) * (blocks.length - 1))]!).join('');
}
