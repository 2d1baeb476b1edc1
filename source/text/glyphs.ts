/**
 * Glyphs that carry meaning without colour, shared by the TUI and the plain printer so both say
 * the same thing the same way: ▲▼ for direction, ! for conflicts, ★ for the watchlist, ● for what is new.
 */
export const glyphs = {
	up: '▲',
	down: '▼',
	flat: '=',
	watched: '★',
	/** New: an article an update brought while the TUI is open. */
	fresh: '●',
	conflict: '!',
	bullet: '-',
	dash: '—',
	separator: '·',
	selectedPoint: '^',
	pointer: '›',
	aboutCompany: '▌',
} as const;
