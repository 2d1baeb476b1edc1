// Business segments, product lines and regions a figure can be about, found in a (normalised)
// sentence without a registry: "データセンター部門", "「インテリジェント・クラウド」部門", "ビジョン・ファンド
// （SVF）事業", "ゲーム&ネットワークサービス（G&NS）分野", "アプリ群（ファミリー・オブ・アプリ）", "中国向けの比率",
// "「PLaMo（プラモ）」の利用企業", "インドの…に投資", "うち国内には". "同事業", "同分野" and "このうち" point
// back to the segment named last.

export type SegmentSource = 'unit' | 'market' | 'product' | 'region' | 'same' | 'part';

export interface SegmentMention {
	/** The segment's name as written, without 部門, 事業, 向け or brackets ("データセンター", "中国"). */
	readonly name: string;
	/** Other names the text gives it: its abbreviation in brackets, its name with 部門 or 事業 ("G&NS", "AI関連事業"). */
	readonly aliases: readonly string[];
	readonly start: number;
	readonly end: number;
	/** How it was named: a business unit, a market (X向け), a product in 「」, a place, 同事業 (`name` is empty), or このうちX. */
	readonly source: SegmentSource;
}

const nameRun = String.raw`[\p{Script=Han}ァ-ヶーA-Za-z0-9・&\s]{1,24}?`;
// "Data Center segment": an English page's word for it, after a space.
const unitSuffix = String.raw`部門|事業部門|事業部|事業本部|事業|セグメント|分野|領域|群|\s(?:segment|Segment|division|Division)(?![A-Za-z])`;
const unitPattern = new RegExp(
	String.raw`(?:「(?<quoted>[^「」]{1,24})」|(?<plain>${nameRun}))(?<toward>向け)?(?:[(（](?<inner>[^()（）]{1,30})[)）](?<rest>[\p{Script=Han}ァ-ヶーA-Za-z0-9・&]{1,12}?)?)?(?<suffix>${unitSuffix})(?![別化者所内外])(?:[(（](?<after>[^()（）]{1,30})[)）])?`,
	'gu',
);
// "中国向け比率は": a ratio may follow the customers' line without の (a line of sales is read by `lineBefore`).
// "IoT（モノのインターネット）向けは": a reading in brackets may stand between the name and 向け.
const marketPattern = /(?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{1,16}?)(?:[(（][^()（）]{1,20}[)）])?向け(?=の|は|が|で|比率)/gu;
const describedLine = /^の(?<line>[\p{Script=Han}ァ-ヶーA-Za-z0-9・&]{2,16}?)(?:[(（][^()（）]{1,20}[)）])?(?:の|は|が)/u;
// "中国向けの比率は", "データセンター向けの売上高は": a measure of the customers' line, which stays the segment.
const measureNoun = /^(?:比率|売上|収益|収入|販売|出荷|受注|需要|割合|構成比|シェア|伸び|製品|事業|残存履行義務|営業利益|利益|契約)/;
// Not "「X」の新規導入が堅調": a product's の must lead to what is counted or earned of it.
// Nor "「ガバメントクラウド」の認定を追い風に": a certification won or a choice made is no line of sales.
const describedProduct = /(?:サービス|製品|アプリ|ソフト|ソフトウェア|プラットフォーム|ツール)の\s?(?<name>[A-Z][A-Za-z0-9.&-]*(?: [A-Z][A-Za-z0-9.&-]*){0,3})(?=\s?(?:は|の|が))/gu;
const productPattern = /[「『](?<name>[^「」『』()（）]{1,40})(?:[(（](?<reading>[^()（）]{1,24})[)）])?[」』](?:シリーズ|ブランド)?(?=の(?!新規|導入が|販売が|開発|提供|投入|拡販|好調|伸び|認定|採択|採用)|が|は)/gu;
// "生成AI関連の受注高": the business a figure is about, named with 関連.
// "データセンター関連サービスの売上高": what the related line sells may follow 関連.
// Not "防衛や宇宙関連の案件が積み上がり": related work told on the way owns no measure.
// "クラウド関連売上収益は", "クラウド関連の営業利益率は", "クラウド関連の7〜9月期の受注高は": the measure may follow straight, or after a period;
// "AI関連の半導体売上高": or after what the line sells.
const relatedPattern =
	/(?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{2,16}?)関連(?<line>サービス|製品|ビジネス|商品)?(?=の(?:[^、。はがを]{1,12}?期の)?(?<product>半導体|チップ|サーバー)?(?:比率|売上|収益|収入|販売|出荷|受注|需要|割合|構成比|シェア|伸び|製品|事業|サービス|ビジネス|営業利益)|で|(?:売上高|売上収益|営業利益)(?:は|が))/gu;
