import {quarterCount, randomDayInRange, dayNumber, type Day} from './calendar.js';
import {percent, randomDealOku} from './numbers.js';
import {createRandom, type Random} from './random.js';
import type {CorpusCompany} from './roster.js';

/** A deal that happened once and that several articles may report. */
export interface Deal {
	readonly day: Day;
	/** Index of the other company in the roster. */
	readonly partner: number;
	readonly usdOku: number;
	readonly kind: 'contract' | 'investment';
}

/** A long-standing backer and the funding it has put in so far, per quarter. */
export interface Backing {
	readonly backer: number;
	readonly since: number;
	readonly cumulativeOku: readonly number[];
}

export interface Launch {
	readonly day: Day;
	readonly product: string;
}

/**
 * What is true about one company over the corpus's four and a half years. Articles quote these
 * values, so that figures from different articles line up into series instead of being noise.
 */
export interface CompanyWorld {
	readonly index: number;
	readonly company: CorpusCompany;
	/** The market its share is quoted in. */
	readonly market: string;
	/** Per quarter (index 0 = 2022 Q1). */
	readonly share: readonly number[];
	readonly growth: readonly number[];
	readonly revenueOku: readonly number[];
	readonly customers: readonly number[];
	readonly deals: readonly Deal[];
	readonly launches: readonly Launch[];
	readonly backing: Backing | null;
}

export interface World {
	readonly companies: readonly CompanyWorld[];
	/** Attention follows a long tail: a few companies are in the news all the time. */
	readonly cumulativeWeights: readonly number[];
}

export const productWords = ['Nova', 'Helix', 'Orion', 'Atlas', 'Vega', 'Lumen', 'Quasar', 'Pulse', 'Zenith', 'Aurora', 'Mosaic', 'Cirrus', 'Photon', 'Kestrel'] as const;
const markets = ['AI半導体市場', '生成AI市場', 'データセンター向けGPU市場', 'AIエージェント市場', '法人向けAI市場'] as const;

function walk(random: Random, start: number, step: number, min: number, max: number): number[] {
	const values = [start];
	while (values.length < quarterCount) values.push(Math.min(max, Math.max(min, values.at(-1)! + random.float(-step, step))));
	return values.map(value => percent(value, random));
}

function companyWorld(index: number, company: CorpusCompany, companyCount: number, seed: string): CompanyWorld {
	// Each company has its own stream: adding companies leaves the others' histories unchanged.
	const random = createRandom(`${seed}:company:${company.id}`);
	const share = walk(random, random.float(2, 35), 3, 0.5, 60);
	const growth = walk(random, random.float(3, 35), 3, -10, 60);
	const base = random.float(20, 1000);
	const revenueOku: number[] = [];
	for (let quarter = 0; quarter < quarterCount; quarter++) {
		const value = quarter < 4 ? base * (1 + 0.03 * quarter) : revenueOku[quarter - 4]! * (1 + growth[quarter]! / 100);
		revenueOku.push(Math.max(1, Math.round(value)));
	}

	const customerBase = random.int(5, 500) * 100;
	const customerGrowth = random.float(0.01, 0.08);
	const customers = Array.from({length: quarterCount}, (_, quarter) => Math.round((customerBase * (1 + customerGrowth) ** quarter) / 100) * 100);
	const partnerOf = () => {
		const partner = random.int(0, companyCount - 2);
		return partner >= index ? partner + 1 : partner;
	};

	const deals: Deal[] =
		companyCount < 2
			? []
			: Array.from({length: random.int(6, 12)}, () => ({
					day: randomDayInRange(random),
					partner: partnerOf(),
					usdOku: randomDealOku(random),
					kind: random.chance(0.5) ? ('contract' as const) : ('investment' as const),
				}));
	let backing: Backing | null = null;
	if (companyCount >= 2 && random.chance(0.4)) {
		let total = random.int(5, 60);
		const cumulativeOku = Array.from({length: quarterCount}, () => (total += random.chance(0.3) ? random.int(2, 30) : 0));
		backing = {backer: partnerOf(), since: random.int(2016, 2021), cumulativeOku};
	}

	const launches = Array.from({length: random.int(3, 6)}, () => ({day: randomDayInRange(random), product: `${random.pick(productWords)} ${random.int(2, 9)}`}));
	const byDay = (a: {day: Day}, b: {day: Day}) => dayNumber(a.day) - dayNumber(b.day);
	return {
		index,
		company,
		market: company.cloudNames.length > 0 ? 'クラウド市場' : random.pick(markets),
		share,
		growth,
		revenueOku,
		customers,
		deals: deals.sort(byDay),
		launches: launches.sort(byDay),
		backing,
	};
}

export function buildWorld(roster: readonly CorpusCompany[], seed: string): World {
	const companies = roster.map((company, index) => companyWorld(index, company, roster.length, seed));
	const cumulativeWeights: number[] = [];
	let total = 0;
	for (let index = 0; index < roster.length; index++) {
		total += 1 / (index + 1) ** 0.9;
		cumulativeWeights.push(total);
	}

	return {companies, cumulativeWeights};
}
