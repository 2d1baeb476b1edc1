import type {Key} from 'ink';
import {glyphs} from '../text/glyphs.js';

/** What a key asks for; the reducer gives each its meaning in the current state. */
export type Command =
	| 'down'
	| 'up'
	| 'nextPane'
	| 'previousPane'
	| 'top'
	| 'bottom'
	| 'pageDown'
	| 'pageUp'
	| 'filter'
	| 'toggleWatch'
	| 'open'
	| 'source'
	| 'nextSource'
	| 'markRead'
	| 'sortFigures'
	| 'peers'
	| 'back'
	| 'help'
	| 'update'
	| 'quit'
	/** Ctrl-C: quit, with the exit code of an interrupted command (130). */
	| 'interrupt';

/** Where a binding applies: normal browsing, typing a filter, reading an article, the help overlay, the source view. */
export type KeyContext = 'browse' | 'filter' | 'reader' | 'help' | 'source';

/** One row of the keymap: the single source for input handling and the help overlay. */
export interface Binding {
	readonly command: Command;
	/** Key names as `keyName` spells them. */
	readonly keys: readonly string[];
	/** How the help overlay shows the keys. */
	readonly label: string;
	readonly help: string;
	readonly contexts: readonly KeyContext[];
	/** A few words for the status bar, for the bindings worth a reminder. */
	readonly hint?: string;
}

const everywhere: readonly KeyContext[] = ['browse', 'filter', 'reader', 'help', 'source'];
/** Where j/k, PgDn/PgUp and g/G move a row or scroll text. */
const moving: readonly KeyContext[] = ['browse', 'reader', 'help', 'source'];

export const keymap: readonly Binding[] = [
	{command: 'down', keys: ['down', 'j'], label: '↓ j', help: 'next row; in the reader, help and source view, scroll', contexts: moving, hint: 'j/k move'},
	{command: 'up', keys: ['up', 'k'], label: '↑ k', help: 'previous row; scroll back', contexts: moving},
	{command: 'down', keys: ['down'], label: '↓', help: 'next match', contexts: ['filter']},
	{command: 'up', keys: ['up'], label: '↑', help: 'previous match', contexts: ['filter']},
	{command: 'nextPane', keys: ['tab', 'right', 'l'], label: 'Tab → l', help: 'next pane: list, Timeline, Figures, Charts, Summaries', contexts: ['browse'], hint: 'Tab pane'},
	{command: 'previousPane', keys: ['shift-tab', 'left', 'h'], label: 'S-Tab ← h', help: 'previous pane', contexts: ['browse']},
	{command: 'top', keys: ['g', 'home'], label: 'g Home', help: 'first row; the top', contexts: moving},
	{command: 'bottom', keys: ['G', 'end'], label: 'G End', help: 'last row; the end', contexts: moving},
	{command: 'pageDown', keys: ['pagedown', 'space'], label: 'PgDn Space', help: 'page down', contexts: moving, hint: 'PgDn page'},
	{command: 'pageUp', keys: ['pageup'], label: 'PgUp', help: 'page up', contexts: moving},
	{command: 'filter', keys: ['/'], label: '/', help: 'filter companies by name, Japanese name, alias or ticker (exact names first)', contexts: ['browse'], hint: '/ filter'},
	{command: 'open', keys: ['enter'], label: 'Enter', help: 'keep the filter', contexts: ['filter'], hint: 'Enter keep'},
	{command: 'back', keys: ['escape'], label: 'Esc', help: 'clear the filter', contexts: ['filter'], hint: 'Esc clear'},
	{command: 'open', keys: ['enter'], label: 'Enter', help: 'open: the company; a row in the reader, at the sentence it came from', contexts: ['browse', 'source'], hint: 'Enter read'},
	{command: 'source', keys: ['s'], label: 's', help: 'where the selected row came from (articles and quotes)', contexts: ['browse', 'reader'], hint: 's source'},
	{command: 'nextSource', keys: ['n'], label: 'n', help: 'the next article that reports it', contexts: ['reader'], hint: 'n next source'},
	{command: 'sortFigures', keys: ['o'], label: 'o', help: 'order the figures: by kind, by period (newest first), by value (largest first)', contexts: ['browse'], hint: 'o order'},
	{command: 'peers', keys: ['p'], label: 'p', help: 'charts: the company beside its rivals (AWS, Azure, Google Cloud share and growth)', contexts: ['browse'], hint: 'p peers'},
	{command: 'toggleWatch', keys: ['w'], label: 'w', help: 'add or remove the company from the watchlist', contexts: ['browse'], hint: 'w watch'},
	{command: 'markRead', keys: ['m'], label: 'm', help: `mark the company read: nothing of it is new (${glyphs.fresh}) any more, here and in brief digest`, contexts: ['browse'], hint: 'm read'},
	{command: 'update', keys: ['u'], label: 'u', help: `update the library in the background (brief update): new articles appear, marked ${glyphs.fresh} in Summaries, when it ends`, contexts: ['browse']},
	{command: 'back', keys: ['escape'], label: 'Esc', help: 'back: close the reader, source or help; leave the peer view; clear the filter', contexts: ['browse', 'reader', 'help', 'source'], hint: 'Esc back'},
	{command: 'help', keys: ['?'], label: '?', help: 'this help', contexts: ['browse', 'reader', 'help', 'source'], hint: '? help'},
	{command: 'quit', keys: ['q'], label: 'q', help: 'quit', contexts: ['browse', 'reader', 'help', 'source'], hint: 'q quit'},
	{command: 'interrupt', keys: ['ctrl+c'], label: 'Ctrl-C', help: 'quit, always (exit code 130)', contexts: everywhere},
];

/** A key press as one name: "j", "G", "down", "shift-tab", "ctrl+c", "enter"... */
export function keyName(input: string, key: Key): string {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'escape';
	if (key.tab) return key.shift ? 'shift-tab' : 'tab';
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl) return `ctrl+${input}`;
	if (input === ' ') return 'space';
	return input;
}

export function commandFor(name: string, context: KeyContext): Command | undefined {
	return keymap.find(binding => binding.contexts.includes(context) && binding.keys.includes(name))?.command;
}

/** The status bar's reminder of the keys of a context, from the same table: as many as fit in `width`, whole. */
export function hintsFor(context: KeyContext, width = Number.POSITIVE_INFINITY): string {
	// Help first, quit last: on a narrow terminal the others give way, and ? leads to all of them.
	const rank = (binding: Binding) => (binding.command === 'help' ? 0 : binding.command === 'quit' ? 1 : 2);
	const hints = [...bindingsFor(context)].sort((first, second) => rank(first) - rank(second)).flatMap(binding => (binding.hint ? [binding.hint] : []));
	const kept: string[] = [];
	let used = 0;
	for (const hint of hints) {
		const size = hint.length + (kept.length > 0 ? 2 : 0);
		if (used + size > width) continue;
		kept.push(hint);
		used += size;
	}

	return kept.join('  ');
}

/** The bindings that act in a context, for the help overlay. */
export function bindingsFor(context: KeyContext): readonly Binding[] {
	return keymap.filter(binding => binding.contexts.includes(context));
}
