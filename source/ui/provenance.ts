import {chartedSeries, figureTitle, type CompanyBriefing, type SourceReference} from '../dataset/selectors/index.js';
import {locatePoint} from './panes/charts.js';
import type {State} from './state.js';

/** A line of a pane and the article passages it came from. */
export interface Provenance {
	readonly what: string;
	readonly sources: readonly SourceReference[];
}

function articleSource(briefing: CompanyBriefing, articleId: string | undefined): Provenance | undefined {
	const article = briefing.articles.find(candidate => candidate.articleId === articleId);
	if (!article) return undefined;
	return {what: `${article.title} · ${article.file}`, sources: [{article: article.articleId, title: article.title, published: article.date, quote: article.sentences.join(' ')}]};
}

/** Where the selected line of the focused pane came from. */
export function provenanceOf(state: State, briefing: CompanyBriefing | undefined): Provenance | undefined {
	if (!briefing) return undefined;
	if (state.reader !== undefined) return articleSource(briefing, state.reader.article);
	switch (state.focus) {
		case 'companies': {
			const headline = [briefing.header.share, briefing.header.growth].filter(series => series !== null);
			if (headline.length === 0) return undefined;
			return {what: headline.map(series => `${figureTitle(series)} ${series.latest.display}`).join(' · '), sources: headline.flatMap(series => series.latest.sources)};
		}

		case 'timeline': {
			const entry = briefing.timeline[state.selected.timeline];
			return entry ? {what: `${entry.dateText || entry.date}: ${entry.title}`, sources: entry.sources} : undefined;
		}

		case 'charts': {
			const charted = chartedSeries(briefing);
			const location = locatePoint(charted, state.selected.charts);
			if (!location) return undefined;
			const series = charted[location.series]!;
			const point = series.points[location.point]!;
			return {what: `${figureTitle(series)} ${point.display} · ${point.when ?? 'undated'}${point.conflict ? ' · sources conflict' : ''}`, sources: point.sources};
		}

		case 'summaries':
			return articleSource(briefing, briefing.articles[state.selected.summaries]?.articleId);
	}
}
