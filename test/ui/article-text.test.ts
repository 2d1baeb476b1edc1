import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ArticleTextError, readArticleText} from '../../source/ui/article-text.js';
import {fixture, fixtureFile} from '../ui/tui-fixture.js';

describe('readArticleText', () => {
	it('re-derives the cleaned text from the file beside the dataset and marks the sentences about the company', () => {
		const text = readArticleText(fixture, fixtureFile, 'tui-a1', 'kumo');
		const sentences = text.sentences.map(sentence => sentence.text);
		expect(sentences).toContain('クモ・クラウドの国内クラウド市場シェアは20%から25%へと拡大した。');
		// Front matter and markdown syntax are gone, as the extractor cleans them.
		expect(sentences.join('')).not.toMatch(/^---|title:|#/m);
		const about = text.sentences.filter(sentence => sentence.about).map(sentence => sentence.text);
		expect(about).toContain('クモ・クラウドの国内クラウド市場シェアは20%から25%へと拡大した。');
		expect(about).not.toContain('一方、ソラ・システムズは横ばいだった。');
		expect(text.warning).toBeUndefined();
	});

	it('marks for the company asked about', () => {
		const about = readArticleText(fixture, fixtureFile, 'tui-a1', 'sora').sentences.filter(sentence => sentence.about);
		expect(about.map(sentence => sentence.text)).toEqual(['一方、ソラ・システムズは横ばいだった。']);
	});

	it('says so in one line when the file is missing', () => {
		expect(() => readArticleText(fixture, fixtureFile, 'tui-a2', 'sora')).toThrow(ArticleTextError);
		expect(() => readArticleText(fixture, fixtureFile, 'tui-a2', 'sora')).toThrow(/tui-articles\/missing\.md: cannot read the article/);
		expect(() => readArticleText(fixture, fixtureFile, 'tui-a2', 'sora')).toThrow(expect.objectContaining({texts: expect.objectContaining({ja: 'tui-articles/missing.md: 記事を読めません (ファイルもフォルダもありません)'})}));
		expect(() => readArticleText(fixture, fixtureFile, 'nope', 'sora')).toThrow(/not in the dataset/);
		expect(() => readArticleText(fixture, fixtureFile, 'nope', 'sora')).toThrow(expect.objectContaining({texts: expect.objectContaining({ja: '記事 nope はデータセットにありません'})}));
	});

	it('warns when the file is not the one the dataset was made from', () => {
		const changed = {...fixture, articles: fixture.articles.map(article => (article.id === 'tui-a1' ? {...article, sha256: '0'.repeat(64)} : article))};
		const {warning} = readArticleText(changed, fixtureFile, 'tui-a1', 'kumo');
		expect(warning?.en).toMatch(/changed since the dataset was made/);
		expect(warning?.ja).toMatch(/はデータセットを作った後に変わっています$/);
	});

	it('strips escape sequences and control characters from the text', () => {
		const directory = mkdtempSync(join(tmpdir(), 'brief-reader-'));
		try {
			writeFileSync(join(directory, 'hostile.md'), 'クモ・クラウドは\u001B]52;c;ZXZpbA==\u0007成長した。\u001B[2J画面を消す\u202Eつもり。\n');
			const dataset = {...fixture, articles: [{...fixture.articles[0]!, id: 'hostile', file: 'hostile.md', sha256: undefined}]};
			const text = readArticleText(dataset, join(directory, 'briefing.json'), 'hostile', 'kumo');
			const all = text.sentences.map(sentence => sentence.text).join('');
			expect(all).toContain('クモ・クラウドは成長した。');
			expect(all).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202E]/);
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	});
});

describe('readArticleText outside the dataset folder (issue 12)', () => {
	it.each(['../../secret/notes.txt', '/etc/hostname', '..', 'tui-articles/../../outside.md'])('does not open %s, and says why', file => {
		const dataset = {...fixture, articles: fixture.articles.map(article => (article.id === 'tui-a1' ? {...article, file} : article))};
		expect(() => readArticleText(dataset, fixtureFile, 'tui-a1', 'kumo')).toThrow(new RegExp(`^not opened: ${file.replaceAll(/[./]/g, '\\$&')} is outside the dataset's folder \\(`));
	});

	it('opens a file whose name only starts with two dots', () => {
		const dataset = {...fixture, articles: fixture.articles.map(article => (article.id === 'tui-a1' ? {...article, file: 'tui-articles/..kumo-share.md'} : article))};
		expect(() => readArticleText(dataset, fixtureFile, 'tui-a1', 'kumo')).toThrow(/tui-articles\/\.\.kumo-share\.md: cannot read the article \(no such file or folder\)/);
	});
});
