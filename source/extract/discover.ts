import {createHash} from 'node:crypto';
import type {CompanyMatcher} from './companies.js';
import {scanFirms} from './lexicon.js';
import type {RegistryCompany} from './registry.js';

// Companies the registry does not know, introduced the ways Japanese news and press releases
// introduce a company: 株式会社X (本社：…、以下「X」), X株式会社, 東証プライム上場のX, X（証券コード：3778）,
// a katakana or Latin name with 社, and a start-up named as one (米新興企業X). Each becomes a company
// of the dataset, marked as not in the registry, so its figures are not lost.

const name = String.raw`[A-Za-z0-9][A-Za-z0-9&.\-]*(?: [A-Z0-9][A-Za-z0-9&.\-]*){0,3}|[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{2,20}`;
const latinName = String.raw`[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z0-9][A-Za-z0-9&.\-]*){0,3}`;
// "東京・港", "東京都港区", "大阪市", "金沢市", "北海道石狩市", "本社：京都市", "カリフォルニア州": where a company is based, as news writes it.
const basedIn = String.raw`(?:[ァ-ヶー]{2,10}州(?:[ァ-ヶー・]{2,12})?|東京|大阪|京都|名古屋|横浜|神戸|福岡|札幌|仙台|広島|川崎|さいたま|千葉|北海道|[\p{Script=Han}]{2,3}[都道府県]|[\p{Script=Han}]{2,4}(?=市))(?:都|府|市)?(?:・[\p{Script=Han}]{1,4}|[\p{Script=Han}]{1,5}[区市町村])?`;
// "石狩データセンター（北海道石狩市）": a place a company runs, not a company.
const facility = String.raw`センター|工場|拠点|施設|キャンパス|ビル|タワー|ラボ|プラント|ファブ|パーク|ホール|ホテル|スタジアム`;
// Each form with a word it cannot be without, so an article without that word skips the pattern.
const introductions: ReadonlyArray<readonly [string, RegExp]> = [
	// Not a form's next label: "…株式会社　上場取引所：東".
	// Nor the next line, a date or a desk: "Sakana AI株式会社⏎2026年3月10日", "株式会社 広報担当".
	// Nor a division after another name's legal form: "三菱電機株式会社　パワーデバイス製作所　営業統括部".
	['株', new RegExp(String.raw`(?<![\p{Script=Han}ァ-ヶーA-Za-z0-9・&])(?:株式会社|\(株\))[ 　]?(?!\d{2,4}年|\d{1,2}月)(?<name>${name})(?<!担当|窓口|広報部|広報室)(?![\p{Script=Han}ァ-ヶーA-Za-z0-9・]|\s?[:：])`, 'gu')],
	// "Sakana AI株式会社": a Latin name of several words is whole before 株式会社.
	['株式会社', new RegExp(String.raw`(?<before>${latinName}(?= [A-Z0-9])[ A-Za-z0-9&.\-]*|[^\s、。「」()（）:：【】[\]]{2,24})(?=株式会社)`, 'gu')],
	['上場の', new RegExp(String.raw`東証(?:プライム|スタンダード|グロース)(?:市場)?(?:に)?上場の(?<name>${name})`, 'gu')],
	['新興', new RegExp(String.raw`(?:新興企業|スタートアップ|新興)の?(?<name>[ァ-ヶー・]{3,20}|[A-Z][A-Za-z0-9&.\-]+(?: [A-Z][A-Za-z0-9&.\-]+){0,2})(?=(?:[(（][ァ-ヶー・]{2,20}[)）])?[はがをとにの、])`, 'gu')],
	['スタートアップ', new RegExp(String.raw`スタートアップの?(?<name>[ァ-ヶー・]{3,20}|[A-Z][A-Za-z0-9&.\-]+(?: [A-Z][A-Za-z0-9&.\-]+){0,2})(?=(?:[(（][ァ-ヶー・]{2,20}[)）])?[はがをとにの、])`, 'gu')],
	// "サイバーセキュリティー大手のラックに対して": a company named by what it leads.
	// "重電大手ABBから": a Latin name straight after the word, where a katakana word would be a common noun (大手メーカー).
	[
		'大手',
		new RegExp(
			String.raw`(?:大手|中堅|最大手)(?:の(?<name>[ァ-ヶー][ァ-ヶー・]{1,19}|[A-Z][A-Za-z0-9&.\-]+(?: [A-Z][A-Za-z0-9&.\-]+){0,2})|の?(?<latin>[A-Z][A-Za-z0-9&.\-]+(?: [A-Z][A-Za-z0-9&.\-]+){0,2}))(?=[はがをとにの、]|から|株)`,
			'gu',
		),
	],
	// "傘下の自動運転技術会社モービルアイの", "半導体子会社キオクシアが": a company named as one, perhaps with the
	// short name the text calls it by after ("子会社キヤノンマーケティングジャパン（キヤノンMJ）に").
	['会社', new RegExp(String.raw`(?:技術会社|子会社|関連会社|持ち分法適用会社)(?<name>[ァ-ヶー・]{3,20})(?:[(（](?<short>[^()（）、,]{2,12})[)）])?(?=[はがをとにの、])`, 'gu')],
	// "TSMCの日本子会社JASM（熊本県菊陽町）が": a Latin name straight after the word, where it is based perhaps after it.
	['会社', new RegExp(String.raw`(?:子会社|関連会社|合弁会社)(?<name>[A-Z][A-Za-z0-9&.\-]{1,15})(?=[はがをとにの、]|[(（][^()（）]{1,30}[)）][はがをとにの、])`, 'gu')],
	// "野村総合研究所（NRI）と": a name with a corporate ending and its Latin abbreviation; "米電気自動車（EV）大手" is a product's,
	// "暗号通信（QKD）" a technology's.
	[
		'(',
		new RegExp(
			String.raw`(?<![\p{Script=Han}ァ-ヶー])(?<name>[\p{Script=Han}ァ-ヶー]{1,12}(?:研究所|製作所|銀行|(?<!預託|有価)証券|電機|電気|工業|通信|商事|自動車|化学|精工|重工|ホールディングス|システムズ|テクノロジーズ))(?<!電気自動車|電気通信|暗号通信|量子通信|衛星通信|光通信|無線通信|移動通信|データ通信|近距離通信)\s?[(（](?<short>[A-Z][A-Za-z&]{1,7})[)）]`,
			'gu',
		),
	],
	// "電子部品中堅のオオトリ電機は": a katakana name with the ending of a maker's or trader's legal name.
	['', new RegExp(String.raw`(?<![ァ-ヶー・])(?<name>[ァ-ヶー][ァ-ヶー・]{1,11}(?:電機|電気|電子|工業|製作所|精工|精機|化学|重工|通信|商事|産業|興産|製薬|物産|証券|銀行|電工|機械|技研|工機))(?=[はがをとにの、(（]|\s)`, 'gu')],
	// "ハヤブサ・コンピューティング（東京・港）", "Sakana AI（東京都港区）", "カスミ言語研究所（東京・港、英文名…）",
	// "シラカバ・ソリューションズ（東証プライム、…）": a company introduced with where it is based or listed.
	[
		'',
		new RegExp(
			String.raw`(?<![A-Za-z0-9ァ-ヶー・\p{Script=Han}])(?<![A-Za-z0-9&.][ 　])(?:米|英|独|仏|中国|韓国|台湾)?(?<name>${latinName}|[ァ-ヶー][ァ-ヶー・A-Za-z0-9]{2,19}\p{Script=Han}{0,6})(?<!${facility})[(（](?:本社[:：・]?\s?)?(?:${basedIn}|東証(?:プライム|スタンダード|グロース)|東証1部)(?:[、,][^()（）]{1,60})?[)）](?=[はがのとをにへも、])`,
			'gu',
		),
	],
	// "半導体製造装置の三条精機（Sanjo Seiki）は", "北斗通信ホールディングス（英文名：Hokuto Communications Holdings）":
	// a name that starts in kanji with its name in Latin letters, romanised Japanese first (see `romanised`). Before the
	// katakana names: "北斗ソリューションズ" is not "ソリューションズ".
	[
		'(',
		new RegExp(
			String.raw`(?<![\p{Script=Han}ァ-ヶー・A-Za-z0-9])(?<name>\p{Script=Han}[\p{Script=Han}ァ-ヶー・A-Za-z0-9]{1,19})[(（](?:英文(?:社)?名|英語(?:社)?名|英文表記)?\s?[:：]?\s?(?<short>[A-Z][a-z]+(?: [A-Z][A-Za-z0-9&.\-]*){0,3})(?:[、,][^()（）]{1,60})?[)）]`,
			'gu',
		),
	],
	// "ソラリスデータ（Solaris Data）は", "ツバメ計算機（Tsubame Compute、東京・港）は": a katakana name with its Latin name
	// of two words or more, where it is based perhaps after it.
	[
		'(',
		new RegExp(
			String.raw`(?<![ァ-ヶー・A-Za-z「『])(?<name>[ァ-ヶー][ァ-ヶー・A-Za-z0-9]{1,19}\p{Script=Han}{0,4})[(（](?:(?:英文(?:社)?名|英語(?:社)?名)\s?[:：]?\s?)?(?<short>[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){1,3})(?:[)）](?=[はがをとにの、でもや。])|、${basedIn}[)）])`,
			'gu',
		),
	],
	// "Elevate Advisory Group Pty Ltd（以下「Elevate社」）": a Latin name with its legal form, and the short name it goes by after.
	['以下', new RegExp(String.raw`(?<![A-Za-z0-9&.\-])(?<name>[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,4}?),?\s(?:Pty\.? Ltd\.?|Inc\.?|Ltd\.?|Limited|LLC|Corp\.?|Corporation|GmbH|AG|B\.V\.|PLC|plc)(?=\s?[(（]以下)`, 'gu')],
	['社', new RegExp(String.raw`(?<![ァ-ヶー])(?<name>[ァ-ヶー・]{3,20}|[A-Z][A-Za-z0-9&.\-]+(?: [A-Z][A-Za-z0-9&.\-]+){0,2})社(?=[はがをとにの、])`, 'gu')],
	// "4位のUNISOC（紫光展鋭）は11%", "4位はDynabookの9.6%": a Latin name ranked in a research firm's list is a company.
	['位', new RegExp(String.raw`(?:\d位|首位)(?:は|の|に)(?:米|英|独|仏|中国|韓国|台湾)?(?<name>[A-Z][A-Za-z0-9&.\-]+(?: [A-Z][A-Za-z0-9&.\-]+){0,2})(?=[はがの、でも]|[(（][^()（）]{1,20}[)）][はがの、で])`, 'gu')],
	// "### 5位　フーバー・システムズ　22.8%": a ranked section's heading names its company before its figure.
	['位', new RegExp(String.raw`^(?:#{1,6}[ 　]*|[■●◆▼][ 　]?|[-*・][ 　])?(?:第)?\d{1,2}位[ 　:：.、]+(?<name>[ァ-ヶー][ァ-ヶー・]{2,24}|${latinName})(?=[ 　]+[+\-−△▲]?\d|[ 　]*$)`, 'gmu')],
	// "老舗の電子部品商社、丸文の", "独立系メーカー、ヨシダ精工は": a company named right after its trade and a comma.
	// "光モジュール中堅、OEソリューションズは": a katakana name may open on capitals.
	['、', new RegExp(String.raw`(?:商社|メーカー|ベンダー|専業|大手|中堅)、(?<name>\p{Script=Han}{2,8}|(?:[A-Z]{1,4})?[ァ-ヶー][ァ-ヶー・]{1,15})(?=の|は|が)`, 'gu')],
	// "【トップに聞く】丸文・村瀬亮社長": an interview's headline names the company, then its head by a kanji name.
	['・', new RegExp(String.raw`(?<![\p{Script=Han}ァ-ヶーA-Za-z0-9・])(?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9]{2,12})・\p{Script=Han}{2,5}(?:社長|会長|CEO|最高経営責任者)`, 'gu')],
	// "# 【トップに聞く】ツバキ計測社長「…」": a headline that opens on the company of the head it quotes.
	['社長', new RegExp(String.raw`^#{0,6}[ 　]*【[^】\n]{1,12}】[ 　]*(?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9]{2,12}?)(?:日本法人|日本支社)?(?:副|新|前|元)?(?:社長|会長|CEO)(?=[「『 　]|$)`, 'gmu')],
	// "米Ceva（ティッカー：CEVA）", "Netlist（NASDAQ：NLST）": a Latin name with its US ticker labelled as one.
	[
		'(',
		new RegExp(
			String.raw`(?<![A-Za-z0-9&.\-])(?<name>[A-Z][A-Za-z0-9&.\-]+(?: [A-Z][A-Za-z0-9&.\-]+){0,2})[(（](?:ティッカー|ティッカーシンボル|ticker|Ticker|NASDAQ|Nasdaq|NYSE|ナスダック|ニューヨーク証券取引所)\s?[:：]?\s?(?<short>[A-Z]{1,5})[)）]`,
			'gu',
		),
	],
	// "Netlist（NLST）": a one-word Latin name with a ticker whose letters are the name's, in order.
	['(', new RegExp(String.raw`(?<![A-Za-z0-9&.\-])(?<name>[A-Z][A-Za-z0-9&\-]{2,20})[(（](?<short>[A-Z]{3,5})[)）]`, 'gu')],
	// "JBCCホールディングスに対して": a holding company by its legal name, its short name after.
	['ホールディングス', new RegExp(String.raw`(?<![A-Za-z0-9ァ-ヶー・])(?<name>(?<short>[A-Z][A-Za-z0-9&\-]{1,15}|[ァ-ヶー]{3,12})ホールディングス)(?![ァ-ヶー])`, 'gu')],
	// "米コーヴェイン・サーマル・システムズ（Corvane Thermal Systems）": a foreign company by its country and its name.
	['米', new RegExp(String.raw`(?<![\p{Script=Han}])(?:米|英|独|仏|韓国|台湾|イスラエル|インド)(?<name>[ァ-ヶー・]{4,24})(?=[(（](?<short>[A-Za-z][A-Za-z0-9&.\- ]{1,40}))`, 'gu')],
	// "米オントゥ・イノベーションを買収": a foreign company by its country and a katakana name of several words.
	// "米半導体設計のアンペア・コンピューティング": with what it does between.
	[
		'・',
		new RegExp(
			String.raw`(?<![\p{Script=Han}ァ-ヶー])(?:米|英|独|仏|韓国|台湾|イスラエル|インド)(?:[\p{Script=Han}ァ-ヶー]{1,8}(?:大手|新興|企業|設計|開発|会社|メーカー|専業)の)?(?<name>[ァ-ヶー]{2,12}・[ァ-ヶー]{2,14}(?:・[ァ-ヶー]{2,14})?)(?=を|に|は|が|の|と|、)`,
			'gu',
		),
	],
];
// "X（証券コード：3778）": found by its bracket, then the name just before it (a search for the name
// first tried every place of the article).
// "HENNGE（4475）": a stock page writes the code alone in the bracket; a year ("（2026）") is none.
const listingCode = /[(（](?:証券コード|東証(?:プライム|スタンダード|グロース)?)\s?[:：]?\s?(?<code>\d{3}[0-9A-Z])[)）]|<(?<angled>\d{3}[0-9A-Z])>|[(（](?<bare>(?!19[5-9]\d|20[0-4]\d)[1-9]\d{3}|[1-9]\d{2}[A-Z])[)）]/g;
// "ジャフコ グループ（8595）": a katakana name may stand apart from its group's word.
const nameBeforeCode = new RegExp(String.raw`(?<name>[ァ-ヶー][ァ-ヶー・]{1,15}[ 　](?:グループ|ホールディングス)|${name})\s?$`, 'u');
// "インテル日本法人": a known company's arm in Japan is that company.
const corporateEnding = /^・?(?:ホールディングス|グループ|HD|日本法人|日本支社|ジャパン)$/;
// "以下「PFN」": the name the text uses from then on.
// "以下「さくら」", and without brackets "以下Turing）": the short name a release goes on to use.
const shortName = /以下\s?(?:[「『]([^」』]{1,20})[」』]|([A-Za-z][A-Za-z0-9&.\- ]{1,30}?)\s?[)）、])/;

