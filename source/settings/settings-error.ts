/** A setting that cannot be saved (read-only or unwritable config directory, lock not obtained). */
export class SettingsError extends Error {
	override readonly name = 'SettingsError';
}

/** "EACCES" for a file-system error, else its message. */
export function reasonOf(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EROFS') return 'read-only file system';
	if (code === 'ENOSPC') return 'no space left on device';
	if (code === 'ENOENT') return 'no such file or folder';
	if (code) return code;
	return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
