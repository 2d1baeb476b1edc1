import type {CurrencyUnit, FigureUnit, Qualifier} from '../dataset/schema.js';

/** A quantity written in a (normalised) sentence: money, a percentage, percentage points or a count. */
export interface Quantity {
	readonly start: number;
	readonly end: number;
	/** The quantity as written, e.g. "約4,400億円", "560億〜590億ドル". */
	readonly text: string;
	/** The amount; for a range, its midpoint. */
	readonly value: number;
	readonly unit: FigureUnit;
	readonly qualifier: Qualifier;
	/** Both ends of a range ("560億〜590億ドル"). */
	readonly range: {readonly low: number; readonly high: number} | null;
	/** "約1.3兆円" in "100億ドル(約1.3兆円)": the same amount in another currency. */
	readonly converted: {readonly value: number; readonly unit: FigureUnit; readonly text: string} | null;
	/** What a count counts ("社", "人", "株"). */
	readonly counter: string | null;
	/** Written with a sign: "+15%", "▲5%", "マイナス3%" (so its direction needs no word after it). */
	readonly signed: boolean;
	/**
	 * Not a figure: a vague amount (数百億ドル, 30%台, 1割台), a band around another
	 * (プラスマイナス2%), a multiple with no base (約5倍), or a bracketed conversion of the amount before.
	 */
	readonly ignore: 'vague' | 'band' | 'conversion' | 'multiple' | null;
	/** A growth written as a multiple of a base ("前年同期比2.4倍" is +140%). */
	readonly multiple: boolean;
}

const number = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// 1兆5,880億, 160億6,000万, 7万7,900, 5千億, 12,345百万, 3千万
const kanjiAmount = String.raw`(?:(?:${number})\s?(?:千|百|十)?\s?[兆億万](?:\s?(?:${number})\s?(?:千|百|十)?\s?[億万])*(?:\s?${number}(?![\d,.]*\s?[兆億万]))?|(?:${number})\s?(?:百万|千万|千)(?![兆億万]))`;

/** Currencies as Japanese and English text write them; longest first where one contains another. */
const currencyWords: ReadonlyArray<readonly [string, CurrencyUnit | null]> = [
	['台湾ドル', 'TWD'],
	['新台湾ドル', 'TWD'],
	['NTドル', 'TWD'],
	['香港ドル', null],
	['豪ドル', null],
	['カナダドル', null],
	['シンガポールドル', null],
	['NZドル', null],
	['米ドル', 'USD'],
	['USドル', 'USD'],
	['ドル', 'USD'],
	['円', 'JPY'],
	['ユーロ', 'EUR'],
	['人民元', 'CNY'],
	['元', 'CNY'],
	['ウォン', 'KRW'],
	['ポンド', 'GBP'],
	['ルピー', 'INR'],
	['USD', 'USD'],
	['JPY', 'JPY'],
	['EUR', 'EUR'],
];
const currencyPattern = currencyWords.map(([word]) => word).join('|');
const currencyOf = new Map(currencyWords);

const prefix = String.raw`(?<prefix>約|およそ|推定|ほぼ|最大|最高|最低|少なくとも|計|総額|累計|合計|[Mm]ore than|[Gg]reater than|[Oo]ver|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Nn]early|[Aa]lmost|[Aa]t least|[Uu]p to|[Ll]ess than|[Ff]ewer than)?\s?`;
const suffix = String.raw`(?<suffix>を突破|突破|を超える|を超え|超え|超|以上|強|弱|程度|前後|ほど|余り|あまり|近く|未満|以下|規模)?`;
const sign = String.raw`(?<sign>マイナス|プラス|[▲△+\-−])?`;
// "数百億", "十数%", "数千": vague; matched so that they are not read as figures.
// Not the 数 that ends a word of count before a number ("有料顧客数2万社", "従業員数1万人").
const vagueLead = String.raw`(?:(?<=^|[^\u3400-\u9FFF\u30A0-\u30FF]|[約計])(?<vague>数|十数|数十|何))?`;

