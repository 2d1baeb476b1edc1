import {earlierPublication, type RoledMention, type SentenceFacts} from './analysis.js';
import {furthestGuessedAhead, leadsPastTelling, type DateMention} from './dates.js';

// When a sentence's event happened or will: the dates it writes that date an event, a year-less one read forward when
// what it tells is still to come, and the day of the news for what a sentence tells without a day of its own.

// A date dates an event only when it is at least a month, and not: an as-of date ("9月末時点"), the
// start of a span or the original date of a moved plan ("当初計画の2025年10月から"), a target ("までに"),
// a trading day (stock moves are figures), boilerplate (設立：2014年3月) or an aside in brackets.
// A month's end told with what happens then ("9月末で閉鎖", "3月末をもって退任") is that month.
const notWhen = /^(?:の)?(?:末(?!で|に|をもって)|時点|現在|以降|以来|まで|頃まで|上旬まで)/;
const moved = /^(?:から|より)[^。]{0,16}?\d{1,2}月[^。]{0,6}?(?:に|へ)[^。]{0,12}?(?:延期|ずれ込|変更|延び|前倒し|早め|繰り上げ|遅れ|見直)/;
/** A date of an event: at least a month. */
export const monthPrecision = /^\d{4}-\d{2}(?:-\d{2})?$/;

function insideBrackets(text: string, at: number): boolean {
	let depth = 0;
	for (let index = 0; index < at; index++) {
		const char = text[index];
		if (char === '(' || char === '（') depth++;
		else if ((char === ')' || char === '）') && depth > 0) depth--;
	}

	return depth > 0;
}

export function eventDate(facts: SentenceFacts, date: DateMention): boolean {
	// "2月から提供する": a start is an event (kept below only for a launch); "2月から増えた" is a span.
	// "2026年3月までに完全子会社化を完了する予定": a month by which a deal is to be done is when it is planned; a
	// target year ("2030年までに") is none.
	const completedBy = /^(?:末)?までに[^。]{0,30}?(?:を完了|が完了|完了する|を終える|を終了)/.test(facts.normalized.slice(date.end, date.end + 40));
	if ((date.qualifier !== null && date.qualifier !== 'since' && !completedBy) || !monthPrecision.test(date.date)) return false;
	// "11月〜2026年1月期": a month of a results period, not a date.
	if (facts.periods.some(period => period.raw.type === 'months' && period.start <= date.start && period.end >= date.end)) return false;
	const after = facts.normalized.slice(date.end, date.end + 40);
	// "6日発表した2月の売上高", "5日に発表した10月の月次売上高": the month a figure is of, not when anything was done.
	if (/^の\s?(?:月次|連結|単独|単月)?\s?(?:売上高|売上|売り上げ|営業利益|純利益|出荷|販売台数|受注)/.test(after)) return false;
	// "2024年3月につけた上場来高値": the day a share price was, a figure's day.
	if ((notWhen.test(after) && !completedBy) || moved.test(after) || /^に(?:つけ|付け)た/.test(after)) return false;
	// "当初は2026年1月の開業を予定していた", "当初予定の3月から前倒しし": the original date of a plan that moved; "1月下旬から2月上旬にかけて": a stretch, no day.
	if (/当初(?:の)?(?:予定|計画|目標)?(?:は|の|では)?\s?$/.test(facts.normalized.slice(Math.max(0, date.start - 8), date.start)) || /^(?:上旬|中旬|下旬|初め)?(?:(?:から|より)[^。]{0,12}?)?にかけて/.test(after)) return false;
	return dayOfName(facts, date) !== undefined || !insideBrackets(facts.normalized, date.start);
}

/**
 * "マイクロソフト（1月28日）、アルファベット（2月4日）の決算が出そろった", "ソシオネクスト（4月28日発表）は": a day in brackets right
 * after a name (perhaps saying it was the announcement) is that company's alone.
 */
export function dayOfName(facts: SentenceFacts, date: DateMention): RoledMention | undefined {
	if (!/^[(（]$/.test(facts.normalized.slice(date.start - 1, date.start)) || !/^(?:発表|公表|開示)?[)）]/.test(facts.normalized.slice(date.end, date.end + 3))) return undefined;
	return facts.mentions.find(mention => mention.end === date.start - 1);
}

