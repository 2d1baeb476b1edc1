import {describe, expect, test} from 'vitest';
import {mergeEvents} from '../../source/extract/event-merge.js';
import {extractText, figures} from './helpers.js';

const events = (body: string, date: string | null = '2025-11-20', id = 'a') => extractText(body, {id, date}).events;
const brief = (body: string, date?: string | null) => events(body, date).map(event => [event.date, event.kind, event.companies]);
/** The dates and kinds of a sentence's events, in a story of 20 June 2026. */
const datedKinds = (sentence: string) => brief(sentence, '2026-06-20').map(([date, kind]) => `${date} ${kind}`);
const title = (kind: string, companies: readonly string[], amount: {text: string} | null, product: string | null) => [kind, companies.join(' × '), product ?? '', amount?.text ?? ''].filter(Boolean).join(' ');

describe('events', () => {
	test('the month a deal told before is to close (取得は2027年2月に完了する見通し, 4月末までに手続きを終える) is a deal event of that month', () => {
		expect(brief('双日は台湾の部材会社の株式20%を取得すると発表した。取得は2027年2月に完了する見通し。', '2026-10-01')).toEqual([['2027-02', 'deal', ['sojitz']]]);
		expect(brief('兼松は米国の販売会社を買収すると発表した。4月末までに手続きを終える。', '2026-02-10')).toContainEqual(['2026-04', 'deal', ['kanematsu']]);
	});

	test('a service begun on its month (…サービスを2026年7月に始める) is a launch of that month', () => {
		expect(events('KDDIは12日、新会社を設立すると発表した。\n\n同社は法人向けの生成AIサービスを2026年7月に始める。', '2026-02-13').map(event => `${event.date} ${event.kind} ${event.companies.join(',')}`)).toContain('2026-07 launch kddi');
	});

	test("a maker of what is used (AMD製GPUで構成する…の提供を開始) is no actor: the paragraph's company launched it", () => {
		const found = events('KDDIは決算を発表した。2026年1月には、AMD製GPU約1,000基で構成する新たな計算基盤の提供を開始した。', '2026-02-13');
		expect(found.map(event => `${event.date} ${event.kind} ${event.companies.join(',')}`)).toContain('2026-01 launch kddi,amd');
	});

	test("a section headed by another company (## ラクス（5月14日）) tells that company's news in sentences that name nobody, as its figures do", () => {
		const body = '## サイボウズ\n\nサイボウズの売上高は80億円だった。\n\n## ラクス（5月14日）\n\n売上高は120億円だった。3月には経費精算の新サービスを始めた。';
		const found = extractText(body, {date: '2026-05-20', title: '春のSaaS決算を振り返る：サイボウズ、ラクス'}).events.map(event => [event.date, event.kind, event.companies]);
		expect(found).toContainEqual(['2026-03', 'launch', ['rakus']]);
		expect(found).not.toContainEqual(['2026-03', 'launch', ['cybozu']]);
	});

	test('a round of funding named by its month (2023年5月のシリーズC, 8月の前回ラウンド) is an investment of that month', () => {
		expect(brief('プリファードネットワークスの評価額は、2023年5月のシリーズCで付いた水準の3倍に膨らんだ。', '2026-03-10')).toEqual([['2023-05', 'investment', ['preferred-networks']]]);
		expect(brief('ELYZAの調達額は、2025年8月の前回ラウンドを上回った。', '2026-03-10')).toEqual([['2025-08', 'investment', ['elyza']]]);
		expect(brief('ELYZAは第2ラウンドの交渉に入った。', '2026-03-10')).toEqual([]);
	});

	test('the end of support for a product (…のサポートを終了した) is news of its day', () => {
		expect(brief('米オラクルが2025年12月31日に旧版データベースのサポートを終了した。', '2026-01-15')).toEqual([['2025-12-31', 'restructuring', ['oracle']]]);
	});

	test("a shareholders' meeting, shares cancelled and a bond issued are events of their days", () => {
		expect(brief('ディスコの定時株主総会は3月27日だった。', '2026-04-02')).toEqual([['2026-03-27', 'other', ['disco']]]);
		expect(brief('ディスコは自社株800万株を3月31日付で消却した。', '2026-04-02')).toEqual([['2026-03-31', 'other', ['disco']]]);
		expect(brief('ディスコは2025年10月に発行したサステナビリティボンドの資金を新工場に充てる。', '2026-04-02')).toEqual([['2025-10', 'other', ['disco']]]);
	});

	test('a buyback carried out from a month (7月から…自社株買いを行う) starts in that month, ahead of the story', () => {
		expect(brief('ディスコは7月から上限200億円の自社株買いを行う。', '2026-06-10')).toEqual([['2026-07', 'other', ['disco']]]);
		expect(brief('ディスコは8月から上限200億円の自社株買いを行う。', '2026-09-10')).toEqual([['2027-08', 'other', ['disco']]]);
	});

	test('a day under a heading of what is to come (## 今後の予定) is ahead of the story, even with no verb of the future', () => {
		const body = 'ディスコの決算は増収だった。\n\n## 今後の予定\n\n- 3月28日：定時株主総会\n- 5月上旬：決算発表';
		expect(extractText(body, {date: '2026-11-20', title: 'ディスコ決算メモ'}).events.map(event => event.date)).toContain('2027-03-28');
	});

	test('a buyback decided or announced along with the news, without its own day, is of the day the news was announced', () => {
		const lead = '東京エレクトロンは12日、2026年3月期の決算を発表した。\n\n';
		const buybacks = (body: string) => brief(lead + body, '2026-05-13').filter(([, kind]) => kind === 'other');
		expect(buybacks('あわせて、上限を500万株・1,000億円とする自社株買いも発表した（取得期間は2027年2月末まで）。')).toEqual([['2026-05-12', 'other', ['tokyo-electron']]]);
		expect(buybacks('株主還元では、上限300億円の自社株買いを決めた。')).toEqual([['2026-05-12', 'other', ['tokyo-electron']]]);
		// The results announced with it are the news itself.
		expect(brief(lead + '同時に発表した1〜3月期の営業利益は前年同期比12%増だった。', '2026-05-13')).toEqual([['2026-05-12', 'results', ['tokyo-electron']]]);
	});

	test('what a board decided on its day (…自社株買いを14日の取締役会で決議した), or what starts from a day (…6月1日から取得を始める), is named before the day', () => {
		expect(brief('ソシオネクストは上限50億円の自社株買いを14日の取締役会で決議した。', '2026-05-15')).toEqual([['2026-05-14', 'other', ['socionext']]]);
		expect(brief('ソシオネクストは自社株買いの枠を設け、6月1日から取得を始める。', '2026-05-15')).toEqual([['2026-06-01', 'other', ['socionext']]]);
	});

	test('a feature added, a service opened up or set up, a line set moving: each a launch of its month', () => {
		expect(datedKinds('サイボウズは5月、「kintone」に音声で入力できる機能を追加した。')).toEqual(['2026-05 launch']);
		expect(datedKinds('サイボウズは5月から、業務アプリの作成支援を全ての利用者に開放した。')).toEqual(['2026-05 launch']);
		expect(datedKinds('サイボウズは5月、自治体向けの窓口支援サービスを立ち上げた。')).toEqual(['2026-05 launch']);
		expect(datedKinds('サイボウズの新しい開発拠点は5月に動き出した。')).toEqual(['2026-05 launch']);
		expect(datedKinds('サイボウズは5月に中小企業向けの新プランの販売を始めた。')).toEqual(['2026-05 launch']);
		expect(datedKinds('サイボウズは5月から海外子会社にも同じ仕組みを提供し始めた。')).toEqual(['2026-05 launch']);
	});

	test('what starts on a month, whatever it is (量産を12月に始めます), is a launch of that month', () => {
		expect(brief('ルネサスは窒化ガリウム製品の量産を12月に始めます。', '2026-06-20')).toEqual([['2026-12', 'launch', ['renesas']]]);
	});

	test('building work begun, decided or finished (本体工事に着手, 建設することを決議, 増設を終え) is an investment of its month', () => {
		expect(datedKinds('イビデンは5月、岐阜の新工場の本体工事に着手した。')).toEqual(['2026-05 investment']);
		expect(datedKinds('イビデンは5月18日、大垣に新工場を建設することを決議した。')).toEqual(['2026-05-18 investment']);
		expect(datedKinds('イビデンは5月に大垣工場の増設を終えた。')).toEqual(['2026-05 investment']);
	});

	test('a year-less month told with an act in the non-past (9月には…ラインを稼働させる) is ahead; one of a past clause that names something is past', () => {
		expect(brief('イビデンは9月には大垣で増設した生産ラインを稼働させる。', '2026-08-07').map(([date]) => date)).toEqual(['2026-09']);
		expect(brief('1月に資本業務提携を結んだ菱電商事と新光商事の合算シェアは業界4位に相当する。', '2026-11-10').map(([date]) => date)).toEqual(['2026-01']);
		expect(brief('イビデンは10月に買収すると発表したが、その後撤回した。', '2026-11-10').map(([date]) => date)).toEqual(['2026-10']);
		// Done already and so since (…合意していて、), whatever the sentence plans after it.
		expect(brief('京セラは5月にはKDDIと基地局部品の共同開発で合意していて、9月に出荷を始める予定です。', '2026-06-20').map(([date]) => date)).toEqual(['2026-05', '2026-09']);
	});

	test('an order won, a company taken over, a failure, a post taken, a product sold to others (受注しました, 傘下に入った, 適用を申請, 社長に就いた, 副社長に就きます, 外販します) are events of their months', () => {
		expect(datedKinds('TOWAは5月にマイクロンから後工程装置を受注しました。')).toEqual(['2026-05 deal']);
		expect(datedKinds('シャープは2016年8月に鴻海精密工業の傘下に入った。')).toEqual(['2016-08 deal']);
		expect(datedKinds('ウルフスピードは2025年6月に米連邦破産法11条の適用を申請した。')).toEqual(['2025-06 legal']);
		expect(datedKinds('キオクシアでは4月に新しい社長に就いた太田裕雄氏が指揮を執る。')).toEqual(['2026-04 personnel']);
		expect(datedKinds('NECの山田氏は2026年4月1日付で代表執行役副社長に就きます。')).toEqual(['2026-04-01 personnel']);
		// A product built for its own use, sold to others from a month.
		expect(datedKinds('富士通は自社開発の検査ツールを2026年10月に外販します。')).toEqual(['2026-10 launch']);
	});

	test('a section headed by a company and the day it announced (## ラクス（5月14日発表）) is an event of that company and day', () => {
		const body = 'SaaS各社の決算を並べた。\n\n## ラクス（5月14日発表）\n\n売上高は120億円だった。\n\n## 決算の総評（5月20日）\n\n総じて堅調だった。';
		expect(brief(body, '2026-05-21')).toEqual([['2026-05-14', 'other', ['rakus']]]);
	});

	test('what others report (…を結んだと報じられていた, 関係者によると) is no event', () => {
		expect(brief('アップルは昨年6月、オープンAIと数十億ドル規模の契約を結んだと報じられていた。', '2026-03-10')).toEqual([]);
		expect(brief('関係者によると、インテルは11月に新工場の建設を始めた。', '2026-03-10')).toEqual([]);
	});

	test('the day a launch was announced is no event of its own when the launch has its day (…を5月1日から提供すると発表)', () => {
		expect(brief('富士通は4月8日、新しいAIサービスを5月1日から提供すると発表した。', '2026-04-09')).toEqual([['2026-05-01', 'launch', ['fujitsu']]]);
	});

	test('the month a figure is of (6日発表した2月の売上高) dates no event; the day announced does', () => {
		expect(brief('鴻海精密工業が5日発表した1月の売上高は、前年同月比12%増の約200億ドルだった。', '2026-02-06')).toEqual([['2026-02-05', 'results', ['foxconn']]]);
		expect(brief('鴻海精密工業が5日に発表した1月の月次売上高は、前年同月比12%増の約200億ドルだった。', '2026-02-06')).toEqual([['2026-02-05', 'results', ['foxconn']]]);
	});

	test('the day of a release the text draws on (4日の発表資料によると、…となる見込み) is past, not a day of next month', () => {
		expect(brief('マーベルの4日の発表資料によると、2〜4月期の売上高は約25億ドルとなる見込み。', '2026-03-05')).toEqual([['2026-03-04', 'results', ['marvell']]]);
	});

	test('a company that names someone to a post (…をCFOに起用する人事を発表した) makes a personnel event', () => {
		expect(brief('米クアルコムは3日、新たな最高財務責任者（CFO）にジョン・スミス氏を起用すると発表した。', '2026-03-04')).toEqual([['2026-03-03', 'personnel', ['qualcomm']]]);
	});

	test('米本社 is the parent of the company the text is about, not a customer named as an example (…などが導入)', () => {
		const body = 'オラクルの日本法人は20日、国内の導入企業が500社を超えたと発表した。大手ではトヨタ自動車やソニーグループなどが導入を進めている。米本社は3月10日に決算を発表する。';
		expect(brief(body, '2026-01-21')).toEqual([['2026-03-10', 'results', ['oracle']]]);
	});

	test('a figure disclosed (…が1万社を超えたと発表した) is no event; a unit set up from a day (4月1日付で…を新設) is an event of that day only', () => {
		expect(brief('グーグルは15日、Geminiの月間利用者数が7億人に達したと明らかにした。', '2026-01-16')).toEqual([]);
		expect(brief('SCSKは16日、4月1日付で生成AIの専門組織「AIソリューション本部」を新設すると発表した。', '2026-01-17')).toEqual([['2026-04-01', 'launch', ['scsk']]]);
	});

	test('the company a sentence names as the prime example (その代表格が米Xである) is what 同社 means next; a spin-off is a restructuring', () => {
		expect(brief('GPUクラウドの新興勢はエヌビディアの支援を受けて伸びている。その代表格が米ネビウスである。同社は2024年10月に米ナスダック市場に上場した。', '2026-02-10')).toContainEqual(['2024-10', 'other', ['nebius']]);
		expect(brief('パナソニックは2025年4月に電池事業をスピンオフした。', '2026-02-10')).toEqual([['2025-04', 'restructuring', ['panasonic']]]);
	});

	test('a heading that dates what it announces (## 執行役員の異動（2026年4月1日付）, ## 組織改正（…付）) is an event of the company the text is about', () => {
		const body =
			'KDDIは役員人事と組織改正を決めた。\n\n## 1. 執行役員の異動（2026年4月1日付）\n\n- 新任　執行役員：山本　太郎\n\n## 2. 組織改正（2026年7月1日付）\n\n生成AI推進本部を新設する。\n\n## 3. 今後の見通し\n\n詳細は後日公表します。';
		expect(brief(body, '2026-02-20')).toEqual([
			['2026-04-01', 'personnel', ['kddi']],
			['2026-07-01', 'restructuring', ['kddi']],
		]);
	});

	test('a memorandum agreed (覚書を結んだ) is a partnership with the company the text is about', () => {
		expect(events('さくらインターネットは4日、新拠点を発表した。\n\nAMDとは2025年10月、GPUの供給で協力する覚書を結んだ。', '2026-03-05').map(event => `${event.date} ${event.kind} ${event.companies.join(',')}`)).toContain(
			'2025-10 partnership sakura-internet,amd',
		);
	});

	test('a company bought (Xの買収を…完了) is no actor: the one the paragraph is about bought it', () => {
		expect(events('ソフトバンクグループは昨年12月、追加出資の払い込みを完了した。11月には米半導体設計のアンペア・コンピューティングの買収も完了している。', '2026-02-12').map(event => `${event.date} ${event.companies.join(',')}`)).toContain(
			'2025-11 softbank,ampere-computing',
		);
	});

	test('what was announced along with the news (あわせて…も発表した) is an event of the day the news was announced', () => {
		const found = extractText('ソニーグループが6日発表した2025年4〜12月期決算は、純利益が9000億円だった。\n\n同社は通期予想を引き上げた。あわせて1,500億円を上限とする自社株買いも発表した。', {date: '2026-02-06'}).events;
		expect(found.map(event => `${event.date} ${event.companies.join(',')}`)).toContain('2026-02-06 sony');
		expect(found.filter(event => event.date === '2026-02-06')).toHaveLength(2);
	});

	test('a dated action of a company is an event; undated or company-less ones are not', () => {
		expect(brief('ディスコは12日、2025年4〜9月期の決算を発表した。')).toEqual([['2025-11-12', 'results', ['disco']]]);
		expect(brief('ディスコは決算を発表した。')).toEqual([]);
		expect(brief('政府は2025年11月3日、新方針を発表した。')).toEqual([]);
	});

	test('results told as just reported, with their period but no day (…が発表した9〜11月期決算は), are of the month the story came out; not early in a month, nor results to come', () => {
		expect(brief('マイクロンが発表した2025年9〜11月期決算は、売上高が過去最高だった。', '2025-12-20')).toEqual([['2025-12', 'results', ['micron']]]);
		expect(brief('マイクロンが発表した2025年9〜11月期決算は、売上高が過去最高だった。', '2026-01-03')).toEqual([]);
		expect(brief('マイクロンが発表を予定する2025年9〜11月期決算に注目が集まる。', '2025-12-15')).toEqual([]);
	});

	test('a year-less month or day is read toward the past of the publication date', () => {
		expect(brief('ルネサスは12月8日、米新興企業の買収を発表した。', '2026-01-09')).toEqual([['2025-12-08', 'deal', ['renesas']]]);
		expect(brief('アドバンテストは27日、新工場の稼働を始めた。', '2025-11-04')).toEqual([['2025-10-27', 'launch', ['advantest']]]);
	});

	test('…unless the text speaks of what is to come', () => {
		expect(brief('キオクシアは2月に新工場を開業する予定だ。', '2025-11-20')).toEqual([['2026-02', 'launch', ['kioxia']]]);
		// Told as done, the same month is the past one.
		expect(brief('キオクシアは2月に新工場を開業した。', '2025-11-20')).toEqual([['2025-02', 'launch', ['kioxia']]]);
	});

	test('a company whose product a thing is built with comes after whoever acts; a name inside a longer name takes no part', () => {
		const built = extractText('富士通は新たなクラウドを始めた。\n\n2026年9月には、エヌビディアの最新GPUを搭載した上位プランを追加する予定だ。', {title: '富士通、国産クラウドを拡充', date: '2026-05-20'});
		expect(built.events.map(event => [event.date, event.companies])).toEqual([['2026-09', ['fujitsu', 'nvidia']]]);
		const unit = extractText('NECは提携を広げる。\n\n10月には営業部門に専任組織「オラクル協業推進室」を新設する。', {title: 'NEC、オラクルと協業拡大', date: '2026-05-20'});
		expect(unit.events.map(event => [event.date, event.companies])).toEqual([['2026-10', ['nec']]]);
	});

	test('a start of shipments is a launch; 同社 after a short sentence on one company alone is that company', () => {
		expect(brief('キオクシアは好調だ。\n\n追い上げるマイクロンも動く。同社は2月、新型SSDの量産出荷を始めたと発表した。', '2026-03-10')).toEqual([['2026-02', 'launch', ['micron']]]);
		expect(brief('ソニーは7月1日から新型センサーを出荷する。', '2026-05-20')).toEqual([['2026-07-01', 'launch', ['sony']]]);
	});

	test("a month's end told with what happens then (9月末で閉鎖) is that month's event", () => {
		expect(brief('富士通は、大阪の拠点を2026年9月末で閉鎖する。', '2026-01-30')).toEqual([['2026-09', 'restructuring', ['fujitsu']]]);
		expect(brief('富士通の従業員は2025年12月末時点で12万人だった。', '2026-01-30')).toEqual([]);
	});

	test('同日 is the day of the news, not a day something is set for nor the bounds of a stretch', () => {
		const body = '富士通は30日、新社長の人事を発表した。\n\n希望退職の募集期間は3月2日から13日まで。退職日は4月30日となる。\n\n同日発表した2025年4〜12月期決算は減益だった。';
		expect(brief(body, '2026-01-30')).toContainEqual(['2026-01-30', 'results', ['fujitsu']]);
	});

	test('a month of something done already (…を公開済みで, …公開済みです) is past, whatever the sentence plans after it', () => {
		expect(brief('サイボウズは2月には新しいAI機能を公開済みで、6月には大阪に拠点を開く計画だ。', '2026-03-15')).toEqual([
			['2026-02', 'launch', ['cybozu']],
			['2026-06', 'launch', ['cybozu']],
		]);
		expect(brief('サイボウズは2月には新しいAI機能を公開済みです。', '2026-03-15')).toEqual([['2026-02', 'launch', ['cybozu']]]);
	});

	test('a day something was announced on (…に決算を発表し、…と計画する) is past, whatever is planned after it', () => {
		expect(brief('ラクスは11月13日に決算を発表し、来期の売上高を600億円と計画する。', '2025-12-16')).toEqual([['2025-11-13', 'results', ['rakus']]]);
	});

	test('a timeline item opened by its month (**9月**　…) dates its days alone in that month, and the label alone dates nothing more', () => {
		const body = '# 2025年を振り返る\n\n**3月**　12日、楽天グループが新しいAI基盤の構想を発表。\n\n**9月**　オラクルが9日に決算を発表し、24日にはNECが新会社を設立した。\n\n**10月**　AMDがOpenAIとGPU供給で合意した。';
		expect(brief(body, '2025-12-29')).toEqual([
			['2025-03-12', 'other', ['rakuten']],
			['2025-09-09', 'results', ['oracle']],
			['2025-09-24', 'other', ['nec']],
			['2025-10', 'deal', ['amd', 'openai']],
		]);
	});

	test('a filing made on its day (…が24日に提出した有価証券報告書, 年次報告書を提出) is an event', () => {
		expect(brief('ロームが24日に提出した2025年3月期の有価証券報告書を読むと、研究開発費が増えている。', '2025-06-30')).toEqual([['2025-06-24', 'other', ['rohm']]]);
	});

	test('同日 is not a day a count was as of (…3月20日時点で), but the day of the news before it', () => {
		const body = 'メルカリは3月24日、新しい決済機能を始めると発表した。利用登録は3月20日時点で30万件に達した。同日のメルカリ株は前日比6.2%高となった。';
		expect(figures(body, '2026-03-26')).toContainEqual('mercari stock_move 6.2 % 2026-03-24 actual');
	});

	test('the original month of a plan that moved, and a stretch of weeks, date no event', () => {
		expect(brief('当初は2026年1月の開業を予定していたが、設備の納期が遅れた。キオクシアは4月に新工場を開業した。', '2026-04-20')).toEqual([['2026-04', 'launch', ['kioxia']]]);
		expect(brief('メタとアップルが1月下旬から2月上旬にかけて発表した決算は堅調だった。', '2026-02-12')).toEqual([]);
	});

	test('the day a plan was told is past, whatever the plan is for', () => {
		expect(brief('オラクルは2月3日、2026年度の設備投資を500億ドルとする計画を示し、人員も増やす見込みだ。', '2026-02-09')).toEqual([['2026-02-03', 'investment', ['oracle']]]);
	});

	test('a day set for what is to come is ahead of the publication date', () => {
		expect(brief('ディスコは1日、新工場の着工日を12月3日に決めたと発表した。', '2026-10-02').map(event => event[0])).toContain('2026-12-03');
		expect(brief('ディスコは30日に決算の発表を控えている。', '2026-10-29')).toEqual([['2026-10-30', 'results', ['disco']]]);
	});

	test("in a digest, a sentence naming no company is of its paragraph's company, not the headline's", () => {
		const dated = (body: string, title: string, day: string) =>
			extractText(body, {date: '2026-10-02', title})
				.events.filter(event => event.date === day)
				.map(event => event.companies);
		const digest = 'ロームは1日、新工場の稼働延期を発表した。\n\nルネサスは1日、新社長の人事を発表した。4～9月期の決算は10月30日に発表する予定。';
		expect(dated(digest, 'ローム、新工場の稼働を延期', '2026-10-30')).toEqual([['renesas']]);
		// A paragraph that names the headline's company keeps it.
		const same = 'ロームは1日、新工場の稼働延期を発表した。ルネサスは生産を増やす。11月11日に開く説明会で詳細を示す予定だ。';
		expect(dated(same, 'ローム、説明会で詳細', '2026-11-11')).toEqual([['rohm']]);
	});

	test('a launch from a month (Xから提供する) is an event in that month, still to come; a rise from a month is none', () => {
		expect(brief('富士通は3月から、法人向けの翻訳サービスを国内で提供する。', '2026-01-20')).toEqual([['2026-03', 'launch', ['fujitsu']]]);
		expect(brief('富士通の受注は3月から増え続けている。', '2026-01-20')).toEqual([]);
	});

	test('a merger, a new site and a widened offering are events', () => {
		expect(brief('ソフトバンクは2025年4月に子会社「SBテック」を統合した。', '2026-01-20')).toEqual([['2025-04', 'deal', ['softbank-corp']]]);
		expect(brief('ルネサスは2025年10月、大阪に設計拠点を新設した。', '2026-01-20')).toEqual([['2025-10', 'launch', ['renesas']]]);
		expect(brief('グーグルは2025年12月、九州のリージョンでGPUの提供を広げた。', '2026-01-20')).toEqual([['2025-12', 'launch', ['google']]]);
	});

	test('a month of a year named relatively (今年10月), a subsidiary made whole, an operation started', () => {
		expect(brief('富士通は今年6月にはNECとも提携した。', '2025-11-20')).toEqual([['2025-06', 'partnership', ['fujitsu', 'nec']]]);
		expect(brief('ソニーは2025年4月に子会社を完全子会社化した。', '2025-11-20')).toEqual([['2025-04', 'deal', ['sony']]]);
		expect(brief('さくらインターネットは10月、石狩でGPU基盤の運用を始めた。', '2025-11-20')).toEqual([['2025-10', 'launch', ['sakura-internet']]]);
	});

	test('a month after a month with its year is of that year: a plan moved from January to March', () => {
		const found = events('さくらインターネットは15日、新拠点の稼働を2026年1月から3月に延期すると発表した。', '2026-01-16');
		expect(found.map(event => [event.date, event.companies])).toEqual([
			['2026-01-15', ['sakura-internet']],
			['2026-03', ['sakura-internet']],
		]);
		expect(found[1]!.kind).toBe('other');
	});

	test('not events: targets, as-of dates, trading days, periods of results, asides in brackets, profiles', () => {
		expect(brief('ソニーは2030年までに売上高を倍増させる。')).toEqual([]);
		// A month by which a deal is to be completed is when it is planned; a target month of a number is not.
		expect(brief('ソニーは2026年9月末までに買収を完了する予定だ。', '2026-05-10')).toEqual([['2026-09', 'deal', ['sony']]]);
		expect(brief('ソニーは2026年9月末までに売上高を倍増させる。', '2026-05-10')).toEqual([]);
		expect(brief('オラクルの受注残は9月末時点で4,500億ドルに達した。')).toEqual([]);
		expect(brief('18日の東京株式市場でアドバンテスト株は一時5%高となった。', '2025-11-18')).toEqual([]);
		expect(brief('同社は11月〜2026年1月期の売上高を60億ドルと見込む。')).toEqual([]);
		expect(brief('（取材は10月下旬に実施した）')).toEqual([]);
		expect(brief('設立：2019年4月')).toEqual([]);
	});

	test('each date of a sentence is its own event, with its own company', () => {
		expect(brief('NECは28日、富士通は29日にそれぞれ決算を発表した。', '2025-10-31')).toEqual([
			['2025-10-28', 'results', ['nec']],
			['2025-10-29', 'results', ['fujitsu']],
		]);
		// A company the registry does not know is not replaced by the next date's company.
		expect(brief('5月にはミドリノが出資を発表し、7月にはソフトバンクグループが5億ドルを出資した。', '2025-11-20')).toEqual([['2025-07', 'investment', ['softbank']]]);
		// One found by its corporate ending has its own date, and is not a party to the next one.
		expect(brief('5月にはツバサ精工が出資を発表し、7月にはソフトバンクグループが5億ドルを出資した。', '2025-11-20').map(([date, , companies]) => [date, companies?.length])).toEqual([
			['2025-05', 1],
			['2025-07', 1],
		]);
	});

	test('a year-less month told in the non-past is to come; one told as done, or as begun already, is past', () => {
		expect(brief('ソシオネクストは6月に米国に設計拠点を開く。', '2026-05-10')).toEqual([['2026-06', 'launch', ['socionext']]]);
		expect(brief('ソシオネクストは3月に米国に設計拠点を開く。', '2026-05-10')).toEqual([['2027-03', 'launch', ['socionext']]]);
		expect(brief('ソシオネクストは3月に米国で設計拠点の稼働を始めており、増員を急ぐ。', '2026-05-10')).toEqual([['2026-03', 'launch', ['socionext']]]);
		expect(brief('ソシオネクストの会長は12月31日付で退任する。', '2026-05-10')).toEqual([['2026-12-31', 'personnel', ['socionext']]]);
		// A telling done (と発表し、) makes the month past, whatever the sentence goes on to plan.
		expect(brief('ソシオネクストは3月、車載向け事業から撤退すると発表し、人員を成長分野に振り向ける。', '2026-05-10')).toEqual([['2026-03', 'restructuring', ['socionext']]]);
		// An effective day whose own clause is told in the past has come; the past of a telling after it does not make it so.
		expect(brief('ソシオネクストは4月1日付で、設計子会社を吸収合併した。', '2026-05-10').map(event => event[0])).toEqual(['2026-04-01']);
		expect(brief('ソシオネクストは28日、会長が12月31日付で退き、副社長が社長に昇格する人事を発表した。', '2026-05-10').map(event => event[0])).toContain('2026-12-31');
		// A month whose own clause runs on (提携し、) into a plan is the month just gone, not one most of a year ahead.
		expect(brief('さくらインターネットは7月、米エヌビディアと提携し、今後2年で100億円を共同で投じる。', '2026-08-20')).toEqual([['2026-07', 'partnership', ['sakura-internet', 'nvidia']]]);
		// A causative or ichidan past (稼働させた, 始めた) tells a month done as well.
		expect(brief('ディスコは9月に茅野工場の新棟を稼働させたのに続き、2027年1月には広島で新棟の建設を始める。', '2026-11-12').map(event => event[0])).toEqual(['2026-09', '2027-01']);
		// An effective day whose clause runs on (…付で分社化し、…) takes its tense from the clause after: done, it is past.
		expect(brief('ソシオネクストの車載事業は4月1日付で分社化し、新会社として独立させた。', '2026-05-10')).toEqual([['2026-04-01', 'restructuring', ['socionext']]]);
		expect(brief('ソシオネクストの車載事業は7月1日付で分社化し、新会社として独立させる。', '2026-05-10')).toEqual([['2026-07-01', 'restructuring', ['socionext']]]);
		// "決算上は": the accounts a thing is shown in, no results put out.
		expect(brief('ソシオネクストは3月1日付で民生向け事業から撤退し、決算上は非継続事業に区分した。', '2026-05-10')).toEqual([['2026-03-01', 'restructuring', ['socionext']]]);
		// An effective day is to come whatever verb the appointment takes (…に元アマゾン幹部を招く人事).
		expect(brief('ソシオネクストは9日、決算を発表した。4月1日付で設計部門の責任者に元アマゾン幹部を招く人事も明らかにした。', '2026-03-10').map(event => event[0])).toContain('2026-04-01');
	});

	test('a business sold is a deal on the day agreed or handed over; what the seller receives is its figure', () => {
		expect(brief('ソシオネクストは12日、検査装置事業をヤマブキ・キャピタル（Yamabuki Capital）に売却することで合意した。', '2026-05-13')).toEqual([['2026-05-12', 'deal', ['socionext', 'x-yamabuki-capital']]]);
		expect(figures('ソシオネクストは検査装置事業を売却する。譲渡価額は120億円。', '2026-05-13')).toEqual(['socionext other 12000000000 JPY - actual']);
	});

	test('mass production begun and people cut are events', () => {
		expect(brief('キオクシアは10月、新工場で量産を始めた。', '2026-11-20')).toEqual([['2026-10', 'launch', ['kioxia']]]);
		expect(brief('インテルは14日、約2,000人を削減すると発表した。', '2026-11-20').map(([date, kind]) => [date, kind])).toContainEqual(['2026-11-14', 'restructuring']);
	});

	test('a month something starts from is its date when the action is what starts', () => {
		expect(brief('ソニーグループは2月から早期退職者の受け付けを開始する。', '2026-01-15')).toEqual([['2026-02', 'restructuring', ['sony']]]);
		// The start belongs to the promotion, not to the results the sentence reports.
		expect(brief('ソニーグループは2月から始めた販促が効き、売上高が伸びた。', '2026-05-15').map(([, kind]) => kind)).not.toContain('results');
	});

	test('fewer staff announced is a restructuring, and stays apart from results told the same day', () => {
		expect(brief('NECは6日、2027年度末までに従業員数を約3,000人減らす方針を明らかにした。同日発表した4〜12月期決算は増益だった。', '2026-02-07')).toEqual([
			['2026-02-06', 'restructuring', ['nec']],
			['2026-02-06', 'results', ['nec']],
		]);
	});

	test('a plan moved earlier is dated in its own year, and the day it was told of stays past', () => {
		const found = brief('ルネサスは3日、計画している新工場の稼働を当初予定の2027年1月から10月に早めると発表した。', '2026-05-08');
		expect(found.map(([date, , companies]) => [date, companies])).toEqual([
			['2026-05-03', ['renesas']],
			['2026-10', ['renesas']],
		]);
	});

	test('building begun and a buyback are events; a month whose clause is done stays in the past', () => {
		expect(brief('マイクロンは2月に広島で新棟の建設に着工しており、総額1兆5,000億円を投じる計画だ。', '2026-03-19')).toEqual([['2026-02', 'investment', ['micron']]]);
		expect(brief('ソニーグループは5月、上限2,500億円の自社株買いを決めた。', '2026-08-10')).toEqual([['2026-05', 'other', ['sony']]]);
	});

	test('the months of a quarter across a year with the second year abbreviated are no event dates', () => {
		expect(brief('マイクロンが18日発表した2025年12月－26年2月期決算は増収だった。', '2026-03-19')).toEqual([['2026-03-18', 'results', ['micron']]]);
	});

	test('companies reporting results together each have their own event', () => {
		const found = brief('同じ29日にはメタとアマゾンも決算を発表した。', '2026-04-30');
		expect(found.map(([, , companies]) => companies).sort()).toEqual([['amazon'], ['meta']]);
		expect(found.every(([date, kind]) => date === '2026-04-29' && kind === 'results')).toBe(true);
	});

	test("a speaker's plan in the non-past (8月に発表します, 10月に始めます) is ahead; a stock flash's item keeps the day its news came", () => {
		expect(brief('NECの社長は「正式な決算は8月に発表します」と述べた。', '2026-07-15').map(([date]) => date)).toEqual(['2026-08']);
		const flash = brief('ディスコ株は終値で7.8%高となり、13日に発表した26年3月期決算が好感された。', '2026-05-14');
		expect(flash.map(([date, kind]) => [date, kind])).toContainEqual(['2026-05-13', 'results']);
	});

	test("a fiscal year's end (決算期を迎えた) is no event, and a month told in the past is not moved ahead", () => {
		expect(brief('6月に決算期を迎えたNECの社長に、成長戦略と投資計画を聞いた。', '2026-07-15')).toEqual([]);
	});

	test('a company split is a restructuring of the company that splits, not of the company it creates', () => {
		const found = extractText('4月1日を効力発生日として、半導体部品事業を会社分割により新設する「ルネサス・パワー株式会社」に承継させる。', {title: 'ルネサス、部品事業を分社', date: '2026-02-10'}).events;
		expect(found.map(event => [event.date, event.kind, event.companies])).toEqual([['2026-04-01', 'restructuring', ['renesas']]]);
	});

	test("a roundup item led by a company brief does not know is not the headline company's event", () => {
		const found = extractText('NECは好調だった。\n\n回転ずし店を展開するウミカゼフードは11月10日、10月の既存店売上高を発表した。', {title: 'NEC、新サービス', date: '2026-11-12'}).events;
		expect(found.map(event => event.companies)).not.toContainEqual(['nec']);
	});

	test("a sentence that names no company is about the headline's company", () => {
		const found = extractText('AMDは好調だった。アナリストは…とみる。\n\n11月20日に開く説明会で新たな目標を示す予定だ。', {title: 'AMD、新目標を発表へ', date: '2025-11-10'}).events;
		expect(found.map(event => [event.date, event.companies])).toEqual([['2025-11-20', ['amd']]]);
	});

	test('an effective date told in the non-past is to come; 同日 after it is still the day of the news', () => {
		expect(brief('日立製作所は28日、副社長が4月1日付で社長に昇格する人事を発表した。同日発表した2025年4〜12月期決算は増収だった。', '2026-01-29')).toEqual([
			['2026-01-28', 'personnel', ['hitachi']],
			['2026-04-01', 'personnel', ['hitachi']],
			['2026-01-28', 'results', ['hitachi']],
		]);
	});

	test("a disclosure's 同日 is its own date, not a day of an earlier publication or the bound of a span", () => {
		const body = '会社名　テスト電機株式会社\n\n# 業績予想の修正に関するお知らせ\n\n当社は、2025年10月30日に公表した通期業績予想（2025年4月1日〜2026年3月31日）を修正しました。\n\n同日公表の決算短信もご参照ください。';
		expect(extractText(body, {date: '2026-02-05'}).events.map(event => event.date)).toContain('2026-02-05');
		expect(extractText(body, {date: '2026-02-05'}).events.map(event => event.date)).not.toContain('2026-03-31');
	});

	test("a deadline with its year (2026年3月末までに) is no start later months run on from; a statistic released is nobody's event", () => {
		expect(brief('ローツェは、対応を2026年3月末までに終える計画で、2月13日に決算を発表する。', '2026-02-10').map(([date]) => date)).toContain('2026-02-13');
		expect(brief('ローツェは2026年11月に着工し、2月に稼働する。', '2026-02-10').map(([date]) => date)).toContain('2027-02');
		expect(extractText('# ローツェの見通し\n\n今週は9日に米国で12月の雇用統計の発表を控えており、様子見ムードが広がる。', {date: '2026-01-05', title: 'ローツェの見通し'}).events).toEqual([]);
	});

	test('results announced after the close of a day (3日引け後に発表した…決算) are an event of that day', () => {
		expect(brief('ラムリサーチ <LRCX> が3日引け後に発表した10-12月期決算は、売上高が前年同期比20%増だった。', '2026-02-04')).toEqual([['2026-02-03', 'results', ['lam-research']]]);
		expect(brief('ラムリサーチ <LRCX> が3日引け後に発表した決算が嫌気され、時間外取引で8%安となった。', '2026-02-04')).toEqual([['2026-02-03', 'results', ['lam-research']]]);
	});

	test('results put out in or after a named session (5日の米株式市場の取引終了後に…決算を公表した, 5日の取引時間中に発表した…決算) are an event of that day; results that came out on a day (…期決算が8日に出た) too', () => {
		expect(brief('米エヌビディアは5日の米株式市場の取引終了後に、8〜10月期の決算を公表した。', '2026-11-20')).toEqual([['2026-11-05', 'results', ['nvidia']]]);
		expect(brief('アドバンテストが5日の取引時間中に発表した7〜9月期決算は市場予想を上回った。', '2026-11-20')).toEqual([['2026-11-05', 'results', ['advantest']]]);
		expect(brief('ディスコの2026年3月期決算が4月24日に出ました。', '2026-05-02')).toEqual([['2026-04-24', 'results', ['disco']]]);
		expect(brief('アドバンテスト株は5日の取引時間中に12%高となった。', '2026-11-20')).toEqual([]);
	});

	test("a rating agency's move of a credit rating (…の格付けを「Baa2」から「Baa1」に引き上げた, 発行体格付け) is an event of the rated company; a broker's rating is not", () => {
		expect(brief('フィッチは8月、キオクシアの格付けを「BB」から「BB+」に1段階引き上げた。', '2026-09-10')).toEqual([['2026-08', 'other', ['kioxia']]]);
		expect(brief('日本格付研究所は5月、ソフトバンクグループの長期発行体格付けを「A-」から「A」に引き上げた。', '2026-09-10')).toEqual([['2026-05', 'other', ['softbank']]]);
		expect(brief('みずほ証券は8月、キオクシアの格付けを「2」から「1」に引き上げた。', '2026-09-10')).toEqual([]);
	});

	test('what is named before its month and starts or is carried out from it (自社株買いを4月から実施することも決めた) is an event of that month, to come when so told', () => {
		expect(brief('ディスコは上限300億円の自社株買いを4月から実施することも決めた。', '2026-03-12')).toEqual([['2026-04', 'other', ['disco']]]);
		expect(brief('ディスコは自社株買いを4月から始める。', '2026-03-12')).toEqual([['2026-04', 'other', ['disco']]]);
		expect(brief('ディスコは売上高を4月から伸ばした。', '2026-03-12')).toEqual([]);
	});

	test("a release's schedule dates each of its steps (上場予定日は…, - 公開価格決定日：…) for the company it is about", () => {
		const body = '# アオバ電算、上場承認\n\n株式会社アオバ電算は本日、上場承認を受けました。上場予定日は2026年12月18日です。\n\n- 仮条件決定日：2026年12月1日\n- 公開価格決定日：2026年12月9日';
		expect(extractText(body, {date: '2026-11-13'}).events.map(event => [event.date, event.quote.slice(0, 6)])).toEqual([
			['2026-11-13', '株式会社アオ'],
			['2026-12-18', '上場予定日は'],
			['2026-12-01', '仮条件決定日'],
			['2026-12-09', '公開価格決定'],
		]);
	});

	test("a release's table of steps (| 着工 | 2026年6月（岐阜）、2026年9月（タイ） |, | 稼働開始 | 2027年5月（予定） |) dates each for the company it is about", () => {
		const body = '# イビデン、新工場の建設を決定\n\nイビデンは本日、基板の新工場の建設を決議しました。\n\n| 項目 | 内容 |\n|---|---|\n| 投資額 | 350億円 |\n| 着工 | 2026年6月（岐阜）、2026年9月（タイ） |\n| 稼働開始 | 2027年5月（予定） |';
		expect(extractText(body, {date: '2026-04-10', title: 'イビデン、新工場の建設を決定'}).events.map(event => [event.date, event.companies])).toEqual([
			['2026-06', ['ibiden']],
			['2026-09', ['ibiden']],
			['2027-05', ['ibiden']],
		]);
	});

	test('a day in brackets that says it was the announcement (SCREEN（5月12日発表）とイビデン（5月8日発表）は) is an event of the company right before it alone', () => {
		expect(brief('ディスコ（4月17日発表）は、売上高が過去最高だった。\n\nSCREEN（5月12日発表）とイビデン（5月8日発表）は、会社予想が市場予想を上回った。', '2026-05-20').map(([date, , companies]) => [date, companies])).toEqual([
			['2026-04-17', ['disco']],
			['2026-05-12', ['screen']],
			['2026-05-08', ['ibiden']],
		]);
		// Whatever tense the sentence goes on in: "…は相変わらず強いです".
		expect(brief('ディスコ（4月17日発表）は相変わらず強いです。', '2026-05-20').map(([date]) => date)).toEqual(['2026-04-17']);
	});

	test('a price changed (有料版を月額…から…に値上げした), production moved elsewhere (…の一部をタイの工場へ移す) and a line set running (ラインを動かします) are events', () => {
		expect(brief('シャープは4月、有料版を月額500円から700円に値上げした。', '2026-06-10')).toEqual([['2026-04', 'other', ['sharp']]]);
		expect(brief('シャープは2026年9月から、亀山工場で生産している部品の一部をタイの工場へ移す。', '2026-06-10')).toEqual([['2026-09', 'restructuring', ['sharp']]]);
		expect(brief('シャープは8月に新しい組み立てラインを動かします。', '2026-06-10')).toEqual([['2026-08', 'launch', ['sharp']]]);
	});

	test('a place of business opened (…に設計センターを開きました, 東京オフィスを開き, 直営店を開く, 現地法人を設け) is a launch of its month, of no company named in a clause after it', () => {
		expect(brief('ソシオネクストは4月にベトナムに設計センターを開きました。', '2026-06-10')).toEqual([['2026-04', 'launch', ['socionext']]]);
		expect(brief('ソシオネクストは2026年1月に米国に現地法人を設けた。', '2026-06-10')).toEqual([['2026-01', 'launch', ['socionext']]]);
		expect(brief('ソシオネクストは3月に上限を設けた。', '2026-06-10')).toEqual([]);
		// A name in the clause after the action's is that clause's: "…を開き、楽天グループなどが顧客に名を連ねる".
		expect(brief('ソシオネクストは好調だ。日本では2026年4月に東京オフィスを開き、楽天グループやNECが顧客に名を連ねる。', '2026-06-10')).toEqual([['2026-04', 'launch', ['socionext']]]);
	});

	test('同日 with a launch still to come is the day named; a month of a telling (5月、…と発表しており) is past, whatever is planned after it', () => {
		expect(brief('ソニーは11月18日、新モデルを発表した。同日から新サービスで提供する。', '2025-11-19').map(([date]) => date)).toEqual(['2025-11-18', '2025-11-18']);
		expect(brief('ソニーは好調だ。同社は5月、米国に新工場を設けると発表しており、稼働は来年を予定する。', '2026-06-09').map(([date]) => date)).toEqual(['2026-05']);
	});

	test("a disclosure that names its earlier forecast still tells its own day's revision; its sender is the labelled 会社名", () => {
		const body =
			'各　位\n\n会 社 名　株式会社ミナト精機\n（コード番号：9999　東証プライム）\n\n# 業績予想の修正に関するお知らせ\n\n当社は、2025年8月7日に公表した2026年3月期（2025年4月1日〜2026年3月31日）の通期業績予想を、下記のとおり修正いたしましたので、お知らせいたします。';
		const events = extractText(body, {date: '2026-02-09'}).events.map(event => [event.date, event.kind]);
		expect(events).toContainEqual(['2026-02-09', 'results']);
		expect(events).toContainEqual(['2025-08-07', 'results']);
		expect(events.map(([date]) => date)).not.toContain('2026-03-31');
	});

	test('results published on the day named are the news, so a later 同日 is that day; an earlier forecast named is not', () => {
		expect(brief('ソニーが12日公表した2025年4〜12月期の連結決算は増収だった。\n\n同日の取締役会では、2,000億円を上限とする自社株買いも決めた。', '2026-02-13')).toEqual([
			['2026-02-12', 'results', ['sony']],
			['2026-02-12', 'other', ['sony']],
		]);
		const revised = '当社は11月4日に公表した業績予想を修正しました。\n\n同日の取締役会では、自社株買いも決めた。';
		expect(extractText(revised, {date: '2026-02-05'}).events.map(event => event.date)).not.toContain('2025-11-04');
	});

	test('a research firm publishing a survey is no event of the companies in it; a stock move after results is none either', () => {
		expect(brief('調査会社のIDCが12日に公表した調査によると、AWSのシェアは35%だった。', '2026-02-13')).toEqual([]);
		expect(brief('メタ株は決算翌日の1月29日に10%上昇した。', '2026-02-13')).toEqual([]);
	});

	test('what a company also announced (Xはまた、…と発表した) is of the day just named', () => {
		expect(brief('ブロードコムは11日、決算を発表した。\n\nブロードコムはまた、米新興企業を最大20億ドルで買収することで合意したと発表した。', '2025-12-12')).toEqual([
			['2025-12-11', 'results', ['broadcom']],
			['2025-12-11', 'deal', ['broadcom']],
		]);
		expect(brief('ブロードコムはまた、米新興企業を買収することで合意したと発表した。', '2025-12-12')).toEqual([]);
	});

	test('an analyst moving a target is no event of the company; a company founded long ago is none either', () => {
		expect(brief('大和証券は10日、アドバンテストの目標株価を1万5000円に引き上げた。')).toEqual([]);
		expect(brief('テスト社は2019年4月に設立されたスタートアップで、ソニーと組んでいる。')).toEqual([]);
	});

	test('a day told as the day of the news is an event, even when the market moved on it; the move is of the trading day', () => {
		const body = '6日の東京株式市場でソシオネクストは急落した。前日5日に発表した2025年4〜12月期決算で純利益が減ったことが嫌気され、一時15%安まで売られた。';
		const found = extractText(body, {date: '2026-02-06'});
		expect(found.events.map(event => [event.date, event.kind, event.companies])).toEqual([['2026-02-05', 'results', ['socionext']]]);
		expect(found.figures.filter(figure => figure.kind === 'stock_move').map(figure => [figure.value, figure.period])).toEqual([[-15, '2026-02-06']]);
	});

	test("a paragraph opened on a company's measure with its period in brackets (Xの2026年1月期（2026年度）の売上高は) is about that company", () => {
		const body = '# オープンAIの約束\n\n## エヌビディアの実績\n\nエヌビディアの2026年1月期（2026年度）の売上高は2,000億ドルだった。5月に発表した2027年度第1四半期も売上高は伸びた。';
		expect(brief(body, '2026-06-10')).toEqual([['2026-05', 'results', ['nvidia']]]);
	});

	test("a press release's 本日 is the day of the release", () => {
		expect(brief('株式会社ABEJA（本社：東京都港区、以下「ABEJA」）は本日、新サービスの提供を開始しました。', '2026-03-02')).toEqual([['2026-03-02', 'launch', ['abeja']]]);
	});
});

