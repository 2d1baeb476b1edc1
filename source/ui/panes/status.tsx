import {fitLine, segment, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {sanitizeLine} from '../../text/sanitize.js';

export interface StatusBarProps {
	readonly message: string | undefined;
	readonly hints: string;
	readonly width: number;
}

/** The bottom line: the last message (a warning) or the key hints. */
export function statusLines(props: StatusBarProps): Line[] {
	const line = props.message ? [segment(sanitizeLine(props.message), 'warning')] : [segment(props.hints, 'muted')];
	return [fitLine(line, props.width)];
}

export function StatusBar(props: StatusBarProps) {
	return <LinesView lines={statusLines(props)} width={props.width} />;
}