const selfWords = new Set(['当社', '同社', '弊社', '本社', '当グループ', '当社グループ']);

// Words that look like a name before 社 or after 株式会社 but are not one.
const notNames = new Set([
	'同',
	'当',
	'両',
	'各',
	'他',
	'自',
	'本',
	'親',
	'子',
	'新',
	'全',
	'米国',
	'日本',
	'同社',
	'グループ',
	'ホールディングス',
	'テクノロジー',
	'テクノロジーズ',
	'メディア',
	'パートナー',
	'ベンダー',
	'メーカー',
	'クラウド',
	'サービス',
	'システム',
	'ソリューション',
	'プラットフォーム',
	// A page's furniture after the name in a breadcrumb: "北斗ソリューションズ株式会社 IR情報 > 決算短信".
	'IR',
	'IR情報',
	'ニュース',
	'ニュースリリース',
	'プレスリリース',
	'お知らせ',
]);

// "さくらインターネット株式会社 代表取締役社長 田中 邦裕": an officer's title after the legal form is no company.
const officerTitle = /^(?:代表取締役|取締役|代表執行役|執行役|社長|会長|副社長|専務|常務|最高経営責任者|代表者?$)/;

/** A left boundary inside a run of text: the text after a particle that follows kanji, katakana or Latin ("両社はさくら…" -> "さくら…"). */
function trimLeft(text: string): string {
	const cut = /.*[\p{Script=Han}ァ-ヶーA-Za-z0-9][はがをにとでもの](?=\p{Script=Hiragana}|[^\p{Script=Hiragana}])/u.exec(text);
	const after = cut ? text.slice(cut[0].length) : text;
	// "本ラウンドに参加した富士通株式会社": a clause that describes the name ends in a verb before it; "日本法人であるX株式会社"
	// in ある.
	const described = /.*(?:した|する|している|された|される|いる|った|ある)(?=[\p{Script=Han}ァ-ヶーA-Za-z])/u.exec(after);
	return described ? after.slice(described[0].length) : after;
}

