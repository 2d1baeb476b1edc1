import {expect, test} from 'vitest';
import {decodeDocument} from '../../source/library/decode.js';
import {fixture} from './fixture-server.js';

test('the charset comes from the byte order mark, the header, or the document, in that order', () => {
	const sjis = fixture('shift_jis.html');
	expect(decodeDocument(sjis, 'text/html')).toMatchObject({charset: 'shift_jis'});
	expect(decodeDocument(sjis, 'text/html').text).toContain('マイクロソフト、クラウド「Azure」が40%増収');
	// EUC-JP named only by the header.
	expect(decodeDocument(fixture('euc-jp.html'), 'text/html; charset="EUC-JP"')).toMatchObject({charset: 'euc-jp', text: expect.stringContaining('ソフトバンクグループ')});
	expect(decodeDocument(fixture('iso-2022-jp.html'), null)).toMatchObject({charset: 'iso-2022-jp', text: expect.stringContaining('アマゾン、AWSの売上高が20%増')});
	// An XML declaration.
	expect(decodeDocument(fixture('rss1.rdf'), 'application/rdf+xml').text).toContain('経済ニュース速報');
	// A byte order mark beats a header that says otherwise.
	const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>日本語</p>')]);
	expect(decodeDocument(withMark, 'text/html; charset=shift_jis')).toEqual({charset: 'utf-8', text: '<p>日本語</p>'});
});

test('an unknown label is passed over, and undeclared bytes are read in the first Japanese encoding they are valid in', () => {
	expect(decodeDocument(Buffer.from('<p>日本語</p>'), 'text/html; charset=x-unknown')).toEqual({charset: 'utf-8', text: '<p>日本語</p>'});
	const undeclared = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]);
	expect(decodeDocument(undeclared, null)).toEqual({charset: 'shift_jis', text: '日本語'});
	// Windows' name for Shift_JIS, as some servers send it.
	expect(decodeDocument(undeclared, 'text/html; charset=cp932').text).toBe('日本語');
});
