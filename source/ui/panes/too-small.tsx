import {breakpoints} from '../layout.js';
import {fillLines, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {wrap} from '../../text/width.js';

export interface TooSmallProps {
	readonly columns: number;
	readonly rows: number;
}

export function tooSmallLines({columns, rows}: TooSmallProps): Line[] {
	const width = Math.max(1, columns);
	const message = `terminal too small: ${columns}×${rows}, brief needs ${breakpoints.minimumColumns}×${breakpoints.minimumRows} (q quits)`;
	return fillLines(wrap(message, width).map(line => textLine(line, width, 'warning')), width, Math.max(1, rows - 1));
}

export function TooSmall(props: TooSmallProps) {
	return <LinesView lines={tooSmallLines(props)} width={Math.max(1, props.columns)} />;
}
