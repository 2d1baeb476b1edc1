import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Registry} from '../../source/extract/registry.js';
import {isoDay, randomPublishedDay} from './calendar.js';
import {writeDraft} from './draft.js';
import {layoutNames, layoutShapes, renderLayout, type LayoutName} from './layouts/index.js';
import {createRandom, type Random} from './random.js';
import {buildRoster, registryOf} from './roster.js';
import type {Scene} from './scene.js';
import {buildWorld, type CompanyWorld, type World} from './world.js';

export interface CorpusOptions {
	readonly articles: number;
	readonly companies: number;
	readonly seed: string;
}

export interface CorpusArticle {
	readonly fileName: string;
	readonly content: string;
	readonly layout: LayoutName;
	/** The publication day (YYYY-MM-DD): in the front matter, or only implied by the text's dates. */
	readonly published: string;
	/** Ids of the companies the article names. */
	readonly companies: readonly string[];
}

export interface Corpus {
	readonly options: CorpusOptions;
	readonly registry: Registry;
	readonly world: World;
	/** Article `index`; it depends only on the options and the index, not on the other articles. */
	article(index: number): CorpusArticle;
}

/**
 * The generator's own source: fictional company names are checked against it so that no name is
 * also an ordinary word of some template ("データ", "Atlas"), which every article would "mention".
 */
function generatorText(folder: string): string {
	return readdirSync(folder, {withFileTypes: true, recursive: true})
		.filter(entry => entry.isFile() && entry.name.endsWith('.ts'))
		.map(entry => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
		.join('\n');
}

/**
 * Names the generator's exact code: a corpus written by other code is stale even for the same
 * options, and a benchmark must not reuse it.
 */
export function generatorFingerprint(): string {
	return `brief-corpus ${createHash('sha256')
		.update(generatorText(import.meta.dirname))
		.digest('hex')
		.slice(0, 12)}`;
}

const layoutWeights: number[] = [];
let total = 0;
for (const name of layoutNames) layoutWeights.push((total += layoutShapes[name].weight));

function castOf(index: number, world: World, random: Random): CompanyWorld[] {
	const {companies, cumulativeWeights} = world;
	// Every other article is about the next company in turn, so that with twice as many articles as
	// companies each one is covered; the rest follow the long tail of attention.
	const primary = index % 2 === 0 ? (index / 2) % companies.length : random.weighted(cumulativeWeights);
	const cast = [primary];
	const wanted = Math.min(companies.length, 1 + random.int(2, 4));
	for (let attempt = 0; cast.length < wanted && attempt < 50; attempt++) {
		const peer = random.weighted(cumulativeWeights);
		if (!cast.includes(peer)) cast.push(peer);
	}

	return cast.map(member => companies[member]!);
}

export function createCorpus(options: CorpusOptions): Corpus {
	const roster = buildRoster(options.companies, createRandom(`${options.seed}:roster`), generatorText(import.meta.dirname));
	const world = buildWorld(roster, options.seed);
	const width = Math.max(3, String(options.articles - 1).length);
	return {
		options,
		registry: registryOf(roster),
		world,
		article(index) {
			const random = createRandom(`${options.seed}:article:${index}`);
			const layout = layoutNames[random.weighted(layoutWeights)]!;
			const scene: Scene = {random, published: randomPublishedDay(random), world, cast: castOf(index, world, random), named: new Set()};
			const [shortest, longest] = layoutShapes[layout].length;
			const draft = writeDraft(scene, random.int(shortest, longest), layout === 'chatty' ? 'chatty' : 'news');
			const content = renderLayout(layout, scene, draft, () => writeDraft(scene, random.int(300, 700), 'chatty'));
			const fileName = `${String(index).padStart(width, '0')}_${random.hex(16)}.txt`;
			// A layout may cut its last paragraph mid-sentence, and a name with it: named means in the text.
			const text = content.normalize('NFKC');
			const inText = (id: string) => {
				const {names, cloudNames} = world.companies.find(member => member.company.id === id)!.company;
				return [...names, ...cloudNames].some(name => text.includes(name.normalize('NFKC')));
			};
			return {fileName, content, layout, published: isoDay(scene.published), companies: [...scene.named].filter(id => inText(id)).sort()};
		},
	};
}
