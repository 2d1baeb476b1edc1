import {expect, test} from 'vitest';
import {writePieces} from '../../source/commands/io.js';

test('waits for the reader to drain stdout before making more of the output', async () => {
	const made: number[] = [];
	const big = 'x'.repeat(70_000);
	const pieces = (function* () {
		for (let index = 0; index < 3; index++) {
			made.push(index);
			yield big;
		}
	})();
	const written: string[] = [];
	let drained: (() => void) | undefined;
	const io = {
		out: (text: string) => (written.push(text), false),
		drain: () => new Promise<void>(resolve => (drained = resolve)),
	};
	const done = writePieces(io, pieces);
	await Promise.resolve();
	expect(written).toHaveLength(1);
	expect(made).toEqual([0]);
	drained!();
	await new Promise(resolve => setImmediate(resolve));
	expect(made).toEqual([0, 1]);
	drained!();
	await new Promise(resolve => setImmediate(resolve));
	drained!();
	await done;
	expect(written.join('')).toBe(big.repeat(3));
});

test('gathers small pieces into few writes, and writes nothing for nothing', async () => {
	const written: string[] = [];
	await writePieces(
		{out: text => written.push(text)},
		Array.from({length: 1000}, (_, index) => `${index}\n`),
	);
	expect(written.length).toBe(1);
	expect(written[0]!.split('\n')).toHaveLength(1001);
	const none: string[] = [];
	await writePieces({out: text => none.push(text)}, []);
	expect(none).toEqual([]);
});

test('an error while making the output still writes what was made before it, then goes on up', async () => {
	const written: string[] = [];
	const pieces = (function* () {
		yield 'first company\n';
		throw new Error('damaged shard');
	})();
	await expect(writePieces({out: text => written.push(text)}, pieces)).rejects.toThrow('damaged shard');
	expect(written.join('')).toBe('first company\n');
});
