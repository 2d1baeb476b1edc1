import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {Figure, FigureBasis, FigureKind, FigureUnit, Qualifier} from '../schema.js';
import type {DatasetIndex} from './dataset-index.js';
import {formatQualifiedValue} from './format-value.js';
import {figureKindName, figureKindOrder} from './kinds.js';
import {compareSpans, periodSpan, type PeriodSpan} from './periods.js';

/** A company a figure names: its id and its name (the id when the dataset does not have it). */
export interface CompanyReference {
	readonly id: string;
	readonly name: string;
}

/** A company segment a figure is about (AWS for Amazon, Azure for Microsoft, ゲーム as written). */
export interface SegmentReference {
	readonly id: string;
	readonly name: string;
}

/** Where a figure or an event came from: the article and the exact sentence. */
export interface SourceReference {
	readonly article: string;
	/** The article's title; empty when the article is not in the dataset. */
	readonly title: string;
	/** The article's published date. */
	readonly published: string | null;
	readonly quote: string;
}

/**
 * One figure ready to show: a fact of the dataset, however many articles state it (the dataset
 * keeps a record per article; they share `fact` and all carry every source). All strings are
 * sanitized: safe to print.
 */
export interface FigureView {
	/** The id of the record the view shows (the fact's record with the smallest id). */
	readonly id: string;
	readonly fact: string;
	/** Every record of the fact in the dataset, the shown one first. */
	readonly recordIds: readonly string[];
	/** Whose figure it is; for a two-party figure the payer or holder. */
	readonly company: CompanyReference;
	/** The other party of a two-party figure (an investment, a contract, a stake). */
	readonly counterparty: CompanyReference | null;
	readonly kind: FigureKind;
	/** "Market share", "Capex": the kind's name. */
	readonly kindName: string;
	/** What was measured, in the article's words ("売上総利益率", "研究開発費"). */
	readonly measure: string;
	readonly segment: SegmentReference | null;
	readonly value: number;
	readonly unit: FigureUnit;
	/** The amount as the article wrote it ("約4,400億円", "560億〜590億ドル"). */
	readonly text: string;
	/** The value formatted with its unit and qualifier: "~33%", ">$100B", "4,400億円". */
	readonly display: string;
	readonly qualifier: Qualifier;
	readonly range: {readonly low: number; readonly high: number} | null;
	/** The same amount in another currency, as the article gave it. */
	readonly converted: {readonly value: number; readonly unit: FigureUnit; readonly text: string} | null;
	/** The normalised period ("2025-Q3", "FY2026"), when the article gives one. */
	readonly period: string | null;
	/** The period as written ("2025年7〜9月期"); empty when none was. */
	readonly periodText: string;
	readonly basis: FigureBasis;
	/** The research firm whose estimate it is (Synergy Research Group); null for the company's own figure. */
	readonly researchFirm: string | null;
	/** The date of the article the shown record comes from. */
	readonly asOf: string | null;
	/** When the figure is placed in time: its period, else the date of its article; null when it has neither. */
	readonly when: string | null;
	/** The months of `when` (its period's span, for fiscal periods with the company's fiscal year); null without one. */
	readonly span: PeriodSpan | null;
	/** True when `span` comes from the figure's own period rather than from the date of its article. */
	readonly periodKnown: boolean;
	/** True for a value of an earlier period quoted for comparison ("前年同期の31%"). */
	readonly prior: boolean;
	/** True when any record of the fact takes part in a conflict between sources. */
	readonly conflict: boolean;
	/** Every article that states the fact, with its sentence; the shown record's own first. */
	readonly sources: readonly SourceReference[];
}

export function toSourceReference(articleId: string, quote: string, index: DatasetIndex): SourceReference {
	const article = index.articlesById.get(articleId);
	return {
		article: sanitizeLine(articleId),
		title: sanitizeLine(article?.title ?? ''),
		published: article?.published ?? null,
		quote: sanitizeLine(quote),
	};
}

