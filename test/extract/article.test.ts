import {describe, expect, test} from 'vitest';
import {extractArticle} from '../../source/extract/article.js';
import {matcher} from './helpers.js';

const extract = (content: string) => extractArticle({id: 'a', file: 'a.md', content}, matcher);

describe('the title', () => {
	test('from front matter as written, else the lead caption, else the first headline', () => {
		expect(extract('---\ntitle: "ディスコの決算"\ndate: 2026-02-06\n---\n本文。').article.title).toBe('ディスコの決算');
		expect(extract('---\ntitle: "ねえ、どう思う？"\ndate: 2026-02-06\nexcerpt: "ソニー、半導体を分社化"\n---\n本文。').article.title).toBe('ねえ、どう思う？');
		expect(extract('KDDIが新拠点…の画像1\n\n本文です。').article.title).toBe('KDDIが新拠点…');
		expect(extract('ai\n\nTrend visualization for ai\n\nオラクル、大型契約を獲得\n\n本文です。').article.title).toBe('オラクル、大型契約を獲得');
		expect(extract('# NVIDIAの新製品\n\n本文です。').article.title).toBe('NVIDIAの新製品');
	});

	test("a blog excerpt's bold headline stands in for a title that names no company", () => {
		const blog = (title: string, excerpt: string) => extract(`---\ntitle: "${title}"\ndate: 2026-02-06\nexcerpt: "${excerpt}"\n---\n本文。`).article.title;
		expect(blog('やあの行方とは？', '**ソニー、半導体事業を分社化へ**について詳細に分析します。')).toBe('ソニー、半導体事業を分社化へ');
		expect(blog('ソニーの行方とは？', '**キヤノン、新工場を建設へ**について詳細に分析します。')).toBe('ソニーの行方とは？');
		expect(blog('やあの行方とは？', 'ソニー、半導体事業を分社化へ。')).toBe('やあの行方とは？');
	});

	test('without a dateline, a site name, a breadcrumb or a sender line', () => {
		expect(extract('半導体株が反落 | 2025/12/02 15:10 | マーケットデイリー\n\n本文です。東証で売られた。').article).toMatchObject({title: '半導体株が反落', published: '2025-12-02'});
		expect(extract('# ソフトバンク、新社長を発表｜ITビジネスオンライン\n\n本文です。').article.title).toBe('ソフトバンク、新社長を発表');
		expect(extract('# ディスコ、最高益を更新 - 半導体ニュース\n\n本文です。').article.title).toBe('ディスコ、最高益を更新');
		expect(extract('ホーム > ニュース > 半導体\n\n# 東京エレクトロン、新工場\n\n2025/12/01 10:00\n\n本文です。').article).toMatchObject({title: '東京エレクトロン、新工場', published: '2025-12-01'});
		expect(extract('かぶニュース（KABU）　＞　マーケット　＞　個別株\n\n【市況】東京エレクトロンが続伸\n\n配信日時：2025/12/01 10:00\n\n本文です。').article).toMatchObject({title: '【市況】東京エレクトロンが続伸', published: '2025-12-01'});
		expect(extract('2025年12月3日\n株式会社サンプルテック\n\n# 新サービス提供開始のお知らせ\n\n株式会社サンプルテックは本日、新サービスを開始しました。').article.title).toBe('新サービス提供開始のお知らせ');
		// A short name beside the date is the site's when a headline follows.
		expect(extract('テックレビュー ｜ 2026.03.04\n\n# DRAM売上高、SKハイニックスが首位を維持\n\n本文です。').article).toMatchObject({title: 'DRAM売上高、SKハイニックスが首位を維持', published: '2026-03-04'});
		// Short labels only beside the date, the kind of page and its sender, are no headline: the first line is.
		expect(extract('ネットアップ、2026会計年度第2四半期の業績を発表\n\nニュースリリース｜ネットアップ合同会社｜2025/11/27\n\n本文です。').article).toMatchObject({
			title: 'ネットアップ、2026会計年度第2四半期の業績を発表',
			published: '2025-11-27',
		});
		// A site's name over the headline, told by what it is or parted by bars into short labels, is no headline.
		expect(extract('デバイスウォッチ　半導体・部品の専門紙\nニュース ＞ 部品 ＞ 決算\n\n【決算】村田製作所、今期営業益を上方修正　AIサーバー向けが伸びる\n\n2026/01/30 06:00 配信\n\n本文です。').article).toMatchObject({
			title: '【決算】村田製作所、今期営業益を上方修正 AIサーバー向けが伸びる',
			published: '2026-01-30',
		});
		expect(extract('株式投資の教室｜銘柄を読む\n\n村田製作所、今期は2割増益へ　電子部品の底入れ鮮明\n\n2026.01.30　アナリスト 山本\n\n本文です。').article.title).toBe('村田製作所、今期は2割増益へ 電子部品の底入れ鮮明');
		expect(extract('クラウド業界速報\n\nオラクル、受注残が5000億ドル超に　AI向け契約が急増\n\n2025年9月10日 10:05 配信\n\n本文です。').article.title).toBe('オラクル、受注残が5000億ドル超に AI向け契約が急増');
		expect(extract('オラクル、受注残が5000億ドル超に　AI向け契約が急増\nクラウドビジネス・ウィークリー ｜ 2025.09.10 ｜ 決算\n\n本文です。').article.title).toBe('オラクル、受注残が5000億ドル超に AI向け契約が急増');
		expect(extract('# 日経平均が続落、半導体株に売り - 投資ナビ\n\n本文です。').article.title).toBe('日経平均が続落、半導体株に売り');
		// What a site is with its name in 「」 is no headline; a site's name, then the labelled day of posting before the day of a change.
		expect(extract('ニュース配信サービス「ビズワイヤ東京」\n\nラクス、上期の売上高は27%増　経費精算が伸びる\n\nラクス株式会社\n2025年11月12日 15時00分\n\n本文です。').article.title).toBe('ラクス、上期の売上高は27%増 経費精算が伸びる');
		expect(extract('# ラクス、上期は増収\n\nマネーの窓　公開：2025年11月12日 18:00　更新：2025年11月13日 9:10\n\n本文です。').article.published).toBe('2025-11-12');
		// A date that opens a bar-parted line, and a headline that ran on into it; who wrote it is no headline either.
		expect(extract('村田製作所、今期は2割増益へ　電子部品の底入れ鮮明\n2026.01.30｜マネー・ラボ　銘柄コラム\n\n文：アナリスト　山本 一郎\n\n本文です。').article).toMatchObject({
			title: '村田製作所、今期は2割増益へ 電子部品の底入れ鮮明',
			published: '2026-01-30',
		});
		// A headline's own dash stays: "A - B" is no site name unless B reads as one.
		expect(extract('# 2nm半導体 - 量産へ最終段階\n\n本文です。').article.title).toBe('2nm半導体 - 量産へ最終段階');
		// Nor is a subtitle after ｜ that reads as a phrase.
		expect(extract('# ソニー株を少し売りました｜決算を読んで感じたこと\n\n本文です。').article.title).toBe('ソニー株を少し売りました｜決算を読んで感じたこと');
	});

	test('a "# " headline wins over a series name above it; a first line above the sender and dateline wins over a subtitle under them', () => {
		expect(extract('連載 半導体の現場から（第3回）\n\n# 「装置は足りない」 検査機メーカー社長が語る\n\n2026.04.02　聞き手：編集部\n\n検査機の受注が伸びている。').article.title).toBe('「装置は足りない」 検査機メーカー社長が語る');
		expect(extract('ミライデータ、総額40億円を調達 累計は90億円に\n\n株式会社ミライデータ\n2026/5/14 10:00\n\n物流AIの提供地域を広げる\n\n株式会社ミライデータは本日、資金調達を実施しました。').article.title).toBe(
			'ミライデータ、総額40億円を調達 累計は90億円に',
		);
	});

	test("a first line that names the kind of document (…企業調査レポート) heads the headline under its date line; an HTML page's <h1> is its headline", () => {
		expect(extract('ソニーグループ（6758・東証プライム）　企業調査レポート\n発行日：2026/05/20　ミナト証券\n\n## ソニー：ゲームと半導体が伸び、目標株価を引き上げ\n\n### 要旨\n\n業績は堅調だ。').article.title).toBe(
			'ソニー：ゲームと半導体が伸び、目標株価を引き上げ',
		);
		// A first line that names the site's section, parted by a bar ("…　IRニュース｜決算サマリー"), heads it too.
		expect(extract('京セラ株式会社　IRニュース｜決算サマリー\n\n2025/10/31\n\n## 京セラ、中間期は増収　電子部品が回復\n\n京セラは30日、決算を発表しました。').article.title).toBe('京セラ、中間期は増収 電子部品が回復');
		const page = [
			'<div class="site-header">ニュース・アジア ｜ ログイン ｜ 会員登録</div>',
			'<nav class="breadcrumb"><a href="/">トップ</a> &gt; <a href="/business/">経済</a></nav>',
			'',
			'<article>',
			'<h1>中国バイドゥ 売上高が過去最高に　AI投資は倍増</h1>',
			'<p class="dateline">2026年3月19日 12時10分</p>',
			'',
			'<p>中国のIT大手「バイドゥ」は18日、去年1年間の決算を発表しました。売上高は前の年と比べて9%増えました。</p>',
			'</article>',
		].join('\n');
		expect(extract(page).article.title).toBe('中国バイドゥ 売上高が過去最高に AI投資は倍増');
	});

	test('a series name on the dateline under a "# " headline (Xウィークリー Vol.12｜配信日：…) is not the title', () => {
		const {article} = extract('# 週刊半導体ダイジェスト　東京エレクトロン、受注が2割増ほか\n\n半導体マーケット・ウィークリー Vol.12｜配信日：2026年3月7日\n\n今週の主なニュースをまとめました。');
		expect(article).toMatchObject({title: '週刊半導体ダイジェスト 東京エレクトロン、受注が2割増ほか', published: '2026-03-07'});
	});

	test('a stamp of when the page was changed is neither the title nor its date', () => {
		const {article, text} = extract('# 通信3社の決算、そろって増益\n\n最終更新日：2026年5月16日｜公開日：2026年5月15日　記者：経済部\n\n通信3社の決算が出そろった。');
		expect(article).toMatchObject({title: '通信3社の決算、そろって増益', published: '2026-05-15'});
		expect(text).not.toContain('更新日');
		expect(extract('# 電子部品の受注\n\n更新日：2026年3月2日\n\n2026年2月27日 18:00\n\n受注が伸びた。').article).toMatchObject({title: '電子部品の受注', published: '2026-02-27'});
	});

	test("an article's own summary heading is not its title", () => {
		expect(extract('●この記事のポイント\n・KDDIが提携。\n\n本文です。').article.title).not.toBe('この記事のポイント');
	});
});

