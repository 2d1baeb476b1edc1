import type {Random} from './random.js';

/** A made-up company: its Latin and katakana spellings always correspond. */
export interface FictionalName {
	readonly id: string;
	readonly latin: string;
	readonly katakana: string;
	/** The stem alone ("Karino", "カリノ"), which articles use as a short name. */
	readonly latinStem: string;
	readonly katakanaStem: string;
	readonly ticker: string;
	readonly isCloud: boolean;
}

const syllables: ReadonlyArray<readonly [string, string]> = [
	['ka', 'カ'],
	['ki', 'キ'],
	['ku', 'ク'],
	['ke', 'ケ'],
	['ko', 'コ'],
	['sa', 'サ'],
	['shi', 'シ'],
	['su', 'ス'],
	['se', 'セ'],
	['so', 'ソ'],
	['ta', 'タ'],
	['te', 'テ'],
	['to', 'ト'],
	['na', 'ナ'],
	['ni', 'ニ'],
	['no', 'ノ'],
	['ha', 'ハ'],
	['hi', 'ヒ'],
	['fu', 'フ'],
	['ho', 'ホ'],
	['ma', 'マ'],
	['mi', 'ミ'],
	['mo', 'モ'],
	['ra', 'ラ'],
	['ri', 'リ'],
	['ru', 'ル'],
	['re', 'レ'],
	['ro', 'ロ'],
	['va', 'ヴァ'],
	['vi', 'ヴィ'],
	['ze', 'ゼ'],
	['zo', 'ゾ'],
	['da', 'ダ'],
	['do', 'ド'],
	['ga', 'ガ'],
	['go', 'ゴ'],
	['be', 'ベ'],
	['bo', 'ボ'],
	['pi', 'ピ'],
	['lu', 'ル'],
];

const endings: ReadonlyArray<readonly [string, string]> = [
	['n', 'ン'],
	['x', 'クス'],
	['', ''],
	['', ''],
	['', ''],
];

const suffixes: ReadonlyArray<readonly [string, string, boolean]> = [
	['Labs', 'ラボ', false],
	['Systems', 'システムズ', false],
	['AI', 'AI', false],
	['Cloud', 'クラウド', true],
	['Semiconductor', 'セミコンダクター', false],
	['Robotics', 'ロボティクス', false],
	['Networks', 'ネットワークス', false],
	['Technologies', 'テクノロジーズ', false],
	['Data', 'データ', false],
	['Compute', 'コンピュート', true],
];

const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);

function tickerOf(latinStem: string, suffix: string, random: Random): string {
	const consonants = latinStem.toUpperCase().replace(/[AEIOU]/g, '');
	const letters = (consonants.length >= 2 ? consonants : latinStem.toUpperCase()) + suffix.toUpperCase();
	let ticker = letters[0]!;
	// Keep the first letter, then draw the rest from the name, so tickers look like abbreviations.
	while (ticker.length < 4) ticker += letters[random.int(1, letters.length - 1)] ?? 'X';
	return ticker;
}

/**
 * A fictional company name not yet taken. `isTaken` rejects names, stems and tickers that exist
 * already or occur in the article templates: a company called like an ordinary word would be
 * "mentioned" by every article.
 */
export function fictionalName(random: Random, isTaken: (text: string) => boolean): FictionalName {
	for (let attempt = 0; attempt < 1000; attempt++) {
		const parts = random.sample(syllables, random.int(2, 3));
		const [latinEnd, katakanaEnd] = random.pick(endings);
		const latinStem = capitalize(parts.map(([latin]) => latin).join('') + latinEnd);
		const katakanaStem = parts.map(([, katakana]) => katakana).join('') + katakanaEnd;
		if (katakanaStem.length < 3 || latinStem.length < 4) continue;
		const [latinSuffix, katakanaSuffix, isCloud] = random.pick(suffixes);
		const ticker = tickerOf(latinStem, latinSuffix, random);
		if ([latinStem, katakanaStem, ticker].some(text => isTaken(text))) continue;
		return {
			id: `${latinStem}-${latinSuffix}`.toLowerCase(),
			latin: `${latinStem} ${latinSuffix}`,
			// Japanese writes a Latin suffix straight on ("カリノAI"), a katakana one after a middle dot.
			katakana: /^[A-Z]/.test(katakanaSuffix) ? katakanaStem + katakanaSuffix : `${katakanaStem}・${katakanaSuffix}`,
			latinStem,
			katakanaStem,
			ticker,
			isCloud,
		};
	}

	throw new Error('no free fictional company name left');
}
