import type {Article, BriefEvent, Company, Conflict, Dataset, Figure} from '../schema.js';

/** Lookups every selector needs, built once per dataset object. */
export interface DatasetIndex {
	readonly companiesById: ReadonlyMap<string, Company>;
	readonly articlesById: ReadonlyMap<string, Article>;
	readonly articlesByCompany: ReadonlyMap<string, readonly Article[]>;
	readonly eventsByCompany: ReadonlyMap<string, readonly BriefEvent[]>;
	/** Figure records by the company they belong to. */
	readonly figuresByCompany: ReadonlyMap<string, readonly Figure[]>;
	/** Figure records by the other party of a two-party figure (the company an investment went to). */
	readonly figuresByCounterparty: ReadonlyMap<string, readonly Figure[]>;
	readonly figuresById: ReadonlyMap<string, Figure>;
	readonly conflictsByCompany: ReadonlyMap<string, readonly Conflict[]>;
	/** Ids of the figure records that take part in a conflict. */
	readonly conflictingFigureIds: ReadonlySet<string>;
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

	const figuresByCompany = new Map<string, Figure[]>();
	const figuresByCounterparty = new Map<string, Figure[]>();
	for (const figure of dataset.figures) {
		push(figuresByCompany, figure.company, figure);
		// A company's figure about itself (an investment in a subsidiary named as itself) is listed once.
		if (figure.counterparty !== null && figure.counterparty !== figure.company) push(figuresByCounterparty, figure.counterparty, figure);
	}

	const conflictsByCompany = new Map<string, Conflict[]>();
	const conflictingFigureIds = new Set<string>();
	for (const conflict of dataset.conflicts) {
		push(conflictsByCompany, conflict.company, conflict);
		for (const figure of conflict.figures) conflictingFigureIds.add(figure);
	}

	// figuresById only serves conflicts: built on first use, not for every briefing of 10,000 figures.
	let figuresById: Map<string, Figure> | undefined;
	const index: DatasetIndex = {
		companiesById: byId(dataset.companies),
		articlesById: byId(dataset.articles),
		articlesByCompany,
		eventsByCompany,
		figuresByCompany,
		figuresByCounterparty,
		get figuresById() {
			figuresById ??= byId(dataset.figures);
			return figuresById;
		},
		conflictsByCompany,
		conflictingFigureIds,
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
