/** How a date expression qualifies its date: "2019年以降" is `since`, "2025年までに" is `by`. */
export type DateQualifier = 'since' | 'by' | 'part' | null;

/** A date written in a (normalised) sentence. */
export interface DateMention {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn. */
	readonly date: string;
	readonly qualifier: DateQualifier;
	/** The year was not written and came from the article's date or context. */
	readonly yearInferred: boolean;
}

/** A cheap test that lets most sentences skip the date expressions: none can hold a date without these. */
export const mayHoldDate = /[年月期]|\d日|同日|本日|昨日|前日|\d[-/]\d|Q[1-4]|今年|本年|昨年|去年|来年|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d/;

/** What a year-less date ("11月3日") is resolved against. */
export interface DateContext {
	/** The article's publication date, when known; a day alone ("12日") is read only against a known month. */
	readonly published: {readonly year: number; readonly month: number | null; readonly day?: number | null} | null;
	/** A year the surrounding text established, used when there is no publication date. */
	readonly contextYear: number | null;
	/** The month a timeline's item is labelled with ("**9月**　オラクルが9日に…"): what a day alone in it is of. */
	readonly labelMonth?: number | null;
}

const pad = (value: number) => String(value).padStart(2, '0');
const validYear = (year: number) => year >= 1900 && year <= 2100;
const validMonth = (month: number) => month >= 1 && month <= 12;
const validDay = (day: number) => day >= 1 && day <= 31;

/**
 * The year a month without one means: the latest such month not after the publication date ("12月"
 * in a January article is last December), as news reports what happened. `futureYear` is the other
 * reading, for text that speaks of what is to come ("12月に払い込む予定").
 */
/** Whether a day exists in its month: no "6月31日" is ever made from a day alone. */
function existingDay(year: number, month: number, day: number): boolean {
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// "12月31日付で退任して会長に就く", "6月に研究拠点を開設する": an effective day, or a verb of what will be done.
const toCome = /予定|控え|見込み|開催する|発表する|始める|開始する|(?<=.)に決め|(?<=.)に決定|^付で|^付$|就任する|退任する|昇格する|終える|終了する|打ち切る|稼働する|開業する|発売する|開設する|着工する|移行する|完了する/;

/** The sentence goes on to say the day is to come: "31日に決算発表を控えており", "8月7日に発表する予定", "着工日を11月4日に決めた". */
/** "ディスコ（4月17日発表）は": a day told as an announcement made is past. */
const announcedBefore = (text: string, end: number) => /^(?:発表|公表|開示)[)）]/.test(text.slice(end, end + 4));

function upcoming(text: string, start: number, end: number): boolean {
	// "4日の発表資料によると、…となる見込み": the day of the release the text draws on is past, whatever it foresees.
	if (/^の(?:発表|公表|開示|会見|説明会)[^。、]{0,8}?(?:によると|によれば|では|で)/.test(text.slice(end, end + 20))) return false;
	if (announcedBefore(text, end)) return false;
	// Up to the next date: "28日、副社長が4月1日付で昇格する" tells of 4月1日 to come, not of 28日.
	// "当初予定の3月から…": the plan a change departs from is no time to come.
	const rest = /^[^。]*?(?=\d{1,2}(?:月(?!期)|日)|。|$)/.exec(text.slice(end, end + 60))![0].replace(/当初(?:の)?(?:予定|計画)/g, found => '　'.repeat(found.length));
	// "着工日を11月4日に決めた": the day decided is to come; "4月に決めた自社株買い": the month of the decision is past.
	// "21日、…が「スターゲート」計画を発表。": a sentence ending on the telling's noun tells what was done.
	if (/(?:を|と)(?:発表|公表|開示|表明)$/.test(rest.trimEnd()) && /^\s?。/.test(text.slice(end + rest.length, end + rest.length + 2))) return false;
	const at = /^に(?:決め|決定)/.test(rest) && /を\s?$/.test(text.slice(Math.max(0, start - 2), start)) ? 0 : rest.search(toCome);
	// "10月1日付で、子会社を吸収合併した": an effective day whose own clause is told in the past tense has come
	// ("4月1日付で会長に退き、…昇格する人事を発表した" has not: the past is the telling's).
	// "4月1日付で、…本部を新設する組織改正も発表した": what takes effect is told before the telling, which is past.
	// "10月1日付でスピンオフし、…として切り離した": a clause that runs on (…し、) takes its tense from the next.
	const clause = rest.startsWith('付で') ? /^付で、?([^、]*)/.exec(rest)![1]! : null;
	const runsOn = clause !== null && /[^さ]し$/.test(clause) ? /^付で、?[^、]*、([^、]*)/.exec(rest)?.[1] : undefined;
	const effective = clause === null ? null : (runsOn === undefined ? clause : `${clause}、${runsOn}`).replace(/(?:こと|と)?(?:も|を)?(?:発表|公表|開示|明らかに|表明)し[^、]*$/, '');
	// "5月、…を設けると発表しており、稼働は…予定": the month is of the telling, done before what is planned.
	// "12日付で目標株価を引き上げた": nor one whose clause ends in the past.
	return at !== -1 && !/した|だった|ており|でおり|と(?:発表|公表|表明)し|た$/.test(effective ?? rest.slice(0, at));
}

