import type {Block} from './blocks.js';
import {datelineDate, headDatelineDate, isUpdateStamp, updateStampDate} from './dateline.js';

// The head of an article: its title and the date it was first published, as pages and feeds write
// them above the text ("2025年11月20日 7:12　サイト名", "2025/10/30 08:40", "公開日：2025.12.09",
// "Posted on 2025-10-30 | by …", "見出し | 2025/11/21 15:35 | サイト名"), and where the article ends
// when the page glued another one after it (a second headline and dateline).

export interface ArticleHead {
	readonly title: string | null;
	/** YYYY-MM-DD from a dateline, or null when the head writes none. */
	readonly published: string | null;
	/** The blocks of the article proper: datelines, breadcrumbs and a glued second article removed. */
	readonly blocks: readonly Block[];
	/** The company a press release or a disclosure is sent by, as its head names it ("イビデン株式会社"). */
	readonly sender: string | null;
	/** YYYY-MM-DD of the head's stamp of a later change ("（2026年01月23日15時40分更新）"), after `published`; else null. */
	readonly updated: string | null;
}

const segmentSeparator = /\s*[|｜]\s*/;
// "ホーム > 経済", and any short line of three or more parts joined by ＞ or ›: "みんかぶ ＞ ニュース ＞ 市況".
const breadcrumb = /^(?:ホーム|HOME|Home|トップ|TOP)\s?(?:>|＞|›|»|\/)|^[^。>＞›»]{1,30}(?:\s?(?:>|＞|›|»)\s?[^。>＞›»]{1,30}){2,}$/;
// The sender of a press release, on a line of its own above the headline: "株式会社Preferred Networks";
// and the company whose investor pages a filing was copied from: "X株式会社　IR情報 > 決算短信".
// "Sakana AI株式会社": a Latin name of several words.
const sender =
	/^(?<name>(?:株式会社|\(株\))\s?[^。、]{1,40}|(?:[A-Za-z0-9][A-Za-z0-9&.-]*(?: [A-Za-z0-9][A-Za-z0-9&.-]*){1,3}|[^。、\s]{1,40})(?:株式会社|\(株\)))(?:\s+(?:IR情報|IRニュース|IRライブラリ|投資家情報|株主・投資家情報)(?:\s?[>＞›]\s?[^。]{1,40})*)?$/;
