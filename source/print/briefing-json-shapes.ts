import type {CompanyReference, Direction, SegmentReference, SourceReference} from '../dataset/selectors/index.js';
import type {EventKind, FigureBasis, FigureKind, FigureUnit, Qualifier} from '../dataset/schema.js';

// docs/json.md describes every field below; test/print/json-docs.test.ts holds it to that. No key
// may be a jq keyword (label, if, then, as, def, reduce...): jq 1.6 cannot take them in `{key}`.

/** Bumped on any change that could break a reader of `brief --json` / `--ndjson`. 2: dataset version 2's figures. */
export const briefingJsonVersion = 2;
export const briefingSchemaName = 'brief.briefing';

/** A figure (one fact, however many articles state it) with every source. */
export interface FigureJson {
	readonly id: string;
	readonly fact: string;
	readonly kind: FigureKind;
	readonly kindName: string;
	readonly measure: string;
	readonly owner: CompanyReference;
	readonly counterparty: CompanyReference | null;
	readonly segment: SegmentReference | null;
	readonly value: number;
	readonly unit: FigureUnit;
	readonly text: string;
	readonly display: string;
	readonly qualifier: Qualifier;
	readonly range: {readonly low: number; readonly high: number} | null;
	readonly converted: {readonly value: number; readonly unit: FigureUnit; readonly text: string} | null;
	readonly period: string | null;
	readonly periodText: string;
	readonly basis: FigureBasis;
	readonly researchFirm: string | null;
	readonly asOf: string | null;
	readonly prior: boolean;
	readonly conflict: boolean;
	readonly sources: readonly SourceReference[];
}

/** The latest actual of a kind, and the previous period it moved from. */
export interface LatestJson extends FigureJson {
	readonly series: string;
	readonly previous: FigureJson | null;
	readonly direction: Direction | null;
}

export interface PointJson {
	readonly figure: string;
	readonly when: string | null;
	readonly value: number;
	readonly prior: boolean;
	readonly conflict: boolean;
}

export interface SeriesJson {
	readonly key: string;
	readonly kind: FigureKind;
	readonly kindName: string;
	readonly segment: SegmentReference | null;
	readonly researchFirm: string | null;
	readonly unit: FigureUnit;
	readonly conflict: boolean;
	readonly latest: string;
	readonly previous: string | null;
	readonly direction: Direction | null;
	/** Oldest first. */
	readonly points: readonly PointJson[];
}

export interface EventJson {
	readonly id: string;
	readonly date: string;
	readonly dateText: string;
	readonly kind: EventKind;
	readonly kindName: string;
	readonly title: string;
	readonly amount: {readonly value: number; readonly unit: FigureUnit; readonly text: string} | null;
	readonly companies: readonly string[];
	readonly sources: readonly SourceReference[];
}

export interface ArticleJson {
	readonly id: string;
	readonly date: string | null;
	readonly dateInferred: boolean;
	readonly title: string;
	readonly publisher: string | null;
	readonly file: string;
	readonly summary: readonly string[];
	/** The web addresses the story was found at, for an article of brief's library; empty otherwise. */
	readonly urls: readonly string[];
	/** Why the article is about the company it is listed under. */
	readonly reason: string;
}

export interface ConflictJson {
	readonly kind: FigureKind;
	readonly kindName: string;
	readonly segment: SegmentReference | null;
	readonly period: string | null;
	readonly basis: FigureBasis;
	readonly note: string;
	readonly figures: readonly FigureJson[];
}

export interface CompanyJson {
	readonly id: string;
	readonly name: string;
	readonly ticker: string | null;
	readonly japaneseName: string | null;
	readonly inRegistry: boolean;
	readonly fiscalYearEnd: number | null;
	readonly segments: readonly SegmentReference[];
	readonly watched: boolean;
	readonly articleCount: number;
	readonly conflict: boolean;
	readonly latest: Readonly<Partial<Record<FigureKind, LatestJson>>>;
	readonly series: readonly SeriesJson[];
	readonly figures: readonly FigureJson[];
	readonly conflicts: readonly ConflictJson[];
	readonly timeline: readonly EventJson[];
	readonly articles: readonly ArticleJson[];
}

/** What `brief --json` prints. */
export interface BriefingJson {
	readonly schema: typeof briefingSchemaName;
	readonly version: typeof briefingJsonVersion;
	readonly companies: readonly CompanyJson[];
}
