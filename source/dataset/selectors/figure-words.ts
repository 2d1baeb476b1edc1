import {glyphs} from '../../text/glyphs.js';
import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';
import {formatQualifiedValue, formatRange} from './format-value.js';
import {figureKindShortName} from './kinds.js';
import {partyWords, type FigureOrder, type FigureView, type SourceReference} from './figures.js';
import type {KeyFigure} from './key-figures.js';
import type {Direction} from './series.js';
import type {AboutWhy} from './summaries.js';
import {dateWords, fiscalYearEndOf, periodWords as periodInLanguage} from './time-words.js';

// The words the TUI and the plain printer both write for a figure, so that they say the same thing,
// in the reader's language.

/** How an outlook is marked wherever a figure is written out: never read as a result. */
export function outlookWord(language: Language): string {
	return messages(language).outlook;
}

const approximately = /^(?:約|およそ|~|〜|approx)|程度|前後|相当/;

type Amount = Pick<FigureView, 'value' | 'unit' | 'qualifier' | 'range' | 'converted'>;

/** The value as the reader writes it: 380億ドル, 約29% in Japanese; $38B, ~29% in English; a range as one. */
export function amountWords(figure: Pick<FigureView, 'value' | 'unit' | 'qualifier' | 'range'>, language: Language): string {
	if (figure.range && figure.range.low !== figure.range.high) return formatRange(figure.range.low, figure.range.high, figure.unit, figure.qualifier, language);
	return formatQualifiedValue(figure.value, figure.unit, figure.qualifier, language);
}

/** The amount, with the other currency when the article gave both: "50億ドル (約7500億円)", "$5B (~¥750B)". */
export function amountAsWritten(figure: Amount, language: Language = 'en'): string {
	const text = amountWords(figure, language);
	const {converted} = figure;
	if (!converted) return text;
	// Approximate when the article said so (約5兆8600億円, ~¥750B), as it mostly does of a conversion.
	const other = formatQualifiedValue(converted.value, converted.unit, approximately.test(converted.text) ? 'approx' : 'exact', language);
	return `${text} (${other})`;
}

/** A figure's period in the reader's language ("2025-Q3", 2025年7〜9月期), null when it names none. */
export function figurePeriod(figure: Pick<FigureView, 'period' | 'span'>, language: Language): string | null {
	if (figure.period === null) return null;
	return periodInLanguage(figure.period, language, fiscalYearEndOf(figure.period, figure.span));
}

/** "2025-Q3", or the date of its article ("as of 2025-09-07", 2025年9月7日時点) when it names no period. */
export function periodWords(figure: Pick<FigureView, 'period' | 'asOf' | 'span'>, language: Language = 'en'): string {
	const period = figurePeriod(figure, language);
	if (period !== null) return period;
	const words = messages(language);
	return figure.asOf === null ? words.noPeriod : words.asOf(dateWords(figure.asOf, language));
}

/** A date of the dataset in the reader's language, or "undated". */
export function dateOrUndated(date: string | null, language: Language): string {
	return date === null ? messages(language).undated : dateWords(date, language);
}

export function sourceCount(count: number, language: Language = 'en'): string {
	return messages(language).sources(count);
}

/** An article as a person cites it: its title and date, "オープンAIとアマゾン、… (2025-11-03)". */
export function citation(source: Pick<SourceReference, 'title' | 'article' | 'published'>, language: Language = 'en'): string {
	return `${source.title === '' ? source.article : source.title} (${dateOrUndated(source.published, language)})`;
}

/** A table's period cell: the period, or in brackets the date of the article when the figure names none ("(2025-09-07)"). */
export function periodCell(figure: Pick<FigureView, 'period' | 'asOf' | 'span'>, language: Language = 'en'): string {
	const period = figurePeriod(figure, language);
	if (period !== null) return period;
	return figure.asOf === null ? '' : `(${dateWords(figure.asOf, language)})`;
}

/** What the table's bracketed dates mean, for a note under it. */
export function articleDateNote(language: Language): string {
	return messages(language).articleDateNote;
}

/** The headings of a figures table, in the order of `FigureCells` (the last, the conflict mark, has none). */
export function figureHeadingWords(language: Language): readonly string[] {
	const words = messages(language);
	return [words.headingKind, words.headingOf, words.headingValue, words.headingPeriod, words.headingBasis, words.headingSources, ''];
}