describe('press releases and filings', () => {
	const release = (lead: string, more = '') => `株式会社シラユキ計算\n\n# シラユキ計算、シリーズCで資金調達\n\n${lead}${more}`;
	const dated = (body: string, date = '2026-05-20') => extractText(body, {date}).events.map(event => [event.date, event.kind, event.companies.length]);

	test("a release's lead that tells what its sender did, without a day, is of the day of the release", () => {
		expect(dated(release('株式会社シラユキ計算（本社：東京都目黒区、以下「シラユキ」）は、シリーズCラウンドにおいて総額20億円の資金調達を実施したことをお知らせします。'))).toEqual([['2026-05-20', 'investment', 1]]);
		expect(dated(release('シラユキ計算株式会社（本社：京都市）は、NECと業務提携契約を締結しました。'))).toEqual([['2026-05-20', 'deal', 2]]);
		// A sender whose Latin name has several words.
		const latin = 'Kumo Labs株式会社\n\n# Kumo Labs、シリーズBで資金調達\n\nKumo Labs株式会社（本社：東京都渋谷区）は、総額30億円の資金調達を実施したことをお知らせします。';
		expect(dated(latin)).toEqual([['2026-05-20', 'investment', 1]]);
	});

	test('…not what the lead tells of earlier days, nor a later paragraph, nor a news story without a sender', () => {
		expect(dated(release('株式会社シラユキ計算（本社：東京都目黒区）は、創業からの累計で40億円を調達しました。'))).toEqual([]);
		expect(dated(release('株式会社シラユキ計算（本社：東京都目黒区）は、新たな資本政策をお知らせします。', '\n\n同社は、総額20億円の資金調達を実施しました。'))).toEqual([]);
		expect(dated('株式会社シラユキ計算（本社：東京都目黒区）は、総額20億円の資金調達を実施しました。')).toEqual([]);
	});

	test("a 決算短信 is its company's results on the day it is dated, from its 上場会社名 or the investor pages it came from", () => {
		const form = '上場会社名：カスミ電算株式会社（英文名：Kasumi Densan）　上場取引所：東\n\n## 1．2026年3月期の連結業績（2025年4月1日〜2026年3月31日）\n\n| | 売上高 | 営業利益 |\n|---|---|---|\n| 2026年3月期 | 12,340 | 1,230 |';
		const found = extractText(form, {date: '2026-05-12', title: '2026年3月期 決算短信〔日本基準〕（連結）'});
		expect(found.events.map(event => [event.date, event.kind, event.companies])).toEqual([['2026-05-12', 'results', ['x-kasumi-densan']]]);
		expect(found.text).toContain(found.events[0]!.quote);
		const pages = 'ディスコ株式会社　IR情報\n\n## 1．2026年3月期の連結業績\n\n当期は増収でした。';
		expect(extractText(pages, {date: '2026-04-21', title: '2026年3月期 決算短信〔日本基準〕（連結）'}).events.map(event => [event.date, event.companies])).toEqual([['2026-04-21', ['disco']]]);
		expect(extractText(pages, {date: '2026-04-21', title: '2026年3月期 決算説明会のご案内'}).events).toEqual([]);
	});
});