/** "キオクシアは9日、…を6月に早めると発表した": the day before the comma is the day of a telling that is past. */
export function leadsPastTelling(text: string, end: number): boolean {
	if (text[end] !== '、') return false;
	const sentence = /^[^。]*。?/.exec(text.slice(end))![0];
	return /(?:発表|公表|明らかに|表明)し(?:た|ました)[」』]?。?$/.test(sentence);
}

// "…を公開済みで": done already (済み) as well.
const pastForm = /した|だった|された|った|んだ|いた|えた|きた|れた|せた|けた|めた|べた|てた|げた|ねた|ており|でおり|ている|でいる|ていて|でいて|ていま|でいま|済み/;

/** "料金を3月1日から引き下げると発表した": what the telling says is done from the date on is still to come; not "5日、…" (the telling's day). */
function toldAsPlanned(text: string, end: number): boolean {
	const told = /^([^。、]{1,40}?)と(?:発表|公表|表明|明らかに)し/.exec(text.slice(end, end + 60));
	if (told !== null && /^(?:から|より|付で)/.test(told[1]!) && /[るくすつうぐぶむ]$/.test(told[1]!) && !pastForm.test(told[1]!)) return true;
	// "2月25日に…発表会を開き、新機種を披露すると案内している": what the day is told as the day of, in the non-past, is to come.
	const announced = /^(に[^。]{1,60}?)と(?:案内|告知|予告)し/.exec(text.slice(end, end + 80));
	return announced !== null && /[るくすつうぐぶむ]$/.test(announced[1]!) && !pastForm.test(announced[1]!);
}

/**
 * The sentence from a month on ends in the non-past, with no past before it: "6月には研究拠点を開く",
 * "12月10日にサービスを始める". News tells what happened in the past tense; this is what will.
 */
function toldAsComing(text: string, end: number): boolean {
	if (announcedBefore(text, end)) return false;
	// "社員数は4月1日時点で160人です": a count as of a day is of a day passed.
	if (/^\s?末?(?:の)?(?:時点|現在)/.test(text.slice(end, end + 4))) return false;
	const rest = /^[^。]*/.exec(text.slice(end, end + 80))![0].trimEnd();
	if (toldAsPlanned(text, end)) return true;
	// "7月には稼働を始めており", "10月に契約を結んでいる": done already, whatever follows.
	// "12月、…撤退すると発表し、…振り向ける": the telling is done, whatever it goes on to plan.
	// "11月13日に決算を発表し、…と計画する": so is the announcing.
	// "決算は3月に出るので、…": the month's own clause, in the non-past, gives a reason the writer looks ahead on.
	const ownClause = /^[^、,]*/.exec(rest)![0];
	if (/[るくすつうぐぶむ](?:ので|から)$/.test(ownClause) && !pastForm.test(ownClause)) return true;
	if (pastForm.test(rest) || /[とを](?:発表|公表|表明|開示)し[、,]/.test(rest)) return false;
	return /[るくすつうぐぶむ]$/.test(rest) && !/(?:である|がある|とみられる|られる)$/.test(rest);
}

