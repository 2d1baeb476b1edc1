import {fit} from '../../text/width.js';
import {frame} from '../frame.js';
import {bindingsFor, type KeyContext} from '../keymap.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs} from '../theme.js';

export interface HelpPaneProps {
	/** Where help was asked for: its keys come first, the others after them as room allows. */
	readonly context: KeyContext;
	readonly width: number;
	readonly height: number;
}

const sections: ReadonlyArray<{readonly context: KeyContext; readonly title: string}> = [
	{context: 'browse', title: 'Browsing'},
	{context: 'filter', title: 'Typing a filter'},
	{context: 'reader', title: 'Reading an article'},
];

/** Every binding of the keymap table, by context: the same table input handling reads. */
export function helpLines(props: HelpPaneProps): Line[] {
	const inside = props.width - 2;
	const labelWidth = 12;
	const content: Line[] = [textLine(`${glyphs.fresh} new since an update  ${glyphs.watched} watchlist  ${glyphs.up}${glyphs.down} direction  ${glyphs.conflict} sources conflict  ${glyphs.selectedPoint} selected point  ${glyphs.aboutCompany} about the company`, inside, 'muted')];
	const ordered = [...sections].sort((first, second) => Number(second.context === props.context) - Number(first.context === props.context));
	for (const section of ordered) {
		if (content.length > 0) content.push(textLine('', inside));
		content.push(textLine(section.title, inside, 'accent'));
		for (const binding of bindingsFor(section.context)) {
			content.push(fitLine([segment(fit(binding.label, labelWidth), 'focus'), segment(binding.help)], inside));
		}
	}

	return frame(content, {title: 'Keys', note: 'Esc or ? closes', focused: true, width: props.width, height: props.height});
}

export function HelpPane(props: HelpPaneProps) {
	return <LinesView lines={helpLines(props)} width={props.width} />;
}
