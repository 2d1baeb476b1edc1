/**
 * Glyphs that carry meaning without colour, shared by the TUI and the plain printer so both say
 * the same thing the same way: ▲▼ for direction, ! for conflicts, ★ for the watchlist.
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
} as const;
