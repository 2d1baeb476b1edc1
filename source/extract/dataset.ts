import {createHash} from 'node:crypto';
import {datasetVersion, type Company, type Dataset} from '../dataset/schema.js';
import type {ArticleExtraction} from './article.js';
import {findConflicts} from './conflicts.js';
import {mergeEvents} from './events.js';
import type {Registry} from './registry.js';

/** Content hash recorded per article, so a re-run can tell what changed. */
export function contentHash(content: string | Uint8Array): string {
	return createHash('sha256').update(content).digest('hex');
}

/**
 * Assembles articles into the dataset: events merged across articles, conflicts found, and every
 * list in a stable order so that the same input always gives the same bytes.
 */
export function buildDataset(extractions: readonly ArticleExtraction[], registry: Registry): Dataset {
	const ordered = [...extractions].sort((a, b) => a.article.id.localeCompare(b.article.id));
	const metrics = ordered.flatMap(extraction => extraction.metrics);
	const events = mergeEvents(ordered.flatMap(extraction => extraction.events));
	const mentioned = new Set([
		...ordered.flatMap(extraction => extraction.article.companies),
		...metrics.flatMap(metric => [metric.company, metric.counterparty ?? metric.company]),
		...events.flatMap(event => event.companies),
	]);
	const companies: Company[] = registry.companies
		.filter(company => mentioned.has(company.id))
		.map(company => ({
			id: company.id,
			name: company.name,
			ticker: company.ticker,
			aliases: [...company.aliases, ...(company.segments ?? []).flatMap(segment => [segment.name, ...segment.aliases])].filter((alias, index, all) => all.indexOf(alias) === index),
			japaneseNames: [...company.japaneseNames],
			segments: (company.segments ?? []).map(segment => ({id: segment.id, name: segment.name})),
		}))
		.sort((a, b) => a.id.localeCompare(b.id));

	return {
		version: datasetVersion,
		companies,
		articles: ordered.map(extraction => extraction.article),
		events,
		metrics,
		conflicts: findConflicts(metrics),
	};
}
