import {mkdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Dataset} from './schema.js';
import {indexDataset} from './selectors/dataset-index.js';
import {selectCompanyRows} from './selectors/company-rows.js';
import {storeFolder, storeIndexVersion, type StoreIndex} from './store.js';
import {replaceFolderAtomically} from './write.js';

/**
 * The records one company's briefing needs: its figures, conflicts, the events it is in, the
 * articles that name it or that its records quote, and the companies all of those name.
 */
export function shardOf(dataset: Dataset, companyId: string): Dataset {
	const index = indexDataset(dataset);
	const metrics = index.metricsByCompany.get(companyId) ?? [];
	const events = index.eventsByCompany.get(companyId) ?? [];
	const articleIds = new Set((index.articlesByCompany.get(companyId) ?? []).map(article => article.id));
	for (const metric of metrics) articleIds.add(metric.article);
	for (const event of events) for (const source of event.sources) articleIds.add(source.article);
	const articles = dataset.articles.filter(article => articleIds.has(article.id));
	const companyIds = new Set([companyId, ...articles.flatMap(article => article.companies), ...events.flatMap(event => event.companies), ...metrics.flatMap(metric => (metric.counterparty ? [metric.counterparty] : []))]);
	return {
		version: dataset.version,
		companies: dataset.companies.filter(company => companyIds.has(company.id)),
		articles,
		events: [...events],
		metrics: [...metrics],
		conflicts: [...(index.conflictsByCompany.get(companyId) ?? [])],
	};
}

/**
 * Writes the index folder beside a dataset file that was just written: the company list and one
 * shard per company. It records the dataset file's size and time, so a later change to that file
 * makes readers ignore the index rather than trust it.
 */
export function writeStore(dataset: Dataset, datasetFile: string): void {
	replaceFolderAtomically(storeFolder(datasetFile), folder => {
		const shards: Record<string, string> = {};
		mkdirSync(join(folder, 'companies'));
		dataset.companies.forEach((company, position) => {
			// Ids come from the registry, but a file name must not depend on that.
			const name = `companies/${position}-${company.id.replace(/[^a-z0-9-]/gi, '_')}.json`;
			writeFileSync(join(folder, name), JSON.stringify(shardOf(dataset, company.id)));
			shards[company.id] = name;
		});
		const stats = statSync(datasetFile);
		const index: StoreIndex = {
			version: storeIndexVersion,
			kind: 'brief.index',
			dataset: {size: stats.size, mtimeMs: stats.mtimeMs},
			companies: dataset.companies,
			rows: selectCompanyRows(dataset, []),
			shards,
		};
		writeFileSync(join(folder, 'index.json'), JSON.stringify(index));
	});
}
