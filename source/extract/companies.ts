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
const companyWordAfter = /^(?:株|社|製|側|系|傘下|陣営|両|本社|会長|幹部|首脳|経営|連合)/;
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
	if (isKatakana(first) && isKatakana(before)) return false;
	if (isLatinOrDigit(last) && isLatinLetter(after)) return false;
	if (isKatakana(last) && isKatakana(after) && !corporateSuffix.test(text.slice(end, end + 12))) return false;
	if (isKatakana(last) && name.length <= 3 && isKanji(after) && !companyWordAfter.test(text.slice(end, end + 2))) return false;
	// "国際電気通信連合", "日立建機": a kanji name running on into more kanji is another name.
	if (isKanji(last) && isKanji(after) && !companyWordAfter.test(text.slice(end, end + 2))) return false;
	return true;
}

/** Finds registry companies in text; built once per registry (and once more for an article that introduces its own). */
export class CompanyMatcher {
	readonly #registry: Registry;
	readonly #names: WordScanner<Named>;
	readonly #companies = new Map<string, RegistryCompany>();
	/** The first word of a katakana name of several, which an article may use after the full name. */
	readonly #shortForms: Array<{readonly company: string; readonly full: string; readonly first: string}> = [];

	constructor(registry: Registry) {
		this.#registry = registry;
		const names = new Map<string, ScannerWord<Named>>();
		const add = (text: string, company: RegistryCompany, segment: RegistrySegment | null) => {
			const normalized = normalize(text).trim();
			if (normalized.length === 0) return;
			// Short Latin names are also ordinary words or abbreviations: match them in the case given.
			const caseSensitive = /^[\x20-\x7E]+$/.test(normalized) && normalized.length <= 5;
			const key = `${caseSensitive ? normalized : normalized.toLowerCase()}\u0000${company.id}`;
			if (!names.has(key)) names.set(key, {text: normalized, entry: {company: company.id, segment: segment?.id ?? null}, caseSensitive});
		};

		for (const company of registry.companies) {
			this.#companies.set(company.id, company);
			add(company.name, company, null);
			for (const name of company.japaneseNames) add(name, company, null);
			for (const alias of company.aliases) add(alias, company, null);
			if (company.ticker && /^[A-Z]{2,}$/.test(company.ticker)) add(company.ticker, company, null);
			for (const segment of company.segments ?? []) {
				add(segment.name, company, segment);
				for (const alias of segment.aliases) add(alias, company, segment);
			}
		}

		const texts = new Set([...names.values()].map(word => word.text));
		for (const company of registry.companies) {
			for (const name of company.japaneseNames) {
				const [first, ...rest] = normalize(name).split(/[・ ]/);
				// Four katakana at least: a short first word is too often a word of its own.
				if (rest.length > 0 && first && /^[ァ-ヶー]{4,}$/.test(first) && !texts.has(first)) {
					this.#shortForms.push({company: company.id, full: normalize(name), first});
				}
			}
		}

		// Longest names first (the scanner's order), so "Azure OpenAI" wins over "OpenAI" at the same place;
		// names of one length in a fixed order.
		this.#names = new WordScanner(
			[...names.values()].sort((a, b) => a.text.localeCompare(b.text)),
			standsAlone,
		);
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
		const named = this.#shortForms.filter(form => text.includes(form.full) && text.split(form.full).join('').includes(form.first));
		// Two companies named in full with one first word: the short form could be either.
		const shortened = named.filter(form => named.every(other => other.first !== form.first || other.company === form.company));
		if (known.length === 0 && shortened.length === 0) return this;
		const registry = this.#registry.companies.map(company => {
			const forms = shortened.filter(form => form.company === company.id).map(form => form.first);
			return forms.length === 0 ? company : {...company, japaneseNames: [...company.japaneseNames, ...forms]};
		});
		return new CompanyMatcher({companies: [...registry, ...known]});
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
}
