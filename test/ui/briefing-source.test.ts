import {describe, expect, it} from 'vitest';
import {selectCompanyBriefing} from '../../source/dataset/selectors/index.js';
import {wholeStore, type BriefingStore} from '../../source/dataset/store.js';
import {briefingSource, neighbours} from '../../source/ui/briefing-source.js';
import {fixture, fixtureFile, fixtureRows} from './tui-fixture.js';

/** A store that counts the reads it is asked for, and a scheduler that runs steps only when told. */
function counted() {
	const whole = wholeStore(fixture, fixtureFile);
	const reads: string[] = [];
	const store: BriefingStore = {...whole, datasetFor: ids => (reads.push(...ids), whole.datasetFor(ids))};
	const steps: Array<() => void> = [];
	return {
		store,
		reads,
		steps,
		runAll: () => {
			while (steps.length > 0) steps.shift()!();
		},
	};
}

describe('neighbours', () => {
	it('are the next rows first, then the one above', () => {
		expect(neighbours(['a', 'b', 'c', 'd', 'e'], 'c')).toEqual(['d', 'b', 'e']);
		expect(neighbours(['a', 'b', 'c'], 'a')).toEqual(['b', 'c']);
		expect(neighbours(['a', 'b', 'c'], 'c')).toEqual(['b']);
		expect(neighbours(['a', 'b'], 'gone')).toEqual(['a']);
		expect(neighbours([], undefined)).toEqual([]);
	});
});

describe('briefingSource', () => {
	const ids = fixtureRows.map(row => row.id);

	it('prefetched briefings are the ones selected on demand, and are not selected again', () => {
		const {store, reads, steps, runAll} = counted();
		const source = briefingSource(store, step => steps.push(step));
		source.prefetch(ids.slice(0, 2));
		expect(source.hasBriefing(ids[0]!)).toBe(false);
		// One step at a time: read, index, select.
		steps.shift()!();
		expect(source.hasBriefing(ids[0]!)).toBe(false);
		runAll();
		expect(source.hasBriefing(ids[0]!) && source.hasBriefing(ids[1]!)).toBe(true);
		const readsBefore = reads.length;
		expect(source.briefing(ids[1]!)).toEqual(selectCompanyBriefing(fixture, ids[1]!));
		expect(reads.length).toBe(readsBefore);
	});

	it('a new request replaces the companies still to do', () => {
		const {store, steps, runAll} = counted();
		const source = briefingSource(store, step => steps.push(step));
		source.prefetch([ids[0]!]);
		source.prefetch([ids[1]!]);
		runAll();
		expect(source.hasBriefing(ids[0]!)).toBe(false);
		expect(source.hasBriefing(ids[1]!)).toBe(true);
	});

	it('keeps a bounded number of briefings, the least recently used leaving first', () => {
		const many = Array.from({length: 30}, (_, index) => `company-${index}`);
		const {store} = counted();
		const source = briefingSource(store, () => {});
		for (const id of many) source.briefing(id);
		source.briefing(many[0]!);
		expect(many.filter(id => source.hasBriefing(id)).length).toBeLessThan(many.length);
		expect(source.hasBriefing(many[0]!)).toBe(true);
		expect(source.hasBriefing(many[1]!)).toBe(false);
		expect(source.hasBriefing(many.at(-1)!)).toBe(true);
	});
});

describe('briefingSource, when a shard cannot be read', () => {
	it('prefetching stops quietly and leaves the error to the company on screen', () => {
		const whole = wholeStore(fixture, fixtureFile);
		const broken: BriefingStore = {
			...whole,
			datasetFor: () => {
				throw new Error('damaged shard');
			},
		};
		const steps: Array<() => void> = [];
		const source = briefingSource(broken, step => steps.push(step));
		source.prefetch(['a', 'b']);
		expect(() => {
			while (steps.length > 0) steps.shift()!();
		}).not.toThrow();
		expect(source.hasBriefing('a')).toBe(false);
		expect(() => source.briefing('a')).toThrow('damaged shard');
	});
});

describe('briefingSource.briefingWithin', () => {
	const ids = fixtureRows.map(row => row.id);

	it('gives a briefing it can finish in time, and puts off one it cannot, telling when it is ready', () => {
		const {store, steps, runAll} = counted();
		const source = briefingSource(store, step => steps.push(step));
		expect(source.briefingWithin(ids[0]!, 1000)).toEqual(selectCompanyBriefing(fixture, ids[0]!));
		const prepared: string[] = [];
		source.onPrepared(companyId => prepared.push(companyId));
		expect(source.briefingWithin(ids[1]!, 0)).toBeUndefined();
		expect(prepared).toEqual([]);
		runAll();
		expect(prepared).toEqual([ids[1]]);
		expect(source.briefingWithin(ids[1]!, 0)).toEqual(selectCompanyBriefing(fixture, ids[1]!));
	});

	it('prepares the company on screen before the neighbours asked for earlier', () => {
		const {store, steps} = counted();
		const source = briefingSource(store, step => steps.push(step));
		source.prefetch([ids[0]!, ids[1]!]);
		const prepared: string[] = [];
		source.onPrepared(companyId => prepared.push(companyId));
		expect(source.briefingWithin(ids[2]!, 0)).toBeUndefined();
		while (prepared.length === 0) steps.shift()!();
		expect(prepared).toEqual([ids[2]]);
	});

	it('does not put off a company whose data cannot be read: the error comes at once', () => {
		const whole = wholeStore(fixture, fixtureFile);
		const broken: BriefingStore = {
			...whole,
			datasetFor: () => {
				throw new Error('damaged shard');
			},
		};
		const source = briefingSource(broken, () => {});
		expect(() => source.briefingWithin('a', 1000)).toThrow('damaged shard');
	});
});
