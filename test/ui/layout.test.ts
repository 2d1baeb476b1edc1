import {describe, expect, it} from 'vitest';
import {computeLayout, type Layout, type Rect} from '../../source/ui/layout.js';

const panes = ['companies', 'header', 'timeline', 'charts', 'summaries', 'status'] as const;

function shown(layout: Layout): string[] {
	return panes.filter(pane => layout[pane] !== undefined);
}

function overlaps(a: Rect, b: Rect): boolean {
	return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

describe('computeLayout', () => {
	it('shows every pane at 100×30 and above', () => {
		for (const [columns, rows] of [[100, 30], [120, 40], [200, 60]] as const) {
			const layout = computeLayout({columns, rows, focus: 'companies', detail: 'timeline'});
			expect(layout.kind).toBe('full');
			expect(shown(layout)).toEqual(['companies', 'header', 'timeline', 'charts', 'summaries', 'status']);
		}
	});

	it('tiles the whole screen without overlaps or overflow at every size', () => {
		for (let columns = 40; columns <= 160; columns += 7) {
			for (let rows = 12; rows <= 50; rows += 5) {
				for (const focus of ['companies', 'timeline', 'charts', 'summaries'] as const) {
					const layout = computeLayout({columns, rows, focus, detail: 'charts'});
					const rects = panes.map(pane => layout[pane]).filter((rect): rect is Rect => rect !== undefined);
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

	it('shows the list and one pane from 60 to 99 columns, the focused one', () => {
		for (const columns of [60, 80, 99]) {
			expect(shown(computeLayout({columns, rows: 30, focus: 'charts', detail: 'timeline'}))).toEqual(['companies', 'header', 'charts', 'status']);
			// With the list focused, the pane last visited stays beside it.
			expect(shown(computeLayout({columns, rows: 30, focus: 'companies', detail: 'summaries'}))).toEqual(['companies', 'header', 'summaries', 'status']);
		}
	});

	it('uses the split layout on wide but short terminals', () => {
		expect(computeLayout({columns: 140, rows: 20, focus: 'companies', detail: 'timeline'}).kind).toBe('split');
	});

	it('shows one screen at a time from 40 to 59 columns', () => {
		expect(shown(computeLayout({columns: 50, rows: 30, focus: 'companies', detail: 'timeline'}))).toEqual(['companies', 'status']);
		expect(shown(computeLayout({columns: 50, rows: 30, focus: 'summaries', detail: 'timeline'}))).toEqual(['header', 'summaries', 'status']);
	});

	it('is too small below 40 columns or 12 rows', () => {
		expect(computeLayout({columns: 39, rows: 40, focus: 'companies', detail: 'timeline'}).kind).toBe('too-small');
		expect(computeLayout({columns: 120, rows: 11, focus: 'companies', detail: 'timeline'}).kind).toBe('too-small');
		expect(computeLayout({columns: 40, rows: 12, focus: 'companies', detail: 'timeline'}).kind).toBe('single');
	});
});
