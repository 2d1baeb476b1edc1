import {inBoth, type Bilingual} from '../text/bilingual.js';
import {addToSeenFile, readSeenFile, type DigestCursorState, type SeenItems} from './digest-cursor.js';
import {settingsFile} from './store-file.js';

const what = inBoth(words => words.recordOfVisits);

/** What the TUI showed of the companies looked into: apart from the digest cursor, so `brief digest` still shows it. */
export function visitsFile(directory: string): string {
	return settingsFile(directory, 'visited.json');
}

export async function readVisits(directory: string): Promise<DigestCursorState> {
	return readSeenFile(visitsFile(directory), what);
}

/** Records the items of a company looked into in the TUI as seen. */
export async function recordVisit(directory: string, shown: SeenItems): Promise<{readonly notice: Bilingual | undefined}> {
	return addToSeenFile(visitsFile(directory), shown, what);
}
