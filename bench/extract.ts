// npm run bench:extract -- [--articles 2000] [--companies 100] [--seed 1] [--runs 5] [--source]
// Extraction throughput on one core: generates (or reuses) a synthetic corpus, then runs
// extractFiles in this process with jobs: 1 and no cache, several times, and prints the median.
// Profile with: node --cpu-prof --cpu-prof-dir=bench/.out/profiles --import tsx bench/extract.ts --source --runs 2
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {generatorFingerprint} from './corpus/generate.js';
import {manifestFile, registryFile, writeCorpus, type Manifest} from './corpus/write.js';
import {loadExtractor} from './load-extractor.js';

const targetMegabytesPerSecond = 5;

const {values} = parseArgs({
	options: {
		articles: {type: 'string', default: '2000'},
		companies: {type: 'string', default: '100'},
		seed: {type: 'string', default: '1'},
		runs: {type: 'string', default: '5'},
		source: {type: 'boolean', default: false},
	},
});
const options = {articles: Number(values.articles), companies: Number(values.companies), seed: values.seed};
const runs = Number(values.runs);
if (![options.articles, options.companies, runs].every(value => Number.isInteger(value) && value >= 1)) {
	console.error('--articles, --companies and --runs must be whole numbers of at least 1');
	process.exit(2);
}

function existingManifest(folder: string): Manifest | null {
	try {
		const manifest = JSON.parse(readFileSync(join(folder, manifestFile), 'utf8')) as Manifest;
		const current = manifest.generator === generatorFingerprint() && manifest.articles === options.articles && manifest.companies === options.companies && manifest.seed === options.seed;
		return current ? manifest : null;
	} catch {
		return null;
	}
}

const folder = join(import.meta.dirname, '.out', `corpus-${options.articles}-${options.companies}-${options.seed}`);
let manifest = existsSync(folder) ? existingManifest(folder) : null;
const reused = manifest !== null;
manifest ??= writeCorpus(options, folder);

const extractor = await loadExtractor(values.source);
const registry = extractor.loadRegistry(join(folder, registryFile));
// A variable, not a literal: `jobs` keeps the run on this thread, and older extractors without it ignore it.
const extractOptions = {paths: [folder], cwd: folder, datasetFolder: folder, registry, jobs: 1};

const seconds: number[] = [];
let last;
for (let run = 0; run < runs; run++) {
	const started = performance.now();
	last = await extractor.extractFiles(extractOptions);
	seconds.push((performance.now() - started) / 1000);
	if (last.extracted !== manifest.articles) throw new Error(`extracted ${last.extracted} of ${manifest.articles} articles: ${JSON.stringify(last.problems.slice(0, 3))}`);
}

const sorted = [...seconds].sort((a, b) => a - b);
const median = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
const megabytes = manifest.totalBytes / 1e6;
const rate = megabytes / median;
const {dataset} = last!;
const lines = [
	`corpus   ${folder} (${reused ? 'reused' : 'generated'})`,
	`         ${manifest.articles} articles, ${megabytes.toFixed(2)} MB (average ${(manifest.averageBytes / 1024).toFixed(1)} KB), ${manifest.companies} companies`,
	`code     ${extractor.description}`,
	`         extractFiles in-process, one thread (jobs: 1), no cache; reading files and building the dataset included, writing JSON not`,
	`runs     ${seconds.map(value => `${value.toFixed(2)} s`).join('  ')}`,
	`median   ${median.toFixed(2)} s: ${rate.toFixed(2)} MB/s, ${Math.round(manifest.articles / median)} articles/s (best ${(megabytes / sorted[0]!).toFixed(2)} MB/s)`,
	`target   ${targetMegabytesPerSecond} MB/s on one core: ${rate >= targetMegabytesPerSecond ? 'met' : 'NOT met'}`,
	`dataset  ${dataset.articles.length} articles, ${dataset.companies.length} companies, ${dataset.events.length} events, ${dataset.figures.length} figures, ${dataset.conflicts.length} conflicts`,
	`memory   peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
];
console.log(lines.join('\n'));
