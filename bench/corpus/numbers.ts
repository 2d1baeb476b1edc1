import type {Random} from './random.js';

/** Yen per dollar for the conversions in parentheses; articles round it their own way anyway. */
const yenPerDollar = 150;

export function withCommas(value: number): string {
	const [whole, fraction] = String(value).split('.');
	const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Web articles sometimes use full-width digits; the extractor must read them after NFKC. */
export function maybeFullWidth(text: string, random: Random, probability = 0.08): string {
	if (!random.chance(probability)) return text;
	return text.replace(/[0-9%]/g, char => (char === '%' ? '％' : String.fromCharCode(char.charCodeAt(0) + 0xfee0)));
}

/** An amount given in 億 (1e8) units, written the Japanese way: 380億, 1,200億, 2億3,000万, 1兆5000億. */
export function japaneseAmount(oku: number): string {
	if (oku >= 10_000) {
		const cho = Math.floor(oku / 10_000);
		const rest = Math.round(oku - cho * 10_000);
		return rest === 0 ? `${cho}兆` : `${cho}兆${rest}億`;
	}

	if (oku < 10 && !Number.isInteger(oku)) {
		const whole = Math.floor(oku);
		const man = Math.round((oku - whole) * 10_000);
		return whole === 0 ? `${withCommas(man)}万` : `${whole}億${withCommas(man)}万`;
	}

	return `${withCommas(Math.round(oku))}億`;
}

/** The yen conversion an article puts after a dollar amount: "約5兆7000億円", "約1.5兆円", "約360億円". */
export function yenConversion(usdOku: number, random: Random): string {
	const yenOku = usdOku * yenPerDollar;
	if (yenOku >= 10_000 && random.chance(0.5)) return `約${(Math.round(yenOku / 1000) / 10).toString()}兆円`;
	return `約${japaneseAmount(roundSignificant(yenOku, 2))}円`;
}

export function roundSignificant(value: number, digits: number): number {
	if (value === 0) return 0;
	const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
	return Math.round(value / magnitude) * magnitude;
}

/** A dollar amount in 億ドル drawn log-uniformly: many small deals, a few huge ones. */
export function randomDealOku(random: Random): number {
	const oku = Math.exp(random.float(Math.log(1.5), Math.log(2000)));
	if (oku < 10) return Math.round(oku * 10) / 10;
	return roundSignificant(oku, 2);
}

/** A percentage with the precision articles use: mostly whole, sometimes one decimal. */
export function percent(value: number, random: Random): number {
	return random.chance(0.25) ? Math.round(value * 10) / 10 : Math.round(value);
}
