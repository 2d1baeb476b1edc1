import type {Registry, RegistryCompany, RegistrySegment} from './registry.js';

/** A company named in a (normalised) sentence. */
export interface CompanyMention {
	readonly company: string;
	readonly segment: string | null;
	readonly start: number;
	readonly end: number;
}

interface Pattern {
	readonly text: string;
	readonly company: string;
	readonly segment: string | null;
	readonly caseSensitive: boolean;
}

const latinLetter = 'A-Za-z';
const katakana = '\\u30A1-\\u30FA\\u30FC\\u30FB\\u30FD\\u30FE\\uFF66-\\uFF9F';
const kanji = '\\u4E00-\\u9FFF\\u3400-\\u4DBF';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** NFKC folds full-width Latin and digits and half-width katakana, so ＡＷＳ and ｱﾏｿﾞﾝ match. */
export function normalize(text: string): string {
	return text.normalize('NFKC');
}

function patternSource(pattern: Pattern): string {
	const body = escapeRegExp(pattern.text);
	const first = pattern.text[0]!;
	const last = pattern.text.at(-1)!;
	// Latin names stand on word boundaries ("Meta" is not in "metadata", "AMD" not in "AMDx"),
	// but a digit may follow: web text writes "AWS380億ドル".
	const before = /[A-Za-z0-9]/.test(first) ? `(?<![${latinLetter}0-9])` : new RegExp(`[${katakana}]`).test(first) ? `(?<![${katakana}])` : '';
	let after = '';
	if (/[A-Za-z0-9]/.test(last)) after = `(?![${latinLetter}])`;
	else if (new RegExp(`[${katakana}]`).test(last)) {
		// Short katakana names are common words inside compounds: メタ in メタ層, デル in モデル.
		after = pattern.text.length <= 3 ? `(?![${katakana}${kanji}])` : `(?![${katakana}])`;
	}

	return before + body + after;
}

/** Finds registry companies in text; built once per registry. */
export class CompanyMatcher {
	readonly #regex: RegExp;
	readonly #byLowerText = new Map<string, Pattern[]>();
	readonly #companies = new Map<string, RegistryCompany>();

	constructor(registry: Registry) {
		const patterns: Pattern[] = [];
		const add = (text: string, company: RegistryCompany, segment: RegistrySegment | null) => {
			const normalized = normalize(text).trim();
			if (normalized.length === 0) return;
			// Short Latin names are also ordinary words or abbreviations: match them in the case given.
			const caseSensitive = /^[\x20-\x7E]+$/.test(normalized) && normalized.length <= 5;
			patterns.push({text: normalized, company: company.id, segment: segment?.id ?? null, caseSensitive});
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

		const unique = new Map<string, Pattern>();
		for (const pattern of patterns) {
			const key = `${pattern.caseSensitive ? pattern.text : pattern.text.toLowerCase()}\u0000${pattern.company}`;
			if (!unique.has(key)) unique.set(key, pattern);
		}

		const sorted = [...unique.values()].sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
		for (const pattern of sorted) {
			const key = pattern.text.toLowerCase();
			this.#byLowerText.set(key, [...(this.#byLowerText.get(key) ?? []), pattern]);
		}

		// One alternation, longest names first, so "Azure OpenAI" wins over "OpenAI" at the same place.
		this.#regex = new RegExp(sorted.map(pattern => patternSource(pattern)).join('|'), 'gi');
	}

	/** Mentions in order of position; `text` must already be normalised. */
	find(text: string): CompanyMention[] {
		const mentions: CompanyMention[] = [];
		for (const match of text.matchAll(this.#regex)) {
			const found = match[0];
			const candidates = this.#byLowerText.get(found.toLowerCase()) ?? [];
			const pattern = candidates.find(candidate => !candidate.caseSensitive || candidate.text === found);
			if (!pattern) continue;
			mentions.push({company: pattern.company, segment: pattern.segment, start: match.index, end: match.index + found.length});
		}

		return mentions;
	}

	company(id: string): RegistryCompany | undefined {
		return this.#companies.get(id);
	}

	segment(companyId: string, segmentId: string): RegistrySegment | undefined {
		return this.#companies.get(companyId)?.segments?.find(segment => segment.id === segmentId);
	}
}
