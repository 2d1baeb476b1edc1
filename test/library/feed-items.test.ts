import {expect, test} from 'vitest';
import {decodeDocument} from '../../source/library/decode.js';
import {FeedFormatError, parseFeedDocument} from '../../source/library/feed-items.js';
import {fixture} from './fixture-server.js';

const base = 'http://news.example';
const read = (name: string) => decodeDocument(Buffer.from(fixture(name).toString('latin1').replaceAll('{{base}}', base), 'latin1'), null).text;

test('RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed give their items: address (resolved), title and date', () => {
	expect(parseFeedDocument(read('rss2.xml'), `${base}/feeds/rss2.xml`)).toEqual({
		format: 'rss',
		title: 'テックニュース',
		skipped: 0,
		items: [
			{url: `${base}/pages/utf8.html`, title: 'エヌビディア、8〜10月期の売上高が過去最高に', published: '2025-11-20T06:30:00+09:00'},
			{url: `${base}/pages/shift_jis.html`, title: 'マイクロソフト、クラウド「Azure」が40%増収', published: '2025-10-30T07:00:00+09:00'},
			{url: `${base}/files/results.pdf`, title: '決算資料（PDF）', published: '2025-10-29T16:00:00+09:00'},
		],
	});
	expect(parseFeedDocument(read('rss1.rdf'), `${base}/feeds/rss1.rdf`)).toMatchObject({format: 'rdf', items: [{url: `${base}/pages/euc-jp.html`, published: '2025-11-12T15:00:00+09:00'}]});
	expect(parseFeedDocument(read('atom.xml'), `${base}/feeds/atom.xml`)).toMatchObject({
		format: 'atom',
		title: 'クラウド・ウォッチ',
		items: [
			{url: `${base}/pages/iso-2022-jp.html`, title: 'アマゾン、AWSの売上高が20%増'},
			{url: `${base}/portal/nvidia.html`, published: '2025-11-20T07:00:00+09:00'},
		],
	});
	const json = JSON.stringify({
		version: 'https://jsonfeed.org/version/1.1',
		title: 'J',
		items: [
			{id: '1', url: '/a', title: 'A', date_published: '2025-11-01T10:00:00+09:00'},
			{id: '2', content_text: 'no link'},
		],
	});
	expect(parseFeedDocument(json, `${base}/feed.json`)).toEqual({format: 'json', title: 'J', skipped: 1, items: [{url: `${base}/a`, title: 'A', published: '2025-11-01T10:00:00+09:00'}]});
});

test('items are sanitized, each page once, and only http(s) pages are kept', () => {
	const rss = `<rss version="2.0"><channel><title>t</title>
<item><title>危険\u001b[31mな見出し</title><link>https://x.example/a#top</link></item>
<item><title>again</title><link>https://x.example/a</link></item>
<item><title>ftp</title><link>ftp://x.example/b</link></item>
<item><title>js</title><link>javascript:alert(1)</link></item></channel></rss>`;
	const parsed = parseFeedDocument(rss, 'https://x.example/rss');
	expect(parsed.items).toEqual([{url: 'https://x.example/a', title: '危険な見出し', published: null}]);
	expect(parsed.skipped).toBe(2);
});

test('broken XML and documents that are not feeds are named as such', () => {
	expect(() => parseFeedDocument(read('broken.xml'), base)).toThrow(FeedFormatError);
	expect(() => parseFeedDocument(read('broken.xml'), base)).toThrow(/^broken feed: /);
	expect(() => parseFeedDocument('<!DOCTYPE html><html><body>hi</body></html>', base)).toThrow('a web page, not a feed');
	expect(() => parseFeedDocument('{"hello": 1}', base)).toThrow(/not a feed/);
});
