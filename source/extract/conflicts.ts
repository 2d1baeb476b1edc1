import type {Conflict, Metric, MetricKind} from '../dataset/schema.js';

// Kinds where a company has one true value per period. Investments are not among them: two
// amounts in one article are usually two investments, not two versions of one.
const levelKinds: ReadonlySet<MetricKind> = new Set(['market_share', 'revenue_growth', 'revenue', 'customers']);

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

/** Whether two observations of one quantity disagree beyond rounding and "約". */
function disagree(a: Metric, b: Metric): boolean {
	if (a.unit !== b.unit) return false;
	const loose = a.qualifier !== 'exact' || b.qualifier !== 'exact';
	if (a.unit === '%') return Math.abs(a.value - b.value) > (loose ? 1 : 0.05) && !sameWhenRounded(a.value, b.value);
	const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
	return scale > 0 && Math.abs(a.value - b.value) / scale > (loose ? 0.1 : 0.01);
}

function describe(metric: Metric): string {
	return metric.text || `${metric.value}${metric.unit === '%' ? '%' : ` ${metric.unit}`}`;
}

/**
 * Figures that disagree for the same company, segment, kind and period, across or within articles.
 * A figure without a period is compared with others of the same article date. The earlier side of
 * "34%から29%" is history, not a claim about now, so it conflicts with nothing.
 */
export function findConflicts(metrics: readonly Metric[]): Conflict[] {
	const groups = new Map<string, Metric[]>();
	for (const metric of metrics) {
		if (!levelKinds.has(metric.kind) || metric.superseded) continue;
		const period = metric.period ?? `as of ${metric.asOf ?? metric.article}`;
		const key = [metric.company, metric.segment ?? '', metric.kind, period].join('\u0000');
		groups.set(key, [...(groups.get(key) ?? []), metric]);
	}

	const conflicts: Conflict[] = [];
	for (const group of groups.values()) {
		const disagreeing = group.filter(metric => group.some(other => other !== metric && disagree(metric, other)));
		if (disagreeing.length < 2) continue;
		const first = disagreeing[0]!;
		const values = [...new Set(disagreeing.map(metric => describe(metric)))];
		const articles = [...new Set(disagreeing.map(metric => metric.article))];
		const when = first.period ?? (first.asOf ? `as of ${first.asOf}` : 'undated');
		const label = first.label || first.kind;
		conflicts.push({
			company: first.company,
			kind: first.kind,
			period: first.period,
			metrics: disagreeing.map(metric => metric.id),
			note: `${label} ${when}: ${values.join(' vs ')} (${articles.length === 1 ? `within ${articles[0]}` : `across ${articles.join(', ')}`})`,
		});
	}

	return conflicts.sort((a, b) => a.company.localeCompare(b.company) || a.kind.localeCompare(b.kind) || (a.period ?? '').localeCompare(b.period ?? ''));
}
