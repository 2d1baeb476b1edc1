import {readdirSync, writeFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {digestCursorFile, markDigestRead, readDigestCursor} from '../../source/settings/digest-cursor.js';
import {useTemporaryDirectories} from './temporary-directory.js';

const temporaryDirectory = useTemporaryDirectories();

test('starts with nothing seen and accumulates what is marked read', async () => {
	const directory = temporaryDirectory();
	expect((await readDigestCursor(directory)).seen).toEqual({articles: [], events: [], figures: []});
	await markDigestRead(directory, {articles: ['a1'], events: ['e1'], figures: []});
	await markDigestRead(directory, {articles: ['a1', 'a2'], events: [], figures: ['f1']});
	expect((await readDigestCursor(directory)).seen).toEqual({articles: ['a1', 'a2'], events: ['e1'], figures: ['f1']});
});

test('a corrupt cursor is moved aside and reported', async () => {
	const directory = temporaryDirectory();
	writeFileSync(digestCursorFile(directory), '{"seen": {"articles": [1]}}');
	const state = await readDigestCursor(directory);
	expect(state.seen.articles).toEqual([]);
	expect(state.notice?.en).toContain('digest cursor');
	expect(state.notice?.ja).toContain('ダイジェストの既読記録');
	expect(readdirSync(directory).filter(name => name.startsWith('digest.json.corrupt-'))).toHaveLength(1);
});
