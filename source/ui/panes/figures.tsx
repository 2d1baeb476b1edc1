import {memo} from 'react';
import type {FigureOrder, FigureView} from '../../dataset/selectors/index.js';
import {figureCells, orderWords, sourceCount} from '../../dataset/selectors/figure-words.js';
import {figureColumnsFor, figureHeadings, figureTableWidths, figureRowCells} from '../../dataset/selectors/figure-table.js';
import {wrapWithKinsoku} from '../../text/kinsoku.js';
import {fitCells} from '../../text/table.js';
import {frame, type Tab} from '../frame.js';
import {figureDetailRows} from '../layout.js';
import {fitLine, segment, textLine, type Line, type Segment} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs, type Tone} from '../theme.js';
import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';

export interface FiguresPaneProps {
	/** In the order chosen (see `sortFigures`). */
	readonly figures: readonly FigureView[];
	readonly companyId: string;
	readonly order: FigureOrder;
	/** Ids of the figures new since the last digest or visit. */
	readonly fresh: ReadonlySet<string>;
	readonly selected: number;
	readonly scroll: number;
	readonly focused: boolean;
	readonly tabs?: readonly Tab[] | undefined;
	readonly width: number;
	readonly height: number;
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
}

// Every row's cells, made once per list of figures: the column widths are measured over all of them.
const cellsCache = new WeakMap<readonly FigureView[], {companyId: string; language: Language; rows: string[][]}>();

function rowsOf(figures: readonly FigureView[], companyId: string, language: Language): string[][] {
	const cached = cellsCache.get(figures);
	if (cached?.companyId === companyId && cached.language === language) return cached.rows;
	const rows = figures.map(figure => figureRowCells(figure, companyId, language));
	cellsCache.set(figures, {companyId, language, rows});
	return rows;
}

// Tones of the columns: kind, of, value, period, basis, sources, conflict.
const columnTones: readonly Tone[] = ['muted', 'plain', 'accent', 'muted', 'warning', 'muted', 'warning'];

/**
 * Every figure of the company as a table, the same columns as `brief <company>` prints: kind, what
 * of, the value as written (with the other currency), period, outlook, sources, conflict; ● when new.
 */
export function figuresLines(props: FiguresPaneProps): Line[] {
	const inside = props.width - 2;
	// The heading, and the selected figure in full below the table: cells are cut where the pane is narrow.
	const visible = Math.max(0, props.height - 2 - 1 - figureDetailRows);
	const language = props.language ?? 'en';
	const words = messages(language);
	const rows = rowsOf(props.figures, props.companyId, language);
	// One column for the ● mark.
	const widths = figureTableWidths(rows, inside - 2, language);
	const shownColumns = widths.flatMap((width, index) => (width > 0 ? [index] : []));
	const columns = figureColumnsFor(rows);
	const cellsLine = (cells: readonly string[], tones: (column: number) => Tone): Segment[] =>
		fitCells(cells, widths, columns).flatMap((cell, position) => [...(position > 0 ? [segment(' ')] : []), segment(cell, tones(shownColumns[position]!))]);
	const content: Line[] = [];
	if (props.figures.length === 0) content.push(fitLine([segment(words.noFigures, 'muted')], inside));
	else content.push(fitLine([segment('  '), ...cellsLine(figureHeadings(language), () => 'muted')], inside));
	props.figures.slice(props.scroll, props.scroll + visible).forEach((figure, offset) => {
		const row = props.scroll + offset;
		const selected = row === props.selected;
		const tone: Tone = selected ? (props.focused ? 'selected' : 'accent') : 'plain';
		const cells = cellsLine(rows[row]!, column => (selected ? tone : (columnTones[column] ?? 'plain')));
		content.push(fitLine([segment(props.fresh.has(figure.id) ? `${glyphs.fresh} ` : '  ', selected ? tone : 'focus'), ...cells], inside, tone));
	});
	const chosen = props.figures[props.selected];
	if (chosen) {
		while (content.length < visible + 1) content.push(textLine('', inside));
		const cells = figureCells(chosen, props.companyId, language);
		const whole = [cells.subject === '' ? cells.kind : `${cells.kind} ${cells.subject}`, cells.value, cells.period, ...(cells.basis === '' ? [] : [cells.basis]), sourceCount(chosen.sources.length, language)].join(` ${glyphs.separator} `);
		const text = `${whole}${cells.conflict ? ` ${glyphs.conflict} ${words.sourcesDisagree}` : ''}`;
		const lines = wrapWithKinsoku(text, Math.max(1, inside - 2)).slice(0, figureDetailRows);
		lines.forEach((line, index) => content.push(fitLine([segment(index === 0 ? `${glyphs.selectedPoint} ` : '  ', 'focus'), segment(line, 'muted')], inside)));
	}

	const note = props.figures.length > 0 ? `${words.orderedBy(orderWords(props.order, language))} ${glyphs.separator} ${props.selected + 1}/${props.figures.length}` : undefined;
	const shortNote = props.figures.length > 0 ? `${props.selected + 1}/${props.figures.length}` : undefined;
	return frame(content, {title: words.figures, tabs: props.tabs, note, shortNote, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const FiguresPane = memo(function FiguresPane(props: FiguresPaneProps) {
	return <LinesView lines={figuresLines(props)} width={props.width} />;
});
