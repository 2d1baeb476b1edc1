// string-width as Ink and widest-line call it, through the simple-width table first: measuring
// every line of every frame with Intl.Segmenter and emoji regexes took ~4 ms of a ~12 ms key press
// at 120x40 (bench:tui). scripts/build.js points only those two importers here. Text the table does
// not cover goes to string-width itself, so widths are string-width's (test/text/terminal-width.test.ts).
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {simpleWidth} from './simple-width.js';

const printableAscii = /^[\u0020-\u007E]*$/;

export default function terminalWidth(input: string, options?: Parameters<typeof stringWidth>[1]): number {
	if (options !== undefined || typeof input !== 'string') return stringWidth(input, options);
	// What string-width does first: escape sequences take no columns.
	const text = input.includes('\u001B') || input.includes('\u009B') ? stripAnsi(input) : input;
	if (printableAscii.test(text)) return text.length;
	return simpleWidth(text) ?? stringWidth(input);
}
