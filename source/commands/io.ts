/** What a command may touch of the process: given by cli.tsx, replaced by fakes in tests. */
export interface Io {
	/** Writes data to stdout. */
	readonly out: (text: string) => void;
	/** Writes a message to stderr. */
	readonly err: (text: string) => void;
	readonly stdoutIsTTY: boolean;
	readonly stderrIsTTY: boolean;
	readonly stdinIsTTY: boolean;
	/** The terminal's width when stdout is a terminal. */
	readonly columns: number | undefined;
	readonly rows: number | undefined;
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly cwd: string;
}

export const exitCodes = {
	ok: 0,
	usage: 1,
	data: 2,
	interrupted: 130,
} as const;

/** An error the user can fix; cli.tsx prints its message as one line and exits with its code. */
export class UserError extends Error {
	override readonly name = 'UserError';
	constructor(
		message: string,
		readonly exitCode: number = exitCodes.usage,
	) {
		super(message);
	}
}
