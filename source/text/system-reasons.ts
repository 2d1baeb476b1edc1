import {inBoth, sameInBoth, type Bilingual} from './bilingual.js';
import type {Messages} from './messages.js';

/** A key of the catalogue whose entry is a text, not a function. */
export type TextKey = {[Key in keyof Messages]: Messages[Key] extends string ? Key : never}[keyof Messages];

/** What the system's error codes mean to a person; the layers that differ (a write's ENOENT) say so. */
const reasonOfCode: Readonly<Record<string, TextKey>> = {
	EACCES: 'permissionDenied',
	EPERM: 'permissionDenied',
	EROFS: 'readOnlyFileSystem',
	ENOSPC: 'noSpaceLeft',
	EDQUOT: 'diskQuotaExceeded',
	EFBIG: 'fileTooLargeForFileSystem',
	EIO: 'inputOutputError',
	ENOENT: 'noSuchFileOrFolder',
	EISDIR: 'isAFolder',
	ENOTDIR: 'partOfPathIsFile',
	EEXIST: 'partOfPathIsFile',
	ELOOP: 'symbolicLinkLoop',
	ENAMETOOLONG: 'nameTooLong',
};

/** Why a file operation failed, from the system's code (the code itself when brief has no words for it). */
export function systemReason(code: string, overrides: Readonly<Record<string, TextKey>> = {}): Bilingual {
	const key = overrides[code] ?? reasonOfCode[code];
	return key === undefined ? sameInBoth(code) : inBoth(words => words[key]);
}

/** Why `error` happened: its system code in words, else the first line of its message. */
export function reasonOfError(error: unknown, overrides: Readonly<Record<string, TextKey>> = {}): Bilingual {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code) return systemReason(code, overrides);
	return sameInBoth(error instanceof Error ? error.message.split('\n')[0]! : String(error));
}
