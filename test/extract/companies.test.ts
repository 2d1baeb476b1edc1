import {describe, expect, test} from 'vitest';
import {CompanyMatcher, normalize} from '../../source/extract/companies.js';
import {defaultRegistry} from '../../source/extract/registry.js';

const matcher = new CompanyMatcher(defaultRegistry);
const found = (text: string) => matcher.find(normalize(text)).map(mention => (mention.segment ? `${mention.company}/${mention.segment}` : mention.company));

describe('company matching', () => {
	test('knows katakana spellings and segments of a parent', () => {
		expect(found('オープンAIとエヌビディア')).toEqual(['openai', 'nvidia']);
		expect(found('アマゾン・ウェブ・サービス(AWS)は')).toEqual(['amazon/aws', 'amazon/aws']);
		expect(found('Google Cloud Platform（GCP）とAlphabet')).toEqual(['google/google-cloud', 'google/google-cloud', 'google']);
		expect(found('Azureの収益')).toEqual(['microsoft/azure']);
	});

	test('an alias in capitals that is also an English word (SCREEN) is found only as written', () => {
		expect(found('SCREEN、洗浄装置の受注が好調')).toEqual(['screen']);
		expect(found('a touch screen and a Screen test')).toEqual([]);
	});

	test("the Japanese PC joint venture PC share reports name (NECレノボ) is Lenovo's, not NEC's", () => {
		expect(found('国内出荷はNECレノボが首位、NECのサーバーは伸びた')).toEqual(['lenovo', 'nec']);
	});

	test('folds full-width and half-width forms (NFKC)', () => {
		expect(found('ＡＷＳとｱﾏｿﾞﾝとＮＶＩＤＩＡ')).toEqual(['amazon/aws', 'amazon', 'nvidia']);
	});

	test('a katakana rendering the registry does not know, with a registry name in Latin after it (リベリオ（Rebellions）), is that company in its text', () => {
		const text = normalize('韓国のリベリオ（Rebellions）は上場を目指す。リベリオは推論チップを作る。');
		expect(
			matcher
				.extend([], text)
				.find(text)
				.map(mention => mention.company),
		).toEqual(['rebellions', 'rebellions', 'rebellions']);
		const other = normalize('新興のカナタ（Kanata Labs）は上場を目指す。');
		expect(matcher.extend([], other).find(other)).toEqual([]);
	});

	test('Latin names stand on word boundaries, digits may follow', () => {
		expect(found('metadata and AMDx and Metaverse')).toEqual([]);
		expect(found('Meta and AMD')).toEqual(['meta', 'amd']);
		expect(found('AWS380億ドルの契約')).toEqual(['amazon/aws']);
		// "$12.3M": a name that opens on a digit (3M) is no name inside an amount.
		expect(found('Royalty revenue：$12.3M、$3M、3Mの売上高')).toEqual(['3m']);
	});

	test('a katakana name straight after a number is its unit (36ギガバイト), not the company of that name', () => {
		expect(found('容量は36ギガバイトに増え、ギガバイトのサーバー出荷も伸びた')).toEqual(['gigabyte']);
	});

	test('short katakana names are not matched inside other words', () => {
		expect(found('メタ層のモデルとプラットフォーム、インテリジェンス')).toEqual([]);
		expect(found('メタ(Llama)とインテル(Gaudi)')).toEqual(['meta', 'intel']);
	});

	test('the longest name wins: a product named after a partner belongs to its maker', () => {
		expect(found('Azure OpenAI Serviceを通じて')).toEqual(['microsoft/azure']);
	});

	test('short Latin names match only in the case given', () => {
		expect(found('ms and aws')).toEqual([]);
		expect(found('Nvidia and nvidia')).toEqual(['nvidia', 'nvidia']);
	});
});

describe('short katakana names', () => {
	test('stand alone before 株, 社 and 製, not inside other kanji compounds', () => {
		expect(found('アーム株は上昇、メタ社の発表、デル製のサーバー')).toEqual(['arm', 'meta', 'dell']);
		expect(found('アーム決算、メタ決算が相次ぐ')).toEqual(['arm', 'meta']);
		expect(found('メタ層の構造、アーム型ロボット')).toEqual([]);
	});
});

describe('group and holding names', () => {
	test('"キオクシアホールディングス" and "ソニーグループ" are the company; other katakana after a name are not', () => {
		expect(found('キオクシアホールディングスの株価、ソニーグループの決算')).toEqual(['kioxia', 'sony']);
		expect(found('キオクシアメモリ')).toEqual([]);
	});
});

/** The companies of a text, with the names the text itself gives them (its short forms, X for X株式会社). */
const inArticle = (text: string) =>
	matcher
		.extend([], normalize(text))
		.find(normalize(text))
		.map(mention => mention.company);

describe('a first word standing for a katakana name given in full', () => {
	test('is the company once the article has named it in full', () => {
		expect(inArticle('アプライド・マテリアルズは新しい検査装置を出荷した。アプライドの受注は伸びた。')).toEqual(['applied-materials', 'applied-materials']);
		expect(inArticle('アプライド マテリアルズが工場を開く。アプライドは採用も増やす。')).toEqual(['applied-materials', 'applied-materials']);
		// Written in full without the middle dot, too.
		expect(inArticle('ウエスタンデジタルは減産を続ける。ウエスタンの在庫は減った。')).toEqual(['western-digital', 'western-digital']);
	});

	test('is nobody when the article never names the company in full, or names two companies it could stand for', () => {
		expect(inArticle('アプライドの受注は伸びた。')).toEqual([]);
		expect(inArticle('アプライド・マテリアルズとアプライド・デジタルが提携。アプライドは語らなかった。')).toEqual(['applied-materials', 'applied-digital']);
	});
});

