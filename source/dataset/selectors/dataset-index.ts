import type {Article, BriefEvent, Company, Conflict, Dataset, Metric} from '../schema.js';

/** Lookups every selector needs, built once per dataset object. */
export interface DatasetIndex {
	readonly companiesById: ReadonlyMap<string, Company>;
	readonly articlesById: ReadonlyMap<string, Article>;
	readonly articlesByCompany: ReadonlyMap<string, readonly Article[]>;
	readonly eventsByCompany: ReadonlyMap<string, readonly BriefEvent[]>;
	readonly metricsByCompany: ReadonlyMap<string, readonly Metric[]>;
	readonly metricsById: ReadonlyMap<string, Metric>;
	readonly conflictsByCompany: ReadonlyMap<string, readonly Conflict[]>;
	/** Ids of the metrics that take part in a conflict. */
	readonly conflictingMetricIds: ReadonlySet<string>;
}

// Selectors are called on every key press in the TUI: indexing once per dataset keeps them linear.
const cache = new WeakMap<Dataset, DatasetIndex>();

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** `value` under each of `keys`, once per distinct key (a record may name a company twice). */
function pushOnce<Value>(map: Map<string, Value[]>, keys: readonly string[], value: Value): void {
	// indexOf rather than a Set per record: records name a handful of companies.
	for (let position = 0; position < keys.length; position++) {
		const key = keys[position]!;
		if (keys.indexOf(key) === position) push(map, key, value);
	}
}

export function indexDataset(dataset: Dataset): DatasetIndex {
	const cached = cache.get(dataset);
	if (cached) return cached;

	const articlesByCompany = new Map<string, Article[]>();
	for (const article of dataset.articles) pushOnce(articlesByCompany, article.companies, article);

	const eventsByCompany = new Map<string, BriefEvent[]>();
	for (const event of dataset.events) pushOnce(eventsByCompany, event.companies, event);

	const metricsByCompany = new Map<string, Metric[]>();
	for (const metric of dataset.metrics) push(metricsByCompany, metric.company, metric);

	const conflictsByCompany = new Map<string, Conflict[]>();
	const conflictingMetricIds = new Set<string>();
	for (const conflict of dataset.conflicts) {
		push(conflictsByCompany, conflict.company, conflict);
		for (const metric of conflict.metrics) conflictingMetricIds.add(metric);
	}

	// metricsById only serves conflicts: built on first use, not for every briefing of 10,000 figures.
	let metricsById: Map<string, Metric> | undefined;
	const index: DatasetIndex = {
		companiesById: byId(dataset.companies),
		articlesById: byId(dataset.articles),
		articlesByCompany,
		eventsByCompany,
		metricsByCompany,
		get metricsById() {
			metricsById ??= byId(dataset.metrics);
			return metricsById;
		},
		conflictsByCompany,
		conflictingMetricIds,
	};
	cache.set(dataset, index);
	return index;
}

/** Records by id, the last of a repeated id winning (as `new Map(entries)` would have it), without an entry array per record. */
function byId<Item extends {readonly id: string}>(items: readonly Item[]): Map<string, Item> {
	const map = new Map<string, Item>();
	for (const item of items) map.set(item.id, item);
	return map;
}
