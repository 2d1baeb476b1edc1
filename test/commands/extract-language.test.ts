import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {runExtract, type ExtractCommand} from '../../source/commands/extract.js';
import {UserError, type Io} from '../../source/commands/io.js';
import {tryLock} from '../../source/disk/lock.js';
import {noConfig} from '../hostile/hostile-text.js';

// `brief extract` says what it did, and why it would not, in the language chosen (--lang here).

const made: string[] = [];
afterEach(() => {
	for (const folder of made.splice(0)) rmSync(folder, {recursive: true, force: true});
});

function articlesFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'brief-extract-language-'));
	made.push(folder);
	mkdirSync(join(folder, 'articles'));
	writeFileSync(join(folder, 'articles', 'aws.md'), '---\ntitle: "AWSの発表"\ndate: 2025-11-03\n---\nAWSは11月3日、新サービスを発表した。\n');
	writeFileSync(join(folder, 'articles', 'empty.md'), '');
	writeFileSync(join(folder, 'articles', 'binary.md'), Buffer.from([0x41, 0x00, 0x42]));
	writeFileSync(join(folder, 'articles', 'broken.md'), '---\ntitle: [unclosed\n---\n本文。');
	return folder;
}

async function extract(folder: string, command: Partial<ExtractCommand>) {
	const err: string[] = [];
	const io: Io = {out: () => true, err: text => err.push(text), stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, columns: undefined, rows: undefined, env: noConfig, cwd: folder};
	const code = await runExtract({paths: ['articles'], out: 'b.json', jobs: 1, ...command}, io);
	return {code, stderr: err.join('')};
}

/** The refusal a command throws, in each language. */
async function refusal(run: Promise<unknown>): Promise<{readonly ja: string; readonly en: string; readonly exitCode: number}> {
	const error = await run.then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(UserError);
	const {texts, exitCode} = error as UserError;
	return {...texts, exitCode};
}

describe('brief extract in Japanese and English', () => {
	test('the summary, a skipped file and an unchanged rerun (the cache keeps numbers, said in the language of each run)', async () => {
		const folder = articlesFolder();
		const japanese = await extract(folder, {lang: 'ja'});
		expect(japanese.code).toBe(0);
		expect(japanese.stderr).toContain('brief: articles/empty.md を飛ばしました: 空です\n');
		expect(japanese.stderr).toContain('brief: articles/binary.md を飛ばしました: バイナリファイルです (NUL バイトあり)\n');
		expect(japanese.stderr).toMatch(/brief: articles\/broken\.md を飛ばしました: フロントマターが壊れています: /);
		expect(japanese.stderr).toMatch(/\n抽出しました。記事1件: 企業\d+社、出来事\d+件、数値\d+件、食い違い\d+件 \(変更なし0件、飛ばした3件\) -> b\.json\n$/);
		expect(japanese.stderr).not.toMatch(/extracted|skipped/);
		const english = await extract(folder, {lang: 'en'});
		expect(english.stderr).toContain('brief: skipped articles/empty.md: empty\n');
		expect(english.stderr).toMatch(/\nnothing changed in 4 files; b\.json is up to date \(1 article: \d+ companies, \d+ events, \d+ figures, \d+ conflicts\)\n$/);
		const again = await extract(folder, {lang: 'ja'});
		expect(again.stderr).toMatch(/\n4個のファイルに変更はありません。b\.json は最新です \(記事1件: 企業\d+社/);
	});

	test('nothing extracted: exit 2, said in Japanese', async () => {
		const folder = articlesFolder();
		rmSync(join(folder, 'articles', 'aws.md'));
		const nothing = await extract(folder, {lang: 'ja'});
		expect(nothing.code).toBe(2);
		expect(nothing.stderr).toMatch(/\nbrief: 抽出できた記事がありません。何も書き込んでいません\n$/);
		expect((await extract(folder, {lang: 'en'})).stderr).toContain('brief: no article could be extracted; nothing written\n');
	});

	test('usage errors: no article, --jobs, an --out that is an input or has an article extension', async () => {
		const folder = articlesFolder();
		expect(await refusal(extract(folder, {paths: []}))).toEqual({
			ja: 'extract には記事のファイルかフォルダが1つ以上必要です (brief extract <ファイル|フォルダ...> [--out FILE])',
			en: 'extract needs at least one article file or folder (brief extract <files|folders...> [--out FILE])',
			exitCode: 1,
		});
		expect(await refusal(extract(folder, {jobs: 65}))).toEqual({ja: "--jobs は 1 から 64 までの整数です ('65' が指定されました)", en: "--jobs must be a whole number from 1 to 64, got '65'", exitCode: 1});
		writeFileSync(join(folder, 'notes.json'), '{}');
		expect(await refusal(extract(folder, {paths: ['articles', 'notes.json'], out: 'notes.json'}))).toEqual({
			ja: '--out に指定した notes.json は入力の1つ (notes.json) です。データセットで上書きされてしまいます',
			en: '--out notes.json is one of the inputs (notes.json): it would be overwritten with the dataset',
			exitCode: 1,
		});
		expect((await refusal(extract(folder, {out: 'b.md'}))).ja).toBe('--out に指定した b.md は記事の拡張子 (.md) です。brief がデータセットを記事として読んでしまいます。.json のファイルにしてください');
	});

	test('an output another extract holds, a path that cannot be written, a registry that cannot be read: exit 2', async () => {
		const folder = articlesFolder();
		const lock = tryLock(join(folder, '.b.json.lock'));
		try {
			const held = await refusal(extract(folder, {lang: 'ja'}));
			expect(held.exitCode).toBe(2);
			expect(held.ja).toBe(`b.json は別の brief extract (${hostname()} のプロセス ${process.pid}) が書き込み中です。終わってからやり直すか、動いていなければ ${join(folder, '.b.json.lock')} を削除してください`);
			expect(held.en).toMatch(/^b\.json is being written by another brief extract \(process \d+ on /);
		} finally {
			if (lock.acquired) lock.release();
		}

		writeFileSync(join(folder, 'a-file'), '');
		expect(await refusal(extract(folder, {out: 'a-file/b.json'}))).toEqual({ja: 'a-file/b.json に書き込めません: パスの途中がファイルです', en: 'cannot write a-file/b.json: a part of its path is a file', exitCode: 2});
		const registry = await refusal(extract(folder, {registry: 'missing.json'}));
		expect(registry.exitCode).toBe(2);
		expect(registry.ja).toBe(`${join(folder, 'missing.json')}: 企業レジストリを読めません (ファイルがありません)`);
		expect(registry.en).toBe(`${join(folder, 'missing.json')}: cannot read company registry (no such file)`);
	});
});
