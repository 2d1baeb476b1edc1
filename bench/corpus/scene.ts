import {quarterIndex, quarterOf, yearOmittable, type Day} from './calendar.js';
import {maybeFullWidth} from './numbers.js';
import type {Random} from './random.js';
import type {CompanyWorld, World} from './world.js';

/** One article being written: when it is published, who it is about, and its random stream. */
export interface Scene {
	readonly random: Random;
	readonly published: Day;
	readonly world: World;
	/** The article's main company first, then the peers it compares it with. */
	readonly cast: readonly CompanyWorld[];
	/** Ids of the companies the article names, for the manifest. */
	readonly named: Set<string>;
}

/** A name for the company as an article would write it; cloud figures go under the cloud brand. */
export function nameOf(scene: Scene, company: CompanyWorld, options: {cloud?: boolean} = {}): string {
	scene.named.add(company.company.id);
	const {names, cloudNames} = company.company;
	if (options.cloud && cloudNames.length > 0 && scene.random.chance(0.8)) return scene.random.chance(0.7) ? cloudNames[0]! : scene.random.pick(cloudNames);
	// The usual names most of the time, the rarer spellings now and then.
	return scene.random.chance(0.75) ? names[0]! : scene.random.pick(names);
}

/** Another company of the cast than `company`. */
export function otherThan(scene: Scene, company: CompanyWorld): CompanyWorld {
	const others = scene.cast.filter(member => member !== company);
	return others.length > 0 ? scene.random.pick(others) : company;
}

/** The last quarter that had ended when the article was published. */
export function lastQuarter(scene: Scene): number {
	return Math.max(0, quarterIndex(scene.published) - 1);
}

/** A day: "2025年11月3日", or "11月3日" when the article's own year makes the year obvious. */
export function writeDay(scene: Scene, day: Day): string {
	const text = yearOmittable(day, scene.published) && scene.random.chance(0.4) ? `${day.month}月${day.day}日` : `${day.year}年${day.month}月${day.day}日`;
	return maybeFullWidth(text, scene.random);
}

/** "2025年11月", or "11月" within the article's months. */
export function writeMonth(scene: Scene, day: Day): string {
	return yearOmittable(day, scene.published) && scene.random.chance(0.3) ? `${day.month}月` : `${day.year}年${day.month}月`;
}

/**
 * "2025年第2四半期", "2025年度第2四半期", "2025年Q2", or "第2四半期" in the article's own year
 * unless `withYear` (next to a quarter of another year, a bare one would be read in that year).
 */
export function writeQuarter(scene: Scene, index: number, withYear = false): string {
	const {year, quarter} = quarterOf(index);
	const roll = scene.random.next();
	if (roll < 0.55) return maybeFullWidth(`${year}年第${quarter}四半期`, scene.random);
	if (roll < 0.75) return `${year}年度第${quarter}四半期`;
	if (roll < 0.9 || withYear || year !== scene.published.year) return `${year}年Q${quarter}`;
	return `第${quarter}四半期`;
}
