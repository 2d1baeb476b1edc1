import {seenSets, type DigestSeen, type SeenSets} from '../dataset/selectors/index.js';
import {markDigestRead, readDigestCursor, readVisits, recordVisit, settingsDirectory, SettingsError} from '../settings/index.js';
import {inBoth, type Bilingual} from '../text/bilingual.js';
import {reasonOfError} from '../text/system-reasons.js';

/** How a company's items come to be seen: marked read (the m key, as `brief digest --mark-read` does) or looked into. */
export type SeenHow = 'read' | 'visit';

/** What the TUI knows of what was seen: read once at start, each change saved in order. */
export interface SeenAccess {
	/** What earlier digests marked read and earlier visits showed; null when there is no such record yet (nothing is marked new then). */
	readonly seen: SeenSets | null;
	/** A one-line problem found when reading, for the status bar. */
	readonly problem: Bilingual | undefined;
	readonly save: (items: DigestSeen, how: SeenHow) => Promise<{readonly saved: boolean; readonly message?: Bilingual | undefined}>;
	/** Resolves when every save has finished: quitting waits for it. */
	readonly settled: () => Promise<void>;
}

function cannotSaveWhatWasRead(error: unknown): Bilingual {
	const reason = reasonOfError(error);
	return inBoth((words, language) => words.cannotSaveWhatWasRead(reason[language]));
}

export async function openSeen(env: Readonly<Record<string, string | undefined>>): Promise<SeenAccess> {
	const directory = settingsDirectory(env);
	const [cursor, visits] = await Promise.all([readDigestCursor(directory), readVisits(directory)]);
	const records = [cursor.seen, visits.seen];
	const any = records.some(record => record.articles.length + record.events.length + record.figures.length > 0);
	let queue: Promise<unknown> = Promise.resolve();
	return {
		seen: any ? seenSets(records) : null,
		problem: cursor.notice ?? visits.notice,
		save(items, how) {
			const result = queue
				.then(async () => {
					const {notice} = how === 'read' ? await markDigestRead(directory, items) : await recordVisit(directory, items);
					return {saved: true, message: notice};
				})
				.catch((error: unknown) => ({saved: false, message: error instanceof SettingsError ? error.texts : cannotSaveWhatWasRead(error)}));
			queue = result;
			return result;
		},
		settled: async () => {
			await queue;
		},
	};
}
