import {Box} from 'ink';
import type {BriefingSource} from './briefing-source.js';
import {hintsFor} from './keymap.js';
import type {Rect} from './layout.js';
import {CompaniesPane} from './panes/companies.js';
import {ChartsPane} from './panes/charts.js';
import {HeaderPane} from './panes/header.js';
import {HelpPane} from './panes/help.js';
import {ReaderPane} from './panes/reader.js';
import {SourcePane} from './panes/source.js';
import {StatusBar} from './panes/status.js';
import {SummariesPane} from './panes/summaries.js';
import {TimelinePane} from './panes/timeline.js';
import {TooSmall} from './panes/too-small.js';
import {provenanceOf} from './provenance.js';
import {chartedSeries, type Series} from '../dataset/selectors/index.js';
import {keyContext, layoutOf, type State} from './state.js';

/**
 * How long a frame may spend preparing the company it shows: with ~5 ms of drawing, a key's frame stays
 * within 16 ms. A company that needs longer is drawn as loading and finished in idle time.
 */
export const preparationBudget = 8;

const noSeries: readonly Series[] = [];

function Column({rect, children}: {readonly rect: Rect | undefined; readonly children: React.ReactNode}) {
	return rect ? (
		<Box flexDirection="column" width={rect.width} height={rect.height} flexShrink={0}>
			{children}
		</Box>
	) : null;
}

/** Places the panes where the layout puts them; overlays cover the detail area (or everything, one screen at a time). */
export function Screen({state, source}: {readonly state: State; readonly source: BriefingSource}) {
	const layout = layoutOf(state);
	if (layout.kind === 'too-small') return <TooSmall columns={state.columns} rows={state.rows} />;
	const rows = source.companyRows(state.filter, state.watchlist);
	const briefing = state.companyId === undefined ? undefined : source.briefingWithin(state.companyId, preparationBudget);
	const loading = briefing === undefined && state.companyId !== undefined ? (rows.find(row => row.id === state.companyId)?.name ?? state.companyId) : undefined;
	const watched = state.companyId !== undefined && state.watchlist.includes(state.companyId);
	const charted = briefing ? chartedSeries(briefing) : noSeries;
	const overlay = layout.overlay;
	const detail = (
		<>
			{layout.header && <HeaderPane header={briefing?.header} loading={loading} watched={watched} width={layout.header.width} height={layout.header.height} />}
			<Box flexDirection="row">
				{layout.timeline && (
					<TimelinePane events={briefing?.timeline ?? []} selected={state.selected.timeline} scroll={state.scroll.timeline} focused={state.focus === 'timeline'} width={layout.timeline.width} height={layout.timeline.height} />
				)}
				{layout.charts && <ChartsPane series={charted} selected={state.selected.charts} focused={state.focus === 'charts'} width={layout.charts.width} height={layout.charts.height} />}
			</Box>
			{layout.summaries && <SummariesPane articles={briefing?.articles ?? []} fresh={state.fresh} selected={state.selected.summaries} focused={state.focus === 'summaries'} width={layout.summaries.width} height={layout.summaries.height} />}
		</>
	);
	const covering =
		overlay && state.overlay === 'help' ? (
			<HelpPane context={state.reader ? 'reader' : 'browse'} width={overlay.width} height={overlay.height} />
		) : overlay && state.overlay === 'source' ? (
			<SourcePane provenance={provenanceOf(state, briefing)} width={overlay.width} height={overlay.height} />
		) : overlay && state.overlay === 'reader' && state.reader ? (
			<ReaderPane reader={state.reader} companyName={briefing?.header.name ?? ''} width={overlay.width} height={overlay.height} />
		) : undefined;
	const list = layout.companies && (
		<CompaniesPane rows={rows} selectedId={state.companyId} scroll={state.scroll.companies} filter={state.filter} filtering={state.filtering} focused={state.focus === 'companies'} width={layout.companies.width} height={layout.companies.height} />
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
			<StatusBar message={state.message} hints={hintsFor(keyContext(state))} width={state.columns} />
		</Box>
	);
}
