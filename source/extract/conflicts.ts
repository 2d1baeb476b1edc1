import type {Conflict, Figure, FigureKind} from '../dataset/schema.js';

// Conflicts only between comparable figures: the same company, segment, kind, measure, period and
// basis (actuals only), none of them an earlier value quoted for comparison, disagreeing beyond
// rounding, "約" or a range. Deals, stock moves (intraday and close differ) and the catch-all kind
// are never compared: two amounts of them are usually two things.
const comparableKinds: ReadonlySet<FigureKind> = new Set(['market_share', 'revenue', 'revenue_growth', 'operating_income', 'net_income', 'margin', 'eps', 'capex', 'backlog', 'customers', 'users', 'headcount', 'market_cap', 'valuation']);

/** Digits written after the decimal point. */
function decimalsOf(value: number): number {
	const text = String(value);
	const point = text.indexOf('.');
	return point === -1 ? 0 : text.length - point - 1;
}

/** Whether two values are one value written to different precision: 48% and 48.1%, not 29% and 29.6%. */
export function sameWhenRounded(a: number, b: number): boolean {
	const scale = 10 ** Math.min(decimalsOf(a), decimalsOf(b));
	return Math.round(a * scale) === Math.round(b * scale);
}

function within(figure: Figure, value: number): boolean {
	return figure.range !== null && value >= figure.range.low && value <= figure.range.high;
}

/** Whether two observations of one quantity disagree beyond rounding, "約" and ranges. */
export function disagree(a: Figure, b: Figure): boolean {
	if (a.unit !== b.unit) return false;
	if (within(a, b.value) || within(b, a.value)) return false;
	const loose = a.qualifier !== 'exact' || b.qualifier !== 'exact';
	if (a.unit === '%' || a.unit === 'pt') return Math.abs(a.value - b.value) > (loose ? 1 : 0.05) && !sameWhenRounded(a.value, b.value);
	const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
	if (loose) return scale > 0 && Math.abs(a.value - b.value) / scale > 0.1;
	// Two exact amounts disagree unless the finer rounds to the coarser: 1兆4,320億 is 1兆4,300億 to the
	// hundred billion, but 1,423億 and 1,432億 are two numbers.
	const step = Math.max(precisionOf(a.value), precisionOf(b.value));
	return Math.round(a.value / step) !== Math.round(b.value / step);
}

/** The place an amount is written to: 10^8 for 1,423億, 10^10 for 1兆4,300億. */
function precisionOf(value: number): number {
	let step = 1;
	while (step < 1e15 && Number.isInteger(value / (step * 10)) && value !== 0) step *= 10;
	return step;
}

/** The key under which figures can conflict; null for figures that never do. */
export function comparableKey(figure: Figure): string | null {
	if (!comparableKinds.has(figure.kind) || figure.basis !== 'actual' || figure.prior) return null;
	// Without a period, only figures of one article (one date) are about the same moment.
	const when = figure.period ?? `in ${figure.article}`;
	return [figure.company, figure.segment ?? '', figure.kind, figure.measure, figure.unit, when].join('\u0000');
}

/**
 * Whether two comparable figures can contradict each other: they come from different articles or
 * different research firms. Two dated figures of one article and one source that differ are most
 * often a segment and its whole read as one, not a contradiction; undated shares of one article are
 * ("約33%のシェア" against "34%から29%に"). Undated counts and amounts of one article that differ are
 * most often of different things ("法人向けの利用者は900万人", "日本の利用者は2,800万人").
 */
function rivals(a: Figure, b: Figure): boolean {
	return a.article !== b.article || a.source !== b.source || (a.period === null && a.unit === '%');
}

function describe(figure: Figure): string {
	const value = figure.text || `${figure.value}${figure.unit}`;
	return figure.source ? `${value} (${figure.source})` : value;
}

/**
 * Figures that disagree, one record per fact (`figures` holds one record of each fact: the first).
 * Two research firms' shares of one quarter conflict; so do two articles that report one company's
 * quarter differently; so do two figures of one article that say different things of one moment.
 */
export function findConflicts(figures: readonly Figure[]): Conflict[] {
	const groups = new Map<string, Figure[]>();
	for (const figure of figures) {
		const key = comparableKey(figure);
		if (key === null) continue;
		const group = groups.get(key);
		if (group) group.push(figure);
		else groups.set(key, [figure]);
	}

	const conflicts: Conflict[] = [];
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const disagreeing = group.filter(figure => group.some(other => other !== figure && rivals(figure, other) && disagree(figure, other)));
		if (disagreeing.length < 2) continue;
		const first = disagreeing[0]!;
		const values = [...new Set(disagreeing.map(figure => describe(figure)))];
		const articles = [...new Set(disagreeing.map(figure => figure.article))];
		conflicts.push({
			company: first.company,
			segment: first.segment,
			kind: first.kind,
			period: first.period,
			basis: first.basis,
			figures: disagreeing.map(figure => figure.id),
			note: `${first.measure} ${first.period ?? first.asOf ?? ''}: ${values.join(' vs ')} (${articles.length === 1 ? `within ${articles[0]}` : `across ${articles.join(', ')}`})`,
		});
	}

	return conflicts.sort((a, b) => a.company.localeCompare(b.company) || a.kind.localeCompare(b.kind) || (a.period ?? '').localeCompare(b.period ?? ''));
}
