/** The panes besides the company list, shown one at a time below full size. */
export const detailPanes = ['timeline', 'charts', 'summaries'] as const;
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
 * - full: list, header and all three panes (at least 100×30);
 * - split: list beside the header and one pane (60 columns or more);
 * - single: one screen at a time, the list or header + one pane (40 to 59 columns, or fewer than 30 rows at 40+);
 * - too-small: below 40×12 there is no honest way to show a briefing.
 */
export type LayoutKind = 'full' | 'split' | 'single' | 'too-small';

export interface Layout {
	readonly kind: LayoutKind;
	readonly columns: number;
	readonly rows: number;
	/** Where each pane goes; a pane that is not shown at this size has no rect. */
	readonly companies?: Rect;
	readonly header?: Rect;
	readonly timeline?: Rect;
	readonly charts?: Rect;
	readonly summaries?: Rect;
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
	/** The detail pane last shown, for the split layout while the list has focus. */
	readonly detail: DetailPane;
}

export const breakpoints = {
	fullColumns: 100,
	fullRows: 30,
	splitColumns: 60,
	minimumColumns: 40,
	minimumRows: 12,
} as const;

/** Rows a framed pane spends on its border. */
export const frameRows = 2;
/** Columns a framed pane spends on its border. */
export const frameColumns = 2;
const headerHeight = 5;

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), high);
}

export function listWidth(columns: number): number {
	return columns >= breakpoints.fullColumns ? clamp(Math.round(columns * 0.3), 30, 44) : clamp(Math.floor(columns * 0.4), 26, 34);
}

/** Pure layout arithmetic: every pane's rectangle for a terminal size. */
export function computeLayout(input: LayoutInput): Layout {
	const {columns, rows} = input;
	if (columns < breakpoints.minimumColumns || rows < breakpoints.minimumRows) return {kind: 'too-small', columns, rows};
	const bodyHeight = rows - 1;
	const status: Rect = {left: 0, top: bodyHeight, width: columns, height: 1};

	if (columns >= breakpoints.fullColumns && rows >= breakpoints.fullRows) {
		const listColumns = listWidth(columns);
		const right = columns - listColumns;
		const middleHeight = Math.max(14, Math.round((bodyHeight - headerHeight) * 0.55));
		const timelineWidth = Math.floor(right / 2);
		const middleTop = headerHeight;
		const summariesTop = middleTop + middleHeight;
		return {
			kind: 'full',
			columns,
			rows,
			companies: {left: 0, top: 0, width: listColumns, height: bodyHeight},
			header: {left: listColumns, top: 0, width: right, height: headerHeight},
			timeline: {left: listColumns, top: middleTop, width: timelineWidth, height: middleHeight},
			charts: {left: listColumns + timelineWidth, top: middleTop, width: right - timelineWidth, height: middleHeight},
			summaries: {left: listColumns, top: summariesTop, width: right, height: bodyHeight - summariesTop},
			overlay: {left: listColumns, top: 0, width: right, height: bodyHeight},
			status,
		};
	}

	const detail = input.focus === 'companies' ? input.detail : input.focus;
	if (columns >= breakpoints.splitColumns) {
		const listColumns = listWidth(columns);
		const right = columns - listColumns;
		return {
			kind: 'split',
			columns,
			rows,
			companies: {left: 0, top: 0, width: listColumns, height: bodyHeight},
			header: {left: listColumns, top: 0, width: right, height: headerHeight},
			[detail]: {left: listColumns, top: headerHeight, width: right, height: bodyHeight - headerHeight},
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
		header: {left: 0, top: 0, width: columns, height: headerHeight},
		[detail]: {left: 0, top: headerHeight, width: columns, height: bodyHeight - headerHeight},
		overlay: whole,
		status,
	};
}

/** Rows of content inside a framed rect. */
export function innerHeight(rect: Rect | undefined): number {
	return rect ? Math.max(0, rect.height - frameRows) : 0;
}

export function innerWidth(rect: Rect | undefined): number {
	return rect ? Math.max(0, rect.width - frameColumns) : 0;
}
