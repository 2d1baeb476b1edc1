import {Box} from 'ink';
import {itemsBroughtBy, newByEither, newItems, peerGroupOf, type CompanyBriefing, type SeenSets} from '../dataset/selectors/index.js';
import type {BriefingSource} from './briefing-source.js';
import type {Tab} from './frame.js';
import {hintsFor} from './keymap.js';
import {detailPanes, type DetailPane, type Layout, type Rect} from './layout.js';
import {paneRowsFor} from './pane-rows.js';
import {ChartsPane} from './panes/charts.js';
import {CompaniesPane} from './panes/companies.js';
import {FiguresPane} from './panes/figures.js';
import {HeaderPane} from './panes/header.js';
import {HelpPane} from './panes/help.js';
import {ReaderPane} from './panes/reader.js';
import {SourcePane} from './panes/source.js';
import {StatusBar} from './panes/status.js';
import {SummariesPane} from './panes/summaries.js';
import {TimelinePane} from './panes/timeline.js';
import {TooSmall} from './panes/too-small.js';
import {provenanceOf, type PaneRows} from './provenance.js';
import {freshFor, keyContext, layoutOf, type State} from './state.js';
import {glyphs} from './theme.js';
import type {Language} from '../text/language.js';
import {messages, type Messages} from '../text/messages.js';

/**
 * How long a frame may spend preparing the company it shows: with ~5 ms of drawing, a key's frame stays
 * within 16 ms. A company that needs longer is drawn as loading and finished in idle time.
 */
export const preparationBudget = 8;

const tabNames: Readonly<Record<DetailPane, (words: Messages) => {readonly label: string; readonly short: string}>> = {
	timeline: words => ({label: words.timeline, short: words.timelineShort}),
	figures: words => ({label: words.figures, short: words.figuresShort}),
	charts: words => ({label: words.charts, short: words.chartsShort}),
	summaries: words => ({label: words.summaries, short: words.summariesShort}),
};

/** The tabs of the tabbed pane: every detail pane, or in the wide layout all but the one beside it. */
function tabsFor(layout: Layout, language: Language): Tab[] {
	const panes = layout.sidePane ? detailPanes.filter(pane => pane !== layout.sidePane) : detailPanes;
	return panes.map(pane => ({...tabNames[pane](messages(language)), active: pane === layout.detailPane}));
}

const nothing: ReadonlySet<string> = new Set();
const noRows: PaneRows = {figures: [], charts: []};

/**
 * What of the company is new: what was not seen (nothing when there is no record of reading yet, or
 * when the company was marked read), and what an update run from this screen brought.
 */
function freshOf(briefing: CompanyBriefing | undefined, seen: SeenSets | null, state: State) {
	if (!briefing) return undefined;
	const unseen = seen && !state.markedRead.includes(briefing.header.id) ? newItems(briefing, seen) : undefined;
	const brought = freshFor(state, briefing.header.id);
	return newByEither(unseen, brought.size > 0 ? itemsBroughtBy(briefing, brought) : undefined);
}

function Column({rect, children}: {readonly rect: Rect | undefined; readonly children: React.ReactNode}) {
	return rect ? (
		<Box flexDirection="column" width={rect.width} height={rect.height} flexShrink={0}>
			{children}
		</Box>
	) : null;
}

interface DetailProps {
	readonly pane: DetailPane;
	readonly rect: Rect;
	readonly tabs: readonly Tab[] | undefined;
	readonly state: State;
	readonly briefing: CompanyBriefing | undefined;
	readonly rows: PaneRows;
	readonly fresh: ReturnType<typeof freshOf>;
	readonly peerTitle: string;
}

function DetailPaneView({pane, rect, tabs, state, briefing, rows, fresh, peerTitle}: DetailProps) {
	const common = {focused: state.focus === pane, tabs, width: rect.width, height: rect.height, language: state.language};
	switch (pane) {
		case 'timeline':
			return <TimelinePane {...common} events={briefing?.timeline ?? []} fresh={fresh?.events ?? nothing} selected={state.selected.timeline} scroll={state.scroll.timeline} />;
		case 'figures':
			return <FiguresPane {...common} figures={rows.figures} companyId={briefing?.header.id ?? ''} order={state.figureOrder} fresh={fresh?.figures ?? nothing} selected={state.selected.figures} scroll={state.scroll.figures} />;
		case 'charts':
			return <ChartsPane {...common} items={rows.charts} title={state.peers ? peerTitle : messages(state.language).charts} selected={state.selected.charts} />;
		case 'summaries':
			return <SummariesPane {...common} articles={briefing?.articles ?? []} fresh={fresh?.articles ?? nothing} selected={state.selected.summaries} />;
	}
}

