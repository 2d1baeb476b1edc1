import {sanitizeLine} from '../text/sanitize.js';
import {inBoth} from '../text/bilingual.js';
import {DatasetError} from './load.js';
import type {Dataset} from './schema.js';

// Ids are keys, not text: views sanitize what they print, so an id holding an escape sequence or an
// invisible character would no longer match the records it names (a briefing would come out empty).
// `brief extract` never writes one; a dataset that has one was edited by hand and is refused.
function unsafe(id: string | null): boolean {
	return id !== null && sanitizeLine(id) !== id;
}

/** The path of the first id in the dataset holding control or invisible characters, e.g. `events[3].sources[0].article`. */
export function firstUnsafeId(dataset: Dataset): string | undefined {
	const first = <Item>(name: string, items: readonly Item[], check: (item: Item) => string | undefined): string | undefined => {
		for (const [index, item] of items.entries()) {
			const field = check(item);
			if (field !== undefined) return `${name}[${index}]${field}`;
		}

		return undefined;
	};

	const within = (name: string, ids: readonly string[]) => {
		const index = ids.findIndex(id => unsafe(id));
		return index < 0 ? undefined : `.${name}[${index}]`;
	};

	const fields = (record: Record<string, unknown>, names: readonly string[]) => {
		const name = names.find(field => typeof record[field] === 'string' && unsafe(record[field]));
		return name === undefined ? undefined : `.${name}`;
	};

	return (
		first('companies', dataset.companies, company => fields(company, ['id']) ?? first('.segments', company.segments, segment => fields(segment, ['id']))) ??
		first('articles', dataset.articles, article => fields(article, ['id']) ?? within('companies', article.companies)) ??
		first('events', dataset.events, event => fields(event, ['id']) ?? within('companies', event.companies) ?? first('.sources', event.sources, source => fields(source, ['article']))) ??
		first('figures', dataset.figures, figure => fields(figure, ['id', 'fact', 'company', 'segment', 'counterparty', 'article']) ?? first('.sources', figure.sources, source => fields(source, ['article']))) ??
		first('conflicts', dataset.conflicts, conflict => fields(conflict, ['company', 'segment']) ?? within('figures', conflict.figures))
	);
}

/** The dataset, or a DatasetError naming the file and the first id with control or invisible characters. */
export function withSafeIds(dataset: Dataset, file: string): Dataset {
	const path = firstUnsafeId(dataset);
	if (path !== undefined) throw new DatasetError(inBoth(words => words.invalidDataset(file, path, words.unsafeId)));
	return dataset;
}