function inferYearFromContext(month: number, context: DateContext): number | null {
	if (context.published) {
		const {year, month: publishedMonth} = context.published;
		if (publishedMonth === null) return year;
		return month > publishedMonth ? year - 1 : year;
	}

	return context.contextYear;
}

const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const qualifierWords: Record<string, DateQualifier> = {
	以降: 'since',
	以来: 'since',
	から: 'since',
	まで: 'by',
	までに: 'by',
};

// One pass, most specific forms first. Digits are ASCII: the text is NFKC-normalised.
const datePattern = new RegExp(
	[
		// "25年9月", "26年1月15日": a year written in two digits before a month is of this century.
		String.raw`(?<ymdY>\d{4}|(?<![\d.])[1-3]\d)年(?<ymdM>\d{1,2})月(?<ymdD>\d{1,2})日`,
		String.raw`(?<isoY>\d{4})(?<sep>[-/])(?<isoM>\d{1,2})\k<sep>(?<isoD>\d{1,2})(?![\d/-])`,
		String.raw`(?<qY>\d{4})年度?(?:の)?(?:第(?<qN>[1-4])四半期|\s?Q(?<qN2>[1-4])|(?<qFrom>\d{1,2})[~〜\-–](?<qTo>\d{1,2})月期)`,
		String.raw`(?<![\w])Q(?<qN3>[1-4])\s?(?<qY3>\d{4})`,
		String.raw`(?<![\d年])第(?<qN4>[1-4])四半期`,
		// English, as quoted from wire services: "May 12, 2026", "May 12".
		String.raw`\b(?<enM>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(?<enD>\d{1,2})(?!\d)(?:,?\s(?<enY>\d{4})(?!\d))?`,
		// A quarter by its months without a year, "1〜3月期": the one nearest the publication date.
		String.raw`(?<![\d年/.~〜\-–])(?<qrFrom>\d{1,2})[~〜\-–](?<qrTo>\d{1,2})月期`,
		String.raw`(?<decade>\d{4})年代`,
		String.raw`(?<ymY>\d{4}|(?<![\d.])[1-3]\d)年(?<ymM>\d{1,2})月(?![\d日期])`,
		String.raw`(?<yY>\d{4})年(?:度)?(?:の)?(?<yRest>春|夏|秋|冬|初め|初頭|前半|後半|上期|下期|上半期|下半期|末|中|以降|以来|から|までに|まで)?`,
		// "1月 14日": a timeline's month label and the day after it.
		String.raw`(?<![\d年/.])(?<mdM>\d{1,2})月\s?(?<mdD>\d{1,2})日`,
		// "6月期" is a fiscal year (ending in June), never a month.
		String.raw`(?<![\d年/.])(?<mM>\d{1,2})月(?![\d日額期])(?<mRest>以降|以来|から|までに|まで)?`,
		// A day alone, as news writes the day of the dateline's month: "SBGは12日、…発表した",
		// "27日発表した", "12日公表の", "14日朝", "5日も4.5%安と続落". Only before a particle, a comma or such a word, so that "3日間",
		// "5日目" and "10日前" are not read as dates.
		String.raw`(?<![\d年月/.~〜\-–])(?<dD>\d{1,2})日(?=[、,にのはまか(]|も\s?(?:[\d一続反大小急]|前日)|発表|公表|開示|付|朝|昼|夕|夜|午前|午後|未明|夜間|終値|大引け|前引け|引け後|取引)`,
	].join('|'),
	'g',
);

function qualifierOf(rest: string | undefined): DateQualifier {
	if (!rest) return null;
	return qualifierWords[rest] ?? 'part';
}

/**
 * How many months ahead of the publication a year-less month may be read on the strength of a verb told in the non-past
 * in a clause after it: further than that, a writer says 来年, and the month is the one just gone.
 */
