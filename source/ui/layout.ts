/** The panes besides the company list: tabs of one detail pane (two side by side when wide). */
export const detailPanes = ['timeline', 'figures', 'charts', 'summaries'] as const;
export type DetailPane = (typeof detailPanes)[number];
export type PaneId = 'companies' | DetailPane;
/** Tab order. */
export const paneOrder: readonly PaneId[] = ['companies', ...detailPanes];

/** A rectangle in terminal cells; `left`/`top` are relative to the screen. */
export interface Rect {
	readonly left: number;
	readonly top: number;
	readonly width: number;
	readonly height: number;
}

/**
 * - wide: the list, the header, and two detail panes side by side: the tab shown, and the charts
 *   (160 columns or more, 30 rows or more);
 * - tabbed: the list beside the header and one tabbed detail pane (60 columns or more; 80×24 is this);
 * - single: one screen at a time, the list or the header and one tabbed pane (40 to 59 columns);
 * - too-small: below 40×12 there is no honest way to show a briefing.
 */
export type LayoutKind = 'wide' | 'tabbed' | 'single' | 'too-small';

export interface Layout {
	readonly kind: LayoutKind;
	readonly columns: number;
	readonly rows: number;
	/** Where each part goes; a part that is not shown at this size has no rect. */
	readonly companies?: Rect;
	readonly header?: Rect;
	/** The tabbed detail pane, and which pane it shows. */
	readonly detail?: Rect;
	readonly detailPane?: DetailPane;
	/** The second detail pane of the wide layout (the charts), and which pane it shows. */
	readonly side?: Rect;
	readonly sidePane?: DetailPane;
	/** Where the reader, source view and help overlay go: the detail area, or the whole body. */
	readonly overlay?: Rect;
	/** The one-line key hints and messages at the bottom. */
	readonly status?: Rect;
}

export interface LayoutInput {
	readonly columns: number;
	readonly rows: number;
	/** The pane that has focus, which decides what the smaller layouts show. */
	readonly focus: PaneId;
	/** The detail pane last shown, while the list has focus. */
	readonly detail: DetailPane;
}

export const breakpoints = {
	wideColumns: 160,
	wideRows: 30,
	tabbedColumns: 60,
	minimumColumns: 40,
	minimumRows: 12,
} as const;

/** Rows a framed pane spends on its border. */
export const frameRows = 2;

/** Lines the figures pane keeps under its table for the selected figure in full (cells are cut where it is narrow). */
export const figureDetailRows = 2;

/** The pane the wide layout puts beside the tabbed one: charts want the room. */
export const widePane: DetailPane = 'charts';

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), high);
}

export function listWidth(columns: number): number {
	return columns >= 100 ? clamp(Math.round(columns * 0.28), 30, 44) : clamp(Math.floor(columns * 0.35), 26, 34);
}

/** The header's height: its key figures get more lines as the terminal gets taller (each line one figure). */
export function headerHeight(rows: number): number {
	if (rows < 20) return 4;
	if (rows < 30) return 6;
	if (rows < 45) return 8;
	return 10;
}

/** Pure layout arithmetic: every part's rectangle for a terminal size. */
export function computeLayout(input: LayoutInput): Layout {
	const {columns, rows} = input;
	if (columns < breakpoints.minimumColumns || rows < breakpoints.minimumRows) return {kind: 'too-small', columns, rows};
	const bodyHeight = rows - 1;
	const status: Rect = {left: 0, top: bodyHeight, width: columns, height: 1};
	const shownPane = input.focus === 'companies' ? input.detail : input.focus;
	const header = headerHeight(rows);

	if (columns >= breakpoints.wideColumns && rows >= breakpoints.wideRows) {
		const listColumns = listWidth(columns);
		const right = columns - listColumns;
		const sideWidth = Math.floor(right / 2);
		// The side shows the charts; the tabbed pane, the pane chosen, or the figures while the charts have focus.
		const detailPane = shownPane === widePane ? 'figures' : shownPane;
		return {
			kind: 'wide',
			columns,
			rows,
			companies: {left: 0, top: 0, width: listColumns, height: bodyHeight},
			header: {left: listColumns, top: 0, width: right, height: header},
			detail: {left: listColumns, top: header, width: right - sideWidth, height: bodyHeight - header},
			detailPane,
			side: {left: listColumns + right - sideWidth, top: header, width: sideWidth, height: bodyHeight - header},
			sidePane: widePane,
			overlay: {left: listColumns, top: 0, width: right, height: bodyHeight},
			status,
		};
	}

	if (columns >= breakpoints.tabbedColumns) {
		const listColumns = listWidth(columns);
		const right = columns - listColumns;
		return {
			kind: 'tabbed',
			columns,
			rows,
			companies: {left: 0, top: 0, width: listColumns, height: bodyHeight},
			header: {left: listColumns, top: 0, width: right, height: header},
			detail: {left: listColumns, top: header, width: right, height: bodyHeight - header},
			detailPane: shownPane,
			overlay: {left: listColumns, top: 0, width: right, height: bodyHeight},
			status,
		};
	}

	const whole: Rect = {left: 0, top: 0, width: columns, height: bodyHeight};
	if (input.focus === 'companies') return {kind: 'single', columns, rows, companies: whole, overlay: whole, status};
	return {
		kind: 'single',
		columns,
		rows,
		header: {left: 0, top: 0, width: columns, height: header},
		detail: {left: 0, top: header, width: columns, height: bodyHeight - header},
		detailPane: shownPane,
		overlay: whole,
		status,
	};
}

/** The rect a detail pane is drawn in at this layout, if it is shown. */
export function paneRect(layout: Layout, pane: DetailPane): Rect | undefined {
	if (layout.detailPane === pane) return layout.detail;
	if (layout.sidePane === pane) return layout.side;
	return undefined;
}

/** Rows of content inside a framed rect. */
export function innerHeight(rect: Rect | undefined): number {
	return rect ? Math.max(0, rect.height - frameRows) : 0;
}