const notice = /(?:お知らせ|について|に関する[^。]{0,20})$/;
// A disclosure's header (適時開示) around its sender: "各位", "会社名…", "代表者名…", "問合せ先…", "（TEL…）"; its "TEL．03" ends no sentence.
const disclosureHeader = /^(?:各\s*位|(?:上\s*場\s*)?会\s*社\s*名|代\s*表\s*者\s*名?|問\s*合\s*せ\s*先|問い合わせ先|[(（]?\s*TEL|[(（]?\s*コード番号)/;

/** "見出し | 2025/11/21 15:35 | サイト名": the headline and the date of a title line with a dateline in it. */
function splitTitleLine(text: string): {title: string; date: string | null} {
	const segments = text.split(segmentSeparator).filter(Boolean);
	if (segments.length < 2) return {title: text, date: null};
	const dated = segments.findIndex(segment => datelineDate(segment) !== null);
	// "…目標株価を引き上げ⏎2026.02.20｜マネー・インサイト": a headline whose line ran on into the date line under it.
	const runOn = /^(?<title>[^|｜]{10,}?)(?<date>\d{4}[/.年-]\d{1,2}[/.月-]\d{1,2}日?)$/.exec(segments[0]!);
	if (dated < 0 && runOn && datelineDate(runOn.groups!['date']!) !== null) return {title: runOn.groups!['title']!.trim(), date: datelineDate(runOn.groups!['date']!)};
	if (dated < 0) return {title: text, date: null};
	// "2026.02.20｜マネー・インサイト　証券コラム": the date first, then the site and its column, no headline.
	if (dated === 0) return {title: '', date: datelineDate(segments[0]!)};
	// "更新日：…｜公開日：…": stamps of the page, no headline among them.
	const before = segments.slice(0, dated);
	return {title: before.every(isUpdateStamp) ? '' : before.join(' | '), date: datelineDate(segments[dated]!)};
}

// A site's name after the headline: "見出し | 日経クロステック", "見出し - ITmedia NEWS", "見出し：東洋経済オンライン".
const siteWords =
	/ニュース|新聞|NEWS|News|Online|オンライン|ITmedia|日経|通信|Times|タイムズ|ジャーナル|ウォッチ|Watch|ビジネス|マガジン|Magazine|編集部|\.com|\.jp|\.net|Yahoo|MSN|Bloomberg|Reuters|ロイター|ブルームバーグ|CNET|ZDNET|Impress|インプレス|マイナビ|ナビ|東洋経済|ダイヤモンド|プレジデント|PR TIMES/;

/** The headline without the name of the site it was copied from. */
const nextStory = /^[◆■●▼◇□【［[<＜]?\s?(?:次の記事|次のニュース|前の記事|あわせて読みたい|合わせて読みたい|おすすめ記事|オススメ記事|この記事を読んだ人|人気記事|アクセスランキング|こちらもおすすめ)\s?[◆■●▼◇□】］\]>＞»]{0,3}[:：]?$/;
const reprintNotice = /^[◆■●▼◇□【［[]?\s?[^。]{0,20}(?:下記|以下|次)の?記事を(?:再掲|掲載)(?:します|しています|する)?。?[】］\]]?$/;
const wireDateline = /^[［[]\s?[^［\]］[]{1,20}?\s\d{1,2}日\s(?:ロイター|Reuters|ブルームバーグ|Bloomberg|共同|時事|AP|AFP)\s?[］\]]/;
const gluedHeadline = /^[■●◆▼【]?[^。]{4,80}?[(（]\s?\d{4}[/.年-]\d{1,2}[/.月-]\d{1,2}日?\s+\d{1,2}:\d{2}\s?[)）]$/;

export function withoutSiteName(title: string): string {
	const piped = /^(?<title>.{10,}?)\s*[|｜]\s*(?<site>[^|｜、。]{1,30})$/.exec(title);
	// "…買い増しました｜10〜12月期決算を読んで考えたこと": a subtitle that reads as a phrase is no site's name.
	if (piped && !/[をにが][\p{Script=Han}ァ-ヶー]|こと$|とは$|について/u.test(piped.groups!['site']!)) return piped.groups!['title']!.trim();
	const dashed = /^(?<title>.{10,}?)\s+[-–—:：]\s+(?<site>[^、。]{1,30})$/.exec(title);
	if (dashed && siteWords.test(dashed.groups!['site']!)) return dashed.groups!['title']!.trim();
	return title;
}

// "文：株式アナリスト　木村 亮介": who wrote it.
const byline = /^(?:文|取材・文|文・写真|文と写真|執筆|筆者|記者)\s?[:：／/]/;
// A site's name and what it is ("…ICTの専門紙"), or short labels parted by bars (site, section, column), with no headline's 、.
const mastheadWords = new RegExp(String.raw`(?:${siteWords.source}|専門紙|Journal|速報|電子版|ヘッドライン|ウィークリー|Weekly|デイリー|Daily|ニュースリリース|報道発表資料|プレスリリース|決算メモ|ノート|ブログ|Blog)$`);
const namedSite = /(?:配信サービス|情報サイト|ニュースサイト|ポータル|メディア|サイト)「[^「」]{2,24}」$/;
const masthead = (text: string) => {
	if (/[、。]/.test(text)) return false;
	const parts = text.split(/\s*[|｜]\s*/).filter(Boolean);
	// "プレスリリース配信サービス「PRワイヤ・ジャパン」": what the site is, then its name in 「」.
	return (parts.length >= 2 && parts.every(part => part.length <= 20)) || (text.length <= 40 && (mastheadWords.test(text) || namedSite.test(text)));
};

/** How many blocks from the top can be the head: the title, a dateline, a breadcrumb, a sender line. */
const headSize = 6;

/** The title, the publication date and the blocks of the article proper. */
// Headings that open an article's own summary or contents, never its title.
const summaryHeading = /^(?:[0-9一二三]行(?:で)?(?:要約|まとめ)|(?:この)?記事の(?:ポイント|要点|概要)|ポイント|要点|概要|要約|まとめ|目次|もくじ)$/;

/** `leadCaption`: the caption of the lead image, which news sites write as the headline ("…の画像1"). */
export function readHead(blocks: readonly Block[], frontTitle: string | undefined, frontDate: string | null, leadCaption: string | null = null): ArticleHead {
	let published = frontDate;
	let title: string | null = frontTitle ?? leadCaption ?? null;
	let siteLineTitle: string | null = null;
	let sentBy: string | null = null;
	let updated: string | null = null;
	const dropped = new Set<number>();
	const firstProse = blocks.findIndex(block => block.kind === 'paragraph' && /[。．]/.test(block.text) && datelineDate(block.text) === null && !segmentSeparator.test(block.text) && !disclosureHeader.test(block.text.trim()));
	const headEnd = Math.min(headSize, firstProse === -1 ? blocks.length : firstProse);
	for (let index = 0; index < headEnd; index++) {
		const block = blocks[index]!;
		const changed = updateStampDate(block.text);
		if (changed !== null && changed > (updated ?? '')) updated = changed;
		const date = headDatelineDate(block.text);
		if (date !== null) {
			published ??= date;
			dropped.add(index);
			continue;
		}

		// "# 株式会社ミライAIラボの株式の取得に関するお知らせ": a notice's headline names a company, and is no sender.
		const sentLine = notice.test(block.text.trim()) ? null : sender.exec(block.text.trim());
		if (sentLine && index + 1 < blocks.length) {
			sentBy ??= sentLine.groups!['name']!;
			dropped.add(index);
			continue;
		}

		if (breadcrumb.test(block.text) || disclosureHeader.test(block.text.trim())) {
			dropped.add(index);
			continue;
		}

		const line = splitTitleLine(block.text);
		if (line.date !== null) {
			published ??= line.date;
			// "テックリサーチ・ジャパン ｜ 2026.03.04": a short name beside the date is the site's; a heading is the title then.
			// Not beside a "# " headline of its own: then it is a series' name ("AIインフラ・ウィークリー Vol.87｜配信日：…").
			// "プレスリリース｜日本オラクル株式会社｜2026/06/11": short labels only, the kind of page and its sender, are no headline.
			const headline = line.title.split(' | ').some(part => part.length >= 15 && !masthead(part));
			if (headline && !blocks.slice(0, headEnd).some(other => other.level === 1)) title ??= line.title;
			else if (line.title !== '') siteLineTitle ??= line.title;
			dropped.add(index);
			continue;
		}

		if (isUpdateStamp(block.text) || changed !== null) dropped.add(index);
	}

	// The title: the front matter's, else the first heading of the head, else its first line.
	if (title === null) {
		const candidates = blocks
			.slice(0, headEnd)
			.map((block, index) => ({block, index}))
			.filter(({block, index}) => !dropped.has(index) && !summaryHeading.test(block.text.replace(/^[●■◆▼]\s*/, '').trim()) && !byline.test(block.text.trim()));
		// "テレコムトレンド　通信・放送・ICTの専門紙", "マネー研究所コラム｜日本株の読み方": the site's name over a headline of the page's own.
		const headlineAfter = (index: number) => candidates.some(other => other.index > index && other.block.text.length >= 15 && /[、　\s]/.test(other.block.text.trim()));
		const unmasted = candidates.filter(({block, index}) => !(block.level === undefined && masthead(block.text.trim()) && headlineAfter(index)));
		candidates.splice(0, candidates.length, ...unmasted);
		// The page's own headline ("# "), above a series name or a kicker written as a line of its own.
		const headline = candidates.find(({block}) => block.level === 1);
		const heading = candidates.find(({block}) => block.kind === 'heading' && block.text.length >= 8);
		// A headline is a heading or a line of its own; a list item or a table row never is.
		const firstLine = candidates.find(({block}) => block.kind === 'paragraph' && block.text.length <= 120);
		// A first line above the sender and the dateline is the headline; a heading under them is a subtitle.
		// Not "日立製作所（6501・東証プライム）　企業調査レポート": a line that names the kind of document heads the headline under it.
		const top = candidates[0];
		// "ローム株式会社　IRニュース｜決算サマリー": nor a line that names the site's section, parted by a bar.
		const documentKind =
			top !== undefined &&
			top.block.level === undefined &&
			(/(?:レポート|リポート|ニュースレター|Newsletter|Report)$/i.test(top.block.text.trim()) || /^[^。、]{2,40}[|｜]\s?[^。、|｜]{0,20}(?:ニュース|サマリー|リリース|お知らせ|IR|速報|コラム)$/.test(top.block.text.trim()));
		const headingIndex = documentKind ? blocks.findIndex((_, index) => index > top.index && !dropped.has(index)) : -1;
		const headingUnder = headingIndex !== -1 && blocks[headingIndex]!.kind === 'heading' && blocks[headingIndex]!.text.length >= 8 ? {block: blocks[headingIndex]!, index: headingIndex} : undefined;
		const aboveDateline = firstLine && !headingUnder && [...dropped].some(index => index > firstLine.index) ? firstLine : undefined;
		const first = headline ?? headingUnder ?? (aboveDateline && (!heading || heading.index > aboveDateline.index) ? aboveDateline : undefined) ?? heading ?? (siteLineTitle === null ? firstLine : undefined);
		if (first?.block) {
			title = first.block.text;
			if (first.index >= 0) dropped.add(first.index);
		} else title = siteLineTitle;
	} else {
		// The headline repeated under a front-matter title is the title, not text of the article.
		const repeated = blocks.slice(0, headEnd).findIndex((block, index) => !dropped.has(index) && block.text.trim() === title!.trim());
		if (repeated >= 0) dropped.add(repeated);
	}

	// A glued second article: a dateline after the first prose, usually under its own headline.
	let end = blocks.length;
	for (let index = Math.max(headEnd, firstProse + 1); index < blocks.length; index++) {
		const text = blocks[index]!.text.trim();
		// "※本資料は…の抄訳です。" over "# <the front matter's title>": the page's own headline under a note, not another story's.
		if (text === title?.trim()) {
			dropped.add(index);
			continue;
		}

		// "■ 富士通、英国子会社で500人削減へ（2026/11/11 10:05）": another story's headline with its own time.
		const datedHeadline = gluedHeadline.test(text);
		// "◆次の記事◆", "【あわせて読みたい】": what follows is another story, or links to others.
		// "■紙面の都合により下記記事を再掲します": a paper reprinting another story below.
		if (firstProse !== -1 && (nextStory.test(text) || reprintNotice.test(text))) {
			end = index;
			break;
		}

		// "# ＳＣＲＥＥＮ、上期経常は12％減益": a second headline of the first level after the prose is another story's.
		if (firstProse !== -1 && blocks[index]!.kind === 'heading' && blocks[index]!.level === 1) {
			end = index;
			break;
		}

		// "---" then "ミナトフーズ、上期の売上高は12%増" (or "【速報】ミナトフーズ、…") over prose: a headline after a thematic
		// break (a name, a comma, no question) is another story's.
		const headline = text.replace(/^【[^】]{1,8}】\s?/, '');
		if (firstProse !== -1 && blocks[index]!.afterBreak && blocks[index]!.kind === 'heading' && /^[^、。\s【■●◆▼［[(（*]{2,30}、[^。？?]*$/.test(headline) && blocks[index + 1]?.kind === 'paragraph') {
			end = index;
			break;
		}

		// "村田製作所、上期最終は13%減益で着地" over "村田製作所 <6981> [東証P] が…決算を発表": a headline on a line of its own
		// over a stock report's lead (the name and its code) on a company the headline above does not name is another story's;
		// a digest's sections under the names of their companies are not (their paragraphs give no code).
		const named = /^([^、。\s【■●◆▼［[(（*]{2,30})、[^。]*$/.exec(headline)?.[1];
		const opened = blocks[index + 1]?.kind === 'paragraph' ? blocks[index + 1]!.text.replace(/^[\s　]+/, '') : '';
		if (
			firstProse !== -1 &&
			named &&
			(blocks[index]!.kind === 'paragraph' || blocks[index]!.kind === 'heading') &&
			text.length <= 80 &&
			opened.startsWith(named) &&
			/^\s?[<＜(（]\d{4}[>＞)）]/.test(opened.slice(named.length)) &&
			!(title ?? '').includes(named)
		) {
			end = index;
			break;
		}

		// "【関連】日本航空、4〜9月期の純利益18%増" over "日本航空（JAL）が30日発表した…": a related story's headline with its
		// story under it, which names the same company first, is a glued second article.
		const related = /^【関連(?:記事|ニュース)?】\s?([^、。\s]{2,30})、[^。]*$/.exec(text)?.[1];
		if (firstProse !== -1 && related && opened.startsWith(related)) {
			end = index;
			break;
		}

		// "［東京　13日　ロイター］ - 村田製作所は…": a wire story's own dateline further down starts another story.
		if (firstProse !== -1 && wireDateline.test(text)) {
			end = index;
			break;
		}

		// "- 2025年10月22日　第2工場を着工": an item of a timeline is no other story's dateline; nor is the day under a release's
		// numbered section that asks for it ("## 4．異動予定年月日").
		if (firstProse === -1 || (datelineDate(text) === null && !datedHeadline) || blocks[index]!.kind === 'bullet') continue;
		const sectionAbove = blocks[index - 1];
		if (sectionAbove?.kind === 'heading' && (/^(?:第?\d{1,2}\s?[.．、)）]|[(（]\d{1,2}[)）])/.test(sectionAbove.text.trim()) || /(?:日|日時|年月日|期日|日程)$/.test(sectionAbove.text.trim()))) continue;
		// "---", "**ルネサス、…－株価は一時6%安**" then "2026年6月4日 16:20 JST": a line of its own after a break, over the
		// dateline, is the glued story's headline.
		const above = blocks[index - 1];
		const headlineAbove = above !== undefined && (above.kind === 'heading' || (above.kind === 'paragraph' && above.afterBreak === true && above.text.length <= 80 && !/[。」]$/.test(above.text.trim())));
		end = headlineAbove && !datedHeadline ? index - 1 : index;
		break;
	}

	return {
		title: title === null ? null : withoutSiteName(title),
		published,
		blocks: blocks.slice(0, end).filter((_, index) => !dropped.has(index)),
		sender: sentBy,
		updated: updated !== null && published !== null && updated > published ? updated : null,
	};
}
