import {Box, Text} from 'ink';
import {createContext, memo, useContext} from 'react';
import type {Line} from './line.js';
import {themeFor, type Theme} from './theme.js';

export const ThemeContext = createContext<Theme>(themeFor({}));

const LineView = memo(function LineView({line}: {readonly line: Line}) {
	const theme = useContext(ThemeContext);
	return (
		<Text wrap="truncate">
			{line.map((part, index) => (
				// Segments never reorder within a line, so the index is a stable key.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} {...theme[part.tone]}>
					{part.text}
				</Text>
			))}
		</Text>
	);
});

/** Renders pre-fitted lines as a box of exactly their size: Ink never has to wrap or cut anything. */
export function LinesView({lines, width}: {readonly lines: readonly Line[]; readonly width: number}) {
	return (
		<Box flexDirection="column" width={width} height={lines.length} flexShrink={0}>
			{lines.map((line, index) => (
				// eslint-disable-next-line react/no-array-index-key
				<LineView key={index} line={line} />
			))}
		</Box>
	);
}
