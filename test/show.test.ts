import {test} from 'vitest';
import {selectCompanyBriefing} from '../source/dataset/selectors/company-briefing.js';
import {formatBriefingText} from '../source/print/briefing-text.js';
import {loadFixtureDataset} from '../test/fixtures/dataset.js';
test('show', () => {
	const dataset = loadFixtureDataset();
	for (const language of ['en', 'ja'] as const) {
		console.log(formatBriefingText([selectCompanyBriefing(dataset, 'sora-cloud', ['sora-cloud'])!], {width: 100, colour: false, language}));
		console.log(formatBriefingText([selectCompanyBriefing(dataset, 'umi')!], {width: 120, colour: false, language}));
		console.log(formatBriefingText([selectCompanyBriefing(dataset, 'kumo')!], {width: 120, colour: false, language}));
	}
	console.log(formatBriefingText([selectCompanyBriefing(dataset, 'sora-cloud')!], {width: 40, colour: false}));
});