/** The sentence speaks of what is to come after the date ("払い込む予定", "をめどに", "開く"), and does not report it done. */
// "…を国内で提供する。", "稼働を始める": a launch told in the non-past form is still to come.
// "10月に始めます", "決算は8月に発表します": a start or an announcement told in the non-past, as a speaker tells it.
// "6月から上限300億円の自社株買いを行う": so is what is carried out from a month.
const launchToCome = /(?:(?:提供|開始|発売|稼働|開業|投入|実施)(?:を始め|を開始)?(?:する|します|始める|始めます)|始めます|開始します|発表します|発表する予定|を行う|を行います|を進める|を進めます)(?:と|。|$|」)/;

// "7月に10棟目を着工します", "12月に稼働させる", "3月にはパリに拠点を開きます": a dated act told in the non-past at the clause's end is to come.
const nonPastAct = /(?:する|します|させる|させます|開く|開きます|設ける|設けます|出す|出します|迎える|迎えます)(?:予定|計画|方針)?(?:だ|です)?(?:。|$|」)/;
// "1月に資本業務提携を結んだ2社の合算シェアは…に相当する": a month before a past verb that names something (no は after the
// month) dates that verb's clause, not the sentence's last.
const pastBefore = /(?:た|んだ|いだ)(?![ぁ-ゖ])/;

function toldToCome(clause: string): boolean {
	const act = nonPastAct.exec(clause);
	return act !== null && (/^(?:に|から)?(?:は|、)/.test(clause) || !pastBefore.test(clause.slice(0, act.index)));
}

function speaksOfFuture(facts: SentenceFacts, from: number, to: number): boolean {
	const clause = facts.normalized.slice(from, to);
	const future = facts.words.some(hit => hit.start >= from && hit.start < to && (hit.entry.marker === 'future' || hit.entry.id === 'plan')) || launchToCome.test(clause) || toldToCome(clause);
	// "2月に着工しており、…を投じる": the clause of the date is done already, whatever the sentence plans after it.
	// "「決算は8月に発表します」と述べた": the speaker's words are what tell the time, not the verb that reports them.
	const told = facts.normalized.slice(from, to).replace(/」と[^「」。]{0,12}た。?$/, '」');
	return future && !/た(?:と|。|$)|(?:て|で)おり、/.test(told);
}

/** A year-less date of something still to come is read forward: "12月に払い込む予定" in a November article. */
export function forward(date: DateMention, facts: SentenceFacts, published: string | null, end: number, upcoming: boolean): string {
	// "同日から提供する": the day named before, whatever is to come from it.
	if (!date.yearInferred || published === null || date.date >= published.slice(0, date.date.length) || date.text === '同日') return date.date;
	// "4月1日付で社長に昇格する人事を発表した": an effective date told in the non-past is to come, whatever was announced.
	// "3月1日付で…最高技術責任者（CTO）に元グーグル幹部を招く人事": whatever verb the appointment takes.
	const effective = /^付け?で[^。、]{0,50}?[うくぐすつぬぶむる](?:人事|予定|こと|と|。)/.test(facts.normalized.slice(date.end, date.end + 60));
	// "2月4日、…とする計画を示し、…": the day a plan was told is past, whatever the plan is for.
	// "21日、…が「スターゲート」計画を発表。": so is one told on the telling's noun at the sentence's end.
	const toldThen = /^[^。]{0,60}?(?:を示し|を発表し|を表明し|を明らかにし|を公表し|(?:を|と)(?:発表|公表|表明)\s?(?:。|$))/.test(facts.normalized.slice(date.end, end));
	// "新機能を12月に追加すると発表した": what was announced, told in the non-past right after its month, is to come.
	// Not "3月にはSBGが…買収すると発表": a month the clause opens on is when it was told.
	// "3月から実施することも決めた": what was decided, told in the non-past right after its month, is to come too.
	const announcedToCome =
		/^に\s?[^。、がはも]{0,12}?[うくぐすつぬぶむる](?:と|との)(?:発表|明らかに|公表|表明)/.test(facts.normalized.slice(date.end, date.end + 40)) ||
		/^(?:から|より)?\s?[^。、がはも]{0,12}?[うくぐすつぬぶむる]こと(?:を|も)?(?:決め|決定|決議)/.test(facts.normalized.slice(date.end, date.end + 40));
	if (!effective && !announcedToCome && !upcoming && (toldThen || !speaksOfFuture(facts, date.end, end) || leadsPastTelling(facts.normalized, date.end))) return date.date;
	const [year, month, day] = date.date.split('-');
	// "IIJは8月、…と提携し、今後3年で…を投じる" in September: a month read forward would be most of a year away, which a
	// writer says with 来年; the plan is what the clause after it tells, and the month is the one just gone.
	const monthsAhead = (Number(year) + 1 - Number(published.slice(0, 4))) * 12 + Number(month) - Number(published.slice(5, 7));
	if (!effective && month !== undefined && monthsAhead > furthestGuessedAhead) return date.date;
	if (/^\d{1,2}日$/.test(date.text)) {
		const next = new Date(Date.UTC(Number(year), Number(month), 1));
		return `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}-${day}`;
	}

	return [String(Number(year) + 1), month, day].filter(Boolean).join('-');
}

