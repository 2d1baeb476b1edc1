import type {CompanyDigest, Digest} from '../dataset/selectors/index.js';
import {figureTitle} from '../dataset/selectors/index.js';
import {companyTitle, figureFacts, type TextOptions} from './briefing-text.js';
import {articleJson, eventJson, figureJson} from './briefing-json.js';
import {hangingLines} from './lines.js';
import {glyphs, styleFor} from './style.js';

export const digestSchemaName = 'brief.digest';
export const digestJsonVersion = 1;

function plural(count: number, noun: string): string {
	return `${count} new ${noun}${count === 1 ? '' : 's'}`;
}

function companyLines(company: CompanyDigest, width: number): string[] {
	const figures = company.figures.flatMap(figure => hangingLines(`${figureTitle(figure)} ${figureFacts(figure)}`, width, '    ', '      '));
	const events = company.events.flatMap(entry => hangingLines(`${entry.date} ${glyphs.dash} ${entry.text} (${entry.sources.map(source => source.article).join(', ')})`, width, '    ', '      '));
	const articles = company.articles.flatMap(article => [
		...hangingLines(`${article.date ?? 'undated'} ${article.title} (${article.articleId})`, width, '    ', '      '),
		...article.sentences.flatMap(sentence => hangingLines(sentence, width, `      ${glyphs.bullet} `)),
	]);
	return [
		...hangingLines(companyTitle(company), width, '', '  '),
		...(figures.length > 0 ? [`  ${plural(company.figures.length, 'figure')}`, ...figures] : []),
		...(events.length > 0 ? [`  ${plural(company.events.length, 'event')}`, ...events] : []),
		...(articles.length > 0 ? [`  ${plural(company.articles.length, 'article')}`, ...articles] : []),
	];
}

/**
 * `brief digest`: per company what is new since the last `--mark-read`, or one line saying there is
 * nothing new. `names` are the companies the digest covered.
 */
export function formatDigestText(digest: Digest, names: readonly string[], options: TextOptions): string {
	const style = styleFor(options.colour);
	if (digest.nothingNew) return `${hangingLines(`nothing new for ${names.join(', ')} since the last digest`, options.width, '', '  ').join('\n')}\n`;
	const blocks = digest.companies.map(company =>
		companyLines(company, options.width)
			.map((line, index) => (index === 0 ? style.heading(line) : /^ {2}\S/.test(line) ? style.accent(line) : line))
			.join('\n'),
	);
	return `${blocks.join('\n\n')}\n`;
}

export function formatDigestJson(digest: Digest): string {
	const document = {
		schema: digestSchemaName,
		version: digestJsonVersion,
		nothingNew: digest.nothingNew,
		companies: digest.companies.map(company => ({
			id: company.id,
			name: company.name,
			ticker: company.ticker,
			japaneseName: company.japaneseName,
			watched: company.watched,
			figures: company.figures.map(figure => figureJson(figure)),
			events: company.events.map(entry => eventJson(entry)),
			articles: company.articles.map(article => articleJson(article)),
		})),
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

/** `brief digest --ndjson`: a `meta` record (with `nothingNew`), then the new figures, events and articles, each naming its company. */
export function formatDigestNdjson(digest: Digest): string {
	const records: unknown[] = [{type: 'meta', schema: digestSchemaName, version: digestJsonVersion, nothingNew: digest.nothingNew}];
	for (const company of digest.companies) {
		for (const figure of company.figures) records.push({type: 'figure', company: company.id, ...figureJson(figure)});
		for (const entry of company.events) records.push({type: 'event', company: company.id, ...eventJson(entry)});
		for (const article of company.articles) records.push({type: 'article', company: company.id, ...articleJson(article)});
	}

	return records.map(record => `${JSON.stringify(record)}\n`).join('');
}
