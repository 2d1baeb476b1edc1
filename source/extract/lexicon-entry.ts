import type {EventKind, FigureKind} from '../dataset/schema.js';

// What a lexicon entry is, and the helpers each part of the lexicon writes its entries with.

/**
 * How a figure is dated (FORMAT.md "Which period"): a flow covers a period (revenue of a quarter),
 * a level is as of a day or month (backlog, users), a deal is dated only by a span of years written
 * with it (investments, funding, stakes), a stock move by its trading day.
 */
export type Family = 'flow' | 'level' | 'deal' | 'stock';

/** What a number governed by a cue is: the kind it gives, in which units, dated how. */
export interface MeasureCue {
	readonly kind: FigureKind;
	readonly family: Family;
	/** The units a number must have to be this measure ('money' is any currency). */
	readonly units: ReadonlyArray<'money' | 'percent' | 'count'>;
	/** The measure's name as a Japanese article writes it; growth and shares of it are named from it. */
	readonly label: string;
	/** A loss word ("純損失", "赤字") makes the amount negative. */
	readonly negative?: boolean;
	/** Its percentage changes (前年同期比12%増) are this kind rather than `other`. */
	readonly growthKind?: FigureKind;
	/** Adjusted or non-GAAP figures are another measure than the reported one. */
	readonly adjusted?: boolean;
	/** Counters a number of it may be written in beyond its kind's own ("3,152万件" of 契約数). */
	readonly counters?: readonly string[];
}

/** A word that marks what surrounds a number rather than what it measures. */
export type Marker =
	/** expected, guided, planned, aimed at: the figure's basis is outlook */
	| 'outlook'
	/** speculation or an unconfirmed report: the number is not a figure */
	| 'speculation'
	/** the market's or analysts' forecast: the number right after it is not the company's */
	| 'consensus'
	/** analysts, the market or insiders speaking: nothing in their clause is the company's figure */
	| 'third-party'
	/** the whole company, not a segment */
	| 'total'
	/** the number before it went up, or down */
	| 'up'
	| 'down'
	/** a market (no company): a number about it is nobody's */
	| 'market'
	/** share of a whole: "売上高に占める", "57%を占めた" */
	| 'part-of'
	/** a trading session: a percentage with 高/安 in it is a stock move */
	| 'stock-market'
	/** the event is yet to come: a year-less month is read forward */
	| 'future'
	/** a date that starts a span or the original date of a moved plan: not the event's date */
	| 'since'
	/** a date by which something is aimed at: a target, not an event */
	| 'by'
	/** a level's as-of date ("9月末時点") */
	| 'as-of'
	/** "このうち", "うち": a part of the figure before */
	| 'of-which'
	/** boilerplate of a company profile (設立, 資本金): no figures, no events */
	| 'profile';

/** A change compared with an earlier period: 前年同期比 (a year), 前四半期比 (a quarter), 前日比 (a day). */
export type Comparison = 'year' | 'quarter' | 'month' | 'day';

/** The earlier value a number is: of a year before, a quarter before, an earlier forecast or round. */
export type Prior = 'year' | 'quarter' | 'forecast' | 'earlier';

export interface LexiconEntry {
	readonly id: string;
	readonly words: readonly string[];
	readonly priority: number;
	readonly measure?: MeasureCue;
	readonly comparison?: Comparison;
	readonly prior?: Prior;
	readonly marker?: Marker;
	/** What happened, when a dated clause says this. */
	readonly event?: EventKind;
	/** A research firm: figures it estimates carry its name as their source. */
	readonly firm?: string;
	/** Words of `words` that name the firm only once the text has named it in full ("シナジー", which is also "synergy"). */
	readonly shortForms?: readonly string[];
	/** Words matched only in the case given ("RPO", not "rpo"). */
	readonly caseSensitive?: boolean;
}

export const money = ['money'] as const;
export const percent = ['percent'] as const;
export const count = ['count'] as const;

export function measure(id: string, words: readonly string[], cue: MeasureCue, more: Partial<LexiconEntry> = {}): LexiconEntry {
	return {id, words, priority: 50, measure: cue, ...more};
}

export function marker(id: string, kind: Marker, words: readonly string[], more: Partial<LexiconEntry> = {}): LexiconEntry {
	return {id, words, priority: 40, marker: kind, ...more};
}

export function action(id: string, event: EventKind, words: readonly string[], priority: number): LexiconEntry {
	return {id, words, priority, event};
}
