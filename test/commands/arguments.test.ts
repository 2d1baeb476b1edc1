import {expect, test} from 'vitest';
import {parseArguments} from '../../source/commands/arguments.js';

test('positional words and flags, in any order', () => {
	const {input, flags} = parseArguments(['aws', '--plain', '--width=40', 'msft', '--data', 'x.json']);
	expect(input).toEqual(['aws', 'msft']);
	expect(flags).toMatchObject({plain: true, width: '40', data: 'x.json', json: false, color: undefined});
});

test('--no-color is colour off; --mark-read is markRead', () => {
	expect(parseArguments(['--no-color', 'digest', '--mark-read']).flags).toMatchObject({color: false, markRead: true});
});

test('-- ends the flags', () => {
	expect(parseArguments(['--', '--plain']).input).toEqual(['--plain']);
});

test.each([
	[['--nope'], "unknown option '--nope' (see brief --help)"],
	[['-x'], "unknown option '-x' (see brief --help)"],
	[['--width'], '--width needs a value (see brief --help)'],
	[['--plain=yes'], '--plain takes no value (see brief --help)'],
	[['extract', 'a', '--jobs', 'two'], "--jobs must be a whole number of workers (1 or more), got 'two'"],
])('%j is a usage error: %s', (argv, message) => {
	expect(() => parseArguments(argv)).toThrow(message);
});

test.each([
	[['--jobs', 'two'], "--jobs はワーカーの数 (1以上の整数) です ('two' が指定されました)"],
	[['--width'], '--width には値が必要です (brief --help を参照)'],
	[['--plain=yes'], '--plain は値をとりません (brief --help を参照)'],
	// node:util's own words for what it could not parse, then where to look.
	[['-abc'], expect.stringMatching(/ \(brief --help を参照\)$/)],
])('%j is said in Japanese too', (argv, message) => {
	expect(() => parseArguments(argv)).toThrow(expect.objectContaining({texts: expect.objectContaining({ja: message})}));
});
