import {inBoth, type Bilingual} from '../text/bilingual.js';
import {readStoreFile, settingsFile, updateStoreFile, type StoreShape} from './store-file.js';

/**
 * What earlier digests showed and `--mark-read` recorded, as keys of articles, events and figures.
 * The digest selector's `DigestSeen` has the same shape; it is restated here so that settings need
 * not import dataset (commands pass one to the other, and the compiler checks they still agree).
 */
export interface SeenItems {
	readonly articles: readonly string[];
	readonly events: readonly string[];
	readonly figures: readonly string[];
}

export interface DigestCursorState {
	readonly seen: SeenItems;
	readonly file: string;
	readonly notice: Bilingual | undefined;
}

interface DigestFile extends Record<string, unknown> {
	readonly seen: SeenItems;
}

const what = inBoth(words => words.digestCursor);
const nothingSeen: SeenItems = {articles: [], events: [], figures: []};

/** Kept apart from config.json so the watchlist file stays small however much was read. */
export function digestCursorFile(directory: string): string {
	return settingsFile(directory, 'digest.json');
}

function stringList(value: unknown): string[] | undefined {
	if (value === undefined) return [];
	return Array.isArray(value) && value.every(item => typeof item === 'string') ? (value as string[]) : undefined;
}

const digestShape: StoreShape<DigestFile> = json => {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
	const {seen} = json as Record<string, unknown>;
	if (seen === undefined) return {...json, seen: nothingSeen};
	if (typeof seen !== 'object' || seen === null) return undefined;
	const record = seen as Record<string, unknown>;
	const articles = stringList(record['articles']);
	const events = stringList(record['events']);
	const figures = stringList(record['figures']);
	if (!articles || !events || !figures) return undefined;
	return {...json, seen: {articles, events, figures}};
};

/** Reads a file of seen items (the digest cursor's shape), without writing. */
export async function readSeenFile(file: string, description: Bilingual = what): Promise<DigestCursorState> {
	const {value, notice} = await readStoreFile(file, digestShape, {seen: nothingSeen}, description);
	return {seen: value.seen, file, notice};
}

/** Reads what was marked read, without writing. */
export async function readDigestCursor(directory: string): Promise<DigestCursorState> {
	return readSeenFile(digestCursorFile(directory));
}

function union(first: readonly string[], second: readonly string[]): string[] {
	return [...new Set([...first, ...second])];
}

/** Adds the items to what was seen, under the lock (merging with digests marked meanwhile). */
export async function markDigestRead(directory: string, shown: SeenItems): Promise<{readonly notice: Bilingual | undefined}> {
	return addToSeenFile(digestCursorFile(directory), shown);
}

/** Adds items to a file of seen items, under its lock. */
export async function addToSeenFile(file: string, shown: SeenItems, description: Bilingual = what): Promise<{readonly notice: Bilingual | undefined}> {
	const {notice} = await updateStoreFile(file, digestShape, {seen: nothingSeen}, description, current => ({
		next: {
			...current,
			seen: {
				articles: union(current.seen.articles, shown.articles),
				events: union(current.seen.events, shown.events),
				figures: union(current.seen.figures, shown.figures),
			},
		},
		result: undefined,
	}));
	return {notice};
}
