import type {ReaderText} from './article-text.js';
import type {Command} from './keymap.js';
import {computeLayout, detailPanes, innerHeight, paneOrder, type DetailPane, type Layout, type PaneId} from './layout.js';

/** What the reducer needs to know of the data: pure and cheap, derived once per dataset. */
export interface Navigation {
	/** Company ids in list order (watchlist first) for a filter. */
	readonly companyIds: (filter: string, watchlist: readonly string[]) => readonly string[];
	/** Selectable rows a detail pane has for a company. */
	readonly rowCount: (pane: DetailPane, companyId: string) => number;
	/** The article of the selected summaries row, for the reader. */
	readonly articleAt: (companyId: string, row: number) => string | undefined;
	/** The company's name, for messages. */
	readonly companyName: (companyId: string) => string;
	/** Lines the loaded reader text takes at a width. */
	readonly readerLineCount: (text: ReaderText, width: number) => number;
}

export type ReaderState =
	| {readonly article: string; readonly status: 'loading'; readonly scroll: 0}
	| {readonly article: string; readonly status: 'ready'; readonly text: ReaderText; readonly scroll: number}
	| {readonly article: string; readonly status: 'failed'; readonly message: string; readonly scroll: 0};

export type Overlay = 'none' | 'help' | 'source' | 'reader';

export interface State {
	readonly columns: number;
	readonly rows: number;
	readonly focus: PaneId;
	/** The detail pane shown beside the list when the layout has room for only one. */
	readonly detail: DetailPane;
	readonly companyId: string | undefined;
	/** The selected row of each detail pane, for the selected company. */
	readonly selected: Readonly<Record<DetailPane, number>>;
	/** First visible row of the company list and of the scrolling panes. */
	readonly scroll: Readonly<Record<PaneId, number>>;
	readonly filter: string;
	readonly filtering: boolean;
	readonly watchlist: readonly string[];
	readonly overlay: Overlay;
	readonly reader: ReaderState | undefined;
	/** One line for the status bar: what just happened or went wrong. */
	readonly message: string | undefined;
	readonly quitting: boolean;
	/** Quitting by Ctrl-C: the process exits 130, as an interrupted command does. */
	readonly interrupted?: boolean;
}

export type Action =
	| {readonly type: 'command'; readonly command: Command}
	| {readonly type: 'type'; readonly text: string}
	| {readonly type: 'erase'}
	| {readonly type: 'resize'; readonly columns: number; readonly rows: number}
	| {readonly type: 'readerLoaded'; readonly article: string; readonly text: ReaderText}
	| {readonly type: 'readerFailed'; readonly article: string; readonly message: string}
	| {readonly type: 'message'; readonly text: string | undefined}
	/** A watchlist change that could not be saved is taken back, so the screen never shows what is not stored. */
	| {readonly type: 'restoreWatch'; readonly companyId: string; readonly watched: boolean; readonly message: string};

const noRows: Readonly<Record<DetailPane, number>> = {timeline: 0, charts: 0, summaries: 0};
const noScroll: Readonly<Record<PaneId, number>> = {companies: 0, timeline: 0, charts: 0, summaries: 0};

export interface InitialStateOptions {
	readonly columns: number;
	readonly rows: number;
	readonly watchlist: readonly string[];
	/** The company `brief <company>` asked for. */
	readonly companyId?: string | undefined;
	readonly message?: string | undefined;
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
		filter: '',
		filtering: false,
		watchlist: options.watchlist,
		overlay: 'none',
		reader: undefined,
		message: options.message,
		quitting: false,
	};
	return revealCompany(state, navigation);
}

export function layoutOf(state: State): Layout {
	return computeLayout({columns: state.columns, rows: state.rows, focus: state.focus, detail: state.detail});
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), Math.max(low, high));
}

/** Rows of a pane that are visible at once: what a page is, and what scrolling keeps in view. */
export function visibleRows(state: State, pane: PaneId): number {
	const layout = layoutOf(state);
	const rect = layout[pane] ?? (pane === 'companies' ? undefined : layout.overlay);
	// The list spends one row on the filter line.
	return Math.max(1, innerHeight(rect) - (pane === 'companies' ? 1 : 0));
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
	const next: State = changed ? {...state, companyId, selected: noRows, scroll: {...noScroll, companies: state.scroll.companies}} : state;
	return revealCompany(next, navigation);
}

function moveCompany(state: State, navigation: Navigation, to: (index: number, count: number, page: number) => number): State {
	const ids = navigation.companyIds(state.filter, state.watchlist);
	if (ids.length === 0) return state;
	const index = state.companyId === undefined ? -1 : ids.indexOf(state.companyId);
	const target = clamp(to(index, ids.length, visibleRows(state, 'companies')), 0, ids.length - 1);
	return selectCompany(state, ids[target], navigation);
}

function moveRow(state: State, pane: DetailPane, navigation: Navigation, to: (index: number, count: number, page: number) => number): State {
	if (state.companyId === undefined) return state;
	const count = navigation.rowCount(pane, state.companyId);
	if (count === 0) return state;
	const page = visibleRows(state, pane);
	const row = clamp(to(state.selected[pane], count, page), 0, count - 1);
	return {
		...state,
		selected: {...state.selected, [pane]: row},
		scroll: {...state.scroll, [pane]: scrollToShow(state.scroll[pane], row, page, count)},
	};
}

function scrollReader(state: State, navigation: Navigation, to: (scroll: number, count: number, page: number) => number): State {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const rect = layoutOf(state).overlay;
	const page = Math.max(1, innerHeight(rect) - 1);
	const count = navigation.readerLineCount(reader.text, Math.max(1, (rect?.width ?? 3) - 2));
	const scroll = clamp(to(reader.scroll, count, page), 0, count - page);
	return {...state, reader: {...reader, scroll}};
}

