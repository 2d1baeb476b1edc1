import type {BlockKind} from './blocks.js';

// The role a company's name plays in its sentence, read from the particle and the words around it: the topic (は),
// the subject (が), the object (を), and the shapes news gives a name (a label, a headline's head, a cleft's focus).

/** The grammatical role a particle gives the name before it. */
export type Role = 'topic' | 'subject' | 'recipient' | 'partner' | 'source' | 'possessor' | 'object' | 'other';

// Tried in order at the one place after the name: the first that matches gives the role.
const particleRoles: ReadonlyArray<readonly [string, Role]> = [
	// "OpenAIによると、ChatGPTの利用者数は…": the company that says it is the one the figure is about.
	// "Anthropicにとっては、…": the company a thing matters to is what the sentence is about.
	['は|では|には|について|によると|によれば|にとっては|にとって', 'topic'],
	['が|も', 'subject'],
	['を', 'object'],
	// "米Wolfspeed向けの預託金": what is meant for a company is not its own.
	['向けの|向けに|向け|へ|に対して|に対し|に|への', 'recipient'],
	['とは|と|との', 'partner'],
	// "NEC経由で提供するサービスの売上高": the channel a thing goes through owns none of it.
	['から|より|経由で|経由の|経由', 'source'],
	['の', 'possessor'],
];
// One group a role, by number: named groups built an object at every name of every sentence.
const particleAt = new RegExp(particleRoles.map(([words]) => `(${words})`).join('|'), 'y');
// A legal form, a word that belongs to the name, and a reading or aside in brackets:
// "Amazon Web Services(AWS)と", "さくらインターネット株式会社(本社:大阪市、…、以下「さくら」)は".
// A segment's name goes on in the word that says what it is: "I&SS（…）分野は".
// "鴻海（ホンハイ）精密工業が": the rest of a name after its reading.
// "騰訊控股（テンセント）が": a reading in brackets takes the role of the name it reads.
// "TSMC自身が発表した決算では": the company itself is the subject all the same; "エヌビディアなどから": so are others like it. "クラウド基盤「OCI」は": a name in quotes is the topic
// or subject all the same, and "「アドバンテスト」の株価" the possessor, as broadcast news quotes names (not "「Azure」とその他", a list).
const nameTail =
	/(?:[」』)）](?=\s?(?:は|が|も|では|の)))?\s?(?:株式会社|\(株\)|社|・?グループ|・?ホールディングス)?\s?(?:[(（][^()（）]{0,90}[)）](?:精密工業|工業|電機|電子|製作所|科技)?)?\s?(?:<[^<>]{1,10}>)?\s?(?:\[[^[\]]{1,12}\])?\s?(?:分野|部門|事業部?|セグメント|領域|自身)?\s?(?:など|等)?\s?/y;

// "米TモバイルUS株の一部を売却して": a company whose shares a sentence trades is what is traded, not who trades.
// "保有するKDDI株の一部売却に伴う売却益": shares sold are the seller's object too, told as a noun.
const sharesTraded = /株(?:式)?(?:の(?:一部|大半|全て|全部|\d+(?:\.\d+)?%)|全株)?(?:を|の?(?:売却|譲渡|売り出し|放出))/y;

export function roleAfter(text: string, end: number): Role {
	nameTail.lastIndex = end;
	const after = end + (nameTail.exec(text)?.[0].length ?? 0);
	sharesTraded.lastIndex = after;
	if (sharesTraded.test(text)) return 'object';
	particleAt.lastIndex = after;
	const match = particleAt.exec(text);
	if (!match) return 'other';
	const index = particleRoles.findIndex((_, index) => match[index + 1] !== undefined);
	return particleRoles[index]![1];
}

