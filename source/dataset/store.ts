import {join} from 'node:path';
import {collectGarbage} from './collect-garbage.js';
import {datasetVersion} from './generated/dataset-check.js';
import {withSafeIds} from './ids.js';
import {DatasetError, loadDataset, parseDataset} from './load.js';
import type {Company, Dataset} from './schema.js';
import {parseShard, readIndex, readIndexText, readView, storeFolder, type StoreIndex, type StoreView} from './store-index.js';
import {rewatchCompanyRows, selectCompanyOrder, selectCompanyRows, type CompanyRow} from './selectors/company-rows.js';

/**
 * What every view reads the data through. A small dataset is read whole; a large one written by
 * `brief extract` comes with an index (company list rows) and one shard per company, so a view
 * reads only the companies it shows.
 */
export interface BriefingStore {
	/** The dataset file: article paths are relative to its folder. */
	readonly file: string;
	/** Every company and nothing else: enough to resolve names. */
	readonly directory: Dataset;
	/** The company list, in list order, with the watchlist marked. */
	rows(watchlist: Iterable<string>): CompanyRow[];
	/** The ids of `rows`, without making the rows (sparklines, names): all a briefing of every company needs. */
	order(watchlist: Iterable<string>): string[];
	/** Everything the briefings of these companies need (records about other companies may come along). */
	datasetFor(companyIds: readonly string[]): Dataset;
	/**
	 * Reads what `datasetFor([companyId])` needs a part at a time (read, parse, check), keeping it for
	 * that call: for reading ahead in idle time. Errors are left for `datasetFor` to report.
	 */
	readInParts(companyId: string): Generator<undefined, void>;
	/**
	 * What `view` made of this company's shard when the dataset was indexed, if the same code made it
	 * and it is still whole and safe to print; undefined otherwise (make it from `datasetFor`).
	 */
	view<Value>(view: StoreView<Value>, companyId: string): Value | undefined;
	/** Whether the index holds `view` made by the code running now, by other code (an older brief), or not at all. */
	viewMadeBy(view: StoreView<unknown>): 'this code' | 'other code' | 'none';
}

function emptyDataset(companies: readonly Company[]): Dataset {
	return {version: datasetVersion, companies: [...companies], articles: [], events: [], figures: [], conflicts: []};
}

/** A dataset read whole. */
export function wholeStore(dataset: Dataset, file: string): BriefingStore {
	let rows: {watchlist: string; rows: CompanyRow[]} | undefined;
	return {
		file,
		directory: dataset,
		rows(watchlist) {
			const key = [...watchlist].join('\n');
			if (rows?.watchlist !== key) rows = {watchlist: key, rows: selectCompanyRows(dataset, watchlist)};
			return rows.rows;
		},
		order: watchlist => selectCompanyOrder(dataset, watchlist),
		datasetFor: () => dataset,
		*readInParts() {},
		view: () => undefined,
		viewMadeBy: () => 'none',
	};
}

/**
 * Shards kept in memory. The TUI keeps the briefings it draws and needs a shard again only to open an
 * article, so a few are enough; more only held the largest company's 10 MB for nothing. Script mode
 * reads each company once: it keeps one.
 */
const defaultShardsKept = 3;

export interface StoreOptions {
	/** How many companies' shards stay in memory after they are read. */
	readonly shardsKept?: number;
	/**
	 * Collect garbage between shards once this many characters of them were read since the last
	 * collection: for commands that read each company once, whose companies read before are garbage
	 * by then (see collect-garbage.ts). Never when absent.
	 */
	readonly collectGarbageEvery?: number;
}

