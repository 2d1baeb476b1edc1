import {memo} from 'react';
import {fit, padStart} from '../../text/width.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {frame} from '../frame.js';
import {fitLine, segment, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {sparkline} from '../../text/sparkline.js';
import {glyphs} from '../theme.js';
import type {CompanyRow} from '../../dataset/selectors/index.js';
import type {Language} from '../../text/language.js';
import {messages, type Messages} from '../../text/messages.js';

export interface CompaniesPaneProps {
	readonly rows: readonly CompanyRow[];
	readonly selectedId: string | undefined;
	/** First visible row. */
	readonly scroll: number;
	readonly filter: string;
	readonly filtering: boolean;
	readonly focused: boolean;
	/** Items new since the last digest or visit, for the companies prepared so far (others are not counted yet). */
	readonly fresh: ReadonlyMap<string, number>;
	readonly width: number;
	readonly height: number;
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
}

function filterLine(props: CompaniesPaneProps, width: number, words: Messages): Line {
	if (props.filtering) return fitLine([segment('/ ', 'accent'), segment(sanitizeLine(props.filter)), segment('▏', 'focus')], width);
	if (props.filter !== '') return fitLine([segment('/ ', 'accent'), segment(sanitizeLine(props.filter), 'accent'), segment(`  ${words.escClears}`, 'muted')], width);
	return fitLine([segment(words.toFilter, 'muted')], width);
}

/** " ●12": how many items are new; blank when none or not counted. */
function freshCount(count: number | undefined): string {
	if (count === undefined || count === 0) return '    ';
	return ` ${glyphs.fresh}${count > 99 ? '99' : padStart(String(count), 2)}`.padEnd(4);
}

function companyLine(row: CompanyRow, fresh: number | undefined, counting: boolean, selected: boolean, focused: boolean, width: number): Line {
	const spark = width >= 34 ? sparkline(row.sparkline?.values ?? [], 6) : '';
	const count = padStart(String(row.articleCount), 3);
	const ticker = width >= 24 ? fit(row.ticker ?? '', 5) : '';
	const fixed = 3 + (counting ? 4 : 0) + (ticker ? 6 : 0) + 4 + (width >= 34 ? 7 : 0);
	const name = fit(sanitizeLine(row.name), Math.max(1, width - fixed));
	const tone = selected ? (focused ? 'selected' : 'accent') : 'plain';
	const parts: Line = [
		// The pointer shows the selection even where inverse video does not.
		segment(selected ? glyphs.pointer : ' ', tone),
		segment(row.watched ? `${glyphs.watched} ` : '  ', selected ? tone : 'warning'),
		segment(name, tone),
		...(counting ? [segment(freshCount(fresh), selected ? tone : 'focus')] : []),
		...(ticker ? [segment(` ${ticker}`, selected ? tone : 'muted')] : []),
		segment(` ${count}`, selected ? tone : 'muted'),
		...(width >= 34 ? [segment(` ${fit(spark, 6)}`, selected ? tone : 'accent')] : []),
	];
	return fitLine(parts, width, tone);
}

/** The lines of the company list: a filter line, then only the rows that are visible. */
export function companiesLines(props: CompaniesPaneProps): Line[] {
	const inside = props.width - 2;
	const visible = Math.max(0, props.height - 3);
	const shown = props.rows.slice(props.scroll, props.scroll + visible);
	const words = messages(props.language ?? 'en');
	const content: Line[] = [filterLine(props, inside, words)];
	if (props.rows.length === 0) content.push(fitLine([segment(props.filter ? words.noCompanyMatches : words.noCompanies, 'muted')], inside));
	// The column of new items only when some company shown has any.
	const counting = shown.some(row => (props.fresh.get(row.id) ?? 0) > 0);
	for (const row of shown) content.push(companyLine(row, props.fresh.get(row.id), counting, row.id === props.selectedId, props.focused, inside));
	const index = props.rows.findIndex(row => row.id === props.selectedId);
	const note = props.rows.length > 0 ? `${index + 1}/${props.rows.length}` : '0';
	return frame(content, {title: words.companies, note, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const CompaniesPane = memo(function CompaniesPane(props: CompaniesPaneProps) {
	return <LinesView lines={companiesLines(props)} width={props.width} />;
});
