import {describe, expect, test} from 'vitest';
import {selectCompanyBriefing} from '../../../source/dataset/selectors/company-briefing.js';
import {digestInParts, figureKey, selectDigest} from '../../../source/dataset/selectors/digest.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const dataset = loadFixtureDataset();
const nothingSeen = {articles: [], events: [], figures: []};

describe('selectDigest', () => {
	test('with nothing seen, everything about the companies is new', () => {
		const digest = selectDigest(dataset, ['kumo'], nothingSeen);
		expect(digest.nothingNew).toBe(false);
		expect(digest.companies.map(company => [company.id, company.articles.length, company.events.length, company.figures.length])).toEqual([['kumo', 2, 1, 1]]);
		expect(digest.shown).toEqual({articles: ['a2', 'a1'], events: ['e2'], figures: ['a2|kumo|investment||300000000000JPY']});
	});

	test('what was shown is not new again', () => {
		const first = selectDigest(dataset, ['kumo', 'sora-cloud'], nothingSeen);
		const second = selectDigest(dataset, ['kumo', 'sora-cloud'], first.shown);
		expect(second).toEqual({companies: [], shown: nothingSeen, nothingNew: true});
	});

	test('only the unseen part of a company is shown', () => {
		const seen = {articles: ['a1', 'a2'], events: ['e1', 'e2'], figures: selectDigest(dataset, ['sora-cloud'], nothingSeen).shown.figures.filter(key => !key.startsWith('a3|'))};
		const [sora] = selectDigest(dataset, ['sora-cloud'], seen).companies;
		expect(sora!.articles.map(article => article.articleId)).toEqual(['a3']);
		expect(sora!.events.map(event => event.eventId)).toEqual(['e3']);
		expect(sora!.figures.map(figure => figure.metricId).sort()).toEqual(['a3/m1', 'a3/m2', 'a3/m3']);
	});

	test('figures are known by what they say, not by their metric id', () => {
		const renumbered = loadFixtureDataset();
		const before = selectDigest(dataset, ['kumo'], nothingSeen).shown;
		renumbered.metrics = renumbered.metrics.map(metric => ({...metric, id: `${metric.id}-renumbered`}));
		expect(selectDigest(renumbered, ['kumo'], before).nothingNew).toBe(true);
		expect(figureKey(selectDigest(dataset, ['kumo'], nothingSeen).companies[0]!.figures[0]!)).toBe('a2|kumo|investment||300000000000JPY');
	});

	test('companies with nothing new are left out', () => {
		expect(selectDigest(dataset, ['umi'], nothingSeen).nothingNew).toBe(true);
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
