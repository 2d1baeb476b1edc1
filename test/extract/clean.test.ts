import {describe, expect, test} from 'vitest';
import fc from 'fast-check';
import {cleanBody, collapseSpaces, isNoiseLine, stripTags} from '../../source/extract/clean.js';
import {figures} from './helpers.js';

const texts = (body: string) => cleanBody(body).blocks.map(block => `${block.kind}:${block.text}`);

describe('cleaning', () => {
	test('markdown syntax goes, its text stays', () => {
		expect(texts('## 見出し\n\n**太字**の文と[リンク](https://x.example)と`code`です。\n\n![画像](/a.png)\n\n- 項目です。')).toEqual(['heading:見出し', 'paragraph:太字の文とリンクとcodeです。', 'bullet:項目です。']);
	});

	test('HTML tags are stripped and affiliate blocks dropped with their buttons', () => {
		const body = [
			'本文です。<br>続きです。',
			'📚 **関連情報をもっと知りたい方へ**',
			'<div style="display:flex">\n<a href="https://www.amazon.co.jp/s?k=x&tag=abc-22" rel="noopener sponsored">📖 Amazonで探す</a>\n</div>',
			'<script>alert(1)</script>最後の文です。',
		].join('\n\n');
		expect(texts(body)).toEqual(['paragraph:本文です。', 'paragraph:続きです。', 'paragraph:最後の文です。']);
	});

	test('a row of share buttons (X（旧Twitter）でシェア ｜ Facebook ｜ 印刷) is noise, and names no company; a sentence with a bar in it is not', () => {
		expect(isNoiseLine('X（旧Twitter）でシェア ｜ Facebook ｜ はてなブックマーク ｜ 印刷')).toBe(true);
		expect(isNoiseLine('LINEで送る | Pocket | Xでポスト')).toBe(true);
		expect(isNoiseLine('売上高 ｜ 前年同期比12%増の300億円')).toBe(false);
	});

	test('a link to another story with its label on the same line (関連記事：…, 【関連記事】…) is noise; a sentence about related business is not', () => {
		expect(isNoiseLine('関連記事：マイクロン、受注残3,000億ドル超に')).toBe(true);
		expect(isNoiseLine('関連エントリー：2025年9月中間決算まとめ ソシオネクストは買いか？')).toBe(true);
		expect(isNoiseLine('過去記事：ディスコの出荷額が過去最高')).toBe(true);
		expect(isNoiseLine('【関連記事】キオクシア、新工場を稼働')).toBe(true);
		expect(isNoiseLine('関連：[レーザーテック決算で半導体株に買い　東エレク一時6%高](/news/20260110-lasertec)')).toBe(true);
		expect(isNoiseLine('関連：東エレク一時6%高')).toBe(true);
		expect(isNoiseLine('関連事業の売上高は300億円だった。')).toBe(false);
		// A blog's links to its posts before and after this one.
		expect(isNoiseLine('前の記事：ディスコ決算メモ：粗利率70%超え')).toBe(true);
		expect(isNoiseLine('次の記事：キオクシア決算プレビュー')).toBe(true);
	});

	test('a list under a heading of news related to the article (### この記事に関連するニュース) is not the article', () => {
		expect(texts(['本文です。', '', '### この記事に関連するニュース', '- 東エレク、4〜6月期は純利益12%増', '- 半導体株が一時3%安'].join('\n'))).toEqual(['paragraph:本文です。']);
	});

	test('a row of one mark (◆　◆　◆) followed by a headline and a paragraph opening on its own date starts a glued second story; without the date it is only a break', () => {
		const glued = ['本文です。', '', '◆　◆　◆', '', 'ヤクルト、4〜9月期は増益', '', '2025年11月5日　ヤクルトが4日発表した決算は増益だった。'].join('\n');
		expect(texts(glued)).toEqual(['paragraph:本文です。']);
		const broken = ['本文です。', '', '◆　◆　◆', '', '次の段落です。'].join('\n');
		expect(texts(broken).at(-1)).toBe('paragraph:次の段落です。');
	});

	test('image captions, widget lines and alt-text keyword lines are noise', () => {
		expect(isNoiseLine('新製品を発表の画像1')).toBe(true);
		expect(isNoiseLine('Trend visualization for ai')).toBe(true);
		expect(isNoiseLine('2,000 + Buzz 🇯🇵 JP')).toBe(true);
		expect(isNoiseLine('アマゾン AWS AI 契約 会見')).toBe(true);
		expect(isNoiseLine('目次')).toBe(true);
		// Share buttons and comment counters clipped with the page.
		for (const button of ['シェア', 'ツイート', 'はてブ', 'LINE', 'Facebook', 'ポスト', '印刷', 'コメント（3件）']) expect(isNoiseLine(button), button).toBe(true);
		expect(isNoiseLine('LINEヤフーは新サービスを発表した。')).toBe(false);
		expect(isNoiseLine('AWSは11月に新サービスを発表した。')).toBe(false);
		expect(isNoiseLine('OpenAI signed a deal with AWS.')).toBe(false);
	});

	test('the caption of a lead image is kept aside as a title candidate', () => {
		const cleaned = cleanBody('大型提携で再編へ…の画像1\n\n本文です。');
		expect(cleaned.leadCaption).toBe('大型提携で再編へ…');
		expect(cleaned.blocks.map(block => block.text)).toEqual(['本文です。']);
	});

	test('a body repeated after an END marker counts once, and new text after it is kept', () => {
		const first = 'AWSは新サービスを発表した。料金は据え置きとなる。';
		const body = `${first}\n\n二段落目の文です。\n\n---END---\n\n料金は据え置きとなる。\n\n${first}\n\n追加された新しい段落です。\n\n---END---`;
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual([first, '二段落目の文です。', '追加された新しい段落です。']);
	});

	test('a byline is taken out of the text and reported', () => {
		const cleaned = cleanBody('本文です。\n\n（文=テック編集部）');
		expect(cleaned.byline).toBe('テック編集部');
		expect(cleaned.blocks).toHaveLength(1);
	});

	test("a wire story's writers under its headline (王偉（Wei Wang）、佐藤 花子) are its byline, not text with a company in it; two words of kanji alone stay", () => {
		const cleaned = cleanBody('# 台湾電子大手、最高益\n\n王偉（Wei Wang）、佐藤 花子\n\n本文です。');
		expect(cleaned.byline).toBe('王偉（Wei Wang）、佐藤 花子');
		expect(cleaned.blocks.map(block => block.text)).toEqual(['台湾電子大手、最高益', '本文です。']);
		expect(cleanBody('# 決算\n\n佐藤 花子、鈴木 一郎\n\n本文です。').byline).toBe('佐藤 花子、鈴木 一郎');
		expect(cleanBody('# 決算\n\n決算 概要\n\n本文です。').blocks.map(block => block.text)).toEqual(['決算', '決算 概要', '本文です。']);
	});

	test('escape sequences and control characters never survive cleaning', () => {
		const cleaned = cleanBody('危険な\u001B]52;c;ZXZpbA==\u0007文字\u001B[31m列\u202Eです。\u0000');
		expect(cleaned.blocks[0]!.text).toBe('危険な文字列です。');
	});

	test('hard-wrapped lines of one paragraph are joined', () => {
		expect(texts('マイクロソフトはAI分野に積極的な投資を続けており、2025年までに\nAI関連で300億ドルを投じる計画を公表している。')).toEqual([
			'paragraph:マイクロソフトはAI分野に積極的な投資を続けており、2025年までにAI関連で300億ドルを投じる計画を公表している。',
		]);
	});
});