function idOf(companyName: string): string {
	// "アマネAI" and "カグラAI" are two companies: an id from the Latin letters of a Japanese name would be one.
	if (!/^[\x20-\x7E]+$/.test(companyName)) return `x-${createHash('sha1').update(companyName).digest('hex').slice(0, 10)}`;
	const latin = companyName
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	if (/^[a-z0-9-]{2,40}$/.test(latin) && /[a-z]/.test(latin)) return `x-${latin}`;
	return `x-${createHash('sha1').update(companyName).digest('hex').slice(0, 10)}`;
}

interface Introduction {
	readonly name: string;
	/** Where the introduction ends: an alias (以下「X」) may follow. */
	readonly end: number;
	/** An abbreviation given with the name ("(NRI)"). */
	readonly short: string | null;
	readonly ticker: string | null;
	/** The name with the hiragana written before it, when that may be the whole of a known name. */
	readonly longer?: string | null;
}

// A word of romanised Japanese ("Sanjo", "Hokuto", "Mitsuboshi"): syllables of a consonant (or none) and a vowel, a
// syllabic n, or a doubled consonant. "Large Language Model (大規模言語モデル)" and "High Bandwidth Memory" are not.
const romanised = /^(?:(?:[kgsztdnhbpmr]y?|ch|sh|ts|j|f|y|w)?[aiueo]|n(?![aiueoy])|[kstp](?=[kstpc]))+$/i;