/** Places the panes where the layout puts them; overlays cover the detail area (or everything, one screen at a time). */
export function Screen({state, source, seen}: {readonly state: State; readonly source: BriefingSource; readonly seen: SeenSets | null}) {
	const layout = layoutOf(state);
	if (layout.kind === 'too-small') return <TooSmall columns={state.columns} rows={state.rows} language={state.language} />;
	const words = messages(state.language);
	const companyRows = source.companyRows(state.filter, state.watchlist);
	const briefing = state.companyId === undefined ? undefined : source.briefingWithin(state.companyId, preparationBudget);
	const loading = briefing === undefined && state.companyId !== undefined ? (companyRows.find(row => row.id === state.companyId)?.name ?? state.companyId) : undefined;
	const watched = state.companyId !== undefined && state.watchlist.includes(state.companyId);
	const rows = briefing ? paneRowsFor(source, briefing, state) : noRows;
	const fresh = freshOf(briefing, seen, state);
	const group = briefing && peerGroupOf(briefing.header);
	const peerTitle = group ? `${words.charts} ${glyphs.separator} ${words.peers(group.name)}` : words.charts;
	const overlay = layout.overlay;

	const detail = (
		<>
			{layout.header && (
				<HeaderPane header={briefing?.header} keyFigures={briefing?.keyFigures} loading={loading} watched={watched} newCount={fresh?.count ?? 0} width={layout.header.width} height={layout.header.height} language={state.language} />
			)}
			<Box flexDirection="row">
				{layout.detail && layout.detailPane && <DetailPaneView pane={layout.detailPane} rect={layout.detail} tabs={tabsFor(layout, state.language)} state={state} briefing={briefing} rows={rows} fresh={fresh} peerTitle={peerTitle} />}
				{layout.side && layout.sidePane && <DetailPaneView pane={layout.sidePane} rect={layout.side} tabs={undefined} state={state} briefing={briefing} rows={rows} fresh={fresh} peerTitle={peerTitle} />}
			</Box>
		</>
	);
	const covering =
		overlay && state.overlay === 'help' ? (
			<HelpPane context={state.reader ? 'reader' : 'browse'} scroll={state.overlayScroll} width={overlay.width} height={overlay.height} language={state.language} />
		) : overlay && state.overlay === 'source' ? (
			<SourcePane provenance={provenanceOf(state, briefing, rows)} scroll={state.overlayScroll} width={overlay.width} height={overlay.height} language={state.language} />
		) : overlay && state.overlay === 'reader' && state.reader ? (
			<ReaderPane reader={state.reader} companyName={briefing?.header.name ?? ''} width={overlay.width} height={overlay.height} language={state.language} />
		) : undefined;

	// New items are counted for the companies on screen whose briefings are ready; the others when they are.
	const freshCounts = new Map<string, number>();
	if (layout.companies && (seen || state.fresh.size > 0)) {
		const visible = companyRows.slice(state.scroll.companies, state.scroll.companies + layout.companies.height);
		for (const row of visible) {
			const prepared = source.hasBriefing(row.id) ? source.briefing(row.id) : undefined;
			const count = freshOf(prepared, seen, state)?.count;
			if (count !== undefined) freshCounts.set(row.id, count);
		}
	}

	const list = layout.companies && (
		<CompaniesPane
			rows={companyRows}
			selectedId={state.companyId}
			scroll={state.scroll.companies}
			filter={state.filter}
			filtering={state.filtering}
			focused={state.focus === 'companies'}
			fresh={freshCounts}
			width={layout.companies.width}
			height={layout.companies.height}
			language={state.language}
		/>
	);
	// In the one-screen layout the overlay covers the list too.
	const coversList = covering !== undefined && overlay?.left === 0;
	const detailArea: Rect | undefined = layout.header && {...layout.header, height: state.rows - 1};
	return (
		<Box flexDirection="column" width={state.columns} height={state.rows}>
			<Box flexDirection="row" height={state.rows - 1}>
				{!coversList && list}
				{covering ? <Column rect={overlay}>{covering}</Column> : <Column rect={detailArea}>{detail}</Column>}
			</Box>
			<StatusBar message={state.message} hints={hintsFor(keyContext(state), state.columns, state.language)} width={state.columns} />
		</Box>
	);
}
