import {describe, expect, test} from 'vitest';
import {CompanyMatcher, normalize} from '../../source/extract/companies.js';
import {defaultRegistry} from '../../source/extract/registry.js';

const matcher = new CompanyMatcher(defaultRegistry);
const found = (text: string) => matcher.find(normalize(text)).map(mention => (mention.segment ? `${mention.company}/${mention.segment}` : mention.company));

/** Every form a company is matched by: its name, Japanese names, aliases, ticker and segments' names. */
const forms = defaultRegistry.companies.flatMap(company => [
	...[company.name, ...company.japaneseNames, ...company.aliases].map(text => ({text, company: company.id})),
	...(company.ticker && /^[A-Z]{2,}$/.test(company.ticker) ? [{text: company.ticker, company: company.id}] : []),
	...(company.segments ?? []).flatMap(segment => [segment.name, ...segment.aliases].map(text => ({text, company: company.id}))),
]);

describe('the bundled registry', () => {
	test('ids are unique, and no form names two companies', () => {
		const ids = defaultRegistry.companies.map(company => company.id);
		expect(new Set(ids).size).toBe(ids.length);
		const owners = new Map<string, Set<string>>();
		for (const {text, company} of forms) {
			const key = normalize(text).trim().toLowerCase();
			owners.set(key, (owners.get(key) ?? new Set()).add(company));
		}

		expect([...owners].filter(([, companies]) => companies.size > 1).map(([key, companies]) => `${key}: ${[...companies].join(', ')}`)).toEqual([]);
	});

	test('every form, written alone, is found as its own company', () => {
		const wrong = forms.filter(({text, company}) => {
			const written = normalize(text).trim();
			const mentions = matcher.find(written);
			return mentions.length !== 1 || mentions[0]!.company !== company || mentions[0]!.start !== 0 || mentions[0]!.end !== written.length;
		});
		expect(wrong).toEqual([]);
	});

	test('Japanese AI small caps and the power companies data centres buy from are known, short forms too; a longer kanji name is another', () => {
		expect(found('ヘッドウォータースとエクサウィザーズとジーデップ・アドバンスと関電と東電')).toEqual(['headwaters', 'exawizards', 'gdep-advance', 'kansai-electric', 'tepco']);
		// 関電工 is an electrical contractor of its own (Kandenko), never 関電; 東電設計 is no TEPCO.
		expect(found('関電工と東電設計')).toEqual(['kandenko']);
	});

	test("ソフトバンク is SoftBank Group; only the telecom company's own forms are SoftBank Corp", () => {
		expect(found('ソフトバンクとソフトバンクGとソフトバンクグループ')).toEqual(['softbank', 'softbank', 'softbank']);
		expect(found('ソフトバンク株式会社とソフトバンク(株)とSoftBank Corp')).toEqual(['softbank-corp', 'softbank-corp', 'softbank-corp']);
	});

	test("SoftBank Group's Vision Fund, by any of its names, is that segment of the group", () => {
		expect(found('ビジョン・ファンドとSVFとソフトバンク・ビジョン・ファンド')).toEqual(['softbank/vision-fund', 'softbank/vision-fund', 'softbank/vision-fund']);
	});

	test("a glass maker whose name holds NEC's (日本電気硝子) is itself", () => {
		expect(found('日本電気硝子と日本電気')).toEqual(['nippon-electric-glass', 'nec']);
	});

	test('subsidiaries and former names: the longest name wins', () => {
		expect(found('NTT東日本、NTTドコモビジネス、NTTドコモ、NTTデータ')).toEqual(['ntt-east', 'ntt-docomo-business', 'ntt-docomo', 'ntt-data']);
		expect(found('東芝メモリと東芝、サムスンSDIとサムスン電子')).toEqual(['kioxia', 'toshiba', 'samsung-sdi', 'samsung']);
		expect(found('ソニーセミコンダクタソリューションズ')).toEqual(['sony/imaging-sensing-solutions']);
		expect(found('キヤノンMJとキヤノン、東京エレクトロンデバイスと東京エレクトロン')).toEqual(['canon-mj', 'canon', 'ted', 'tokyo-electron']);
		expect(found('GMOインターネットグループとGMOインターネット')).toEqual(['gmo-internet-group', 'gmo-internet']);
		expect(found('Tencent Cloud Japan株式会社（以下「テンセントクラウド」）とテンセント')).toEqual(['tencent/tencent-cloud', 'tencent/tencent-cloud', 'tencent']);
		expect(found('ファウンドリー部門（Intel Foundry）の営業損益、DCAIの売上高')).toEqual(['intel/intel-foundry', 'intel/dcai']);
	});

	test("a market flash's short names (さくらネット, 東応化, 三菱電, ソシオネク, キオクシアＨＤ) are their companies; a longer word they open is not", () => {
		expect(found('さくらネット、東応化、三菱電、ソシオネク、キオクシアＨＤ、日電子が高い')).toEqual(['sakura-internet', 'tokyo-ohka', 'mitsubishi-electric', 'socionext', 'kioxia', 'jeol']);
		expect(found('三菱電線と住友電設と古河電池')).toEqual([]);
	});

	test('chip-materials makers and AI start-ups investors follow are known by their names', () => {
		expect(found('味の素、環球晶圓、グローバルウェーハズ、住友化学、三菱ケミカルグループ、旭化成、日東電工、ストックマーク、LayerX、SmartHR')).toEqual([
			'ajinomoto',
			'globalwafers',
			'globalwafers',
			'sumitomo-chemical',
			'mitsubishi-chemical',
			'asahi-kasei',
			'nitto-denko',
			'stockmark',
			'layerx',
			'smarthr',
		]);
	});

	test('Japanese data and SaaS companies investors follow are known by their Japanese names', () => {
		expect(found('ブレインパッド、ビジョナル、ウイングアーク1st、カオナビ、チャットワーク、インフォマート、プレイド、ソラコム、ギフティ')).toEqual([
			'brainpad',
			'visional',
			'wingarc1st',
			'kaonavi',
			'kubell',
			'infomart',
			'plaid',
			'soracom',
			'giftee',
		]);
	});

	test('a company by its legal Japanese name (フリー株式会社) and a short form a headline uses (新光電気), but not the plain word', () => {
		expect(found('フリー株式会社、新光電気')).toEqual(['freee', 'shinko-electric']);
		expect(found('フリーランス向けの機能')).toEqual([]);
	});

	test('ordinary words are no companies', () => {
		expect(found('スナップ写真、ズームイン、リコール、楽天的、国際電気通信連合、古河電池、住友電設、東京東部、カカオ豆、ラムダ式')).toEqual([]);
		expect(found('AWS Lambdaと.NETとON/OFF、TEL、ホームページ(HP)')).toEqual(['amazon/aws']);
		expect(found('詳しくは当社HPをご覧ください。価格はHPで公開している。')).toEqual([]);
		expect(found('HPは14.1%だった。')).toEqual(['hp-inc']);
	});
});