describe('what happened', () => {
	test.each([
		['ディスコが10日発表した2025年4〜9月期の決算は増収だった。', 'results'],
		['ルネサスは10日、業績予想を上方修正した。', 'results'],
		['オラクルは10日、OpenAIとクラウド契約を結んだ。', 'deal'],
		['グーグルは10日、新興企業を買収すると発表した。', 'deal'],
		['NTTデータは10日、インドのデータセンターに出資した。', 'investment'],
		['富士通は10日、NECと提携すると発表した。', 'partnership'],
		['インテルは10日、新しいCEOが就任したと発表した。', 'personnel'],
		['アップルは10日、欧州委員会から制裁金を科された。', 'legal'],
		['インテルは10日、従業員の削減とリストラを発表した。', 'restructuring'],
		['パナソニックは10日、1,000人の早期退職を募ると発表した。', 'restructuring'],
		['2024年12月、マイクロンがサムスンを訴えた裁判で評決が出た。', 'legal'],
		['ソニーは10日、新型センサーを発売した。', 'launch'],
		['ソフトバンクは10日、画像解析の新サービスを発表した。', 'launch'],
		['富士通は10日、生成AI基盤「Kozuchi Agent」を発表した。', 'launch'],
		['富士通は10日、中期経営計画を発表した。', 'other'],
		['ルネサスは10日、通期の純利益予想を900億円に引き上げた。', 'other'],
		['ツバメ計算機（Tsubame Compute、東京・港）は2027年1月に英国法人を設立する予定だ。', 'other'],
		['経済産業省は10日、さくらインターネットのクラウドが要件を満たしたと認定した。', 'other'],
	])('%s -> %s', (sentence, kind) => {
		expect(events(sentence)[0]?.kind).toBe(kind);
	});
});

