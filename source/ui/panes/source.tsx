import {sanitizeLine} from '../../text/sanitize.js';
import {wrapWithKinsoku} from '../../text/kinsoku.js';
import {frame} from '../frame.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import type {Provenance} from '../provenance.js';

export interface SourcePaneProps {
	readonly provenance: Provenance | undefined;
	readonly width: number;
	readonly height: number;
}

/** The selected line, then each article it came from: id, date, file, title and the exact quote. */
export function sourceLines(props: SourcePaneProps): Line[] {
	const inside = props.width - 2;
	const {provenance} = props;
	const content: Line[] = [];
	if (!provenance) {
		content.push(textLine('nothing selected has a source', inside, 'muted'));
	} else {
		for (const line of wrapWithKinsoku(sanitizeLine(provenance.what), inside)) content.push(textLine(line, inside, 'accent'));
		for (const source of provenance.sources) {
			content.push(textLine('', inside));
			content.push(fitLine([segment(source.article, 'focus'), segment(` · ${source.published ?? 'undated'}`, 'muted')], inside));
			content.push(textLine(sanitizeLine(source.title), inside));
			for (const line of wrapWithKinsoku(`「${sanitizeLine(source.quote)}」`, inside - 2)) content.push(fitLine([segment('  '), segment(line, 'muted')], inside));
		}
	}

	return frame(content, {title: 'Source', note: 'Esc back', focused: true, width: props.width, height: props.height});
}

export function SourcePane(props: SourcePaneProps) {
	return <LinesView lines={sourceLines(props)} width={props.width} />;
}
