import {describe, expect, test} from 'vitest';
import {unitFitsKind} from '../../source/dataset/schema.js';

describe('the units a kind of figure can be in', () => {
	test('amounts in money, shares and rates in % or points, people and customers counted', () => {
		expect(unitFitsKind('revenue', 'JPY')).toBe(true);
		expect(unitFitsKind('revenue', 'KRW')).toBe(true);
		expect(unitFitsKind('revenue', '%')).toBe(false);
		expect(unitFitsKind('market_share', '%')).toBe(true);
		expect(unitFitsKind('market_share', 'pt')).toBe(true);
		expect(unitFitsKind('market_share', 'USD')).toBe(false);
		expect(unitFitsKind('stock_move', 'pt')).toBe(false);
		expect(unitFitsKind('stake', 'count')).toBe(true);
		expect(unitFitsKind('headcount', '%')).toBe(false);
		expect(unitFitsKind('other', 'count')).toBe(true);
	});
});
