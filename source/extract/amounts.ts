import type {MetricUnit} from '../dataset/schema.js';

export type Qualifier = 'approx' | 'over' | 'at_least' | 'under' | 'exact';

/** A quantity written in a (normalised) sentence: money, a percentage or a count. */
export interface Quantity {
	readonly start: number;
	readonly end: number;
	/** The quantity as written, e.g. "約4,400億円". */
	readonly text: string;
	readonly value: number;
	readonly unit: MetricUnit;
	readonly qualifier: Qualifier;
	/** "約1.3兆円" in "100億ドル(約1.3兆円)": the same amount in another currency. */
	readonly converted: {readonly value: number; readonly unit: MetricUnit} | null;
	/** What the count counts ("社", "人"), for counts only. */
	readonly counter: string | null;
	/** Set on both sides of "34%から29%": 0 for the earlier value, 1 for the later. */
	readonly transition: {readonly group: number; readonly order: number} | null;
}

const number = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const kanjiScale = String.raw`(?:(?:${number})\s?千?\s?[兆億万]\s?)+(?:${number})?|(?:${number})\s?千\s?[兆億万]?`;
// Named groups may not repeat across alternatives on Node 20, so each alternative numbers its own.
// English qualifiers as wire copy writes them: "more than $30 billion", "about 40%".
const englishPrefix = String.raw`[Mm]ore than|[Oo]ver|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Nn]early|[Aa]lmost|[Aa]t least|[Ll]ess than|[Uu]nder`;
const prefix = (n: number) =>
	String.raw`(?<prefix${n}>約|およそ|推定|ほぼ|最大|最低|少なくとも|(?<!価)総額|累計|合計|年間|前年比|前年同期比|前年度比|前期比|(?<![合累総])計|(?<![A-Za-z])(?:${englishPrefix})(?=\s?[$¥\d]))?\s?`;
const suffix = (n: number) => String.raw`(?<suffix${n}>を突破|突破|を超える|を超え|超え|超|以上|強|弱|程度|前後|余り|あまり|近く|未満|以下|規模)?`;
const currency = String.raw`(?<currency>米ドル|ドル|円|USD|JPY)`;

const amountPattern = new RegExp(
	[
		// 4,400億円, 2億3,000万ドル, 5兆8600億円, 1,000億ドル超
		String.raw`${prefix(1)}(?<sign>マイナス|▲|-)?(?<amount>${kanjiScale}|${number})\s?${currency}${suffix(1)}`,
		// $38 billion, US$ 2.3bn
		String.raw`${prefix(2)}(?:US)?\$\s?(?<usd>${number})\s?(?<scale>trillion|billion|million|tn|bn|mn|T|B|M)?(?![A-Za-z])${suffix(2)}`,
		// ¥1.5 trillion, 2.5 trillion yen (English copy about Japanese companies), ¥2,000億
		String.raw`${prefix(7)}(?:¥\s?(?<yen>${kanjiScale}|${number})\s?(?<yenScale>trillion|billion|million|tn|bn|mn)?(?![A-Za-z])|(?<yenWords>${number})\s?(?<yenWordsScale>trillion|billion|million)\s?yen\b)${suffix(7)}`,
		// 30%, 3.2%安, マイナス5%
		String.raw`${prefix(3)}(?<pSign>マイナス|▲|-|\+|プラス)?(?<percent>${number})\s?(?:%|パーセント)${suffix(3)}`,
		// "前期比1.5倍", "前年同期の約2倍": a multiple of last year's is growth of 50%, 100%
		String.raw`(?<timesBase>(?:前年同期|前年同月|前年度|前年|前期)(?:比|の)\s?)(?<timesApprox>約|およそ)?(?<times>\d{1,3}(?:\.\d{1,2})?)倍${suffix(6)}`,
		// 8割 (80%), 3割5分 (35%), 1割弱; not 2割引 (a discount), 割合, 割安, 割高 or 割り当て
		String.raw`${prefix(5)}(?<wari>\d{1,2}(?:\.\d)?)割(?:(?<bu>\d)分)?(?![引合安高り当])${suffix(5)}`,
		// 53,000社, 1億人
		String.raw`${prefix(4)}(?<count>${kanjiScale}|${number})\s?(?<counter>社|人|件|団体|組織|アカウント|ユーザー|口座)${suffix(4)}`,
	].join('|'),
	'g',
);

