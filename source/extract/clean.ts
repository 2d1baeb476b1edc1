import {sanitize} from '../text/sanitize.js';
import {datelineDate, headDatelineDate} from './dateline.js';
import {splitSentences} from './sentences.js';
import type {Block} from './blocks.js';

export type {Block, BlockKind} from './blocks.js';

export interface CleanedBody {
	readonly blocks: readonly Block[];
	/** A byline such as "(文=BUSINESS JOURNAL編集部)", removed from the text. */
	readonly byline: string | null;
	/** The caption of a lead image ("…の画像1"): news sites repeat the headline there. */
	readonly leadCaption: string | null;
	/** The company a disclosure names as its sender ("会 社 名　イビデン株式会社"), removed from the text. */
	readonly sender: string | null;
}

// "会 社 名　イビデン株式会社", and 決算短信's "上場会社名　X株式会社　　上場取引所　東" with the form's next label after it,
// or "上場会社名：X株式会社（英文名：X Corp.）　上場取引所：東" with the name's aside.
// "会社名　株式会社KOKUSAI ELECTRIC": a name in letters may hold single spaces.
const senderLine =
	/^(?:上場)?会\s*社\s*名\s*[:：]?\s*(?<name>[^\s。、:：()（）]{2,40}(?: [A-Za-z][^\s。、:：()（）]{0,30}){0,3}(?:[(（][^()（）]{1,40}[)）])?)(?:(?:\s{2,}|\s(?=上場取引所|コード番号|URL))[^\s。]{2,12}\s*[:：]?\s*\S{0,20})?\s*$/;

// "会 社 名　イ ビ デ ン 株 式 会 社": a disclosure's form spaces out a name's letters; a run of single
// Japanese letters each one space apart is one word.
const spacedLetters = /(?<![^\s])[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー](?: [\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]){2,}(?![^\s])/gu;
const closeLetterSpacing = (line: string) => line.replace(spacedLetters, run => run.replaceAll(' ', ''));

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'"};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,6}|#39);/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			// Decoded after the text was sanitized: `&#x202E;` must not bring back what sanitize removes.
			return code > 0x1f && code <= 0x10ffff && !(code >= 0x7f && code <= 0x9f) ? sanitize(String.fromCodePoint(code)) : '';
		}

		return entities[name.toLowerCase()] ?? whole;
	});
}

// Shopping links and their buttons: Amazon associates, Rakuten affiliate, "sponsored" rels.
const affiliate = /tag=[\w-]+-2\d|afl\.rakuten|rel="[^"]*sponsored|a8\.net|valuecommerce|moshimo\.com|amzn\.to/i;

/**
 * Drops `<!-- comments -->`, as /<!--[\s\S]*?-->/g did; a loop because the regex, retried from every
 * opener that is never closed, took quadratic time (a megabyte of "<!--" took a minute).
 */
function stripComments(text: string): string {
	const kept: string[] = [];
	let from = 0;
	for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
		const close = text.indexOf('-->', open + 4);
		if (close < 0) break;
		kept.push(text.slice(from, open));
		from = close + 3;
	}

	return from === 0 ? text : kept.join('') + text.slice(from);
}

const blockOpener = /<(script|style|noscript|iframe|svg|template)\b[^>]{0,2000}>/gi;

/**
 * Drops <script>, <style>... elements with what they hold, as a lazy regex up to the closing tag did,
 * but looks for each tag's closer once: retried from every opener that is never closed, that regex
 * took quadratic time (a megabyte of "<script>" took 15 s).
 */
function stripBlocks(text: string): string {
	const kept: string[] = [];
	const neverClosed = new Set<string>();
	let from = 0;
	blockOpener.lastIndex = 0;
	for (let opener = blockOpener.exec(text); opener; opener = blockOpener.exec(text)) {
		const name = opener[1]!.toLowerCase();
		const closer = neverClosed.has(name) ? null : new RegExp(`</${name}\\s*>`, 'gi');
		if (closer) closer.lastIndex = blockOpener.lastIndex;
		const close = closer?.exec(text);
		if (!close) {
			// No closer after this opener means none after any later one either.
			neverClosed.add(name);
			blockOpener.lastIndex = opener.index + 1;
			continue;
		}

		kept.push(text.slice(from, opener.index));
		from = close.index + close[0].length;
		blockOpener.lastIndex = from;
	}

	return from === 0 ? text : kept.join('') + text.slice(from);
}

