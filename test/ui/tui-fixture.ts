import {fileURLToPath} from 'node:url';
import {loadDataset} from '../../source/dataset/load.js';
import {selectCompanyBriefing, selectCompanyRows, type CompanyBriefing} from '../../source/dataset/selectors/index.js';
import {displayWidth} from '../../source/text/width.js';

/** A small dataset with long Japanese titles, a conflict, escape sequences in a title, and one missing article file. */
export const fixtureFile = fileURLToPath(new URL('../fixtures/tui-briefing.json', import.meta.url));
export const fixture = loadDataset(fixtureFile);
export const fixtureRows = selectCompanyRows(fixture, []);

export function fixtureBriefing(companyId: string): CompanyBriefing {
	const briefing = selectCompanyBriefing(fixture, companyId);
	if (!briefing) throw new Error(`no ${companyId} in the fixture`);
	return briefing;
}

export const widths = [60, 80, 120] as const;

/** The frame's lines; Ink trims nothing we pre-fit, so each should be exactly as wide as the pane. */
export function frameLines(frame: string | undefined): string[] {
	return (frame ?? '').split('\n');
}

export function widestLine(frame: string | undefined): number {
	return Math.max(...frameLines(frame).map(line => displayWidth(line)));
}
