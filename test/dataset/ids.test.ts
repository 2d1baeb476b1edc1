import {expect, test} from 'vitest';
import {firstUnsafeId, withSafeIds} from '../../source/dataset/ids.js';
import {DatasetError} from '../../source/dataset/load.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {loadFixtureDataset} from '../fixtures/dataset.js';

const unsafe = '\u001B]0;x\u0007kumo';

test.each<[string, (dataset: Dataset) => void]>([
	['companies[0].segments[1].id', dataset => void (dataset.companies[0]!.segments[1]!.id = unsafe)],
	['articles[1].companies[2]', dataset => void (dataset.articles[1]!.companies[2] = unsafe)],
	['events[2].sources[1].article', dataset => void (dataset.events[2]!.sources[1]!.article = unsafe)],
	['figures[3].fact', dataset => void (dataset.figures[3]!.fact = unsafe)],
	['figures[5].counterparty', dataset => void (dataset.figures[5]!.counterparty = unsafe)],
	['figures[11].segment', dataset => void (dataset.figures[11]!.segment = `${unsafe}\u202E`)],
	['figures[17].sources[1].article', dataset => void (dataset.figures[17]!.sources[1]!.article = unsafe)],
	['conflicts[0].figures[1]', dataset => void (dataset.conflicts[0]!.figures[1] = `a3/f2\u200B`)],
])('an id with control or invisible characters at %s is found and refused', (path, poison) => {
	const dataset = loadFixtureDataset();
	expect(firstUnsafeId(dataset)).toBeUndefined();
	poison(dataset);
	expect(firstUnsafeId(dataset)).toBe(path);
	expect(() => withSafeIds(dataset, 'fixture.json')).toThrow(DatasetError);
	expect(() => withSafeIds(dataset, 'fixture.json')).toThrow(`fixture.json: invalid dataset at ${path}: control or invisible characters in an id`);
	expect(() => withSafeIds(dataset, 'fixture.json')).toThrow(expect.objectContaining({texts: expect.objectContaining({ja: `fixture.json: データセットの ${path} が不正です: id に制御文字か見えない文字があります`})}));
});
