import {describe, expect, test} from 'vitest';
import {FrontMatterError, splitFrontMatter} from '../../source/extract/front-matter.js';

describe('front matter', () => {
	test('Jekyll: title, date as written, excerpt', () => {
		const {frontMatter, body} = splitFrontMatter('---\nlayout: post\ntitle: "見出し"\ndate: 2025-09-07 20:34:02 +0000\nexcerpt: "要旨です。"\n---\n本文。');
		expect(frontMatter).toMatchObject({title: '見出し', date: '2025-09-07 20:34:02 +0000', excerpt: '要旨です。'});
		expect(body.trim()).toBe('本文。');
	});

	test('Hugo: an offset date keeps its written day, description is the excerpt', () => {
		const {frontMatter} = splitFrontMatter('---\ntitle: "x"\ndate: 2026-02-06T00:00:00+09:00\ndescription: "説明。"\ncover:\n  image: "/a.png"\n---\nbody');
		expect(frontMatter.date).toBe('2026-02-06T00:00:00+09:00');
		expect(frontMatter.excerpt).toBe('説明。');
	});

	test('Hugo TOML between +++ lines: a date keeps its offset, a broken block is an error', () => {
		const {frontMatter, body} = splitFrontMatter('+++\ntitle = "決算の要点"\ndate = 2025-12-04T08:30:00+09:00\ndescription = "要旨。"\ntags = ["AI"]\n+++\n本文。');
		expect(frontMatter).toMatchObject({title: '決算の要点', date: '2025-12-04T08:30:00.000+09:00', excerpt: '要旨。'});
		expect(body.trim()).toBe('本文。');
		expect(() => splitFrontMatter('+++\ntitle = "閉じない\n+++\n本文。')).toThrow(FrontMatterError);
	});

	test('no front matter leaves the text alone', () => {
		const split = splitFrontMatter('見出し\n\n本文。');
		expect(split.hasFrontMatter).toBe(false);
		expect(split.body).toBe('見出し\n\n本文。');
	});

	test('broken front matter is an error naming the problem', () => {
		expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nbody')).toThrow(FrontMatterError);
		expect(() => splitFrontMatter('---\ntitle: x\nno closing line')).toThrow(/broken front matter/);
		expect(() => splitFrontMatter('---\n- a\n- b\n---\nbody')).toThrow(/key: value/);
	});
});
