import {expect, test} from 'vitest';
import {PageError, readPage} from '../../source/library/page.js';

const page = (head: string, article: string) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><nav><a href="/">トップ</a> <a href="/ai">AI</a></nav><main><article>${article}</article></main><footer>© サイト</footer></body></html>`;
const paragraphs = '<p>米エヌビディアは19日、8〜10月期の売上高が前年同期比62%増の570億ドルになったと発表した。データセンター向けが伸びた。</p><p>同社は11〜1月期の売上高を650億ドルと見込む。市場予想を上回った。</p>';

test('title, site, author and date come from JSON-LD first, then Open Graph and article meta tags, then <time>', () => {
	const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"見出し","datePublished":"2025-11-20T06:30:00+09:00","author":[{"@type":"Person","name":"山田太郎"},{"@type":"Person","name":"鈴木花子"}],"publisher":{"@type":"Organization","name":"発行元"}}]}</script>`;
	expect(readPage(page(jsonLd, paragraphs), 'https://a.example/n/1')).toMatchObject({title: '見出し', site: '発行元', author: '山田太郎, 鈴木花子', published: '2025-11-20T06:30:00+09:00'});
	const meta = '<title>タイトル | サイト名</title><meta property="og:site_name" content="サイト名"><meta property="article:published_time" content="2025-10-30T07:00:00+09:00"><meta name="author" content="記者">';
	expect(readPage(page(meta, paragraphs), 'https://a.example/n/2')).toMatchObject({title: 'タイトル', site: 'サイト名', author: '記者', published: '2025-10-30T07:00:00+09:00'});
	const time = '<title>時刻だけ</title>';
	expect(readPage(page(time, `<time datetime="2025-09-01">9月1日</time>${paragraphs}`), 'https://a.example/n/3')).toMatchObject({published: '2025-09-01'});
	// A page silent on both: the feed's words.
	expect(readPage(page('', paragraphs), 'https://a.example/n/4', {title: 'フィードの見出し', published: '2025-08-01T09:00:00+09:00'})).toMatchObject({title: 'フィードの見出し', published: '2025-08-01T09:00:00+09:00'});
});

test("the canonical address is resolved against the page, and a home page named as every page's own is ignored", () => {
	expect(readPage(page('<link rel="canonical" href="/n/5?x=1#c">', paragraphs), 'https://a.example/m/5').canonical).toBe('https://a.example/n/5?x=1');
	expect(readPage(page('<link rel="canonical" href="https://a.example/">', paragraphs), 'https://a.example/m/6').canonical).toBeNull();
	expect(readPage(page('<meta property="og:url" content="javascript:alert(1)">', paragraphs), 'https://a.example/m/7').canonical).toBeNull();
});

test("the body is Markdown: paragraphs, headings, lists and pipe tables, without the site's navigation", () => {
	const body = `${paragraphs}<h2>部門別</h2><table><tr><th>部門</th><th>売上高</th></tr><tr><td>データ|センター</td><td>512億ドル</td></tr></table><ul><li>一つ目</li><li>二つ目<ul><li>入れ子</li></ul></li></ul><blockquote><p>引用です。</p></blockquote><script>alert(1)</script>`;
	const {markdown} = readPage(page('<title>t</title>', body), 'https://a.example/n/8');
	expect(markdown).toContain('## 部門別\n\n| 部門 | 売上高 |\n| --- | --- |\n| データ\\|センター | 512億ドル |\n\n- 一つ目\n- 二つ目\n  - 入れ子\n\n> 引用です。');
	expect(markdown.startsWith('米エヌビディアは19日')).toBe(true);
	expect(markdown).not.toMatch(/トップ|alert|©/);
});

test('escape sequences and invisible characters in a page never reach the stored text', () => {
	const hostile = '<p>本文\u001b]8;;https://evil.example\u0007リンク\u001b]8;;\u0007と\u202eの文字。米エヌビディアは19日、売上高が570億ドルになったと発表した。データセンター向けが伸びた。</p>';
	const read = readPage(page('<title>危険\u001b[2Jな題</title>', hostile + paragraphs), 'https://a.example/n/9');
	expect(read.markdown).not.toMatch(/[\u001b\u0007\u202e]/);
	expect(read.title).toBe('危険な題');
});

test('a page without text is no article', () => {
	expect(() => readPage('<html><body><nav><a href="/">トップ</a></nav></body></html>', 'https://a.example/')).toThrow(PageError);
});
