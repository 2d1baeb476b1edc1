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

/** The widths every pane is tested at: the common terminals and a wide one. */
export const widths = [80, 100, 120, 200] as const;

/** The frame's lines; Ink trims nothing we pre-fit, so each should be exactly as wide as the pane. */
export function frameLines(frame: string | undefined): string[] {
	return (frame ?? '').split('\n');
}

export function widestLine(frame: string | undefined): number {
	return Math.max(...frameLines(frame).map(line => displayWidth(line)));
}

/** The bundled dataset (data/briefing.json): the seed articles, OpenAI's AWS contract, AWS's share. */
export const bundledFile = fileURLToPath(new URL('../../data/briefing.json', import.meta.url));
export const bundled = loadDataset(bundledFile);

export function bundledBriefing(companyId: string): CompanyBriefing {
	const briefing = selectCompanyBriefing(bundled, companyId);
	if (!briefing) throw new Error(`no ${companyId} in the bundled dataset`);
	return briefing;
}
