import {describe, expect, test} from 'vitest';
import {selectCompanyBriefing} from '../../../source/dataset/selectors/company-briefing.js';
import {briefingItems, digestInParts, figureKey, itemsBroughtBy, newByEither, newItems, seenSets, selectDigest} from '../../../source/dataset/selectors/digest.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const dataset = loadFixtureDataset();
const nothingSeen = {articles: [], events: [], figures: []};

describe('selectDigest', () => {
	test('with nothing seen, everything about the companies is new (an article that only mentions one is not about it)', () => {
		const digest = selectDigest(dataset, ['kumo'], nothingSeen);
		expect(digest.nothingNew).toBe(false);
		expect(digest.companies.map(company => [company.id, company.articles.length, company.events.length, company.figures.length])).toEqual([['kumo', 1, 1, 2]]);
		expect(digest.shown).toEqual({articles: ['a2'], events: ['e2'], figures: ['kumo|||revenue_growth||actual|2025-H1|140%', 'kumo|||investment||actual|2025-06-01|300000000000JPY']});
	});

	test('what was shown is not new again', () => {
		const first = selectDigest(dataset, ['kumo', 'sora-cloud'], nothingSeen);
		const second = selectDigest(dataset, ['kumo', 'sora-cloud'], first.shown);
		expect(second).toEqual({companies: [], shown: nothingSeen, nothingNew: true});
	});

	test('only the unseen part of a company is shown', () => {
		const all = selectDigest(dataset, ['sora-cloud'], nothingSeen).shown.figures;
		const seen = {articles: ['a1', 'a2'], events: ['e1', 'e2', 'e3'], figures: all.filter(key => !key.includes('|market_share|'))};
		const [sora] = selectDigest(dataset, ['sora-cloud'], seen).companies;
		expect(sora!.articles.map(article => article.articleId)).toEqual(['a3']);
		expect(sora!.events.map(event => event.eventId)).toEqual(['e4']);
		// Newest first.
		expect(sora!.figures.map(figure => figure.id)).toEqual(['a3/f1', 'a3/f2', 'a2/f1', 'a1/f1', 'a1/f2']);
	});

	test('figures are known by what they say, not by their record or fact id, nor by which articles state them', () => {
		const renumbered = loadFixtureDataset();
		const before = selectDigest(dataset, ['sora-cloud'], nothingSeen).shown;
		renumbered.figures = renumbered.figures.map(figure => ({...figure, id: `${figure.id}-renumbered`, fact: `${figure.fact}-renumbered`}));
		renumbered.conflicts = [];
		// The contract stated by one more article is still the figure seen before.
		renumbered.figures.find(figure => figure.fact === 'sora-umi-deal-renumbered')!.sources.push({article: 'a1', quote: '50億ドルの契約'});
		expect(selectDigest(renumbered, ['sora-cloud'], before).companies[0]?.figures ?? []).toEqual([]);
		expect(figureKey(selectDigest(dataset, ['umi'], nothingSeen).companies[0]!.figures.find(figure => figure.kind === 'investment')!)).toBe('sora-cloud|umi||investment||actual|2025..2030|5000000000USD');
	});

	test('companies with nothing new are left out', () => {
		const seen = selectDigest(dataset, ['umi'], nothingSeen).shown;
		expect(selectDigest(dataset, ['umi', 'kumo'], seen).companies.map(company => company.id)).toEqual(['kumo']);
	});
});

describe('digestInParts', () => {
	const briefingOf = (id: string) => selectCompanyBriefing(dataset, id);

	test('without recording what it shows, it shows the same; recording gives what --mark-read stores', () => {
		const ids = ['kumo', 'sora-cloud', 'umi'];
		const unrecorded = digestInParts(ids, briefingOf, nothingSeen, {recordShown: false});
		const recorded = digestInParts(ids, briefingOf, nothingSeen);
		expect([...unrecorded.companies]).toEqual([...recorded.companies]);
		expect(unrecorded.shown()).toEqual({articles: [], events: [], figures: []});
		expect(recorded.shown()).toEqual(selectDigest(dataset, ids, nothingSeen).shown);
	});

	test('reads a company only when the one before has been taken', () => {
		const read: string[] = [];
		const digest = digestInParts(['kumo', 'sora-cloud'], id => (read.push(id), briefingOf(id)), nothingSeen);
		expect(digest.nothingNew).toBe(false);
		expect(read).toEqual(['kumo']);
		const companies = digest.companies[Symbol.iterator]();
		companies.next();
		expect(read).toEqual(['kumo']);
		companies.next();
		expect(read).toEqual(['kumo', 'sora-cloud']);
	});
});

describe('newItems', () => {
	test('what of a briefing was not seen, by id, and how many', () => {
		const sora = selectCompanyBriefing(dataset, 'sora-cloud')!;
		const none = newItems(sora, seenSets([]));
		expect(none.count).toBe(sora.articles.length + sora.timeline.length + sora.figures.length);
		const seen = seenSets([{articles: ['a1'], events: [], figures: []}, briefingItems({...sora, articles: [], timeline: []})]);
		const left = newItems(sora, seen);
		expect([...left.articles]).toEqual(['a3', 'a2']);
		expect(left.figures.size).toBe(0);
		expect(left.count).toBe(2 + sora.timeline.length);
		// Asked again for the same briefing and sets: the same answer, not made again.
		expect(newItems(sora, seen)).toBe(left);
	});
});

describe('itemsBroughtBy and newByEither', () => {
	const sora = selectCompanyBriefing(dataset, 'sora-cloud')!;

	test('an update brings its articles, and the facts no older article states', () => {
		const brought = itemsBroughtBy(sora, new Set(['a2']));
		expect([...brought.articles]).toEqual(sora.articles.some(article => article.articleId === 'a2') ? ['a2'] : []);
		for (const figure of sora.figures) expect(brought.figures.has(figure.id)).toBe(figure.sources.every(source => source.article === 'a2'));
		for (const entry of sora.timeline) expect(brought.events.has(entry.eventId)).toBe(entry.sources.every(source => source.article === 'a2'));
		// Every article of the company brought: everything is new.
		const all = itemsBroughtBy(sora, new Set(sora.articles.map(article => article.articleId)));
		expect(all.count).toBe(sora.articles.length + sora.timeline.length + sora.figures.length);
		expect(itemsBroughtBy(sora, new Set(['elsewhere'])).count).toBe(0);
	});

	test('joins what was not seen with what an update brought, counting each item once', () => {
		const unseen = newItems(sora, seenSets([{articles: ['a3'], events: [], figures: sora.figures.map(figure => figureKey(figure))}]));
		const brought = itemsBroughtBy(sora, new Set(sora.articles.map(article => article.articleId)));
		const both = newByEither(unseen, brought)!;
		expect(both.count).toBe(brought.count);
		expect(newByEither(unseen, brought)).toBe(both);
		expect(newByEither(undefined, brought)).toBe(brought);
		expect(newByEither(unseen, undefined)).toBe(unseen);
		expect(newByEither(undefined, undefined)).toBeUndefined();
	});
});
