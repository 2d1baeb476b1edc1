import type {ReaderText} from './article-text.js';
import {briefingInParts, filterCompanyRows, peerGroupOf, selectCompanyBriefing, type CompanyBriefing, type CompanyRow} from '../dataset/selectors/index.js';
import type {BriefingStore} from '../dataset/store.js';
import {paneRowsFor} from './pane-rows.js';
import {helpContentLines} from './panes/help.js';
import {sourceContentLines} from './panes/source.js';
import {passagesOf, provenanceOf} from './provenance.js';
import {quoteLine, readerLines} from './reader-lines.js';
import {layoutOf, type Navigation, type PaneView} from './state.js';

/** What the TUI reads of the data: the shared selectors, memoised for key presses. */
export interface BriefingSource {
	/** The data, read one company at a time when it has an index. */
	readonly store: BriefingStore;
	/** The company list: watchlist first, then by article count; filtered by any name or ticker. */
	readonly companyRows: (filter: string, watchlist: readonly string[]) => readonly CompanyRow[];
	readonly briefing: (companyId: string) => CompanyBriefing | undefined;
	/**
	 * Prepares these companies' briefings while the TUI waits for keys, in short steps, so that moving
	 * to one of them draws at once; a new call replaces the companies still to do.
	 */
	readonly prefetch: (companyIds: readonly string[]) => void;
	/** Whether the briefing is ready without reading or selecting anything. */
	readonly hasBriefing: (companyId: string) => boolean;
	/**
	 * The briefing if it is ready or can be finished within `milliseconds`; otherwise undefined, and
	 * it goes on being prepared in idle time, before anything else (`onPrepared` says when).
	 * A company whose data cannot be read is not put off: `briefing` reports why at once.
	 */
	readonly briefingWithin: (companyId: string, milliseconds: number) => CompanyBriefing | undefined;
	/** Calls `listener` with each company prepared in idle time (or found unreadable); returns the unsubscribe. */
	readonly onPrepared: (listener: (companyId: string) => void) => () => void;
}

/**
 * How many of the first company's neighbours are prepared before the first frame: the largest
 * companies head the list, and reading the next ones in idle time held up the first keys (a key
 * waits for the part being read: ~30 ms for the largest shards). With two, the first frame at
 * 10,000 articles takes ~370 ms of its 500, and idle reading starts on smaller companies.
 */
export const preparedBeforeFirstFrame = 2;

/** Runs a step of prefetching later, after input that is already waiting; tests pass their own. */
export type Scheduler = (step: () => void) => void;

// A timer rather than setImmediate: a key read meanwhile is rendered first (React schedules its
// render with setImmediate, which would otherwise queue behind the next step).
const whenIdle: Scheduler = step => {
	setTimeout(step, 0);
};

/**
 * Briefings kept for companies visited or prefetched. A briefing is about half its shard in memory
 * (the largest company of 10,000 articles: 5 MB; a typical one: 1 MB), far less than reading a
 * shard again costs in garbage (going back up a list of evicted companies took peak memory from
 * ~240 to ~330 MB with 12 kept).
 */
const briefingCacheSize = 24;

/** The companies worth preparing from the one selected: the next rows first (j is the usual key), then the one above. */
export function neighbours(ids: readonly string[], companyId: string | undefined): string[] {
	const index = companyId === undefined ? -1 : ids.indexOf(companyId);
	if (index === -1) return ids.slice(0, 1);
	return [ids[index + 1], ids[index - 1], ids[index + 2]].filter(id => id !== undefined);
}