// "ハードウェアソリューションは売上収益が7%減", "ユビキタスソリューションは20億円の調整後営業赤字": a business line named in
// katakana by what it does, told as the topic of its own measure, though no 事業 or 部門 follows it; "産業ITソリューションは、
// …の影響が一巡し、営業利益が93億円", "金融システムは…端境期に入り、営業利益が": with what moved it told between.
const lineTopicPattern =
	/(?<![ァ-ヶー・A-Za-z\p{Script=Han}])(?<name>(?:[A-Z]{2,4})?(?:(?!同社|当社)\p{Script=Han}{1,4})?(?:[A-Z]{2,4})?[ァ-ヶー・]{0,20}(?:ソリューションズ?|サービシズ|サービス|システムズ?|プラットフォーム|デバイス|ソフトウェア|ハードウェア|エレクトロニクス|コンポーネンツ?))(?=\s?(?:は|では|も)[、,]?\s?(?:[^、。「」]{2,40}?(?:で|し|み|り|え|け|き)[、,]\s?)?(?:(?:同部門の|同事業の|同セグメントの)?(?:売上高|売上収益|営業収益|営業利益|調整後営業利益|営業損益|受注高)(?:が|は)|[^、。]{0,16}?(?:営業赤字|営業黒字|営業損失)))/gu;
