import {wrapWithKinsoku} from '../../text/kinsoku.js';
import {frame} from '../frame.js';
import {fitLine, segment, textLine, type Line} from '../line.js';
import {LinesView} from '../lines-view.js';
import type {Provenance} from '../provenance.js';

export interface SourcePaneProps {
	readonly provenance: Provenance | undefined;
	/** First line shown. */
	readonly scroll: number;
	readonly width: number;
	readonly height: number;
}

const cache = new WeakMap<Provenance, Map<number, Line[]>>();

/** Every line of the source view at a width (before it is scrolled): the selected row, then each article it came from, date, title and the exact quote. */
export function sourceContentLines(provenance: Provenance | undefined, inside: number): Line[] {
	if (!provenance) return [textLine('nothing selected has a source', inside, 'muted')];
	let byWidth = cache.get(provenance);
	if (!byWidth) {
		byWidth = new Map();
		cache.set(provenance, byWidth);
	}

	const cached = byWidth.get(inside);
	if (cached) return cached;
	const content: Line[] = [];
	for (const line of wrapWithKinsoku(provenance.what, inside)) content.push(textLine(line, inside, 'accent'));
	for (const [index, source] of provenance.sources.entries()) {
		content.push(textLine('', inside));
		const label = source.label ? `${source.label} · ` : '';
		// Cited by date and title, as the plain briefing cites it; the article's id only when it has no title.
		content.push(fitLine([segment(`${index + 1}. `, 'focus'), segment(`${label}${source.published ?? 'undated'}`, 'muted')], inside));
		for (const line of wrapWithKinsoku(source.title === '' ? source.article : source.title, inside - 3)) content.push(fitLine([segment('   '), segment(line)], inside));
		if (source.quote !== '') for (const line of wrapWithKinsoku(`「${source.quote}」`, inside - 3)) content.push(fitLine([segment('   '), segment(line, 'muted')], inside));
	}

	byWidth.set(inside, content);
	return content;
}

/** The source view, scrolled: every source of the selected row can be reached (j/k, PgDn/PgUp, g/G). */
export function sourceLines(props: SourcePaneProps): Line[] {
	const inside = props.width - 2;
	const page = Math.max(0, props.height - 2);
	const all = sourceContentLines(props.provenance, inside);
	const scroll = Math.max(0, Math.min(props.scroll, all.length - page));
	const last = Math.min(all.length, scroll + page);
	const note = all.length > page ? `${last}/${all.length} · Enter reads` : 'Enter reads · Esc back';
	return frame(all.slice(scroll, scroll + page), {title: 'Source', note, focused: true, width: props.width, height: props.height});
}

export function SourcePane(props: SourcePaneProps) {
	return <LinesView lines={sourceLines(props)} width={props.width} />;
}