function companyReference(companyId: string, index: DatasetIndex): CompanyReference {
	return {id: sanitizeLine(companyId), name: sanitizeLine(index.companiesById.get(companyId)?.name ?? companyId)};
}

function segmentOf(figure: Figure, index: DatasetIndex): SegmentReference | null {
	if (figure.segment === null) return null;
	const segment = index.companiesById.get(figure.company)?.segments.find(candidate => candidate.id === figure.segment);
	return {id: sanitizeLine(figure.segment), name: sanitizeLine(segment?.name ?? figure.segment)};
}

// Periods repeat across a company's figures: each is parsed once per fiscal year end.
const spans = new Map<string, PeriodSpan | null>();
function cachedSpan(period: string, fiscalYearEnd: number | null): PeriodSpan | null {
	const key = `${period}|${fiscalYearEnd}`;
	let span = spans.get(key);
	if (span === undefined) {
		span = periodSpan(period, fiscalYearEnd) ?? null;
		if (spans.size > 10_000) spans.clear();
		spans.set(key, span);
	}

	return span;
}

/** Every source of the records, once each, the first record's first. */
function sourcesOf(ordered: readonly Figure[], index: DatasetIndex): SourceReference[] {
	// Most facts are stated by one article: nothing to merge.
	if (ordered.length === 1) return ordered[0]!.sources.map(source => toSourceReference(source.article, source.quote, index));
	const seen = new Set<string>();
	const sources: SourceReference[] = [];
	for (const record of ordered) {
		for (const source of record.sources) {
			const key = `${source.article}\u0000${source.quote}`;
			if (seen.has(key)) continue;
			seen.add(key);
			sources.push(toSourceReference(source.article, source.quote, index));
		}
	}

	return sources;
}

/** The view of one fact from its records (at least one), the same whatever order they come in. */
export function toFigureView(records: readonly Figure[], index: DatasetIndex): FigureView {
	const ordered = records.length === 1 ? records : [...records].sort((first, second) => (first.id < second.id ? -1 : first.id > second.id ? 1 : 0));
	const shown = ordered[0]!;
	const fiscalYearEnd = index.companiesById.get(shown.company)?.fiscalYearEnd ?? null;
	const periodSpanOf = shown.period === null ? null : cachedSpan(shown.period, fiscalYearEnd);
	const span = periodSpanOf ?? (shown.asOf === null ? null : cachedSpan(shown.asOf, null));
	const sources = sourcesOf(ordered, index);

	return {
		id: sanitizeLine(shown.id),
		fact: sanitizeLine(shown.fact),
		recordIds: ordered.map(record => sanitizeLine(record.id)),
		company: companyReference(shown.company, index),
		counterparty: shown.counterparty === null ? null : companyReference(shown.counterparty, index),
		kind: shown.kind,
		kindName: figureKindName(shown.kind),
		measure: sanitizeLine(shown.measure),
		segment: segmentOf(shown, index),
		value: shown.value,
		unit: shown.unit,
		text: sanitizeLine(shown.text),
		display: formatQualifiedValue(shown.value, shown.unit, shown.qualifier),
		qualifier: shown.qualifier,
		range: shown.range,
		converted: shown.converted && {value: shown.converted.value, unit: shown.converted.unit, text: sanitizeLine(shown.converted.text)},
		period: shown.period,
		periodText: sanitizeLine(shown.periodText),
		basis: shown.basis,
		researchFirm: shown.source === null ? null : sanitizeLine(shown.source),
		asOf: shown.asOf,
		when: periodSpanOf ? shown.period : shown.asOf,
		span,
		periodKnown: periodSpanOf !== null,
		prior: shown.prior,
		conflict: ordered.some(record => index.conflictingFigureIds.has(record.id)),
		sources,
	};
}

/** The facts of these records, one view each, in no particular order. */
export function factViews(records: readonly Figure[], index: DatasetIndex): FigureView[] {
	const byFact = new Map<string, Figure[]>();
	for (const record of records) {
		const group = byFact.get(record.fact);
		if (group) group.push(record);
		else byFact.set(record.fact, [record]);
	}

	return [...byFact.values()].map(group => toFigureView(group, index));
}

