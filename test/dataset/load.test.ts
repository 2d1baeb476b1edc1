import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {DatasetError, loadDataset} from '../../source/dataset/load.js';

const bundled = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'briefing.json'), 'utf8')) as Record<string, unknown>;

function write(content: string): string {
	const file = join(mkdtempSync(join(tmpdir(), 'brief-load-')), 'briefing.json');
	writeFileSync(file, content);
	return file;
}

describe('loading a dataset', () => {
	test('the bundled dataset validates', () => {
		expect(loadDataset(join(import.meta.dirname, '..', '..', 'data', 'briefing.json')).articles).toHaveLength(5);
	});

	test.each([
		['missing', null, /no such file/],
		['truncated', JSON.stringify(bundled).slice(0, 500), /not valid JSON.*truncated/],
		['of version 1', JSON.stringify({...bundled, version: 1}), /dataset of version 1, this brief reads version 2; run `brief extract` again$/],
		['failing the schema', JSON.stringify({...bundled, figures: [{id: 'x'}]}), /invalid dataset at figures\[0\]\.fact: missing$/],
	])('a dataset that is %s is one line naming the file', (_, content, message) => {
		const file = content === null ? join(tmpdir(), 'brief-no-such-dir', 'briefing.json') : write(content);
		let error: unknown;
		try {
			loadDataset(file);
		} catch (caught) {
			error = caught;
		}

		expect(error).toBeInstanceOf(DatasetError);
		const text = (error as Error).message;
		expect(text).toMatch(message);
		expect(text).toContain(file);
		expect(text).not.toContain('\n');
	});
});
