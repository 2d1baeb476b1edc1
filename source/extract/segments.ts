// Business segments, product lines and regions a figure can be about, found in a (normalised)
// sentence without a registry: "データセンター部門", "「インテリジェント・クラウド」部門", "ビジョン・ファンド
// （SVF）事業", "アプリ群（ファミリー・オブ・アプリ）", "中国向けの比率", "「PLaMo（プラモ）」の利用企業",
// "インドの…に投資", "うち国内には". "同事業", "同部門" and "このうち" point back to the segment named last.

export type SegmentSource = 'unit' | 'market' | 'product' | 'region' | 'same';

export interface SegmentMention {
	/** The segment's name as written, without 部門, 事業, 向け or brackets ("データセンター", "中国"). */
	readonly name: string;
	readonly start: number;
	readonly end: number;
	/** How it was named: a business unit, a market (X向け), a product in 「」, a place, or 同事業 (`name` is empty). */
	readonly source: SegmentSource;
}

const nameRun = String.raw`[\p{Script=Han}ァ-ヶーA-Za-z0-9・&\s]{1,24}?`;
const unitPattern = new RegExp(
	String.raw`(?:「(?<quoted>[^「」]{1,24})」|(?<plain>${nameRun}))(?:[(（](?<inner>[^()（）]{1,30})[)）])?(?<suffix>部門|事業部|事業|セグメント|群)(?![別化者所])(?:[(（](?<after>[^()（）]{1,30})[)）])?`,
	'gu',
);
const marketPattern = /(?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{1,16}?)向け(?=の|は|が|で)/gu;
const productPattern = /「(?<name>[^「」()（）]{1,24})(?:[(（][^()（）]{1,24}[)）])?」(?=の|が|は)/gu;
// "生成AI関連の受注高": the business a figure is about, named with 関連.
const relatedPattern = /(?<name>[\p{Script=Han}ァ-ヶーA-Za-z0-9・]{2,16}?)関連(?=の|で)/gu;
const samePattern = /同事業|同部門|同セグメント|このうち|うち(?=[\p{Script=Han}ァ-ヶー])/gu;

/** Places an investment is made in; the segment a deal figure is about. */
const places = ['国内', '海外', '日本国内', '日本', '米国', '中国', '台湾', '韓国', 'インド', '欧州', '英国', 'ドイツ', 'フランス', 'シンガポール', 'マレーシア', 'タイ', 'インドネシア', 'ベトナム', 'オーストラリア', 'ブラジル', 'メキシコ', 'カナダ', '中東', 'サウジアラビア', 'アラブ首長国連邦', 'UAE', 'アリゾナ州', 'テキサス州', 'オハイオ州', 'ニューヨーク州', 'ウィスコンシン州', 'ジョージア州', 'バージニア州', 'オレゴン州', '北海道', '熊本県', '九州', '関西', '首都圏'];
const placePattern = new RegExp(`(?:米|豪)?(?<name>${places.sort((a, b) => b.length - a.length).join('|')})(?=の|に|では|で|には|向け)`, 'gu');

// Words before 部門 or 事業 that name no segment: "同事業" (handled as a reference), "主力事業", "新規事業".
const notSegments = /^(?:同|当|各|全|本|新規|既存|主力|中核|基幹|他|一部|関連|対象|その他|祖業|周辺|部門|事業|[\p{Script=Hiragana}]+)$/u;

/** The left edge of a name inside a run: after a particle or a kanji word that ends a phrase ("AI向け半導体を含むデータセンター"). */
function trimName(run: string): string {
	let name = run.replace(/^\s+|\s+$/g, '');
	// A run read back from 部門 may start in the phrase before it: keep the part after the last particle.
	const cut = /.*[はがをにとでもの、]/u.exec(name);
	if (cut) name = name.slice(cut[0].length);
	// "生成AI関連事業" is the 生成AI segment.
	return name.replace(/^[・\s]+/, '').replace(/関連$/, '');
}

/** Free-form segments of a sentence, in order. */
export function findSegments(text: string): SegmentMention[] {
	const mentions: SegmentMention[] = [];
	if (/部門|事業|セグメント|群/.test(text)) {
		for (const match of text.matchAll(unitPattern)) {
			const g = match.groups!;
			// "アプリ群（ファミリー・オブ・アプリ）": the name in brackets after 群 is the segment's own.
			const bracketName = g['suffix'] === '群' ? g['after'] : undefined;
			const name = trimName(bracketName ?? g['quoted'] ?? g['plain'] ?? '');
			if (g['suffix'] === '群' && !bracketName) continue;
			if (name.length < 2 || notSegments.test(name)) continue;
			const leading = match[0].indexOf(name);
			mentions.push({name, start: match.index + Math.max(0, leading), end: match.index + match[0].length, source: 'unit'});
		}
	}

	if (text.includes('向け')) {
		for (const match of text.matchAll(marketPattern)) {
			const name = trimName(match.groups!['name']!);
			if (name.length < 2 || notSegments.test(name)) continue;
			mentions.push({name, start: match.index + match[0].length - name.length - 2, end: match.index + match[0].length, source: 'market'});
		}
	}

	if (text.includes('「')) {
		for (const match of text.matchAll(productPattern)) {
			const name = match.groups!['name']!.trim();
			if (name.length < 2 || /[。、!?！？]/.test(name)) continue;
			mentions.push({name, start: match.index, end: match.index + match[0].length, source: 'product'});
		}
	}

	if (text.includes('関連')) {
		for (const match of text.matchAll(relatedPattern)) {
			const name = trimName(match.groups!['name']!);
			// "AI関連の設備投資" is capex on AI, not an AI segment: a short abbreviation names a theme.
			if (name.length < 2 || notSegments.test(name) || /^[A-Za-z]{1,3}$/.test(name)) continue;
			mentions.push({name, start: match.index, end: match.index + match[0].length, source: 'market'});
		}
	}

	for (const match of text.matchAll(placePattern)) {
		mentions.push({name: match.groups!['name']!, start: match.index, end: match.index + match[0].length, source: 'region'});
	}

	for (const match of text.matchAll(samePattern)) mentions.push({name: '', start: match.index, end: match.index + match[0].length, source: 'same'});
	// A name inside another ("データセンター" of "データセンター部門" as a place-free unit) counts once: the outer one.
	mentions.sort((a, b) => a.start - b.start || b.end - a.end);
	return mentions.filter((mention, index) => !mentions.some((other, otherIndex) => otherIndex !== index && other.start <= mention.start && other.end >= mention.end && (other.end - other.start > mention.end - mention.start || otherIndex < index)));
}