describe("a name that is another company's short name, written in full as X株式会社", () => {
	test('makes the bare name that company in its article (ソフトバンク株式会社 … ソフトバンクは); the group stays the group', () => {
		expect(inArticle('ソフトバンク株式会社は堺市に計算基盤を置く。ソフトバンクの法人事業は伸びた。親会社のソフトバンクグループは出資を続ける。')).toEqual(['softbank-corp', 'softbank-corp', 'softbank']);
		expect(inArticle('ソフトバンク（株）は新料金を発表した。ソフトバンクの契約数は増えた。')).toEqual(['softbank-corp', 'softbank-corp']);
	});

	test('makes the bare name that company in an article that writes the group by its longer name apart from it', () => {
		expect(inArticle('ソフトバンクグループ（SBG）は出資を続ける。ソフトバンクは6日、法人向けの新サービスを始めた。')).toEqual(['softbank', 'softbank', 'softbank-corp']);
		expect(inArticle('ソフトバンクGは6日、決算を発表した。ソフトバンクの株価は上がった。')).toEqual(['softbank', 'softbank-corp']);
	});

	test("makes the bare name that company in an article that names nothing of the group's (its longer names, its units); one that does keeps it the group's", () => {
		expect(inArticle('ソフトバンクは5日、4〜6月期の決算を発表した。')).toEqual(['softbank-corp']);
		expect(inArticle('ソフトバンクは出資を増やす。ビジョン・ファンドの投資先も増えた。')).toEqual(['softbank', 'softbank']);
		expect(inArticle('ソフトバンクはSVF経由で出資を増やす。')).toEqual(['softbank', 'softbank']);
	});
});

describe('Japanese companies known by their Japanese name', () => {
	test('国際電気 is Kokusai Electric', () => {
		expect(found('国際電気の株価が上がった')).toEqual(['kokusai-electric']);
	});
});

describe('kanji names', () => {
	test('running on into more kanji are another name; before a word for the company itself they are the company', () => {
		expect(found('日立建機と東芝機械と日本電気化学')).toEqual([]);
		expect(found('東芝株と富士通社長と日立傘下')).toEqual(['toshiba', 'fujitsu', 'hitachi']);
	});
});

describe("an article's own companies", () => {
	const introduced = [
		{id: 'x-kumo', name: 'クモテック', japaneseNames: ['クモテック'], aliases: ['Kumo Tech'], ticker: null, fiscalYearEnd: null, segments: []},
		// Named like a registry company's part: the longer name must still win where both start.
		{id: 'x-aws-labs', name: 'AWSラボ', japaneseNames: ['AWSラボ'], aliases: [], ticker: null, fiscalYearEnd: null, segments: []},
	] as unknown as Parameters<CompanyMatcher['extend']>[0];
	const text = normalize('クモテックはAWSラボと組み、AWSとKumo Techの名でNVIDIAのGPUを貸す。アプライド・マテリアルズも出資し、アプライドの担当者が語った。');
	const mentions = (of: CompanyMatcher) => of.find(text).map(mention => `${mention.company}@${mention.start}`);

	test('are found as a matcher made of the registry and them would find them', () => {
		const extended = matcher.extend(introduced, text);
		// With the short form the article earns ("アプライド" after "アプライド・マテリアルズ") as a name.
		const registry = defaultRegistry.companies.map(company => (company.id === 'applied-materials' ? {...company, japaneseNames: [...company.japaneseNames, 'アプライド']} : company));
		const rebuilt = new CompanyMatcher({companies: [...registry, ...introduced]});
		expect(mentions(extended)).toEqual(mentions(rebuilt));
		expect(mentions(extended)).toContain(`applied-materials@${text.lastIndexOf('アプライド')}`);
		expect(mentions(extended)).toContain(`x-aws-labs@${text.indexOf('AWSラボ')}`);
		expect(mentions(extended)).toContain(`amazon@${text.indexOf('AWSと')}`);
	});

	test('leave the matcher they extend as it was', () => {
		const before = mentions(matcher);
		matcher.extend(introduced, text);
		expect(mentions(matcher)).toEqual(before);
		expect(before.some(mention => mention.startsWith('x-'))).toBe(false);
	});
});

test('a katakana name is found as Japanese also writes it: a long e-sound as イ (スノーフレイク), ヴ as バ行', () => {
	expect(matcher.find('米スノーフレイクの決算').map(mention => mention.company)).toEqual(['snowflake']);
	expect(matcher.find('米スノーフレークの決算').map(mention => mention.company)).toEqual(['snowflake']);
	expect(matcher.find('ブイエムウェアの売上高').map(mention => `${mention.company}/${mention.segment}`)).toEqual(['broadcom/vmware']);
});

test("Taiwan's server makers go by two characters of their Chinese names (広達, 緯穎, 緯創, 仁宝); a Latin word after another in a quoted product name (「Falcon Flex」) is no company", () => {
	expect(found('鴻海が35%、広達が22%、緯穎が12%、緯創と仁宝は…')).toEqual(['foxconn', 'quanta', 'wiwynn', 'wistron', 'compal']);
	expect(found('「Falcon Flex」経由のARRは伸びた。Flexの受託生産は')).toEqual(['flex']);
	expect(found('クレドの8〜10月期は')).toEqual(['credo']);
});