export function briefingSource(store: BriefingStore, schedule: Scheduler = whenIdle): BriefingSource {
	let rowsFor: {watchlist: readonly string[]; rows: readonly CompanyRow[]} | undefined;
	let filtered: {watchlist: readonly string[]; filter: string; rows: readonly CompanyRow[]} | undefined;
	// In order of use, oldest first.
	const briefings = new Map<string, CompanyBriefing | undefined>();
	const remember = (companyId: string, briefing: CompanyBriefing | undefined) => {
		briefings.delete(companyId);
		briefings.set(companyId, briefing);
		if (briefings.size > briefingCacheSize) briefings.delete(briefings.keys().next().value!);
	};

	const briefing = (companyId: string): CompanyBriefing | undefined => {
		if (briefings.has(companyId)) {
			const known = briefings.get(companyId);
			remember(companyId, known);
			return known;
		}

		// Briefings do not depend on the watchlist here: the TUI marks watched companies from its own state.
		const made = selectCompanyBriefing(store.datasetFor([companyId]), companyId);
		remember(companyId, made);
		return made;
	};

	// Each company is prepared a part at a time (read its shard, parse it, check it, then each part of
	// the briefing), so that a key pressed meanwhile waits for one part at most, never a whole company.
	let queue: string[] = [];
	let current: {readonly companyId: string; readonly parts: Iterator<unknown>} | undefined;
	let scheduled = false;
	// Companies whose preparation failed: left to `briefing`, which reports the error where it is drawn.
	const unreadable = new Set<string>();
	const listeners = new Set<(companyId: string) => void>();
	const prepared = (companyId: string) => {
		for (const listener of listeners) listener(companyId);
	};
	const partsOf = function* (companyId: string): Generator<undefined, void> {
		yield* store.readInParts(companyId);
		yield;
		const made = yield* briefingInParts(store.datasetFor([companyId]), companyId);
		if (!briefings.has(companyId)) remember(companyId, made);
	};

	const run = () => {
		scheduled = false;
		// One part per turn; a company the user reached first (and so prepared whole) is dropped.
		if (current && briefings.has(current.companyId)) current = undefined;
		while (!current && queue.length > 0) {
			const companyId = queue.shift()!;
			if (!briefings.has(companyId)) current = {companyId, parts: partsOf(companyId)};
		}

		if (!current) return;
		const {companyId} = current;
		try {
			if (current.parts.next().done) {
				current = undefined;
				prepared(companyId);
			}
		} catch {
			// A shard that cannot be read is left for when the user goes there: that path reports it.
			unreadable.add(companyId);
			queue = [];
			current = undefined;
			prepared(companyId);
			return;
		}

		scheduleRun();
	};

	const scheduleRun = () => {
		if (!scheduled && (current || queue.length > 0)) {
			scheduled = true;
			schedule(run);
		}
	};

	return {
		store,
		companyRows(filter, watchlist) {
			if (filtered?.watchlist === watchlist && filtered.filter === filter) return filtered.rows;
			if (rowsFor?.watchlist !== watchlist) rowsFor = {watchlist, rows: store.rows(watchlist)};
			filtered = {watchlist, filter, rows: filterCompanyRows(rowsFor.rows, filter)};
			return filtered.rows;
		},
		briefing,
		hasBriefing: companyId => briefings.has(companyId),
		prefetch(companyIds) {
			// Only as many as the cache holds beside the company on screen, or they would push each other out.
			queue = companyIds.filter(companyId => !briefings.has(companyId)).slice(0, briefingCacheSize - 1);
			// A company half prepared is finished only if it is still wanted.
			if (current && !queue.includes(current.companyId)) current = undefined;
			if (current) queue = queue.filter(companyId => companyId !== current!.companyId);
			scheduleRun();
		},
		briefingWithin(companyId, milliseconds) {
			if (briefings.has(companyId) || unreadable.has(companyId)) return briefing(companyId);
			const started = performance.now();
			if (current?.companyId !== companyId) {
				// The company on screen goes first; the one it interrupts is taken up again after it.
				if (current) queue.unshift(current.companyId);
				queue = queue.filter(id => id !== companyId);
				current = {companyId, parts: partsOf(companyId)};
			}

			try {
				while (performance.now() - started < milliseconds) {
					if (current.parts.next().done) {
						current = undefined;
						return briefing(companyId);
					}
				}
			} catch {
				unreadable.add(companyId);
				current = undefined;
				return briefing(companyId);
			}

			scheduleRun();
			return undefined;
		},
		onPrepared(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

/** Everything the reducer needs to know of the data, from the same selectors and panes. */
export function navigationFor(source: BriefingSource): Navigation {
	const rowsOf = (companyId: string, view: PaneView) => {
		const briefing = source.briefing(companyId);
		return briefing && {briefing, rows: paneRowsFor(source, briefing, view)};
	};

	return {
		companyIds: (filter, watchlist) => source.companyRows(filter, watchlist).map(row => row.id),
		rowCount(pane, companyId, view) {
			const found = rowsOf(companyId, view);
			if (!found) return 0;
			if (pane === 'timeline') return found.briefing.timeline.length;
			if (pane === 'summaries') return found.briefing.articles.length;
			return found.rows[pane].length;
		},
		passagesAt(pane, companyId, row, view) {
			const found = rowsOf(companyId, view);
			return found ? passagesOf(pane, row, found.briefing, found.rows) : [];
		},
		companyName: companyId => source.briefing(companyId)?.header.name ?? companyId,
		peerGroup(companyId) {
			const company = source.store.directory.companies.find(candidate => candidate.id === companyId);
			return company && peerGroupOf(company)?.name;
		},
		readerLineCount: (text: ReaderText, width: number) => readerLines(text, width).length,
		quoteLine,
		overlayLineCount(state) {
			const width = Math.max(1, (layoutOf(state).overlay?.width ?? 3) - 2);
			if (state.overlay === 'help') return helpContentLines(state.reader ? 'reader' : 'browse', width).length;
			if (state.overlay !== 'source' || state.companyId === undefined) return 0;
			const found = rowsOf(state.companyId, state);
			return sourceContentLines(found && provenanceOf(state, found.briefing, found.rows), width).length;
		},
	};
}