const moneyPattern = String.raw`${prefix}${sign}${vagueLead}(?<amount>${kanjiAmount}|${number})\s?(?<currency>${currencyPattern})${suffix}`;
const englishPattern = String.raw`${prefix}${sign}(?<symbol>US\$|NT\$|HK\$|A\$|C\$|\$|¥|€|£)\s?(?<english>${number})\s?(?<scale>[Tt]rillion|[Bb]illion|[Mm]illion|tn|bn|mn|T|B|M|兆|億|万)?(?![A-Za-z])${suffix}`;
const yenWordsPattern = String.raw`${prefix}(?<words>${number})\s?(?<wordsScale>trillion|billion|million)\s?(?<wordsCurrency>yen|dollars|euros)\b${suffix}`;
const percentPattern = String.raw`${prefix}${sign}${vagueLead}(?<percent>${number})\s?(?:%|パーセント|％)(?<percentBand>台)?${suffix}`;
const pointPattern = String.raw`${prefix}${sign}(?<points>${number})\s?(?:ポイント|pt|%ポイント|percentage points?)(?![A-Za-z])${suffix}`;
const multiplePattern = String.raw`${prefix}(?<times>\d{1,3}(?:\.\d{1,2})?)倍(?<timesBand>台)?${suffix}`;
const wariPattern = String.raw`${prefix}${sign}(?<wari>\d{1,2}(?:\.\d)?)割(?:(?<bu>\d)分)?(?<wariBand>台)?(?![引合安高り当])${suffix}`;
const countPattern = String.raw`${prefix}${vagueLead}(?<count>${kanjiAmount}|${number})\s?(?<counter>社|人|名|件|団体|組織|アカウント|口座|回線|台|株(?![価式主当あ利]))${suffix}`;

