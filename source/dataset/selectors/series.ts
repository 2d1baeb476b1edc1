import type {Metric, MetricKind, MetricUnit} from '../schema.js';
import {compareDates} from './dates.js';
import type {DatasetIndex} from './dataset-index.js';
import {toFigure, type Figure, type SegmentReference} from './figures.js';

/** Which way a series moved from its previous point to its latest; never shown by colour alone. */
export type Direction = 'up' | 'down' | 'flat';

/**
 * A company's figures of one kind, segment and unit, oldest first: ordered by `date`
 * (`period ?? asOf`), then by position in a "34%から29%" run.
 */
export interface Series {
	/** Stable key: `kind:segment:unit` ("market_share:aws:%"). */
	readonly key: string;
	readonly company: string;
	readonly kind: MetricKind;
	readonly label: string;
	readonly segment: SegmentReference | null;
	readonly unit: MetricUnit;
	/** Oldest first; never empty. */
	readonly points: readonly Figure[];
	/** The newest point. */
	readonly latest: Figure;
	/**
	 * What the latest point replaced: the earlier side of its "34%から29%" run when it has one,
	 * otherwise the point before it in the series; null for a single point.
	 */
	readonly previous: Figure | null;
	/** From `previous` to `latest`; null without a previous point. */
	readonly direction: Direction | null;
	/** True when any point takes part in a conflict. */
	readonly hasConflict: boolean;
}

/** What orders the points of a series (store-write.ts orders shards with it too). */
export type PointOrder = Pick<Figure, 'date' | 'order' | 'superseded' | 'metricId'>;

/** Oldest first: by date, then position in a run, the earlier side of a run first, then id. */
export function comparePoints(first: PointOrder, second: PointOrder): number {
	return (
		compareDates(first.date, second.date) ||
		first.order - second.order ||
		// At the same date and position, the side an article calls earlier ("34%から") goes first.
		Number(second.superseded) - Number(first.superseded) ||
		(first.metricId < second.metricId ? -1 : first.metricId > second.metricId ? 1 : 0)
	);
}

function previousOf(points: readonly Figure[], latest: Figure): Figure | null {
	if (latest.order > 0) {
		const runStart = points.find(point => point.order === latest.order - 1 && point.source.article === latest.source.article && point.source.quote === latest.source.quote);
		if (runStart) return runStart;
	}

	return points.length > 1 ? (points.at(-2) ?? null) : null;
}

function directionOf(previous: Figure | null, latest: Figure): Direction | null {
	if (!previous) return null;
	if (latest.value > previous.value) return 'up';
	if (latest.value < previous.value) return 'down';
	return 'flat';
}

function seriesKey(metric: Pick<Metric, 'kind' | 'segment' | 'unit'>): string {
	return `${metric.kind}:${metric.segment ?? ''}:${metric.unit}`;
}

/**
 * The company's series of the given kinds, in the order of `kinds`, then by segment (the company
 * itself first). Pass `index` from `indexDataset(dataset)`.
 */
export function selectSeries(index: DatasetIndex, companyId: string, kinds: readonly MetricKind[]): Series[] {
	const groups = new Map<string, Figure[]>();
	for (const metric of index.metricsByCompany.get(companyId) ?? []) {
		if (!kinds.includes(metric.kind)) continue;
		const key = seriesKey(metric);
		const figure = toFigure(metric, index);
		const group = groups.get(key);
		if (group) group.push(figure);
		else groups.set(key, [figure]);
	}

	const series: Series[] = [];
	for (const [key, points] of groups) {
		points.sort(comparePoints);
		const latest = points.at(-1)!;
		const previous = previousOf(points, latest);
		series.push({
			key,
			company: latest.company,
			kind: latest.kind,
			label: latest.label,
			segment: latest.segment,
			unit: latest.unit,
			points,
			latest,
			previous,
			direction: directionOf(previous, latest),
			hasConflict: points.some(point => point.conflict),
		});
	}

	return series.sort(
		(first, second) =>
			kinds.indexOf(first.kind) - kinds.indexOf(second.kind) ||
			Number(first.segment !== null) - Number(second.segment !== null) ||
			(first.key < second.key ? -1 : first.key > second.key ? 1 : 0),
	);
}

/**
 * The series a headline shows for one kind: the one whose latest point is newest, then the
 * longest. Null when the company has no figure of that kind.
 */
export function primarySeries(series: readonly Series[], kind: MetricKind): Series | null {
	let best: Series | null = null;
	for (const candidate of series) {
		if (candidate.kind !== kind) continue;
		if (!best) {
			best = candidate;
			continue;
		}

		const newer = compareDates(candidate.latest.date, best.latest.date);
		if (newer > 0 || (newer === 0 && candidate.points.length > best.points.length)) best = candidate;
	}

	return best;
}