/** Why an article is listed for a company, in words: "named in the title, in 2 of 3 summary sentences". */
export function reasonWords(why: AboutWhy, language: Language): string {
	const words = messages(language);
	const reasons = [...(why.inTitle ? [words.namedInTitle] : []), ...(why.most ? [words.namedMost] : []), ...(why.naming > 0 ? [words.inSummarySentences(why.naming, why.sentences)] : [])];
	return reasons.join(words.listSeparator);
}

/** One row of a figures table, cell by cell. */
export interface FigureCells {
	/** "Share", "Revenue": the kind's short name. */
	readonly kind: string;
	/** What it is of: the segment, what was measured for kind `other`, the other party ("AWS", "with Amazon"). */
	readonly subject: string;
	/** As written, with the other currency: "380億ドル (約5兆8600億円)". */
	readonly value: string;
	/** "2025-Q3", "(2025-09-07)" (see `periodCell`). */
	readonly period: string;
	/** "outlook", or empty for an actual. */
	readonly basis: string;
	/** "×2": how many articles state it. */
	readonly sources: string;
	readonly conflict: boolean;
}

/** The table columns of a figure; `companyId` is the company whose table it is (a figure it received names its payer). */
export function figureCells(figure: FigureView, companyId: string, language: Language = 'en'): FigureCells {
	const subject = [figure.segment?.name, figure.kind === 'other' && figure.measure !== '' ? figure.measure : undefined, figure.researchFirm ?? undefined, partyWords(figure, companyId, language) || undefined];
	return {
		kind: figureKindShortName(figure.kind, language),
		subject: subject.filter(part => part !== undefined).join(' '),
		value: amountAsWritten(figure, language),
		period: periodCell(figure, language),
		basis: figure.basis === 'outlook' ? outlookWord(language) : '',
		sources: `×${figure.sources.length}`,
		conflict: figure.conflict,
	};
}

const directionGlyph: Readonly<Record<Direction, string>> = {up: glyphs.up, down: glyphs.down, flat: glyphs.flat};

/** A key figure in words, part by part: "Share (AWS)" "~33% or 29%" "▼ (was 34%)" "as of 2025-09-07" "1 source". */
export interface KeyFigureWords {
	readonly label: string;
	/** The value, or the values that disagree: "~33% or 29%". */
	readonly value: string;
	/** The move from the period before: "▼ (was 34%)"; empty without one. */
	readonly move: string;
	/** Its parts: "▼" and "(was 34%)". */
	readonly arrow: string;
	readonly was: string;
	readonly direction: Direction | null;
	readonly period: string;
	/** The period where room is short: a date standing for a period in brackets, "(2025-09-07)". */
	readonly shortPeriod: string;
	readonly sources: string;
	readonly sourceCount: number;
	/** True when sources disagree about it. */
	readonly conflict: boolean;
}

/** A key figure's words; `companyId` is the company whose header it is. */
export function keyFigureWords(key: KeyFigure, companyId: string, language: Language = 'en'): KeyFigureWords {
	const {figure} = key;
	const words = messages(language);
	const party = figure.kind === 'investment' || figure.kind === 'funding' ? partyWords(figure, companyId, language) : '';
	const values = [figure, ...key.alternatives].map(one => amountAsWritten(one, language)).join(words.or);
	const arrow = key.previous && key.direction ? directionGlyph[key.direction] : '';
	const was = key.previous && key.direction ? words.was(amountAsWritten(key.previous, language)) : '';
	const label = key.largestDeal ? words.largestDeal : figureKindShortName(figure.kind, language);
	return {
		label: key.detail === '' ? label : `${label} (${key.detail})`,
		value: party === '' ? values : `${values} ${party}`,
		move: arrow === '' ? '' : `${arrow} ${was}`,
		arrow,
		was,
		direction: key.direction,
		period: periodWords(figure, language),
		shortPeriod: periodCell(figure, language) || words.noPeriod,
		sources: sourceCount(figure.sources.length, language),
		sourceCount: figure.sources.length,
		conflict: figure.conflict || key.alternatives.length > 0,
	};
}

/** How a figures order is called: "kind", 種類. */
export function orderWords(order: FigureOrder, language: Language): string {
	const words = messages(language);
	return order === 'kind' ? words.orderKind : order === 'period' ? words.orderPeriod : words.orderValue;
}