describe('related-article lists', () => {
	test('an HTML list item that is only a link is another page’s headline, however the list is marked', () => {
		const body = '<p>アドバンテストの売上高は2,000億円だった。</p>\n\n<ul class="links">\n<li><a href="/n/1">レーザーテック、受注高は500億円に</a></li>\n<li>自社の工場を<a href="/f">公開</a>した</li>\n</ul>';
		const kept = texts(body).join('\n');
		expect(kept).not.toContain('レーザーテック');
		expect(kept).toContain('アドバンテストの売上高は2,000億円だった。');
		expect(kept).toContain('自社の工場を公開した');
	});

	test('a 【関連記事】 list is dropped; the text after it is kept', () => {
		const body = '本文です。\n\n【関連記事】\n・エヌビディア、時価総額5兆ドル突破\n・OpenAI、新モデル発表\n\n## 次の話題\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '次の話題', '続きの本文です。']);
	});

	test('a line that is only （関連） or 【関連】 heads such a list; 【関連】 before a headline of its own does not', () => {
		const body = '本文です。\n\n（関連）\n- ディスコ、4〜6月期は出荷額12%増（2026.07.20）\n\n【関連】\n・村田製作所、1〜3月期の売上高は9%増（4/28）\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test('＜関連記事＞ and a 人気記事ランキング open such a list too, numbered or not', () => {
		const body = '本文です。\n\n＜関連記事＞\n・キオクシア、新工場が稼働\n\n人気記事ランキング\n1. 株主優待で月3万円もらう方法\n2. 高配当株を10銘柄買いました\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test("a column's or a newsletter's own earlier pieces (◆関連コラム, 前週の週報：…) are links, not the story", () => {
		const body = '本文です。\n\n◆関連コラム\n・ルネサス決算速報：車載向け売上高は前年比8%減（2026/02/05）\n\n続きの本文です。\n\n**前週の週報**：NEC株、年初来15%高';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test("a release's related releases (このプレスリリースの関連リリース), a newsletter's back issues (過去のレター：…) and the next story with its dateline (【次の記事】… 2026年3月5日 16:05) are not the story", () => {
		const body = [
			'本文です。',
			'',
			'このプレスリリースの関連リリース',
			'・ルネサス、新工場に約2,000億円を投資（2025.06.30）',
			'',
			'続きの本文です。',
			'',
			'過去のレター：2026年9月号「ディスコ、受注高1,000億円の意味」',
			'',
			'【次の記事】ソニーG、子会社の分離を検討　2026年3月5日 16:05',
			'',
			'ソニーグループは子会社の売上高が1兆円だったと発表した。',
		].join('\n');
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test('a line set all in bold is a heading, never a tag cloud, though its words are short and spaced (**2027 年度第 2 四半期の見通し**)', () => {
		expect(texts('本文です。\n\n**2027 年度第 2 四半期の見通し**\n\n- 売上高は 860 億ドルとなる見込みです。')).toContain('heading:2027 年度第 2 四半期の見通し');
	});

	test('a heading that recommends other stories (こちらの記事もおすすめ) opens a list of links', () => {
		const body = '本文です。\n\n**こちらの記事もおすすめ**\n- ELYZA、評価額1000億円　シリーズCで80億円調達\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test('a heading for readers of this story (この記事を読んだ人におすすめ) opens a list of links', () => {
		const body = '本文です。\n\n**この記事を読んだ人におすすめ**\n- PFN、評価額5000億円で追加調達へ\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test('prose under a listed headline and its date (【同カテゴリーの新着記事】 … 2026.02.14 ⏎ 本文) is that story glued on: it runs to the end', () => {
		const body = '本文です。\n\n**【同カテゴリーの新着記事】**\n\nラクス、4〜12月期は増益　経費精算が伸びる\n2026.02.14\n\nラクスが13日発表した4〜12月期決算は、営業利益が98億円だった。\n\n| 項目 | 今期 |\n|---|---|\n| 売上高 | 400 |';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。']);
		const undated = '本文です。\n\n**【同カテゴリーの新着記事】**\n\nラクス、4〜12月期は増益　経費精算が伸びる\n\n続きの本文です。';
		expect(cleanBody(undated).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test("the sender's legal name over its investor page (株式会社X ｜ X Corporation) is no tag cloud", () => {
		expect(isNoiseLine('株式会社ローツェ ｜ RORZE Corporation')).toBe(false);
		expect(isNoiseLine('半導体 決算 AI 受注')).toBe(true);
	});

	test('a heading that offers the next stories to read (### 次に読みたい記事, こちらもおすすめ) opens such a list', () => {
		const body = '本文です。\n\n### 次に読みたい記事\n- [レーザーテック、受注高が前年比31%減](/posts/lasertec/)\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test("a list of related stocks' news (【関連銘柄ニュース】) is dropped too; an advertisement line (【PR】…) is noise", () => {
		const body = '本文です。\n\n【関連銘柄ニュース】\n・ラクス、4〜12月期の売上高25%増\n・ウイングアーク、ARRが20%増の300億円\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
		expect(isNoiseLine('【PR】経費精算クラウド「ケイヒ・ワン」　導入企業は5,000社を突破！')).toBe(true);
		expect(isNoiseLine('PR会社の調べでは、利用者は増えている。')).toBe(false);
	});

	test('whose related news or releases a list is may head it (▼Xの関連ニュース, Xのプレスリリース一覧)', () => {
		const body = '本文です。\n\n▼キオクシアの関連ニュース\n・キオクシア、新工場が稼働（2026/01/10 09:00）\n\nミナト株式会社のプレスリリース一覧\n・ミナト、シリーズAで20億円を調達（2025/04/01）\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test('a heading of a ranking with its numbered headlines in a paragraph of their own is dropped whole', () => {
		const body = '本文です。\n\n### アクセスランキング\n\n1. キオクシア株が一時9%高\n2. ソニー、新型機を発表\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});

	test('an HTML list of related links under its own heading (<h3>関連ニュース</h3><ul><li>…) and a ranking named for what it ranks (個別株アクセスランキング) are dropped; a rule and a heading after them end them', () => {
		const page = [
			'本文です。',
			'',
			'<div class="related">',
			'<h3>関連ニュース</h3>',
			'<ul>',
			'<li><a href="/n/1">ミナト電線、上方修正で株価14%高（9/2）</a></li>',
			'</ul>',
			'</div>',
			'',
			'**銘柄別アクセスランキング**',
			'1. ソラノ電機、一時7%高',
			'',
			'---',
			'',
			'## 別の話題',
			'',
			'続きの本文です。',
		].join('\n');
		const blocks = cleanBody(page).blocks.map(block => block.text);
		expect(blocks.join('\n')).not.toMatch(/14%|7%/);
		expect(blocks).toContain('別の話題');
		expect(blocks).toContain('続きの本文です。');
	});

	test('a cookie consent banner above the story is no title and no first story: the headline under it is the title and its figures are read', () => {
		const page =
			'<div class="cookie-consent">当サイトは、利便性向上のためにCookieを利用しています。閲覧を続けることで同意したものとみなします。<button>同意する</button></div>\n\n# ローム、上期は黒字を確保\n\n2025/11/05 07:00\n\nロームの4〜9月期の売上高は前年同期比3%増の2,300億円だった。';
		const blocks = cleanBody(page).blocks.map(block => block.text);
		expect(blocks.join('\n')).not.toMatch(/Cookie/);
		expect(figures(page, null)).toEqual(['rohm revenue_growth 3 % FY2026-H1 actual', 'rohm revenue 230000000000 JPY FY2026-H1 actual']);
	});

	test('"アクセストップ10" and "このプレスリリースを見た人はこちらも見ています" open such lists too', () => {
		const top = cleanBody('本文です。\n\n### アクセストップ10\n\n1. [キオクシア、設備投資に年5000億円](#)\n2. [ソニー、新型機を発表](#)').blocks.map(block => block.text);
		expect(top.join('\n')).not.toContain('5000億円');
		const release = cleanBody('本文です。\n\nこのプレスリリースを見た人はこちらも見ています\n・NEC、国内AI計算基盤に800億円を追加投資へ').blocks.map(block => block.text);
		expect(release.join('\n')).not.toContain('800億円');
	});

	test('"この記事を読んだ人はこんな記事も読んでいます" opens such a list too', () => {
		const body = '本文です。\n\nこの記事を読んだ人はこんな記事も読んでいます\n・アリババ、クラウド事業を分社化\n\n続きの本文です。';
		expect(cleanBody(body).blocks.map(block => block.text)).toEqual(['本文です。', '続きの本文です。']);
	});
});

describe('English lines', () => {
	test('a short line ending in "." is a sentence, not a heading', () => {
		expect(texts('Oracle reported revenue on May 31.')).toEqual(['paragraph:Oracle reported revenue on May 31.']);
	});
});

describe('tables', () => {
	test('rows are kept as rows, not dropped as tag clouds', () => {
		expect(texts('| 項目 | 金額 |\n|---|---|\n| 売上高 | 7兆2000億円 |')).toEqual(['table:項目 | 金額', 'table:売上高 | 7兆2000億円']);
	});
});

describe('tickers in angle brackets', () => {
	test('a ticker in capitals (スーパー・マイクロ <SMCI> が) is text, so quotes stay as written; an element in capitals (<BR>) is markup', () => {
		expect(stripTags('スーパー・マイクロ <SMCI> が3日<BR>発表した<p>。')).toBe('スーパー・マイクロ <SMCI> が3日発表した。');
	});
});

describe('linear passes over hostile lines (issue 12)', () => {
	const piece = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map(parts => parts.join(''));

	test('stripTags removes what /<(?=[A-Za-z/!?])[^>\\n]{0,2000}>/g removed, without reading 2,000 characters at every "<"', () => {
		fc.assert(
			fc.property(piece(['<', '>', '\n', 'a', 'b<', '<p>', '>>', '<6875>', '</', '<!', '1', 'x'.repeat(1999), 'y'.repeat(2001)]), text => {
				expect(stripTags(text)).toBe(text.replace(/<(?=[A-Za-z/!?])[^>\n]{0,2000}>/g, ''));
			}),
			{numRuns: 2000},
		);
	});

	test('collapseSpaces makes every run of spaces one space, as a global replace did, on short lines and long ones', () => {
		const spaces = piece([' ', '\t', '\u3000', '  ', 'a', 'あ', '😀']);
		fc.assert(
			fc.property(spaces, fc.nat({max: 70_000}), (text, padding) => {
				const line = `${'b'.repeat(padding)}${text}`;
				expect(collapseSpaces(line)).toBe(line.replace(/[ \t\u3000]+/g, ' '));
			}),
			{numRuns: 300},
		);
	});
});
