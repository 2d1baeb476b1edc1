import {isoDay} from '../calendar.js';
import {nameOf, type Scene} from '../scene.js';

// Page furniture the seeds carry around their text: the extractor has to drop all of it.

/** 004's shopping buttons: an Amazon associate link and a Rakuten affiliate link in a div. */
export function affiliateBlock(scene: Scene): string {
	const keyword = encodeURIComponent(scene.random.pick(['生成AI 入門', 'クラウド 資格 テキスト', 'AI 半導体 本']));
	const tag = `${scene.random.pick(['negi', 'tech', 'aiblog'])}${scene.random.int(1000, 9999)}-22`;
	return [
		'---',
		'',
		'📚 **関連情報をもっと知りたい方へ**',
		'',
		'<div style="display: flex; gap: 10px; flex-wrap: wrap; margin: 15px 0;">',
		`<a href="https://www.amazon.co.jp/s?k=${keyword}&tag=${tag}" target="_blank" rel="noopener sponsored" style="padding: 8px 16px; background: #ff9900; color: white; text-decoration: none; border-radius: 6px; font-size: 14px;">📖 Amazonで関連書籍を探す</a>`,
		`<a href="https://hb.afl.rakuten.co.jp/hgc/${scene.random.hex(8)}.${scene.random.hex(8)}/?pc=https%3A%2F%2Fsearch.rakuten.co.jp%2Fsearch%2Fmall%2F${keyword}%2F" target="_blank" rel="noopener sponsored" style="padding: 8px 16px; background: #bf0000; color: white; text-decoration: none; border-radius: 6px; font-size: 14px;">🛒 楽天で探す</a>`,
		'</div>',
	].join('\n');
}

/** A line of image alt text: a few keywords and no punctuation ("アマゾン AWS AI 契約 会見"). */
export function altTextLine(scene: Scene): string {
	const words = ['AI', '契約', '会見', '提携', 'クラウド', 'マップ', '半導体', 'データセンター'];
	return [nameOf(scene, scene.cast[0]!), ...scene.random.sample(words, scene.random.int(2, 4))].join(' ');
}

/** Widget and navigation lines scraped pages keep between paragraphs. */
export function noiseLine(scene: Scene): string {
	return scene.random.chance(0.4) ? altTextLine(scene) : scene.random.pick(['関連記事', 'この記事をシェア', 'PR', 'あわせて読みたい', 'スポンサーリンク']);
}

/** Text copied until the clipboard or the page gave out: it stops in the middle of a sentence. */
export function cutMidSentence(scene: Scene, paragraph: string): string {
	const lastStop = paragraph.lastIndexOf('。', paragraph.length - 2);
	const start = lastStop + 1;
	const end = paragraph.length - 1;
	if (end - start < 6) return paragraph.slice(0, Math.max(1, Math.floor(paragraph.length / 2)));
	// Never inside a number: a "38" cut from "380億ドル" would be a figure the article never gave.
	let cut = scene.random.int(start + 3, end - 2);
	while (cut > start + 1 && /[\d.,%％]/.test(paragraph[cut - 1]!)) cut--;
	return paragraph.slice(0, cut);
}

/** Splits paragraphs into `count` runs for sections, in order. */
export function sections(paragraphs: readonly string[], count: number): string[][] {
	const runs: string[][] = Array.from({length: Math.min(count, paragraphs.length)}, () => []);
	paragraphs.forEach((paragraph, index) => runs[Math.floor((index * runs.length) / paragraphs.length)]!.push(paragraph));
	return runs;
}

export function coverImage(scene: Scene): string {
	return `/images/posts/${isoDay(scene.published)}-${scene.random.hex(8)}.png`;
}

/** A YAML double-quoted scalar. */
export function quoted(text: string): string {
	return JSON.stringify(text);
}