describe('merging reports', () => {
	test('the same deal from two articles is one event with two sources, dated as they agree', () => {
		const first = events('米OpenAIが11月3日、AWSと総額380億ドルの提携契約を締結したと発表した。', '2025-11-05', 'a');
		const second = events('2025年11月、オープンAIとAWSは、380億ドルの長期クラウド契約を締結した。', '2025-11-10', 'b');
		const [merged, ...rest] = mergeEvents([...first, ...second], title);
		expect(rest).toEqual([]);
		expect(merged).toMatchObject({date: '2025-11', companies: ['openai', 'amazon'], kind: 'deal', title: 'deal openai × amazon 380億ドル'});
		expect(merged!.sources.map(source => source.article)).toEqual(['a', 'b']);
	});

	test('different amounts of a deal, different days or months stay apart', () => {
		const deal = events('オラクルは2025年9月、OpenAIと3,000億ドルの契約を結んだ。', null, 'a');
		const other = events('オラクルは2025年9月、OpenAIと100億ドルの契約を結んだ。', null, 'b');
		const later = events('オラクルは2025年10月、OpenAIと3,000億ドルの契約を結んだ。', null, 'c');
		expect(mergeEvents([...deal, ...other, ...later], title)).toHaveLength(3);
		expect(mergeEvents([...events('NECは28日、決算を発表した。', '2025-10-31', 'a'), ...events('NECは29日、決算を発表した。', '2025-10-31', 'b')], title)).toHaveLength(2);
	});

	test('a fine and a suit for damages told for one day stay two legal events', () => {
		const body = '公正取引委員会は8日、日本オラクルに課徴金42億円の納付を命じた。国内のデータ事業者2社は同日、同社に計9億円の損害賠償を求める訴訟を起こした。';
		expect(mergeEvents(events(body, '2026-07-09'), title).map(event => [event.date, event.kind, event.companies])).toEqual([
			['2026-07-08', 'legal', ['oracle']],
			['2026-07-08', 'legal', ['oracle']],
		]);
	});

	test('a launched product names its event', () => {
		const found = events('NECは10日、法人向けAIサービス『cotomi Pro』の提供を開始した。', '2025-11-13');
		expect(mergeEvents(found, title).map(event => [event.kind, event.title])).toEqual([['launch', 'launch nec cotomi Pro']]);
	});

	test('results of one day are one event whatever figures each report quotes', () => {
		const found = events('東京エレクトロンは12日、純利益が5,000億円になりそうだと発表した。同日発表した決算は、売上高が1兆1,600億円だった。', '2025-11-13');
		expect(mergeEvents(found, title)).toHaveLength(1);
	});

	test('a decision of the same day as results is an event of its own in one article, not in another', () => {
		const body = 'アドバンテストは30日、2026年3月期の決算を発表した。同日開いた取締役会で、自己株式の取得を決めた。';
		expect(
			mergeEvents(events(body, '2026-05-01'), title)
				.map(event => event.kind)
				.sort(),
		).toEqual(['other', 'results']);
		const first = events('アドバンテストは30日、2026年3月期の決算を発表した。', '2026-05-01', 'a');
		const second = events('アドバンテストは30日、取締役会を開いた。', '2026-05-01', 'b');
		expect(mergeEvents([...first, ...second], title).map(event => event.kind)).toEqual(['results']);
	});
});

