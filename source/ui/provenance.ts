import {figureTitle, type CompanyBriefing, type FigureView, type SourceReference} from '../dataset/selectors/index.js';
import {amountAsWritten, dateOrUndated, keyFigureWords, periodWords, reasonWords} from '../dataset/selectors/figure-words.js';
import {figureKindName} from '../dataset/selectors/kinds.js';
import type {Language} from '../text/language.js';
import {messages} from '../text/messages.js';
import {glyphs} from '../text/glyphs.js';
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

function figureWords(figure: FigureView, language: Language): string {
	const words = messages(language);
	const separator = ` ${glyphs.separator} `;
	return `${figureTitle(figure, language)} ${amountAsWritten(figure, language)}${figure.basis === 'outlook' ? ` (${words.outlook})` : ''}${separator}${periodWords(figure, language)}${figure.conflict ? `${separator}${words.sourcesDisagree}` : ''}`;
}

/** When a figure is placed: its period, else the date of its article. */
function whenOf(figure: FigureView, language: Language): string {
	return figure.period !== null && figure.when === figure.period ? periodWords(figure, language) : dateOrUndated(figure.when, language);
}

function labelled(figure: FigureView, language: Language): ProvenanceSource[] {
	const label = `${whenOf(figure, language)} ${amountAsWritten(figure, language)}`;
	return figure.sources.map(source => ({...source, label}));
}

function chartProvenance(item: ChartItem, language: Language): Provenance {
	const words = messages(language);
	if (item.type === 'peers') {
		const latest = item.chart.lines.map(line => ({line, figure: line.series.series.latest}));
		const values = latest.map(({line, figure}) => `${line.label} ${amountAsWritten(figure, language)} (${whenOf(figure, language)})`).join(words.listSeparator);
		return {
			what: `${figureKindName(item.chart.kind, language)}${words.listSeparator}${words.peers(item.chart.group.name)}: ${values}`,
			sources: latest.flatMap(({line, figure}) => figure.sources.map(source => ({...source, label: `${line.label} ${whenOf(figure, language)} ${amountAsWritten(figure, language)}`}))),
		};
	}

	const {series} = item.series;
	// Newest first: the value a reader most likely wants to check is the latest.
	const figures = [...series.points].reverse();
	const latest = `${amountAsWritten(series.latest, language)} (${whenOf(series.latest, language)})`;
	return {what: `${figureTitle(series, language)}: ${words.seriesFigures(series.points.length, latest)}`, sources: figures.flatMap(figure => labelled(figure, language))};
}

/** Where the selected line of the focused pane came from. */
export function provenanceOf(state: State, briefing: CompanyBriefing | undefined, rows: PaneRows): Provenance | undefined {
	if (!briefing) return undefined;
	const {language} = state;
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
			return {
				what: messages(language).keyFiguresOf(briefing.header.name),
				sources: keys.flatMap(key => labelled(key.figure, language).map(source => ({...source, label: `${keyFigureWords(key, briefing.header.id, language).label} ${source.label ?? ''}`}))),
			};
		}

		case 'timeline': {
			const entry = briefing.timeline[state.selected.timeline];
			return entry ? {what: `${dateOrUndated(entry.date, language)} ${entry.title}`, sources: entry.sources} : undefined;
		}

		case 'figures': {
			const figure = rows.figures[state.selected.figures];
			return figure ? {what: figureWords(figure, language), sources: figure.sources} : undefined;
		}

		case 'charts': {
			const item = rows.charts[state.selected.charts];
			return item ? chartProvenance(item, language) : undefined;
		}

		case 'summaries': {
			const article = briefing.articles[state.selected.summaries];
			const reason = language === 'en' ? article?.reason : article && reasonWords(article.why, language);
			return article
				? {what: `${article.title} (${messages(language).why(reason ?? '')})`, sources: article.sentences.map(sentence => ({article: article.articleId, title: article.title, published: article.date, quote: sentence}))}
				: undefined;
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
			return item ? unique(chartProvenance(item, 'en').sources) : [];
		}

		case 'summaries': {
			const article = briefing.articles[row];
			return article ? [{article: article.articleId, quote: ''}] : [];
		}
	}
}