function indexedStore(index: StoreIndex, file: string, shardsKept: number, collectGarbageEvery: number): BriefingStore {
	const folder = storeFolder(file);
	const directory = withSafeIds(parseDataset(emptyDataset(index.companies), join(folder, 'index.json')), join(folder, 'index.json'));
	const shards = new Map<string, Dataset>();
	const keep = (companyId: string, loaded: Dataset): Dataset => {
		shards.set(companyId, loaded);
		if (shards.size > shardsKept) shards.delete(shards.keys().next().value!);
		return loaded;
	};

	let readSinceCollected = 0;
	const shard = (companyId: string): Dataset => {
		const cached = shards.get(companyId);
		if (cached) {
			shards.delete(companyId);
			shards.set(companyId, cached);
			return cached;
		}

		const relative = index.shards[companyId];
		if (relative === undefined) return keep(companyId, emptyDataset(directory.companies));
		if (readSinceCollected >= collectGarbageEvery) {
			collectGarbage();
			readSinceCollected = 0;
		}

		const path = join(folder, relative);
		const text = readIndexText(path);
		readSinceCollected += text.length;
		return keep(companyId, parseDataset(parseShard(text, path, index, companyId), path));
	};

	return {
		file,
		directory,
		rows: watchlist => rewatchCompanyRows(index.rows, watchlist),
		order: watchlist => rewatchCompanyRows(index.rows, watchlist).map(row => row.id),
		datasetFor(companyIds) {
			const wanted = [...new Set(companyIds)];
			if (wanted.length === 1) return shard(wanted[0]!);
			// Commands go a company at a time; several at once are put together from their shards.
			return mergeDatasets(
				directory.companies,
				wanted.map(id => shard(id)),
			);
		},
		*readInParts(companyId) {
			const relative = index.shards[companyId];
			if (shards.has(companyId) || relative === undefined) return;
			const file = join(folder, relative);
			const text = readIndexText(file);
			yield;
			const json = parseShard(text, file, index, companyId);
			yield;
			// As loadDataset does, so that the shard kept is the one datasetFor would have read.
			if (!shards.has(companyId)) keep(companyId, parseDataset(json, file));
		},
		viewMadeBy(view) {
			const made = index.views[view.name];
			if (!made) return 'none';
			return made.fingerprint === view.fingerprint() ? 'this code' : 'other code';
		},
		view(view, companyId) {
			const made = index.views[view.name];
			if (made?.fingerprint !== view.fingerprint() || typeof made.files !== 'object' || made.files === null) return undefined;
			const relative = made.files[companyId];
			return typeof relative === 'string' ? readView(view, join(folder, relative), index, companyId) : undefined;
		},
	};
}

/** Shards put together, each record once. */
export function mergeDatasets(companies: readonly Company[], parts: readonly Dataset[]): Dataset {
	const unique = <Item>(items: Item[], key: (item: Item) => string) => [...new Map(items.map(item => [key(item), item])).values()];
	return {
		version: datasetVersion,
		companies: [...companies],
		articles: unique(
			parts.flatMap(part => part.articles),
			article => article.id,
		),
		events: unique(
			parts.flatMap(part => part.events),
			event => event.id,
		),
		figures: unique(
			parts.flatMap(part => part.figures),
			figure => figure.id,
		),
		conflicts: unique(
			parts.flatMap(part => part.conflicts),
			conflict => `${conflict.company}\u0000${conflict.kind}\u0000${conflict.period}\u0000${conflict.figures.join(',')}`,
		),
	};
}

/**
 * The store for a dataset file: its index when one was written for exactly this file, else the
 * whole file. Errors are DatasetErrors naming the file (missing, truncated, invalid).
 */
export function openStore(file: string, options: StoreOptions = {}): BriefingStore {
	const index = readIndex(file);
	if (index) {
		try {
			return indexedStore(index, file, options.shardsKept ?? defaultShardsKept, options.collectGarbageEvery ?? Number.POSITIVE_INFINITY);
		} catch (error) {
			// An index that does not validate is ignored: the dataset itself is the truth.
			if (!(error instanceof DatasetError)) throw error;
		}
	}

	return wholeStore(withSafeIds(loadDataset(file), file), file);
}
