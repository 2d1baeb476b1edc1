import type {Language} from '../../text/language.js';
import type {CurrencyUnit, FigureUnit, Qualifier} from '../schema.js';

export type {Qualifier} from '../schema.js';

// How each language marks a qualifier: English before the number, Japanese as the articles write it
// (約 before, 超・以上・未満・以下 after).
const qualifierWords: Readonly<Record<Qualifier, {readonly en: string; readonly ja: {readonly before: string; readonly after: string}}>> = {
	approx: {en: '~', ja: {before: '約', after: ''}},
	over: {en: '>', ja: {before: '', after: '超'}},
	// ASCII on purpose: ≥ and ≤ are of ambiguous width in East Asian terminals.
	at_least: {en: '>=', ja: {before: '', after: '以上'}},
	under: {en: '<', ja: {before: '', after: '未満'}},
	up_to: {en: '<=', ja: {before: '', after: '以下'}},
	exact: {en: '', ja: {before: '', after: ''}},
};

// Currencies in each language: English by symbol where it is narrow ($, ¥) and by ISO code
// otherwise (€, £ and ₩ are of ambiguous width in East Asian terminals); Japanese by name.
const currencyWords: Readonly<Record<CurrencyUnit, {readonly en: string; readonly ja: string}>> = {
	USD: {en: '$', ja: 'ドル'},
	JPY: {en: '¥', ja: '円'},
	EUR: {en: 'EUR ', ja: 'ユーロ'},
	CNY: {en: 'CNY ', ja: '元'},
	KRW: {en: 'KRW ', ja: 'ウォン'},
	TWD: {en: 'TWD ', ja: '台湾ドル'},
	GBP: {en: 'GBP ', ja: 'ポンド'},
	INR: {en: 'INR ', ja: 'ルピー'},
};

// Grouping by hand: toLocaleString builds a formatter per call (90% of selectCompanyRows on 500
// companies), and even one Intl.NumberFormat costs ~5 ms of a ~30 ms plain run.
// Index arithmetic rather than split and two regexes: a large briefing formats ~10,000 values.
function trimmed(value: number, digits: number): string {
	const fixed = Math.abs(value).toFixed(digits);
	const point = fixed.indexOf('.');
	const whole = point === -1 ? fixed : fixed.slice(0, point);
	let end = fixed.length;
	if (point !== -1) while (end > point + 1 && fixed.charCodeAt(end - 1) === 0x30) end--;
	const decimals = point === -1 ? '' : fixed.slice(point + 1, end);
	// Three digits or fewer have no group separator to add.
	const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
	const sign = value < 0 && (whole !== '0' || decimals !== '') ? '-' : '';
	return `${sign}${grouped}${decimals === '' ? '' : `.${decimals}`}`;
}

/** An amount in English: $38B, ¥1T, ¥440B, EUR 1.2B. */
function englishAmount(value: number, symbol: string): string {
	const magnitude = Math.abs(value);
	const sign = value < 0 ? '-' : '';
	if (magnitude >= 1e12) return `${sign}${symbol}${trimmed(magnitude / 1e12, 2)}T`;
	if (magnitude >= 1e9) return `${sign}${symbol}${trimmed(magnitude / 1e9, 1)}B`;
	if (magnitude >= 1e6) return `${sign}${symbol}${trimmed(magnitude / 1e6, 1)}M`;
	return `${sign}${symbol}${trimmed(magnitude, 0)}`;
}

/** A number in the units Japanese articles use: 兆 (1e12), 億 (1e8), 万 (1e4): "1兆", "5兆8600億", "4,400億", "2.3億", "5,000万". */
function japaneseNumber(value: number): string {
	const magnitude = Math.abs(value);
	const sign = value < 0 ? '-' : '';
	if (magnitude >= 1e12) {
		// 兆 and the 億 under it, as the articles write it: 5兆8600億.
		const oku = Math.round(magnitude / 1e8);
		const cho = Math.floor(oku / 10_000);
		const rest = oku % 10_000;
		return `${sign}${trimmed(cho, 0)}兆${rest === 0 ? '' : `${rest}億`}`;
	}

	const [size, unit] = magnitude >= 1e8 ? [1e8, '億'] : magnitude >= 1e4 ? [1e4, '万'] : [1, ''];
	const scaled = magnitude / size;
	return `${sign}${trimmed(scaled, scaled < 10 && unit !== '' ? 1 : 0)}${unit}`;
}

/** A value with its unit, short: English 29%, -2pt, $38B, ¥440B, EUR 1.2B, 53,000; Japanese 29%, -2ポイント, 380億ドル, 4,400億円, 53,000. */
export function formatValue(value: number, unit: FigureUnit, language: Language = 'en'): string {
	switch (unit) {
		case '%': {
			return `${trimmed(value, 1)}%`;
		}

		case 'pt': {
			return `${trimmed(value, 1)}${language === 'ja' ? 'ポイント' : 'pt'}`;
		}

		case 'count': {
			return trimmed(value, 0);
		}

		default: {
			return language === 'ja' ? `${japaneseNumber(value)}${currencyWords[unit].ja}` : englishAmount(value, currencyWords[unit].en);
		}
	}
}

/** `formatValue` with its qualifier: ~33%, >$100B; 約33%, 1,000億ドル超. */
export function formatQualifiedValue(value: number, unit: FigureUnit, qualifier: Qualifier, language: Language = 'en'): string {
	const words = qualifierWords[qualifier];
	if (language === 'en') return words.en + formatValue(value, unit, language);
	return `${words.ja.before}${formatValue(value, unit, language)}${words.ja.after}`;
}

/** A range of values, "$56B-$59B", "560億〜590億ドル" (the unit once, at the end, as Japanese writes it). */
export function formatRange(low: number, high: number, unit: FigureUnit, qualifier: Qualifier, language: Language = 'en'): string {
	if (language === 'en') return `${formatQualifiedValue(low, unit, qualifier, language)}-${formatValue(high, unit, language)}`;
	const {before, after} = qualifierWords[qualifier].ja;
	const lowText = formatValue(low, unit, language);
	const highText = formatValue(high, unit, language);
	// The unit once, at the end: 560億〜590億ドル.
	const suffix = unit === 'count' ? '' : (/^-?[\d,.]+[兆億万]?(.*)$/.exec(lowText)?.[1] ?? '');
	const lowShown = suffix !== '' && highText.endsWith(suffix) ? lowText.slice(0, -suffix.length) : lowText;
	return `${before}${lowShown}〜${highText}${after}`;
}
