import type {UpDown} from '../text/language.js';

/** What a piece of text means; panes say this, the theme decides how it looks. */
export type Tone = 'plain' | 'up' | 'down' | 'muted' | 'accent' | 'focus' | 'warning' | 'selected' | 'series1' | 'series2' | 'series3' | 'series4';

/** The tones of the lines of one chart, in legend order (each line also has a mark of its own). */
export const seriesTones: readonly Tone[] = ['series1', 'series2', 'series3', 'series4'];

/** How a tone is drawn. */
export interface ToneStyle {
	/** An SGR foreground colour: 31 red, 32 green, 33 yellow, 36 cyan, 90 grey. */
	readonly color?: number;
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly inverse?: boolean;
}

export type Theme = Readonly<Record<Tone, ToneStyle>>;

const colourTheme: Theme = {
	plain: {},
	up: {color: 32},
	down: {color: 31},
	muted: {color: 90},
	accent: {color: 36},
	focus: {color: 33, bold: true},
	warning: {color: 33},
	selected: {inverse: true},
	series1: {color: 36},
	series2: {color: 35},
	series3: {color: 32},
	series4: {color: 33},
};

// Without colour, meaning is still carried by glyphs (▲▼, ★, !) and by inverse/bold, which NO_COLOR allows.
const monochromeTheme: Theme = {
	plain: {},
	up: {},
	down: {},
	muted: {dim: true},
	accent: {bold: true},
	focus: {bold: true},
	warning: {bold: true},
	selected: {inverse: true},
	series1: {},
	series2: {},
	series3: {},
	series4: {},
};

/** Red up, green down: as Japanese quote boards colour them. */
const redUpTheme: Theme = {...colourTheme, up: colourTheme.down, down: colourTheme.up};

/** NO_COLOR with any non-empty value turns colour off (no-color.org); `upDown` picks the colours of ▲▼. */
export function themeFor(env: Readonly<Record<string, string | undefined>>, upDown: UpDown = 'green-up'): Theme {
	const noColor = env['NO_COLOR'];
	if (noColor !== undefined && noColor !== '') return monochromeTheme;
	return upDown === 'red-up' ? redUpTheme : colourTheme;
}

/** The escape sequence that starts a style; empty for none. Panes never write these: only the line renderer. */
export function styleStart(style: ToneStyle): string {
	const codes = [style.bold ? '1' : '', style.dim ? '2' : '', style.inverse ? '7' : '', style.color === undefined ? '' : String(style.color)].filter(Boolean);
	return codes.length > 0 ? `\u001B[${codes.join(';')}m` : '';
}

export const styleEnd = '\u001B[0m';

export {glyphs} from '../text/glyphs.js';