/** "大手の三条精機" -> "三条精機": words that say what a company is, before its name. */
const descriptor = /^.*?(?:大手|中堅|最大手|傘下|子会社|関連会社|開発会社|運営会社|会社|企業|メーカー|新興)の?(?=\p{Script=Han}{2}|[ァ-ヶー]{2})/u;

const partInBrackets = /[(（]([\p{Script=Han}ァ-ヶー]{2,8})[)）]/gu;
const nameWithEnding = /(?<![\p{Script=Han}ァ-ヶー])[\p{Script=Han}ァ-ヶー]{2,12}(?:工業|電子|電機|電気|製作所|通信|商事|化学|精工|精機|重工|産業|製薬|ホールディングス)$/u;

/** Whether the letters of `short` appear in `name` in the same order ("NLST" in "NETLIST"). */
function inOrder(short: string, name: string): boolean {
	let at = 0;
	for (const letter of short) {
		at = name.indexOf(letter, at) + 1;
		if (at === 0) return false;
	}

	return true;
}

function* introductionsIn(text: string): Generator<Introduction> {
	// "日本航空電子工業（航空電子）": a name with a corporate ending and the part of it the text calls it by after; found by
	// its bracket, then the name before it. First: the part alone ("航空電子の") is that company, not another.
	for (const match of text.matchAll(partInBrackets)) {
		const name = nameWithEnding.exec(text.slice(Math.max(0, match.index - 14), match.index))?.[0];
		const part = match[1]!;
		if (name && name !== part && name.includes(part)) yield {name, end: match.index + match[0].length, short: part, ticker: null};
	}

	for (const [needed, pattern] of introductions) {
		if (!text.includes(needed)) continue;
		for (const match of text.matchAll(pattern)) {
			const short = match.groups!['short'];
			if (short && /^\p{Script=Han}/u.test(match.groups!['name'] ?? '') && /^[A-Z][a-z]+(?: |$)/.test(short) && !romanised.test(short.split(' ')[0]!)) continue;
			// "Netlist（NLST）", not "Ethernet（PoE）": an unlabelled ticker's letters are the name's, in order.
			const named = match.groups!['name'] ?? '';
			if (short && /^[A-Z]{3,5}$/.test(short) && /^[A-Za-z0-9&-]+$/.test(named) && text.startsWith(`(${short})`, match.index + named.length) && !inOrder(short, named.toUpperCase())) continue;
			// "広帯域メモリー（High Bandwidth Memory）": katakana glued to kanji before it ends a word, unless the kanji say
			// what the company is ("開発会社トキワシステム").
			if (short && /\p{Script=Han}$/u.test(text.slice(Math.max(0, match.index - 1), match.index)) && !/(?:会社|企業|大手|中堅|傘下|メーカー|新興|米|英|独|仏|韓国|台湾|中国)$/.test(text.slice(Math.max(0, match.index - 4), match.index)))
				continue;
			yield {name: match.groups!['name'] ?? match.groups!['latin'] ?? trimLeft(match.groups!['before'] ?? ''), end: match.index + match[0].length, short: match.groups!['short'] ?? null, ticker: null};
		}
	}

	// "メガチップス<6875>が3%高": stock reports write the code in angle brackets.
	if (!text.includes('証') && !text.includes('<') && !/[(（]\d{3}[0-9A-Z][)）]/.test(text)) return;
	for (const match of text.matchAll(listingCode)) {
		const window = text.slice(Math.max(0, match.index - 80), match.index);
		const before = nameBeforeCode.exec(window);
		if (!before) continue;
		// "さくらインターネット<3778>": a name may start in hiragana; the whole is tried as a known name first.
		const hiragana = /\p{Script=Hiragana}{1,4}$/u.exec(window.slice(0, before.index))?.[0];
		yield {name: before.groups!['name']!, end: match.index + match[0].length, short: null, ticker: match.groups!['code'] ?? match.groups!['angled'] ?? match.groups!['bare']!, longer: hiragana ? hiragana + before.groups!['name']! : null};
	}
}

