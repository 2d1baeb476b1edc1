import {isTrendKind, peerCompanyIds, peerGroupOf, selectPeerCharts, sortFigures, type CompanyBriefing} from '../dataset/selectors/index.js';
import type {BriefingStore} from '../dataset/store.js';
import type {ChartItem} from './panes/charts.js';
import type {PaneRows} from './provenance.js';
import type {PaneView} from './state.js';

const seriesItems = new WeakMap<CompanyBriefing, readonly ChartItem[]>();
const peerItems = new WeakMap<CompanyBriefing, {readonly others: ReadonlyArray<CompanyBriefing | undefined>; readonly items: readonly ChartItem[]}>();

/** The company's series as chart rows, in kind order (the same array for the same briefing: panes are memoised). */
function ownCharts(briefing: CompanyBriefing): readonly ChartItem[] {
	let items = seriesItems.get(briefing);
	if (!items) {
		// Deals are figures of their own, listed in Figures: a company's deals over time are no line to draw.
		items = briefing.periodSeries.filter(series => isTrendKind(series.series.kind)).map(series => ({type: 'series', series}));
		seriesItems.set(briefing, items);
	}

	return items;
}

/** What the rows need of a BriefingSource (briefing-source.ts, which imports this file): the companies and their briefings. */
export interface PeerBriefings {
	readonly store: Pick<BriefingStore, 'directory'>;
	readonly briefing: (companyId: string) => CompanyBriefing | undefined;
}

/** Share and growth of the company's peer group, each a chart row; the rivals' briefings are read when asked for. */
function peerCharts(source: PeerBriefings, briefing: CompanyBriefing): readonly ChartItem[] {
	const group = peerGroupOf(briefing.header);
	if (!group) return [];
	const others = peerCompanyIds(source.store.directory.companies, group).map(id => (id === briefing.header.id ? briefing : source.briefing(id)));
	const cached = peerItems.get(briefing);
	if (cached && cached.others.length === others.length && cached.others.every((other, index) => other === others[index])) return cached.items;
	const items: ChartItem[] = selectPeerCharts(
		group,
		others.filter(other => other !== undefined),
	).map(chart => ({type: 'peers', chart}));
	peerItems.set(briefing, {others, items});
	return items;
}

/** What the figures and charts panes list for a company in this view: where the reducer's rows point. */
export function paneRowsFor(source: PeerBriefings, briefing: CompanyBriefing, view: PaneView): PaneRows {
	return {figures: sortFigures(briefing.figures, view.figureOrder), charts: view.peers ? peerCharts(source, briefing) : ownCharts(briefing)};
}
