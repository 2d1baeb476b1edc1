import {describe, expect, it} from 'vitest';
import {computeLayout, headerHeight, type Layout, type Rect} from '../../source/ui/layout.js';

const parts = ['companies', 'header', 'detail', 'side', 'status'] as const;

function shown(layout: Layout): string[] {
	return parts.filter(part => layout[part] !== undefined);
}

function overlaps(a: Rect, b: Rect): boolean {
	return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('computeLayout', () => {
	it('80×24, the common default, is the list beside the header and one tabbed pane', () => {
		const layout = computeLayout({columns: 80, rows: 24, focus: 'companies', detail: 'timeline'});
		expect(layout.kind).toBe('tabbed');
		expect(shown(layout)).toEqual(['companies', 'header', 'detail', 'status']);
		expect(layout.detailPane).toBe('timeline');
		// Room for a chart: a title, at least five rows of plot, an axis and its labels, in a frame.
		expect(layout.detail!.height - 2).toBeGreaterThanOrEqual(1 + 5 + 2 + 1);
	});

	it('shows the focused pane in the tab; with the list focused, the pane last shown', () => {
		for (const columns of [60, 80, 100, 159]) {
			expect(computeLayout({columns, rows: 30, focus: 'charts', detail: 'timeline'}).detailPane).toBe('charts');
			expect(computeLayout({columns, rows: 30, focus: 'companies', detail: 'figures'}).detailPane).toBe('figures');
		}
	});

	it('from 160 columns puts the charts beside the tab: two columns of detail', () => {
		for (const [columns, rows] of [
			[160, 30],
			[200, 60],
		] as const) {
			const layout = computeLayout({columns, rows, focus: 'companies', detail: 'timeline'});
			expect(layout.kind).toBe('wide');
			expect(shown(layout)).toEqual(['companies', 'header', 'detail', 'side', 'status']);
			expect([layout.detailPane, layout.sidePane]).toEqual(['timeline', 'charts']);
		}

		// The charts focused beside the tab: the tab shows the figures.
		expect(computeLayout({columns: 200, rows: 60, focus: 'charts', detail: 'charts'}).detailPane).toBe('figures');
	});

	it('tiles the whole screen without overlaps or overflow at every size', () => {
		for (let columns = 40; columns <= 220; columns += 9) {
			for (let rows = 12; rows <= 62; rows += 5) {
				for (const focus of ['companies', 'timeline', 'figures', 'charts', 'summaries'] as const) {
					const layout = computeLayout({columns, rows, focus, detail: 'charts'});
					const rects = parts.map(part => layout[part]).filter((rect): rect is Rect => rect !== undefined);
					for (const rect of rects) {
						expect(rect.left + rect.width).toBeLessThanOrEqual(columns);
						expect(rect.top + rect.height).toBeLessThanOrEqual(rows);
						expect(rect.width).toBeGreaterThan(0);
						expect(rect.height).toBeGreaterThan(0);
					}

					for (const [index, a] of rects.entries()) for (const b of rects.slice(index + 1)) expect(overlaps(a, b)).toBe(false);
					const area = rects.reduce((sum, rect) => sum + rect.width * rect.height, 0);
					expect(area).toBe(columns * rows);
				}
			}
		}
	});

	it('gives the header more lines of key figures as the terminal gets taller', () => {
		expect([12, 24, 30, 40, 60].map(rows => headerHeight(rows))).toEqual([4, 6, 8, 8, 10]);
	});

	it('shows one screen at a time from 40 to 59 columns', () => {
		expect(shown(computeLayout({columns: 50, rows: 30, focus: 'companies', detail: 'timeline'}))).toEqual(['companies', 'status']);
		expect(shown(computeLayout({columns: 50, rows: 30, focus: 'summaries', detail: 'timeline'}))).toEqual(['header', 'detail', 'status']);
	});

	it('is too small below 40 columns or 12 rows', () => {
		expect(computeLayout({columns: 39, rows: 40, focus: 'companies', detail: 'timeline'}).kind).toBe('too-small');
		expect(computeLayout({columns: 120, rows: 11, focus: 'companies', detail: 'timeline'}).kind).toBe('too-small');
		expect(computeLayout({columns: 40, rows: 12, focus: 'companies', detail: 'timeline'}).kind).toBe('single');
	});
});