describe('the published date', () => {
	test.each([
		['2025年11月20日 7:12　テックニュース', '2025-11-20'],
		['2025/10/30 08:40', '2025-10-30'],
		['2025.12.09　半導体ウォッチ', '2025-12-09'],
		['公開日：2025年10月31日　｜　ITジャーナル', '2025-10-31'],
		['投稿日：2025年11月22日　カテゴリー：投資', '2025-11-22'],
		['Posted on 2025-10-30 | by Kenji', '2025-10-30'],
		['November 20, 2025', '2025-11-20'],
		['2025年12月3日(水) 10:00配信', '2025-12-03'],
		['2025/10/24 12:00　最終更新：2025/10/25 9:10', '2025-10-24'],
		['開示日：2026年5月13日 15:30　｜　開示ダイジェスト', '2026-05-13'],
		['発表日：2026年5月13日', '2026-05-13'],
		['投資メモ係タロウ　2026年5月13日 22:05', '2026-05-13'],
		['2026年2月4日午前 9:05 GMT+9', '2026-02-04'],
		['2026年2月4日午後3時', '2026-02-04'],
		['ヒバリ計器株式会社　2026年2月4日 11時00分', '2026-02-04'],
		['【シカゴ＝市場部】2026年2月4日 7:45', '2026-02-04'],
		['2026年03月09日16時45分　マーケット速報', '2026-03-09'],
		['半導体デバイス・ウィークリー　2026.04.08　製造装置', '2026-04-08'],
		['【週刊クラウドレター】2026.04.08 ／ インフラ', '2026-04-08'],
		['部品産業タイムズ　2026.04.08　第1207号', '2026-04-08'],
		['週刊デバイス通信　2026年4月8日　Vol.88', '2026-04-08'],
		['電子部品ダイジェスト　Vol.17　2026.04.08', '2026-04-08'],
		['クラウド週報　第312号　2026年4月8日', '2026-04-08'],
	])('a dateline "%s" is %s, and never text of the article', (dateline, date) => {
		const {article, text} = extract(`# 楽天、新サービス\n\n${dateline}\n\n楽天グループは新サービスを始めた。`);
		expect(article).toMatchObject({published: date, publishedInferred: false});
		expect(text).not.toContain(dateline.slice(0, 8));
	});

	test('a stamp of a later change under the dateline (（…更新）) is not the published date, and a day up to it is past: a move told after the change is dated that day', () => {
		const {article, text, figures} = extract(
			'# レーザーテック、今期最終を上方修正\n\n2026年03月05日15時00分　［株ニュース］\n（2026年03月06日09時40分更新）\n\nレーザーテックが5日大引け後に通期の業績予想を上方修正した。\n\n▼追記\n6日の東京株式市場でレーザーテック株は買いが先行し、一時前日比8.2%高まで上昇した。',
		);
		expect(article.published).toBe('2026-03-05');
		expect(text).not.toContain('更新');
		expect(figures.map(figure => [figure.kind, figure.value, figure.period])).toEqual([['stock_move', 8.2, '2026-03-06']]);
	});

	test('a change stamped in brackets on the dateline itself (…17:30（…9:10更新）) is read the same way', () => {
		const {article, figures} = extract('# ディスコ、上方修正\n\n2026年03月05日 17:30（2026年03月06日 9:10更新）\n\nディスコが5日、通期の業績予想を上方修正した。\n\n【追記】6日の東京株式市場でディスコ株は一時前日比5.1%高まで上昇した。');
		expect(article.published).toBe('2026-03-05');
		expect(figures.map(figure => [figure.kind, figure.value, figure.period])).toEqual([['stock_move', 5.1, '2026-03-06']]);
	});

	test('front matter as written, whatever its time zone', () => {
		expect(extract('---\ntitle: t\ndate: 2026-02-06T00:00:00+09:00\n---\n本文。').article).toMatchObject({published: '2026-02-06', publishedInferred: false});
	});

	test('a date a dateline cannot read (an impossible day) is no date, and never stops extraction', () => {
		const {article, events} = extract('# 見出し\n\n2025/02/30 10:00\n\nKDDIは12日、新サービスを発表した。');
		expect(article.published).toBeNull();
		expect(events).toEqual([]);
	});

	test('without a dateline it is inferred from the latest day the text names, and marked so', () => {
		const {article, events} = extract('見出し\n\n米OpenAIが11月3日、AWSと契約を締結したと発表した。\n\nOpenAIは2019年以降、マイクロソフトと組んできた。2025年に入り、関係が変わった。');
		expect(article).toMatchObject({published: '2025-11-03', publishedInferred: true});
		expect(events.map(event => event.date)).toContain('2025-11-03');
	});

	test('a year-less date is never read after the latest date written with a year', () => {
		const {article, events} = extract('見出し\n\nオラクルは2024年3月5日、新サービスを発表した。\n\nオラクルは12月23日にも提携を発表していた。');
		expect(article).toMatchObject({published: '2024-03-05', publishedInferred: true});
		expect(events.map(event => event.date)).toEqual(['2024-03-05', '2023-12-23']);
	});

	test('a byline with a date and a time is a dateline only at the head: in the text it is a schedule', () => {
		const {article, text} = extract('# 見出し\n\n2025年12月1日 9:00\n\nKDDIが新料金を発表した。\n\n- 説明会 2026年1月20日 14:00\n\nKDDIは詳細を説明会で示す。');
		expect(article.published).toBe('2025-12-01');
		expect(text).toContain('KDDIは詳細を説明会で示す');
	});

	test('an article with no date at all has none', () => {
		expect(extract('AWSは新サービスを発表した。').article).toMatchObject({published: null, publishedInferred: false});
	});
});