export const furthestGuessedAhead = 6;

/**
 * "6月下旬の定時株主総会後に…社長に昇格させる": the shareholders' meeting a month names, in the months before it, is the
 * one to come; not "6月の株主総会で選任された", told as done.
 */
function comingMeeting(after: string): boolean {
	const meeting = /^(?:上旬|中旬|下旬|末)?の(?:定時|臨時)?株主総会(?:後|で|を経て|以降|の承認)?/.exec(after);
	return meeting !== null && !/^[^。、]{0,12}?(?:された|した|だった|れた|えた)/.test(after.slice(meeting[0].length));
}

// "6月にも上場廃止となる見通し": a month told as the earliest a thing may happen is to come.
const asEarlyAs = /^にも[^。、]{0,30}?(?:見通し|見込み|予定|方針|計画|可能性|となる|する)/;

const movedEarlier = /^(?:に|へ)[^。、]{0,10}?(?:早め|早まる|前倒し|繰り上げ)/;

/** The year near `guessed` whose day `month`/`day` falls on the weekday written after it ("（火）"), or null. */
function weekdayYear(after: string, guessed: number, month: number, day: number): number | null {
	const weekday = /^\s?[(（]([日月火水木金土])(?:曜日?)?[)）]/.exec(after)?.[1];
	if (!weekday || !validDay(day)) return null;
	const wanted = '日月火水木金土'.indexOf(weekday);
	return [guessed, guessed + 1, guessed - 1].find(year => existingDay(year, month, day) && new Date(Date.UTC(year, month - 1, day)).getUTCDay() === wanted) ?? null;
}