const scales: Record<string, number> = {兆: 1e12, 億: 1e8, 万: 1e4};
const englishScales: Record<string, number> = {trillion: 1e12, tn: 1e12, T: 1e12, billion: 1e9, bn: 1e9, B: 1e9, million: 1e6, mn: 1e6, M: 1e6};

function plain(text: string): number {
	return Number(text.replace(/,/g, ''));
}

/** "5兆8600億" -> 5.86e12; "2億3,000万" -> 2.3e8; "3千億" -> 3e11. */
export function parseJapaneseNumber(text: string): number {
	const compact = text.replace(/\s/g, '');
	let total = 0;
	let rest = compact;
	for (const match of compact.matchAll(new RegExp(String.raw`(${number})(千)?([兆億万])`, 'g'))) {
		total += plain(match[1]!) * (match[2] ? 1000 : 1) * scales[match[3]!]!;
		rest = rest.replace(match[0], '');
	}

	const thousands = new RegExp(String.raw`^(${number})千$`).exec(rest);
	if (thousands) return total + plain(thousands[1]!) * 1000;
	if (rest.length > 0) total += plain(rest);
	return total;
}

function qualifierOf(prefixText: string | undefined, suffixText: string | undefined): Qualifier {
	switch (suffixText) {
		case '超':
		case '突破':
		case 'を突破':
		case '超え':
		case 'を超え':
		case 'を超える':
		case '強':
		case '余り':
		case 'あまり':
			return 'over';
		case '以上':
			return 'at_least';
		case '未満':
		case '以下':
		case '弱':
			return 'under';
		case '程度':
		case '前後':
		case '近く':
		case '規模':
			return 'approx';
		default:
			break;
	}

	switch (prefixText?.toLowerCase()) {
		case '最低':
		case '少なくとも':
		case 'at least':
			return 'at_least';
		case '約':
		case 'およそ':
		case '推定':
		case 'ほぼ':
		case 'about':
		case 'around':
		case 'approximately':
		case 'roughly':
		case 'nearly':
		case 'almost':
			return 'approx';
		case 'more than':
		case 'over':
			return 'over';
		case 'less than':
		case 'under':
			return 'under';
		default:
			return 'exact';
	}
}

function roundValue(value: number): number {
	return Number(value.toPrecision(12));
}

