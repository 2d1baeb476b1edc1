import {figureOrders, type FigureOrder} from '../dataset/selectors/index.js';
import {orderWords} from '../dataset/selectors/figure-words.js';
import type {Bilingual} from '../text/bilingual.js';
import type {Language} from '../text/language.js';
import {messages} from '../text/messages.js';
import type {ReaderText} from './article-text.js';
import type {Command} from './keymap.js';
import {computeLayout, detailPanes, figureDetailRows, innerHeight, paneOrder, paneRect, type DetailPane, type Layout, type PaneId} from './layout.js';

/** A passage of an article: what the reader opens at (an empty quote: the article's top). */
export interface Passage {
	readonly article: string;
	readonly quote: string;
}

/** How the panes whose rows depend on a choice show them: the figures' order, the charts' peer view. */
export interface PaneView {
	readonly figureOrder: FigureOrder;
	readonly peers: boolean;
}

/** What the reducer needs to know of the data: pure and cheap, derived once per dataset. */
export interface Navigation {
	/** Company ids in list order (watchlist first, exact names first) for a filter. */
	readonly companyIds: (filter: string, watchlist: readonly string[]) => readonly string[];
	/** Selectable rows a detail pane has for a company. */
	readonly rowCount: (pane: DetailPane, companyId: string, view: PaneView) => number;
	/** The passages the selected row came from (a figure's or event's sources, a summary's article), the first to open first. */
	readonly passagesAt: (pane: DetailPane, companyId: string, row: number, view: PaneView) => readonly Passage[];
	/** The company's name, for messages. */
	readonly companyName: (companyId: string) => string;
	/** The name of the group of rivals the company's figures compare with (Cloud), if any. */
	readonly peerGroup: (companyId: string) => string | undefined;
	/** Lines the loaded reader text takes at a width. */
	readonly readerLineCount: (text: ReaderText, width: number) => number;
	/** The line of the reader text (at a width) where the sentence quoted starts, if it is found. */
	readonly quoteLine: (text: ReaderText, quote: string, width: number) => number | undefined;
	/** Lines the help or source overlay has in this state: how far they scroll. */
	readonly overlayLineCount: (state: State) => number;
}

interface ReaderPlace {
	readonly article: string;
	/** The sentence to open at; empty for the top. */
	readonly quote: string;
	/** Every passage of the row it was opened from: `n` goes to the next. */
	readonly passages: readonly Passage[];
	readonly index: number;
	readonly scroll: number;
}

export type ReaderState = (ReaderPlace & {readonly status: 'loading'}) | (ReaderPlace & {readonly status: 'ready'; readonly text: ReaderText}) | (ReaderPlace & {readonly status: 'failed'; readonly message: Bilingual});

export type Overlay = 'none' | 'help' | 'source' | 'reader';

export interface State {
	readonly columns: number;
	readonly rows: number;
	readonly focus: PaneId;
	/** The detail pane shown while the list has focus. */
	readonly detail: DetailPane;
	readonly companyId: string | undefined;
	/** The selected row of each detail pane, for the selected company. */
	readonly selected: Readonly<Record<DetailPane, number>>;
	/** First visible row of the company list and of the scrolling panes. */
	readonly scroll: Readonly<Record<PaneId, number>>;
	readonly figureOrder: FigureOrder;
	/** The charts show the company's rivals' figures beside its own. */
	readonly peers: boolean;
	readonly filter: string;
	readonly filtering: boolean;
	readonly watchlist: readonly string[];
	readonly overlay: Overlay;
	/** First visible line of the help or source overlay. */
	readonly overlayScroll: number;
	readonly reader: ReaderState | undefined;
	/** Companies marked read this session: nothing of theirs is new any more. */
	readonly markedRead: readonly string[];
	/** Companies looked into this session (a detail pane opened on them): recorded as seen for the next. */
	readonly visited: readonly string[];
	/** One line for the status bar: what just happened or went wrong. */
	readonly message: string | undefined;
	/** Articles the updates run from this TUI brought, marked new. */
	readonly fresh: ReadonlySet<string>;
	/** For each company marked read, `fresh` as it was then: what later updates bring is new again. */
	readonly freshWhenRead: ReadonlyMap<string, ReadonlySet<string>>;
	readonly quitting: boolean;
	/** The language the TUI speaks; `L` switches it. */
	readonly language: Language;
	/** Quitting by Ctrl-C: the process exits 130, as an interrupted command does. */
	readonly interrupted?: boolean;
}

