import type {Dataset} from '../schema.js';
import {selectCompanyBriefing, type CompanyBriefing} from './company-briefing.js';
import {compareNewest, type FigureView} from './figures.js';
import type {ArticleSummary} from './summaries.js';
import type {TimelineEntry} from './timeline.js';

/** What earlier digests marked read: article ids, event ids and figure keys (see `figureKey`). */
export interface DigestSeen {
	readonly articles: readonly string[];
	readonly events: readonly string[];
	readonly figures: readonly string[];
}

/** What is new for one company. Strings are sanitized. */
export interface CompanyDigest {
	readonly id: string;
	readonly name: string;
	readonly ticker: string | null;
	readonly japaneseName: string | null;
	readonly watched: boolean;
	/** Newest first. */
	readonly articles: readonly ArticleSummary[];
	/** Newest first. */
	readonly events: readonly TimelineEntry[];
	/** Newest first. */
	readonly figures: readonly FigureView[];
}

export interface Digest {
	/** Only companies with something new. */
	readonly companies: readonly CompanyDigest[];
	/** Everything this digest shows, in the form `markDigestRead` records. */
	readonly shown: DigestSeen;
	readonly nothingNew: boolean;
}

/**
 * Identifies a fact across re-extraction: record and fact ids number figures and can shift when
 * the extractor improves, while what the fact says does not. A new article stating a fact already
 * seen brings a new article, not a new figure.
 */
export function figureKey(figure: Pick<FigureView, 'company' | 'counterparty' | 'segment' | 'kind' | 'researchFirm' | 'basis' | 'when' | 'value' | 'unit'>): string {
	return [figure.company.id, figure.counterparty?.id ?? '', figure.segment?.id ?? '', figure.kind, figure.researchFirm ?? '', figure.basis, figure.when ?? '', `${figure.value}${figure.unit}`].join('|');
}

/** A digest made a company at a time: whether anything is new is known before the companies are read on. */
export interface DigestInParts {
	readonly nothingNew: boolean;
	/** The companies with something new; each is read and selected only as this is iterated, once. */
	readonly companies: Iterable<CompanyDigest>;
	/** What the digest showed, when asked to record it: complete once `companies` has been iterated. */
	readonly shown: () => DigestSeen;
}

export interface DigestOptions {
	/** Whether to record what is shown (for `--mark-read`): 100,000 keys at 10,000 articles, kept only when needed. */
	readonly recordShown?: boolean;
}

/**
 * The articles, events and figures of these companies not in `seen`, taking each company's briefing
 * from `briefingOf` only when it is reached: a digest of every company of 10,000 articles holds one
 * company's data at a time. Companies with nothing new are passed over until the first that has some.
 */
export function digestInParts(companyIds: readonly string[], briefingOf: (companyId: string) => CompanyBriefing | undefined, seen: DigestSeen, options: DigestOptions = {}): DigestInParts {
	const record = options.recordShown ?? true;
	const seenArticles = new Set(seen.articles);
	const seenEvents = new Set(seen.events);
	const seenFigures = new Set(seen.figures);
	const shown = {articles: new Set<string>(), events: new Set<string>(), figures: new Set<string>()};
	const digestOf = (briefing: CompanyBriefing): CompanyDigest | undefined => {
		const articles = briefing.articles.filter(article => !seenArticles.has(article.articleId));
		const events = briefing.timeline.filter(entry => !seenEvents.has(entry.eventId));
		const figures: FigureView[] = [];
		// Each key made once: a large company has 10,000 figures.
		const keep = (figure: FigureView) => {
			if (seenFigures.size === 0 && !record) {
				figures.push(figure);
				return;
			}

			const key = figureKey(figure);
			if (seenFigures.has(key)) return;
			figures.push(figure);
			if (record) shown.figures.add(key);
		};
		for (const figure of briefing.figures) keep(figure);
		figures.sort(compareNewest);
		if (record) {
			for (const article of articles) shown.articles.add(article.articleId);
			for (const entry of events) shown.events.add(entry.eventId);
		}
		if (articles.length + events.length + figures.length === 0) return undefined;
		const {header} = briefing;
		return {id: header.id, name: header.name, ticker: header.ticker, japaneseName: header.japaneseName, watched: header.watched, articles, events, figures};
	};

	const withNews = (function* () {
		for (const companyId of companyIds) {
			const briefing = briefingOf(companyId);
			const digest = briefing && digestOf(briefing);
			if (digest) yield digest;
		}
	})();
	const first = withNews.next();
	const companies = first.done
		? []
		: (function* () {
				yield first.value;
				yield* withNews;
			})();
	return {
		nothingNew: first.done === true,
		companies,
		shown: () => ({articles: [...shown.articles], events: [...shown.events], figures: [...shown.figures]}),
	};
}

