import type {CompanyDigest, Digest} from '../dataset/selectors/index.js';
import {companyTitle, type TextOptions} from './briefing-text.js';
import {articleJson, eventJson, figureJson} from './briefing-json.js';
import {hangingLines} from './lines.js';
import {JsonList, jsonPieces} from './json-pieces.js';
import {citation, dateOrUndated} from '../dataset/selectors/figure-words.js';
import {figureKindName} from '../dataset/selectors/kinds.js';
import type {Language} from '../text/language.js';
import {messages} from '../text/messages.js';
import {figureWords, timelineRow} from './plain-briefing.js';
import {glyphs, styleFor} from './style.js';

export const digestSchemaName = 'brief.digest';
/** 2: figures and events of dataset version 2, as `brief --json` gives them. */
export const digestJsonVersion = 2;

/** A company's lines, made as they are read: the title, then each section's heading and items. */
function* companyLines(company: CompanyDigest, width: number, language: Language): Generator<string, void> {
	const words = messages(language);
	yield* hangingLines(companyTitle(company), width, '', '  ');
	if (company.figures.length > 0) yield `  ${words.newFigures(company.figures.length)}`;
	for (const figure of company.figures) yield* hangingLines(`${figureKindName(figure.kind, language)} ${glyphs.dash} ${figureWords(figure, company.id, undefined, language)}`, width, '    ', '      ');
	if (company.events.length > 0) yield `  ${words.newEvents(company.events.length)}`;
	for (const entry of company.events) {
		yield* hangingLines(timelineRow(entry, language), width, '    ', '      ');
		yield* hangingLines(words.citedFrom(entry.sources.map(source => citation(source, language)).join('; ')), width, '      ', '        ');
	}

	if (company.articles.length > 0) yield `  ${words.newArticles(company.articles.length)}`;
	for (const article of company.articles) {
		yield* hangingLines(`${dateOrUndated(article.date, language)} ${article.title}`, width, '    ', '      ');
		for (const sentence of article.sentences) yield* hangingLines(sentence, width, `      ${glyphs.bullet} `);
	}
}

/** Lines per piece of text. */
const linesPerPiece = 2000;

/** What the printers need of a digest: its companies may be read as they are printed. */
export type DigestToPrint = Pick<Digest, 'nothingNew'> & {readonly companies: Iterable<CompanyDigest>};

/**
 * `brief digest`: per company what is new since the last `--mark-read`, or one line saying there is
 * nothing new. `names` are the companies the digest covered. In pieces, a company at a time.
 */
export function* digestTextPieces(digest: DigestToPrint, names: readonly string[], options: TextOptions): Generator<string, void> {
	const style = styleFor(options.colour);
	if (digest.nothingNew) {
		yield `${hangingLines(messages(options.language ?? 'en').nothingNew(names.join(messages(options.language ?? 'en').listSeparator)), options.width, '', '  ').join('\n')}\n`;
		return;
	}

	let lines: string[] = [];
	let first = true;
	for (const company of digest.companies) {
		// A blank line between companies.
		if (!first) lines.push('');
		let index = 0;
		for (const line of companyLines(company, options.width, options.language ?? 'en')) {
			lines.push(index++ === 0 ? style.heading(line) : /^ {2}\S/.test(line) ? style.accent(line) : line);
			if (lines.length >= linesPerPiece) {
				yield `${lines.join('\n')}\n`;
				lines = [];
			}
		}

		// Each company goes out whole before the next is read.
		yield `${lines.join('\n')}\n`;
		lines = [];
		first = false;
	}
}

export function formatDigestText(digest: DigestToPrint, names: readonly string[], options: TextOptions): string {
	return [...digestTextPieces(digest, names, options)].join('');
}

/** `brief digest --json` in pieces, a company at a time. */
export function* digestJsonPieces(digest: DigestToPrint): Generator<string, void> {
	const company = (item: CompanyDigest) => ({
		id: item.id,
		name: item.name,
		ticker: item.ticker,
		japaneseName: item.japaneseName,
		watched: item.watched,
		figures: new JsonList(item.figures, figure => figureJson(figure), false),
		events: new JsonList(item.events, entry => eventJson(entry), false),
		articles: new JsonList(item.articles, article => articleJson(article), false),
	});
	yield* jsonPieces({schema: digestSchemaName, version: digestJsonVersion, nothingNew: digest.nothingNew, companies: new JsonList(digest.companies, company)});
	yield '\n';
}

export function formatDigestJson(digest: DigestToPrint): string {
	return [...digestJsonPieces(digest)].join('');
}

/** `brief digest --ndjson`: a `meta` record (with `nothingNew`), then the new figures, events and articles, each naming its company. */
export function* digestNdjsonPieces(digest: DigestToPrint): Generator<string, void> {
	const line = (record: unknown) => `${JSON.stringify(record)}\n`;
	yield line({type: 'meta', schema: digestSchemaName, version: digestJsonVersion, nothingNew: digest.nothingNew});
	for (const company of digest.companies) {
		for (const figure of company.figures) yield line({type: 'figure', company: company.id, ...figureJson(figure)});
		for (const entry of company.events) yield line({type: 'event', company: company.id, ...eventJson(entry)});
		for (const article of company.articles) yield line({type: 'article', company: company.id, ...articleJson(article)});
	}
}

export function formatDigestNdjson(digest: DigestToPrint): string {
	return [...digestNdjsonPieces(digest)].join('');
}