describe('what is nobody the text knows', () => {
	test("a research firm's ranking that names no company beside its date is no company's event", () => {
		const body = '# エヌビディアがシェア首位\n\n米調査会社オムディアは9日、2026年の世界半導体売上高ランキングを公表した。';
		expect(events(body, '2027-02-10').map(event => [event.date, event.companies])).toEqual([]);
	});

	test('what companies at large or a statistic do (一部の企業が…開く, 統計が公表される) is no event of the headline company', () => {
		const body = '# 東京エレクトロンが増益\n\n東京エレクトロンは10日、決算を発表した。\n\n## 来週の予定\n\n15日に米国の一部半導体企業が投資家説明会を開く。18日には国内の電子部品の出荷統計が公表される予定だ。';
		expect(events(body, '2026-02-11').map(event => [event.date, event.companies])).toEqual([['2026-02-10', ['tokyo-electron']]]);
	});
});

describe('who acted', () => {
	test('a company that names a site (旧パナソニック工場跡地で) takes no part in what is done there', () => {
		expect(brief('KDDIは10日、大阪府のパナソニック旧工場跡地でAIデータセンターの建設を始めたと発表した。', '2026-02-11')).toEqual([['2026-02-10', 'investment', ['kddi']]]);
	});

	test('a price change told as done from a day on (…を4月1日から引き下げると発表した) is of the day to come', () => {
		expect(brief('日本オラクルは20日、クラウドの保存料金を4月1日から2割引き下げると発表した。', '2026-03-21').map(event => event[0])).toContain('2026-04-01');
		expect(brief('日本オラクルは20日、クラウドの保存料金を4月1日から2割引き下げると発表した。', '2026-03-21').map(event => event[0])).not.toContain('2025-04-01');
	});

	test('an effective day told before the telling (…4月1日付で、…部を新設する組織改正も発表した) is to come', () => {
		expect(brief('ルネサスエレクトロニクスは10日、決算を発表した。同社は4月1日付で、車載事業を統括する「モビリティ本部」を新設する組織改正も発表した。', '2026-02-11')).toEqual([
			['2026-02-10', 'results', ['renesas']],
			['2026-04-01', 'restructuring', ['renesas']],
		]);
	});

	test('a topic that names the action before its day (就任は1月1日付。, 発売は3月19日。) dates it; an effective day with nothing after is to come', () => {
		expect(brief('ディスコは新しい最高技術責任者を迎える。就任は1月1日付。', '2025-11-21')).toEqual([['2026-01-01', 'personnel', ['disco']]]);
		expect(brief('ソニーグループは新型カメラを投入する。発売は3月19日。', '2026-03-02')).toEqual([['2026-03-19', 'launch', ['sony']]]);
	});

	test('the end of what is made, sold or served (生産を8月末で終える, 出荷を2月末で終了する) is an event to come; an end of anything else (移行を終える計画, 取引を終えた) is none', () => {
		expect(brief('京セラは、滋賀工場の液晶部品の生産を8月末で終えることを決めた。', '2026-02-10')).toEqual([['2026-08', 'restructuring', ['kyocera']]]);
		expect(brief('キオクシアは2月末で個人向けSSDの出荷を終了する。', '2025-12-04')).toEqual([['2026-02', 'restructuring', ['kioxia']]]);
		expect(brief('KDDIは、2028年3月までに基幹システムの移行を終える計画だ。', '2026-02-10').map(event => event[1])).not.toContain('restructuring');
	});

	test('where a person came from (元…幹部の, …出身の) takes no part in their appointment', () => {
		expect(brief('ソシオネクストは9日、元キオクシア財務部門幹部の田中一郎氏を11月1日付でCFOに迎える人事を発表した。', '2026-09-10').flatMap(event => event[2])).toEqual(['socionext', 'socionext']);
		expect(brief('ソシオネクストは9日、ルネサス出身の田中一郎氏を11月1日付でCTOに迎える人事を発表した。', '2026-09-10').flatMap(event => event[2])).toEqual(['socionext', 'socionext']);
	});

	test('a day told in the non-past of what will happen on it (…2月25日に発表会を開き、新機種を披露すると案内している) is to come', () => {
		expect(brief('ソニーグループは3月4日に都内で発表会を開き、新型カメラを披露すると案内している。', '2026-01-20').map(event => event[0])).toEqual(['2026-03-04']);
	});

	test('the original month of a plan brought forward (当初予定の…から前倒しし) is no event', () => {
		expect(brief('ソフトバンクは堺の拠点を拡張する。運用開始を当初予定の2027年5月から前倒しし、2027年2月に稼働させる。', '2026-06-01')).toEqual([['2027-02', 'launch', ['softbank-corp']]]);
	});

	test('the day a share price was marked (…につけた上場来高値) is no event', () => {
		expect(brief('さくらインターネットは堅調だ。株価は2025年2月につけた上場来高値を下回っている。', '2026-01-15')).toEqual([]);
	});

	test('the maker of machines put to use (米AMDのGPUを北海道に導入した) takes no lead in the event', () => {
		expect(brief('さくらインターネットはクラウドを広げる。2025年5月には約300億円を調達し、米AMDの新型GPUを北海道に導入した。', '2026-01-15').map(event => (event[2] as string[])[0])).toEqual(['sakura-internet']);
	});

	test("a day in brackets after each name (A（1月28日）、B（2月4日）の決算が出そろった) is that company's results", () => {
		expect(brief('マイクロソフト（1月27日）、メタ（1月29日）の10〜12月期決算が出そろった。', '2026-02-02')).toEqual([
			['2026-01-27', 'results', ['microsoft']],
			['2026-01-29', 'results', ['meta']],
		]);
	});

	test('a month of a year written in two digits (25年12月に発表した) dates its event', () => {
		expect(brief('キオクシアが25年12月に発表した決算は増収だった。', '2026-03-05')).toEqual([['2025-12', 'results', ['kioxia']]]);
	});

	test("a grant decided for a company its sentence names (…は23年5月にも…補助金の交付が決まっており) is that company's event; one for a project the sentence names no company of is none", () => {
		expect(brief('ラピダスは24年4月にも最大5,900億円の補助金の交付が決まっている。', '2026-03-05')).toEqual([['2024-04', 'other', ['rapidus']]]);
		expect(brief('ラピダスは工場を建てる。\n\n経済産業省は昨年12月、同事業に最大500億円の補助金を交付することを決めた。', '2026-03-05')).toEqual([]);
	});

	test('a plant that stopped making something (…の生産を停止した) is a restructuring', () => {
		expect(brief('ソニーグループは2025年3月、長崎の工場で旧型センサーの生産を停止した。', '2026-01-10')).toEqual([['2025-03', 'restructuring', ['sony']]]);
	});

	test('a business moved to a new company (事業を新会社に移管する) is a restructuring', () => {
		expect(brief('NECは10日、説明会を開いた。2027年4月に半導体設計事業を新会社に移管する。', '2026-11-11')).toContainEqual(['2027-04', 'restructuring', ['nec']]);
	});

	test('also announced with a month of its own (同社はまた、…月に…設立すると発表した) is no event of the day named before', () => {
		expect(brief('NECは5日、新しい中期計画を発表した。同社はまた、2027年1月に量子事業を担う新会社を設立すると発表した。', '2026-11-06').map(event => event[0])).toEqual(['2026-11-05', '2027-01']);
	});

	test('a company founded with its month between (新会社を来年4月に設立すると発表した) is an event of that month, beside the month it was told', () => {
		expect(brief('KDDIは6月、通信設備の保守を担う新会社を来年1月に設立すると発表した。', '2026-08-20').map(event => event[0])).toEqual(['2026-06', '2027-01']);
	});

	test('the first of those the money came from (AやBなどから…調達) is no actor: the company the paragraph is about raised it', () => {
		const body = '# ソニー、画像AIの米ルミナと提携\n\nソニーグループは3日、画像AIの米ルミナ（Lumina Labs）と提携した。\n\nルミナは2019年創業。2025年4月にはエヌビディアや米データブリックスなどから7,000万ドルを調達した。';
		expect(events(body, '2026-06-04').map(event => [event.date, event.companies[0]])).toContainEqual(['2025-04', 'x-lumina-labs']);
		expect(events(body, '2026-06-04').map(event => event.companies[0])).not.toContain('nvidia');
	});

	test('an inspection by the regulator (立ち入り検査) is a legal event of the company inspected', () => {
		expect(brief('日本オラクルは業績が好調だ。公取委は2025年6月に同社へ立ち入り検査をしていた。', '2026-03-02')).toEqual([['2025-06', 'legal', ['oracle']]]);
	});

	test('the month a decision was made (5月に決めた自社株買い) is past in the non-past sentence that tells of it', () => {
		expect(brief('ソニーグループの社長は「5月に決めた上限1,000億円の自社株買いは順調に進む」と話した。', '2026-02-10')).toEqual([['2025-05', 'other', ['sony']]]);
	});

	test('a deal made with others (9月にはXと…契約を結び) is also the company the paragraph is about', () => {
		const body = '最後にコアウィーブ。GPUクラウド専業の同社は受注を伸ばす。9月にはメタと計算資源の供給契約を結んだ。';
		expect(events(body, '2026-01-14').map(event => [event.date, event.companies])).toEqual([['2025-09', ['coreweave', 'meta']]]);
	});

	test("an issue of bonds (…の社債を発行した) is the issuer's event and its funding", () => {
		const body = 'オラクルは好調だ。同社は11月に180億ドルの社債を発行した。';
		const found = extractText(body, {date: '2026-01-14'});
		expect(found.events.map(event => [event.date, event.companies])).toEqual([['2025-11', ['oracle']]]);
		expect(found.figures.map(figure => [figure.company, figure.kind, figure.value])).toEqual([['oracle', 'funding', 18000000000]]);
	});
});

