import {memo} from 'react';
import type {CompanyHeader, KeyFigures} from '../../dataset/selectors/index.js';
import {keyFigureWords, outlookWord, type KeyFigureWords} from '../../dataset/selectors/figure-words.js';
import {displayWidth, padEnd} from '../../text/width.js';
import {frame} from '../frame.js';
import {fitLine, lineWidth, segment, type Line, type Segment} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs, type Tone} from '../theme.js';
import type {Language} from '../../text/language.js';
import {messages, type Messages} from '../../text/messages.js';

export interface HeaderPaneProps {
	readonly header: CompanyHeader | undefined;
	readonly keyFigures: KeyFigures | undefined;
	/** The name of the company being prepared, when its briefing is not ready yet. */
	readonly loading?: string | undefined;
	readonly watched: boolean;
	/** Items of the company new since the last digest or visit; 0 for none. */
	readonly newCount: number;
	readonly width: number;
	readonly height: number;
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
}

/** The first line that fits: the full one, then shorter wordings of the same facts. */
function firstFitting(candidates: readonly Segment[][], width: number): Line {
	return fitLine(candidates.find(candidate => lineWidth(candidate) <= width) ?? candidates.at(-1)!, width);
}

const directionTone: Record<string, Tone> = {up: 'up', down: 'down', flat: 'muted'};

/** "Share (AWS)  約33% or 29%程度 ▼ (was 34%) · as of 2025-09-07 · 1 source !", shortened to fit. */
function keyFigureLine(words: KeyFigureWords, labelWidth: number, outlook: boolean, width: number, language: Language): Line {
	const labelText = outlook ? `${outlookWord(language)}: ${words.label}` : words.label;
	const label = segment(`${padEnd(labelText, labelWidth)} `, outlook ? 'warning' : 'muted');
	const value = segment(words.value, outlook ? 'plain' : 'accent');
	const arrow = words.arrow === '' ? [] : [segment(` ${words.arrow}`, directionTone[words.direction ?? 'flat'] ?? 'muted')];
	const was = words.was === '' ? [] : [segment(` ${words.was}`, 'muted')];
	const conflict = words.conflict ? [segment(` ${glyphs.conflict}`, 'warning')] : [];
	const period = segment(` ${glyphs.separator} ${words.period}`, 'muted');
	const sources = segment(` ${glyphs.separator} ${words.sources}`, 'muted');
	const count = segment(` ×${words.sourceCount}`, 'muted');
	// "as of 2025-11-03" is the article's date standing for a period; where room is short, in brackets as the figures table writes it.
	const date = segment(` ${glyphs.separator} ${words.shortPeriod}`, 'muted');
	return firstFitting(
		[
			[label, value, ...arrow, ...was, ...conflict, period, sources],
			[label, value, ...arrow, ...conflict, period, sources],
			[label, value, ...arrow, ...conflict, period, count],
			[label, value, ...arrow, ...conflict, date, count],
			[label, value, ...arrow, ...conflict, date],
		],
		width,
	);
}

function titleLine(header: CompanyHeader, watched: boolean, newCount: number, more: number, width: number, words: Messages): Line {
	const names = [segment(header.name, 'accent'), ...(header.japaneseName ? [segment(`  ${header.japaneseName}`)] : []), ...(header.ticker ? [segment(`  ${header.ticker}`, 'muted')] : [])];
	const count = segment(`  ${words.articleCount(header.articleCount)}`, 'muted');
	const fresh = newCount > 0 ? [segment(`  ${glyphs.fresh} ${words.newCount(newCount)}`, 'focus')] : [];
	const watchMark = watched ? [segment(`  ${glyphs.watched} ${words.watchlist}`, 'warning')] : [];
	const conflict = header.hasConflict ? [segment(`  ${glyphs.conflict} ${words.conflictingFigures}`, 'warning')] : [];
	const rest = more > 0 ? [segment(`  ${words.moreInFigures(more)}`, 'muted')] : [];
	const short = [...(newCount > 0 ? [segment(` ${glyphs.fresh}${newCount}`, 'focus')] : []), ...(watched ? [segment(` ${glyphs.watched}`, 'warning')] : []), ...(header.hasConflict ? [segment(` ${glyphs.conflict}`, 'warning')] : [])];
	return firstFitting(
		[
			[...names, count, ...fresh, ...watchMark, ...conflict, ...rest],
			[...names, ...fresh, ...watchMark, ...conflict, ...rest],
			[...names, ...short, ...rest],
			[...names, ...short],
			[...short, segment(' '), ...names],
		],
		width,
	);
}

/** At this width and wider, the key figures take two columns. */
const twoColumnsFrom = 120;

/**
 * The selected company: its names, then its key figures (latest share and growth per segment,
 * revenue, largest deal), each with its period and sources, then its outlooks, labelled; as many
 * as the pane has lines for, the rest said to be in Figures.
 */
export function headerLines(props: HeaderPaneProps): Line[] {
	const inside = props.width - 2;
	const rows = Math.max(0, props.height - 2);
	const {header, keyFigures} = props;
	const language = props.language ?? 'en';
	const words = messages(language);
	if (!header || !keyFigures) {
		const content = props.loading === undefined ? [fitLine([segment(words.noCompanySelected, 'muted')], inside)] : [fitLine([segment(props.loading, 'accent'), segment(`  ${words.loading}`, 'muted')], inside)];
		return frame(content, {title: words.briefing, focused: false, width: props.width, height: props.height});
	}

	const figures = [...keyFigures.actuals.map(key => ({words: keyFigureWords(key, header.id, language), outlook: false})), ...keyFigures.outlooks.map(key => ({words: keyFigureWords(key, header.id, language), outlook: true}))];
	const columns = inside >= twoColumnsFrom && figures.length > rows - 1 ? 2 : 1;
	const columnWidth = columns === 2 ? Math.floor((inside - 2) / 2) : inside;
	const slots = Math.max(0, rows - 1) * columns;
	// The title line says how many more there are when not all fit.
	const shown = figures.slice(0, slots);
	const labelWidth = Math.min(Math.floor(columnWidth / 3), Math.max(0, ...shown.map(({words: one, outlook}) => displayWidth(outlook ? `${outlookWord(language)}: ${one.label}` : one.label))));
	const cells = shown.map(({words: one, outlook}) => keyFigureLine(one, labelWidth, outlook, columnWidth, language));
	if (figures.length === 0) cells.push(fitLine([segment(words.noKeyFigures, 'muted')], columnWidth));
	const perColumn = Math.max(1, rows - 1);
	const body: Line[] = [];
	for (let row = 0; row < Math.min(perColumn, cells.length); row++) {
		const left = cells[row]!;
		const right = columns === 2 ? cells[row + perColumn] : undefined;
		body.push(right ? [...left, segment('  '), ...right] : left);
	}

	return frame([titleLine(header, props.watched, props.newCount, figures.length - shown.length, inside, words), ...body], {title: words.briefing, focused: false, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const HeaderPane = memo(function HeaderPane(props: HeaderPaneProps) {
	return <LinesView lines={headerLines(props)} width={props.width} />;
});
