import {describe, expect, test} from 'vitest';
import {extractArticle} from '../../source/extract/article.js';
import {matcher} from './helpers.js';

const extract = (content: string) => extractArticle({id: 'a', file: 'a.md', content}, matcher);

describe('article metadata', () => {
	test('title from front matter, else the lead caption, else the first headline', () => {
		expect(extract('---\ntitle: "AWSの決算"\ndate: 2026-02-06\n---\n本文。').article.title).toBe('AWSの決算');
		expect(extract('OpenAIとアマゾン提携…の画像1\n\n本文です。').article.title).toBe('OpenAIとアマゾン提携…');
		expect(extract('ai\n\nTrend visualization for ai\n\nオラクル、大型契約を獲得\n\n本文です。').article.title).toBe('オラクル、大型契約を獲得');
		expect(extract('# NVIDIAの新製品\n\n本文です。').article.title).toBe('NVIDIAの新製品');
	});

	test('a title that names nothing gives way to an excerpt that does', () => {
		const content = '---\ntitle: "ねえの可能性とは？"\ndate: 2026-02-06\nexcerpt: "**Microsoft Azure、AIインフラ投資、1兆円規模へ**について詳細に分析します。"\n---\n本文。';
		expect(extract(content).article.title).toBe('Microsoft Azure、AIインフラ投資、1兆円規模へ');
	});

	test('the published date comes from front matter as written', () => {
		const {article} = extract('---\ntitle: t\ndate: 2026-02-06T00:00:00+09:00\n---\n本文。');
		expect(article).toMatchObject({published: '2026-02-06', publishedInferred: false});
	});

	test('without one it is inferred from the latest date in the text, and marked so', () => {
		const {article, events} = extract('見出し\n\n米OpenAIが11月3日、AWSと契約を締結したと発表した。\n\nOpenAIは2019年以降、マイクロソフトと組んできた。2025年に入り、関係が変わった。');
		expect(article).toMatchObject({published: '2025-11-03', publishedInferred: true});
		expect(events.map(event => event.date)).toContain('2025-11-03');
	});

	test('an article with no date at all has none', () => {
		expect(extract('AWSは新サービスを発表した。').article).toMatchObject({published: null, publishedInferred: false});
	});

	test('companies are listed by how often the article names them', () => {
		expect(extract('AWSとAWSとAzure。アマゾンの話。NVIDIA。').article.companies).toEqual(['amazon', 'microsoft', 'nvidia']);
	});
});

describe('inferred dates', () => {
	test('a year-less date is never read after the latest date written with a year', () => {
		const {article, events} = extract('見出し\n\nオラクルは2024年3月5日、新サービスを発表した。\n\nオラクルは12月23日にも提携を発表していた。');
		expect(article).toMatchObject({published: '2024-03-05', publishedInferred: true});
		expect(events.map(event => event.date)).toEqual(['2024-03-05', '2023-12-23']);
	});
});
