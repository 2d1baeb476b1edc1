import {memo} from 'react';
import {copiesMark, type ArticleSummary} from '../../dataset/selectors/index.js';
import {fit} from '../../text/width.js';
import {frame, type Tab} from '../frame.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import {pageOf} from '../pages.js';
import {glyphs} from '../theme.js';
import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';
import {dateOrUndated, reasonWords} from '../../dataset/selectors/figure-words.js';

export interface SummariesPaneProps {
	readonly articles: readonly ArticleSummary[];
	/** Ids of the articles new since the last digest or visit. */
	readonly fresh: ReadonlySet<string>;
	readonly selected: number;
	readonly focused: boolean;
	readonly tabs?: readonly Tab[] | undefined;
	readonly width: number;
	readonly height: number;
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
}

const maximumSentences = 3;

function articleLines(article: ArticleSummary, fresh: boolean, selected: boolean, focused: boolean, width: number, language: Language): Line[] {
	const tone = selected ? (focused ? 'selected' : 'accent') : 'plain';
	const date = fit(dateOrUndated(article.date, language), language === 'ja' ? 15 : 11);
	const head = fitLine(
		[segment(fresh ? glyphs.fresh : ' ', selected ? tone : 'focus'), segment(date, selected ? tone : 'muted'), segment(article.title, selected ? tone : 'accent'), segment(copiesMark(article), selected ? tone : 'muted')],
		width,
		tone,
	);
	const why = textLine(`  ${messages(language).why(language === 'en' ? article.reason : reasonWords(article.why, language))}`, width, 'muted');
	const sentences = article.sentences.slice(0, maximumSentences).map(sentence => textLine(`  ${glyphs.separator} ${sentence}`, width));
	return [head, why, ...sentences];
}

/** Articles about the company, most relevant first, a page at a time: date, title, why it is here, summary sentences. */
export function summariesLines(props: SummariesPaneProps): Line[] {
	const language = props.language ?? 'en';
	const words = messages(language);
	const inside = props.width - 2;
	const height = props.height - 2;
	// Heights come from the data alone, so only the page on screen is laid out: a company may have thousands of articles.
	const heights = props.articles.map(article => 2 + Math.min(maximumSentences, article.sentences.length));
	const {start, end} = pageOf(heights, props.selected, height);
	const shown = props.articles.slice(start, end).flatMap((article, offset) => articleLines(article, props.fresh.has(article.articleId), start + offset === props.selected, props.focused, inside, language));
	const content = props.articles.length === 0 ? [textLine(words.noArticles, inside, 'muted')] : shown;
	const note = props.articles.length > 0 ? `${props.selected + 1}/${props.articles.length}` : undefined;
	return frame(content, {title: words.summaries, tabs: props.tabs, note, focused: props.focused, width: props.width, height: props.height});
}

// Memoised: a key that changes another pane leaves this one's lines as they were.
export const SummariesPane = memo(function SummariesPane(props: SummariesPaneProps) {
	return <LinesView lines={summariesLines(props)} width={props.width} />;
});
