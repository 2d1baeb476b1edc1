import {wrapWithKinsoku} from '../../text/kinsoku.js';
import {fit} from '../../text/width.js';
import {frame} from '../frame.js';
import {bindingsFor, type KeyContext} from '../keymap.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs} from '../theme.js';
import type {Language} from '../../text/language.js';
import {messages, type Messages} from '../../text/messages.js';

export interface HelpPaneProps {
	/** Where help was asked for: its keys come first, the others after them. */
	readonly context: KeyContext;
	/** First line shown. */
	readonly scroll: number;
	readonly width: number;
	readonly height: number;
	readonly language?: Language | undefined;
}

const sections: ReadonlyArray<{readonly context: KeyContext; readonly title: (words: Messages) => string}> = [
	{context: 'browse', title: words => words.helpBrowse},
	{context: 'filter', title: words => words.helpFilter},
	{context: 'reader', title: words => words.helpReader},
	{context: 'source', title: words => words.helpSource},
];

/** Every line of help at a width, before it is scrolled: every binding of the keymap table, by context. */
export function helpContentLines(context: KeyContext, inside: number, language: Language = 'en'): Line[] {
	const labelWidth = 12;
	const words = messages(language);
	const content: Line[] = wrapWithKinsoku(words.legend, inside).map(line => textLine(line, inside, 'muted'));
	const ordered = [...sections].sort((first, second) => Number(second.context === context) - Number(first.context === context));
	for (const section of ordered) {
		content.push(textLine('', inside));
		content.push(textLine(section.title(words), inside, 'accent'));
		// Each key's help wrapped beside its label: help is where every word of it can be read.
		for (const binding of bindingsFor(section.context)) {
			const help = wrapWithKinsoku(binding.help[language], Math.max(8, inside - labelWidth));
			help.forEach((line, index) => content.push(fitLine([segment(fit(index === 0 ? binding.label : '', labelWidth), 'focus'), segment(line)], inside)));
		}
	}

	return content;
}

/** The keymap, scrolled: the same table input handling reads. */
export function helpLines(props: HelpPaneProps): Line[] {
	const inside = props.width - 2;
	const page = Math.max(0, props.height - 2);
	const language = props.language ?? 'en';
	const words = messages(language);
	const all = helpContentLines(props.context, inside, language);
	const scroll = Math.max(0, Math.min(props.scroll, all.length - page));
	const note = all.length > page ? `${Math.min(all.length, scroll + page)}/${all.length} ${glyphs.separator} ${words.escCloses}` : words.escOrHelpCloses;
	return frame(all.slice(scroll, scroll + page), {title: words.keys, note, focused: true, width: props.width, height: props.height});
}

export function HelpPane(props: HelpPaneProps) {
	return <LinesView lines={helpLines(props)} width={props.width} />;
}
