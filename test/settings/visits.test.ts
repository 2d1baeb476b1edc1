import {existsSync, writeFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {digestCursorFile, markDigestRead, readDigestCursor} from '../../source/settings/digest-cursor.js';
import {readVisits, recordVisit, visitsFile} from '../../source/settings/visits.js';
import {openSeen} from '../../source/ui/seen-access.js';
import {useTemporaryDirectories} from './temporary-directory.js';

const temporaryDirectory = useTemporaryDirectories();

test('visits are kept apart from the digest cursor: brief digest still shows what a visit showed', async () => {
	const directory = temporaryDirectory();
	await recordVisit(directory, {articles: ['a1'], events: [], figures: ['f1']});
	await recordVisit(directory, {articles: ['a2'], events: ['e1'], figures: ['f1']});
	expect((await readVisits(directory)).seen).toEqual({articles: ['a1', 'a2'], events: ['e1'], figures: ['f1']});
	expect(existsSync(digestCursorFile(directory))).toBe(false);
	expect((await readDigestCursor(directory)).seen.articles).toEqual([]);
});

test('the TUI sees both: what digests marked read and what visits showed; nothing at all before either', async () => {
	const directory = temporaryDirectory();
	expect((await openSeen({BRIEF_CONFIG_DIR: directory})).seen).toBeNull();
	await markDigestRead(directory, {articles: ['a1'], events: [], figures: []});
	await recordVisit(directory, {articles: [], events: ['e1'], figures: []});
	const seen = await openSeen({BRIEF_CONFIG_DIR: directory});
	expect([...seen.seen!.articles, ...seen.seen!.events]).toEqual(['a1', 'e1']);
	// The m key: marked read for brief digest too.
	expect(await seen.save({articles: ['a9'], events: [], figures: []}, 'read')).toEqual({saved: true, message: undefined});
	await seen.settled();
	expect((await readDigestCursor(directory)).seen.articles).toEqual(['a1', 'a9']);
});

test('a corrupt record of visits is moved aside and said, and the TUI still starts', async () => {
	const directory = temporaryDirectory();
	writeFileSync(visitsFile(directory), '{"seen": ');
	const seen = await openSeen({BRIEF_CONFIG_DIR: directory});
	expect(seen.seen).toBeNull();
	expect(seen.problem?.en).toContain('record of visits');
	expect(seen.problem?.ja).toContain('閲覧の記録');
});
