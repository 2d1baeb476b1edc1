import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {Company, Dataset} from '../schema.js';
import {compareText, normalizeName} from './names.js';

/** A name that matched no company, with the closest company names (best first, at most three). */
export interface UnknownCompany {
	readonly query: string;
	readonly suggestions: readonly string[];
}

/** The companies found, in the order asked and without repeats, and the names that matched none. */
export interface CompanyResolution {
	readonly companies: readonly Company[];
	readonly unknown: readonly UnknownCompany[];
}

interface NameIndex {
	readonly byName: ReadonlyMap<string, Company>;
	readonly entries: ReadonlyArray<{readonly name: string; readonly company: Company}>;
}

const cache = new WeakMap<Dataset, NameIndex>();

/** Every name a company goes by: id, name, ticker, Japanese names, aliases, segments. */
export function companyNames(company: Company): string[] {
	return [company.id, company.name, ...(company.ticker ? [company.ticker] : []), ...company.japaneseNames, ...company.aliases, ...company.segments.flatMap(segment => [segment.id, segment.name])];
}

function nameIndex(dataset: Dataset): NameIndex {
	const cached = cache.get(dataset);
	if (cached) return cached;
	const byName = new Map<string, Company>();
	const entries: Array<{name: string; company: Company}> = [];
	// Primary names first, so that an alias never takes over another company's own name.
	const passes: Array<(company: Company) => string[]> = [
		company => [company.id, company.name, ...(company.ticker ? [company.ticker] : [])],
		company => [...company.japaneseNames, ...company.aliases, ...company.segments.flatMap(segment => [segment.id, segment.name])],
	];
	for (const namesOf of passes) {
		for (const company of dataset.companies) {
			for (const name of namesOf(company)) {
				const normalized = normalizeName(name);
				if (normalized === '' || byName.has(normalized)) continue;
				byName.set(normalized, company);
				entries.push({name: normalized, company});
			}
		}
	}

	const index = {byName, entries};
	cache.set(dataset, index);
	return index;
}

/** The company going by this name, alias, ticker or Japanese name (NFKC, any case). */
export function findCompany(dataset: Dataset, query: string): Company | undefined {
	return nameIndex(dataset).byName.get(normalizeName(query));
}

function editDistance(first: string, second: string): number {
	const firstCharacters = [...first];
	const secondCharacters = [...second];
	let previous = Array.from({length: secondCharacters.length + 1}, (_, position) => position);
	for (const [row, firstCharacter] of firstCharacters.entries()) {
		const current = [row + 1];
		for (const [column, secondCharacter] of secondCharacters.entries()) {
			const substitution = previous[column]! + (firstCharacter === secondCharacter ? 0 : 1);
			current.push(Math.min(previous[column + 1]! + 1, current[column]! + 1, substitution));
		}

		previous = current;
	}

	return previous.at(-1)!;
}

/** Company names close to the query: a shared prefix or a few edits away. Best first, at most `limit`. */
export function suggestCompanies(dataset: Dataset, query: string, limit = 3): string[] {
	const wanted = normalizeName(query);
	if (wanted === '') return [];
	const allowed = Math.max(1, Math.floor([...wanted].length / 3));
	const best = new Map<Company, number>();
	for (const {name, company} of nameIndex(dataset).entries) {
		const related = name.startsWith(wanted) || (wanted.length >= 3 && name.includes(wanted)) || (name.length >= 3 && wanted.startsWith(name));
		const distance = related ? 0.5 : editDistance(wanted, name);
		if (distance > allowed && !related) continue;
		const known = best.get(company);
		if (known === undefined || distance < known) best.set(company, distance);
	}

	return [...best]
		.sort(([first, firstDistance], [second, secondDistance]) => firstDistance - secondDistance || compareText(first.name, second.name))
		.slice(0, limit)
		.map(([company]) => sanitizeLine(company.name));
}

/** Resolves every query; see `CompanyResolution`. */
export function resolveCompanies(dataset: Dataset, queries: readonly string[]): CompanyResolution {
	const companies: Company[] = [];
	const unknown: UnknownCompany[] = [];
	for (const query of queries) {
		const company = findCompany(dataset, query);
		if (!company) unknown.push({query, suggestions: suggestCompanies(dataset, query)});
		else if (!companies.includes(company)) companies.push(company);
	}

	return {companies, unknown};
}

/** The one-line message for a name that matched nothing: `unknown company 'X' (closest: A, B)`. */
export function unknownCompanyMessage(unknown: UnknownCompany, language: Language = 'en'): string {
	return messages(language).unknownCompany(sanitizeLine(unknown.query), unknown.suggestions.join(', '));
}
