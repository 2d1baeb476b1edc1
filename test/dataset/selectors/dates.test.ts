import {expect, test} from 'vitest';
import {compareDates} from '../../../source/dataset/selectors/dates.js';

test('orders partial dates by their start, coarser first, undated first', () => {
	const dates = ['2025-11-03', '2025-Q4', null, '2025', '2025-10', '2024-12-31', '2025-09'];
	expect([...dates].sort(compareDates)).toEqual([null, '2024-12-31', '2025', '2025-09', '2025-Q4', '2025-10', '2025-11-03']);
});
