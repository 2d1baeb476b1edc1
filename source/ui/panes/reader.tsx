import type {ReaderState} from '../state.js';
import {frame} from '../frame.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {readerLines} from '../reader-lines.js';
import {glyphs} from '../theme.js';
import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';

export interface ReaderPaneProps {
	readonly reader: ReaderState;
	readonly companyName: string;
	readonly width: number;
	readonly height: number;
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
}

/** The cleaned article, scrolled to the quote; the first line says what the marks mean (and which source of how many), or what went wrong. */
export function readerPaneLines(props: ReaderPaneProps): Line[] {
	const inside = props.width - 2;
	const page = Math.max(1, props.height - 3);
	const {reader} = props;
	const words = messages(props.language ?? 'en');
	const sources = reader.passages.length > 1 ? words.sourceOf(reader.index + 1, reader.passages.length) : undefined;
	let content: Line[];
	let note: string | undefined;
	if (reader.status === 'loading') {
		content = [textLine(words.readingArticle, inside, 'muted')];
		note = sources;
	} else if (reader.status === 'failed') {
		content = [textLine(reader.message[props.language ?? 'en'], inside, 'warning'), textLine(reader.passages.length > 1 ? words.nextSourceOrBack : words.escGoesBack, inside, 'muted')];
		note = sources;
	} else {
		const lines = readerLines(reader.text, inside, reader.quote);
		const legend = reader.text.warning
			? textLine(`${glyphs.conflict} ${reader.text.warning[props.language ?? 'en']}`, inside, 'warning')
			: fitLine(
					[...(reader.quote === '' ? [] : [segment(`${glyphs.quoted} `, 'focus'), segment(`${words.theQuote}  `, 'muted')]), segment(`${glyphs.aboutCompany} `, 'accent'), segment(words.aboutCompany(props.companyName), 'muted')],
					inside,
				);
		content = [legend, ...lines.slice(reader.scroll, reader.scroll + page)];
		const last = Math.min(lines.length, reader.scroll + page);
		note = [sources, `${last}/${lines.length}`].filter(Boolean).join(` ${glyphs.separator} `);
	}

	// An article is named by its title, which comes with its text; until then, by what the pane is.
	const title = reader.status === 'ready' ? reader.text.title : words.article;
	return frame(content, {title, note, focused: true, width: props.width, height: props.height});
}

export function ReaderPane(props: ReaderPaneProps) {
	return <LinesView lines={readerPaneLines(props)} width={props.width} />;
}
