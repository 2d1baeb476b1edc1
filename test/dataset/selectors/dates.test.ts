import {expect, test} from 'vitest';
import {compareDates} from '../../../source/dataset/selectors/dates.js';

test('calendar dates order by their start, the coarser first, undated before all', () => {
	expect(['2025-03', '2025', null, '2024-12-31', '2025-03-01'].sort(compareDates)).toEqual([null, '2024-12-31', '2025', '2025-03', '2025-03-01']);
});
