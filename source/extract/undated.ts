import {timedKinds} from '../dataset/schema.js';
import type {FoundFigure} from './figures/types.js';

// "直近の四半期", "最新四半期", "当四半期": the latest term as of the story, a time the text does tell.
const latestTerm = /(?:直近|最新|今|当)の?(?:四半期|決算期|会計期間)/;

const factKey = (found: FoundFigure) => `${found.company}\u0000${found.segment ?? ''}\u0000${found.kind}\u0000${found.value}`;

/**
 * The figures whose time a reader can place. A result told as fact with no period ("売上高：8,512億円" in a list whose
 * period brief could not tell) is left out, not shown undated, save
 * - one its sentence times by the story's own day ("直近の四半期では…30%増加"), and
 * - one set beside a result the article has already placed ("Azureの収益増加率30%は、AWSの13%を上回り"): two
 *   results weighed in one sentence are of one time, and it takes that result's period.
 */
export function placedFigures(found: readonly FoundFigure[], sentenceText: (sentence: number) => string): FoundFigure[] {
	const placed: FoundFigure[] = [];
	const placedFacts = new Map<string, FoundFigure>();
	for (const figure of found) {
		const undated = figure.basis === 'actual' && figure.period === null && timedKinds.has(figure.kind) && !latestTerm.test(sentenceText(figure.sentence));
		if (!undated) {
			placed.push(figure);
			if (figure.basis === 'actual' && !figure.prior && !placedFacts.has(factKey(figure))) placedFacts.set(factKey(figure), figure);
			continue;
		}

		const partner = found
			.filter(other => other !== figure && other.sentence === figure.sentence && other.kind === figure.kind && other.basis === 'actual' && !other.prior)
			.map(other => placedFacts.get(factKey(other)))
			.find(earlier => earlier !== undefined && earlier.sentence < figure.sentence && (earlier.company !== figure.company || earlier.segment !== figure.segment));
		if (partner) placed.push({...figure, period: partner.period, periodText: partner.periodText});
	}

	return placed;
}
