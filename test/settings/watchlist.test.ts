import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {SettingsError} from '../../source/settings/settings-error.js';
import {addToWatchlist, readWatchlist, removeFromWatchlist, setWatched, watchlistFile} from '../../source/settings/watchlist.js';
import {useTemporaryDirectories} from './temporary-directory.js';

const temporaryDirectory = useTemporaryDirectories();

describe('readWatchlist', () => {
	test('is empty without a file, and creates nothing', async () => {
		const directory = join(temporaryDirectory(), 'brief');
		expect(await readWatchlist(directory)).toEqual({ids: [], file: join(directory, 'config.json'), notice: undefined, preferences: {lang: undefined, updown: undefined}});
		expect(existsSync(directory)).toBe(false);
	});

	test('does not rewrite an existing file', async () => {
		const directory = temporaryDirectory();
		const text = '{"watchlist":["kumo"],"theme":"dark"}';
		writeFileSync(watchlistFile(directory), text);
		const before = statSync(watchlistFile(directory)).mtimeMs;
		expect((await readWatchlist(directory)).ids).toEqual(['kumo']);
		expect(readFileSync(watchlistFile(directory), 'utf8')).toBe(text);
		expect(statSync(watchlistFile(directory)).mtimeMs).toBe(before);
	});

	test.each([
		['not JSON', '{"watchlist": ["kumo"', 'not valid JSON', 'JSON として不正'],
		['an empty file', '', 'not valid JSON', 'JSON として不正'],
		['the wrong shape', '{"watchlist": "kumo"}', 'not in the shape brief writes', 'brief の書く形ではない'],
	])('moves %s aside, says where, and keeps its bytes, in both languages', async (_, text, reason, japanese) => {
		const directory = temporaryDirectory();
		writeFileSync(watchlistFile(directory), text);
		const state = await readWatchlist(directory);
		expect(state.ids).toEqual([]);
		const aside = readdirSync(directory).filter(name => name.startsWith('config.json.corrupt-'));
		expect(aside).toHaveLength(1);
		expect(readFileSync(join(directory, aside[0]!), 'utf8')).toBe(text);
		expect(state.notice?.en).toContain(watchlistFile(directory));
		expect(state.notice?.en).toContain(join(directory, aside[0]!));
		expect(state.notice?.en).toContain(reason);
		expect(state.notice?.ja).toBe(`ウォッチリスト ${watchlistFile(directory)} が壊れていました (${japanese})。${join(directory, aside[0]!)} に移し、空のウォッチリストで始めました`);
		expect(existsSync(watchlistFile(directory))).toBe(false);
		expect((await readWatchlist(directory)).notice).toBeUndefined();
	});
});

describe('changing the watchlist', () => {
	test('adds and removes, saying what changed', async () => {
		const directory = temporaryDirectory();
		expect(await addToWatchlist(directory, ['kumo', 'umi'])).toMatchObject({ids: ['kumo', 'umi'], changed: ['kumo', 'umi'], unchanged: []});
		expect(await addToWatchlist(directory, ['umi', 'sora-cloud'])).toMatchObject({ids: ['kumo', 'umi', 'sora-cloud'], changed: ['sora-cloud'], unchanged: ['umi']});
		expect(await removeFromWatchlist(directory, ['kumo', 'nobody'])).toMatchObject({ids: ['umi', 'sora-cloud'], changed: ['kumo'], unchanged: ['nobody']});
		expect((await readWatchlist(directory)).ids).toEqual(['umi', 'sora-cloud']);
	});

	test('survives a restart as plain JSON in config.json, keeping other settings', async () => {
		const directory = temporaryDirectory();
		writeFileSync(watchlistFile(directory), '{"theme":"dark"}');
		await setWatched(directory, 'kumo', true);
		expect(JSON.parse(readFileSync(watchlistFile(directory), 'utf8'))).toEqual({theme: 'dark', watchlist: ['kumo']});
		await setWatched(directory, 'kumo', false);
		expect(JSON.parse(readFileSync(watchlistFile(directory), 'utf8'))).toEqual({theme: 'dark', watchlist: []});
	});

	test('creates the config directory when it first saves', async () => {
		const directory = join(temporaryDirectory(), 'nested', 'brief');
		await addToWatchlist(directory, ['kumo']);
		expect((await readWatchlist(directory)).ids).toEqual(['kumo']);
		expect(readdirSync(directory)).toEqual(['config.json']);
	});

	test('concurrent changes in one process all survive', async () => {
		const directory = temporaryDirectory();
		const ids = Array.from({length: 10}, (_, index) => `company-${index}`);
		await Promise.all(ids.map(async id => addToWatchlist(directory, [id])));
		expect([...(await readWatchlist(directory)).ids].sort()).toEqual([...ids].sort());
	});

	test('moves a corrupt file aside before saving, and reports it', async () => {
		const directory = temporaryDirectory();
		writeFileSync(watchlistFile(directory), '{oops');
		const change = await addToWatchlist(directory, ['kumo']);
		expect(change.ids).toEqual(['kumo']);
		expect(change.notice?.en).toMatch(/moved it to .*config\.json\.corrupt-/);
		expect(readdirSync(directory).filter(name => name.includes('.corrupt-'))).toHaveLength(1);
	});

	test('a directory that cannot be created is a SettingsError naming it', async () => {
		const blocker = join(temporaryDirectory(), 'a-file');
		writeFileSync(blocker, '');
		const directory = join(blocker, 'brief');
		const change = addToWatchlist(directory, ['kumo']);
		await expect(change).rejects.toBeInstanceOf(SettingsError);
		await expect(change).rejects.toThrow(`cannot save the watchlist: cannot create ${directory}`);
	});
});
