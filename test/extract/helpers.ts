import {extractArticle} from '../../source/extract/article.js';
import {CompanyMatcher} from '../../source/extract/companies.js';
import {defaultRegistry} from '../../source/extract/registry.js';

export const matcher = new CompanyMatcher(defaultRegistry);

/** Extracts one article given as text, with a publication date unless `date` is null. */
export function extractText(body: string, options: {id?: string; date?: string | null; title?: string} = {}) {
	const date = options.date === undefined ? '2025-11-20' : options.date;
	const frontMatter = date === null ? '' : `---\ntitle: "${options.title ?? 'テスト記事'}"\ndate: ${date}\n---\n`;
	return extractArticle({id: options.id ?? 'test', file: 'test.md', content: frontMatter + body}, matcher);
}

/** Figures as compact strings: "company[/segment] kind value unit period basis [prior] [source]". */
export function figures(body: string, date?: string | null): string[] {
	return extractText(body, {date}).figures.map(figure =>
		[figure.segment ? `${figure.company}/${figure.segment}` : figure.company, figure.kind, figure.value, figure.unit, figure.period ?? '-', figure.basis, figure.prior ? 'prior' : '', figure.source ?? '']
			.filter(part => part !== '')
			.join(' '),
	);
}
