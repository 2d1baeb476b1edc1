import {sanitizeLine} from '../../text/sanitize.js';
import type {Company, Dataset} from '../schema.js';
import {indexDataset, type DatasetIndex} from './dataset-index.js';
import {compareText, normalizeName} from './names.js';
import {companyNames} from './resolve-company.js';
import {chartedKinds} from './company-briefing.js';
import {factViews, figureTitle} from './figures.js';
import {isChartable, periodPoints} from './period-points.js';
import {primarySeries, selectSeries} from './series.js';

/** The values of a company's headline series, a value a period, oldest first, for a one-line sparkline. */
export interface SparklineSeries {
	/** "Market share (AWS)" style title of the series. */
	readonly label: string;
	readonly values: readonly number[];
}

/** One row of a company list. Strings are sanitized. */
export interface CompanyRow {
	readonly id: string;
	readonly name: string;
	readonly ticker: string | null;
	/** The first Japanese name, when the registry has one. */
	readonly japaneseName: string | null;
	readonly articleCount: number;
	readonly watched: boolean;
	/** Market share when the company has it, else revenue growth; null when neither has two periods. */
	readonly sparkline: SparklineSeries | null;
	/** Every name of the company, normalized (see `normalizeName`), for `filterCompanyRows`. */
	readonly filterText: string;
}

function sparklineOf(index: DatasetIndex, companyId: string): SparklineSeries | null {
	// Only the charted kinds: a list of 500 companies makes a sparkline for each.
	const charted = (index.figuresByCompany.get(companyId) ?? []).filter(figure => chartedKinds.includes(figure.kind));
	const series = selectSeries(factViews(charted, index), companyId);
	// A trend is of periods, as the charts draw it: several values one article quotes are not one.
	for (const kind of ['market_share', 'revenue_growth'] as const) {
		const headline = primarySeries(series, kind);
		const placed = headline && periodPoints(headline);
		if (headline && placed && isChartable(placed)) return {label: figureTitle(headline), values: placed.points.map(point => point.shown.value)};
	}

	return null;
}

function toRow(company: Company, index: DatasetIndex, watched: ReadonlySet<string>): CompanyRow {
	return {
		id: sanitizeLine(company.id),
		name: sanitizeLine(company.name),
		ticker: company.ticker === null ? null : sanitizeLine(company.ticker),
		japaneseName: company.japaneseNames[0] === undefined ? null : sanitizeLine(company.japaneseNames[0]),
		articleCount: index.articlesByCompany.get(company.id)?.length ?? 0,
		watched: watched.has(company.id),
		sparkline: sparklineOf(index, company.id),
		filterText: companyNames(company)
			.map(name => normalizeName(name))
			.join('\n'),
	};
}

interface Orderable {
	readonly id: string;
	readonly name: string;
	readonly articleCount: number;
	readonly watched: boolean;
}

/** List order: watched companies first, then the rest; within each group by number of articles (most first), then by name. */
function compareListOrder(first: Orderable, second: Orderable): number {
	return Number(second.watched) - Number(first.watched) || second.articleCount - first.articleCount || compareText(first.name, second.name) || (first.id < second.id ? -1 : 1);
}

/** Company ids in list order (see `compareListOrder`). Cheaper than `selectCompanyRows` when only the order is needed. */
export function selectCompanyOrder(dataset: Dataset, watchlist: Iterable<string>): string[] {
	const index = indexDataset(dataset);
	const watched = new Set(watchlist);
	const keyed = dataset.companies.map(company => ({id: company.id, name: company.name, watched: watched.has(company.id), articleCount: index.articlesByCompany.get(company.id)?.length ?? 0}));
	return keyed.sort(compareListOrder).map(({id}) => id);
}

/** Every company of the dataset as a list row, in the order of `selectCompanyOrder`. `watchlist` holds company ids. */
export function selectCompanyRows(dataset: Dataset, watchlist: Iterable<string>): CompanyRow[] {
	const index = indexDataset(dataset);
	const watched = new Set(watchlist);
	return selectCompanyOrder(dataset, watched).map(id => toRow(index.companiesById.get(id)!, index, watched));
}

/** Rows computed earlier (for a stored index) with the watchlist applied again, in list order. */
export function rewatchCompanyRows(rows: readonly CompanyRow[], watchlist: Iterable<string>): CompanyRow[] {
	const watched = new Set(watchlist);
	return rows.map(row => ({...row, watched: watched.has(row.id)})).sort(compareListOrder);
}

/**
 * The rows whose name, Japanese name, alias, ticker or segment contains the query (NFKC, any case):
 * those with a name that is the query first, then those with a name that starts with it, then the
 * rest, each group in list order: `/aws` puts Amazon (its segment AWS) before companies with "aws" inside a name.
 */
export function filterCompanyRows(rows: readonly CompanyRow[], query: string): CompanyRow[] {
	const wanted = normalizeName(query);
	if (wanted === '') return [...rows];
	const ranked: CompanyRow[][] = [[], [], []];
	for (const row of rows) {
		if (!row.filterText.includes(wanted)) continue;
		const names = row.filterText.split('\n');
		const rank = names.includes(wanted) ? 0 : names.some(name => name.startsWith(wanted)) ? 1 : 2;
		ranked[rank]!.push(row);
	}

	return ranked.flat();
}