const tagStart = /[A-Za-z/!?]/;

/** Longest tag removed; longer, a "<" starts text, not markup. */
const longestTag = 2000;

// "スーパー・マイクロ <SMCI> が": a US ticker in capitals, as 株探 writes it, is text; an element in capitals (<BR>) is markup.
const markupInCapitals = new Set([
	'A',
	'B',
	'I',
	'U',
	'P',
	'S',
	'Q',
	'BR',
	'HR',
	'EM',
	'TD',
	'TR',
	'TH',
	'LI',
	'UL',
	'OL',
	'DL',
	'DT',
	'DD',
	'H1',
	'DIV',
	'IMG',
	'PRE',
	'SUP',
	'SUB',
	'NAV',
	'BIG',
	'COL',
	'DEL',
	'INS',
	'KBD',
	'MAP',
	'VAR',
	'WBR',
	'BODY',
	'HTML',
	'HEAD',
	'SPAN',
	'FONT',
	'FORM',
	'MAIN',
	'META',
	'LINK',
	'CODE',
	'ABBR',
	'CITE',
	'AREA',
	'BASE',
	'TIME',
	'MARK',
	'TABLE',
	'TBODY',
	'THEAD',
	'TFOOT',
	'STYLE',
	'TITLE',
	'LABEL',
	'INPUT',
	'SMALL',
	'VIDEO',
	'AUDIO',
	'FRAME',
	'EMBED',
	'ASIDE',
	'TRACK',
]);
const tickerCode = (tag: string) => /^[A-Z]{2,5}$/.test(tag) && !markupInCapitals.has(tag);

/**
 * Drops every tag: a "<" whose first ">" after it comes within longestTag characters and before a
 * line break, as /<[^>\n]{0,2000}>/g did. That regex, tried at every "<" of a line without a ">",
 * read 2,000 characters each time: five megabytes of "<" took 20 s. Here the next ">" and the next
 * line break are looked up once for all the "<" before them.
 */
export function stripTags(text: string): string {
	const kept: string[] = [];
	let from = 0;
	let close = -1;
	let lineBreak = -1;
	for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', open + 1)) {
		// A tag starts with a letter, / or !: "メガチップス<6875>" keeps its stock code.
		if (!tagStart.test(text[open + 1] ?? '')) continue;
		if (close <= open) close = text.indexOf('>', open + 1);
		if (close < 0) break;
		if (lineBreak !== Number.POSITIVE_INFINITY && lineBreak <= open) {
			const found = text.indexOf('\n', open + 1);
			lineBreak = found < 0 ? Number.POSITIVE_INFINITY : found;
		}

		if (close - open - 1 <= longestTag && close < lineBreak && !tickerCode(text.slice(open + 1, close))) {
			kept.push(text.slice(from, open));
			from = close + 1;
			open = close;
		}
	}

	return from === 0 ? text : kept.join('') + text.slice(from);
}

/** Drops markup that never carries article text, and affiliate blocks with their buttons. */
function stripHtml(body: string): string {
	let text = stripBlocks(stripComments(body));
	// An affiliate block is a run of lines holding affiliate links, with the container around them.
	text = text
		.split(/\n[ \t]*\n/)
		.filter(paragraph => !affiliate.test(paragraph))
		.join('\n\n');
	return stripTags(
		text
			// "<li><a href="/news/…">クラウドストライク、年間経常収益は44億ドルに</a></li>": an item that is only a link is
			// another page's headline (related stories, navigation), no text of this one.
			.replace(/<li\b[^>]{0,200}>\s*<a\b[^>]{0,400}>[^<]{0,200}<\/a>\s*<\/li>/gi, '')
			// An HTML table's rows become Markdown rows, so that they are read as tables are.
			.replace(/<tr\b[^>]{0,200}>\s*<t[dh]\b[^>]{0,200}>/gi, '\n| ')
			.replace(/<\/t[dh]>\s*<t[dh]\b[^>]{0,200}>/gi, ' | ')
			.replace(/<\/t[dh]>\s*<\/tr>/gi, ' |\n')
			.replace(/<br\s*\/?>/gi, '\n')
			// "<h1>見出し</h1>": a page's headings are headings, as Markdown writes them.
			.replace(/<h([1-3])\b[^>]{0,200}>/gi, (_, level: string) => `\n\n${'#'.repeat(Number(level))} `)
			.replace(/<\/(p|div|li|h[1-6]|tr|section|article)\s*>/gi, '\n'),
	);
}

