const blocks = '▁▂▃▄▅▆▇█';

/** Values as one line of block characters, lowest ▁ to highest █; at most `width` of the latest values. */
export function sparkline(values: readonly number[], width: number): string {
	const shown = values.slice(Math.max(0, values.length - width));
	if (shown.length === 0) return '';
	const min = Math.min(...shown);
	const max = Math.max(...shown);
	return shown.map(value => blocks[max === min ? 3 : Math.round(((value - min) / (max - min)) * (blocks.length - 1))]!).join('');
}
