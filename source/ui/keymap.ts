import type {Key} from 'ink';

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
	| 'back'
	| 'help'
	| 'quit'
	/** Ctrl-C: quit, with the exit code of an interrupted command (130). */
	| 'interrupt';

/** Where a binding applies: normal browsing, typing a filter, reading an article, the help overlay. */
export type KeyContext = 'browse' | 'filter' | 'reader' | 'help';

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

const everywhere: readonly KeyContext[] = ['browse', 'filter', 'reader', 'help'];

export const keymap: readonly Binding[] = [
	{command: 'down', keys: ['down', 'j'], label: '↓ j', help: 'next row (scroll in the reader)', contexts: ['browse', 'reader'], hint: 'j/k move'},
	{command: 'up', keys: ['up', 'k'], label: '↑ k', help: 'previous row', contexts: ['browse', 'reader']},
	{command: 'down', keys: ['down'], label: '↓', help: 'next match', contexts: ['filter']},
	{command: 'up', keys: ['up'], label: '↑', help: 'previous match', contexts: ['filter']},
	{command: 'nextPane', keys: ['tab', 'right', 'l'], label: 'Tab → l', help: 'next pane', contexts: ['browse'], hint: 'Tab pane'},
	{command: 'previousPane', keys: ['shift-tab', 'left', 'h'], label: 'S-Tab ← h', help: 'previous pane', contexts: ['browse']},
	{command: 'top', keys: ['g', 'home'], label: 'g Home', help: 'first row', contexts: ['browse', 'reader']},
	{command: 'bottom', keys: ['G', 'end'], label: 'G End', help: 'last row', contexts: ['browse', 'reader']},
	{command: 'pageDown', keys: ['pagedown', 'space'], label: 'PgDn Space', help: 'page down', contexts: ['browse', 'reader'], hint: 'PgDn page'},
	{command: 'pageUp', keys: ['pageup'], label: 'PgUp', help: 'page up', contexts: ['browse', 'reader']},
	{command: 'filter', keys: ['/'], label: '/', help: 'filter companies by name, Japanese name, alias or ticker', contexts: ['browse'], hint: '/ filter'},
	{command: 'open', keys: ['enter'], label: 'Enter', help: 'keep the filter', contexts: ['filter'], hint: 'Enter keep'},
	{command: 'back', keys: ['escape'], label: 'Esc', help: 'clear the filter', contexts: ['filter'], hint: 'Esc clear'},
	{command: 'toggleWatch', keys: ['w'], label: 'w', help: 'add or remove the company from the watchlist', contexts: ['browse'], hint: 'w watch'},
	{command: 'open', keys: ['enter'], label: 'Enter', help: 'open: the company, or the article in the reader', contexts: ['browse'], hint: 'Enter open'},
	{command: 'source', keys: ['s'], label: 's', help: 'where the selected line came from (article and quote)', contexts: ['browse', 'reader'], hint: 's source'},
	{command: 'back', keys: ['escape'], label: 'Esc', help: 'back: close the reader, source or help; clear the filter', contexts: ['browse', 'reader', 'help'], hint: 'Esc back'},
	{command: 'help', keys: ['?'], label: '?', help: 'this help', contexts: ['browse', 'reader', 'help'], hint: '? help'},
	{command: 'quit', keys: ['q'], label: 'q', help: 'quit', contexts: ['browse', 'reader', 'help'], hint: 'q quit'},
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

/** The status bar's reminder of the keys of a context, from the same table. */
export function hintsFor(context: KeyContext): string {
	// Help first: on a narrow terminal the rest is cut, and ? leads to all of it.
	const bindings = [...bindingsFor(context)].sort((first, second) => Number(second.command === 'help') - Number(first.command === 'help'));
	return bindings.flatMap(binding => (binding.hint ? [binding.hint] : [])).join('  ');
}

/** The bindings that act in a context, for the help overlay. */
export function bindingsFor(context: KeyContext): readonly Binding[] {
	return keymap.filter(binding => binding.contexts.includes(context));
}