export type Action =
	| {readonly type: 'command'; readonly command: Command}
	| {readonly type: 'type'; readonly text: string}
	| {readonly type: 'erase'}
	| {readonly type: 'resize'; readonly columns: number; readonly rows: number}
	| {readonly type: 'readerLoaded'; readonly article: string; readonly text: ReaderText}
	| {readonly type: 'readerFailed'; readonly article: string; readonly message: Bilingual}
	| {readonly type: 'message'; readonly text: string | undefined}
	/** A background update ended: how it went, and the articles it brought (already in the data drawn). */
	| {readonly type: 'updated'; readonly text: string; readonly articles: readonly string[]}
	/** A watchlist change that could not be saved is taken back, so the screen never shows what is not stored. */
	| {readonly type: 'restoreWatch'; readonly companyId: string; readonly watched: boolean; readonly message: string};

const noRows: Readonly<Record<DetailPane, number>> = {timeline: 0, figures: 0, charts: 0, summaries: 0};
const noScroll: Readonly<Record<PaneId, number>> = {companies: 0, timeline: 0, figures: 0, charts: 0, summaries: 0};

export interface InitialStateOptions {
	readonly columns: number;
	readonly rows: number;
	readonly watchlist: readonly string[];
	/** The company `brief <company>` asked for. */
	readonly companyId?: string | undefined;
	readonly message?: string | undefined;
	readonly language?: Language | undefined;
}

const nothingFresh: ReadonlySet<string> = new Set();

const freshSince = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, ReadonlySet<string>>>();

/**
 * The articles updates brought that are new for a company: all of them, or those brought after it was
 * marked read. The same set for the same state: views count with it on every key.
 */
export function freshFor(state: State, companyId: string): ReadonlySet<string> {
	const before = state.freshWhenRead.get(companyId);
	if (before === undefined) return state.fresh;
	if (before === state.fresh) return nothingFresh;
	let byBefore = freshSince.get(state.fresh);
	if (!byBefore) {
		byBefore = new WeakMap();
		freshSince.set(state.fresh, byBefore);
	}

	let since = byBefore.get(before);
	if (!since) {
		since = new Set([...state.fresh].filter(article => !before.has(article)));
		byBefore.set(before, since);
	}

	return since;
}

export function initialState(options: InitialStateOptions, navigation: Navigation): State {
	const ids = navigation.companyIds('', options.watchlist);
	const companyId = options.companyId !== undefined && ids.includes(options.companyId) ? options.companyId : ids[0];
	const state: State = {
		columns: options.columns,
		rows: options.rows,
		focus: 'companies',
		detail: 'timeline',
		companyId,
		selected: noRows,
		scroll: noScroll,
		figureOrder: 'kind',
		peers: false,
		filter: '',
		filtering: false,
		watchlist: options.watchlist,
		overlay: 'none',
		overlayScroll: 0,
		reader: undefined,
		markedRead: [],
		visited: [],
		message: options.message,
		fresh: nothingFresh,
		freshWhenRead: new Map(),
		quitting: false,
		language: options.language ?? 'en',
	};
	return revealCompany(state, navigation);
}

export function layoutOf(state: State): Layout {
	return computeLayout({columns: state.columns, rows: state.rows, focus: state.focus, detail: state.detail});
}

function viewOf(state: State): PaneView {
	return {figureOrder: state.figureOrder, peers: state.peers};
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), Math.max(low, high));
}

/** Rows of a pane that are visible at once: what a page is, and what scrolling keeps in view. */
export function visibleRows(state: State, pane: PaneId): number {
	const layout = layoutOf(state);
	// The list spends one row on the filter line; the figures, the table's heading and the lines of the selected figure in full.
	if (pane === 'companies') return Math.max(1, innerHeight(layout.companies ?? layout.overlay) - 1);
	const rect = paneRect(layout, pane) ?? layout.detail ?? layout.overlay;
	return Math.max(1, innerHeight(rect) - (pane === 'figures' ? 1 + figureDetailRows : 0));
}

/** Lines of the help or source overlay visible at once. */
export function overlayRows(state: State): number {
	return Math.max(1, innerHeight(layoutOf(state).overlay));
}

