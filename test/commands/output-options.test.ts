import {describe, expect, test} from 'vitest';
import {outputOptions, parseWidth, useColour} from '../../source/commands/output-options.js';

const pipe = {env: {}, stdoutIsTTY: false, columns: undefined};
const terminal = {env: {}, stdoutIsTTY: true, columns: 132};

describe('--width', () => {
	test('defaults to the terminal width, else 80', () => {
		expect(parseWidth(undefined, 132)).toBe(132);
		expect(parseWidth(undefined, undefined)).toBe(80);
	});

	test.each(['abc', '0', '19', '1001', '-5', '4.5', ''])('%j is a usage error naming the value', value => {
		expect(() => parseWidth(value, undefined)).toThrow(`--width must be a whole number of columns from 20 to 1000, got '${value}'`);
	});
});

describe('colour', () => {
	test('only on a terminal', () => {
		expect(useColour({}, terminal)).toBe(true);
		expect(useColour({}, pipe)).toBe(false);
	});

	test('NO_COLOR with any non-empty value turns it off; an empty one does not', () => {
		expect(useColour({}, {...terminal, env: {NO_COLOR: '1'}})).toBe(false);
		expect(useColour({}, {...terminal, env: {NO_COLOR: ''}})).toBe(true);
	});

	test('--color and --no-color decide when given', () => {
		expect(useColour({color: true}, pipe)).toBe(true);
		expect(useColour({color: false}, terminal)).toBe(false);
	});

	test('JSON never carries colour', () => {
		expect(outputOptions({json: true, color: true}, terminal)).toEqual({format: 'json', width: 132, colour: false});
	});
});

test('--json and --ndjson together are a usage error', () => {
	expect(() => outputOptions({json: true, ndjson: true}, pipe)).toThrow('--json and --ndjson cannot be used together');
});
