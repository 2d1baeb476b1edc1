import type {Block} from './clean.js';

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
}

const label = String.raw`(?:公開日時?|投稿日時?|配信日時?|掲載日時?|作成日|公開|配信|掲載|Posted(?: on)?|Published(?: on)?|Date|日付)\s?[:：]?\s?`;
const datePart = String.raw`(?<year>\d{4})\s?[年/.\-]\s?(?<month>\d{1,2})\s?[月/.\-]\s?(?<day>\d{1,2})日?`;
/** A block that is a dateline: a date first (after a label), then at most a time, a site or a byline. */
const dateline = new RegExp(String.raw`^(?:${label})?${datePart}(?:\s?[(（][月火水木金土日][)）])?(?:$|[\s　|｜/,、]|\d{1,2}:\d{2}|T\d)`);
const segmentSeparator = /\s*[|｜]\s*/;
const breadcrumb = /^(?:ホーム|HOME|Home|トップ|TOP)\s?(?:>|＞|›|»|\/)/;
const sender = /^(?:株式会社|\(株\))\S{1,40}$|^\S{1,40}(?:株式会社|\(株\))$/;
const update = /(?:最終)?更新|Updated/;

function validDate(year: number, month: number, day: number): boolean {
	if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
	return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date of a dateline block, or null when the block is not one. */
export function datelineDate(text: string): string | null {
	const trimmed = text.trim();
	if (trimmed.length > 90 || /[。！？]/.test(trimmed)) return null;
	const match = dateline.exec(trimmed);
	if (!match || update.test(trimmed.slice(0, match.index + match[0].length))) return null;
	const year = Number(match.groups!['year']);
	const month = Number(match.groups!['month']);
	const day = Number(match.groups!['day']);
	if (!validDate(year, month, day)) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "見出し | 2025/11/21 15:35 | サイト名": the headline and the date of a title line with a dateline in it. */
function splitTitleLine(text: string): {title: string; date: string | null} {
	const segments = text.split(segmentSeparator).filter(Boolean);
	if (segments.length < 2) return {title: text, date: null};
	const dated = segments.findIndex(segment => datelineDate(segment) !== null);
	if (dated <= 0) return {title: text, date: null};
	return {title: segments.slice(0, dated).join(' | '), date: datelineDate(segments[dated]!)};
}

/** How many blocks from the top can be the head: the title, a dateline, a breadcrumb, a sender line. */
const headSize = 6;

/** The title, the publication date and the blocks of the article proper. */
export function readHead(blocks: readonly Block[], frontTitle: string | undefined, frontDate: string | null): ArticleHead {
	let published = frontDate;
	let title: string | null = frontTitle ?? null;
	const dropped = new Set<number>();
	const firstProse = blocks.findIndex(block => block.kind === 'paragraph' && /[。．]/.test(block.text) && datelineDate(block.text) === null && !segmentSeparator.test(block.text));
	const headEnd = Math.min(headSize, firstProse === -1 ? blocks.length : firstProse);
	for (let index = 0; index < headEnd; index++) {
		const block = blocks[index]!;
		const date = datelineDate(block.text);
		if (date !== null) {
			published ??= date;
			dropped.add(index);
			continue;
		}

		if (breadcrumb.test(block.text) || (sender.test(block.text.trim()) && index + 1 < blocks.length)) {
			dropped.add(index);
			continue;
		}

		const line = splitTitleLine(block.text);
		if (line.date !== null) {
			published ??= line.date;
			title ??= line.title;
			dropped.add(index);
			continue;
		}
	}

	// The title: the front matter's, else the first heading of the head, else its first line.
	if (title === null) {
		const candidates = blocks.slice(0, headEnd).map((block, index) => ({block, index})).filter(({index}) => !dropped.has(index));
		const heading = candidates.find(({block}) => block.kind === 'heading' && block.text.length >= 8);
		const first = heading ?? candidates.find(({block}) => block.kind !== 'table') ?? {block: blocks.find((_, index) => !dropped.has(index)), index: -1};
		if (first?.block) {
			title = first.block.text;
			if (first.index >= 0) dropped.add(first.index);
		}
	} else {
		// The headline repeated under a front-matter title is the title, not text of the article.
		const repeated = blocks.slice(0, headEnd).findIndex((block, index) => !dropped.has(index) && block.text.trim() === title!.trim());
		if (repeated >= 0) dropped.add(repeated);
	}

	// A glued second article: a dateline after the first prose, usually under its own headline.
	let end = blocks.length;
	for (let index = Math.max(headEnd, firstProse + 1); index < blocks.length; index++) {
		if (firstProse === -1 || datelineDate(blocks[index]!.text) === null) continue;
		end = blocks[index - 1]?.kind === 'heading' ? index - 1 : index;
		break;
	}

	return {title, published, blocks: blocks.slice(0, end).filter((_, index) => !dropped.has(index))};
}