/** The smallest scroll that keeps `row` in a window of `height` rows. */
export function scrollToShow(scroll: number, row: number, height: number, count: number): number {
	let next = scroll;
	if (row < next) next = row;
	if (row >= next + height) next = row - height + 1;
	return clamp(next, 0, count - height);
}

function revealCompany(state: State, navigation: Navigation): State {
	const ids = navigation.companyIds(state.filter, state.watchlist);
	const index = state.companyId === undefined ? -1 : ids.indexOf(state.companyId);
	const row = Math.max(0, index);
	const scroll = scrollToShow(state.scroll.companies, row, visibleRows(state, 'companies'), ids.length);
	return {...state, scroll: {...state.scroll, companies: scroll}};
}

function selectCompany(state: State, companyId: string | undefined, navigation: Navigation): State {
	const changed = companyId !== state.companyId;
	const next: State = changed ? {...state, companyId, selected: noRows, scroll: {...noScroll, companies: state.scroll.companies}, peers: false} : state;
	return revealCompany(next, navigation);
}

type Move = (index: number, count: number, page: number) => number;

function moveCompany(state: State, navigation: Navigation, to: Move): State {
	const ids = navigation.companyIds(state.filter, state.watchlist);
	if (ids.length === 0) return state;
	const index = state.companyId === undefined ? -1 : ids.indexOf(state.companyId);
	const target = clamp(to(index, ids.length, visibleRows(state, 'companies')), 0, ids.length - 1);
	return selectCompany(state, ids[target], navigation);
}

function moveRow(state: State, pane: DetailPane, navigation: Navigation, to: Move): State {
	if (state.companyId === undefined) return state;
	const count = navigation.rowCount(pane, state.companyId, viewOf(state));
	if (count === 0) return state;
	const page = visibleRows(state, pane);
	const row = clamp(to(state.selected[pane], count, page), 0, count - 1);
	return {
		...state,
		selected: {...state.selected, [pane]: row},
		scroll: {...state.scroll, [pane]: scrollToShow(state.scroll[pane], row, page, count)},
	};
}

function scrollReader(state: State, navigation: Navigation, to: Move): State {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const rect = layoutOf(state).overlay;
	const page = Math.max(1, innerHeight(rect) - 1);
	const count = navigation.readerLineCount(reader.text, Math.max(1, (rect?.width ?? 3) - 2));
	const scroll = clamp(to(reader.scroll, count, page), 0, count - page);
	return {...state, reader: {...reader, scroll}};
}

function scrollOverlay(state: State, navigation: Navigation, to: Move): State {
	const page = overlayRows(state);
	const count = navigation.overlayLineCount(state);
	return {...state, overlayScroll: clamp(to(state.overlayScroll, count, page), 0, count - page)};
}

const moves: Partial<Record<Command, Move>> = {
	down: index => index + 1,
	up: index => index - 1,
	top: () => 0,
	bottom: (_index, count) => count - 1,
	pageDown: (index, _count, page) => index + page,
	pageUp: (index, _count, page) => index - page,
};

// Scrolling text moves its first line: the last line a page can start at is count - page.
const scrolls: Partial<Record<Command, Move>> = {...moves, bottom: (_index, count, page) => count - page};

function move(state: State, command: Command, navigation: Navigation): State {
	if (state.overlay === 'reader') return scrollReader(state, navigation, scrolls[command]!);
	if (state.overlay === 'help' || state.overlay === 'source') return scrollOverlay(state, navigation, scrolls[command]!);
	const how = moves[command]!;
	if (state.focus === 'companies') return moveCompany(state, navigation, how);
	return moveRow(state, state.focus, navigation, how);
}

/** Looking into a company (a detail pane opened on it) is a visit: what it shows is not new next time. */
function visit(state: State): State {
	if (state.focus === 'companies' || state.companyId === undefined || state.visited.includes(state.companyId)) return state;
	return {...state, visited: [...state.visited, state.companyId]};
}

function changePane(state: State, step: 1 | -1): State {
	if (state.overlay !== 'none') return state;
	const index = paneOrder.indexOf(state.focus);
	const focus = paneOrder[(index + step + paneOrder.length) % paneOrder.length]!;
	return visit({...state, focus, detail: focus === 'companies' ? state.detail : focus});
}

