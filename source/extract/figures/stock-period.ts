import type {Quantity} from '../amounts.js';
import {setOffWords, type SentenceFacts} from '../analysis.js';
import type {DateMention} from '../dates.js';
import type {FiscalCalendar} from '../periods.js';
import {dayPeriod, none, type PeriodChoice} from './period-choice.js';
import type {ReadingState} from './types.js';

// A stock move is of its trading day: the day its sentence names, the session its paragraph told of, the
// trading day of the story, or the last session by the day it came out.

// Not "3週間ぶりに反発し": a span since an earlier price dates no move.
const weekly = /(?<!\d)1?週間(?!ぶり)|今週|先週/;
const monthly = /月間(?:騰落率|で|の)|月初来|月の1[カヵかケ]月(?:間)?で/;

const setOffPattern = new RegExp(String.raw`(?:流れ|地合い|動き)を(?:引き継|受け)|${setOffWords}|につれ(?:て)?[、,]|に連れ(?:て)?[、,]|に追随`);

/** The trading day of a stock move: "19日の米株式市場で", "前日の米国市場で", "決算翌日の12月11日に". */
export function stockPeriod(facts: SentenceFacts, quantity: Quantity, state: ReadingState, calendar: FiscalCalendar): PeriodChoice {
	// A day after the move only when written as one ("…8%高となった（12月11日）"); "前日の米国市場で" after it is a cause.
	// "前日12日に発表した決算が嫌気され、…18%安": the day of the news is not the day of the move.
	// "前日に業績予想を下方修正したHEROZは…ストップ安": nor the day of news a clause tells of the company.
	// Nor a day still to come ("5日に予定する決算発表を前に…0.8%安"): no share has moved on it yet.
	const lastDay = /^\d{4}-\d{2}-\d{2}$/.test(state.lastDayTold ?? '') ? state.lastDayTold! : null;
	const traded = facts.dates.filter(
		date => /^\d{4}-\d{2}-\d{2}$/.test(date.date) && !/^(?:に)?(?:発表|公表|開示)|^に[^、。]{0,30}?(?:修正|発表|公表|開示)(?:を)?した/.test(facts.normalized.slice(date.end, date.end + 40)) && !(lastDay && date.date > lastDay),
	);
	// Not "…5,020円に張り付き、1月14日につけた年初来高値を更新した": a day in a later clause is another price's.
	const writtenAfter = (date: DateMention) =>
		/\d/.test(date.text) && !/[、,。]/.test(facts.normalized.slice(quantity.end, date.start).replace(/[(（][^()（）]*$/, '')) && !/^(?:に)?(?:つけ|付け|記録|以来)/.test(facts.normalized.slice(date.end, date.end + 4));
	// "前日の米国市場で…上昇した流れを引き継ぎ、アドバンテストが7.4%高": the day of a session that set off the move is not its day.
	const setOff = (from: number) => setOffPattern.test(facts.normalized.slice(from, quantity.start));
	// "前日に7%安と急落した東京エレクトロンが4.2%高と反発し": a day whose own move follows it is that move's.
	const ownMove = (date: DateMention) =>
		facts.quantities.some(
			other =>
				other !== quantity &&
				other.unit === '%' &&
				other.start >= date.end &&
				other.end <= quantity.start &&
				/^\s?(?:高|安)/.test(facts.normalized.slice(other.end, other.end + 2)) &&
				// Not "10日は2.5%高の1万1,030円": the price that move reached is of its day.
				!/^\s?[高安]の\s?(?:一時)?\s?$/.test(facts.normalized.slice(other.end, quantity.start)),
		);
	const before = facts.normalized.slice(0, quantity.start);
	// "22日に…を発表し、株価は12月の1カ月で18%上昇": a month's move told right before it is of the month, whatever day came before.
	const monthJustBefore = monthly.test(before.slice(-16));
	const day = monthJustBefore ? undefined : (traded.findLast(date => date.end <= quantity.start && !setOff(date.end) && !ownMove(date)) ?? traded.find(writtenAfter));
	if (day) return {period: dayPeriod(day), text: day.text, by: false};
	// "NECは10月28日、…据え置いた。株価は翌日に2.8%上昇した": the day after the news its paragraph told.
	if (/翌日(?:に|は|も|には|、)\s?(?:一時)?\s?(?:前日比)?\s?$/.test(before.slice(-12)) && state.newsDay && facts.sentence.block - state.newsDay.block <= 1) {
		const next = new Date(Date.parse(`${state.newsDay.date}T00:00:00Z`) + 86_400_000);
		return {period: {type: 'day', year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate()}, text: '翌日', by: false};
	}
	// "株価は10月に4.5%下落した": a month told right before a move, with no day, is its period; not the month of news
	// told on the way ("8月に発表した決算を受け、…").
	const monthBefore = monthJustBefore ? undefined : facts.dates.findLast(date => date.end <= quantity.start && /^\d{4}-\d{2}$/.test(date.date));
	if (monthBefore && /^に\s?(?:[^、。\d]{0,6}?)?$/.test(facts.normalized.slice(monthBefore.end, quantity.start).replace(/(?:一時|前月比|前月末比)/g, '')) && !(lastDay && monthBefore.date > lastDay.slice(0, 7))) {
		const [year, monthOfYear] = monthBefore.date.split('-').map(Number) as [number, number];
		return {period: {type: 'months', from: year * 12 + monthOfYear - 1, to: year * 12 + monthOfYear - 1, fiscal: null}, text: monthBefore.text, by: false};
	}
	// "アドバンテストが週間で5.8%上昇し、…ディスコは2.4%安": a week's move is of the week's sessions; "5月の月間騰落率が+22.4%",
	// of the month. Without the days or the month written, no day is its period.
	if (weekly.test(before)) return state.tradingWeek ? {period: state.tradingWeek, text: '', by: false} : {...none, unread: true};
	if (monthly.test(before)) {
		const month = facts.dates.findLast(date => date.end <= quantity.start && /^\d{4}-\d{2}(?:-\d{2})?$/.test(date.date));
		if (!month) return {...none, unread: true};
		const [year, monthOfYear] = month.date.split('-').map(Number) as [number, number];
		return {period: {type: 'months', from: year * 12 + monthOfYear - 1, to: year * 12 + monthOfYear - 1, fiscal: null}, text: month.text, by: false};
	}
	// After-hours trading follows the announcement of its day, which abroad is often the day before the article; so does a
	// move on a proprietary trading system the evening of the news ("私設取引システム（PTS）では、発表後に…7.5%上昇した").
	const afterHours = /時間外|引け後|after-hours|PTS|私設取引/i.test(facts.normalized);
	// "追い風となったのは前日の米国市場だ。エヌビディアが7.4%高": the session the paragraph just named.
	// "終値1万4380円（8.0%高）前日の米国市場で…": a session named after the move is its cause, not its day.
	const session = state.marketDay;
	// Not a session abroad for shares listed in Tokyo ("前日の米国市場で…6%安。さくらインターネットは…1.2%高").
	const listedAtHome = calendar.namedByStart && session?.abroad === true && session.sentence < facts.sentence.index;
	const setOffHere = session?.sentence === facts.sentence.index && session.at < quantity.start && setOff(session.at);
	const paragraphSession = session?.block === facts.sentence.block && !listedAtHome && !setOffHere && (session.sentence < facts.sentence.index || session.at < quantity.start) ? session.date : null;
	const tradingDay = state.tradingDayAbroad && calendar.namedByStart ? null : state.tradingDay;
	// "27日の米国市場で…。ソフトバンクGのADRは5.1%高": shares traded abroad (receipts, or a company listed there) moved in
	// the session abroad the text named, not in Tokyo's.
	const tradedAbroad = /ADR|預託証券/.test(facts.normalized.slice(Math.max(0, quantity.start - 40), quantity.start)) || (calendar.yearEnd !== null && !calendar.namedByStart);
	const abroadDay = tradedAbroad && !state.tradingDayAbroad ? state.sessionAbroad : null;
	if (!afterHours && !paragraphSession && !abroadDay && !tradingDay && state.tradingWeek) return {period: state.tradingWeek, text: '', by: false};
	const told = (afterHours ? state.announcedDay : null) ?? paragraphSession ?? abroadDay ?? tradingDay;
	const known = told ?? (state.published ? lastSessionBy(state.published) : null);
	if (!known || !/^\d{4}-\d{2}-\d{2}$/.test(known)) return none;
	const [year, month, dayOfMonth] = known.split('-').map(Number) as [number, number, number];
	return {period: {type: 'day', year, month, day: dayOfMonth}, text: '', by: false};
}

/** A story out on a Saturday or Sunday tells of Friday's session: no market trades at the weekend. */
function lastSessionBy(published: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return published;
	const day = new Date(`${published}T00:00:00Z`);
	const back = {0: 2, 6: 1}[day.getUTCDay()] ?? 0;
	return back === 0 ? published : new Date(day.getTime() - back * 24 * 3600 * 1000).toISOString().slice(0, 10);
}