/** The articles, events and figures of these companies not in `seen`. */
export function selectDigest(dataset: Dataset, companyIds: readonly string[], seen: DigestSeen, watchlist: Iterable<string> = []): Digest {
	const watched = [...watchlist];
	const parts = digestInParts(companyIds, companyId => selectCompanyBriefing(dataset, companyId, watched), seen);
	const companies = [...parts.companies];
	return {companies, shown: parts.shown(), nothingNew: parts.nothingNew};
}

/** What was seen, as sets to look items up in. */
export interface SeenSets {
	readonly articles: ReadonlySet<string>;
	readonly events: ReadonlySet<string>;
	readonly figures: ReadonlySet<string>;
}

/** Several records of what was seen (digests marked read, visits) as one. */
export function seenSets(records: readonly DigestSeen[]): SeenSets {
	return {
		articles: new Set(records.flatMap(record => record.articles)),
		events: new Set(records.flatMap(record => record.events)),
		figures: new Set(records.flatMap(record => record.figures)),
	};
}

/** The items of a briefing not seen: article ids, event ids and figure view ids. */
export interface NewItems {
	readonly articles: ReadonlySet<string>;
	readonly events: ReadonlySet<string>;
	readonly figures: ReadonlySet<string>;
	readonly count: number;
}

const newCache = new WeakMap<SeenSets, WeakMap<CompanyBriefing, NewItems>>();

/** What of the briefing is new since `seen` (the same object for the same briefing and sets: views ask on every key). */
export function newItems(briefing: CompanyBriefing, seen: SeenSets): NewItems {
	let byBriefing = newCache.get(seen);
	if (!byBriefing) {
		byBriefing = new WeakMap();
		newCache.set(seen, byBriefing);
	}

	const cached = byBriefing.get(briefing);
	if (cached) return cached;
	const articles = new Set(briefing.articles.filter(article => !seen.articles.has(article.articleId)).map(article => article.articleId));
	const events = new Set(briefing.timeline.filter(entry => !seen.events.has(entry.eventId)).map(entry => entry.eventId));
	const figures = new Set(briefing.figures.filter(figure => !seen.figures.has(figureKey(figure))).map(figure => figure.id));
	const items = {articles, events, figures, count: articles.size + events.size + figures.size};
	byBriefing.set(briefing, items);
	return items;
}

const broughtCache = new WeakMap<ReadonlySet<string>, WeakMap<CompanyBriefing, NewItems>>();

/**
 * What of the briefing only `articles` state (the articles an update brought): its articles among
 * them, and its events and figures every source of which is one of them. A fact an older article
 * stated too is not new because a new article repeats it.
 */
export function itemsBroughtBy(briefing: CompanyBriefing, articles: ReadonlySet<string>): NewItems {
	let byBriefing = broughtCache.get(articles);
	if (!byBriefing) {
		byBriefing = new WeakMap();
		broughtCache.set(articles, byBriefing);
	}

	const cached = byBriefing.get(briefing);
	if (cached) return cached;
	const onlyFrom = (sources: ReadonlyArray<{readonly article: string}>) => sources.length > 0 && sources.every(source => articles.has(source.article));
	const found = {
		articles: new Set(briefing.articles.filter(article => articles.has(article.articleId)).map(article => article.articleId)),
		events: new Set(briefing.timeline.filter(entry => onlyFrom(entry.sources)).map(entry => entry.eventId)),
		figures: new Set(briefing.figures.filter(figure => onlyFrom(figure.sources)).map(figure => figure.id)),
	};
	const items = {...found, count: found.articles.size + found.events.size + found.figures.size};
	byBriefing.set(briefing, items);
	return items;
}

const unionCache = new WeakMap<NewItems, WeakMap<NewItems, NewItems>>();

/** Items new by either record (unseen, or brought by an update), as one; the same object for the same two. */
export function newByEither(first: NewItems | undefined, second: NewItems | undefined): NewItems | undefined {
	if (!first || first.count === 0) return second ?? first;
	if (!second || second.count === 0) return first;
	let bySecond = unionCache.get(first);
	if (!bySecond) {
		bySecond = new WeakMap();
		unionCache.set(first, bySecond);
	}

	const cached = bySecond.get(second);
	if (cached) return cached;
	const union = {articles: new Set([...first.articles, ...second.articles]), events: new Set([...first.events, ...second.events]), figures: new Set([...first.figures, ...second.figures])};
	const items = {...union, count: union.articles.size + union.events.size + union.figures.size};
	bySecond.set(second, items);
	return items;
}

/** Everything a briefing shows, in the form `markDigestRead` records: to mark a company read. */
export function briefingItems(briefing: CompanyBriefing): DigestSeen {
	return {
		articles: briefing.articles.map(article => article.articleId),
		events: briefing.timeline.map(entry => entry.eventId),
		figures: briefing.figures.map(figure => figureKey(figure)),
	};
}
