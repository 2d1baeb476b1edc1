import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {datasetSchema, eventDatePattern, figureSchema} from '../../source/dataset/schema.js';
import {extractArticle} from '../../source/extract/article.js';
import {buildDataset} from '../../source/extract/dataset.js';
import {FrontMatterError} from '../../source/extract/front-matter.js';
import {defaultRegistry} from '../../source/extract/registry.js';
import {matcher} from './helpers.js';

// Pieces that exercise every stage: names, numbers, dates, markup, noise, brackets, controls.
const fragments = [
	'AWS',
	'アマゾン',
	'マイクロソフト',
	'Azure',
	'OpenAI',
	'エヌビディア',
	'同社',
	'は',
	'が',
	'の',
	'に',
	'と',
	'から',
	'、',
	'。',
	'？',
	'「',
	'」',
	'（',
	'）',
	'(',
	')',
	'シェア',
	'収益',
	'株価',
	'投資',
	'契約',
	'顧客数',
	'発表',
	'締結',
	'34%から29%',
	'約4,400億円（29億ドル）',
	'1兆円',
	'3.2%安',
	'53,000社',
	'２０２５年１１月３日',
	'11月3日',
	'2025年第4四半期',
	'2019年以降',
	'12月',
	'\n',
	'\n\n',
	'---',
	'---END---',
	'# ',
	'- ',
	'・',
	'**',
	'|',
	'<div>',
	'</div>',
	'<a href="x?tag=a-22">',
	'![x](y)',
	'の画像1',
	'\u001B[31m',
	'\u0007',
	'\u202E',
	'\u200B',
	'\r\n',
	'   ',
	'ねえ、',
	'2025/10/30 08:40',
	'2025/02/30',
	'2026年3月期第2四半期',
	'2025年度上期',
	'7〜9月期',
	'前年同期の',
	'前四半期比',
	'（従来予想は',
	'同事業の',
	'このうち',
	'部門の売上高が',
	'△1,234',
	'百万円',
	'560億〜590億ドル',
	'（プラスマイナス2%）',
	'13日の東京株式市場で',
	'一時',
	'ストップ高',
	'IDCによると',
	'市場予想の',
	'とみられる',
	'株式会社テスト（本社：東京都、以下「テスト」）は',
	'| 項目 | 富士通 | NEC |',
	'| 売上収益 | 1兆円 | 2兆円 |',
	'| 前年同期比 | +2% | -3% |',
	'（単位：億ドル）',
	'2026年から2029年までの',
	'10月29日',
	'99月99日',
	'0000年',
];
const articleText = fc.oneof(
	fc.string({unit: 'grapheme', maxLength: 400}),
	fc.array(fc.constantFrom(...fragments), {maxLength: 120}).map(parts => parts.join('')),
	fc.tuple(fc.string({maxLength: 40}), fc.array(fc.constantFrom(...fragments), {maxLength: 60})).map(([title, parts]) => `---\ntitle: ${JSON.stringify(title)}\ndate: 2025-11-20\n---\n${parts.join('')}`),
);

describe('the extractor on any text', () => {
	test('never throws (broken front matter is reported, not thrown past the file), and every quote is in the text', () => {
		fc.assert(
			fc.property(articleText, content => {
				let extraction;
				try {
					extraction = extractArticle({id: 'p', file: 'p.md', content}, matcher);
				} catch (error) {
					expect(error).toBeInstanceOf(FrontMatterError);
					return;
				}

				for (const figure of extraction.figures) {
					expect(extraction.text).toContain(figure.quote);
					expect(figureSchema.safeParse(figure).success).toBe(true);
				}

				for (const event of extraction.events) expect(event.date).toMatch(eventDatePattern);
				for (const event of extraction.events) expect(extraction.text).toContain(event.quote);
				expect(extraction.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
				expect(extraction.article.summary.length).toBeLessThanOrEqual(5);
				expect(datasetSchema.safeParse(buildDataset([extraction], defaultRegistry)).success).toBe(true);
			}),
			{numRuns: 400, seed: 20_261_125},
		);
	});
});
