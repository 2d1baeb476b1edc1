import {createHash} from 'node:crypto';
import {eventTitleWords} from '../dataset/selectors/kinds.js';
import {datasetVersion, type Company, type Dataset, type Figure} from '../dataset/schema.js';
import type {ArticleExtraction} from './article.js';
import {disagree, findConflicts} from './conflicts.js';
import {mergeEvents} from './event-merge.js';
import type {FoundEvent} from './events.js';
import type {Registry, RegistryCompany} from './registry.js';

/** Content hash recorded per article, so a re-run can tell what changed. */
export function contentHash(content: string | Uint8Array): string {
	return createHash('sha256').update(content).digest('hex');
}

const dealKinds = new Set(['investment', 'funding', 'stake']);

/** Whether two records (of different articles) state the same fact. */
function sameFact(a: Figure, b: Figure): boolean {
	if (a.kind !== b.kind || a.basis !== b.basis || a.prior !== b.prior) return false;
	const deal = dealKinds.has(a.kind);
	if (deal) {
		const parties = (figure: Figure) => [figure.company, figure.counterparty ?? ''].sort().join('\u0000');
		if (parties(a) !== parties(b)) return false;
	} else if (a.company !== b.company || a.segment !== b.segment || a.measure !== b.measure || a.period !== b.period) {
		return false;
	}

	// "380億ドル" in one article and "約6兆円" (its conversion) in another are one amount.
	// A conversion is approximate; two amounts as written are one only when they agree as written
	// ("1,423億円" and "1,432億円" are two numbers, one of them a misquote: a conflict, not one fact).
	const values = (figure: Figure) => [{value: figure.value, unit: figure.unit, qualifier: figure.qualifier}, ...(figure.converted ? [{...figure.converted, qualifier: 'approx' as const}] : [])];
	return values(a).some(left =>
		values(b).some(
			right =>
				left.unit === right.unit &&
				!disagree({...a, value: left.value, unit: left.unit, range: null, qualifier: left.qualifier}, {...b, value: right.value, unit: right.unit, range: null, qualifier: right.qualifier}) &&
				Math.abs(left.value - right.value) <= Math.abs(left.value) * 0.05,
		),
	);
}

/**
 * One fact stated by several articles keeps one record per article (each article's figures stay
 * whole), and every record of it carries the fact's id and all of its sources, this record's first.
 */
function mergeFacts(figures: readonly Figure[]): Figure[] {
	const byCompany = new Map<string, number[]>();
	const factOf: number[] = figures.map((_, index) => index);
	figures.forEach((figure, index) => {
		const keys = [figure.company, ...(figure.counterparty ? [figure.counterparty] : [])].map(company => `${company}\u0000${figure.kind}`);
		for (const key of keys) {
			for (const other of byCompany.get(key) ?? []) {
				if (factOf[other] !== other || figures[other]!.article === figure.article) continue;
				if (sameFact(figures[other]!, figure)) {
					factOf[index] = other;
					break;
				}
			}

			if (factOf[index] !== index) break;
		}

		if (factOf[index] === index) for (const key of keys) byCompany.set(key, [...(byCompany.get(key) ?? []), index]);
	});

	const members = new Map<number, number[]>();
	factOf.forEach((root, index) => members.set(root, [...(members.get(root) ?? []), index]));
	return figures.map((figure, index) => {
		const root = factOf[index]!;
		const all = members.get(root)!;
		// One source an article: this record's own first.
		const seen = new Set<string>();
		const sources = [index, ...all.filter(other => other !== index)].map(other => ({article: figures[other]!.article, quote: figures[other]!.quote})).filter(source => !seen.has(source.article) && Boolean(seen.add(source.article)));
		return {...figure, fact: figures[root]!.id, sources};
	});
}

function companyRecord(company: RegistryCompany, inRegistry: boolean, freeSegments: ReadonlySet<string>, aliasesOf: (segment: string) => readonly string[]): Company {
	const registrySegments = (company.segments ?? []).map(segment => ({id: segment.id, name: segment.name, aliases: segment.aliases.filter(alias => alias !== segment.name)}));
	const known = new Set(registrySegments.map(segment => segment.id));
	return {
		id: company.id,
		name: company.name,
		ticker: company.ticker,
		aliases: [...company.aliases],
		japaneseNames: [...company.japaneseNames],
		segments: [
			...registrySegments,
			...[...freeSegments]
				.filter(name => !known.has(name))
				.sort()
				.map(name => ({id: name, name, aliases: [...aliasesOf(name)]})),
		],
		inRegistry,
		fiscalYearEnd: company.fiscalYearEnd ?? null,
	};
}

/**
 * Assembles articles into the dataset: figures tied into facts across articles, events merged,
 * conflicts found, and every list in a stable order so that the same input always gives the same bytes.
 */
export function buildDataset(extractions: readonly ArticleExtraction[], registry: Registry): Dataset {
	const ordered = [...extractions].sort((a, b) => a.article.id.localeCompare(b.article.id));
	const figures = mergeFacts(ordered.flatMap(extraction => extraction.figures));
	const discovered = new Map<string, RegistryCompany>();
	for (const extraction of ordered) for (const company of extraction.companies ?? []) if (!discovered.has(company.id)) discovered.set(company.id, company);
	const registryById = new Map(registry.companies.map(company => [company.id, company]));
	const names = (id: string) => registryById.get(id)?.name ?? discovered.get(id)?.name ?? id;
	const found: FoundEvent[] = ordered.flatMap(extraction => extraction.events);
	const events = mergeEvents(found, (kind, companies, amount, product) => [eventTitleWords[kind], companies.map(names).join(' × '), product ? `「${product}」` : '', amount?.text ?? ''].filter(Boolean).join(' '));
	const mentioned = new Set([
		...ordered.flatMap(extraction => extraction.article.companies),
		...ordered.flatMap(extraction => extraction.named ?? []),
		...figures.flatMap(figure => [figure.company, figure.counterparty ?? figure.company]),
		...events.flatMap(event => event.companies),
	]);
	const freeSegments = new Map<string, Set<string>>();
	for (const figure of figures) if (figure.segment) freeSegments.set(figure.company, (freeSegments.get(figure.company) ?? new Set()).add(figure.segment));
	const segmentAliases = new Map<string, Set<string>>();
	for (const extraction of ordered) {
		for (const {company, segment, aliases} of extraction.segmentAliases ?? []) {
			const key = `${company}\u0000${segment}`;
			segmentAliases.set(key, new Set([...(segmentAliases.get(key) ?? []), ...aliases]));
		}
	}

	const record = (company: RegistryCompany, inRegistry: boolean) => companyRecord(company, inRegistry, freeSegments.get(company.id) ?? new Set(), segment => [...(segmentAliases.get(`${company.id}\u0000${segment}`) ?? [])].sort());
	const companies: Company[] = [
		...registry.companies.filter(company => mentioned.has(company.id)).map(company => record(company, true)),
		...[...discovered.values()].filter(company => mentioned.has(company.id) && !registryById.has(company.id)).map(company => record(company, false)),
	].sort((a, b) => a.id.localeCompare(b.id));

	// A fact conflicts once, through its first record.
	const firstOfFact = figures.filter(figure => figure.fact === figure.id);
	return {
		version: datasetVersion,
		companies,
		articles: ordered.map(extraction => extraction.article),
		events,
		figures,
		conflicts: findConflicts(firstOfFact),
	};
}
