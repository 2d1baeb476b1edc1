import {breakpoints} from '../layout.js';
import {fillLines, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {wrap} from '../../text/width.js';
import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';

export interface TooSmallProps {
	readonly columns: number;
	readonly rows: number;
	readonly language?: Language | undefined;
}

export function tooSmallLines({columns, rows, language}: TooSmallProps): Line[] {
	const width = Math.max(1, columns);
	const message = messages(language ?? 'en').tooSmall(columns, rows, breakpoints.minimumColumns, breakpoints.minimumRows);
	return fillLines(
		wrap(message, width).map(line => textLine(line, width, 'warning')),
		width,
		Math.max(1, rows - 1),
	);
}

export function TooSmall(props: TooSmallProps) {
	return <LinesView lines={tooSmallLines(props)} width={Math.max(1, props.columns)} />;
}
