import {wrapWithKinsoku} from '../../text/kinsoku.js';
import {frame} from '../frame.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import type {Provenance} from '../provenance.js';
import {glyphs} from '../theme.js';
import type {Language} from '../../text/language.js';
import {messages} from '../../text/messages.js';
import {dateOrUndated} from '../../dataset/selectors/figure-words.js';

export interface SourcePaneProps {
	readonly provenance: Provenance | undefined;
	/** First line shown. */
	readonly scroll: number;
	readonly width: number;
	readonly height: number;
	/** The reader's language (English when not given). */
	readonly language?: Language | undefined;
}

const cache = new WeakMap<Provenance, Map<string, Line[]>>();

/** Every line of the source view at a width (before it is scrolled): the selected row, then each article it came from, date, title and the exact quote. */
export function sourceContentLines(provenance: Provenance | undefined, inside: number, language: Language = 'en'): Line[] {
	if (!provenance) return [textLine(messages(language).nothingSelectedHasSource, inside, 'muted')];
	let byWidth = cache.get(provenance);
	if (!byWidth) {
		byWidth = new Map();
		cache.set(provenance, byWidth);
	}

	const key = `${language} ${inside}`;
	const cached = byWidth.get(key);
	if (cached) return cached;
	const content: Line[] = [];
	for (const line of wrapWithKinsoku(provenance.what, inside)) content.push(textLine(line, inside, 'accent'));
	for (const [index, source] of provenance.sources.entries()) {
		content.push(textLine('', inside));
		const label = source.label ? `${source.label} ${glyphs.separator} ` : '';
		// Cited by date and title, as the plain briefing cites it; the article's id only when it has no title.
		content.push(fitLine([segment(`${index + 1}. `, 'focus'), segment(`${label}${dateOrUndated(source.published, language)}`, 'muted')], inside));
		for (const line of wrapWithKinsoku(source.title === '' ? source.article : source.title, inside - 3)) content.push(fitLine([segment('   '), segment(line)], inside));
		if (source.quote !== '') for (const line of wrapWithKinsoku(`「${source.quote}」`, inside - 3)) content.push(fitLine([segment('   '), segment(line, 'muted')], inside));
	}

	byWidth.set(key, content);
	return content;
}

/** The source view, scrolled: every source of the selected row can be reached (j/k, PgDn/PgUp, g/G). */
export function sourceLines(props: SourcePaneProps): Line[] {
	const inside = props.width - 2;
	const page = Math.max(0, props.height - 2);
	const words = messages(props.language ?? 'en');
	const all = sourceContentLines(props.provenance, inside, props.language);
	const scroll = Math.max(0, Math.min(props.scroll, all.length - page));
	const last = Math.min(all.length, scroll + page);
	const note = all.length > page ? `${last}/${all.length} ${glyphs.separator} ${words.enterReads}` : words.enterReadsEscBack;
	return frame(all.slice(scroll, scroll + page), {title: words.source, note, focused: true, width: props.width, height: props.height});
}

export function SourcePane(props: SourcePaneProps) {
	return <LinesView lines={sourceLines(props)} width={props.width} />;
}