/**
 * "コーヴェイン・サーマル・システムズ" is "コーヴェイン" from then on: the first word of a katakana name of
 * several, when it is no company of its own.
 */
function shortForm(name: string, matcher: CompanyMatcher): string | null {
	const [first, ...rest] = name.split('・');
	// "ハルシオンAI" is "ハルシオン", "カワセ電子" "カワセ", "トキワシステム" "トキワ": a katakana name before a word
	// that says what the company does.
	const head = rest.length === 0 ? genericTail.exec(name)?.groups!['head'] : first;
	if (!head || head.length < 3 || !/^[ァ-ヶー]+$/.test(head) || notNames.has(head)) return null;
	return matcher.find(head).length > 0 ? null : head;
}

const genericTail =
	/^(?<head>[ァ-ヶー]{3,})(?:AI|ラボ|ラボラトリーズ|システムズ?|ソリューションズ?|データ|クラウド|テクノロジー(?:ズ)?|テック|ネットワークス?|ロボティクス|セミコンダクター|エレクトロニクス|コンピューティング|ホールディングス|\p{Script=Han}{1,4})$/u;

/** The Latin name in brackets right after a name, without its legal form ("Mikage AI Inc." is "Mikage AI"). */
function latinBeside(text: string, companyName: string): string | null {
	let written: string | undefined;
	// "ホクト電子(Hokuto Electronics、長野県諏訪市)": where it is based may follow the name in the bracket.
	for (let at = text.indexOf(`${companyName}(`); at !== -1 && !written; at = text.indexOf(`${companyName}(`, at + 1)) written = /^\(([A-Z][A-Za-z0-9&.,\- ]{1,40}?)\s?[)、]/.exec(text.slice(at + companyName.length))?.[1];
	// "北斗ソリューションズ株式会社(英文名:Hokuto Solutions)", "(本社:…、英語名:Yotsuba Compute)": the name labelled as English.
	for (let at = text.indexOf(companyName); at !== -1 && !written; at = text.indexOf(companyName, at + 1))
		// "上場会社名 株式会社ミナトデータ … ⏎英文名 Minato Data Inc.": a filing's head gives it on a line of its own.
		written = /^[^。\n]{0,80}?(?:\n{1,2}[^。\n]{0,80}?)?(?:英文(?:社)?名|英語(?:社)?名|英文表記)\s?[:：]?\s?([A-Z][A-Za-z0-9&.,\- ]{1,40}?)\s?(?:[)、,]|\s*\n|$)/.exec(text.slice(at + companyName.length))?.[1];
	return written ? written.replace(/,?\s(?:Inc|Corp|Corporation|Co|Ltd|LLC|K\.K)\.?(?:,?\s?Ltd\.?)?$/i, '').trim() || null : null;
}