const originalTitle = /^[(（]?\s?(?:原題|原文見出し|Original (?:title|headline))\s?[:：]/i;
const correctionMark = /^[【（(＜<［[]?\s?訂正(?:前|後)\s?[】）)＞>］\]]?[:：]?$/;
const endMarker = /^[-=*_#~\s]*(?:END|EOF|終わり|おわり)[-=*_#~\s]*$/i;
// "――――――――", "────", "━━━━": Japanese pages draw their rules with bars and box lines as well.
const horizontalRule = /^\s*(?:[-*_―─━－]\s*){3,}$/;
const imageCaption = /(?:の(?:画像|写真)|^(?:画像|写真))[\s(（]*\d+[)）]?$|^(?:画像|写真|図|出典|提供|Photo|Image)\s*[:：]/;
const byline = /^[(（](?:文|取材・文|構成|文・写真|写真・文)\s*[=＝:：]\s*([^)）]+)[)）]$/;
// "劉尭（Yao Liu）、田村 直子" under a wire story's headline: its writers, a name with its reading or two names in kanji.
const personName = String.raw`\p{Script=Han}{1,4}\s?\p{Script=Han}{1,4}`;
const writers = new RegExp(
	String.raw`^(?:${personName}[(（][A-Z][a-z]+(?: [A-Z][a-z]+){1,2}[)）](?:[、,]\s?${personName}(?:[(（][A-Z][a-z]+(?: [A-Z][a-z]+){1,2}[)）])?)*|${personName}(?:[(（][A-Z][a-z]+(?: [A-Z][a-z]+){1,2}[)）])?(?:[、,]\s?${personName}[(（][A-Z][a-z]+(?: [A-Z][a-z]+){1,2}[)）])+|\p{Script=Han}{1,4} \p{Script=Han}{1,4}(?:[、,]\s?\p{Script=Han}{1,4} \p{Script=Han}{1,4})+)$`,
	'u',
);
const widgetWords =
	/^(?:[●■◆▼▶►・]?\s*)(?:目次|もくじ|関連記事|関連ニュース|あわせて読みたい|合わせて読みたい|おすすめ記事|人気記事|ランキング|この記事をシェア|シェア|シェアする|ツイート|ポスト|はてブ|はてなブックマーク|ブックマーク|Pocket|LINE|LINEで送る|Facebook|X|保存|印刷|メール|コメント(?:[(（]\d+件?[)）])?|いいね!?|フォローする|続きを読む|もっと見る|PR|広告|スポンサーリンク|Sponsored|Advertisement|Share|Tweet|Copyright.*|©.*|All rights reserved\.?)$/i;
// "X（旧Twitter）でシェア ｜ Facebook ｜ はてなブックマーク ｜ 印刷": a row of share buttons, each a network to share on.
const shareButton = /^(?:X|Twitter|Facebook|LINE|はてな(?:ブックマーク)?|Pocket|note|メール)\s?(?:[(（]旧\s?Twitter[)）])?\s?(?:で|に|を)?\s?(?:シェア|ポスト|送る|共有|ツイート)(?:する)?$/i;
const emojiLed = /^\p{Extended_Pictographic}/u;
// "【PR】法人向けクラウドストレージ…導入企業は1万社を突破！": an advertisement, whatever it says.
const advertisement = /^[【[［(（]\s?(?:PR|AD|広告|スポンサー|Sponsored|提供)\s?[】\]］)）]/i;
// "当サイトは…Cookieを利用しています。…同意したものとみなします。": a consent banner, no story.
const cookieBanner = /(?:Cookie|クッキー)[^。]{0,40}(?:利用|使用)[^\n]{0,120}(?:同意|許可|設定)|(?:同意|許可)[^\n]{0,80}(?:Cookie|クッキー)/i;
// "【関連記事】" and its list of other headlines: links to other stories, not this one.
// "▼さくらネットの関連ニュース", "Sakana AI株式会社のプレスリリース一覧": whose they are may come first.
// "◆関連コラム", "過去の週報": a column's or a newsletter's own earlier issues too; "（関連）", "【関連】" alone on its line.
const relatedHeader =
	/^[【[［(（●■▼＜<◆◇□▶►★☆]?\s*(?:[^。、]{1,30}の)?(?:関連|プレスリリース一覧|ニュースリリース一覧|リリース一覧|ニュース一覧|記事一覧|関連(?:銘柄|企業)?(?:記事|ニュース|コラム|レポート)|関連(?:プレス)?リリース|関連リンク|バックナンバー|過去の(?:記事|コラム|レポート|週報|レター|号|配信)|前週の週報|関連エントリー?|過去記事|あわせて読みたい|合わせて読みたい|おすすめ記事|人気記事(?:ランキング)?|[^。、\s]{0,12}アクセスランキング|アクセス(?:トップ|TOP|Top)\s?\d{1,2}|(?:よく)?読まれている記事|記事ランキング|新着記事|最新記事|注目記事|次に読みたい記事|次に読む|こちらもおすすめ|(?:こちら|この)の?記事もおすすめ|あわせて読む|合わせて読む|おすすめの記事|(?:この記事に)?関連する(?:記事|ニュース)|この(?:記事|プレスリリース|リリース|ニュース)を(?:読んだ|見た)人(?:は|に|へ).{0,20}|こんな記事も読まれています|Related(?: articles| posts)?)\s*[】\]］)）＞>]?[:：]?$/i;
// "関連記事：オラクル、受注残5,000億ドル超に", "【関連記事】…": a link to another story on a line with its label.
const nextStoryHeadline = /^[【[［]\s?(?:次の記事|次のニュース)\s?[】\]］]\s?[:：]?\s?\S[^。]{3,80}?\s\d{4}[/.年-]\d{1,2}[/.月-]\d{1,2}日?\s+\d{1,2}:\d{2}$/;
const nextStoryLabelled = /^(?:\*\*)?[【[［]?\s?(?:次の記事|次のニュース)\s?[】\]］]?\s?[:：]\s?\S/;
const relatedDateline = /^\d{4}[/.年-]\d{1,2}[/.月-]\d{1,2}日?\s+\d{1,2}:\d{2}$/;
const relatedDate = /^\d{4}[/.年-]\d{1,2}[/.月-]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?$/;
// "関連エントリー：2025年9月中間決算まとめ", "過去記事：…", "前の記事：…": a blog's link to its own earlier or later post.
const relatedLabel = String.raw`関連記事|関連ニュース|関連コラム|関連レポート|関連エントリー?|前週の週報|前号|バックナンバー|過去のレター|過去の号|過去の配信|過去記事|あわせて読みたい|合わせて読みたい|前の記事|次の記事|前の投稿|次の投稿`;
// "関連：[…キオクシア一時9%高](/news/…)": the label may be the one word before a colon ("【関連】…" heads a story of its own).
const relatedLink = new RegExp(String.raw`^[●■▼・]?\s*(?:[【[［]\s*(?:${relatedLabel})\s*[】\]］]|(?:${relatedLabel}|関連)\s*[:：｜|])\s*\S`);
const japanese = /[\u3040-\u30FF\u3400-\u9FFF]/;
const sentencePunctuation = /[、。，．,.!?！？:：()（）「」]/;

/** The first `count` words of a line (runs of characters other than white space). */
function firstWords(line: string, count: number): string[] {
	const words: string[] = [];
	const word = /\S+/g;
	for (let match = word.exec(line); match && words.length < count; match = word.exec(line)) words.push(match[0]);
	return words;
}

const legalNameFirst = /^(?:株式会社\S+|\S+株式会社)(?:\s|$)/;

/** Lines that are page furniture rather than article text. */
export function isNoiseLine(line: string): boolean {
	// "富士通株式会社　2026年3月10日 11時00分": a sender's dateline is a few short words too.
	if (datelineDate(line) !== null || headDatelineDate(line) !== null) return false;
	if (imageCaption.test(line) || widgetWords.test(line) || relatedLink.test(line) || advertisement.test(line)) return true;
	if (line.length <= 120 && /[｜|]/.test(line) && line.split(/\s*[｜|]\s*/).every(part => widgetWords.test(part.trim()) || shareButton.test(part.trim()))) return true;
	if (line.length <= 300 && cookieBanner.test(line)) return true;
	if (emojiLed.test(line) && line.length <= 40) return true;
	// The rules below look at lines of at most eight words: nine are enough to know (splitting a
	// five-megabyte line of words whole made a million strings).
	const tokens = firstWords(line, 9);
	// Image alt text and tag clouds: a few short words, no punctuation ("アマゾン AWS AI 契約 会見").
	// Not "株式会社ディスコ ｜ DISCO Corporation": the sender's name above its investor page.
	if (tokens.length >= 3 && tokens.length <= 8 && !sentencePunctuation.test(line) && tokens.every(token => token.length <= 12) && !legalNameFirst.test(line)) return true;
	// Widgets in Latin script inside a Japanese page ("2,000 + Buzz 🇯🇵 JP", "Trend visualization for ai"),
	// but not a figure ("AWS 32%", "Revenue $33B").
	if (!japanese.test(line) && tokens.length <= 8 && !/[.!?]$/.test(line) && !/\d\s?%|\$\s?\d/.test(line)) return true;
	return false;
}

const inlineMarkup = /[[*_`~]/;

/**
 * Every run of spaces, tabs and ideographic spaces as one space, as .replace(/[ \t\u3000]+/g, ' ')
 * made it; a single space, the usual run, is left alone. That replace made a match object per word
 * of the line: a megabyte-long line of words took a second and 140 MB.
 */
export function collapseSpaces(line: string): string {
	if (!/[ \t\u3000]{2,}|[\t\u3000]/.test(line)) return line;
	if (line.length < longLine) return line.replace(/[ \t\u3000]{2,}|[\t\u3000]/g, ' ');
	// A long line is copied a code unit at a time: a replace there may make millions of matches.
	const units = new Uint16Array(line.length);
	let length = 0;
	let inRun = false;
	for (let index = 0; index < line.length; index++) {
		const unit = line.charCodeAt(index);
		const space = unit === 0x20 || unit === 0x09 || unit === 0x30_00;
		if (space && inRun) continue;
		units[length++] = space ? 0x20 : unit;
		inRun = space;
	}

	const chunks: string[] = [];
	for (let start = 0; start < length; start += 8192) chunks.push(String.fromCharCode(...units.subarray(start, Math.min(length, start + 8192))));
	return chunks.join('');
}

/** Characters from which a line is handled as a long one. */
const longLine = 1 << 16;

function stripInlineMarkdown(line: string): string {
	// Most lines have no markup: one test spares them seven passes.
	if (!inlineMarkup.test(line)) return collapseSpaces(line).trim();
	return (
		line
			// Neither the text nor the address holds a [: otherwise every [ of a long line rescans it to the
			// end (quadratic; a megabyte of "[a](" took minutes).
			.replace(/!\[[^[\]\n]*\]\([^)[\n]*\)/g, '')
			.replace(/\[([^[\]\n]+)\]\([^)[\n]*\)/g, '$1')
			.replace(/\*\*([^*\n]+)\*\*/g, '$1')
			.replace(/__([^_\n]+)__/g, '$1')
			.replace(/(^|[^*\w])\*([^*\n]+)\*(?!\w)/g, '$1$2')
			.replace(/`([^`\n]+)`/g, '$1')
			.replace(/~~([^~\n]+)~~/g, '$1')
			.replace(/[ \t\u3000]{2,}|[\t\u3000]/g, ' ')
			.trim()
	);
}

// An English sentence ends in "." too (a word, a figure or a bracket before it, not "...").
const terminal = /[。．！？!?」』]$|[\w%)"'”’]\.$/;

const stockItem = /終値|\d%\s?(?:高|安)|ストップ(?:高|安)/;

function classify(rawLine: string): Block | null {
	const line = rawLine.trim();
	if (line.length === 0 || horizontalRule.test(line)) return null;
	if (/^\|.*\|$/.test(line)) {
		if (/^\|[\s|:-]+\|$/.test(line)) return null;
		const rawCells = line.slice(1, -1).split('|');
		const cells = rawCells.map(cell => stripInlineMarkdown(cell)).filter(Boolean);
		if (cells.length === 0) return null;
		// An ideographic space (or a run of spaces) before the first cell's text indents it; the pad of one space does not.
		return /^(?:[ \t]?[\u3000\u00A0]| {3,})\S/.test(rawCells[0] ?? '') ? {kind: 'table', text: cells.join(' | '), indented: true} : {kind: 'table', text: cells.join(' | ')};
	}

	const heading = /^(#{1,6})\s+(.*)$/.exec(line);
	if (heading) return {kind: 'heading', text: stripInlineMarkdown(heading[2]!.replace(/\s#+$/, '')), level: heading[1]!.length};
	const bullet = /^(?:[-*+]\s+|[•・◦▪]\s*|\d{1,2}[.)]\s+)(.*)$/.exec(line);
	if (bullet && bullet[1]!.length > 0) return {kind: 'bullet', text: stripInlineMarkdown(bullet[1]!)};
	if (line.startsWith('>')) return {kind: 'quote', text: stripInlineMarkdown(line.replace(/^>+\s*/, ''))};
	const text = stripInlineMarkdown(line);
	if (text.length === 0) return null;
	// A line that is all bold, or a short line with no sentence ending, reads as a heading.
	const allBold = /^\*\*[^*]+\*\*$/.test(line);
	// ...unless it stops on a particle or a comma: then it is a sentence cut off.
	const shortUnpunctuated = text.length <= 60 && !terminal.test(text) && !/[。]/.test(text) && !/[、，,をにがはでとの]$/.test(text);
	// A line led by ■ or 【…】 is a heading, unless it runs on as prose: "【シリコンバレー＝記者名】米半導体大手…。"
	// "■ディスコ <6146>　終値6万8250円（7.8%高）": a market flash's item is its news, not a heading over it.
	const marked = /^[●■◆▼【]/.test(text) && !(text.length > 60 && /[。．]/.test(text));
	if ((allBold || marked || shortUnpunctuated) && !stockItem.test(text)) return {kind: 'heading', text: text.replace(/^[●■◆▼]\s*/, '')};
	return {kind: 'paragraph', text};
}

/**
 * A block whose sentences the article already said counts once: scraped pages repeat their body
 * after a marker such as ---END---, whole or in fragments. Sentences are compared whole; a cut
 * fragment at either end of a block is also looked up inside the earlier text while that is small
 * enough for a substring search to stay cheap.
 */
function dropRepeats(blocks: readonly Block[]): Block[] {
	const kept: Block[] = [];
	const seenSentences = new Set<string>();
	let seenText = '';
	const fragmentSearchLimit = 200_000;
	for (const block of blocks) {
		const sentences = block.kind === 'table' ? [block.text] : splitSentences(block.text);
		const isRepeat = (sentence: string, position: number): boolean => {
			const trimmed = sentence.trim();
			if (trimmed.length < 8) return false;
			if (seenSentences.has(trimmed)) return true;
			const atEdge = position === 0 || position === sentences.length - 1;
			// A heading repeats only whole: "## Google Cloud" is a section, though the headline named it.
			return atEdge && block.kind !== 'heading' && seenText.length <= fragmentSearchLimit && seenText.includes(trimmed);
		};

		// A table's rows are never repeats: a second table repeats the first's header ("| | 売上高 | % |").
		const fresh = block.text.length < 8 || block.kind === 'table' ? sentences : sentences.filter((sentence, position) => !isRepeat(sentence, position));
		const freshLength = fresh.reduce((sum, sentence) => sum + sentence.length, 0);
		if (freshLength === block.text.length) {
			kept.push(block);
		} else if (freshLength >= block.text.length * 0.2 && fresh.some(sentence => sentence.trim().length >= 8)) {
			kept.push({kind: block.kind, text: fresh.join('').trim()});
		}

		for (const sentence of sentences) seenSentences.add(sentence.trim());
		if (seenText.length <= fragmentSearchLimit) seenText += `\n${block.text}`;
	}

	return kept;
}

/**
 * Joins hard-wrapped lines: a long line that stops mid-sentence continues on the next. Only in a
 * paragraph that ends a sentence: rows of a plain-text table also stop without one.
 */
function joinWrappedLines(lines: readonly string[]): string[] {
	if (lines.length < 2 || !terminal.test(lines.at(-1)!.trim())) return [...lines];
	const joined: string[] = [];
	for (const line of lines) {
		const previous = joined.at(-1);
		const trimmed = line.trim();
		if (
			previous !== undefined &&
			previous.trim().length >= 30 &&
			trimmed.length > 0 &&
			!terminal.test(previous.trim()) &&
			!/^(?:[-*+]\s|[•・#>|]|\d{1,2}[.)]\s)/.test(trimmed) &&
			!/^(?:[-*+]\s|[•・#>|])/.test(previous.trim()) &&
			!/^\*\*[^*]+\*\*$/.test(previous.trim())
		) {
			const glue = /[\x21-\x7E]$/.test(previous.trim()) && /^[\x21-\x7E]/.test(trimmed) ? ' ' : '';
			joined[joined.length - 1] = previous.trimEnd() + glue + trimmed;
		} else {
			joined.push(line);
		}
	}

	return joined;
}

// "◆　◆　◆", "＊＊＊": a row of one mark that parts one story from the next.
const storySeparator = /^([◆◇■□●○＊*※☆★])(?:[ \t\u3000]*\1){2,}$/u;
const opensOnDate = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[/.]\d{1,2}[/.]\d{1,2})/;

/**
 * "◆　◆　◆" then "カゴメ、1〜9月期の純利益12%増" then "2025年11月5日　カゴメが…": a separator followed, within two
 * paragraphs, by one that opens on its own date starts a glued second story, which runs to the end.
 */
function gluedAfterSeparator(paragraphs: readonly string[]): number {
	const found = paragraphs.findIndex((paragraph, index) => storySeparator.test(paragraph.trim()) && paragraphs.slice(index + 1, index + 3).some(next => opensOnDate.test(next.trim())));
	return found === -1 ? paragraphs.length : found;
}

/** Article body (front matter removed) to blocks of clean text, noise and repeats removed. */
export function cleanBody(body: string): CleanedBody {
	const text = stripHtml(sanitize(body.replace(/\r\n?/g, '\n')));
	const blocks: Block[] = [];
	let bylineText: string | null = null;
	let leadCaption: string | null = null;
	let sender: string | null = null;
	let inRelatedList = false;
	let gluedStory = false;
	// Whether the last line of a related list was a date alone.
	let relatedDatedLast = false;
	let afterBreak = false;
	let withdrawn = false;
	const paragraphs = text.split(/\n[ \t\u3000]*\n/);
	const gluedFrom = gluedAfterSeparator(paragraphs);
	for (const [index, paragraph] of paragraphs.entries()) {
		if (index >= gluedFrom) break;
		// A related-articles list ends where a paragraph starts with something other than a list item.
		// "1. NVIDIA株が一時6%高" under "アクセスランキング": a numbered list of headlines is a list all the same.
		// "<h3>関連ニュース</h3><ul><li>…" leaves a blank line between the heading and its links: short unpunctuated lines go on with it.
		const firstLine = decodeEntities(paragraph.trim().split('\n')[0] ?? '').trim();
		if (!/^\s*(?:[-*+]\s|\d{1,2}[.)．]\s|[•・◦▪])/.test(paragraph) && !(firstLine.length <= 60 && !/[。！？!?]$/.test(firstLine) && !/^[#|]/.test(firstLine) && !horizontalRule.test(firstLine))) {
			// "【同カテゴリーの新着記事】⏎…見出し⏎2025.10.29⏎さくらインターネットが28日発表した…": prose under a listed headline and
			// its date is that story itself, glued on, which runs to the end.
			if (inRelatedList && relatedDatedLast) gluedStory = true;
			inRelatedList = false;
		}
		for (const line of joinWrappedLines(paragraph.split('\n'))) {
			const trimmed = decodeEntities(line).trim();
			if (trimmed.length === 0) continue;
			// "原題：Perplexity Raises $200 Million at $20 Billion Valuation（抜粋）": the story's headline in the language it was
			// first written in restates what the article says, in words the extractor does not read.
			if (originalTitle.test(trimmed)) continue;

			// "【訂正前】" over a table, then "【訂正後】": a correction notice shows the figures it withdraws; they are no figures.
			if (correctionMark.test(trimmed)) {
				withdrawn = /前/.test(trimmed);
				continue;
			}

			if (withdrawn) continue;
			// "---END---": the story before has ended, as after a rule.
			if (horizontalRule.test(trimmed) || endMarker.test(trimmed)) {
				afterBreak = true;
				continue;
			}

			if (relatedHeader.test(trimmed.replace(/^#{1,6}\s+/, '').replace(/^\*\*|\*\*$/g, ''))) {
				inRelatedList = true;
				continue;
			}

			// "あわせて読みたい", "■ メディアテック、5月の売上高18%増", "2026/06/10 16:05": a story's own dateline under the
			// related heading starts a glued second article, which runs to the end.
			if (inRelatedList && relatedDateline.test(trimmed)) gluedStory = true;
			// "【次の記事】ソニーG、…を再検討　2026年3月5日 16:05": the next story's headline with its own dateline, and the story
			// under it, run to the end.
			// "**次の記事：【速報】ユニクロ、11月の…8.9%増**": the next story's headline on its label's line, its story under it.
			if (nextStoryHeadline.test(trimmed) || nextStoryLabelled.test(trimmed)) gluedStory = true;
			if (gluedStory) continue;
			// The related list runs on as bullets or short unpunctuated lines.
			if (inRelatedList && (/^(?:[-*+]\s|\d{1,2}[.)．]\s|[•・◦▪])/.test(trimmed) || (trimmed.length <= 60 && !/[。！？!?]$/.test(trimmed)))) {
				relatedDatedLast = relatedDate.test(trimmed);
				continue;
			}
			inRelatedList = false;
			const credit = byline.exec(trimmed);
			if (credit) {
				bylineText ??= credit[1]!.trim();
				continue;
			}

			if (blocks.length <= 2 && writers.test(trimmed)) {
				bylineText ??= trimmed;
				continue;
			}

			const sentBy = senderLine.exec(closeLetterSpacing(trimmed))?.groups!['name'];
			if (sentBy) {
				sender ??= sentBy;
				continue;
			}

			if (blocks.length === 0 && imageCaption.test(trimmed)) {
				leadCaption ??= stripInlineMarkdown(trimmed.replace(/の(?:画像|写真)[\s(（]*\d+[)）]?$/, '')) || null;
			}

			const block = classify(trimmed);
			// A table row ("売上高 | 7兆円") looks like a tag cloud: a few short words, no punctuation.
			// A Markdown heading is the author's structure, not a tag cloud: "# 2nm半導体 - 量産へ".
			// So is a line set all in bold: "**ゲーミングと AI PC**", "**2027 年度第 2 四半期の見通し**".
			if (!block || (block.kind !== 'table' && !/^#{1,6}\s/.test(trimmed) && !/^\*\*[^*]+\*\*$/.test(trimmed) && isNoiseLine(block.text))) continue;
			blocks.push(afterBreak ? {...block, afterBreak} : block);
			afterBreak = false;
		}
	}

	return {blocks: dropRepeats(blocks), byline: bylineText, leadCaption, sender};
}
