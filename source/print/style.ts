/** What a piece of output means; the style decides how it looks (ANSI colour, or nothing). */
export interface Style {
	readonly heading: (text: string) => string;
	readonly muted: (text: string) => string;
	readonly accent: (text: string) => string;
	readonly up: (text: string) => string;
	readonly down: (text: string) => string;
	readonly warning: (text: string) => string;
}

function sgr(open: number, close: number): (text: string) => string {
	return text => (text === '' ? text : `\u001B[${open}m${text}\u001B[${close}m`);
}

const unchanged = (text: string): string => text;

const colourStyle: Style = {
	heading: sgr(1, 22),
	muted: sgr(2, 22),
	accent: sgr(36, 39),
	up: sgr(32, 39),
	down: sgr(31, 39),
	warning: sgr(33, 39),
};

const plainStyle: Style = {heading: unchanged, muted: unchanged, accent: unchanged, up: unchanged, down: unchanged, warning: unchanged};

/** ANSI styling when `colour` is true; otherwise every function returns its text unchanged. */
export function styleFor(colour: boolean): Style {
	return colour ? colourStyle : plainStyle;
}

export {glyphs} from '../text/glyphs.js';