/** "JBCCホールディングス" is "JBCC Holdings" in English, as such companies name themselves. */
function englishHoldings(companyName: string): string | null {
	const latin = /^([A-Za-z][A-Za-z0-9&-]*)ホールディングス$/.exec(companyName);
	return latin ? `${latin[1]} Holdings` : null;
}

/** Whether the text names a company the matcher knows in full by a name that opens with `opening` ("GMO" in "GMOインターネットグループ"). */
function openingOfKnown(opening: string, text: string, matcher: CompanyMatcher): boolean {
	for (let at = text.indexOf(opening); at !== -1; at = text.indexOf(opening, at + 1)) {
		if (!/[ァ-ヶー\p{Script=Han}]/u.test(text.charAt(at + opening.length))) continue;
		if (matcher.find(text.slice(at, at + 40)).some(mention => mention.start === 0 && mention.end > opening.length)) return true;
	}
	return false;
}

/** The companies an article (normalised text) introduces that `matcher` does not know. */
export function discoverCompanies(text: string, matcher: CompanyMatcher): RegistryCompany[] {
	const found = new Map<string, RegistryCompany>();
	const introducedAt = new Map<string, number>();
	for (const introduction of introductionsIn(text)) {
		// "株式会社ソシオネクスト（東証プライム：6526）": the legal form is no part of the name.
		const companyName = introduction.name
			.replace(/^(?:株式会社|\(株\))|(?:株式会社|\(株\))$/g, '')
			.replace(descriptor, '')
			// "米レカ（Reka AI）": the country before a katakana name is no part of it.
			.replace(/^(?:米|英|独|仏|中国|韓国|台湾)(?=[ァ-ヶ])/, '')
			// "…サービスを提供するストックマーク株式会社": nor the verb of the clause that describes it.
			.replace(/^(?:[^、。]*?\p{Script=Han}\p{Script=Hiragana}{0,2}?(?:う|く|ぐ|す|つ|む|ぶ)|[^、。]*?(?:する|した|している|ける|げる|ねる|てる|める|れる|せる))(?=[ァ-ヶA-Za-z])/u, '')
			.replace(/^[・\s]+|[・\s]+$/g, '')
			.trim();
		// "…を開発する株式会社X": the words before 株式会社 there end in a verb, and name nothing.
		if (companyName.length < 2 || notNames.has(companyName) || officerTitle.test(companyName) || /^\d+$/.test(companyName) || /\p{Script=Hiragana}$/u.test(companyName)) continue;
		// Known already, by the registry or earlier in this article ("トヨタホールディングス" is Toyota's).
		const isKnown = (name: string) => matcher.find(name).some(mention => mention.start === 0 && (mention.end === name.length || corporateEnding.test(name.slice(mention.end))));
		if (isKnown(companyName) || (introduction.longer && isKnown(introduction.longer))) continue;
		// "パワーデバイス製作所（熊本県合志市）の菊池事業所内に": a works with a site inside it is a place of the company, no company.
		if (/^(?:\s?[(（][^()（）]{0,30}[)）])?の[^、。]{0,12}?(?:事業所|工場|拠点|敷地|構内)/.test(text.slice(introduction.end, introduction.end + 60))) continue;
		// "インフィニオン テクノロジーズ ジャパン（東京・品川）": the last word of a name spaced apart, a legal ending alone, names nobody.
		if (corporateEnding.test(companyName)) continue;
		// "GMO・安田副社長に聞く" over "GMOインターネットグループが…": the opening of a known company's name the text writes in full.
		if (/^[A-Z]{2,}$/.test(companyName) && openingOfKnown(companyName, text, matcher)) continue;
		// "シティグループ証券は…目標株価を引き上げた": a broker speaks of companies as an analyst does; its words are views.
		if (/(?:証券|證券)$/.test(companyName)) continue;
		// "シナジー・リサーチ・グループ（Synergy Research Group）": research firms are sources, not companies.
		if (scanFirms(companyName).length > 0 || (introduction.short && scanFirms(introduction.short).length > 0)) continue;
		// "コンシューマ通信は12%減益" beside "コンシューマ通信事業の営業利益": a business the text names as one elsewhere.
		if (/^[ァ-ヶー・]/.test(companyName) && new RegExp(`${companyName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:事業|部門|セグメント)`).test(text)) continue;
		// "コーヴェイン・サーマル・システムズ（Corvane Thermal Systems）": the Latin name makes a readable id.
		// "アオバAIラボ（Aoba AI Lab）", "株式会社ミカゲAI（Mikage AI Inc.）": the Latin name written beside it.
		// Not past the sentence's end or another company introduced after it ("当社は、株式会社Y（以下「公開買付者」）…").
		const after = text.slice(introduction.end, introduction.end + 80);
		const ownForm = /^\s?(?:株式会社|有限会社|合同会社)/.exec(after)?.[0].length ?? 0;
		const stop = after.slice(ownForm).search(/。|株式会社|有限会社|合同会社/);
		const goesBy = shortName.exec(stop === -1 ? after : after.slice(0, ownForm + stop));
		const short = introduction.short ?? latinBeside(text, companyName) ?? goesBy?.[2]?.trim() ?? null;
		// "Netlist（NLST）": a Latin name is the name, the ticker beside it an alias.
		const latinName = /^[A-Za-z][A-Za-z0-9&.\- ]{2,}$/.test(companyName) ? companyName : short && /^[A-Za-z][A-Za-z0-9&.\- ]{3,}$/.test(short.trim()) ? short.trim() : null;
		const id = idOf(latinName ?? englishHoldings(companyName) ?? companyName);
		// "ミツボシホールディングス（Mitsuboshi Holdings）… ミツボシホールディングスは": found under its Latin name already.
		// "日本ミナト電子工業（ミナト電子）… ミナト電子の": the name the text gave it already.
		if ([...found.values()].some(company => company.id !== id && (company.japaneseNames.includes(companyName) || company.aliases.includes(companyName)))) continue;
		// "以下「当社」": the release's own word for itself, which brief reads as its sender already, is no name.
		// "以下「Elevate社」": the Latin name, without the word 社 that says it is a company.
		const written = (goesBy?.[1] ?? goesBy?.[2])?.trim().replace(/^([A-Za-z][A-Za-z0-9&.\- ]*)社$/, '$1');
		const alias = (written && !selfWords.has(written) ? written : undefined) ?? short?.trim() ?? undefined;
		const known = found.get(id);
		if (known) {
			// "株式会社X(証券コード:1234)": one company, introduced twice over, with its code or the short name it goes by.
			const aliases = alias && alias !== companyName && alias !== known.name && !known.aliases.includes(alias) ? [...known.aliases, alias] : known.aliases;
			found.set(id, {...known, ticker: known.ticker ?? introduction.ticker, aliases});
			continue;
		}

		const firstWord = shortForm(companyName, matcher);
		introducedAt.set(id, introduction.end);
		found.set(id, {
			id,
			// In English where the name tells it, as the registry's names are; the Japanese beside it.
			name: latinName ?? englishHoldings(companyName) ?? companyName,
			ticker: introduction.ticker,
			japaneseNames: [/[^\x20-\x7E]/.test(companyName) ? companyName : null, firstWord].filter((value): value is string => value !== null),
			aliases: [/[^\x20-\x7E]/.test(companyName) ? null : companyName, alias && alias !== companyName ? alias : null].filter((value): value is string => value !== null),
			segments: [],
			fiscalYearEnd: null,
		});
	}

	return namedAfterwards(text, [...found.values()], introducedAt);
}

