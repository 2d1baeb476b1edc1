import {Box, Text} from 'ink';
import {createContext, useContext, useMemo} from 'react';
import type {Line} from './line.js';
import {styleEnd, styleStart, type Theme} from './theme.js';

/** The theme panes are drawn in; without one (tests), text is drawn plain. */
export const ThemeContext = createContext<Theme | undefined>(undefined);

/** One line as text, each run of a tone in its style. */
export function styledLine(line: Line, theme: Theme | undefined): string {
	if (!theme) return line.map(part => part.text).join('');
	let text = '';
	for (const part of line) {
		const start = styleStart(theme[part.tone]);
		text += start === '' ? part.text : start + part.text + styleEnd;
	}

	return text;
}

/**
 * Renders pre-fitted lines as one Ink text of exactly their size: Ink never has to wrap or cut
 * anything, and a pane costs one node rather than one per styled run (what keeps a key press fast).
 */
export function LinesView({lines, width}: {readonly lines: readonly Line[]; readonly width: number}) {
	const theme = useContext(ThemeContext);
	const text = useMemo(() => lines.map(line => styledLine(line, theme)).join('\n'), [lines, theme]);
	return (
		<Box width={width} height={lines.length} flexShrink={0}>
			<Text>{text}</Text>
		</Box>
	);
}
