import {mkdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {sanitizeLine} from '../text/sanitize.js';
import type {Dataset, Metric} from './schema.js';
import {compareNewestFigures, seriesKinds} from './selectors/company-briefing.js';
import {selectCompanyRows} from './selectors/company-rows.js';
import {indexDataset} from './selectors/dataset-index.js';
import {comparePoints} from './selectors/series.js';
import {compareNewestArticles} from './selectors/summaries.js';
import {compareNewestEvents} from './selectors/timeline.js';
import {shardEncoding, storeFolder, storeIndexVersion, type StoreIndex, type StoreView} from './store.js';
import {validateDataset} from './validate.js';
import {validateDatasetQuickly} from './validate-fast.js';
import {replaceFolderAtomically} from './write.js';

/** Metrics of series kinds first, oldest first as series points go; then the others, newest first. */
function inBriefingOrder(metrics: readonly Metric[]): Metric[] {
	const keyed = metrics.map(metric => ({metric, date: metric.period ?? metric.asOf, order: metric.order, superseded: metric.superseded, metricId: sanitizeLine(metric.id)}));
	const series = keyed.filter(item => seriesKinds.includes(item.metric.kind)).sort(comparePoints);
	const others = keyed.filter(item => !seriesKinds.includes(item.metric.kind)).sort(compareNewestFigures);
	return [...series, ...others].map(item => item.metric);
}

/**
 * The records one company's briefing needs: its figures, conflicts, the events it is in, the
 * articles that name it or that its records quote, and the companies all of those name. Records
 * come in the order the briefing shows them (sorts are stable and these orders total, so a reader
 * gets the same briefing; sorting what is already sorted is nearly free).
 */
export function shardOf(dataset: Dataset, companyId: string): Dataset {
	const index = indexDataset(dataset);
	const metrics = index.metricsByCompany.get(companyId) ?? [];
	const events = index.eventsByCompany.get(companyId) ?? [];
	const named = index.articlesByCompany.get(companyId) ?? [];
	const namedIds = new Set(named.map(article => article.id));
	const quotedIds = new Set([...metrics.map(metric => metric.article), ...events.flatMap(event => event.sources.map(source => source.article))]);
	// Ids are unique in a dataset (the extractor makes them so), so no article comes twice.
	const quotedOnly = dataset.articles.filter(article => quotedIds.has(article.id) && !namedIds.has(article.id));
	const articles = [...[...named].sort(compareNewestArticles), ...quotedOnly];
	const companyIds = new Set([companyId, ...articles.flatMap(article => article.companies), ...events.flatMap(event => event.companies), ...metrics.flatMap(metric => (metric.counterparty ? [metric.counterparty] : []))]);
	return {
		version: dataset.version,
		companies: dataset.companies.filter(company => companyIds.has(company.id)),
		articles,
		events: [...events].sort(compareNewestEvents),
		metrics: inBriefingOrder(metrics),
		conflicts: [...(index.conflictsByCompany.get(companyId) ?? [])],
	};
}

/** Every record with its fields in schema order, as validation builds them: readers keep such records rather than copy them. */
function inSchemaOrder(dataset: Dataset): Dataset {
	const quick = validateDatasetQuickly(dataset);
	if (quick) return quick;
	const checked = validateDataset(dataset);
	if (!checked.ok) throw new Error(`the dataset to index is invalid at ${checked.failure.path.join('.')}: ${checked.failure.message}`);
	return checked.value;
}

/**
 * Writes the index folder beside a dataset file that was just written: the company list, one
 * shard per company, and what each of `views` makes of each shard. It records the dataset file's
 * size and time, so a later change to that file makes readers ignore the index rather than trust it.
 */
export function writeStore(dataset: Dataset, datasetFile: string, views: ReadonlyArray<StoreView<unknown>> = []): void {
	replaceFolderAtomically(storeFolder(datasetFile), folder => {
		const shards: Record<string, string> = {};
		const made = Object.fromEntries(views.map(view => [view.name, {fingerprint: view.fingerprint(), files: {} as Record<string, string>}]));
		const write = (name: string, value: unknown) => writeFileSync(join(folder, name), Buffer.from(JSON.stringify(value), shardEncoding));
		mkdirSync(join(folder, 'companies'));
		dataset.companies.forEach((company, position) => {
			// Ids come from the registry, but a file name must not depend on that.
			const stem = `companies/${position}-${company.id.replace(/[^a-z0-9-]/gi, '_')}`;
			const shard = inSchemaOrder(shardOf(dataset, company.id));
			write(`${stem}.json`, shard);
			shards[company.id] = `${stem}.json`;
			for (const view of views) {
				const value = view.make(shard, company.id);
				if (value === undefined) continue;
				write(`${stem}.${view.name}.json`, value);
				made[view.name]!.files[company.id] = `${stem}.${view.name}.json`;
			}
		});
		const stats = statSync(datasetFile);
		const index: StoreIndex = {
			version: storeIndexVersion,
			kind: 'brief.index',
			dataset: {size: stats.size, mtimeMs: stats.mtimeMs},
			companies: dataset.companies,
			rows: selectCompanyRows(dataset, []),
			shardEncoding,
			shards,
			views: made,
		};
		writeFileSync(join(folder, 'index.json'), JSON.stringify(index));
	});
}
