import {describe, expect, test} from 'vitest';
import {buildDataset} from '../../source/extract/dataset.js';
import {discoverCompanies} from '../../source/extract/discover.js';
import {defaultRegistry} from '../../source/extract/registry.js';
import {extractText, matcher} from './helpers.js';

const names = (text: string) => discoverCompanies(text.normalize('NFKC'), matcher).map(company => [company.name, company.aliases]);

describe('companies the registry does not know', () => {
	test('the short name a release goes on to use, written without brackets (以下Kestrel）), names the company in Latin letters', () => {
		expect(discoverCompanies('画像認識の実用化を目指すハヤブサ株式会社（本社：東京都港区、代表取締役：山田太郎、以下Kestrel）は本日、資金調達を発表しました。'.normalize('NFKC'), matcher).map(company => [company.id, company.name])).toEqual([
			['x-kestrel', 'Kestrel'],
		]);
		// "…を手がけるX株式会社": the describing verb may have kana between its stem and its ending.
		expect(names('物流ロボットを手がけるミズナラ株式会社は、新製品を発表した。')).toEqual([['ミズナラ', []]]);
	});

	test('the short name a sentence gives another company introduced after this one (当社は、株式会社Y（以下「買付者」）…) is not this one\'s; nor is ある of "日本法人であるX株式会社" part of a name', () => {
		expect(names('株式会社ツバメ精機\n\n当社は本日、株式会社ヒバリ興産（以下「買付者」といいます。）による当社株式の公開買付けに賛同します。')).toEqual([
			['ツバメ精機', []],
			['ヒバリ興産', ['買付者']],
		]);
		expect(names('英Kite Labの日本法人であるカイトラボ株式会社は本日、新拠点を開設しました。')).toEqual([['カイトラボ', []]]);
	});

	test('a Latin name with its legal form and the short name it goes by (… Pty Ltd（以下「Osprey社」）) is the company under its whole name, the short one its alias', () => {
		expect(names('当社は、豪州のデータ分析会社Osprey Insight Partners Pty Ltd（以下「Osprey社」）の全株式を取得します。Osprey社の従業員は約90名です。')).toEqual([['Osprey Insight Partners', ['Osprey Insight Partners', 'Osprey']]]);
	});

	test("a works introduced with where it is and a site inside it (…製作所（兵庫県尼崎市）の…事業所内に), or named after the company's legal form (X株式会社　Y製作所), is part of the company, no company", () => {
		expect(names('富士電機株式会社（本社：東京都品川区）は、パワー半導体製作所（長野県松本市）の北工場内に新棟を建てる。')).toEqual([]);
		expect(names('富士電機株式会社（本社：東京都品川区）は、パワーデバイス製作所（長野県松本市）の北工場内に新棟を建てる。')).toEqual([]);
		// Nor is a division after the company's legal form on a contact line ("X株式会社　Y製作所　営業部").
		expect(names('富士電機株式会社は新棟を建てる。\n\nお問い合わせ先\n\n富士電機株式会社　パワー半導体製作所　営業部')).toEqual([]);
	});

	test('a label in brackets before a name and its legal form (【お問い合わせ先】X株式会社, 【X株式会社の概要】) is no part of the name', () => {
		expect(names('ミズナラ株式会社は新製品を発表した。\n\n【お問い合わせ先】ミズナラ株式会社　広報部')).toEqual([['ミズナラ', []]]);
	});

	test('the last word of a name written with spaces (…テクノロジーズ ジャパン（東京・品川）) is a legal ending alone, no company', () => {
		expect(names('日本法人のマイクロチップ・テクノロジー ジャパン（東京・港）によると、国内の受注は堅調だった。')).toEqual([]);
	});

	test("a katakana name with a maker's ending that the text also calls a business (コンシューマ通信は… beside コンシューマ通信事業の) is no company", () => {
		expect(names('ドコモのコンシューマ通信事業の営業利益は減った。コンシューマ通信は12%減益だった。')).toEqual([]);
		expect(names('電子部品中堅のオオトリ電機は増益だった。')).toEqual([['オオトリ電機', []]]);
	});

	test('a product with its Latin abbreviation (米電気自動車（EV）大手の…) is no company; a maker with its own (北陸重工（HJI）) is one', () => {
		expect(names('米電気自動車（EV）大手のモモンガ・モーターズが決算を発表した。').map(([name]) => name)).not.toContain('米電気自動車');
		expect(names('北陸重工（HJI）は新型タービンを発表した。')).toEqual([['北陸重工', ['HJI']]]);
		expect(names('量子技術を使った暗号通信（QKD）が伸びた。')).toEqual([]);
	});

	test("a Latin name ranked in a research firm's list (3位のZentek（…）は, 5位はOrvisの) is a company", () => {
		expect(names('調査会社によると、3位のZentek（中国）は9%、5位はOrvisの4.2%だった。')).toEqual([
			['Zentek', ['Zentek']],
			['Orvis', ['Orvis']],
		]);
	});

	test('a ranked line or heading names its company between the rank and its figure (2位　ミヤマ・ロボティクス　18.4%)', () => {
		expect(names('2位　ミヤマ・ロボティクス　18.4%\n\n- 3位 Kitefin 12.0%')).toEqual([
			['ミヤマ・ロボティクス', []],
			['Kitefin', ['Kitefin']],
		]);
		expect(names('市場で2位 シェアを伸ばした')).toEqual([]);
	});

	test("a company named right after its trade and a comma (老舗の計測器商社、北辰の), or before its head in an interview's headline (ヨシダ精工・山本一郎社長), is a company", () => {
		expect(names('老舗の計測器商社、北辰の2026年3月期決算は増収だった。')).toEqual([['北辰', []]]);
		expect(names('台湾の検査装置中堅、KTセミテックは3月に決算を発表した。')).toEqual([['KTセミテック', []]]);
		expect(names('# 【社長に聞く】ヨシダ精工・山本一郎社長「次は北米」')).toEqual([['ヨシダ精工', []]]);
		expect(names('# 【トップに聞く】ツバキ計測社長「監視事業を柱に」\n\n同社の売上高は伸びた。')).toEqual([['ツバキ計測', []]]);
		expect(names('新社長「若手を登用」と語った。')).toEqual([]);
		expect(names('# 【インタビュー】キオクシア副社長「増産を急ぐ」')).toEqual([]);
		expect(names('# 【トップに聞く】米カエデ日本法人社長「蓄電は伸びる」')).toEqual([['カエデ', []]]);
		expect(names('同社・山本一郎社長は語った。電子部品、需要の回復は遅れた。')).toEqual([]);
		// Latin capitals that open a known name the text writes in full are that company, not a new one.
		expect(names('# SOMPO・佐藤副社長に聞く\n\nSOMPOホールディングスは生成AIで保険金の支払い査定を速める。')).toEqual([]);
	});

	test('a Latin name with its US ticker (米Orbitex（ティッカー：ORBX）, Quillon（QLLN）) is a company under that name, the ticker its alias; not a word with letters of its own (Ethernet（PoE）)', () => {
		expect(names('米Orbitex（ティッカー：ORBX）の7〜9月期は増収だった。ORBXは5%高。')).toEqual([['Orbitex', ['Orbitex', 'ORBX']]]);
		expect(names('Quillon（QLLN）が特許訴訟で勝った。')).toEqual([['Quillon', ['Quillon', 'QLLN']]]);
		expect(names('Ethernet（PXE）で起動する。')).toEqual([]);
	});

	test("an officer's title after the legal form (X株式会社 代表取締役社長 氏名のコメント) is no company", () => {
		expect(names('### ミズナラ株式会社 代表取締役社長 山田 花子のコメント')).toEqual([['ミズナラ', []]]);
		expect(names('カシワ株式会社 取締役CTO 鈴木 一郎')).toEqual([['カシワ', []]]);
	});

	test('the clause that describes a company (…を提供するX株式会社) is no part of its name', () => {
		expect(names('物流向けの需要予測サービスを提供するミズナラ株式会社（本社：東京都中央区）は、新サービスを始めた。')).toEqual([['ミズナラ', []]]);
		expect(names('本ラウンドに参加した東亜電機株式会社（以下 東亜電機）と提携しました。').map(([name]) => name)).toEqual(['東亜電機']);
	});

	test('株式会社X (以下「Y」), X株式会社, 東証プライム上場のX, X（証券コード：NNNN）, X社, a start-up named as one', () => {
		expect(names('株式会社ミライチップ（本社：東京都港区、代表取締役：山田太郎、以下「ミライ」）は本日発表した。')).toEqual([['ミライチップ', ['ミライ']]]);
		expect(names('両社はあおぞらデータ株式会社と組む。')).toEqual([['あおぞらデータ', []]]);
		expect(names('東証プライム上場のソラノワークスは…')).toEqual([['ソラノワークス', []]]);
		expect(names('ヒカリ半導体（証券コード：1234）は…')).toEqual([['ヒカリ半導体', []]]);
		expect(names('ノヴァテック社は…')).toEqual([['ノヴァテック', []]]);
		expect(names('エヌビディアは米新興企業エッジフローを買収する。')).toEqual([['エッジフロー', []]]);
		expect(names('株式会社Example Labs（以下「EL」）は…')).toEqual([['Example Labs', ['Example Labs', 'EL']]]);
	});

	test('the country before a katakana name with its Latin name (米レカ（Reka AI）) is no part of the name, so its short name is the company; investors listed before などから give, they do not raise', () => {
		const found = extractText(
			'アップルは12日、AI開発の米キラ（Kira AI）と契約を結んだ。\n\nキラは2023年に、米グーグル傘下のディープマインドやメタの研究者らが設立した。2025年7月にはエヌビディアや米スノーフレークなどから2億ドルを調達した。',
			{date: '2026-02-13'},
		);
		expect(found.figures.map(figure => [figure.company, figure.kind, figure.value])).toEqual([['x-kira-ai', 'funding', 200000000]]);
		expect(discoverCompanies('AI開発の米キラ（Kira AI）と契約を結んだ。'.normalize('NFKC'), matcher).map(company => company.japaneseNames)).toEqual([['キラ']]);
	});

	test('a subsidiary with a Latin name straight after the word (日本子会社JX（熊本県菊陽町）が) is a company of its own', () => {
		expect(names('ソニーの日本子会社SSJ（熊本県菊陽町）が新工場を建てる。')).toEqual([['SSJ', ['SSJ']]]);
	});

	test('the last word of a known Latin name before its address (株式会社Sakana AI（本社：…）) is no company of its own', () => {
		expect(names('株式会社Sakana AI（本社：東京都港区、代表取締役：山田花子、以下「当社」）は本日発表した。')).toEqual([]);
	});

	test("a subsidiary listed on its own, with the short name the text calls it by (子会社X（Y）), is found once with that short name, and its figures are its own, not the parent's", () => {
		const text = 'ニコンは12日、東証プライム上場の子会社ニコンシステムソリューションズ（ニコンSS）にTOBを実施すると発表した。ニコンSSの2025年12月期の売上高は820億円だった。';
		expect(names(text)).toEqual([['ニコンシステムソリューションズ', ['ニコンSS']]]);
		expect(extractText(text, {date: '2026-03-12'}).figures.map(figure => `${figure.company} ${figure.kind} ${figure.value}`)).toEqual([expect.stringMatching(/^x-[0-9a-f]+ revenue 82000000000$/)]);
	});

	test('a katakana name with its Latin name of two words is a company named in English; a research firm is none', () => {
		expect(names('国内ではアサギリデータ（Asagiri Data）が10日、新拠点を開いた。')).toEqual([['Asagiri Data', ['Asagiri Data']]]);
		expect(names('株式会社ユウナギAI（本社：東京都港区）は…。会社名：株式会社ユウナギAI（Yunagi AI Inc.）')).toEqual([['Yunagi AI', ['Yunagi AI']]]);
		expect(names('調査会社のシナジー・リサーチ・グループ（Synergy Research Group）によると…')).toEqual([]);
	});

	test('a name labelled as English beside the company (英文名：…) names it; page furniture after 株式会社 names nobody', () => {
		expect(names('上場会社名：ミズホシ電算株式会社（英文名：Mizuhoshi Densan）　上場取引所：東')).toEqual([['Mizuhoshi Densan', ['Mizuhoshi Densan']]]);
		expect(names('ミズホシ電算株式会社　IR情報 > 決算短信')).toEqual([['ミズホシ電算', []]]);
	});

	test('a name that starts in kanji, with its romanised name in Latin letters, is a company; a term explained in English is none', () => {
		expect(names('電子部品の白樺精工（Shirakaba Seiko）は6日、新工場を建てると発表した。')).toEqual([['Shirakaba Seiko', ['Shirakaba Seiko']]]);
		expect(names('同日、子会社の若葉ネットワークス（Wakaba Networks）を吸収した。')).toEqual([['Wakaba Networks', ['Wakaba Networks']]]);
		expect(names('月影通信ホールディングス（英文名：Tsukikage Tsushin Holdings）は5日、中間決算を発表した。')).toEqual([['Tsukikage Tsushin Holdings', ['Tsukikage Tsushin Holdings']]]);
		expect(names('大規模言語モデル（Large Language Model）や広帯域メモリー（High Bandwidth Memory）の需要が伸びた。')).toEqual([]);
	});

	test('words that say what a company is stay out of its name; one company introduced twice is one', () => {
		const found = discoverCompanies('東証プライム上場の物流システム開発会社カエデシステム（Kaede Systems）を買収する。'.normalize('NFKC'), matcher);
		expect(found.map(company => [company.name, company.japaneseNames])).toEqual([['Kaede Systems', ['カエデシステム', 'カエデ']]]);
		expect(names('ツバキホールディングス（Tsubaki Holdings）は…。ツバキホールディングスは同日、…')).toEqual([['Tsubaki Holdings', ['Tsubaki Holdings']]]);
	});

	test('a katakana name before a word that says what the company does is read by its katakana alone later', () => {
		const japanese = (text: string) => discoverCompanies(text.normalize('NFKC'), matcher).map(company => company.japaneseNames);
		expect(japanese('新興のセキレイAI（Sekirei AI）は20億ドルを調達した。')).toEqual([['セキレイAI', 'セキレイ']]);
		expect(japanese('部品大手のアカツキ電子（Akatsuki Electronics）は増益だった。')).toEqual([['アカツキ電子', 'アカツキ']]);
		expect(japanese('受託開発のヒイラギシステムズ（Hiiragi Systems）が上場した。')).toEqual([['ヒイラギシステムズ', 'ヒイラギ']]);
		// A head that is itself a known company is no short form of another.
		expect(japanese('ソフトバンクAI（Softbank AI Labs）が発足した。')[0]).not.toContain('ソフトバンク');
	});

	test('the Latin name may come labelled inside the bracket (カワセミAI（英文名：Kawasemi AI）), with で after it; or beside a later 同社', () => {
		expect(names('リード投資家はカワセミ・キャピタル（Kawasemi Capital）で、ほかに2社が出資した。')).toEqual([['Kawasemi Capital', ['Kawasemi Capital']]]);
		expect(names('対話AIのカワセミAI（英文名：Kawasemi AI）。10月に20億円を調達した。')).toEqual([['Kawasemi AI', ['Kawasemi AI']]]);
		expect(names('ヒバリシステムズ<4321>がストップ高。同社（英文名：Hibari Systems）は1日、上方修正を発表した。')).toEqual([['Hibari Systems', ['Hibari Systems']]]);
	});

	test("a filing's head gives the English name on a line of its own", () => {
		expect(names('上場会社名 株式会社ユキシロ電算 上場取引所 東\n\n英文名 Yukishiro Densan Co., Ltd.\n\nコード番号 9999')).toEqual([['Yukishiro Densan', ['Yukishiro Densan']]]);
	});

	test('the Latin name may share its bracket with where the company is based', () => {
		expect(names('測量機器のシロガネ電子（Shirogane Electronics、新潟県長岡市）は9日、新型機を出した。')).toEqual([['Shirogane Electronics', ['Shirogane Electronics']]]);
		expect(names('株式会社ナギサクラウド（Nagisa Cloud、本社：東京都品川区、以下「ナギサ」）は本日発表した。')).toEqual([['Nagisa Cloud', ['ナギサ']]]);
		expect(names('画像処理のトビウオ演算（Tobiuo Compute、東京・港）は新工場を設ける。')).toEqual([['Tobiuo Compute', ['Tobiuo Compute']]]);
	});

	const japanese = (text: string) => discoverCompanies(text.normalize('NFKC'), matcher).map(company => company.japaneseNames);

	test('a katakana name standing apart from its group word before its code (ハルニレ グループ（9999）), and a start-up with its reading in brackets (スタートアップのKoyomi（コヨミ）が)', () => {
		expect(japanese('ハルニレ グループ（9999）｜2026年3月期 決算短信の要点')).toEqual([['ハルニレ グループ']]);
		expect(names('物流AIスタートアップのKoyomi（コヨミ）が10日、資金調達を発表した。')).toEqual([['Koyomi', ['Koyomi']]]);
	});

	test('a company introduced with the city it is based in (…機器（浜松市）が), any city, not a works of the same shape', () => {
		expect(japanese('計測機器のミズナラ・テクノ機器（浜松市）が5日に発表した決算は増収だった。')).toEqual([['ミズナラ・テクノ機器', 'ミズナラ']]);
		expect(japanese('ミズナラ・テクノの第2工場（浜松市）が稼働した。')).toEqual([]);
	});

	test('a company introduced with where it is listed or based and its English name after (英文名 without a colon)', () => {
		expect(names('受託開発大手のモミジ・システムズ（東証プライム、英文名Momiji Systems）は5日、決算を発表した。')).toEqual([['Momiji Systems', ['Momiji Systems']]]);
		expect(names('翻訳AIを手がけるスタートアップのツツジ翻訳研究所（東京・渋谷、英文名Tsutsuji Translation Lab）は、20億円を調達した。')).toEqual([['Tsutsuji Translation Lab', ['Tsutsuji Translation Lab']]]);
	});

	test("a known company's arm in Japan (インテル日本法人) is that company, no new one", () => {
		expect(names('インテル日本法人（東京都千代田区）も8月から希望退職者を募る。')).toEqual([]);
	});

	test('two Japanese names that share their Latin letters are two companies', () => {
		const found = discoverCompanies('株式会社ホタルAI（本社：東京都港区）と株式会社ツバキAI（本社：大阪市北区）は提携した。'.normalize('NFKC'), matcher);
		expect(found.map(company => company.name)).toEqual(['ホタルAI', 'ツバキAI']);
		expect(new Set(found.map(company => company.id)).size).toBe(2);
	});

	test('a listing code after a known name that starts in hiragana, or with HD after it, introduces nobody new', () => {
		expect(names('さくらインターネット<3778>が続伸した。キオクシアHD<285A>は反落した。')).toEqual([]);
	});

	test('words ending in a verb before 株式会社 name nothing, and a release calling itself 当社 gives no alias', () => {
		expect(names('画像認識の基盤を開発する株式会社Lumoa（本社：東京都渋谷区、以下「当社」）は本日発表した。')).toEqual([['Lumoa', ['Lumoa']]]);
	});

	test('a foreign company by its country and a katakana name of several words (米X・Yを買収) is a company, read by its first word later', () => {
		const found = discoverCompanies('ソニーは米ハヤテ・システムズを買収すると発表した。ハヤテの売上高は10億ドル。米シリコンバレーの新興企業も多い。'.normalize('NFKC'), matcher);
		expect(found.map(company => [company.name, company.japaneseNames])).toEqual([['ハヤテ・システムズ', ['ハヤテ・システムズ', 'ハヤテ']]]);
	});

	test('a katakana or Latin name after what it leads (…大手のX) is a company', () => {
		expect(names('富士通は、ネットワーク監視大手のカモメに対してTOBを実施する。中堅のBlueWave株は急騰した。大手のメーカーは静観する。')).toEqual([
			['カモメ', []],
			['BlueWave', ['BlueWave']],
		]);
	});

	test('a name with a corporate ending and the part of it the text calls it by (日本X電子工業（X電子）) is a company, read by that part later', () => {
		expect(names('NECは、日本ミナト電子工業（ミナト電子）を買収する。ミナト電子の売上高は900億円。大和化学（東洋）は別件だ。')).toEqual([['日本ミナト電子工業', ['ミナト電子']]]);
	});

	test('a Latin name straight after what it leads (重電大手XYZから) is a company; a katakana word there (大手メーカー) is not', () => {
		expect(names('ソニーは、スイスの計測大手QRTからセンサー事業を買い取る。電機大手メーカーも関心を示した。')).toEqual([['QRT', ['QRT']]]);
	});

	test('a foreign company by its country, what it does and a katakana name of several words (米半導体設計のX・Y) is a company', () => {
		const found = discoverCompanies('アームは米半導体設計のミサゴ・シリコンを買収した。'.normalize('NFKC'), matcher);
		expect(found.map(company => company.name)).toEqual(['ミサゴ・シリコン']);
	});

	test('a Latin name of several words before 株式会社 is whole; the line after 株式会社, a date or a desk, names nobody', () => {
		expect(names('Kumo Labs株式会社\n2026年4月2日 10時00分\n\nKumo Labs株式会社（本社：東京都渋谷区）は本日発表した。\n\nKumo Labs株式会社 広報担当')).toEqual([['Kumo Labs', ['Kumo Labs']]]);
	});

	test('a katakana name with a corporate ending, and a name with where it is based in brackets', () => {
		expect(names('計測機器中堅のカザハナ電機は5日、新工場を建てると発表した。')).toEqual([['カザハナ電機', []]]);
		expect(names('量子計算を手がけるアオバ・クオンタム（東京・千代田）は…')).toEqual([['アオバ・クオンタム', []]]);
		expect(names('検査装置のQuarkSight（京都市）が…')).toEqual([['QuarkSight', ['QuarkSight']]]);
		expect(names('英ノースゲート・ロボティクス（ケンブリッジ州）と…')).toEqual([['ノースゲート・ロボティクス', []]]);
		expect(names('富士通は米ベルナ・システムズ（テキサス州）を買収する。')).toEqual([['ベルナ・システムズ', []]]);
		// A place a company runs is not one: "北上データセンター（岩手県北上市）".
		expect(names('同社は北上データセンター（岩手県北上市）の隣に建てる。')).toEqual([]);
		expect(names('新しいデータセンター（岩手県北上市）が稼働した。')).toEqual([]);
	});

	test('a listing code in brackets gives the company its ticker, also when 株式会社 introduced it first', () => {
		const tickers = (text: string) => discoverCompanies(text.normalize('NFKC'), matcher).map(company => [company.name, company.ticker]);
		expect(tickers('ソラノ電機（東証スタンダード：6789）は新工場を建てる。')).toEqual([['ソラノ電機', '6789']]);
		expect(tickers('株式会社ツバサ精工（本社：名古屋市）は…。ツバサ精工（証券コード：4321）の株価は…')).toEqual([['ツバサ精工', '4321']]);
		// A bracket that is no listing code gives no ticker; the name's corporate ending still makes it a company.
		expect(tickers('ツバサ精工（代表：佐藤）は…')).toEqual([['ツバサ精工', null]]);
		// A stock page writes the code alone in the bracket after the name; a year in a bracket is none.
		expect(tickers('KUMOGATA（4871）は5%高、ミナト歯車（6499）も続伸した。')).toEqual([
			['KUMOGATA', '4871'],
			['ミナト歯車', '6499'],
		]);
		expect(tickers('展示会のCEATEC（2025）では…')).toEqual([]);
	});

	test('a company named as a subsidiary or technology company, and a corporate name with its Latin abbreviation', () => {
		expect(names('ソニーは傘下の半導体技術会社ヒカリセンサの株式を売却する。')).toEqual([['ヒカリセンサ', []]]);
		expect(names('アンソロピックは大和総合研究所（DIR）と提携した。')).toEqual([['大和総合研究所', ['DIR']]]);
		expect(names('広帯域メモリー（HBM）の需要が伸びた。')).toEqual([]);
		expect(names('ルネサスの米国預託証券（ADR）が上がった。')).toEqual([]);
		// A broker (…証券) speaks as an analyst does: it is named, and no company of the dataset.
		expect(names('東海東京証券（TTS）の分析では')).toEqual([]);
		expect(names('中央電機工業（CDK）の分析では')).toEqual([['中央電機工業', ['CDK']]]);
	});

	test('a foreign company with its Latin name: a readable id, and the first word of its katakana name for what follows', () => {
		const [company] = discoverCompanies('日立は米ノースブリッジ・パワー・システムズ（Northbridge Power Systems）を買収する。'.normalize('NFKC'), matcher);
		expect(company).toMatchObject({id: 'x-northbridge-power-systems', name: 'Northbridge Power Systems', japaneseNames: ['ノースブリッジ・パワー・システムズ', 'ノースブリッジ'], aliases: ['Northbridge Power Systems']});
		const extraction = extractText('日立は米ノースブリッジ・パワー・システムズ（Northbridge Power Systems）を買収する。ノースブリッジは2010年創業だ。同社の2024年12月期の売上高は5億ドルだった。', {date: '2025-10-09'});
		expect(extraction.figures.map(figure => [figure.company, figure.kind, figure.value])).toEqual([['x-northbridge-power-systems', 'revenue', 500_000_000]]);
	});

	test('a holding company by its legal name: named in English where its name is Latin, found by its short name after', () => {
		const [company] = discoverCompanies('日立はKSTホールディングスに対してTOBを実施する。'.normalize('NFKC'), matcher);
		expect(company).toMatchObject({id: 'x-kst-holdings', name: 'KST Holdings', japaneseNames: ['KSTホールディングス'], aliases: ['KST']});
		expect(discoverCompanies('ミナトホールディングスは増益だった。'.normalize('NFKC'), matcher).map(found => found.name)).toEqual(['ミナトホールディングス']);
		// A registry company's holding company is that company.
		expect(names('キオクシアホールディングスとソニーグループ')).toEqual([]);
		const extraction = extractText('日立はKSTホールディングスに対してTOBを実施する。KSTの2026年3月期の売上高は520億円だった。', {date: '2026-05-01'});
		expect(extraction.figures.map(figure => [figure.company, figure.kind, figure.value])).toEqual([['x-kst-holdings', 'revenue', 52_000_000_000]]);
	});

	test('registry companies, 同社 and words that only look like names are not new companies', () => {
		expect(names('ソフトバンクグループ株式会社は…。同社は…。各社は…。メタ社は…')).toEqual([]);
		// A form's label is no part of the name: the registry's company, or the name after the colon.
		expect(names('会社名：ディスコ株式会社　上場取引所：東')).toEqual([]);
		expect(names('上場会社名:ホシノ光学株式会社')).toEqual([['ホシノ光学', []]]);
	});

	test("a new company's figures are kept, and it is in the dataset marked as not in the registry", () => {
		const extraction = extractText('株式会社ミライチップ（本社：東京都港区、以下「ミライ」）は、シリーズBで総額50億円を調達したと発表しました。', {date: '2025-12-01'});
		expect(extraction.figures.map(figure => [figure.company, figure.kind, figure.value])).toEqual([['x-5a0d9f6c2d', 'funding', 5e9]].map(([, kind, value]) => [extraction.companies[0]!.id, kind, value]));
		const dataset = buildDataset([extraction], defaultRegistry);
		expect(dataset.companies).toMatchObject([{name: 'ミライチップ', inRegistry: false, aliases: ['ミライ']}]);
	});

	test('a broker (…証券) speaks as an analyst does: no company of the dataset, and 同社 after it is still the company covered', () => {
		const body = 'キオクシアが10〜12月期決算を発表した。米系のシティグループ証券は投資判断を「買い」に引き上げた。同社は1〜3月期の売上収益を6,000億円と見込む。';
		const extraction = extractText(body, {date: '2026-02-13'});
		expect(extraction.companies.filter(company => company.id.startsWith('x-'))).toEqual([]);
		expect(extraction.figures.map(figure => `${figure.company} ${figure.value}`)).toEqual(['kioxia 600000000000']);
	});

	test('what research firms give (調査会社の集計が食い違っている) is no firm: the firm named after it is the source', () => {
		const body = '世界DRAM市場で、調査会社の集計が食い違っている。\n\n台湾トレンドフォースの集計では、企業別シェアはSKハイニックスが38.2%で首位を守った。';
		expect(extractText(body, {date: '2026-06-15'}).figures.map(figure => figure.source)).toEqual(['TrendForce']);
	});

	test('a research firm the text does not name (調査会社の推計によると) still speaks of its market: the growth after it is nobody’s', () => {
		const body = 'メタは広告事業を伸ばした。\n\n調査会社の推計によると、国内の携帯電話サービス市場は2026年度に約7兆円規模。伸び率は年1%前後と成熟が進んでいる。';
		expect(extractText(body, {date: '2026-06-15'}).figures).toEqual([]);
	});
});
