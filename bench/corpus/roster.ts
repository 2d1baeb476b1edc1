import {defaultRegistry, type Registry, type RegistryCompany} from '../../source/extract/registry.js';
import {fictionalName} from './names.js';
import type {Random} from './random.js';

/** A company the corpus writes about, with the spellings articles may use for it. */
export interface CorpusCompany {
	readonly id: string;
	/** Names for the company itself; the first ones are the usual ones. */
	readonly names: readonly string[];
	/** Names of its cloud business ("AWS", "Azure"), under which cloud figures are quoted. */
	readonly cloudNames: readonly string[];
	readonly fictional: boolean;
	readonly entry: RegistryCompany;
}

function allNames(company: RegistryCompany): string[] {
	return [company.name, ...company.japaneseNames, ...company.aliases, ...(company.segments ?? []).flatMap(segment => [segment.name, ...segment.aliases])];
}

function fromRegistry(company: RegistryCompany, otherNames: readonly string[]): CorpusCompany {
	// "Azure OpenAI" names two companies; articles about Azure's figures would not write it.
	const own = (name: string) => !otherNames.some(other => other.length >= 3 && name.includes(other));
	const cloudNames = (company.segments ?? [])
		.filter(segment => segment.category === 'cloud')
		.flatMap(segment => [segment.name, ...segment.aliases])
		.filter(own);
	const [firstJapanese, ...otherJapanese] = company.japaneseNames;
	const names = [...(firstJapanese ? [firstJapanese] : []), company.name, ...otherJapanese].filter(own);
	// "SoftBank Corp" holds another company's name in each of its own: it is written whole, as articles do.
	return {id: company.id, names: names.length > 0 ? names : [company.name], cloudNames, fictional: false, entry: company};
}

/**
 * `count` companies: the bundled registry's, in its order (the seeds' protagonists come first),
 * then fictional ones. `templateText` is all text the articles are built from, so that no
 * fictional name is an ordinary word of it.
 */
export function buildRoster(count: number, random: Random, templateText: string): CorpusCompany[] {
	const bundled = defaultRegistry.companies;
	const bundledNames = bundled.flatMap(company => allNames(company));
	const roster = bundled.slice(0, count).map(company =>
		fromRegistry(
			company,
			bundledNames.filter(name => !allNames(company).includes(name)),
		),
	);
	const taken = new Set([...bundledNames, ...bundled.flatMap(company => company.ticker ?? [])].map(name => name.toLowerCase()));
	const lowerTemplates = templateText.toLowerCase();
	const isTaken = (text: string) => taken.has(text.toLowerCase()) || lowerTemplates.includes(text.toLowerCase()) || bundledNames.some(name => name.toLowerCase().includes(text.toLowerCase()));
	while (roster.length < count) {
		const name = fictionalName(random, isTaken);
		for (const text of [name.latinStem, name.katakanaStem, name.ticker]) taken.add(text.toLowerCase());
		const cloudSegment = !name.isCloud && random.chance(0.3);
		const entry: RegistryCompany = {
			id: name.id,
			name: name.latin,
			ticker: name.ticker,
			// Unknown, as for most companies a user adds: periods read as calendar years.
			fiscalYearEnd: null,
			japaneseNames: [name.katakana, name.katakanaStem],
			aliases: [name.latinStem],
			...(cloudSegment ? {segments: [{id: `${name.id}-cloud`, name: `${name.latinStem} Cloud`, category: 'cloud', aliases: [`${name.katakanaStem}・クラウド`]}]} : {}),
		};
		roster.push({
			id: name.id,
			names: [name.katakana, name.latin, name.katakanaStem, name.latinStem],
			cloudNames: cloudSegment ? [`${name.latinStem} Cloud`, `${name.katakanaStem}・クラウド`] : name.isCloud ? [name.latin, name.katakana] : [],
			fictional: true,
			entry,
		});
	}

	return roster;
}

/** The registry `brief extract --registry` reads for this corpus: shaped like data/companies.json. */
export function registryOf(roster: readonly CorpusCompany[]): Registry {
	return {companies: roster.map(company => company.entry)};
}

/** One company a line, as data/companies.json is written, so the file diffs and greps well. */
export function serializeRegistry(registry: Registry): string {
	return `{\n  "companies": [\n${registry.companies.map(company => `    ${JSON.stringify(company)}`).join(',\n')}\n  ]\n}\n`;
}
