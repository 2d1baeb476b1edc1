import type {FiscalCalendar} from './periods.js';
import type {Registry, RegistryCompany, RegistrySegment} from './registry.js';
import {WordScanner, type ScannerWord} from './word-scanner.js';

/** A company named in a (normalised) sentence. */
export interface CompanyMention {
	readonly company: string;
	readonly segment: string | null;
	readonly start: number;
	readonly end: number;
}

interface Named {
	readonly company: string;
	readonly segment: string | null;
}

/** NFKC folds full-width Latin and digits and half-width katakana, so ＡＷＳ and ｱﾏｿﾞﾝ match. */
export function normalize(text: string): string {
	return text.normalize('NFKC');
}

const isLatinOrDigit = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/.test(char);
const isLatinLetter = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);
const isKatakana = (char: string | undefined) => char !== undefined && /[\u30A1-\u30FA\u30FC\u30FB\u30FD\u30FE\uFF66-\uFF9F]/.test(char);
// "京セラ株", "京セラ社長", "京セラ財務担当役員", "日立取締役": words that follow a company's name, its officers among them.
// "アーム決算、…": its results too.
const companyWordAfter = /^(?:株|社|製|側|系|傘下|陣営|両|本社|会長|幹部|首脳|経営|連合|財務|取締|執行|役員|専務|常務|副社|副会|代表|広報|首席|決算)/;
// "キオクシアホールディングス", "ソニーグループ": the company under its legal or group name.
const corporateSuffix = /^・?(?:ホールディングス|グループ|ジャパン|コーポレーション)/;
const isKanji = (char: string | undefined) => char !== undefined && /[\u4E00-\u9FFF\u3400-\u4DBF]/.test(char);

/**
 * Whether a name found at [start, end) stands on its own. Latin names stand on word boundaries
 * ("Meta" is not in "metadata", "AMD" not in "AMDx"), but a digit may follow: web text writes
 * "AWS380億ドル". Katakana names do not continue into more katakana, and short ones are common
 * words inside compounds (メタ in メタ層, デル in モデル), so they may not run into kanji either,
 * save the words that follow a company's name ("アーム株", "メタ社", "デル製"); a group or holding
 * company's name goes on in katakana ("キオクシアホールディングス").
 */
