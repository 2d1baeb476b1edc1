import {expect, test} from 'vitest';
import {normalizeDate} from '../../source/library/dates.js';

test("feed and page dates keep the writer's wall clock and offset", () => {
	expect(normalizeDate('Thu, 20 Nov 2025 06:30:00 +0900')).toBe('2025-11-20T06:30:00+09:00');
	expect(normalizeDate('Thu, 30 Oct 2025 07:00:00 JST')).toBe('2025-10-30T07:00:00+09:00');
	expect(normalizeDate('30 Oct 25 22:00 GMT')).toBe('2025-10-30T22:00:00+00:00');
	expect(normalizeDate('2025-11-12T15:00:00+09:00')).toBe('2025-11-12T15:00:00+09:00');
	expect(normalizeDate('2025-11-12T06:00:00.000Z')).toBe('2025-11-12T06:00:00+00:00');
	expect(normalizeDate('2025-11-12')).toBe('2025-11-12');
	expect(normalizeDate('2025-11-12 15:00')).toBe('2025-11-12T15:00:00');
});

test('what is not a date is null', () => {
	for (const text of ['', 'yesterday', '2025-02-30', 'Thu, 45 Foo 2025 06:30:00', '9999-01-01', null, undefined]) expect(normalizeDate(text)).toBeNull();
});
