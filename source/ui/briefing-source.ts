import type {ReaderText} from '../dataset/article-text.js';
import {filterCompanyRows, selectCompanyBriefing, type CompanyBriefing, type CompanyRow} from '../dataset/selectors/index.js';
import type {BriefingStore} from '../dataset/store.js';
import {readerLines} from './reader-lines.js';
import type {Navigation} from './state.js';

/** What the TUI reads of the data: the shared selectors, memoised for key presses. */
export interface BriefingSource {
	/** The data, read one company at a time when it has an index. */
	readonly store: BriefingStore;
	/** The company list: watchlist first, then by article count; filtered by any name or ticker. */
	readonly companyRows: (filter: string, watchlist: readonly string[]) => readonly CompanyRow[];
	readonly briefing: (companyId: string) => CompanyBriefing | undefined;
}

export function briefingSource(store: BriefingStore): BriefingSource {
	let rowsFor: {watchlist: readonly string[]; rows: readonly CompanyRow[]} | undefined;
	let filtered: {watchlist: readonly string[]; filter: string; rows: readonly CompanyRow[]} | undefined;
	const briefings = new Map<string, CompanyBriefing | undefined>();
	return {
		store,
		companyRows(filter, watchlist) {
			if (filtered?.watchlist === watchlist && filtered.filter === filter) return filtered.rows;
			if (rowsFor?.watchlist !== watchlist) rowsFor = {watchlist, rows: store.rows(watchlist)};
			filtered = {watchlist, filter, rows: filterCompanyRows(rowsFor.rows, filter)};
			return filtered.rows;
		},
		briefing(companyId) {
			// Briefings do not depend on the watchlist here: the TUI marks watched companies from its own state.
			if (!briefings.has(companyId)) briefings.set(companyId, selectCompanyBriefing(store.datasetFor([companyId]), companyId));
			return briefings.get(companyId);
		},
	};
}

/** Everything the reducer needs to know of the data, from the same selectors. */
export function navigationFor(source: BriefingSource): Navigation {
	return {
		companyIds: (filter, watchlist) => source.companyRows(filter, watchlist).map(row => row.id),
		rowCount(pane, companyId) {
			const briefing = source.briefing(companyId);
			if (!briefing) return 0;
			if (pane === 'timeline') return briefing.timeline.length;
			if (pane === 'summaries') return briefing.articles.length;
			return briefing.series.reduce((sum, series) => sum + series.points.length, 0);
		},
		companyName: companyId => source.briefing(companyId)?.header.name ?? companyId,
		articleAt: (companyId, row) => source.briefing(companyId)?.articles[row]?.articleId,
		readerLineCount: (text: ReaderText, width: number) => readerLines(text, width).length,
	};
}
