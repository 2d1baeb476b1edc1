import type {CompanyRow} from '../dataset/selectors/index.js';
import {displayWidth, fit, padStart, truncate} from '../text/width.js';
import {messages} from '../text/messages.js';
import {sparkline} from '../text/sparkline.js';
import {glyphs, styleFor} from './style.js';
import type {TextOptions} from './briefing-text.js';

export const companyListSchemaName = 'brief.companies';
export const companyListJsonVersion = 1;

/** What `brief list --json` prints for each company. */
export interface CompanyListEntryJson {
	readonly id: string;
	readonly name: string;
	readonly ticker: string | null;
	readonly japaneseName: string | null;
	readonly articleCount: number;
	readonly watched: boolean;
}

export function companyListJson(rows: readonly CompanyRow[]): {readonly schema: string; readonly version: number; readonly companies: readonly CompanyListEntryJson[]} {
	return {
		schema: companyListSchemaName,
		version: companyListJsonVersion,
		companies: rows.map(row => ({id: row.id, name: row.name, ticker: row.ticker, japaneseName: row.japaneseName, articleCount: row.articleCount, watched: row.watched})),
	};
}

export function formatCompanyListJson(rows: readonly CompanyRow[]): string {
	return `${JSON.stringify(companyListJson(rows), null, 2)}\n`;
}

/**
 * `brief list`: a table of id, name, ticker, article count (and a sparkline when there is room),
 * tab-free so that `grep` and `awk '{print $1}'` work; every line fits the width.
 */
export function formatCompanyList(rows: readonly CompanyRow[], options: TextOptions): string {
	const style = styleFor(options.colour);
	const idWidth = Math.max(2, ...rows.map(row => displayWidth(row.id)));
	const tickerWidth = Math.max(6, ...rows.map(row => displayWidth(row.ticker ?? '-')));
	const countWidth = Math.max(8, ...rows.map(row => String(row.articleCount).length));
	const fixed = 2 + idWidth + 2 + 2 + tickerWidth + 2 + countWidth;
	const naturalNameWidth = Math.max(4, ...rows.map(row => displayWidth(row.name) + (row.japaneseName ? displayWidth(row.japaneseName) + 2 : 0)));
	// The name column gives way first, so that the id, ticker and count stay readable in narrow terminals.
	const nameWidth = Math.max(4, Math.min(naturalNameWidth, 40, options.width - fixed - 2));
	const sparkRoom = options.width - fixed - nameWidth - 2;
	const words = messages(options.language ?? 'en');
	const header = `  ${fit(words.listId, idWidth)}  ${fit(words.listName, nameWidth)}  ${fit(words.listTicker, tickerWidth)}  ${padStart(words.listArticles, countWidth)}${sparkRoom >= 4 ? `  ${words.listTrend}` : ''}`;
	const lines = rows.map(row => {
		const mark = row.watched ? glyphs.watched : ' ';
		const name = row.japaneseName ? `${row.name}  ${row.japaneseName}` : row.name;
		const trend = sparkRoom >= 4 && row.sparkline ? `  ${sparkline(row.sparkline.values, Math.min(sparkRoom, 16))}` : '';
		const line = `${mark} ${fit(row.id, idWidth)}  ${fit(name, nameWidth)}  ${fit(row.ticker ?? '-', tickerWidth)}  ${padStart(String(row.articleCount), countWidth)}${trend}`;
		return truncate(line.trimEnd(), options.width);
	});
	return `${[style.muted(truncate(header, options.width)), ...lines].join('\n')}\n`;
}