/** Finds the dates written in `text` (NFKC-normalised), resolving year-less ones with `context`. */
export function findDates(text: string, context: DateContext): DateMention[] {
	const mentions: DateMention[] = [];
	// "2026年1月から3月に": a month without a year after one with it is of that year (or the next).
	let written: {year: number; month: number} | null = null;
	// "2026年9月から6月に早める": a plan moved earlier goes back, so its month is of that year (or the one before).
	const inferYear = (month: number, dateContext: DateContext, earlier = false) =>
		written ? (earlier ? (month <= written.month ? written.year : written.year - 1) : month >= written.month ? written.year : written.year + 1) : inferYearFromContext(month, dateContext);
	for (const match of text.matchAll(datePattern)) {
		const g = match.groups!;
		const writtenYear = g['ymdY'] ?? g['ymY'];
		// "…を2026年3月末までに終える計画で、2月13日に…": a deadline is no start the months after it run on from.
		const deadline = /^(?:上旬|中旬|下旬|末)?(?:まで|までに)/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 5));
		if (writtenYear && !deadline) written = {year: Number(writtenYear) + (writtenYear.length === 2 ? 2000 : 0), month: Number(g['ymdM'] ?? g['ymM'])};
		const found = (date: string | null, qualifier: DateQualifier, yearInferred: boolean) => {
			if (date) mentions.push({start: match.index, end: match.index + match[0].length, text: match[0], date, qualifier, yearInferred});
		};

		const year = (value: string | undefined) => (value === undefined ? Number.NaN : Number(value));
		// "25年9月": a year of two digits is of this century.
		const century = (value: string | undefined) => year(value) + (value?.length === 2 ? 2000 : 0);
		if (g['ymdY']) {
			const [y, m, d] = [century(g['ymdY']), year(g['ymdM']), year(g['ymdD'])];
			found(validYear(y) && validMonth(m) && validDay(d) ? `${y}-${pad(m)}-${pad(d)}` : null, null, false);
		} else if (g['isoY']) {
			const [y, m, d] = [year(g['isoY']), year(g['isoM']), year(g['isoD'])];
			found(validYear(y) && validMonth(m) && validDay(d) ? `${y}-${pad(m)}-${pad(d)}` : null, null, false);
		} else if (g['qY']) {
			const y = year(g['qY']);
			let quarter = Number(g['qN'] ?? g['qN2']);
			if (g['qTo']) {
				const to = year(g['qTo']);
				// "2026年2〜4月期" (a fiscal quarter): no calendar quarter, but part of the year.
				if (!(validMonth(to) && to % 3 === 0)) {
					found(validYear(y) && validMonth(to) ? String(y) : null, 'part', false);
					continue;
				}

				quarter = to / 3;
			}

			found(validYear(y) && quarter >= 1 && quarter <= 4 ? `${y}-Q${quarter}` : null, null, false);
		} else if (g['qY3']) {
			const y = year(g['qY3']);
			found(validYear(y) ? `${y}-Q${g['qN3']}` : null, null, false);
		} else if (g['qN4']) {
			const y = context.published?.year ?? context.contextYear;
			found(y === null ? null : `${y}-Q${g['qN4']}`, null, true);
		} else if (g['enM']) {
			const m = englishMonths.indexOf(g['enM']) + 1;
			const d = year(g['enD']);
			const written = g['enY'] === undefined ? null : year(g['enY']);
			const y = written ?? inferYear(m, context);
			found(y !== null && validYear(y) && validDay(d) ? `${y}-${pad(m)}-${pad(d)}` : null, null, written === null);
		} else if (g['qrTo']) {
			const [from, to] = [year(g['qrFrom']), year(g['qrTo'])];
			const y = validMonth(to) && validMonth(from) ? inferYear(to, context) : null;
			const calendar = to % 3 === 0 && from === to - 2;
			found(y === null ? null : calendar ? `${y}-Q${to / 3}` : String(y), calendar ? null : 'part', true);
		} else if (g['decade']) {
			// "2010年代" names a decade, not a date: matched only so that it is not read as 2010.
		} else if (g['ymY']) {
			const [y, m] = [century(g['ymY']), year(g['ymM'])];
			found(validYear(y) && validMonth(m) ? `${y}-${pad(m)}` : null, null, false);
		} else if (g['yY']) {
			const y = year(g['yY']);
			found(validYear(y) ? String(y) : null, qualifierOf(g['yRest']), false);
		} else if (g['mdM']) {
			const [m, d] = [year(g['mdM']), year(g['mdD'])];
			const ahead = upcoming(text, match.index, match.index + match[0].length) || toldAsComing(text, match.index + match[0].length);
			const published = context.published;
			// "8月7日に発表を予定": a day to come is of this year, or the next when its month has passed.
			// "2023年7月のピークから…、8月22日時点で": a day the text measures to now is not the earlier year's, more than a year back.
			const carried = !validMonth(m) ? null : ahead && !written && published && published.month !== null ? (m >= published.month ? published.year : published.year + 1) : inferYear(m, context);
			const asOfNow = written !== null && published?.month != null && /^\s?(?:の)?(?:時点|終値|現在)/.test(text.slice(match.index + match[0].length));
			const guessed = carried !== null && asOfNow && (published!.year - carried) * 12 + published!.month! - m > 12 ? inferYearFromContext(m, context) : carried;
			// "9月2日（火）": the weekday written after a day says which year it is of.
			const y = guessed === null ? null : (weekdayYear(text.slice(match.index + match[0].length), guessed, m, d) ?? guessed);
			found(y !== null && validDay(d) && existingDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null, null, true);
		} else if (g['dD']) {
			const d = year(g['dD']);
			const published = context.published;
			const label = context.labelMonth;
			if (label && validDay(d)) {
				const y = inferYear(label, context);
				if (y !== null && existingDay(y, label, d)) found(`${y}-${pad(label)}-${pad(d)}`, null, true);
				continue;
			}
			if (!published || published.month === null || !validDay(d)) continue;
			const knownDay = published.day !== null && published.day !== undefined;
			// A day after the publication day is of the month before ("29日発表" in a 4 November article);
			// a day to come ("31日に発表を控え") is of this month, or the next when it has passed.
			const ahead = (upcoming(text, match.index, match.index + match[0].length) || toldAsPlanned(text, match.index + match[0].length)) && !leadsPastTelling(text, match.index + match[0].length);
			const offset = !knownDay ? 0 : ahead ? (d < published.day! ? 1 : 0) : d > published.day! ? -1 : 0;
			const shifted = new Date(Date.UTC(published.year, published.month - 1 + offset, 1));
			const [y, m] = [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1];
			if (existingDay(y, m, d)) found(`${y}-${pad(m)}-${pad(d)}`, null, true);
		} else if (g['mM']) {
			const m = year(g['mM']);
			// "6月に研究拠点を開設する": a month to come is of this year, or the next when it has passed.
			const published = context.published;
			// "IIJは8月、…と提携し、今後3年で…を投じる" in September: a month whose own clause runs on (提携し、) into a plan
			// is not put most of a year ahead by the plan's verb; "3月に米国に設計拠点を開く" in May is.
			const runsOn = /^[、,]?[^。]*?(?:し|して)[、,]/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 60));
			const guessedTooFar = runsOn && published !== null && published.month !== null && validMonth(m) && m < published.month && m + 12 - published.month > furthestGuessedAhead;
			const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
			const ahead = upcoming(text, match.index, match.index + match[0].length) || (!guessedTooFar && toldAsComing(text, match.index + match[0].length)) || comingMeeting(after) || asEarlyAs.test(after);
			const earlier = movedEarlier.test(text.slice(match.index + match[0].length, match.index + match[0].length + 16));
			const y = !validMonth(m) ? null : ahead && !written && published && published.month !== null ? (m >= published.month ? published.year : published.year + 1) : inferYear(m, context, earlier);
			found(y === null ? null : `${y}-${pad(m)}`, qualifierOf(g['mRest']), true);
		}
	}

	return mentions;
}