function toggleWatch(state: State, navigation: Navigation): State {
	const companyId = state.companyId;
	if (companyId === undefined) return state;
	const watched = state.watchlist.includes(companyId);
	const watchlist = watched ? state.watchlist.filter(id => id !== companyId) : [...state.watchlist, companyId];
	// The list re-sorts (watchlist first): the selection follows the company, not the row.
	return revealCompany({...state, watchlist}, navigation);
}

function openPassage(state: State, passages: readonly Passage[], index: number): State {
	const passage = passages[index];
	if (!passage) return state;
	return {...state, overlay: 'reader', reader: {article: passage.article, quote: passage.quote, passages, index, status: 'loading', scroll: 0}};
}

/** Enter: from the list, into the company; from a row, the reader at the row's first passage. */
function open(state: State, navigation: Navigation): State {
	if (state.focus === 'companies') return visit({...state, focus: state.detail, overlay: 'none'});
	if (state.companyId === undefined) return state;
	const passages = navigation.passagesAt(state.focus, state.companyId, state.selected[state.focus], viewOf(state));
	if (passages.length === 0) return {...state, message: messages(state.language).noSourceHere};
	return openPassage(state, passages, 0);
}

function nextSource(state: State): State {
	const reader = state.reader;
	if (state.overlay !== 'reader' || !reader) return state;
	if (reader.passages.length < 2) return {...state, message: messages(state.language).onlySource};
	return openPassage(state, reader.passages, (reader.index + 1) % reader.passages.length);
}

function back(state: State, navigation: Navigation): State {
	// The source view and help opened from the reader go back to it.
	if ((state.overlay === 'source' || state.overlay === 'help') && state.reader !== undefined) return {...state, overlay: 'reader'};
	if (state.overlay !== 'none') return {...state, overlay: 'none', reader: undefined};
	if (state.peers && state.focus === 'charts') return {...state, peers: false, selected: {...state.selected, charts: 0}, scroll: {...state.scroll, charts: 0}};
	if (state.filter !== '') return applyFilter({...state, filter: ''}, navigation, false);
	if (state.focus !== 'companies') return {...state, focus: 'companies'};
	return {...state, message: undefined};
}

/** The list for the filter; typing selects the best match (an exact name first), clearing keeps the company. */
function applyFilter(state: State, navigation: Navigation, typed: boolean): State {
	const ids = navigation.companyIds(state.filter, state.watchlist);
	const keep = !typed && state.companyId !== undefined && ids.includes(state.companyId);
	return selectCompany({...state, scroll: {...state.scroll, companies: 0}}, keep ? state.companyId : ids[0], navigation);
}

function sortFigures(state: State): State {
	const figureOrder = figureOrders[(figureOrders.indexOf(state.figureOrder) + 1) % figureOrders.length]!;
	return {...state, figureOrder, selected: {...state.selected, figures: 0}, scroll: {...state.scroll, figures: 0}, message: messages(state.language).figuresOrdered(orderWords(figureOrder, state.language))};
}

function togglePeers(state: State, navigation: Navigation): State {
	if (state.companyId === undefined) return state;
	if (state.peers) return {...state, peers: false, selected: {...state.selected, charts: 0}, scroll: {...state.scroll, charts: 0}};
	const group = navigation.peerGroup(state.companyId);
	if (group === undefined) return {...state, message: messages(state.language).noRivals(navigation.companyName(state.companyId))};
	return visit({...state, peers: true, focus: 'charts', detail: 'charts', selected: {...state.selected, charts: 0}, scroll: {...state.scroll, charts: 0}});
}

function markRead(state: State, navigation: Navigation): State {
	const companyId = state.companyId;
	if (companyId === undefined) return state;
	const markedRead = state.markedRead.includes(companyId) ? state.markedRead : [...state.markedRead, companyId];
	const freshWhenRead = new Map(state.freshWhenRead).set(companyId, state.fresh);
	return {...state, markedRead, freshWhenRead, message: messages(state.language).markedRead(navigation.companyName(companyId))};
}