describe('a glued second article', () => {
	test("another headline and dateline after the first article ends it: its figures and companies are not the first's", () => {
		const {article, figures, text} = extract(
			'# インテル、黒字転換\n\n2025年10月24日 6:30　半導体ニュース\n\nインテルが23日発表した2025年7〜9月期決算は、売上高が136億ドルだった。\n\n# ソニー、営業益予想を上げる\n\n2025年11月11日 16:10　半導体ニュース\n\nソニーグループは11日、営業利益が1兆4,300億円になると発表した。',
		);
		expect(article).toMatchObject({title: 'インテル、黒字転換', published: '2025-10-24'});
		expect(figures.map(figure => figure.company)).toEqual(['intel']);
		expect(text).not.toContain('ソニー');
		expect(article.companies).toEqual(['intel']);
	});

	test("a news flash after a break, its dateline behind a tag (【速報】 2026/02/12 15:30配信), is another story: none of its figures are the first story's", () => {
		const {figures, text} = extract(
			'# 日東電工、通期予想を上げる\n\n2026年1月28日 17:00\n\n日東電工は28日、2026年3月期の営業利益が2,150億円になる見通しだと発表した。\n\n---\n\n**【速報】** 2026/02/12 15:30配信\n\nヤマハ発動機が12日発表した2025年12月期の連結決算は、純利益が前期比15%減の1,380億円だった。',
		);
		expect(figures.map(figure => figure.company)).toEqual(['nitto-denko']);
		expect(text).not.toContain('ヤマハ');
	});

	test('a second headline of the first level after the prose starts another story, with no dateline of its own', () => {
		const {figures, text} = extract('# インテル、黒字転換\n\n2025年10月24日 6:30\n\nインテルの2025年7〜9月期の売上高は136億ドルだった。\n\n---\n\n# ソニー、最高益\n\nソニーグループの営業利益は1兆4,300億円になる。');
		expect(figures.map(figure => figure.company)).toEqual(['intel']);
		expect(text).not.toContain('ソニー');
	});

	test("the front matter's title repeated as a headline under a note line is the page's own headline, not another story's", () => {
		const {article, figures, text} = extract(
			'---\ntitle: ミドリ電算、通期決算を発表\ndate: 2026-05-14\n---\n\n※本稿は、親会社が13日に公表した英文資料の参考訳です。\n\n# ミドリ電算、通期決算を発表\n\nミドリ電算株式会社の2026年3月期の売上高は412億円でした。',
		);
		expect(article.title).toBe('ミドリ電算、通期決算を発表');
		expect(figures.map(figure => figure.value)).toEqual([41200000000]);
		expect(text).not.toMatch(/^# /m);
	});

	test('a plain headline (a name, a comma) after a thematic break over prose starts another story; a question after one does not', () => {
		const {figures, text} = extract(
			'# インテル、黒字転換\n\n2025年10月24日 6:30\n\nインテルの2025年7〜9月期の売上高は136億ドルだった。\n\n---\n\nサクラ食品、上期の売上高は9%増\n\nサクラ食品株式会社は8日、上期の売上高が前年同期比9%増の52億円になったと発表した。',
		);
		expect(figures.map(figure => figure.company)).toEqual(['intel']);
		expect(text).not.toContain('サクラ食品');
		const interview = extract(
			'# インテル幹部に聞く\n\n2025年10月24日 6:30\n\nインテルの2025年7〜9月期の売上高は136億ドルだった。\n\n---\n\n**Q1. ファウンドリー事業、今後の見通しは？**\n\nインテルのファウンドリー事業の売上高は44億ドルだった。',
		);
		expect(interview.figures.map(figure => figure.value)).toEqual([13600000000, 4400000000]);
	});

	test('after an end marker (---END---) or a rule, a headline under a tag (【速報】) or of any level (## …) with a name and a comma starts another story', () => {
		const lead = '# 富士通、上期は増益\n\n2026年10月30日 16:00\n\n富士通の2026年4〜9月期の営業利益は1,520億円だった。';
		const tagged = extract(`${lead}\n\n---\n\n**【速報】部材のミナト化成、通期予想を下方修正**\n\nミナト化成は30日、通期の純利益が前期比12%減の88億円になる見通しだと発表した。同日の東京市場で株価は一時6%安となった。`);
		expect(tagged.figures.map(figure => figure.company)).toEqual(['fujitsu']);
		expect(tagged.text).not.toContain('ミナト化成');
		const ended = extract(`${lead}\n\n---END---\n\n## アドバンテスト、4〜6月期は最高益\n\nアドバンテストの2026年4〜6月期の純利益は1,050億円だった。`);
		expect(ended.figures.map(figure => figure.company)).toEqual(['fujitsu']);
	});

	test('a rule drawn with bars (――――) is a rule, and a paper reprinting another story below (■紙面の都合により下記記事を再掲します) ends the first', () => {
		const lead = '# 富士通、上期は増益\n\n2026年10月30日 16:00\n\n富士通の2026年4〜9月期の営業利益は1,520億円だった。';
		const barred = extract(`${lead}\n\n――――――――――――\n\nミナト化成、通期予想を下方修正\n\nミナト化成は30日、通期の純利益が前期比12%減の88億円になる見通しだと発表した。`);
		expect(barred.figures.map(figure => figure.company)).toEqual(['fujitsu']);
		const reprinted = extract(`${lead}\n\n■紙面の都合により下記記事を再掲します\n\n電子部品の受注が回復\n\n京セラの4〜9月期の受注高は前年同期比8%増の1兆200億円だった。`);
		expect(reprinted.figures.map(figure => figure.company)).toEqual(['fujitsu']);
		expect(reprinted.text).not.toContain('京セラ');
	});

	test("the story's headline in the language it was first written in (原題：…) is no text of the article", () => {
		const {figures, text} = extract('# xAI、200億ドル調達\n\n2026年1月10日\n\nxAIは評価額2,300億ドルで200億ドルを調達した。\n\n原題：xAI Raises $20 Billion at $230 Billion Valuation');
		expect(figures.map(figure => `${figure.kind} ${figure.value}`)).toEqual(['valuation 230000000000', 'funding 20000000000']);
		expect(text).not.toContain('Raises');
	});

	test('a correction notice: the table under 【訂正前】 and a value written after 訂正前 are withdrawn, the corrected ones stay', () => {
		const {figures} = extract(
			'# 「2026年3月期 第2四半期決算短信」の一部訂正について\n\n2025年11月20日\n\nNECは、2025年10月30日に公表した決算短信の一部を訂正します。この訂正により営業利益は1,250億円（訂正前1,310億円）となります。\n\n【訂正前】\n\n| | 売上収益 | 営業利益 |\n|---|---|---|\n| | 百万円 | 百万円 |\n| 2026年3月期第2四半期 | 1,620,000 | 131,000 |\n\n【訂正後】\n\n| | 売上収益 | 営業利益 |\n|---|---|---|\n| | 百万円 | 百万円 |\n| 2026年3月期第2四半期 | 1,620,000 | 125,000 |',
		);
		expect(figures.map(figure => `${figure.kind} ${figure.value}`)).toEqual(['operating_income 125000000000', 'revenue 1620000000000']);
	});

	test("a stock report's headline on a line of its own over its lead (名前 <コード> が…) starts another story when the headline above names another company; a digest's sections without codes do not", () => {
		const lead = '# レーザーテック、今期最終を上方修正\n\n2026年01月30日15時30分\n\n　レーザーテック <6920> が30日大引け後に決算を発表。上期の連結最終利益は520億円だった。';
		const glued = extract(`${lead}\n\n東京エレクトロン、上期経常は8%増益\n\n　東京エレクトロン <8035> が30日大引け後に決算を発表。上期の連結経常利益は3,100億円だった。`);
		expect(glued.figures.map(figure => figure.company)).toEqual(['lasertec']);
		expect(glued.text).not.toContain('3,100');
		const digest = extract(
			'# 半導体ニュースまとめ\n\n2026年01月30日15時30分\n\nレーザーテック、上期は増益\n\nレーザーテックの上期の連結最終利益は520億円だった。\n\n東京エレクトロン、上期は増益\n\n東京エレクトロンの上期の連結経常利益は3,100億円だった。',
		);
		expect(digest.figures.map(figure => figure.company)).toEqual(['lasertec', 'tokyo-electron']);
	});

	test('a span of months in a table row (2025.04-09 | …) is no dateline of a glued story: the rows and the text after them stay', () => {
		const {figures} = extract(
			'# 東京エレクトロン、上期は増収\n\n2025年11月12日 15:30\n\n東京エレクトロンが決算を発表した。\n\n■上期業績（百万円）\n\n| 決算期 | 売上高 |\n|---|---|\n| 2025.04-09 | 1,245,000 |\n\n同社の2025年4〜9月期の営業利益は3,600億円だった。',
		);
		expect(figures.map(figure => `${figure.kind} ${figure.value} ${figure.period}`)).toEqual(['revenue 1245000000000 FY2026-H1', 'operating_income 360000000000 FY2026-H1']);
	});

	test("a wire story's dateline further down ([大阪 5日 ロイター] - …) starts another story", () => {
		const {figures, text} = extract(
			'# インテル、黒字転換\n\n［ニューヨーク　23日　ロイター］ - インテルが23日発表した2025年7〜9月期決算は、売上高が136億ドルだった。\n\n（翻訳：佐藤一郎）\n\n［大阪　24日　ロイター］ - パナソニックは24日、営業利益予想を4,800億円に上方修正した。',
		);
		expect(figures.map(figure => figure.company)).toEqual(['intel']);
		expect(text).not.toContain('パナソニック');
	});

	test('a "next article" marker ends the article: the story after it is another', () => {
		const {figures, text} = extract('# インテル、黒字転換\n\n2025年10月24日 6:30\n\nインテルの2025年7〜9月期の売上高は136億ドルだった。\n\n◆次の記事◆\n\nソニー、最高益\n\nソニーグループの営業利益は1兆4,300億円になる。');
		expect(figures.map(figure => figure.company)).toEqual(['intel']);
		expect(text).not.toContain('ソニー');
	});

	test("the next story labelled on its headline's line (**次の記事：…**), or under a label with arrows (次の記事 ＞＞), is another story to the end", () => {
		const labelled = extract(
			'# レノボ、増収\n\n2025年11月14日\n\nレノボの2025年7〜9月期の売上高は200億ドルだった。\n\n**次の記事：【速報】しまむら、10月の既存店売上高4.2%増**\n\nしまむらが1日発表した10月の既存店売上高は、前年同月比4.2%増だった。',
		);
		expect(labelled.figures.map(figure => figure.company)).toEqual(['lenovo']);
		expect(labelled.text).not.toContain('しまむら');
		const arrows = extract(
			'# レノボ、増収\n\n2025年11月14日\n\nレノボの2025年7〜9月期の売上高は200億ドルだった。\n\n次の記事 ＞＞\n\n経済 ｜ 2025年11月14日 17:42\n\nしまむら、既存店4.2%増\n\nしまむらが14日発表した10月の既存店売上高は、前年同月比4.2%増だった。',
		);
		expect(arrows.figures.map(figure => figure.company)).toEqual(['lenovo']);
		expect(arrows.text).not.toContain('しまむら');
	});

	test("a timeline's item that opens on a day (- 2025年10月22日　第2工場を着工) is no other story's dateline: the story goes on under it", () => {
		const {figures} = extract(
			'# ラピダス、新棟に着工\n\n2025年11月20日\n\nラピダスは新棟の建設に着手した。\n\n**これまでの歩み**\n- 2024年4月1日　試作ラインを着工\n\nソニーグループが12日発表した2025年4〜9月期の売上高は6兆2,000億円だった。',
		);
		expect(figures.map(figure => figure.company)).toEqual(['sony']);
	});

	test("a release's sender named in letters with a space (会社名　株式会社KOKUSAI ELECTRIC) is its 当社, and the day under its numbered section (## 4．異動予定年月日) is no other story's dateline", () => {
		const body = [
			'# 主要株主の異動及び米ラムリサーチとの提携に関するお知らせ',
			'',
			'2025/07/14',
			'',
			'会社名　株式会社KOKUSAI ELECTRIC',
			'',
			'当社は、当社の主要株主に異動が生じる見込みとなりました。',
			'',
			'## 4．異動予定年月日',
			'',
			'2025年7月18日',
			'',
			'## 5．今後の見通し',
			'',
			'本件が当社の業績に与える影響は軽微です。2026年3月期の連結業績予想（売上収益2,700億円）に変更はありません。',
		].join('\n');
		expect(extract(body).figures.map(figure => `${figure.company} ${figure.value}`)).toEqual(['kokusai-electric 270000000000']);
	});

	test("a line of its own after a rule, over another story's dateline, is that story's headline: its move is not the first's", () => {
		const {figures, text} = extract(
			'# キオクシア、増産へ\n\n2026年5月8日 9:00\n\nキオクシアの2026年1〜3月期の売上高は4,200億円だった。\n\n---\n\n**ミナト電機、通期予想を下げる－株価は一時9%安**\n\n2026年5月7日 15:10 JST\n\nミナト電機は7日、通期の営業利益が前期比20%減になる見通しだと発表した。',
		);
		expect(figures.map(figure => `${figure.company} ${figure.kind}`)).toEqual(['kioxia revenue']);
		expect(text).not.toContain('ミナト電機');
	});

	test('a headline line carrying its own time after a rule starts another story', () => {
		const {figures, text} = extract(
			'# インテル、黒字転換\n\n2025年10月24日 6:30\n\nインテルが23日発表した2025年7〜9月期決算は、売上高が136億ドルだった。\n\n---\n\n■ ソニー、営業益予想を上げる（2025/11/11 16:10）\n\nソニーグループは11日、営業利益が1兆4,300億円になると発表した。',
		);
		expect(figures.map(figure => figure.company)).toEqual(['intel']);
		expect(text).not.toContain('ソニー');
	});
});

describe('the companies of an article', () => {
	test("are those it states a fact about, most first, and the headline's", () => {
		expect(extract('# マイクロン、最高益\n\nAWSとAzureの話。マイクロンの2025年6〜8月期の売上高は112億ドルだった。アームは関係ない。').article.companies).toEqual(['micron']);
	});

	test("an investor page's front matter (company: …) names the 当社 of a text and a title that name nobody", () => {
		const page = '---\ntitle: "2026年3月期 第2四半期決算の概要"\ndate: 2025-11-12\ncompany: 株式会社ディスコ\n---\n\n当社の中間期の売上高は1,950億円、営業利益は780億円となりました。';
		expect(extract(page).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`)).toEqual(['disco revenue 195000000000', 'disco operating_income 78000000000']);
	});
});

test('a headline that introduces a company by its listing code (【決算速報】QRS（9999）…) lets the text name it bare', () => {
	const content = ['# 【決算速報】QRS（9999）9月期は増益', '', '2025/11/07', '', 'QRSは6日、2025年9月期の連結決算を発表した。売上高は前期比8.1%増の843億円となった。'].join('\n');
	const result = extractArticle({id: 'qrs', file: 'qrs.md', content}, matcher);
	expect(result.figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`)).toEqual(['x-qrs revenue_growth 8.1', 'x-qrs revenue 84300000000']);
});

test('a related story glued after the text (【関連】X、… over its story, or a story dated under あわせて読みたい) gives the first no figures', () => {
	const lead = '# ディスコ、上期は増収\n\n2025年11月1日\n\nディスコの4〜9月期の売上高は1,800億円だった。';
	const tagged = extract(`${lead}\n\n【関連】任天堂、上期の純利益20%増\n\n任天堂が4日発表した4〜9月期の純利益は2,000億円だった。`);
	expect(tagged.figures.map(figure => figure.company)).toEqual(['disco']);
	const under = extract(`${lead}\n\n**あわせて読みたい**\n\n■ 任天堂、上期の純利益20%増\n\n2025/11/04 16:05\n\n　任天堂が4日発表した4〜9月期の純利益は2,000億円だった。`);
	expect(under.figures.map(figure => figure.company)).toEqual(['disco']);
});

describe("a headline's short name", () => {
	test('a headline calling a company by its first word (プリファード、…) names it when the text names it in full, as the text after says nothing of whose', () => {
		const body = '# プリファード、200億円調達　トヨタが50億円\n\n2026年10月27日\n\nプリファードネットワークスは27日、総額約200億円を調達したと発表した。トヨタ自動車が50億円を出資した。\n\n従業員数は9月末時点で約420人。';
		const found = extract(body).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`);
		expect(found).toContain('preferred-networks headcount 420');
	});
});
