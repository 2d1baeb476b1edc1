import {periodPattern, type Figure} from '../dataset/schema.js';
import {sameWhenRounded} from './conflicts.js';
import type {FoundFigure} from './figures/types.js';
import {formatPeriod} from './period-calendar.js';

// A figure read to its dataset record, and when two records are one figure said twice (headline and text, table and prose).

/** A dataset figure record of a figure read from the article. */
export function toRecord(found: FoundFigure, id: string, article: string, quote: string, asOf: string | null): Figure {
	const formatted = found.period ? formatPeriod(found.period) : null;
	return {
		id,
		fact: id,
		company: found.company,
		segment: found.segment,
		counterparty: found.counterparty,
		kind: found.kind,
		measure: found.measure,
		value: found.value,
		unit: found.unit,
		text: found.text,
		qualifier: found.qualifier,
		range: found.range,
		converted: found.converted,
		period: formatted !== null && periodPattern.test(formatted) ? formatted : null,
		periodText: found.periodText,
		basis: found.basis,
		source: found.source,
		asOf,
		prior: found.prior,
		article,
		quote,
		sources: [{article, quote}],
	};
}

const dealKinds = new Set(['investment', 'funding', 'stake']);

/** Whether `fine` rounded to the significant digits of `rough` is `rough`: 3兆2140億 to 3.2兆. */
export const significantDigits = (value: number) =>
	String(Math.abs(value))
		.replace(/^0\.0*|\./g, '')
		.replace(/0+$/, '').length;

function sameToFewerDigits(rough: number, fine: number): boolean {
	const precision = significantDigits(rough);
	return precision >= 2 && significantDigits(fine) > precision && Number(fine.toPrecision(precision)) === rough;
}

/** The same figure said twice in one article (headline and text, table and prose) is one figure. */
export function sameFigure(a: Figure, b: Figure): boolean {
	// A deal is between two parties whichever the sentence names first; said again later
	// ("380億ドルという金額は"), it may name only one of them.
	const parties = (figure: Figure) => (dealKinds.has(figure.kind) ? [figure.company, figure.counterparty ?? ''].sort().join('\u0000') : `${figure.company}\u0000${figure.segment ?? ''}`);
	const oneParty = (short: Figure, full: Figure) => dealKinds.has(short.kind) && short.counterparty === null && (short.company === full.company || short.company === full.counterparty);
	// "前年から0.8ポイント下げた" and a table's "前年比 △0.8ポイント": one change, whether or not its comparison was read.
	const measureOf = (figure: Figure) => figure.measure.split(' ')[0];
	// "調整後営業利益率 | 9.1% |" in a table and "調整後営業利益率は9.1%" in the text: one figure, however the row's label was read.
	const unadjusted = (figure: Figure) => figure.measure.replace(/（調整後）$/, '');
	const sameMeasure = a.measure === b.measure || (a.value === b.value && unadjusted(a) === unadjusted(b)) || (a.unit === 'pt' && !(a.measure.includes(' ') && b.measure.includes(' ')) && measureOf(a) === measureOf(b));
	if ((parties(a) !== parties(b) && !oneParty(a, b) && !oneParty(b, a)) || a.kind !== b.kind || !sameMeasure || a.unit !== b.unit || a.period !== b.period || a.basis !== b.basis) return false;
	if (a.value === b.value) return true;
	// "シェアは7%" and another firm's "6.5%": two estimates that disagree, not one rounded.
	if (a.unit === '%') return a.source === b.source && sameWhenRounded(a.value, b.value);
	// "純利益は3.2兆円" over an item that says "純利益が3兆2140億円": one amount, rounded in the headline.
	// Only a headline's way of rounding: an amount in a large unit ("3.2兆円", "1.5億ドル", "2841億円" beside a table's
	// "284,120" in 百万円). The period being one, a value the
	// text gives as the year before's ("前期は26.1億円") is the table's row of that year ("| 25.03 | … | 2,611 |").
	const [rough, fine] = significantDigits(a.value) <= significantDigits(b.value) ? [a, b] : [b, a];
	// Not "2兆3,500億円（従来予想は2兆4,000億円）": a forecast and the one it replaced differ in being replaced.
	const samePrior = a.prior === b.prior || (a.basis === 'actual' && b.basis === 'actual');
	return a.unit !== 'pt' && a.unit !== 'count' && samePrior && a.range === null && b.range === null && /^[^\d兆億]*\d[\d,]*(?:\.\d+)?\s?[兆億][^\d]*$/.test(rough.text) && sameToFewerDigits(rough.value, fine.value);
}