// Node 20 refuses a group name used in two alternatives: each alternative numbers its own ("prefix_3").
const alternatives = [moneyPattern, englishPattern, yenWordsPattern, percentPattern, pointPattern, multiplePattern, wariPattern, countPattern];
/** The group each alternative cannot match without, by which the matched one is known. */
const keyGroups = ['amount', 'english', 'words', 'percent', 'points', 'times', 'wari', 'count'].map((name, index) => `${name}_${index}`);
/** Each alternative's groups: [plain name, numbered name]. */
const groupNames = alternatives.map((pattern, index) => [...pattern.matchAll(/\(\?<(\w+)>/g)].map(match => [match[1]!, `${match[1]!}_${index}`] as const));
const quantityPattern = new RegExp(alternatives.map((pattern, index) => `(?:${pattern.replace(/\(\?<(\w+)>/g, `(?<$1_${index}>`)})`).join('|'), 'g');

const scales: Record<string, number> = {兆: 1e12, 億: 1e8, 万: 1e4};
const smallScales: Record<string, number> = {百万: 1e6, 千万: 1e7, 千: 1e3, 百: 100, 十: 10};
// "US$3.4億": a symbol with a Japanese scale word, as Japanese releases write dollars.
const englishScales: Record<string, number> = {trillion: 1e12, Trillion: 1e12, Billion: 1e9, Million: 1e6, tn: 1e12, T: 1e12, billion: 1e9, bn: 1e9, B: 1e9, million: 1e6, mn: 1e6, M: 1e6, 兆: 1e12, 億: 1e8, 万: 1e4};
const symbols: Record<string, CurrencyUnit | null> = {US$: 'USD', $: 'USD', '¥': 'JPY', '€': 'EUR', '£': 'GBP', NT$: 'TWD', HK$: null, A$: null, C$: null};

function plain(text: string): number {
	return Number(text.replace(/,/g, ''));
}

const scaledPart = new RegExp(String.raw`(${number})(千|百|十)?([兆億万])`, 'g');
const smallScaled = new RegExp(String.raw`^(${number})(百万|千万|千)$`);

/** "5兆8600億" -> 5.86e12; "2億3,000万" -> 2.3e8; "3千億" -> 3e11; "12,345百万" -> 1.2345e10. */
export function parseJapaneseNumber(text: string): number {
	const compact = text.replace(/\s/g, '');
	let total = 0;
	let rest = compact;
	for (const match of compact.matchAll(scaledPart)) {
		total += plain(match[1]!) * (match[2] ? smallScales[match[2]]! : 1) * scales[match[3]!]!;
		rest = rest.replace(match[0], '');
	}

	const small = smallScaled.exec(rest);
	if (small) return total + plain(small[1]!) * smallScales[small[2]!]!;
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
		case 'ほど':
		case '近く':
		case '規模':
			return 'approx';
		default:
			break;
	}

	switch (prefixText?.toLowerCase()) {
		case '最大':
		case '最高':
		case 'up to':
			return 'up_to';
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
		case 'greater than':
		case 'over':
			return 'over';
		case 'less than':
		case 'fewer than':
			return 'under';
		default:
			return 'exact';
	}
}

function roundValue(value: number): number {
	return Number(value.toPrecision(12));
}

interface Raw extends Quantity {
	/** The range's first end, when this quantity is the second: "560億〜590億ドル". */
	readonly unitless?: boolean;
}

const isNegativeSign = (text: string | undefined) => text === 'マイナス' || text === '▲' || text === '△' || text === '-' || text === '−';

/** The quantity of one match, or null when it is not one (an unknown currency). */
function quantityOf(match: RegExpExecArray, offset: number): Raw | null {
	const groups = match.groups!;
	const alternative = keyGroups.findIndex(key => groups[key] !== undefined);
	// The groups of the alternative that matched, under their plain names.
	const g: Record<string, string | undefined> = {};
	for (const [plainName, numbered] of groupNames[alternative]!) g[plainName] = groups[numbered];
	const qualifier = qualifierOf(g['prefix'], g['suffix']);
	const negative = isNegativeSign(g['sign']);
	const base = {
		start: offset + match.index,
		end: offset + match.index + match[0].length,
		// "総額380億ドル" is written "380億ドル": the total is the amount, not a qualifier of it.
		text: match[0].trim().replace(/^(?:総額|累計|合計|計)\s?/, ''),
		qualifier,
		range: null,
		converted: null,
		counter: null,
		signed: g['sign'] !== undefined,
		ignore: g['vague'] !== undefined ? ('vague' as const) : null,
		multiple: false,
	};
	const signedValue = (value: number) => roundValue(negative ? -value : value);
	if (g['amount'] !== undefined) {
		const unit = currencyOf.get(g['currency']!);
		if (!unit) return null;
		return {...base, value: signedValue(parseJapaneseNumber(g['amount'])), unit};
	}

	if (g['english'] !== undefined) {
		const unit = symbols[g['symbol']!];
		if (!unit) return null;
		return {...base, value: signedValue(plain(g['english']) * (g['scale'] ? englishScales[g['scale']]! : 1)), unit};
	}

	if (g['words'] !== undefined) {
		const unit = g['wordsCurrency'] === 'yen' ? 'JPY' : g['wordsCurrency'] === 'euros' ? 'EUR' : 'USD';
		return {...base, value: roundValue(plain(g['words']) * englishScales[g['wordsScale']!]!), unit};
	}

	if (g['percent'] !== undefined) {
		return {...base, value: signedValue(plain(g['percent'])), unit: '%', ignore: g['percentBand'] ? 'vague' : base.ignore};
	}

	if (g['points'] !== undefined) return {...base, value: signedValue(plain(g['points'])), unit: 'pt'};
	if (g['times'] !== undefined) {
		return {...base, value: roundValue((plain(g['times']) - 1) * 100), unit: '%', multiple: true, ignore: g['timesBand'] ? 'vague' : 'multiple', qualifier: g['timesBand'] ? 'approx' : qualifier};
	}

	if (g['wari'] !== undefined) {
		// "約4割", "5割強": tenths are a rough size, never the figure a report gives.
		const value = plain(g['wari']) * 10 + Number(g['bu'] ?? 0);
		return {...base, value: signedValue(value), unit: '%', qualifier: qualifier === 'exact' ? 'approx' : qualifier, ignore: 'vague'};
	}

	if (g['count'] !== undefined) return {...base, value: roundValue(parseJapaneseNumber(g['count'])), unit: 'count', counter: g['counter'] ?? null};
	return null;
}

// "$1.195 billion to $1.200 billion": an English page's range joins its ends with "to".
const rangeJoin = /^(?:\s?[~〜～–\-−]\s?|\s?to\s?)$/;
const bareRangeEnd = new RegExp(String.raw`^\s?[~〜～–]\s?(?<high>${number})\s?(?<highScale>trillion|billion|million|bn|B)(?![A-Za-z\d])`);
// "560億〜": the first end of a range, written without its currency.
const bareRangeStart = new RegExp(String.raw`(?:${prefix})(?<low>${kanjiAmount}|${number})\s?(?<lowScale>trillion|billion|million|bn|B)?\s?[~〜～–\-−]\s?$`);

// Every quantity holds a digit, and no more than this many characters of it stand before its first
// digit ("approximately マイナス US$") or after its last ("千万シンガポールドルを超える").
const reachBeforeDigit = 30;
const reachAfterDigit = 30;

/**
 * The stretches of `text` around its digits, where quantities can be: the pattern of eight forms,
 * tried at every place of a sentence, was the slowest step of extraction.
 */
function digitWindows(text: string): Array<[number, number]> {
	const windows: Array<[number, number]> = [];
	for (const match of text.matchAll(/\d[\d,.]*/g)) {
		const start = Math.max(0, match.index - reachBeforeDigit);
		const end = Math.min(text.length, match.index + match[0].length + reachAfterDigit);
		const last = windows.at(-1);
		if (last && start <= last[1]) last[1] = end;
		else windows.push([start, end]);
	}

	return windows;
}

/** "19－21%増", "117億－127億ドル": a dash right after a number joins the ends of a range; it is no minus sign. */
const dashAfterNumber = (text: string, quantity: Raw) => quantity.signed && quantity.value < 0 && /^[-−]/.test(quantity.text) && /[\d兆億万]/.test(text[quantity.start - 1] ?? '');

/** Every quantity in `text` (NFKC-normalised): ranges and conversions folded, bands and vague amounts marked. */
export function findQuantities(text: string): Quantity[] {
	const raw: Raw[] = [];
	for (const [start, end] of digitWindows(text)) {
		for (const match of text.slice(start, end).matchAll(quantityPattern)) {
			const quantity = quantityOf(match, start);
			if (quantity) raw.push(dashAfterNumber(text, quantity) ? {...quantity, start: quantity.start + 1, text: quantity.text.slice(1), value: -quantity.value, signed: false} : quantity);
		}
	}

	return markRates(text, markBands(text, foldConversions(text, foldRanges(text, raw)))).map((quantity, index, all) =>
		// "8000円台後半", "1ドル150円台": somewhere in a band of a thousand or of one yen, no figure.
		(quantity.unit !== '%' && quantity.unit !== 'pt' && quantity.unit !== 'count' && text.startsWith('台', quantity.end)) || bound(text, quantity, all[index - 1])
			? {...quantity, ignore: 'vague' as const}
			: quantity.ignore === null && (convertedInWords.test(text.slice(Math.max(0, quantity.start - 16), quantity.start)) || afterUnkeptCurrency.test(text.slice(Math.max(0, quantity.start - 24), quantity.start)))
				? {...quantity, ignore: 'conversion' as const}
				: quantity,
	);
}

// "約410億香港ドル（約52億ドル）": a conversion of an amount in a currency the dataset does not keep is a conversion all the same.
const afterUnkeptCurrency = new RegExp(
	String.raw`\d\s?[兆億万千百]?\s?(?:${currencyWords
		.filter(([, unit]) => unit === null)
		.map(([word]) => word)
		.join('|')})\s?[(（]\s?(?:約|およそ)?\s?$`,
);

// "売上の$1.213Bは円に直すと約1,780億円", "円換算で約9,000億円": an amount told again in another currency, in words.
// "売上高を円換算すると約2,400億円": so is one the writer converts.
const convertedInWords = /(?:円|ドル)に(?:直す|換算する|換算す|直せ|換算すれ)(?:と|ば)[、,]?\s?(?:約|およそ|ざっと)?\s?$|(?:円|ドル)換算(?:で|すると|すれば)[、,]?\s?(?:約|およそ|ざっと)?\s?$/;
// "538億クローナ（約8,400億円）": an amount in a currency brief does not carry, its conversion in brackets after it.
const uncarriedCurrency =
	/\d\s?(?:[千百十]?[兆億万])?\s?(?:スウェーデン|ノルウェー|デンマーク|スイス)?(?:クローナ|クローネ|フラン|ルーブル|レアル|リンギット|バーツ|ルピア|ペソ|ランド|リラ|ズロチ|ディルハム|リヤル)\s?[(（]\s?(?:約|およそ)?\s?$/;

/**
 * "シェアは1%にも満たない", "5%未満", "100社に届かなかった": a line a number stays under, not the number; nor is "214億ドルと初めて200億ドルを
 * 超えた" a second figure beside the one just told.
 */
function bound(text: string, quantity: Quantity, before: Quantity | undefined): boolean {
	// Not "LTVを25%未満に保つ": a ceiling aimed at is a target.
	if ((quantity.qualifier === 'under' && !/^\s?に/.test(text.slice(quantity.end, quantity.end + 2))) || /^\s?(?:に(?:も|は)?(?:満たな|満たず|届か(?:ない|なかった|ず))|未満(?!に))/.test(text.slice(quantity.end, quantity.end + 10)))
		return true;
	const crossed = quantity.qualifier === 'over' || /^\s?(?:を)?\s?(?:超え|超す|突破|上回)|^\s?の大台/.test(text.slice(quantity.end, quantity.end + 8));
	return crossed && before !== undefined && before.unit === quantity.unit && /^\s?(?:と|で|となり|になり)?[、,]?\s?初めて\s?$/.test(text.slice(before.end, quantity.start));
}

/** "560億〜590億ドル", "59〜61%", "$91B〜$93B": one quantity at the midpoint, both ends kept. */
function foldRanges(text: string, quantities: readonly Raw[]): Quantity[] {
	const result: Quantity[] = [];
	for (const quantity of quantities) {
		const previous = result.at(-1);
		// Not "from $3 billion to $5 billion": a change from one level to another.
		if (previous && previous.unit === quantity.unit && rangeJoin.test(text.slice(previous.end, quantity.start)) && !/from\s?$/i.test(text.slice(Math.max(0, previous.start - 6), previous.start))) {
			const low = previous.value;
			const high = quantity.value;
			result[result.length - 1] = {
				...quantity,
				start: previous.start,
				text: text.slice(previous.start, quantity.end).trim(),
				value: roundValue((low + high) / 2),
				range: {low, high},
				qualifier: previous.qualifier === 'exact' ? quantity.qualifier : previous.qualifier,
			};
			continue;
		}

		// The first end written without its unit: "560億〜590億ドル", "59〜61%".
		const before = text.slice(Math.max(0, quantity.start - 40), quantity.start);
		const bare = bareRangeStart.exec(before);
		if (bare && !(previous && previous.end > quantity.start - bare[0].length)) {
			const lowText = bare.groups!['low']!;
			const lowScale = bare.groups!['lowScale'];
			let low = /[兆億万千百]/.test(lowText) ? parseJapaneseNumber(lowText) : plain(lowText);
			if (lowScale) low *= englishScales[lowScale]!;
			// "59〜61%" and "5,000億〜5,600億円" only; "2024〜25年の3,000億円" is no range.
			const scaleOfHigh = quantity.unit === '%' ? 1 : /[兆億万]/.test(lowText) || lowScale ? 1 : scaleOf(quantity);
			low *= scaleOfHigh;
			if (Number.isFinite(low) && low !== 0 && Math.abs(low) <= Math.abs(quantity.value) * 1.01 && Math.abs(low) >= Math.abs(quantity.value) / 10) {
				const start = quantity.start - bare[0].length;
				result.push({...quantity, start, text: text.slice(start, quantity.end).trim(), value: roundValue((low + quantity.value) / 2), range: {low: roundValue(low), high: quantity.value}});
				continue;
			}
		}

		// "US$32.2 billion〜33.4 billion": the second end written without its currency.
		const after = quantity.unit !== '%' && quantity.unit !== 'pt' && quantity.unit !== 'count' ? bareRangeEnd.exec(text.slice(quantity.end, quantity.end + 24)) : null;
		if (after) {
			const scale = after.groups!['highScale'] ? englishScales[after.groups!['highScale']]! : scaleOf(quantity);
			const high = plain(after.groups!['high']!) * scale;
			if (Number.isFinite(high) && high >= quantity.value && high <= quantity.value * 10) {
				const end = quantity.end + after[0].length;
				result.push({...quantity, end, text: text.slice(quantity.start, end).trim(), value: roundValue((quantity.value + high) / 2), range: {low: quantity.value, high: roundValue(high)}});
				continue;
			}
		}

		if (money(quantity.unit) && uncarriedCurrency.test(text.slice(Math.max(0, quantity.start - 24), quantity.start)) && /^\s?(?:換算)?(?:[、,][^()（）]{0,30})?[)）]/.test(text.slice(quantity.end))) {
			result.push({...quantity, ignore: 'conversion'});
			continue;
		}

		result.push(quantity);
	}

	return result;
}

/** The scale a quantity's text writes its number in ("590億ドル" -> 1e8), for a range's bare first end. */
function scaleOf(quantity: Quantity): number {
	// "6,600〜7,600百万円": a table's millions (or thousands) of yen.
	const small = /(百万|千万|千)(?=円|ドル|米ドル)/.exec(quantity.text);
	if (small) return smallScales[small[1]!]!;
	const written = /(兆|億|万)/.exec(quantity.text);
	if (written) return scales[written[1]!]!;
	const english = /\d\s?([Tt]rillion|[Bb]illion|[Mm]illion|bn|tn|mn|T|B|M|兆|億|万)(?![A-Za-z])/.exec(quantity.text);
	return english ? englishScales[english[1]!]! : 1;
}

const money = (unit: FigureUnit) => unit !== '%' && unit !== 'pt' && unit !== 'count';

/** "100億ドル(約1.3兆円)": the bracketed amount converts the one before it and is no figure itself. */
function foldConversions(text: string, quantities: readonly Quantity[]): Quantity[] {
	const result: Quantity[] = [];
	for (const quantity of quantities) {
		const previous = result.at(-1);
		if (
			previous &&
			money(previous.unit) &&
			money(quantity.unit) &&
			previous.unit !== quantity.unit &&
			previous.converted === null &&
			// "（約3兆3,000億円、1ドル＝150円換算）": the rate it was converted at may follow in the bracket.
			((/^\s?[(（]\s?$/.test(text.slice(previous.end, quantity.start)) && /^\s?(?:換算)?(?:[、,][^()（）]{0,30})?[)）]/.test(text.slice(quantity.end))) ||
				// "（投資額約1億8,000万ドル、約270億円）": both in one bracket, the second the first told again.
				(/^\s?[、,]\s?(?:約|およそ)?\s?$/.test(text.slice(previous.end, quantity.start)) && /^\s?[)）]/.test(text.slice(quantity.end)) && /[(（][^()（）]{0,12}$/.test(text.slice(Math.max(0, previous.start - 12), previous.start))))
		) {
			result[result.length - 1] = {...previous, converted: {value: quantity.value, unit: quantity.unit, text: quantity.text}};
			result.push({...quantity, ignore: 'conversion'});
			continue;
		}

		result.push(quantity);
	}

	return result;
}

// "1ドル＝150円", "1ドル150円換算", "想定為替レートは1ドル＝145円": an exchange rate is no amount of anyone's.
function markRates(text: string, quantities: readonly Quantity[]): Quantity[] {
	if (!/[=＝]|換算|レート|前提/.test(text)) return [...quantities];
	const rate = new Set<Quantity>();
	quantities.forEach((quantity, index) => {
		const next = quantities[index + 1];
		if (!next || !money(quantity.unit) || !money(next.unit) || quantity.unit === next.unit || quantity.value !== 1) return;
		if (!/^\s?[=＝:：]?\s?$/.test(text.slice(quantity.end, next.start))) return;
		rate.add(quantity);
		rate.add(next);
		// "1ドル=140円から145円へ見直した": the rate it moves to is a rate too.
		const moved = quantities[index + 2];
		if (moved && moved.unit === next.unit && /^\s?(?:から|より|→|⇒)\s?$/.test(text.slice(next.end, moved.start))) rate.add(moved);
	});
	return quantities.map(quantity => (rate.has(quantity) ? {...quantity, ignore: 'conversion' as const} : quantity));
}

// "(プラスマイナス2%)", "±3億ドル": a band around the guidance before it.
/** The words of a band around a number ("プラスマイナス5億ドル", "±3%"). */
export const bandWord = /プラスマイナス|±|\+\/-/;
const bandBefore = new RegExp(`(?:${bandWord.source})\\s?$`);

// "…2.11ドル（同0.20ドル）" after a band: the same band around the next number.
const sameBandBefore = /[(（]\s?同\s?$/;

function markBands(text: string, quantities: readonly Quantity[]): Quantity[] {
	const banded = bandWord.test(text);
	return quantities.map(quantity => {
		const firstDigit = quantity.start + Math.max(0, text.slice(quantity.start, quantity.end).search(/\d/));
		const before = text.slice(Math.max(0, firstDigit - 10), firstDigit).replace(/[$¥€]$/, '');
		return bandBefore.test(before) || (banded && sameBandBefore.test(before)) ? {...quantity, ignore: 'band'} : quantity;
	});
}

/** Whether text may hold a quantity at all: most sentences have no digit. */
export const mayHoldQuantity = /\d/;
