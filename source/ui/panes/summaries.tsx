import {memo} from 'react';
import {fit} from '../../text/width.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {frame} from '../frame.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {glyphs} from '../theme.js';
import {pageOf} from '../pages.js';
import {copiesMark, type ArticleSummary} from '../../dataset/selectors/index.js';

export interface SummariesPaneProps {
	readonly articles: readonly ArticleSummary[];
	/** Articles to mark new (●): what an update run from the TUI brought. */
	readonly fresh?: ReadonlySet<string> | undefined;
	readonly selected: number;
	readonly focused: boolean;
	readonly width: number;
	readonly height: number;
}

const maximumSentences = 3;

/** The mark's column: "● " for a new article, blank for the others; none while nothing is new. */
function freshColumn(article: ArticleSummary, fresh: ReadonlySet<string> | undefined): string {
	if (!fresh || fresh.size === 0) return '';
	return fresh.has(article.articleId) ? `${glyphs.fresh} ` : '  ';
}

function articleLines(article: ArticleSummary, mark: string, selected: boolean, focused: boolean, width: number): Line[] {
	const tone = selected ? (focused ? 'selected' : 'accent') : 'plain';
	const date = fit(article.date ?? 'undated', 11);
	const head = fitLine([segment(mark, selected ? tone : 'focus'), segment(date, selected ? tone : 'muted'), segment(sanitizeLine(article.title), selected ? tone : 'accent'), segment(copiesMark(article), selected ? tone : 'muted')], width, tone);
	const sentences = article.sentences.slice(0, maximumSentences).map(sentence => textLine(`  · ${sanitizeLine(sentence)}`, width));
	return [head, ...sentences];
}

/** Articles about the company, newest first, a page at a time: ● when new, date, title, summary sentences. */
export function summariesLines(props: SummariesPaneProps): Line[] {
	const inside = props.width - 2;
	const height = props.height - 2;
	// Heights come from the data alone, so only the page on screen is laid out: a company may have thousands of articles.
	const heights = props.articles.map(article => 1 + Math.min(maximumSentences, article.sentences.length));
	const {start, end} = pageOf(heights, props.selected, height);
	const shown = props.articles.slice(start, end).flatMap((article, offset) => articleLines(article, freshColumn(article, props.fresh), start + offset === props.selected, props.focused, inside));
	const content = props.articles.length === 0 ? [textLine('no articles', inside, 'muted')] : shown;
	// An article taller than the pane still shows its title.
	const note = props.articles.length > 0 ? `${props.selected + 1}/${props.articles.length} · Enter reads` : undefined;
	return frame(content, {title: 'Summaries', note, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const SummariesPane = memo(function SummariesPane(props: SummariesPaneProps) {
	return <LinesView lines={summariesLines(props)} width={props.width} />;
});
