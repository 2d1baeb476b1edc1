// What a period reader answers: the period, the words that gave it, and how it was named. Shared by the
// readers of flows, levels and deals (period.ts) and of stock moves (stock-period.ts).

import type {DateMention} from '../dates.js';
import type {Period} from '../periods.js';

export interface PeriodChoice {
	readonly period: Period | null;
	/** The period as written, for display. */
	readonly text: string;
	/** True when an outlook target's "までに" named it. */
	readonly by: boolean;
	/** The question the figure answers named it ("――通期計画に変更はないのか。"): no other forecast's period is its. */
	readonly asked?: boolean;
	/** A move over several sessions whose days the text does not give ("週間で5.8%上昇"): no day is its period. */
	readonly unread?: boolean;
}

export const none: PeriodChoice = {period: null, text: '', by: false};

export function dayPeriod(date: DateMention): Period {
	const [year, month, day] = date.date.split('-').map(Number) as [number, number, number];
	return {type: 'day', year, month, day};
}