test('a year-less month of what was announced in the non-past right after it (新機能を12月に追加すると発表した) is to come; a month the clause opens on (3月にはXが…買収すると発表) is when it was told', () => {
	expect(brief('会計ソフトのfreeeは同日、請求書を自動で読み取る機能を12月に追加すると発表したが、株価の反応は鈍かった。', '2025-11-14').map(([date]) => date)).toContain('2025-12');
	expect(brief('3月にはソフトバンクグループが米半導体設計会社を60億ドルで買収すると発表した。', '2025-12-28').map(([date]) => date)).toEqual(['2025-03']);
});

test("the day a share's price is told of (…の株価が13日、急騰し上場来高値を更新した) is a trading day, no event", () => {
	expect(brief('ラクスの株価が4日、急騰し上場来高値を更新した。', '2026-02-05')).toEqual([]);
	expect(brief('ラクスは4日、新サービスの提供を始めた。', '2026-02-05').map(([date]) => date)).toEqual(['2026-02-04']);
});

test('the month of a shareholders meeting still to come (6月下旬の定時株主総会後に…昇格させる) and a month told as the earliest (6月にも…見通し) are this year, not last', () => {
	expect(brief('東京エレクトロンは同日、6月下旬の定時株主総会後に副社長を社長に昇格させる人事も発表した。', '2026-02-10')).toEqual([['2026-06', 'personnel', ['tokyo-electron']]]);
	expect(brief('買収が成立すれば、ディスコは7月にも上場廃止となる見通しだ。', '2026-02-10').map(([date]) => date)).toEqual(['2026-07']);
	// One told as done is the one before.
	expect(brief('アドバンテストは6月の定時株主総会で選任された新社長のもとで改革を進めている。', '2026-02-10').map(([date]) => date)).toEqual(['2025-06']);
});