/**
 * "ミズナギシステムズは…。同社（英文名：Mizunagi Systems）は": a company's Latin name given beside 同社, for the company
 * introduced last before it without one.
 */
function namedAfterwards(text: string, companies: RegistryCompany[], introducedAt: ReadonlyMap<string, number>): RegistryCompany[] {
	if (!text.includes('同社')) return companies;
	const renamed = [...companies];
	for (const match of text.matchAll(/同社\s?[(（](?:(?:英文(?:社)?名|英語(?:社)?名)\s?[:：]?\s?)?(?<latin>[A-Z][A-Za-z0-9&.\- ]{2,40}?)\s?[)）、]/g)) {
		const before = renamed.filter(company => (introducedAt.get(company.id) ?? Infinity) < match.index!).sort((a, b) => introducedAt.get(b.id)! - introducedAt.get(a.id)!)[0];
		const latin = match.groups!['latin']!.replace(/,?\s(?:Inc|Corp|Corporation|Co|Ltd|LLC|K\.K)\.?(?:,?\s?Ltd\.?)?$/i, '').trim();
		if (!before || /^[\x20-\x7E]+$/.test(before.name) || !/^[A-Za-z][A-Za-z0-9&.\- ]{3,}$/.test(latin)) continue;
		const id = idOf(latin);
		renamed[renamed.indexOf(before)] = {...before, id, name: latin, aliases: [...new Set([...before.aliases, latin])]};
	}

	return renamed;
}