/**
 * Newest first by `span` (undated last), a value quoted for comparison after the ones of its time
 * it was compared with, then by id: the order figures are listed in within a kind.
 */
export function compareNewest(first: Pick<FigureView, 'span' | 'prior' | 'id'>, second: Pick<FigureView, 'span' | 'prior' | 'id'>): number {
	if (first.span === null || second.span === null) return Number(first.span === null) - Number(second.span === null) || compareIds(first.id, second.id);
	return compareSpans(second.span, first.span) || Number(first.prior) - Number(second.prior) || compareIds(first.id, second.id);
}

export function compareIds(first: string, second: string): number {
	return first < second ? -1 : first > second ? 1 : 0;
}

/** The order of a company's figure list: by kind, actuals before outlooks, newest first, the whole company before its segments. */
export function compareListed(first: FigureView, second: FigureView): number {
	return figureKindOrder(first.kind) - figureKindOrder(second.kind) || Number(first.basis === 'outlook') - Number(second.basis === 'outlook') || compareNewest(first, second);
}

/**
 * Every figure of a company, one per fact: its own, then those where it is the other party (an
 * investment it received). Listed by kind, actuals before outlooks, newest first.
 */
export function selectFigures(index: DatasetIndex, companyId: string): FigureView[] {
	const own = factViews(index.figuresByCompany.get(companyId) ?? [], index);
	const received = factViews(index.figuresByCounterparty.get(companyId) ?? [], index);
	return [...own, ...received].sort(compareListed);
}

/** "Market share (AWS)", "Market share (AWS, Canalys)", "シェア (AWS)": the kind with the segment and research firm when there are. */
export function figureTitle(figure: Pick<FigureView, 'kind' | 'segment' | 'researchFirm'>, language: Language = 'en'): string {
	const details = [figure.segment?.name, figure.researchFirm].filter(detail => detail !== undefined && detail !== null);
	const name = figureKindName(figure.kind, language);
	return details.length > 0 ? `${name} (${details.join(', ')})` : name;
}

/** The other party as seen from `companyId`: "with Amazon" (Amazonと) for its own figure, "by OpenAI" (OpenAIから) for one it received; empty when there is none. */
export function partyWords(figure: Pick<FigureView, 'company' | 'counterparty'>, companyId: string, language: Language = 'en'): string {
	const words = messages(language);
	if (figure.company.id !== companyId) return words.byParty(figure.company.name);
	return figure.counterparty ? words.withParty(figure.counterparty.name) : '';
}

/** How a company's figures can be listed: by kind (the briefing's order), newest period first, or largest value first. */
export const figureOrders = ['kind', 'period', 'value'] as const;
export type FigureOrder = (typeof figureOrders)[number];

const sorted = new WeakMap<readonly FigureView[], Map<FigureOrder, readonly FigureView[]>>();

/**
 * The figures (as `selectFigures` lists them) in another order: `period`, newest first; `value`,
 * largest first a unit at a time (amounts in different currencies are not compared); `kind`, as
 * given. The same array for the same figures and order (the TUI asks on every key).
 */
export function sortFigures(figures: readonly FigureView[], order: FigureOrder): readonly FigureView[] {
	if (order === 'kind') return figures;
	let byOrder = sorted.get(figures);
	if (!byOrder) {
		byOrder = new Map();
		sorted.set(figures, byOrder);
	}

	let result = byOrder.get(order);
	if (!result) {
		const compare =
			order === 'period'
				? (first: FigureView, second: FigureView) => compareNewest(first, second) || compareListed(first, second)
				: (first: FigureView, second: FigureView) => compareIds(first.unit, second.unit) || second.value - first.value || compareListed(first, second);
		result = [...figures].sort(compare);
		byOrder.set(order, result);
	}

	return result;
}
