import {BilingualError, type Bilingual} from '../text/bilingual.js';

export {inBoth} from '../text/bilingual.js';

/** What a command may touch of the process: given by cli.tsx, replaced by fakes in tests. */
export interface Io {
	/** Writes data to stdout; false (as a stream says it) when the data waits in memory for the reader. */
	readonly out: (text: string) => unknown;
	/** Resolves when stdout has taken what waited; absent where writes never wait (tests). */
	readonly drain?: () => Promise<void>;
	/**
	 * Resolves once everything written to stdout has been handed to the system; absent where writes
	 * are never held (tests). A reader gone meanwhile (`| head`) ends the process first (exit 0).
	 */
	readonly flushed?: () => Promise<void>;
	/** Writes a message to stderr. Escape sequences and control characters in it never reach the terminal. */
	readonly err: (text: string) => void;
	/** Shows `line` as the one status line at the bottom of a terminal's stderr, in place of the last; undefined clears it. */
	readonly status?: (line: string | undefined) => void;
	readonly stdoutIsTTY: boolean;
	readonly stderrIsTTY: boolean;
	readonly stdinIsTTY: boolean;
	/** The terminal's width when stdout is a terminal. */
	readonly columns: number | undefined;
	readonly rows: number | undefined;
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly cwd: string;
}

/**
 * Writes pieces to stdout, waiting for a slow reader (`| less`, `| jq`) whenever stdout holds
 * back: a pipe takes writes without blocking, so a briefing of every company would otherwise pile
 * up in memory. The pieces are made only as they are written.
 */
export async function writePieces(io: Pick<Io, 'out' | 'drain'>, pieces: Iterable<string>): Promise<void> {
	// Small pieces (a JSON record each) go out together: a write per record costs more than the record.
	let waiting: string[] = [];
	let size = 0;
	const flush = async () => {
		const text = waiting.join('');
		waiting = [];
		size = 0;
		if (io.out(text) === false) await io.drain?.();
	};

	try {
		for (const piece of pieces) {
			waiting.push(piece);
			size += piece.length;
			if (size >= piecesJoinedUpTo) await flush();
		}
	} finally {
		// Made before an error (a damaged shard further on): written, as it would have been with more of it.
		if (size > 0) await flush();
	}
}

/** Characters gathered before a write. */
const piecesJoinedUpTo = 1 << 16;

export const exitCodes = {
	ok: 0,
	usage: 1,
	data: 2,
	interrupted: 130,
} as const;

/** An error the user can fix; cli.tsx prints its message as one line, in the reader's language, and exits with its code. */
export class UserError extends BilingualError {
	override readonly name = 'UserError';
	constructor(
		message: string | Bilingual,
		readonly exitCode: number = exitCodes.usage,
	) {
		super(message);
	}
}