/** Every quantity in `text` (NFKC-normalised), conversions folded into the amount they convert. */
export function findQuantities(text: string): Quantity[] {
	const raw: Quantity[] = [];
	for (const match of text.matchAll(amountPattern)) {
		const g = match.groups!;
		// "30~40%" is a range, not a figure to plot.
		if (/\d\s?[~〜\-–]\s?$/.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
		const qualifier = qualifierOf(
			g['prefix1'] ?? g['prefix2'] ?? g['prefix3'] ?? g['prefix4'] ?? g['prefix5'] ?? g['prefix7'] ?? g['timesApprox'],
			g['suffix1'] ?? g['suffix2'] ?? g['suffix3'] ?? g['suffix4'] ?? g['suffix5'] ?? g['suffix6'] ?? g['suffix7'],
		);
		const base = {start: match.index, end: match.index + match[0].length, text: match[0].trim(), qualifier, converted: null, transition: null};
		if (g['amount'] !== undefined) {
			const negative = g['sign'] !== undefined;
			const value = parseJapaneseNumber(g['amount']) * (negative ? -1 : 1);
			const unit: MetricUnit = g['currency'] === '円' || g['currency'] === 'JPY' ? 'JPY' : 'USD';
			raw.push({...base, value: roundValue(value), unit, counter: null});
		} else if (g['usd'] !== undefined) {
			const value = plain(g['usd']) * (g['scale'] ? englishScales[g['scale']]! : 1);
			raw.push({...base, value: roundValue(value), unit: 'USD', counter: null});
		} else if (g['percent'] !== undefined) {
			const negative = g['pSign'] === 'マイナス' || g['pSign'] === '▲' || g['pSign'] === '-';
			raw.push({...base, value: roundValue(plain(g['percent']) * (negative ? -1 : 1)), unit: '%', counter: null});
		} else if (g['yen'] !== undefined || g['yenWords'] !== undefined) {
			const scale = g['yenScale'] ?? g['yenWordsScale'];
			const value = parseJapaneseNumber(g['yen'] ?? g['yenWords']!) * (scale ? englishScales[scale]! : 1);
			raw.push({...base, value: roundValue(value), unit: 'JPY', counter: null});
		} else if (g['times'] !== undefined) {
			raw.push({...base, value: roundValue((plain(g['times']) - 1) * 100), unit: '%', counter: null});
		} else if (g['wari'] !== undefined) {
			raw.push({...base, value: roundValue(plain(g['wari']) * 10 + Number(g['bu'] ?? 0)), unit: '%', counter: null});
		} else if (g['count'] !== undefined) {
			raw.push({...base, value: roundValue(parseJapaneseNumber(g['count'])), unit: 'count', counter: g['counter'] ?? null});
		}
	}

	return foldTransitions(text, foldConversions(text, raw));
}

/** "100億ドル(約1.3兆円)": the bracketed amount converts the one before it. */
function foldConversions(text: string, quantities: Quantity[]): Quantity[] {
	const result: Quantity[] = [];
	for (const quantity of quantities) {
		const previous = result.at(-1);
		if (
			previous &&
			previous.unit !== quantity.unit &&
			(previous.unit === 'USD' || previous.unit === 'JPY') &&
			(quantity.unit === 'USD' || quantity.unit === 'JPY') &&
			previous.converted === null &&
			/^\s?[(（]\s?$/.test(text.slice(previous.end, quantity.start)) &&
			/^\s?[)）]/.test(text.slice(quantity.end))
		) {
			const closing = text.indexOf(')', quantity.end) >= 0 ? text.indexOf(')', quantity.end) : text.indexOf('）', quantity.end);
			result[result.length - 1] = {...previous, converted: {value: quantity.value, unit: quantity.unit}, end: Math.max(previous.end, closing + 1)};
			continue;
		}

		result.push(quantity);
	}

	return result;
}

// "34%から29%", "34%→29%", and with the later date between: "2022年Q4の1%から2023年Q4には3%".
const transitionLink = /^\s?(?:から|→|->|⇒|➡|より)\s?(?:[\d年月日度第四半期Qの上下~-]{2,16}(?:には|に|は|の|で)?\s?)?$/;
// The later value first, then the earlier one it moved from: "13%と、前年の11%から上昇",
// "13%(前年は11%)". The earlier side names an earlier period.
const earlierPeriod = String.raw`(?:前年同期|前年度|前年末|前年|前期|前四半期|前回|昨年末|昨年|1年前|一年前|従来|当初|年初|期初|\d{1,2}月(?:末)?時点)`;
const reversedLink = new RegExp(String.raw`^\s?(?:(?:となり|と|で|、|,)\s?)*${earlierPeriod}の\s?$`);
const reversedAfter = /^\s?から/;
const bracketedEarlierLink = new RegExp(String.raw`^\s?\(\s?${earlierPeriod}(?:は|が)\s?$`);
const bracketedEarlierAfter = /^\s?\)/;

/** "34%から29%" and "13%と、前年の11%から": two observations, earlier first. A range ("30~40%") is not a transition. */
function foldTransitions(text: string, quantities: Quantity[]): Quantity[] {
	const result = [...quantities];
	let group = 0;
	for (let index = 0; index + 1 < result.length; index++) {
		const first = result[index]!;
		const second = result[index + 1]!;
		if (first.unit !== second.unit || first.transition) continue;
		const between = text.slice(first.end, second.start);
		const after = text.slice(second.end, second.end + 4);
		let reversed: boolean;
		if (transitionLink.test(between)) reversed = false;
		else if ((reversedLink.test(between) && reversedAfter.test(after)) || (bracketedEarlierLink.test(between) && bracketedEarlierAfter.test(after))) reversed = true;
		else continue;
		group++;
		const [from, to] = reversed ? [second, first] : [first, second];
		const shared: Qualifier = from.qualifier === 'exact' ? to.qualifier : from.qualifier;
		result[reversed ? index + 1 : index] = {...from, qualifier: shared, transition: {group, order: 0}};
		result[reversed ? index : index + 1] = {...to, qualifier: to.qualifier === 'exact' ? shared : to.qualifier, transition: {group, order: 1}};
	}

	return result;
}