// "…総額18億円の資金調達を実施したことをお知らせします", "…基本合意書を締結しました": a release's lead tells what
// was done on the day it is dated, without saying the day. Not what it tells of earlier days (これまでに, 累計).
const doneAsReleased = /(?:ました|ことをお知らせ(?:いた)?します|ましたので、?お知らせ(?:いた)?します)。?$/;
const earlierThanRelease = /これまで|累計|創業|以来|以降|前回|過去/;

/** The release's day as a date of its lead sentence that writes none and tells what a company did, or nothing. */
// "当社は、10月29日に公表した通期業績予想を…修正いたしました": a release may name its earlier one and still tell its own day's news.
export function releaseDate(facts: SentenceFacts, day: string | null): DateMention[] {
	const ownDates = facts.dates.filter(date => eventDate(facts, date) && !earlierPublication.test(facts.normalized.slice(date.end, date.end + 44)));
	if (day === null || ownDates.length > 0 || !doneAsReleased.test(facts.normalized) || earlierThanRelease.test(facts.normalized)) return [];
	if (!facts.mentions.some(mention => mention.role === 'topic' || mention.role === 'subject')) return [];
	return [{date: day, text: day, start: 0, end: 0, qualifier: null, yearInferred: false}];
}

// "あわせて2,000億円を上限とする自社株買いも発表した（取得期間は…まで）", "…自社株買いも発表し、2月2日から取得を始めます".
const alongWithNews = /^[^。]{0,8}?(?:あわせて|併せて|同時に)[、,]?[^。]*?(?:発表|公表)(?:した|しました|し、)/;
// "株主還元では、上限2,000億円の自社株買いも併せて発表した", "…を上限とする自社株買いを決めた": a buyback decided, told without its day.
const buybackDecided = /(?:自社株買い|自己株式の取得|自己株式取得|自社株を取得)[^。]{0,16}?(?:を|も)[^。]{0,8}?(?:決めた|決定した|決議した|発表した|公表した)/;

/** Announced along with the news, on its day: what comes before any day the sentence writes. */
export function announcedAlong(facts: SentenceFacts, day: string | null): DateMention[] {
	if (day === null) return [];
	const along = alongWithNews.exec(facts.normalized) ?? buybackDecided.exec(facts.normalized);
	// "同時に公表した4〜9月期の連結決算は": the results are the news itself, already its own event.
	if (!along || facts.dates.some(date => date.start < along.index + along[0].length) || /決算|業績|売上高|営業利益|純利益/.test(facts.normalized.slice(along.index + along[0].length, along.index + along[0].length + 24))) return [];
	return [{date: day, text: day, start: 0, end: 0, qualifier: null, yearInferred: false}];
}

// "オラクルが発表した2025年12月〜26年2月期決算は…", "マイクロンは9〜11月期決算を発表した": results told as just reported.
const reportedResults = /(?:が|は)[^。、]{0,12}?(?:発表|公表)した[^。]{0,40}?決算|決算を(?:発表|公表)した|決算発表(?:で|では)/;

/**
 * Results a story tells as reported, with their period but without their day, are of the month the story came out. Not
 * in a month's first five days, when they may have come out the month before; nor results to come (予定, 控え).
 */
export function reportedThisMonth(facts: SentenceFacts, published: string | null): DateMention[] {
	if (published === null || !/^\d{4}-\d{2}-\d{2}$/.test(published) || Number(published.slice(8)) <= 5) return [];
	if (!reportedResults.test(facts.normalized) || /予定|控え|見込み|見通し|前回|前期|昨年|去年|前年/.test(facts.normalized)) return [];
	// The period the results are of says they are results, not the word alone ("決算を発表した").
	if (
		!facts.mentions.some(mention => mention.role === 'topic' || mention.role === 'subject') ||
		!facts.periods.some(period => period.raw.type === 'months' || period.raw.type === 'fiscal-year' || period.raw.type === 'nendo' || period.raw.type === 'calendar')
	)
		return [];
	return [{date: published.slice(0, 7), text: '', start: 0, end: 0, qualifier: null, yearInferred: true}];
}
