import type {Company, FigureKind} from '../schema.js';
import type {CompanyBriefing} from './company-briefing.js';
import {figureKindName} from './kinds.js';
import {periodPoints, type PeriodSeries} from './period-points.js';
import {primarySeries} from './series.js';

/** Segments of different companies that compete, so that their figures compare: AWS, Azure, Google Cloud. */
export interface PeerGroup {
	readonly name: string;
	/** Segment ids as the registry gives them, in the order a legend lists them. */
	readonly segments: readonly string[];
}

// The registry marks cloud segments with a category the dataset does not carry yet: the group is named here.
export const peerGroups: readonly PeerGroup[] = [{name: 'Cloud', segments: ['aws', 'azure', 'google-cloud', 'oci']}];

/** The kinds a peer view compares. */
export const peerKinds: readonly FigureKind[] = ['market_share', 'revenue_growth'];

/** The group one of the company's segments belongs to. */
export function peerGroupOf(company: {readonly segments: ReadonlyArray<{readonly id: string}>}): PeerGroup | undefined {
	return peerGroups.find(group => company.segments.some(segment => group.segments.includes(segment.id)));
}

/** The companies owning the group's segments, in the group's order. */
export function peerCompanyIds(companies: readonly Company[], group: PeerGroup): string[] {
	const ids = group.segments.flatMap(segmentId => companies.filter(company => company.segments.some(segment => segment.id === segmentId)).map(company => company.id));
	return [...new Set(ids)];
}

/** One company's segment on a peer chart. */
export interface PeerLine {
	/** "AWS", "AWS (Canalys)". */
	readonly label: string;
	readonly companyId: string;
	readonly series: PeriodSeries;
}

/** One kind compared across the group: a line per segment that has an actual of it (drawn when it has periods). */
export interface PeerChart {
	readonly kind: FigureKind;
	readonly kindName: string;
	readonly group: PeerGroup;
	readonly lines: readonly PeerLine[];
}

/** The group's share and growth, each as one chart of a line per segment (its primary series; research firms are not mixed). */
export function selectPeerCharts(group: PeerGroup, briefings: readonly CompanyBriefing[]): PeerChart[] {
	return peerKinds.map(kind => {
		const lines: PeerLine[] = [];
		for (const segmentId of group.segments) {
			for (const briefing of briefings) {
				const chosen = primarySeries(
					briefing.series.filter(series => series.segment?.id === segmentId && series.company === briefing.header.id),
					kind,
				);
				if (!chosen) continue;
				// A line with no period of its own still gives the legend its latest value.
				const series = briefing.periodSeries.find(one => one.series === chosen) ?? periodPoints(chosen);
				const label = chosen.researchFirm === null ? chosen.segment!.name : `${chosen.segment!.name} (${chosen.researchFirm})`;
				lines.push({label, companyId: briefing.header.id, series});
			}
		}

		return {kind, kindName: figureKindName(kind), group, lines};
	});
}
