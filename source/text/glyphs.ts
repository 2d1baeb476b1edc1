/**
 * Glyphs that carry meaning without colour, shared by the TUI and the plain printer so both say
 * the same thing the same way: ▲▼ for direction, ! for conflicts, ★ for the watchlist, ● for what is new.
 */
export const glyphs = {
	up: '▲',
	down: '▼',
	flat: '=',
	watched: '★',
	conflict: '!',
	bullet: '-',
	dash: '—',
	separator: '·',
	selectedPoint: '^',
	pointer: '›',
	aboutCompany: '▌',
	/** An item new since the last digest marked read or the last visit, or an article an update brought. */
	fresh: '●',
	/** The sentence a source quotes, in the reader. */
	quoted: '>',
	/** The points of the lines of one chart, in legend order: told apart without colour. */
	seriesMarks: ['●', '◆', '■', '○'],
} as const;
