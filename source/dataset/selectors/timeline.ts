import {sanitizeLine} from '../../text/sanitize.js';
import type {BriefEvent, EventKind, FigureUnit} from '../schema.js';
import {compareDates} from './dates.js';
import type {DatasetIndex} from './dataset-index.js';
import {toSourceReference, type SourceReference} from './figures.js';
import {eventKindName, splitEventTitle} from './kinds.js';

/** A dated event about a company, with every article that reported it. Strings are sanitized. */
export interface TimelineEntry {
	readonly eventId: string;
	/** `YYYY-MM` or `YYYY-MM-DD`. */
	readonly date: string;
	/** The date as written ("12月26日", "10月下旬"); empty when the dataset has none. */
	readonly dateText: string;
	readonly kind: EventKind;
	/** "deal", "launch": the kind's name. */
	readonly kindName: string;
	/** A short line made of the kind, the companies and the key amount: "契約 OpenAI × Amazon 380億ドル". */
	readonly title: string;
	/** The kind's word the title starts with ("契約", "提供開始"): the row's badge. */
	readonly badge: string;
	/** The title after its badge: "OpenAI × Amazon 380億ドル". */
	readonly headline: string;
	/** The amount the event is about, as written, when it names one. */
	readonly amount: {readonly value: number; readonly unit: FigureUnit; readonly text: string} | null;
	/** Ids of every company the event is about. */
	readonly companies: readonly string[];
	readonly sourceCount: number;
	readonly sources: readonly SourceReference[];
}

/** Newest first, then by id: the timeline's order (and the order of events in a shard). */
export function compareNewestEvents(first: Pick<BriefEvent, 'date' | 'id'>, second: Pick<BriefEvent, 'date' | 'id'>): number {
	return compareDates(second.date, first.date) || (first.id < second.id ? -1 : first.id > second.id ? 1 : 0);
}

/** The company's events, newest first. */
export function selectTimeline(index: DatasetIndex, companyId: string): TimelineEntry[] {
	const events = [...(index.eventsByCompany.get(companyId) ?? [])];
	events.sort(compareNewestEvents);
	return events.map(event => {
		const title = sanitizeLine(event.title);
		const {badge, headline} = splitEventTitle(title, event.kind);
		return {
			eventId: sanitizeLine(event.id),
			date: event.date,
			dateText: sanitizeLine(event.dateText),
			kind: event.kind,
			kindName: eventKindName(event.kind),
			title,
			badge,
			headline,
			amount: event.amount && {value: event.amount.value, unit: event.amount.unit, text: sanitizeLine(event.amount.text)},
			companies: event.companies.map(company => sanitizeLine(company)),
			sourceCount: event.sources.length,
			sources: event.sources.map(source => toSourceReference(source.article, source.quote, index)),
		};
	});
}
