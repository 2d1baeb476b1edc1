/** What a piece of text means; panes say this, the theme decides how it looks. */
export type Tone = 'plain' | 'up' | 'down' | 'muted' | 'accent' | 'focus' | 'warning' | 'selected';

/** How a tone is drawn by Ink's <Text>. */
export interface ToneStyle {
	readonly color?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
}

export type Theme = Readonly<Record<Tone, ToneStyle>>;

const colourTheme: Theme = {
	plain: {},
	up: {color: 'green'},
	down: {color: 'red'},
	muted: {color: 'gray'},
	accent: {color: 'cyan'},
	focus: {color: 'yellow', bold: true},
	warning: {color: 'yellow'},
	selected: {inverse: true},
};

// Without colour, meaning is still carried by glyphs (▲▼, ★, !) and by inverse/bold, which NO_COLOR allows.
const monochromeTheme: Theme = {
	plain: {},
	up: {},
	down: {},
	muted: {dimColor: true},
	accent: {bold: true},
	focus: {bold: true},
	warning: {bold: true},
	selected: {inverse: true},
};

/** NO_COLOR with any non-empty value turns colour off (no-color.org). */
export function themeFor(env: Readonly<Record<string, string | undefined>>): Theme {
	const noColor = env['NO_COLOR'];
	return noColor !== undefined && noColor !== '' ? monochromeTheme : colourTheme;
}

export const glyphs = {
	up: '▲',
	down: '▼',
	flat: '=',
	watched: '★',
	conflict: '!',
	selectedPoint: '^',
	pointer: '›',
	aboutCompany: '▌',
} as const;
