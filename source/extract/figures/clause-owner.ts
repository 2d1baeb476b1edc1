import type {Quantity} from '../amounts.js';
import {clauseAt, type SentenceFacts} from '../analysis.js';
import type {LexiconHit} from '../lexicon.js';

// Which clause of a sentence owns a number, and when a measure belongs to a part of the company rather than the whole.

/**
 * "海外売上収益は…1,012億円", "このセグメントの営業利益は", "DSS部門の…見通しを、従来の3,700億円から": a measure its
 * clause gives to a segment, region or line is that part's, never the whole company's; brief could not tell which part, so
 * it is left out.
 */
export function partsMeasure(facts: SentenceFacts, quantity: Quantity, hit: LexiconHit | null): boolean {
	// "…営業利益は410億円で、前期の380億円から": an earlier value carries the measure named before it.
	const measure = hit ?? facts.words.findLast(word => word.entry.measure !== undefined && word.end <= quantity.start);
	if (!measure) return false;
	const [from] = clauseAt(facts, measure.start);
	// Not "このうち純利益は", a measure of the whole before; nor "国内の従業員", which a company at home counts as its whole.
	const part = (segment: SentenceFacts['segments'][number]) => !(segment.source === 'same' && /うち/.test(facts.normalized.slice(segment.start, segment.end))) && !(segment.source === 'region' && segment.name === '国内');
	return facts.segments.some(segment => segment.start >= from && segment.end <= measure.start && part(segment) && /^(?:の|向けの?)?\s?$/.test(facts.normalized.slice(segment.end, measure.start)));
}

/** "DSS部門の…営業利益見通しを、3,850億円に引き上げた": the clause an amount earned is owned in runs back to its measure's. */
// Not "分野別の売上高は、車載が432億円": a clause with a topic of its own is owned by it.
export function measuredClause(facts: SentenceFacts, clause: readonly [number, number], quantity: Quantity, hit: LexiconHit | null): readonly [number, number] {
	if (!hit || hit.start >= clause[0]) return clause;
	const named = [...facts.mentions, ...facts.segments].some(entity => entity.start >= clause[0] && entity.start < quantity.start);
	return named || /[がは]/.test(facts.normalized.slice(clause[0], quantity.start)) ? clause : [clauseAt(facts, hit.start)[0], clause[1]];
}
