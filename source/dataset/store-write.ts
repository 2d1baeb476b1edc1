import {randomBytes} from 'node:crypto';
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {replaceFolderAtomically, syncFolder, writeFileDurably, type WrittenFile} from '../disk/atomic-write.js';
import {hashRegularFile} from '../disk/regular-file.js';
import {withSafeIds} from './ids.js';
import {parseDataset, maxDatasetBytes} from './load.js';
import type {Dataset} from './schema.js';
import {selectCompanyRows} from './selectors/company-rows.js';
import {indexDataset} from './selectors/dataset-index.js';
import {compareNewestArticles} from './selectors/summaries.js';
import {compareNewestEvents} from './selectors/timeline.js';
import {shardEncoding, storeFolder, storeIndexVersion, type IndexedFile, type StoreIndex, type StoreView} from './store-index.js';

/**
 * The records one company's briefing needs: its figures and those where it is the other party,
 * its conflicts and the figures they name, the events it is in, the articles that name it or that
 * its records quote, and the companies all of those name. Events and articles come in the order
 * the briefing shows them (sorting what is already sorted is nearly free for a reader).
 */
export function shardOf(dataset: Dataset, companyId: string): Dataset {
	const index = indexDataset(dataset);
	const conflicts = index.conflictsByCompany.get(companyId) ?? [];
	const figureIds = new Set<string>();
	const figures = [...(index.figuresByCompany.get(companyId) ?? []), ...(index.figuresByCounterparty.get(companyId) ?? [])];
	for (const figure of figures) figureIds.add(figure.id);
	// A conflict names figure records by id; one of another company would be a broken dataset, but is kept whole.
	for (const figureId of conflicts.flatMap(conflict => conflict.figures)) {
		const figure = index.figuresById.get(figureId);
		if (figure && !figureIds.has(figureId)) {
			figureIds.add(figureId);
			figures.push(figure);
		}
	}

	const events = index.eventsByCompany.get(companyId) ?? [];
	const named = index.articlesByCompany.get(companyId) ?? [];
	const namedIds = new Set(named.map(article => article.id));
	const quotedIds = new Set([...figures.flatMap(figure => figure.sources.map(source => source.article)), ...events.flatMap(event => event.sources.map(source => source.article))]);
	// Ids are unique in a dataset (the extractor makes them so), so no article comes twice.
	const quotedOnly = dataset.articles.filter(article => quotedIds.has(article.id) && !namedIds.has(article.id));
	const articles = [...[...named].sort(compareNewestArticles), ...quotedOnly];
	const companyIds = new Set([
		companyId,
		...articles.flatMap(article => article.companies),
		...events.flatMap(event => event.companies),
		...figures.flatMap(figure => (figure.counterparty === null ? [figure.company] : [figure.company, figure.counterparty])),
	]);
	return {
		version: dataset.version,
		companies: dataset.companies.filter(company => companyIds.has(company.id)),
		articles,
		events: [...events].sort(compareNewestEvents),
		figures,
		conflicts: [...conflicts],
	};
}

/**
 * Writes the index folder beside a dataset file that was just written: the company list, one
 * shard per company, and what each of `views` makes of each shard. It records the dataset file as
 * `written` says it was written (read from the file when not given), and the content hash of every
 * file of the index, so that `brief extract` can tell an index that is whole from one that is not;
 * each shard and view names its company and the index it belongs to, so that a reader never takes
 * one company's file for another's. A dataset that readers would refuse is refused here, before
 * anything is written.
 */
export function writeStore(dataset: Dataset, datasetFile: string, views: ReadonlyArray<StoreView<unknown>> = [], written: WrittenFile = hashRegularFile(datasetFile, maxDatasetBytes)): void {
	withSafeIds(parseDataset(dataset, datasetFile), datasetFile);
	const id = randomBytes(8).toString('hex');
	replaceFolderAtomically(storeFolder(datasetFile), folder => {
		const shards: Record<string, string> = {};
		const files: Record<string, string> = {};
		const made = Object.fromEntries(views.map(view => [view.name, {fingerprint: view.fingerprint(), files: {} as Record<string, string>}]));
		const write = (name: string, file: IndexedFile) => {
			files[name] = writeFileDurably(join(folder, name), sink => sink(JSON.stringify(file)), {encoding: shardEncoding}).sha256;
		};

		mkdirSync(join(folder, 'companies'));
		dataset.companies.forEach((company, position) => {
			// Ids come from the registry, but a file name must not depend on that.
			const stem = `companies/${position}-${company.id.replace(/[^a-z0-9-]/gi, '_')}`;
			const shard = shardOf(dataset, company.id);
			write(`${stem}.json`, {kind: 'brief.shard', index: id, company: company.id, value: shard});
			shards[company.id] = `${stem}.json`;
			for (const view of views) {
				const value = view.make(shard, company.id);
				if (value === undefined) continue;
				write(`${stem}.${view.name}.json`, {kind: 'brief.view', index: id, company: company.id, value});
				made[view.name]!.files[company.id] = `${stem}.${view.name}.json`;
			}
		});
		syncFolder(join(folder, 'companies'));
		const index: StoreIndex = {
			version: storeIndexVersion,
			kind: 'brief.index',
			id,
			dataset: {size: written.size, mtimeMs: written.mtimeMs, sha256: written.sha256},
			companies: dataset.companies,
			rows: selectCompanyRows(dataset, []),
			shardEncoding,
			shards,
			views: made,
			files,
		};
		writeFileDurably(join(folder, 'index.json'), sink => sink(JSON.stringify(index)));
	});
}
