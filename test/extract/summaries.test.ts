import {describe, expect, test} from 'vitest';
import {extractArticle} from '../../source/extract/article.js';
import {extractText, matcher} from './helpers.js';

describe('summaries', () => {
	test("the article's own summary block wins, one entry per bullet", () => {
		const {article} = extractText('## 3行要約\n\n- AWSが新チップを発表。性能は2倍。\n- 価格は据え置き。\n\n## 本文\n\nAWSは新チップを発表した。');
		expect(article.summary).toEqual(['AWSが新チップを発表。性能は2倍。', '価格は据え置き。']);
	});

	test('この記事のポイント in web text, 概要 paragraphs', () => {
		const web = extractText('●この記事のポイント\n・オラクルが契約を締結した。\n・両社は提携を深める。\n\n 本文の文章です。', {date: null});
		expect(web.article.summary).toEqual(['オラクルが契約を締結した。', '両社は提携を深める。']);
		const overview = extractText('## 概要\nAWSは新サービスを始めた。料金は安い。対象は全世界だ。\n\n## 詳細\n詳しい話です。');
		expect(overview.article.summary).toEqual(['AWSは新サービスを始めた。', '料金は安い。', '対象は全世界だ。']);
	});

	test('an informative excerpt is a summary; an announcement excerpt is not', () => {
		const content = (excerpt: string) => `---\ntitle: "t"\ndate: 2025-01-01\nexcerpt: "${excerpt}"\n---\nAWSは新サービスを始めた。AWSの料金は安い。質問はあるか？`;
		const real = extractArticle({id: 'a', file: 'a.md', content: content('AWSが新サービスを始めた。料金は従来の半分になる。')}, matcher);
		expect(real.article.summary).toEqual(['AWSが新サービスを始めた。', '料金は従来の半分になる。']);
		const announcement = extractArticle({id: 'a', file: 'a.md', content: content('AWSについて詳細に分析します。')}, matcher);
		expect(announcement.article.summary).toEqual(['AWSは新サービスを始めた。', 'AWSの料金は安い。']);
	});

	test('without a summary block: central sentences, never questions, quotes or cut-off text', () => {
		const {article} = extractText('ねえ、驚いたんじゃないかな？\n\nマイクロソフトは1兆円規模の投資を発表した。\n\n「すごい投資だ」\n\nマイクロソフトの投資はAzureのAIインフラに向かう。\n\nまた、特定のAIモデルやフレームワークに');
		expect(article.summary).toEqual(['マイクロソフトは1兆円規模の投資を発表した。', 'マイクロソフトの投資はAzureのAIインフラに向かう。']);
	});
});