// "調査会社の日本ITマーケットラボは", "市場調査会社ミライリサーチによると": a research firm introduced as one.
const firmIntroduction = /(?:市場調査会社|調査会社|調査機関|リサーチ会社)(?:の|である)?(?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9・&]{2,20}?)(?=は|が|の調べ|の調査|の集計|の推計|によると|によれば|[(（、])/gu;

/** The research firms a (normalised) text introduces that neither the lexicon nor the registry knows. */
export function discoverFirms(text: string, matcher: CompanyMatcher): string[] {
	if (!text.includes('調査') && !text.includes('リサーチ会社')) return [];
	// "調査会社の数字が食い違っている", "調査会社の集計が食い違っている": what firms give is no firm; "調査会社の推計によると":
	// a firm the text does not name, which speaks all the same.
	const names = [...text.matchAll(firmIntroduction)].flatMap(match => {
		const name = match.groups!['name']!;
		if (!/^(?:同|当|各|大手|米|英|独|仏|中国|韓国|台湾|数字|数値|データ|見方|予測|分析|結果|統計|試算|資料|レポート|リポート|集計|推計|推定|調べ|調査|見積もり|評価|判断|発表|公表|報告|間)$/.test(name)) return [name];
		const unnamed = /^(?:市場調査会社|調査会社|調査機関|リサーチ会社)/.exec(match[0])![0];
		return /^(?:によると|によれば)/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4)) ? [unnamed] : [];
	});
	return [...new Set(names)].filter(name => scanFirms(name).length === 0 && matcher.find(name).length === 0);
}
