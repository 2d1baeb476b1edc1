import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {displayWidth} from '../../source/text/width.js';
import {bundledDataset, runCli, useTemporaryDirectories} from './run-cli.js';

const temporaryDirectory = useTemporaryDirectories();

/** A config dir of its own for each run: nothing of the real one. */
function environment(extra: Record<string, string> = {}): Record<string, string> {
	return {BRIEF_CONFIG_DIR: temporaryDirectory(), BRIEF_DATA: bundledDataset, ...extra};
}

describe('the language brief speaks', () => {
	test('LANG=ja_JP.UTF-8 brief aws --plain is in Japanese; LANG=C in English', async () => {
		const japanese = await runCli(['aws', '--plain'], {env: environment({LANG: 'ja_JP.UTF-8'})});
		expect(japanese.code).toBe(0);
		expect(japanese.stdout).toContain('  主要指標\n');
		expect(japanese.stdout).toMatch(/シェア \(AWS\) +約33%/);
		expect(japanese.stdout).toContain('  時系列\n');
		expect(japanese.stdout).toMatch(/2025年11月 契約 OpenAI × Amazon 380億ドル ×2/);
		expect(japanese.stdout).not.toMatch(/\b(?:Key figures|Timeline|sources?|outlook|as of)\b/);
		const english = await runCli(['aws', '--plain'], {env: environment({LANG: 'C'})});
		expect(english.code).toBe(0);
		expect(english.stdout).toContain('  Key figures\n');
		expect(english.stdout).toMatch(/Share \(AWS\) +~33%/);
		expect(english.stdout).toMatch(/2025-11 契約 OpenAI × Amazon 380億ドル ×2/);
		expect(english.stdout).not.toContain('主要指標');
	});

	test('--lang beats BRIEF_LANG, which beats the config, which beats the locale', async () => {
		const flag = await runCli(['aws', '--plain', '--lang', 'en'], {env: environment({BRIEF_LANG: 'ja', LANG: 'ja_JP.UTF-8'})});
		expect(flag.stdout).toContain('  Key figures\n');
		const named = await runCli(['aws', '--plain'], {env: environment({BRIEF_LANG: 'ja', LC_ALL: 'C'})});
		expect(named.stdout).toContain('  主要指標\n');
		const config = environment({LANG: 'ja_JP.UTF-8'});
		const set = await runCli(['config', 'set', 'lang', 'en'], {env: config});
		expect(set.code).toBe(0);
		expect(set.stderr).toBe('lang set to en\n');
		expect((await runCli(['aws', '--plain'], {env: config})).stdout).toContain('  Key figures\n');
		// The language lives with the watchlist, which is kept as it was.
		expect(JSON.parse(readFileSync(join(config.BRIEF_CONFIG_DIR!, 'config.json'), 'utf8'))).toEqual({watchlist: [], lang: 'en'});
		expect((await runCli(['config', 'get'], {env: config})).stdout).toBe('lang en\nupdown green-up\n');
		// LC_ALL before LANG, as POSIX orders them.
		expect((await runCli(['aws', '--plain'], {env: environment({LC_ALL: 'ja_JP.UTF-8', LANG: 'C'})})).stdout).toContain('  主要指標\n');
	});

	test('errors, usage errors and --help come in the chosen language; JSON keys stay English', async () => {
		const unknown = await runCli(['nosuchcompany', '--plain'], {env: environment({LANG: 'ja_JP.UTF-8'})});
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toMatch(/^brief: 企業 'nosuchcompany' は見つかりません/);
		const option = await runCli(['--nosuch'], {env: environment({LANG: 'ja_JP.UTF-8'})});
		expect(option.stderr).toBe("brief: '--nosuch' というオプションはありません (brief --help を参照)\n");
		const badLanguage = await runCli(['aws', '--plain', '--lang', 'fr'], {env: environment()});
		expect(badLanguage.code).toBe(1);
		expect(badLanguage.stderr).toBe("brief: --lang must be ja or en, got 'fr'\n");
		const help = await runCli(['--help'], {env: environment({LANG: 'ja_JP.UTF-8'})});
		expect(help.stdout).toContain('使い方');
		// The TUI's keys, from the keymap table.
		expect(help.stdout).toContain('TUI のキー');
		expect(help.stdout).toMatch(/ {4}L +表示言語の切り替え/);
		const englishHelp = (await runCli(['--help'], {env: environment()})).stdout;
		expect(englishHelp).toMatch(/ {4}L +switch the language/);
		// Both within 80 columns, Japanese measured in display columns.
		for (const text of [help.stdout, englishHelp]) expect(text.split('\n').filter(line => displayWidth(line) > 80)).toEqual([]);
		const misplaced = await runCli(['aws', '--out', 'x.json'], {env: environment({LANG: 'ja_JP.UTF-8'})});
		expect(misplaced.code).toBe(1);
		expect(misplaced.stderr).toMatch(/^brief: --out は `brief \[company\.\.\.\]` には使えません/);
		const json = await runCli(['aws', '--json'], {env: environment({LANG: 'ja_JP.UTF-8'})});
		expect(Object.keys(JSON.parse(json.stdout) as object)).toContain('companies');
		expect(json.stdout).not.toContain('主要指標');
	});

	test('a dataset that cannot be read, a corrupt config, settings that cannot be saved and the library: in Japanese', async () => {
		const env = environment({LANG: 'ja_JP.UTF-8'});
		const missing = join(env.BRIEF_CONFIG_DIR!, 'missing.json');
		expect(await runCli(['aws', '--plain', '--data', missing], {env})).toEqual({code: 2, stdout: '', stderr: `brief: ${missing}: データセットを読めません (ファイルがありません)。\`brief extract\` で作ってください\n`});
		writeFileSync(join(env.BRIEF_CONFIG_DIR!, 'config.json'), '{"watchlist": ');
		const corrupt = await runCli(['list'], {env});
		expect(corrupt.code).toBe(0);
		expect(corrupt.stderr).toMatch(/^brief: ウォッチリスト .*config\.json が壊れていました \(JSON として不正\)。.*config\.json\.corrupt-[^ ]* に移し、空のウォッチリストで始めました\n$/);
		const blocker = join(env.BRIEF_CONFIG_DIR!, 'a-file');
		writeFileSync(blocker, '');
		const unsaved = await runCli(['watch', 'add', 'aws'], {env: {...env, BRIEF_CONFIG_DIR: join(blocker, 'brief')}});
		expect(unsaved).toEqual({
			code: 2,
			stdout: '',
			stderr: `brief: ウォッチリスト ${join(blocker, 'brief', 'config.json')} を読めません (パスの途中がファイルです)。空のウォッチリストを使います\nbrief: ウォッチリストを保存できません: ${join(blocker, 'brief')} を作れません (パスの途中がファイルです)\n`,
		});
		const library = {...env, BRIEF_DATA_DIR: join(env.BRIEF_CONFIG_DIR!, 'library')};
		expect(await runCli(['update'], {env: library})).toEqual({code: 0, stdout: '', stderr: '更新するフィードがありません。追加: brief feed add <URL>\n'});
		const english = await runCli(['update', '--lang', 'en'], {env: library});
		expect(english.stderr).toBe('no feeds to update: brief feed add <url>\n');
	});

	test("config refuses what it does not know, in the reader's language", async () => {
		const env = environment({LANG: 'C'});
		expect((await runCli(['config', 'set', 'lang', 'fr'], {env})).stderr).toBe('brief: lang must be one of ja, en\n');
		expect((await runCli(['config', 'set', 'colour', 'red'], {env})).stderr).toBe("brief: no setting named 'colour' (lang, updown)\n");
		const updown = await runCli(['config', 'set', 'updown', 'red-up'], {env});
		expect(updown.code).toBe(0);
		expect((await runCli(['config', 'get', 'updown'], {env})).stdout).toBe('updown red-up\n');
	});
});
