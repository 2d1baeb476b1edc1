import {existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {createCorpus, generatorFingerprint, type CorpusOptions} from './generate.js';
import type {LayoutName} from './layouts/index.js';
import {serializeRegistry} from './roster.js';

/** What a corpus folder holds; no time stamps, so that the same options give the same bytes. */
export interface Manifest {
	/** The generator's fingerprint: output is byte-identical for the same options and generator. */
	readonly generator: string;
	readonly seed: string;
	readonly articles: number;
	readonly companies: number;
	readonly fictionalCompanies: number;
	/** Companies that at least one article names. */
	readonly companiesNamed: number;
	readonly layouts: Readonly<Partial<Record<LayoutName, number>>>;
	readonly totalBytes: number;
	readonly averageBytes: number;
	readonly minBytes: number;
	readonly maxBytes: number;
	readonly registry: string;
}

export const manifestFile = 'manifest.json';
export const registryFile = 'companies.json';

/**
 * Writes the corpus into `folder`, replacing an earlier corpus there. A folder that holds other
 * files is refused: `--out data/articles` by mistake must not delete anyone's articles.
 */
export function writeCorpus(options: CorpusOptions, folder: string): Manifest {
	if (existsSync(folder)) {
		if (existsSync(join(folder, manifestFile))) rmSync(folder, {recursive: true});
		else if (readdirSync(folder).length > 0) throw new Error(`${folder} is not empty and holds no ${manifestFile}: not overwriting it`);
	}

	mkdirSync(folder, {recursive: true});
	const corpus = createCorpus(options);
	writeFileSync(join(folder, registryFile), serializeRegistry(corpus.registry));
	const named = new Set<string>();
	const layouts: Partial<Record<LayoutName, number>> = {};
	let [totalBytes, minBytes, maxBytes] = [0, Number.POSITIVE_INFINITY, 0];
	for (let index = 0; index < options.articles; index++) {
		const article = corpus.article(index);
		const bytes = Buffer.from(article.content, 'utf8');
		writeFileSync(join(folder, article.fileName), bytes);
		for (const id of article.companies) named.add(id);
		layouts[article.layout] = (layouts[article.layout] ?? 0) + 1;
		totalBytes += bytes.length;
		minBytes = Math.min(minBytes, bytes.length);
		maxBytes = Math.max(maxBytes, bytes.length);
	}

	const manifest: Manifest = {
		generator: generatorFingerprint(),
		seed: options.seed,
		articles: options.articles,
		companies: options.companies,
		fictionalCompanies: corpus.registry.companies.length - corpus.world.companies.filter(company => !company.company.fictional).length,
		companiesNamed: named.size,
		layouts,
		totalBytes,
		averageBytes: options.articles === 0 ? 0 : Math.round(totalBytes / options.articles),
		minBytes: options.articles === 0 ? 0 : minBytes,
		maxBytes,
		registry: registryFile,
	};
	writeFileSync(join(folder, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
	return manifest;
}