function command(state: State, name: Command, navigation: Navigation): State {
	switch (name) {
		case 'quit':
			return {...state, quitting: true};
		case 'language': {
			const language = state.language === 'ja' ? 'en' : 'ja';
			return {...state, language, message: messages(language).languageChanged};
		}
		case 'interrupt':
			return {...state, quitting: true, interrupted: true};
		case 'help':
			if (state.overlay === 'help') return {...state, overlay: state.reader ? 'reader' : 'none'};
			return {...state, overlay: 'help', overlayScroll: 0};
		case 'back':
			if (state.filtering) return applyFilter({...state, filtering: false, filter: ''}, navigation, false);
			return back(state, navigation);
		case 'filter':
			return {...state, filtering: true, focus: 'companies', overlay: 'none', reader: undefined};
		case 'open':
			if (state.filtering) return {...state, filtering: false};
			// From the source view, the reader at what it shows.
			if (state.overlay === 'source' && state.reader === undefined) return open({...state, overlay: 'none'}, navigation);
			if (state.overlay !== 'none') return state;
			return open(state, navigation);
		case 'source':
			if (state.overlay === 'reader' || state.overlay === 'none') return {...state, overlay: 'source', overlayScroll: 0};
			return state;
		case 'nextSource':
			return nextSource(state);
		case 'toggleWatch':
			return toggleWatch(state, navigation);
		case 'update':
			// The update runs in another process (use-briefing-state.ts starts it); its end is another message.
			return {...state, message: messages(state.language).updating};
		case 'markRead':
			return markRead(state, navigation);
		case 'sortFigures':
			return sortFigures(state);
		case 'peers':
			return togglePeers(state, navigation);
		case 'nextPane':
			return changePane(state, 1);
		case 'previousPane':
			return changePane(state, -1);
		default:
			return moves[name] ? move(state, name, navigation) : state;
	}
}

function readerLoaded(state: State, article: string, text: ReaderText, navigation: Navigation): State {
	const reader = state.reader;
	if (reader?.article !== article || reader.status !== 'loading') return state;
	const rect = layoutOf(state).overlay;
	const width = Math.max(1, (rect?.width ?? 3) - 2);
	const line = reader.quote === '' ? undefined : navigation.quoteLine(text, reader.quote, width);
	// The quote a couple of lines down, so the sentence before it is there to read it by.
	const page = Math.max(1, innerHeight(rect) - 1);
	const count = navigation.readerLineCount(text, width);
	const scroll = line === undefined ? 0 : clamp(line - 2, 0, count - page);
	const message = line === undefined && reader.quote !== '' ? messages(state.language).quoteNotFound : state.message;
	return {...state, message, reader: {...reader, status: 'ready', text, scroll}};
}

/** The whole behaviour of the TUI: pure, so several keys in one chunk act in order on the latest state. */
export function reduce(state: State, action: Action, navigation: Navigation): State {
	switch (action.type) {
		case 'command':
			// A message answers the key before; the next key clears it.
			return command(state.message === undefined ? state : {...state, message: undefined}, action.command, navigation);
		case 'type':
			return state.filtering ? applyFilter({...state, filter: state.filter + action.text}, navigation, true) : state;
		case 'erase':
			return state.filtering ? applyFilter({...state, filter: [...state.filter].slice(0, -1).join('')}, navigation, true) : state;
		case 'resize': {
			if (action.columns === state.columns && action.rows === state.rows) return state;
			const resized = {...state, columns: action.columns, rows: action.rows};
			return revealCompany(resized, navigation);
		}

		case 'readerLoaded':
			return readerLoaded(state, action.article, action.text, navigation);
		case 'readerFailed': {
			const reader = state.reader;
			if (reader?.article !== action.article) return state;
			return {...state, reader: {...reader, status: 'failed', message: action.message, scroll: 0}};
		}

		case 'message':
			return {...state, message: action.text};
		case 'updated':
			return {...state, message: action.text, fresh: action.articles.length === 0 ? state.fresh : new Set([...state.fresh, ...action.articles])};
		case 'restoreWatch': {
			const without = state.watchlist.filter(id => id !== action.companyId);
			const watchlist = action.watched ? [...without, action.companyId] : without;
			return revealCompany({...state, watchlist, message: action.message}, navigation);
		}
	}
}

/** The key context the keymap looks bindings up in. */
export function keyContext(state: State): 'browse' | 'filter' | 'reader' | 'help' | 'source' {
	if (state.filtering) return 'filter';
	if (state.overlay === 'help') return 'help';
	if (state.overlay === 'reader') return 'reader';
	if (state.overlay === 'source') return 'source';
	return 'browse';
}

export {detailPanes};
