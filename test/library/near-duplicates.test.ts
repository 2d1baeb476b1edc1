import {expect, test} from 'vitest';
import {bandKeys, comparableText, minHash, sameStorySimilarity, similarity} from '../../source/library/near-duplicates.js';
import {uniqueText} from './generated-pages.js';

const story =
	'米半導体大手のエヌビディアは19日、2025年8〜10月期決算を発表した。売上高は前年同期比62%増の570億ドルと過去最高を更新した。データセンター向けの売上高は512億ドルで、生成AI向けの画像処理半導体の需要が引き続き旺盛だった。同社は11〜1月期の売上高見通しを650億ドルとした。';

test('the same text with other spacing, punctuation and width compares as one', () => {
	expect(comparableText('ＡＩ、 半導体！\n需要')).toBe(comparableText('AI半導体需要'));
});

test('a copy with a line of its own is the same story; other stories are not', () => {
	const original = minHash(comparableText(story));
	const copy = minHash(comparableText(`（共同通信配信）${story}関連記事もどうぞ。`));
	expect(similarity(original, copy)).toBeGreaterThanOrEqual(sameStorySimilarity);
	expect(bandKeys(original).some(key => bandKeys(copy).includes(key))).toBe(true);
	const other = minHash(comparableText('米マイクロソフトが29日発表した2025年7〜9月期決算で、クラウドサービス「Azure」の売上高は前年同期比40%増となった。AI向けの計算需要が伸び、設備投資は349億ドルと前年同期から大きく増えた。'));
	expect(similarity(original, other)).toBeLessThan(0.2);
	expect(similarity(minHash(uniqueText(1)), minHash(uniqueText(2)))).toBeLessThan(0.2);
});
