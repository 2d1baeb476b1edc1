import type {ReaderState} from '../state.js';
import {frame} from '../frame.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {readerLines} from '../reader-lines.js';
import {glyphs} from '../theme.js';

export interface ReaderPaneProps {
	readonly reader: ReaderState;
	readonly companyName: string;
	readonly width: number;
	readonly height: number;
}

/** The cleaned article, scrolled; the first line says what the ▌ marks mean, or what went wrong. */
export function readerPaneLines(props: ReaderPaneProps): Line[] {
	const inside = props.width - 2;
	const page = Math.max(1, props.height - 3);
	const {reader} = props;
	let content: Line[];
	let note: string | undefined;
	if (reader.status === 'loading') {
		content = [textLine('reading the article…', inside, 'muted')];
	} else if (reader.status === 'failed') {
		content = [textLine(reader.message, inside, 'warning'), textLine('Esc goes back', inside, 'muted')];
	} else {
		const lines = readerLines(reader.text, inside);
		const legend = reader.text.warning ? textLine(`${glyphs.conflict} ${reader.text.warning}`, inside, 'warning') : fitLine([segment(`${glyphs.aboutCompany} `, 'accent'), segment(`about ${props.companyName}`, 'muted')], inside);
		content = [legend, ...lines.slice(reader.scroll, reader.scroll + page)];
		const last = Math.min(lines.length, reader.scroll + page);
		note = `${last}/${lines.length}`;
	}

	const title = reader.status === 'ready' ? reader.text.title : reader.article;
	return frame(content, {title, note, focused: true, width: props.width, height: props.height});
}

export function ReaderPane(props: ReaderPaneProps) {
	return <LinesView lines={readerPaneLines(props)} width={props.width} />;
}
