import type {CompanyBriefing, CompanyRow} from '../dataset/selectors/index.js';
import {sanitizeLine} from '../text/sanitize.js';

type Cell = string | number | boolean | null;

// A cell a spreadsheet would run as a formula (article text is untrusted: "=HYPERLINK(...)"). Numbers
// are written as numbers: a negative growth stays a number.
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break; text that would start a formula is led by an apostrophe. */
function cell(value: Cell): string {
	if (value === null) return '';
	if (typeof value !== 'string') return String(value);
	const text = sanitizeLine(value);
	const safe = formulaStart.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function line(cells: readonly Cell[]): string {
	return `${cells.map(value => cell(value)).join(',')}\n`;
}

const companyColumns = ['id', 'name', 'ticker', 'japaneseName', 'articleCount', 'watched'] as const;

/** `brief list --csv`: a header row, then a row per company, in list order. UTF-8, lines ending in \n. */
export function formatCompanyListCsv(rows: readonly CompanyRow[]): string {
	return [line(companyColumns), ...rows.map(row => line(companyColumns.map(column => row[column])))].join('');
}

const figureColumns = [
	'company',
	'companyName',
	'kind',
	'kindName',
	'measure',
	'owner',
	'counterparty',
	'segment',
	'value',
	'unit',
	'text',
	'display',
	'qualifier',
	'period',
	'periodText',
	'basis',
	'researchFirm',
	'asOf',
	'prior',
	'conflict',
	'articles',
	'quote',
] as const;

/**
 * `brief [company...] --csv`: the figures table, a row per figure of each company (as `--json` lists
 * them under `figures`), made a company at a time. The articles stating a figure are its `articles`
 * (ids separated by spaces); `quote` is the first one's sentence.
 */
export function* figuresCsvPieces(briefings: Iterable<CompanyBriefing>): Generator<string, void> {
	yield line(figureColumns);
	for (const briefing of briefings) {
		const rows = briefing.figures.map(figure =>
			line([
				briefing.header.id,
				briefing.header.name,
				figure.kind,
				figure.kindName,
				figure.measure,
				figure.company.id,
				figure.counterparty?.id ?? null,
				figure.segment?.name ?? null,
				figure.value,
				figure.unit,
				figure.text,
				figure.display,
				figure.qualifier,
				figure.period,
				figure.periodText,
				figure.basis,
				figure.researchFirm,
				figure.asOf,
				figure.prior,
				figure.conflict,
				figure.sources.map(source => source.article).join(' '),
				figure.sources[0]?.quote ?? null,
			]),
		);
		yield rows.join('');
	}
}