// "クライアント・ソリューションズ・グループ（CSG）の売上高": a business group named in katakana with its Latin initials,
// or as the label of a line of its results ("…グループ（IDG）：売上高は…").
const initialledGroup = /(?<![ァ-ヶー・A-Za-z])(?<name>[ァ-ヶー][ァ-ヶー・]{3,40}(?:グループ|ソリューションズ|ビジネス))[(（](?<initials>[A-Z][A-Z&]{1,6})[)）](?=\s?(?:の|は|が|で|では|も|[:：]))/gu;
// The words the two patterns above cannot match without: most sentences have none.
const groupWord = /(?:グループ|ソリューションズ|ビジネス)[(（]/;
const bareLineWord = /^(?:ソリューションズ?|サービシズ|サービス|システムズ?|プラットフォーム|デバイス|ソフトウェア|ハードウェア|エレクトロニクス|コンポーネンツ?)$/;
const lineWord = /ソリューション|サービ|システム|プラットフォーム|デバイス|ソフトウェア|ハードウェア|エレクトロニクス|コンポーネント/;
// "…サービスソリューションの売上収益が…。部門の営業利益率は": 部門 opening a sentence, bare, is the one just named; so is
// "このセグメントの営業利益は".
const samePattern =
	/同事業|同部門|同セグメント|当事業|当部門|当セグメント|この(?:セグメント|部門|事業)(?=の|は|で)|同分野|同領域|同サービス|同製品|同ドメイン|同プラン|同カンパニー|同ユニット|このうち|うち(?=[\p{Script=Han}ァ-ヶー])|^(?:部門|セグメント)(?=の)/gu;

/** Places an investment is made in, and regions results are reported by. */
const places = [
	'国内',
	'海外',
	'日本国内',
	'日本',
	'米国',
	'北米',
	'米州',
	'南北アメリカ',
	'中国',
	'中華圏',
	'台湾',
	'韓国',
	'インド',
	'欧州',
	'欧州・中東・アフリカ',
	'アジア太平洋',
	'アジア',
	'英国',
	'ドイツ',
	'フランス',
	'シンガポール',
	'マレーシア',
	'タイ',
	'インドネシア',
	'ベトナム',
	'オーストラリア',
	'ブラジル',
	'メキシコ',
	'カナダ',
	'中東',
	'サウジアラビア',
	'アラブ首長国連邦',
	'UAE',
	'アリゾナ州',
	'テキサス州',
	'オハイオ州',
	'ニューヨーク州',
	'ウィスコンシン州',
	'ジョージア州',
	'バージニア州',
	'オレゴン州',
	'ペンシルベニア州',
	'北海道',
	'熊本県',
	'九州',
	'関西',
	'首都圏',
];
// "アラブ首長国連邦（UAE）のAIデータセンターに": its short name in brackets may follow the place.
// Not "国内の大手製造業と…契約を結んだ", "米国のAIセキュリティー新興企業を…買収": a place that says where the other party is.
// "海外売上高比率は64.5%", "海外比率は96%": the share of sales made there; "海外売上収益は910億円": the sales made there.
const placePattern = new RegExp(
	`(?:米|豪)?(?<name>${places.sort((a, b) => b.length - a.length).join('|')})(?:市場(?=での|における)|地域(?=の(?:売上|受注|営業)))?(?=(?:[(（][A-Za-z・]{2,12}[)）])?(?:の|に|では|で|には|における|向け|(?:売上高?|売上収益)?(?:の)?比率|(?:売上高?|売上収益|営業収益)(?:は|が|も)))(?!の(?:大手|中堅|有力|主要)?[\\p{Script=Han}ァ-ヶーA-Za-z]{0,12}(?:会社|企業|メーカー|製造業|業者|銀行|事業者|顧客|スタートアップ)(?:と|から|に|へ|向け|を))`,
	'gu',
);
const placeNames = new Set(places);

/** "台湾", "北米", "欧州": a place results are reported by. */
export const isPlace = (name: string): boolean => placeNames.has(name.replace(/^(?:米|豪)/, '')) || placeNames.has(name);

// The first characters of the places: a sentence without any of them names none.
const mayNamePlace = new RegExp(`[${[...new Set(places.map(place => place[0]!))].join('')}]`, 'u');

// Words before 部門 or 事業 that name no segment: "同事業" (handled as a reference), "主力事業", "継続事業", "不採算事業".
const notSegments = /^(?:同|当|各|全|本|新規|既存|主力|中核|基幹|他|一部|関連|対象|その他|祖業|周辺|部門|事業|継続|非継続|本業|全社|同社|当社|成長|重点|注力|戦略|収益|不採算|低採算|赤字|黒字|[\p{Script=Hiragana}]+)$/u;

// "通期事業利益予想", "上期事業利益": a period before the measure 事業利益 names no business.
const periodNotSegment = /(?:期|年度|年間|通年)$/u;

/** The left edge of a name inside a run: after a particle or a kanji word that ends a phrase ("AI向け半導体を含むデータセンター"). */
function trimName(run: string): string {
	let name = run.replace(/^\s+|\s+$/g, '');
	// A run read back from 部門 may start in the phrase before it: keep the part after the last particle.
	const cut = /.*[はがをにとでもの、]/u.exec(name);
	if (cut) name = name.slice(cut[0].length);
	// "田島 ネットワークサービス事業の…": a speaker's name that labels an interview's answer is no part of the name.
	const labelled = /^\p{Script=Han}{1,4}\s+(?=[^\s])/u.exec(name);
	if (labelled) name = name.slice(labelled[0].length);
	return name.replace(/^[・\s]+/, '');
}

/** An abbreviation or a name in brackets beside a segment's name: "（G&NS）", "（SVF）". */
function bracketAlias(text: string | undefined): string[] {
	const alias = text?.trim();
	return alias && alias.length <= 24 && !/[、。:：]/.test(alias) ? [alias] : [];
}

const describedPartPattern = /このうち[、,]?[^、。「」]{1,30}?[うくぐすつぬぶむる](?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{2,16}?)(?=の(?:売上高|売上|収益|収入)(?:は|が))/gu;
// "このうち「高火力」関連は": a product in 「」 and what goes with it.
// "このうちSoC（システム・オン・チップ）テスターは": a reading in brackets may stand inside the name.
const partPattern =
	/このうち[、,]?\s?(?<name>「[^「」、。]{2,14}」(?:関連|系)?|(?:(?:[\p{Script=Han}ァ-ヶーA-Za-z0-9・]|向け){1,10}の)?(?:[\p{Script=Han}ァ-ヶーA-Za-z0-9・]|向け|[(（][^()（）、。]{1,20}[)）](?=[\p{Script=Han}ァ-ヶーA-Za-z])){2,14}?)(?<income>収入|売上高|売上|収益)?(?:は|が)/gu;
// "このうち純利益は", "このうち海外比率は": a measure, not a part.
const partNotName = /(?:利益|損益|損失|率|額|高|数|比|費|量|分)$/;

/** Free-form segments of a sentence, in order. */
export function findSegments(text: string): SegmentMention[] {
	const mentions: SegmentMention[] = [];
	if (/部門|事業|セグメント|分野|領域|群|\s[Ss]egment|\s[Dd]ivision/.test(text)) {
		for (const match of text.matchAll(unitPattern)) {
			const g = match.groups!;
			// "アプリ群（ファミリー・オブ・アプリ）": the name in brackets after 群 is the segment's own.
			const bracketName = g['suffix'] === '群' ? g['after'] : undefined;
			// "「Lumada（ルマーダ）」事業": a name in 「」 with its reading in brackets is the name; the reading stays an alias.
			const quotedReading = g['quoted'] ? /[(（]([^()（）]{1,20})[)）]/.exec(g['quoted'])?.[1] : undefined;
			const written = trimName(bracketName ?? g['quoted']?.replace(/[(（][^()（）]*[)）]/g, '') ?? g['plain'] ?? '');
			if (g['suffix'] === '群' && !bracketName) continue;
			// "FPD（フラットパネルディスプレー）製造装置部門": a reading in the middle of the name is no part of it.
			const rest = g['rest'] ?? '';
			const name = written + rest;
			if (name.length < 2 || notSegments.test(name) || notSegments.test(name.replace(/関連$/, '')) || periodNotSegment.test(name)) continue;
			// "DC向け事業の売上高": the business of serving a market is named by the market.
			const toward = g['toward'] ? [`${name}向け`, `${name}向け${g['suffix']}`] : [];
			const aliases = [
				...new Set([
					...toward,
					`${name}${g['suffix']}`,
					...(name.endsWith('関連') ? [name.replace(/関連$/, '')] : []),
					...(rest ? [written] : bracketAlias(g['inner'])),
					...bracketAlias(g['suffix'] === '群' ? undefined : g['after']),
					...(quotedReading ? [quotedReading] : []),
				]),
			].filter(alias => alias !== name);
			const leading = match[0].indexOf(name);
			mentions.push({name, aliases, start: match.index + Math.max(0, leading), end: match.index + match[0].length, source: 'unit'});
		}
	}

	if (groupWord.test(text)) for (const match of text.matchAll(initialledGroup)) mentions.push({name: match.groups!['initials']!, aliases: [match.groups!['name']!], start: match.index, end: match.index + match[0].length, source: 'unit'});
	if (lineWord.test(text))
		for (const match of text.matchAll(lineTopicPattern)) {
			// "同社のサービスは": the word alone names no line.
			if (bareLineWord.test(match.groups!['name']!)) continue;
			mentions.push({name: match.groups!['name']!, aliases: [], start: match.index, end: match.index + match[0].length, source: 'unit'});
		}

	if (text.includes('向け')) {
		for (const match of text.matchAll(marketPattern)) {
			const name = trimName(match.groups!['name']!);
			if (name.length < 2 || notSegments.test(name)) continue;
			// "企業向けのSSD&ストレージの売上収益": the customers describe the line named after them, which is the segment.
			const described = describedLine.exec(text.slice(match.index + match[0].length));
			if (described && !measureNoun.test(described.groups!['line']!)) continue;
			mentions.push({name, aliases: [`${name}向け`], start: match.index + match[0].lastIndexOf(name), end: match.index + match[0].length, source: 'market'});
		}
	}

	if (text.includes('関連')) {
		for (const match of text.matchAll(relatedPattern)) {
			// "AI関連の半導体売上高": what the line sells names it with its theme (AI半導体).
			const product = match.groups!['product'];
			const name = `${trimName(match.groups!['name']!)}${product ?? ''}`;
			// "AI関連の設備投資" is capex on AI, not an AI segment: a short abbreviation names a theme.
			if (name.length < 2 || notSegments.test(name) || /^[A-Za-z]{1,3}$/.test(name)) continue;
			const line = match.groups!['line'] ? [`${name}関連${match.groups!['line']}`] : [];
			mentions.push({name, aliases: [`${name}関連`, `${name}関連事業`, ...line], start: match.index, end: match.index + match[0].length, source: 'market'});
		}
	}

	// "請求書受領サービスのBill Oneは": a name in letters that a word for a product describes.
	if (text.includes('の')) {
		// Not "製品のARRは": a measure's letters name no product.
		for (const match of text.matchAll(describedProduct))
			if (!/^[A-Z]{2,6}$/.test(match.groups!['name']!)) mentions.push({name: match.groups!['name']!, aliases: [], start: match.index + match[0].length - match.groups!['name']!.length, end: match.index + match[0].length, source: 'product'});
	}

	if (text.includes('「') || text.includes('『')) {
		for (const match of text.matchAll(productPattern)) {
			const name = match.groups!['name']!.trim();
			if (name.length < 2 || /[。、!?！？]/.test(name)) continue;
			mentions.push({name, aliases: bracketAlias(match.groups!['reading']), start: match.index, end: match.index + match[0].length, source: 'product'});
		}
	}

	if (mayNamePlace.test(text)) {
		for (const match of text.matchAll(placePattern)) {
			mentions.push({name: match.groups!['name']!, aliases: [], start: match.index, end: match.index + match[0].length, source: 'region'});
		}
	}

	// "このうちロイヤルティー収入は", "このうち米国の民間企業向けは": the part of the whole just given.
	if (text.includes('このうち')) {
		// "このうちAIサーバー同士をつなぐネットワーキング製品の売上高は": the part after the clause that describes it.
		// It wins over a plain reading, which would take the describing clause's subject ("クラウド各社が") for the part.
		const described = [...text.matchAll(describedPartPattern)];
		const plain = [...text.matchAll(partPattern)].filter(match => !described.some(other => other.index === match.index));
		for (const match of [...plain, ...described]) {
			// "AI関連製品のランレートは": the part, not its measure; "米国の民間企業向けは" is one name.
			const written = match.groups!['name']!;
			const whole = written.includes('の') && !written.endsWith('向け') && !written.startsWith('「') ? written.slice(0, written.indexOf('の')) : written;
			// "このうち制御機器事業の": the segment's name, without the word that says it is one.
			const asWritten = /^「(?<product>[^「」]+)」/u.exec(whole)?.groups!['product'] ?? whole.replace(/(?<=.{2})(?:事業部?|部門|セグメント)$/u, '');
			const name = asWritten.replace(/[(（][^()（）]*[)）]/g, '');
			if (name.length < 2 || notSegments.test(name) || notLines.test(name) || partNotName.test(name)) continue;
			const start = match.index + match[0].indexOf(asWritten, 4);
			const aliases = [...(whole === name ? [] : [whole]), ...(match.groups!['income'] ? [`${name}${match.groups!['income']}`] : [])];
			mentions.push({name, aliases, start, end: match.index + match[0].length, source: 'part'});
		}
	}

	if (text.includes('同') || text.includes('うち') || text.includes('当') || text.includes('この') || /^(?:部門|セグメント)の/.test(text))
		for (const match of text.matchAll(samePattern))
			if (!mentions.some(mention => mention.source === 'part' && mention.start - match.index <= 6 && mention.start > match.index))
				mentions.push({name: '', aliases: [], start: match.index, end: match.index + match[0].length, source: 'same'});
	// A name inside another counts once: the outer one.
	mentions.sort((a, b) => a.start - b.start || b.end - a.end);
	return mentions.filter(
		(mention, index) => !mentions.some((other, otherIndex) => otherIndex !== index && other.start <= mention.start && other.end >= mention.end && (other.end - other.start > mention.end - mention.start || otherIndex < index)),
	);
}

// ---- a product line or region named only as the owner of a measure

/** Words before a measure that are no segment: the whole company, a period, the measure's own words. */
// "有料課金の法人顧客", "新規の顧客": how customers pay or when they came is no line of the business.
export const notLines =
	/^(?:会社全体|全体|連結|全社|同社|当社|自社|今期|通期|前期|来期|当期|前年同期|前年|前四半期|四半期|期中|単体|本業|調整後|調整前|実質|特殊要因除く|非GAAP|同期間|同期|世界|国内市場|同市場|市場|業界|グループ|合計|総額|Total|Net|Group|Company|Quarterly|Annual|Q[1-4]|FY\d*|GAAP|Non-GAAP|IFRS|Non-IFRS|Adjusted|Core|Organic|Reported|Diluted|Basic|Gross|Operating|Revenue|Sales|YoY|QoQ|EPS|CEO|CFO|有料課金|有料|課金|無料|新規|既存|累計|契約|登録|稼働)$/i;

export const nandWrittenOut = /^NAND型?フラッシュ(?:メモリー?)?$/;

/**
 * A product line or region that owns a measure with no 部門 or 事業 to mark it: "iPhoneの売上高",
 * "HBMの売上高", "DRAM売上高", "GPUクラウドの利用企業", "AI semiconductor revenue", and, where the text
 * has said it reports by segment ("製品別では", "地域別では", "区分別では"), any noun before の:
 * "中華圏の売上高", "サービス等の売上高". `before` is the text up to the measure's word.
 */
export function lineBefore(written: string, bySegment: boolean): {name: string; aliases: string[]} | null {
	// "インフラストラクチャー・ソリューションズ・グループ（ISG）の", "SoC（システム・オン・チップ）テスターの": the
	// bracket is an abbreviation or a reading; the name is read without it and the abbreviation kept.
	const bracket = /[(（]([^()（）]{1,30})[)）](?=[^()（）]*$)/.exec(written);
	const before = written.replace(/[(（][^()（）]{1,30}[)）]/g, '');
	const abbreviation = bracket && /^[A-Za-z0-9&-]{2,8}$/.test(bracket[1]!) ? [bracket[1]!] : [];
	// "Q4 FY2026 product revenue:": a period written before the measure is no part of a line's name.
	const named = lineName(before, bySegment)
		?.replace(/(?:^|\s)(?:Q[1-4]|FY\s?\d{2,4}|[1-4]Q|H[12])(?=\s|$)/g, '')
		.trim();
	// "地域別の売上高は、日本が…": how the text breaks the measure down is no line of it.
	const found = named && !/別$/.test(named) ? named : null;
	// "NAND型フラッシュメモリーの売上高": the memory is called NAND by the industry and the research firms alike.
	if (found && nandWrittenOut.test(found)) return {name: 'NAND', aliases: [found]};
	// "アジア太平洋地域の売上高": a region is named without the word for region, which stays an alias.
	const region = found ? /^(?<place>.{2,}?)(?:地域|リージョン)$/.exec(found)?.groups!['place'] : undefined;
	if (found && region) return {name: region, aliases: [found, ...abbreviation.filter(alias => alias !== found)]};
	if (found) return {name: found, aliases: abbreviation.filter(alias => alias !== found)};
	// "広帯域メモリー（HBM）の売上高": a product written out, its short Latin name in brackets, is known by the short name.
	const writtenOut = /[\p{Script=Han}ァ-ヶー・]{2,16}(?=[(（][A-Z][A-Z0-9]{2,7}[)）]の?$)/u.exec(written)?.[0];
	const short = writtenOut && /^[A-Z][A-Z0-9]{2,7}$/.test(abbreviation[0] ?? '') ? lineName(`${abbreviation[0]!}の`, bySegment) : null;
	return short ? {name: short, aliases: [writtenOut!]} : null;
}

// "ChatGPTの週間利用者数", "iPhoneの世界出荷台数": a span or a scope between the line and the measure.
const measureScope = /(?:週間|月間|年間|日間|累計|連結|全世界|世界|国内|全体)$/;

const scopesBetween = /の(?:(?:全)?世界|グローバル)の$/;

// "米政府向け売上高", "米国の民間企業向けの売上高", "中国向け": the customers a line of revenue goes to.
const customersLine = /(?<name>(?:[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{1,10}の)?[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{1,12}向け)(?:の)?$/u;

// "半導体・電子材料の1〜9月の売上収益", "GPUクラウドの2025年の売上高": the period between the line and its measure is no
// part of its name.
const monthsBetween = /の(?:(?:\d{4}年)?\d{1,2}\s?[〜~\-–]\s?\d{1,2}月(?:期)?|(?:\d{4}|[1-3]\d)年(?:度|\d{1,2}月期)?|今期|前期|通期|上期|下期|上半期|下半期)の$/;

function lineName(written: string, bySegment: boolean): string | null {
	// "ChatGPTの世界の週間利用者": scopes one after another ("の世界の週間") are all no part of the name.
	const before = written.replace(measureScope, '').replace(scopesBetween, 'の').replace(monthsBetween, 'の');
	// "6月末時点の商業向け": an as-of date before the customers is no part of their name.
	// "最大市場の中国向け": nor is what the text says of them ("主力の", "最大市場の").
	const customers = customersLine.exec(before)?.groups!['name']?.replace(/^[^の]*(?:\d|時点|市場|主力|最大|主要)[^の]*の/u, '');
	if (customers && !notLines.test(customers)) return customers;
	// English: "AI semiconductor revenue", "Infrastructure software revenue".
	const english = /(?:^|[\s:：・(（、"“'「『])(?<name>[A-Za-z][A-Za-z0-9&-]*(?: [A-Za-z][A-Za-z0-9&-]*){0,3}) $/.exec(before);
	if (english && !notLines.test(english.groups!['name']!)) return english.groups!['name']!;
	// "Intelligent Cloudの", "Productivity and Business Processesの": a name of several Latin words.
	const words = /(?:^|[^A-Za-z0-9&\s-])(?<name>[A-Z][A-Za-z0-9&-]*(?: (?:and |& )?[A-Z][A-Za-z0-9&-]*){1,4})の$/.exec(before);
	if (words && !notLines.test(words.groups!['name']!)) return words.groups!['name']!;
	// "AI向け半導体の", "データセンター向けGPUの": the market a product is for may be part of its name; a kind of customer
	// ("法人向けAPI") is not.
	// Only a whole word: not "ンター・エンタープライズ向けSSD", the tail of a name too long to be one.
	// "MN-Core搭載サーバーの": a hyphen between letters is part of a name.
	const match = /(?<![\p{Script=Han}ァ-ヶーA-Za-z0-9・&-])(?<name>(?:[\p{Script=Han}ァ-ヶーA-Za-z0-9・&]|(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])|(?<=[ァ-ヶーA-Za-z0-9])向け(?=[\p{Script=Han}ァ-ヶーA-Za-z])){2,24}?)(?<no>の)?$/u.exec(before);
	if (!match) return null;
	// "クラウド売上高（SaaSとOCIの合計）の伸び率": a line of revenue named in katakana before 売上高.
	const revenueLine = /^(?<line>[ァ-ヶー・]{3,20})(?:売上高|売上|収益|収入)$/u.exec(match.groups!['name']!)?.groups!['line'];
	if (revenueLine && !notLines.test(revenueLine) && !notSegments.test(revenueLine)) return revenueLine;
	// "富士通の国内サーバー売上高", "クラウドインフラ売上高": a katakana line, perhaps where it is sold, glued to the measure.
	const gluedLine = /^(?:国内|海外|世界)?(?<line>[ァ-ヶー・]{4,12})$/u.exec(match.groups!['name']!);
	if (gluedLine && !match.groups!['no'] && !notSegments.test(gluedLine.groups!['line']!) && !notLines.test(gluedLine.groups!['line']!) && !/^(?:グループ|トータル|ネット|グロス|コア|ベース|グローバル)/.test(gluedLine.groups!['line']!))
		return gluedLine[0];
	// "製品売上高": revenue from products, told apart from services and subscriptions, is a line of its own.
	if (match.groups!['name'] === '製品' && !match.groups!['no']) return '製品';
	let name = trimName(match.groups!['name']!).replace(/等$/, bySegment ? '等' : '');
	if (name.length < 2 || notLines.test(name) || notSegments.test(name) || /\d{4}|\d年|\d月|期$|市場$|比$|ベース$|換算$|基準$|売上高$|シェア$/.test(name)) return null;
	// Without "…別では", only a name in Latin letters reads as a product line ("HBM", "GPUクラウド").
	const latin = /[A-Za-z]{2,}/.test(name);
	// "ファンクショナルマテリアルズの売上収益": so does a long name in katakana, too long to be a word of the text.
	const longKatakana = /^[ァ-ヶー・]{8,24}$/u.test(name) && match.groups!['no'] !== undefined;
	if (longKatakana) return name;
	if (!bySegment && !latin) return null;
	if (!match.groups!['no'] && !latin) return null;
	name = name.replace(/^\s+|\s+$/g, '');
	return name.length >= 2 ? name : null;
}

/** "製品別では", "地域・顧客別に見ると": the text reports by segment from here. */
// "地域別売上高は、中国が…", "製品別の売上高では", "用途別売上高構成比は、HPCが58%": a measure told by segment says so too.
// What a text breaks its figures down by: "製品別", "地域別", "サービス別", "エンドマーケット別".
const breakdownBy = '(?:製品|地域|部門|分野|区分|事業|用途|セグメント|品目|市場|(?:エンド)?マーケット|ドメイン|事業領域|顧客|業種|サービス)別';
export const bySegmentMarker = new RegExp(`${breakdownBy}(?:では|に見ると|にみると|の内訳|で見ると|の業績|の状況|の?(?:売上高|売上収益|受注高|営業利益|事業利益|セグメント利益|利益|損益)(?:構成比|比率)?(?:は|では))`);

/** A section heading that reports by segment: "セグメント別の業績", "事業別の概況". */
export const segmentSectionHeading = /(?:セグメント|事業|部門|分野|製品|地域)別/;

/** A caption over a table whose rows are segments: "■サービス別売上高（単位：百万円）", "セグメント別". */
export const breakdownCaption = new RegExp(breakdownBy);

// ---- the product a market share is of

// "DRAM市場でのシェアは", "HBM市場における売上高シェア", "DRAMの企業別シェア", "HBMに限ると…シェア": the product a
// share is of, named in its sentence. Cloud markets are not: a provider's share there is of its cloud unit or the whole.
const productName = String.raw`(?<![A-Za-z0-9])(?<name>[A-Z][A-Z0-9]{1,7}|NAND型?フラッシュメモリー?)`;
const productMarketPattern = new RegExp(String.raw`${productName}(?:市場|型)?(?:[(（][^()（）]{1,12}[)）])?(?:で|での|における|の|に限ると|に限れば|に限っても)[^。]{0,24}?シェア`, 'u');
// "## DRAM売上高ランキング（2025年第4四半期）": a research firm's table of one product.
const productCaptionPattern = new RegExp(String.raw`${productName}(?:市場)?(?:の)?(?:企業別|メーカー別)?(?:売上高|シェア|出荷)`, 'u');
// "世界PC出荷シェア": a PC maker's share of PCs is its share as a maker, as the sentences around the table give it.
// Officers (CEO, CFO) speak in headings of interviews; they are no product anyone holds a share of.
// "**Q2. 最先端のEUV向けで強いのはどこか？**": a question's number, a quarter or a half is no product either.
const notProductMarkets = /^(?:IaaS|PaaS|SaaS|AI|IT|ICT|DX|EV|GDP|CEO|CFO|COO|CTO|CIO|CSO|CMO|IDC|NAND型|PC|IR|Q\d{1,2}|A\d{1,2}|H[12]|FY\d{2,4})$/i;

const productOf = (pattern: RegExp, text: string): string | null => {
	const name = pattern.exec(text)?.groups!['name'];
	return name && !notProductMarkets.test(name) ? name : null;
};

// "ダイシング装置の世界市場では、ディスコのシェアは", "GPUサーバー市場では": a market of equipment named in katakana.
const equipmentMarketPattern = /(?<![ァ-ヶーA-Za-z\p{Script=Han}])(?<name>(?:[A-Z]{2,6})?[ァ-ヶー\p{Script=Han}]{0,10}(?:装置|機器|サーバー|チップ|メモリー?))(?:の)?(?:世界|国内|グローバル)?市場(?:では|で|での|における)[^。]{0,30}?シェア/u;

/** The product whose market a share is of, named before the number in its sentence. */
export const productMarket = (before: string): string | null => productOf(productMarketPattern, before) ?? equipmentMarket(before);

// "サーバー市場", "国内サーバー市場", "半導体製造装置市場": a maker's share of what all its rivals make is its share as a maker.
const equipmentMarket = (before: string): string | null => {
	const name = equipmentMarketPattern.exec(before)?.groups!['name']?.replace(/^(?:国内|世界|海外)/, '');
	return name && !/^(?:サーバー|装置|機器|チップ|メモリー?|半導体製造装置|製造装置|半導体装置)$/.test(name) ? name : null;
};

// Not "［大塚 聡，EE Tech Online］": a capital run followed by another capitalised word is part of a longer name.
const productToken = new RegExp(String.raw`${productName}(?![A-Za-z0-9])(?!\s[A-Z][a-z])`, 'gu');

/** "## TrendForce：DRAMはSKハイニックス36.2%", "## NANDはサムスンが首位": the product a heading names, outside the names given. */
export function productOfHeading(heading: string, named: ReadonlyArray<{readonly start: number; readonly end: number}>): string | null {
	for (const match of heading.matchAll(productToken)) {
		const name = match.groups!['name']!;
		const start = match.index + match[0].length - name.length;
		if (!notProductMarkets.test(name) && !named.some(span => span.start < start + name.length && start < span.end)) return name;
	}

	return null;
}

/** The product a research firm's table is of, named in its caption. */
export const productOfCaption = (caption: string): string | null => productOf(productCaptionPattern, caption);