function standsAlone(text: string, start: number, end: number, name: string): boolean {
	const before = text[start - 1];
	const after = text[end];
	const first = name[0];
	const last = name.at(-1);
	if (isLatinOrDigit(first) && isLatinOrDigit(before)) return false;
	// "$12.3M", "$3M": a name that opens on a digit is no name inside an amount.
	if (/\d/.test(first ?? '') && /[.,$€£¥]/.test(before ?? '')) return false;
	if (isKatakana(first) && isKatakana(before)) return false;
	// "36ギガバイト", "5ナノ": a katakana word straight after a number is its unit.
	if (isKatakana(first) && /\d/.test(before ?? '')) return false;
	if (isLatinOrDigit(last) && isLatinLetter(after)) return false;
	// "「Falcon Flex」": a Latin word after another in a product's quoted name is part of that name.
	if (isLatinLetter(first) && /「[^「」]{0,30}[A-Za-z][A-Za-z0-9]*\s$/.test(text.slice(Math.max(0, start - 32), start))) return false;
	// "ハヤテクラウド・真壁社長": a 中黒 before a name in kanji ends the company's name.
	const nameEnds = after === '・' && !isKatakana(text[end + 1]);
	if (isKatakana(last) && isKatakana(after) && !nameEnds && !corporateSuffix.test(text.slice(end, end + 12))) return false;
	if (isKatakana(last) && name.length <= 3 && isKanji(after) && !companyWordAfter.test(text.slice(end, end + 2))) return false;
	// "国際電気通信連合", "日立建機": a kanji name running on into more kanji is another name.
	if (isKanji(last) && isKanji(after) && !companyWordAfter.test(text.slice(end, end + 2))) return false;
	// "当社HPをご覧ください", "ホームページ（HP）": two capitals after a web page's words are the page, not a company.
	if (/^[A-Z]{2}$/.test(name) && (/(?:当社|弊社|自社|公式|同社|ホームページ\s?[(（])\s?$/.test(text.slice(Math.max(0, start - 8), start)) || /^\s?(?:を(?:ご覧|参照)|で(?:ご確認|公開)|に掲載)/.test(text.slice(end, end + 6)))) return false;
	return true;
}

type NameWord = ScannerWord<Named>;

/**
 * The other ways Japanese writes the same katakana name: a long vowel after an e-sound as イ ("スノーフレーク",
 * "スノーフレイク") and ヴ as バ行 ("ヴァイオ", "バイオ").
 */
function katakanaVariants(name: string): string[] {
	const variants = new Set<string>();
	const longE = /([ケセテネヘメレゲゼデベペエ])ー/g;
	const eI = /([ケセテネヘメレゲゼデベペエ])イ/g;
	if (longE.test(name)) variants.add(name.replace(longE, '$1イ'));
	if (eI.test(name)) variants.add(name.replace(eI, '$1ー'));
	if (/ヴ/.test(name)) variants.add(name.replace(/ヴァ/g, 'バ').replace(/ヴィ/g, 'ビ').replace(/ヴェ/g, 'ベ').replace(/ヴォ/g, 'ボ').replace(/ヴ/g, 'ブ'));
	variants.delete(name);
	return [...variants];
}

/** The names a company is found by: its name, Japanese names, aliases, ticker, and its segments'. */
function namesOf(company: RegistryCompany): NameWord[] {
	const words: NameWord[] = [];
	const seen = new Set<string>();
	const add = (text: string, segment: RegistrySegment | null, asWritten = false) => {
		const normalized = normalize(text).trim();
		if (normalized.length === 0) return;
		// Short Latin names are also ordinary words or abbreviations: match them in the case given.
		// So is an alias in capitals that is an English word ("SCREEN", not "screen").
		const caseSensitive = /^[\x20-\x7E]+$/.test(normalized) && (normalized.length <= 5 || asWritten);
		const key = caseSensitive ? normalized : normalized.toLowerCase();
		if (seen.has(key)) return;
		seen.add(key);
		words.push({text: normalized, entry: {company: company.id, segment: segment?.id ?? null}, caseSensitive});
	};

	add(company.name, null);
	for (const name of company.japaneseNames) for (const form of [name, ...katakanaVariants(name)]) add(form, null);
	for (const alias of company.aliases) add(alias, null, /^[A-Z]+$/.test(alias));
	if (company.ticker && /^[A-Z]{2,}$/.test(company.ticker)) add(company.ticker, null);
	for (const segment of company.segments ?? []) {
		add(segment.name, segment);
		for (const alias of segment.aliases) for (const form of [alias, ...katakanaVariants(alias)]) add(form, segment);
	}

	return words;
}

/** A short form of a katakana name of several words (its first word), or the hiragana a name opens with, which an article may use after the full name. */
interface ShortForm {
	readonly company: string;
	readonly full: string;
	readonly first: string;
}

function shortFormsOf(companies: readonly RegistryCompany[], texts: ReadonlySet<string>): ShortForm[] {
	const forms: ShortForm[] = [];
	for (const company of companies) {
		for (const name of company.japaneseNames) {
			const [first, ...rest] = normalize(name).split(/[・ ]/);
			// Four katakana at least: a short first word is too often a word of its own.
			if (rest.length > 0 && first && /^[ァ-ヶー]{4,}$/.test(first) && !texts.has(first)) forms.push({company: company.id, full: normalize(name), first});
			// "さくらインターネット… さくらは": a name that opens in hiragana is called by that part.
			// "GMOインターネットグループ… GMOは": so is one that opens in Latin capitals, when those are no company's name.
			const opening = /^(\p{Script=Hiragana}{3,}|[A-Z]{3,})[ァ-ヶー\p{Script=Han}]{2,}/u.exec(normalize(name))?.[1];
			if (opening && !texts.has(opening)) forms.push({company: company.id, full: normalize(name), first: opening});
		}
	}

	return forms;
}

interface MatcherParts {
	readonly names: WordScanner<Named>;
	readonly companies: ReadonlyMap<string, RegistryCompany>;
	readonly shortForms: readonly ShortForm[];
	readonly claims: readonly Claim[];
}

/** A name written in full with its legal form ("ソフトバンク株式会社"), and the bare name it claims in its article. */
interface Claim {
	readonly company: string;
	readonly full: string;
	readonly bare: string;
	/** "ソフトバンク（9434.T）", "ソフトバンク <9434>": the bare name with the company's own listing code. */
	readonly coded: RegExp | null;
	/** The longer names of the company the bare name otherwise means ("ソフトバンクグループ", "ソフトバンクG"). */
	readonly otherForms: readonly string[];
	/** What only that other company has: its longer names and its units ("ビジョン・ファンド", "SVF"). */
	readonly otherMarks: readonly string[];
}

function claimsOf(companies: readonly RegistryCompany[]): Claim[] {
	return companies.flatMap(company =>
		company.japaneseNames.flatMap(name => {
			const full = normalize(name);
			const bare = /^(.{2,}?)(?:株式会社|\(株\))$/.exec(full)?.[1];
			if (!bare) return [];
			const code = company.ticker !== null && /^\d{3}[0-9A-Z]$/.test(company.ticker) ? company.ticker : null;
			const coded = code ? new RegExp(String.raw`${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s?[(<]\s?(?:証券コード[:：]?\s?)?${code}(?:\.T)?\s?[)>]`) : null;
			const owners = companies.filter(other => other.id !== company.id && other.japaneseNames.some(otherName => normalize(otherName) === bare));
			const otherForms = owners.flatMap(owner => owner.japaneseNames.map(otherName => normalize(otherName)).filter(otherName => otherName.length > bare.length && otherName.startsWith(bare)));
			// Not a mark the company's own names hold ("SoftBank" in "SoftBank Corp").
			const own = [company.name, ...company.aliases, ...company.japaneseNames].map(ownName => normalize(ownName));
			const otherMarks = [...otherForms, ...owners.flatMap(owner => [owner.name, ...owner.aliases, ...(owner.segments ?? []).flatMap(segment => [segment.name, ...segment.aliases])].map(mark => normalize(mark)))].filter(
				mark => !own.some(ownName => ownName.includes(mark)),
			);
			return [{company: company.id, full, bare, coded, otherForms, otherMarks}];
		}),
	);
}

/**
 * "ソフトバンクグループ（SBG）と…。ソフトバンクは9日、…": a text that writes the group by its longer name and the bare name
 * apart from it means another company by the bare one.
 */
function bareApart(text: string, claim: Claim): boolean {
	if (!claim.otherForms.some(form => text.includes(form))) return false;
	let rest = text;
	for (const form of [...claim.otherForms].sort((a, b) => b.length - a.length)) rest = rest.split(form).join('');
	return rest.includes(claim.bare);
}

/**
 * "ソフトバンクが5日発表した4〜6月期の営業利益は…": news writes the telecom company by the bare name and the group by its
 * longer one (ソフトバンクグループ, SBG); a text that names nothing of the group's (its longer names, its units) means the
 * company that claims the bare name.
 */
function bareAlone(text: string, claim: Claim): boolean {
	return claim.otherMarks.length > 0 && text.includes(claim.bare) && !claim.otherMarks.some(mark => text.includes(mark));
}

/** Names of one length in a fixed order, whatever order the registry lists them in. */
const nameOrder = (first: string, second: string) => first.localeCompare(second);

/** Finds registry companies in text; built once per registry, and extended for an article that introduces its own. */
export class CompanyMatcher {
	readonly #names: WordScanner<Named>;
	readonly #companies: ReadonlyMap<string, RegistryCompany>;
	readonly #shortForms: readonly ShortForm[];
	readonly #claims: readonly Claim[];

	/** A registry's matcher, or (from `extend`) the parts of one made already. */
	constructor(source: Registry | MatcherParts) {
		if ('names' in source) {
			this.#names = source.names;
			this.#companies = source.companies;
			this.#shortForms = source.shortForms;
			this.#claims = source.claims;
			return;
		}

		const registry = source;
		this.#companies = new Map(registry.companies.map(company => [company.id, company]));
		this.#claims = claimsOf(registry.companies);
		const words = registry.companies.flatMap(company => namesOf(company));
		this.#shortForms = shortFormsOf(registry.companies, new Set(words.map(word => word.text)));
		// Longest names first (the scanner's order), so "Azure OpenAI" wins over "OpenAI" at the same place.
		// "金融ITサービス", "産業ITサービス": a segment's name in Japanese words (NEC's ITサービス) inside a longer compound is
		// another's business; a brand in Latin letters ("首位AWS") is still the brand.
		const segmentNames = new Set(words.filter(word => word.entry.segment !== null && !/^[\x20-\x7E]+$/.test(word.text)).map(word => word.text));
		const segmentStandsAlone = (text: string, start: number, end: number, name: string) =>
			standsAlone(text, start, end, name) && !(segmentNames.has(name) && /[\p{Script=Han}ァ-ヶー]/u.test(text[start - 1] ?? '') && !/[米英独仏中韓台]/.test(text[start - 1]!));
		this.#names = new WordScanner(words, segmentStandsAlone, nameOrder);
	}

	/** Mentions in order of position; `text` must already be normalised. */
	find(text: string): CompanyMention[] {
		return this.#names.scan(text).map(hit => ({company: hit.entry.company, segment: hit.entry.segment, start: hit.start, end: hit.end}));
	}

	company(id: string): RegistryCompany | undefined {
		return this.#companies.get(id);
	}

	/**
	 * A matcher that also finds `companies` (an article's own, introduced as 株式会社X and the like), and
	 * the short forms `text` uses for registry companies it names in full: "アプライド" after
	 * "アプライド・マテリアルズ".
	 */
	extend(companies: readonly RegistryCompany[], text = ''): CompanyMatcher {
		const known = companies.filter(company => !this.#companies.has(company.id));
		// "プリファードネットワークス… プリファードは": the full name may be written without its middle dot.
		const named = this.#shortForms.filter(form => [form.full, form.full.replaceAll('・', '')].some(full => text.includes(full) && text.split(full).join('').includes(form.first)));
		// Two companies named in full with one first word: the short form could be either.
		const shortened = named.filter(form => named.every(other => other.first !== form.first || other.company === form.company));
		// "ソフトバンク株式会社が5日発表した…": a company named in full as X株式会社, where X alone is another's name (the
		// group's), is what X means in this article.
		// So is X written with that company's listing code: "ソフトバンク（9434.T）は12日、…".
		const claimed = this.#claims
			.filter(claim => text.includes(claim.full) || (claim.coded !== null && claim.coded.test(text)) || bareApart(text, claim) || bareAlone(text, claim))
			.map(claim => ({text: claim.bare, entry: {company: claim.company, segment: null}}));
		const abbreviated = [...this.#abbreviations(text), ...this.#renderings(text)];
		if (known.length === 0 && shortened.length === 0 && claimed.length === 0 && abbreviated.length === 0) return this;
		const words = [...shortened.map(form => ({text: form.first, entry: {company: form.company, segment: null}})), ...known.flatMap(company => namesOf(company)), ...abbreviated];
		return new CompanyMatcher({
			names: this.#names.including(words).including(claimed, {override: true}),
			companies: new Map([...this.#companies, ...known.map(company => [company.id, company] as const)]),
			shortForms: [...this.#shortForms, ...shortFormsOf(known, new Set(words.map(word => word.text)))],
			claims: this.#claims,
		});
	}

	/**
	 * "米グローバルファウンドリーズ（GF）は…。GFは2月10日、…": an abbreviation in Latin capitals the text gives a
	 * registry company's name in brackets is that company's name in this text.
	 */
	#abbreviations(text: string): Array<ScannerWord<{company: string; segment: null}>> {
		const words: Array<ScannerWord<{company: string; segment: null}>> = [];
		// Names known already ("(AWS)" after Amazon's name) are looked up once an article.
		const known = new Set<string>();
		for (const match of text.matchAll(/\((?<abbreviation>[A-Z][A-Z0-9&]{1,5})\)/g)) {
			const abbreviation = match.groups!['abbreviation']!;
			if (known.has(abbreviation) || words.some(word => word.text === abbreviation)) continue;
			if (this.#names.scan(abbreviation).length > 0) {
				known.add(abbreviation);
				continue;
			}

			const named = this.#names.scan(text.slice(Math.max(0, match.index - 40), match.index)).at(-1);
			if (named && named.end === Math.min(40, match.index) && named.entry.segment === null) words.push({text: abbreviation, entry: {company: named.entry.company, segment: null}, caseSensitive: true});
		}

		return words;
	}

	/**
	 * "リベリオン（Rebellions）が…": a katakana rendering the registry does not know, with a registry company's Latin name
	 * in brackets after it, is that company's name in this text.
	 */
	#renderings(text: string): Array<ScannerWord<{company: string; segment: null}>> {
		const words: Array<ScannerWord<{company: string; segment: null}>> = [];
		for (const match of text.matchAll(/(?<![ァ-ヶー・])(?<kana>[ァ-ヶー][ァ-ヶー・]{2,19})\((?<latin>[A-Za-z][A-Za-z0-9&.\- ]{2,40})\)/g)) {
			const {kana, latin} = match.groups as {kana: string; latin: string};
			if (words.some(word => word.text === kana) || this.#names.scan(kana).length > 0) continue;
			const named = this.#names.scan(latin);
			if (named.length === 1 && named[0]!.start === 0 && named[0]!.end === latin.length && named[0]!.entry.segment === null) words.push({text: kana, entry: {company: named[0]!.entry.company, segment: null}});
		}

		return words;
	}

	/** How the company's periods are read: its fiscal year's last month, and how it names a 年度. */
	fiscalCalendar(id: string): FiscalCalendar {
		const company = this.#companies.get(id);
		const yearEnd = company?.fiscalYearEnd ?? null;
		// A Japanese listing (a code of four characters such as 9984 or 285A) names a 年度 by the year it starts in.
		const japanese = company ? (company.ticker !== null && /^\d{3}[0-9A-Z]$/.test(company.ticker)) || company.id.startsWith('x-') : false;
		return {yearEnd, namedByStart: japanese};
	}

	segment(companyId: string, segmentId: string): RegistrySegment | undefined {
		return this.#companies.get(companyId)?.segments?.find(segment => segment.id === segmentId);
	}

	/** The company's segment its own text names in plain words ("クラウド部門" of Google is Google Cloud). */
	segmentCalled(companyId: string, name: string): RegistrySegment | undefined {
		return this.#companies.get(companyId)?.segments?.find(segment => segment.plainNames?.includes(name));
	}
}
