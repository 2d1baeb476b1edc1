import {figureTitle, type CompanyBriefing, type FigureView, type SourceReference} from '../dataset/selectors/index.js';
import {amountAsWritten, periodWords} from '../dataset/selectors/figure-words.js';
import type {ChartItem} from './panes/charts.js';
import type {Passage, State} from './state.js';

/** An article passage a line came from; `label` says which value it states, when a line has several. */
export interface ProvenanceSource extends SourceReference {
	readonly label?: string | undefined;
}

/** A line of a pane and the article passages it came from. */
export interface Provenance {
	readonly what: string;
	readonly sources: readonly ProvenanceSource[];
}

/** What the panes show for a company, in the order they list it: what provenance and passages are looked up in. */
export interface PaneRows {
	readonly figures: readonly FigureView[];
	readonly charts: readonly ChartItem[];
}

function figureWords(figure: FigureView): string {
	return `${figureTitle(figure)} ${amountAsWritten(figure)}${figure.basis === 'outlook' ? ' (outlook)' : ''} · ${periodWords(figure)}${figure.conflict ? ' · sources disagree' : ''}`;
}

function labelled(figure: FigureView): ProvenanceSource[] {
	const label = `${figure.when ?? 'undated'} ${amountAsWritten(figure)}`;
	return figure.sources.map(source => ({...source, label}));
}

function chartProvenance(item: ChartItem): Provenance {
	if (item.type === 'peers') {
		const latest = item.chart.lines.map(line => ({line, figure: line.series.series.latest}));
		return {
			what: `${item.chart.kindName}, ${item.chart.group.name} peers: ${latest.map(({line, figure}) => `${line.label} ${figure.display} (${figure.when ?? 'undated'})`).join(', ')}`,
			sources: latest.flatMap(({line, figure}) => figure.sources.map(source => ({...source, label: `${line.label} ${figure.when ?? 'undated'} ${amountAsWritten(figure)}`}))),
		};
	}

	const {series} = item.series;
	// Newest first: the value a reader most likely wants to check is the latest.
	const figures = [...series.points].reverse();
	return {what: `${figureTitle(series)}: ${series.points.length} figures, latest ${amountAsWritten(series.latest)} (${series.latest.when ?? 'undated'})`, sources: figures.flatMap(figure => labelled(figure))};
}

/** Where the selected line of the focused pane came from. */
export function provenanceOf(state: State, briefing: CompanyBriefing | undefined, rows: PaneRows): Provenance | undefined {
	if (!briefing) return undefined;
	if (state.reader !== undefined) {
		const article = briefing.articles.find(candidate => candidate.articleId === state.reader!.article);
		const passage = state.reader.passages[state.reader.index];
		const source = [...briefing.timeline.flatMap(entry => entry.sources), ...briefing.figures.flatMap(figure => figure.sources)].find(one => one.article === passage?.article);
		const title = article?.title ?? source?.title ?? state.reader.article;
		return {what: title, sources: [{article: state.reader.article, title, published: article?.date ?? source?.published ?? null, quote: passage?.quote ?? ''}]};
	}

	switch (state.focus) {
		case 'companies': {
			const keys = [...briefing.keyFigures.actuals, ...briefing.keyFigures.outlooks];
			if (keys.length === 0) return undefined;
			return {what: `${briefing.header.name}: key figures`, sources: keys.flatMap(key => labelled(key.figure).map(source => ({...source, label: `${key.label}${key.detail ? ` (${key.detail})` : ''} ${source.label ?? ''}`})))};
		}

		case 'timeline': {
			const entry = briefing.timeline[state.selected.timeline];
			return entry ? {what: `${entry.date} ${entry.title}`, sources: entry.sources} : undefined;
		}

		case 'figures': {
			const figure = rows.figures[state.selected.figures];
			return figure ? {what: figureWords(figure), sources: figure.sources} : undefined;
		}

		case 'charts': {
			const item = rows.charts[state.selected.charts];
			return item ? chartProvenance(item) : undefined;
		}

		case 'summaries': {
			const article = briefing.articles[state.selected.summaries];
			return article ? {what: `${article.title} (why: ${article.reason})`, sources: article.sentences.map(sentence => ({article: article.articleId, title: article.title, published: article.date, quote: sentence}))} : undefined;
		}
	}
}

/** The passages of the selected row, for the reader: where the row's figures or event were stated, or its article. */
export function passagesOf(pane: Exclude<State['focus'], 'companies'>, row: number, briefing: CompanyBriefing, rows: PaneRows): Passage[] {
	const unique = (sources: readonly SourceReference[]) => {
		const seen = new Set<string>();
		return sources.filter(source => !seen.has(`${source.article}\u0000${source.quote}`) && Boolean(seen.add(`${source.article}\u0000${source.quote}`))).map(source => ({article: source.article, quote: source.quote}));
	};

	switch (pane) {
		case 'timeline':
			return unique(briefing.timeline[row]?.sources ?? []);
		case 'figures':
			return unique(rows.figures[row]?.sources ?? []);
		case 'charts': {
			const item = rows.charts[row];
			return item ? unique(chartProvenance(item).sources) : [];
		}

		case 'summaries': {
			const article = briefing.articles[row];
			return article ? [{article: article.articleId, quote: ''}] : [];
		}
	}
}