type Move = (index: number, count: number, page: number) => number;
const moves: Partial<Record<Command, Move>> = {
	down: index => index + 1,
	up: index => index - 1,
	top: () => 0,
	bottom: (_index, count) => count - 1,
	pageDown: (index, _count, page) => index + page,
	pageUp: (index, _count, page) => index - page,
};

function move(state: State, command: Command, navigation: Navigation): State {
	const how = moves[command];
	if (!how) return state;
	if (state.overlay === 'reader') return scrollReader(state, navigation, how);
	if (state.overlay !== 'none') return state;
	if (state.focus === 'companies') return moveCompany(state, navigation, how);
	return moveRow(state, state.focus, navigation, how);
}

function changePane(state: State, step: 1 | -1): State {
	if (state.overlay !== 'none') return state;
	const index = paneOrder.indexOf(state.focus);
	const focus = paneOrder[(index + step + paneOrder.length) % paneOrder.length]!;
	return {...state, focus, detail: focus === 'companies' ? state.detail : focus, message: undefined};
}

function toggleWatch(state: State, navigation: Navigation): State {
	const companyId = state.companyId;
	if (companyId === undefined) return state;
	const watched = state.watchlist.includes(companyId);
	const watchlist = watched ? state.watchlist.filter(id => id !== companyId) : [...state.watchlist, companyId];
	// The list re-sorts (watchlist first): the selection follows the company, not the row.
	return revealCompany({...state, watchlist}, navigation);
}

function open(state: State, navigation: Navigation): State {
	if (state.focus === 'companies') {
		const focus = state.detail;
		return {...state, focus, overlay: 'none'};
	}

	if (state.focus === 'summaries' && state.companyId !== undefined) {
		const article = navigation.articleAt(state.companyId, state.selected.summaries);
		if (article === undefined) return state;
		return {...state, overlay: 'reader', reader: {article, status: 'loading', scroll: 0}};
	}

	return {...state, overlay: 'source'};
}

function back(state: State, navigation: Navigation): State {
	// The source view and help opened from the reader go back to it.
	if ((state.overlay === 'source' || state.overlay === 'help') && state.reader !== undefined) return {...state, overlay: 'reader'};
	if (state.overlay !== 'none') return {...state, overlay: 'none', reader: undefined};
	if (state.filter !== '') return applyFilter({...state, filter: ''}, navigation);
	if (state.focus !== 'companies') return {...state, focus: 'companies'};
	return {...state, message: undefined};
}

function applyFilter(state: State, navigation: Navigation): State {
	const ids = navigation.companyIds(state.filter, state.watchlist);
	const keep = state.companyId !== undefined && ids.includes(state.companyId);
	return selectCompany({...state, scroll: {...state.scroll, companies: 0}}, keep ? state.companyId : ids[0], navigation);
}

function command(state: State, name: Command, navigation: Navigation): State {
	switch (name) {
		case 'quit':
			return {...state, quitting: true};
		case 'interrupt':
			return {...state, quitting: true, interrupted: true};
		case 'help':
			return {...state, overlay: state.overlay === 'help' ? (state.reader ? 'reader' : 'none') : 'help'};
		case 'back':
			if (state.filtering) return applyFilter({...state, filtering: false, filter: ''}, navigation);
			return back(state, navigation);
		case 'filter':
			return {...state, filtering: true, focus: 'companies', overlay: 'none', reader: undefined};
		case 'open':
			if (state.filtering) return {...state, filtering: false};
			if (state.overlay !== 'none') return state;
			return open(state, navigation);
		case 'source':
			if (state.overlay === 'reader' || state.overlay === 'none') return {...state, overlay: 'source'};
			return state;
		case 'toggleWatch':
			return toggleWatch(state, navigation);
		case 'nextPane':
			return changePane(state, 1);
		case 'previousPane':
			return changePane(state, -1);
		default:
			return move(state, name, navigation);
	}
}

/** The whole behaviour of the TUI: pure, so several keys in one chunk act in order on the latest state. */
export function reduce(state: State, action: Action, navigation: Navigation): State {
	switch (action.type) {
		case 'command':
			// A message answers the key before; the next key clears it.
			return command(state.message === undefined ? state : {...state, message: undefined}, action.command, navigation);
		case 'type':
			return state.filtering ? applyFilter({...state, filter: state.filter + action.text}, navigation) : state;
		case 'erase':
			return state.filtering ? applyFilter({...state, filter: [...state.filter].slice(0, -1).join('')}, navigation) : state;
		case 'resize': {
			if (action.columns === state.columns && action.rows === state.rows) return state;
			const resized = {...state, columns: action.columns, rows: action.rows};
			return revealCompany(resized, navigation);
		}

		case 'readerLoaded':
			if (state.reader?.article !== action.article) return state;
			return {...state, reader: {article: action.article, status: 'ready', text: action.text, scroll: 0}};
		case 'readerFailed':
			if (state.reader?.article !== action.article) return state;
			return {...state, reader: {article: action.article, status: 'failed', message: action.message, scroll: 0}};
		case 'message':
			return {...state, message: action.text};
		case 'restoreWatch': {
			const without = state.watchlist.filter(id => id !== action.companyId);
			const watchlist = action.watched ? [...without, action.companyId] : without;
			return revealCompany({...state, watchlist, message: action.message}, navigation);
		}
	}
}

/** The key context the keymap looks bindings up in. */
export function keyContext(state: State): 'browse' | 'filter' | 'reader' | 'help' {
	if (state.filtering) return 'filter';
	if (state.overlay === 'help') return 'help';
	if (state.overlay === 'reader') return 'reader';
	return 'browse';
}