test("a tender offer's period (公開買付期間は…から…まで) opens and closes on its days, each a deal of the buyer; a day alone that opens it is the one to come, and a close without its year is after the opening", () => {
	const body = '富士通は9日、新光電気工業に対してTOBを実施すると発表した。公開買付期間は10日から11月21日までの30営業日。';
	expect(brief(body, '2025-10-09').filter(([date]) => date !== '2025-10-09')).toEqual([
		['2025-10-10', 'deal', ['fujitsu']],
		['2025-11-21', 'deal', ['fujitsu']],
	]);
	expect(brief('キヤノンは28日、TOBの開始を決めた。買付期間は12月1日から1月19日まで。', '2025-11-28').filter(([date]) => date !== '2025-11-28')).toEqual([
		['2025-12-01', 'deal', ['canon']],
		['2026-01-19', 'deal', ['canon']],
	]);
	// Told months after it closed, the period is the one just gone.
	expect(brief('キヤノンのTOBは成立した。買付期間は8月4日から9月16日までだった。', '2025-11-20').map(([date]) => date)).toEqual(['2025-08-04', '2025-09-16']);
});

test('a close a tender offer price is set against (…前の11日終値に40%のプレミアムを上乗せした) is no day of the news: 同日 after it is the day the offer was announced', () => {
	const body = 'ソニーは12日、子会社にTOBを実施すると発表した。買付価格は、報道が出る前の11日終値に40%のプレミアムを上乗せした。子会社は同日の取締役会でTOBへの賛同を決議した。';
	expect(brief(body, '2026-02-12').map(([date]) => date)).toEqual(['2026-02-12', '2026-02-12']);
});