const relativeYears: Record<string, number> = {今年: 0, 本年: 0, 昨年: -1, 去年: -1, 来年: 1};
const relativeMonths: Record<string, number> = {今月: 0, 本月: 0, 先月: -1, 前月: -1, 来月: 1, 翌月: 1};
// Not 今日: "今日では" is as often "nowadays" as "today".
const relativeDays: Record<string, number> = {本日: 0, 昨日: -1, 前日: -1};

/**
 * "今年", "先月", "本日": dates relative to the publication date (YYYY, YYYY-MM or YYYY-MM-DD), each
 * only as precise as that date: "本日" in an article dated to the month is no date.
 */
export function findRelativeDates(text: string, published: string | null): DateMention[] {
	if (published === null) return [];
	const [year, month, day] = published.split('-').map(Number) as [number, number?, number?];
	const mentions: DateMention[] = [];
	for (const match of text.matchAll(/(?<relativeYear>今年|本年|昨年|去年|来年)の?(?<monthOf>\d{1,2})月(?:(?<dayOf>\d{1,2})日)?|今年|本年|昨年|去年|来年|今月|本月|先月|前月|来月|翌月|本日|昨日|前日(?!の終値|に比)(?=の|に|、)/g)) {
		const word = match[0];
		let date: string | null = null;
		const {relativeYear, monthOf, dayOf} = match.groups ?? {};
		// "今年10月には", "昨年12月3日": a month or a day of a year named relative to the publication date.
		if (relativeYear && Number(monthOf) >= 1 && Number(monthOf) <= 12) {
			const dayText = dayOf && Number(dayOf) >= 1 && Number(dayOf) <= 31 ? `-${pad(Number(dayOf))}` : '';
			date = `${year + relativeYears[relativeYear]!}-${pad(Number(monthOf))}${dayText}`;
		} else if (word in relativeYears) date = String(year + relativeYears[word]!);
		else if (word in relativeMonths && month !== undefined) {
			const shifted = new Date(Date.UTC(year, month - 1 + relativeMonths[word]!, 1));
			date = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}`;
		} else if (word in relativeDays && month !== undefined && day !== undefined) {
			date = new Date(Date.UTC(year, month - 1, day + relativeDays[word]!)).toISOString().slice(0, 10);
		}

		if (date) mentions.push({start: match.index, end: match.index + word.length, text: word, date, qualifier: null, yearInferred: true});
	}

	return mentions;
}

/** Orders partial dates by the first day they cover; a year sorts before its months. */
export function compareDates(a: string, b: string): number {
	return dateKey(a).localeCompare(dateKey(b));
}

/** A sortable key: "2025-Q4" sorts with 2025-10, "2025" before 2025-01. */
export function dateKey(date: string): string {
	const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
	if (quarter) return `${quarter[1]}-${pad(Number(quarter[2]) * 3 - 2)}`;
	return date;
}

/**
 * Whether two reports can date the same event: they agree at least to the month ("2025-11" and
 * "2025-11-03"), or to the quarter. A bare year is too loose to merge on.
 */
export function datesCompatible(a: string, b: string): boolean {
	if (a === b) return true;
	const common = commonDate([a, b]);
	return common.length >= 7;
}

function quarterContains(quarter: string, date: string): boolean {
	const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
	const month = /^(\d{4})-(\d{2})/.exec(date);
	if (!match || !month || match[1] !== month[1]) return false;
	return Math.ceil(Number(month[2]) / 3) === Number(match[2]);
}

/** The most precise date that every one of `dates` agrees with: 2025-11-02 and 2025-11 give 2025-11. */
export function commonDate(dates: readonly string[]): string {
	let common = dates[0]!;
	for (const date of dates.slice(1)) {
		if (date === common) continue;
		if (/-Q/.test(common) || /-Q/.test(date)) {
			if (/-Q/.test(common) && quarterContains(common, date)) continue;
			if (/-Q/.test(date) && quarterContains(date, common)) {
				common = date;
				continue;
			}

			common = common.slice(0, 4);
			continue;
		}

		const a = common.split('-');
		const b = date.split('-');
		const shared: string[] = [];
		for (let index = 0; index < Math.min(a.length, b.length) && a[index] === b[index]; index++) shared.push(a[index]!);
		common = shared.length > 0 ? shared.join('-') : common.slice(0, 4);
	}

	return common;
}

/** A day written without its year (and perhaps its month), read as the first such day on or after `published`. */
function nextOf(date: DateMention, published: string): string {
	const sameMonth = `${published.slice(0, 8)}${date.date.slice(8)}`;
	if (!/月/.test(date.text) && sameMonth >= published) return sameMonth;
	const nextYear = `${Number(date.date.slice(0, 4)) + 1}${date.date.slice(4)}`;
	return /月/.test(date.text) ? nextYear : date.date;
}

/**
 * A day of a period announced to open soon ("取得期間は11月4日から3月31日まで" in late October): a year-less day read
 * as past is the next such day when that falls within `monthsAhead` of the story; otherwise it stays as read.
 */
export function dayToCome(date: DateMention, published: string | null, monthsAhead: number): string {
	if (published === null || date.date >= published || /年/.test(date.text)) return date.date;
	const next = nextOf(date, published);
	return Date.parse(next) - Date.parse(published) <= monthsAhead * 31 * 24 * 3600 * 1000 ? next : date.date;
}

// "取得期間は10月30日から2026年7月31日まで", "- 取得期間：2026年2月4日〜2026年12月31日", "期間は2月2日から6月30日まで".
const windowOpens = /期間\s?(?:は|[:：])\s?$/;
const windowRuns = /^\s?(?:から|[~〜～\-－–]\s?)$/;

/** The first and last days of a period a sentence opens ("…期間は X から Y まで"), as written, or null. */
export function windowOf(normalized: string, dates: readonly DateMention[]): readonly [DateMention, DateMention] | null {
	const opens = dates.findIndex(date => windowOpens.test(normalized.slice(Math.max(0, date.start - 12), date.start)));
	const [from, to] = [dates[opens], dates[opens + 1]];
	if (!from || !to || !/^\d{4}-\d{2}-\d{2}$/.test(from.date) || !/^\d{4}-\d{2}-\d{2}$/.test(to.date)) return null;
	return windowRuns.test(normalized.slice(from.end, to.start)) ? [from, to] : null;
}
