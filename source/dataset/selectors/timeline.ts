import {sanitizeLine} from '../../text/sanitize.js';
import type {BriefEvent} from '../schema.js';
import {compareDates} from './dates.js';
import type {DatasetIndex} from './dataset-index.js';
import {toSourceReference, type SourceReference} from './figures.js';

/** A dated event about a company, with every article that reported it. Strings are sanitized. */
export interface TimelineEntry {
	readonly eventId: string;
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Qn`. */
	readonly date: string;
	/** The date as written ("2025年秋"); empty when the dataset has none. */
	readonly dateText: string;
	/** What happened (announced, signed, invested...), as the dataset's `action`. */
	readonly action: string;
	readonly text: string;
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
	return events.map(event => ({
		eventId: sanitizeLine(event.id),
		date: event.date,
		dateText: sanitizeLine(event.dateText),
		action: sanitizeLine(event.action),
		text: sanitizeLine(event.text),
		companies: event.companies.map(company => sanitizeLine(company)),
		sourceCount: event.sources.length,
		sources: event.sources.map(source => toSourceReference(source.article, source.quote, index)),
	}));
}
