import type {Key} from 'ink';
import {glyphs} from '../text/glyphs.js';
import type {Language} from '../text/language.js';
import {displayWidth} from '../text/width.js';

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
	| 'language'
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
	/** What the key does, in each language. */
	readonly help: Bilingual;
	readonly contexts: readonly KeyContext[];
	/** A few words for the status bar, for the bindings worth a reminder. */
	readonly hint?: Bilingual;
}

/** A text in both languages: the type checker holds every binding to both. */
export type Bilingual = Readonly<Record<Language, string>>;

const everywhere: readonly KeyContext[] = ['browse', 'filter', 'reader', 'help', 'source'];
/** Where j/k, PgDn/PgUp and g/G move a row or scroll text. */
const moving: readonly KeyContext[] = ['browse', 'reader', 'help', 'source'];

export const keymap: readonly Binding[] = [
	{command: 'down', keys: ['down', 'j'], label: '↓ j', help: {en: 'next row; in the reader, help and source view, scroll', ja: '次の行。記事・ヘルプ・出典ではスクロール'}, contexts: moving, hint: {en: 'j/k move', ja: 'j/k 移動'}},
	{command: 'up', keys: ['up', 'k'], label: '↑ k', help: {en: 'previous row; scroll back', ja: '前の行。上へスクロール'}, contexts: moving},
	{command: 'down', keys: ['down'], label: '↓', help: {en: 'next match', ja: '次の候補'}, contexts: ['filter']},
	{command: 'up', keys: ['up'], label: '↑', help: {en: 'previous match', ja: '前の候補'}, contexts: ['filter']},
	{
		command: 'nextPane',
		keys: ['tab', 'right', 'l'],
		label: 'Tab → l',
		help: {en: 'next pane: list, Timeline, Figures, Charts, Summaries', ja: '次の枠: 一覧、時系列、数値、チャート、要約'},
		contexts: ['browse'],
		hint: {en: 'Tab pane', ja: 'Tab 枠'},
	},
	{command: 'previousPane', keys: ['shift-tab', 'left', 'h'], label: 'S-Tab ← h', help: {en: 'previous pane', ja: '前の枠'}, contexts: ['browse']},
	{command: 'top', keys: ['g', 'home'], label: 'g Home', help: {en: 'first row; the top', ja: '最初の行、先頭'}, contexts: moving},
	{command: 'bottom', keys: ['G', 'end'], label: 'G End', help: {en: 'last row; the end', ja: '最後の行、末尾'}, contexts: moving},
	{command: 'pageDown', keys: ['pagedown', 'space'], label: 'PgDn Space', help: {en: 'page down', ja: '次のページ'}, contexts: moving, hint: {en: 'PgDn page', ja: 'PgDn ページ'}},
	{command: 'pageUp', keys: ['pageup'], label: 'PgUp', help: {en: 'page up', ja: '前のページ'}, contexts: moving},
	{
		command: 'filter',
		keys: ['/'],
		label: '/',
		help: {en: 'filter companies by name, Japanese name, alias or ticker (exact names first)', ja: '企業を名前・日本語名・別名・ティッカーで絞り込む (完全一致が先)'},
		contexts: ['browse'],
		hint: {en: '/ filter', ja: '/ 絞り込み'},
	},
	{command: 'open', keys: ['enter'], label: 'Enter', help: {en: 'keep the filter', ja: '絞り込みを確定'}, contexts: ['filter'], hint: {en: 'Enter keep', ja: 'Enter 確定'}},
	{command: 'back', keys: ['escape'], label: 'Esc', help: {en: 'clear the filter', ja: '絞り込みを解除'}, contexts: ['filter'], hint: {en: 'Esc clear', ja: 'Esc 解除'}},
	{
		command: 'open',
		keys: ['enter'],
		label: 'Enter',
		help: {en: 'open: the company; a row in the reader, at the sentence it came from', ja: '開く: 企業を。行は記事の該当する文の位置で'},
		contexts: ['browse', 'source'],
		hint: {en: 'Enter read', ja: 'Enter 読む'},
	},
	{command: 'source', keys: ['s'], label: 's', help: {en: 'where the selected row came from (articles and quotes)', ja: '選んだ行の出典 (記事と引用)'}, contexts: ['browse', 'reader'], hint: {en: 's source', ja: 's 出典'}},
	{command: 'nextSource', keys: ['n'], label: 'n', help: {en: 'the next article that reports it', ja: '同じことを報じた次の記事'}, contexts: ['reader'], hint: {en: 'n next source', ja: 'n 次の出典'}},
	{
		command: 'sortFigures',
		keys: ['o'],
		label: 'o',
		help: {en: 'order the figures: by kind, by period (newest first), by value (largest first)', ja: '数値の並び: 種類順、期間順 (新しい順)、値順 (大きい順)'},
		contexts: ['browse'],
		hint: {en: 'o order', ja: 'o 並び'},
	},
	{
		command: 'peers',
		keys: ['p'],
		label: 'p',
		help: {en: 'charts: the company beside its rivals (AWS, Azure, Google Cloud share and growth)', ja: 'チャート: 競合と並べる (AWS・Azure・Google Cloud のシェアと増収率)'},
		contexts: ['browse'],
		hint: {en: 'p peers', ja: 'p 競合'},
	},
	{command: 'toggleWatch', keys: ['w'], label: 'w', help: {en: 'add or remove the company from the watchlist', ja: '企業をウォッチリストに追加・削除'}, contexts: ['browse'], hint: {en: 'w watch', ja: 'w ウォッチ'}},
	{
		command: 'markRead',
		keys: ['m'],
		label: 'm',
		help: {en: `mark the company read: nothing of it is new (${glyphs.fresh}) any more, here and in brief digest`, ja: `企業を既読に: ここでも brief digest でも新着 (${glyphs.fresh}) でなくなる`},
		contexts: ['browse'],
		hint: {en: 'm read', ja: 'm 既読'},
	},
	{
		command: 'update',
		keys: ['u'],
		label: 'u',
		help: {
			en: `update the library in the background (brief update): when it ends, what it brought is marked ${glyphs.fresh} in the company list and the panes`,
			ja: `ライブラリを裏で更新 (brief update): 終わると新しい記事と数値に企業一覧と各欄で ${glyphs.fresh} がつく`,
		},
		contexts: ['browse'],
	},
	{command: 'language', keys: ['L'], label: 'L', help: {en: 'switch the language: English, Japanese', ja: '表示言語の切り替え: 日本語、英語'}, contexts: ['browse', 'reader', 'help', 'source'], hint: {en: 'L 日本語', ja: 'L English'}},
	{
		command: 'back',
		keys: ['escape'],
		label: 'Esc',
		help: {en: 'back: close the reader, source or help; leave the peer view; clear the filter', ja: '戻る: 記事・出典・ヘルプを閉じる、競合表示をやめる、絞り込みを解除'},
		contexts: ['browse', 'reader', 'help', 'source'],
		hint: {en: 'Esc back', ja: 'Esc 戻る'},
	},
	{command: 'help', keys: ['?'], label: '?', help: {en: 'this help', ja: 'このヘルプ'}, contexts: ['browse', 'reader', 'help', 'source'], hint: {en: '? help', ja: '? ヘルプ'}},
	{command: 'quit', keys: ['q'], label: 'q', help: {en: 'quit', ja: '終了'}, contexts: ['browse', 'reader', 'help', 'source'], hint: {en: 'q quit', ja: 'q 終了'}},
	{command: 'interrupt', keys: ['ctrl+c'], label: 'Ctrl-C', help: {en: 'quit, always (exit code 130)', ja: '終了 (いつでも。終了コード 130)'}, contexts: everywhere},
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
export function hintsFor(context: KeyContext, width = Number.POSITIVE_INFINITY, language: Language = 'en'): string {
	// Help first, quit last: on a narrow terminal the others give way, and ? leads to all of them.
	const rank = (binding: Binding) => (binding.command === 'help' ? 0 : binding.command === 'quit' ? 1 : 2);
	const hints = [...bindingsFor(context)].sort((first, second) => rank(first) - rank(second)).flatMap(binding => (binding.hint ? [binding.hint[language]] : []));
	const kept: string[] = [];
	let used = 0;
	for (const hint of hints) {
		const size = displayWidth(hint) + (kept.length > 0 ? 2 : 0);
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