test('a buyback decided (自社株を取得することを決めた) is an event of its day, and its acquisition period (取得期間は…から…まで) starts on its first day only', () => {
	expect(brief('TDKは5日、800億円を上限に自社株を取得することを決めた。取得期間は11月6日から来年3月31日まで。', '2025-11-05')).toEqual([
		['2025-11-05', 'other', ['tdk']],
		['2025-11-06', 'other', ['tdk']],
	]);
	// Not a tender offer's period, which opens and closes.
	expect(brief('イビデンは自己株式の取得を決議した。取得期間は2月2日から5月29日まで。', '2026-01-30').map(([date]) => date)).toEqual(['2026-02-02']);
});

test('a table of funding rounds (| 企業 | 調達額 | 調達時期 |) gives each row its round on the day or month the row names; a table of another width after it is a table of its own', () => {
	const body = [
		'国内AI新興の大型調達を振り返る。',
		'',
		'| 順位 | 企業 | 調達額 | 調達時期 |',
		'|---|---|---|---|',
		'| 1 | ELYZA | 60億円 | 2025年8月 |',
		'| 2 | LayerX | 40億円 | 2025年6月 |',
		'',
		'| 企業 | 発表日 | 調達額 | 評価額 |',
		'|---|---|---|---|',
		'| Cohere | 9月3日 | 5億ドル | 70億ドル |',
		'',
		'| 企業 | 売上高 | 決算期 |',
		'|---|---|---|',
		'| Sansan | 300億円 | 2025年5月 |',
	].join('\n');
	expect(brief(body, '2025-11-20')).toEqual([
		['2025-08', 'investment', ['elyza']],
		['2025-06', 'investment', ['layerx']],
		['2025-09-03', 'investment', ['cohere']],
	]);
});

test('a table of what companies did (| 事業者 | 発表 | 投資額 | 稼働予定 |, | 会社 | 内容 | 時期 |) dates each row by its date columns, of the kind its header or its words say', () => {
	const body = [
		'国内データセンターの主な計画をまとめた。',
		'',
		'| 事業者 | 所在地 | 発表 | 投資額 | 稼働予定 |',
		'|---|---|---|---|---|',
		'| さくらインターネット | 北海道石狩市 | 2025年3月 | 約1,000億円 | 2027年4月 |',
		'| KDDI | 大阪府堺市 | 2025年6月 | 非開示 | 2026年下期 |',
		'',
		'| 会社 | 内容 | 時期 |',
		'|---|---|---|',
		'| 富士通 | 米社と生成AIで業務提携 | 2025年9月 |',
	].join('\n');
	expect(brief(body, '2025-11-20')).toEqual([
		['2025-03', 'investment', ['sakura-internet']],
		['2027-04', 'launch', ['sakura-internet']],
		['2025-06', 'investment', ['kddi']],
		['2025-09', 'partnership', ['fujitsu']],
	]);
});

test('a timeline of deals (| 年月 | 当事者 | 内容 |) gives each row an event of all its parties, a row whose words hold a full stop included', () => {
	const body = [
		'AI半導体を巡る主な取引をまとめた。',
		'',
		'| 年月 | 当事者 | 内容 | 規模 |',
		'|---|---|---|---|',
		'| 2025年8月 | クアルコム→アーム | 設計資産の利用で合意。長期のライセンス契約 | 非公表 |',
		'| 2025年10月 | マイクロソフト→アンソロピック | 出資 | 最大40億ドル |',
	].join('\n');
	expect(brief(body, '2025-12-01')).toEqual([
		['2025-08', 'deal', ['qualcomm', 'arm']],
		['2025-10', 'investment', ['microsoft', 'anthropic']],
	]);
});

test("a company's funding rounds (| ラウンド | 時期 | 調達額 | 主な投資家 |), no company column, are the article's company's, whichever investors a row names; a row with no month (累計) gives none", () => {
	const body = [
		'Preferred Networksは資金調達の歩みを公表した。',
		'',
		'| ラウンド | 時期 | 調達額 | 主な投資家 |',
		'|---|---|---|---|',
		'| シリーズA | 2023年5月 | 約100億円 | トヨタ自動車、NTT |',
		'| シリーズB | 2024年10月 | 約160億円 | SBIホールディングス |',
		'| 累計 | － | 約260億円 | － |',
	].join('\n');
	const rounds = extractText(body, {date: '2025-12-01', title: 'Preferred Networks、累計調達額が260億円に'}).events.map(event => [event.date, event.kind, event.companies]);
	expect(rounds).toEqual([
		['2023-05', 'investment', ['preferred-networks']],
		['2024-10', 'investment', ['preferred-networks']],
	]);
	const amounts = extractText(body, {date: '2025-12-01', title: 'Preferred Networks、累計調達額が260億円に'}).figures.map(figure => [figure.company, figure.kind, figure.value]);
	expect(amounts.slice(0, 2)).toEqual([
		['preferred-networks', 'funding', 10_000_000_000],
		['preferred-networks', 'funding', 16_000_000_000],
	]);
});

test('a row of the days results came out (| 決算発表日 | 8月28日 | 7月30日 |) under companies as columns gives each its results on its day', () => {
	const body = ['2社の決算を比べた。', '', '| | マーベル | アーム |', '|---|---|---|', '| 決算発表日 | 8月28日 | 7月30日 |', '| 売上高 | 20億ドル | 10億ドル |'].join('\n');
	expect(brief(body, '2025-09-02')).toEqual([
		['2025-08-28', 'results', ['marvell']],
		['2025-07-30', 'results', ['arm']],
	]);
});

test('the plan a change departs from (当初予定の3月から) is no time to come: the day the change was told, opening the sentence, is past', () => {
	const body = 'NECは12月16日、新データセンターの稼働を、当初予定の4月から2月に早めると発表した。';
	expect(brief(body, '2026-01-06').map(([date]) => date)).toContain('2025-12-16');
});

test("同社 after what the article's company owns opened a clause (アンソロピックの500億ドルは…が、同社は) is that company, in that paragraph and the next", () => {
	const body =
		'# アンソロピック、米国に500億ドル投資\n\n米アンソロピックは12日、米国のAIインフラに500億ドルを投じると発表した。\n\nもっとも、先行するOpenAIとの差は大きい。OpenAIは計算資源の契約が総額1兆ドルを超えるとされる。アンソロピックの500億ドルは桁が一つ小さいが、同社は調達先を分散している。\n\n日本でも動きが速い。同社は10月に東京オフィスを開設した。';
	expect(brief(body, '2025-11-13')).toEqual([
		['2025-11-12', 'investment', ['anthropic']],
		['2025-10', 'launch', ['anthropic']],
	]);
});