/** "**NTT** 5月、…を投じる計画を発表した", "- 古河電気工業：…": a roundup item's label, its company, then its date or a colon: the item's topic. */
export function labelRole(text: string, mention: {readonly start: number; readonly end: number}): Role | null {
	// "【サンリオ（8136）】反落し…", "▼アドバンテスト　…": a label in brackets or after a mark.
	if (mention.start > 3 || !/^(?:[【［[■□◆◇▼▽●○★☆]\s?)?(?:米|英|独|仏|韓国|台湾|中国)?$/.test(text.slice(0, mention.start))) return null;
	nameTail.lastIndex = mention.end;
	const tail = nameTail.exec(text)?.[0] ?? '';
	const after = text.slice(mention.end + tail.length);
	// "**コアウィーブ**：8月12日に発表した…": a label and its colon; "**イビデン**　AIサーバー向けの…": a label set apart by a space.
	if (/^[【［[]/.test(text) && /^\s?[】］\]]/.test(after)) return 'topic';
	// "ソシオネクスト（6526） 11日、…": a label, then the day of its news.
	return (/\s$/.test(tail) && (/^\d{1,4}(?:年|月|日)/.test(after) || /^[\p{Script=Han}ァ-ヶA-Za-z「『]/u.test(after))) || /^\s?(?:[(（][^()（）]{1,20}[)）])?\s?[:：]/.test(after) ? 'topic' : null;
}

/** "の担当者", "の魏哲家（シーシー・ウェイ）会長兼最高経営責任者": a person who speaks for the company named before. */
export const officerOf = /^の\s?(?:[\p{Script=Han}ァ-ヶー・]{2,12}\s?(?:[(（][^()（）]{1,24}[)）])?\s?)?(?:担当者|社長|会長|幹部|広報|最高経営責任者|最高財務責任者|CEO|CFO|CTO|COO|副社長|役員|首脳)/u;

/**
 * "・さくらインターネット <3778>　4,150円 S高（+20.3%）": a market flash lists each mover as a bullet that opens on its
 * name and its price or move; the bullet, and the note under it, are about that company.
 */
export function opensOnMover(text: string, mention: {readonly start: number; readonly end: number}, blockKind: BlockKind): boolean {
	if (blockKind !== 'bullet' || mention.start > 2 || !/^(?:米|英|独|仏|韓国|台湾|中国)?$/.test(text.slice(0, mention.start))) return false;
	nameTail.lastIndex = mention.end;
	const tail = nameTail.exec(text)?.[0] ?? '';
	return /^[:：]?\s?(?:[\d,.]+\s?円|[+\-−▲△]\s?\d|ストップ(?:高|安)|S(?:高|安))/.test(text.slice(mention.end + tail.length));
}

/** "デル、11〜1月期は18%増収": a headline's company before its comma is what the headline is about; not "アマゾン、グーグル…" (a list). */
export function headlineRole(text: string, mention: {readonly start: number; readonly end: number}, all: ReadonlyArray<{readonly start: number}>): Role | null {
	if (mention.start > 2 || !/^(?:米|英|独|仏|韓国|台湾|中国)?$/.test(text.slice(0, mention.start)) || !/^[、,]/.test(text.slice(mention.end, mention.end + 1))) return null;
	// "米アプライド・マテリアルズ、オランダのASMLと並ぶ": a list, whatever country the next name is given.
	return all.some(other => other.start > mention.end && other.start <= mention.end + 8 && !/[はがをにで、,。]/.test(text.slice(mention.end + 1, other.start))) ? null : 'topic';
}

/** "次にオラクル。": a sentence of a name alone turns the text to that company, as columns that compare several do. */
export function nominalRole(text: string, mention: {readonly start: number; readonly end: number}): Role | null {
	return mention.start <= 8 &&
		/^(?:(?:まず|次に|次は|続いて|続いては|最後に|最後は|一方|さらに|そして)[、,]?\s?)?(?:米|英|独|仏|韓国|台湾|中国)?$/.test(text.slice(0, mention.start)) &&
		/^\s?(?:だ|です|である)?[。．!！]?\s?$/.test(text.slice(mention.end))
		? 'topic'
		: null;
}

/**
 * "売上高に占める米マイクロソフトの比率は52%": a customer whose part of the sales is told owns none of them. Not a
 * company's own business ("売上収益に占めるUvanceの比率"): that is the part.
 */
export function customerRole(text: string, mention: {readonly start: number; readonly end: number; readonly segment: string | null}): Role | null {
	return mention.segment === null && /に占める\s?(?:米|英|独|仏|韓国|台湾|中国)?$/.test(text.slice(Math.max(0, mention.start - 8), mention.start)) && /^\s?(?:向け)?の(?:比率|割合)/.test(text.slice(mention.end, mention.end + 6))
		? 'source'
		: null;
}

/**
 * "成長が際立ったのは「グーグル・クラウド」で、売上高は…", "首位は米エヌビディアで、売上高は…": the name a cleft sentence
 * (or a rank) puts in focus is what the rest is about.
 */
export function cleftRole(text: string, mention: {readonly start: number; readonly end: number}): Role | null {
	// "けん引役はサーバーを手がけるISG（…）で、": the role may be told with what the focus does between.
	const focused =
		// "首位は中国のレノボ・グループで": the country may be told with の.
		// "中核を担うのは、傘下のNTTデータグループだ": so may a comma and whose the focus is.
		/(?:のは|のが|(?:首位|\d{1,2}位|トップ|主役|けん引役|牽引役|立役者|きっかけ|引き金|発端)は|(?:代表格|代表例|筆頭|好例|典型)(?:が|は))[、,]?\s?(?:(?:傘下|子会社|親会社|グループ会社)の)?(?:(?:米|英|独|仏|韓国|台湾|中国|米国)の?)?[「『]?$/.test(
			text.slice(Math.max(0, mention.start - 14), mention.start),
		) ||
		/(?:主役|けん引役|牽引役|立役者)は[^、。]{1,30}$/.test(text.slice(Math.max(0, mention.start - 36), mention.start)) ||
		// "目立つのは、政府のガバメントクラウドに選ばれたさくらインターネットです。": or what is said of the focus.
		/のは[、,]\s?[^、。]{1,40}$/.test(text.slice(Math.max(0, mention.start - 48), mention.start));
	// "3位はキオクシアホールディングスだった。": told in the past all the same.
	// "首位を守ったのは米アップルだが、シェアは…落とした": and with a but after it.
	// "下落が目立ったのはレーザーテック。": and with nothing after the name but the sentence's end.
	// "きっかけは米マイクロン・テクノロジーの決算です。": or with what of it is in focus.
	return focused && /^(?:[(（][^()（）]{1,12}[)）])?[」』]?\s?(?:の(?:決算|発表|業績|好決算|決算発表))?\s?(?:(?:で|だ|です|であり|だった|でした|である|だが|だったが|であるが)[、,。]|[。．]|$)/.test(text.slice(mention.end, mention.end + 18))
		? 'topic'
		: null;
}

/**
 * "エヌビディアや米スノーフレークなどから…を調達し": the first of a list of those the money came from is one of them, and
 * so is the last ("…やトヨタ自動車など民間32社から");
 * "トヨタ自動車やソニーグループなど8社による計73億円": so is each of a list told with など…による.
 */
export function listedAmongSources(text: string, mention: {readonly end: number}): boolean {
	const after = text.slice(mention.end, mention.end + 36);
	return /^\s?(?:や|、|と)[^、。]{0,30}?(?:など|ら)?から/.test(after) || /^\s?(?:など|ら)[^、。はがを]{0,8}?(?:\d{1,3}社)?から/.test(after) || /^\s?(?:(?:や|、|と)[^、。]{0,30}?)?(?:など|ら)\s?(?:\d{1,3}社)?による/.test(after);
}
