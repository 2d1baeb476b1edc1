import {spawn} from 'node:child_process';
import {languages, type Language} from '../text/language.js';
import {messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';

export interface BackgroundUpdate {
	/** Node and the arguments that run brief: by default this process's own, with `update --json --lang <language>`. */
	readonly command?: readonly string[] | undefined;
	readonly env: Readonly<Record<string, string | undefined>>;
	/** The TUI's language at the time: the child's summary and what is said of the child come in it. */
	readonly language: Language;
}

/** How the child's update went: its exit code, its summary line, and the ids of the articles it brought. */
export interface BackgroundUpdateResult {
	readonly code: number | null;
	readonly summary: string;
	readonly newArticles: readonly string[];
}

/** Of a child's stderr, what is kept: its last lines are the summary. */
const keptStderr = 64 * 1024;
/** Of its stdout (the JSON of `brief update --json`), what is read: 100 new ids a feed is ~5 KB; more is not an update's. */
const keptStdout = 16 * 1024 * 1024;
/** At most this many ids are marked new: one update brings at most 100 pages a feed. */
const maximumNewArticles = 100_000;

/** The notice of waiting for another update, in each language, as the text before its process id and after its time. */
const waitingNotices = languages.map(language => {
	const sample = messages(language).waitingForUpdate(-1, '\u0000');
	return {head: sample.slice(0, sample.indexOf('-1')), tail: sample.slice(sample.indexOf('\u0000') + 1)};
});

/** A line saying the child waits for another update: said before its summary, never the summary. */
function isWaitingNotice(line: string): boolean {
	return waitingNotices.some(notice => line.startsWith(notice.head) && line.endsWith(notice.tail));
}

/** The new articles' ids in `brief update --json`; none when it is not that JSON (cut off, or another program's). */
export function newArticleIds(json: string): string[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		return [];
	}

	if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as {feeds?: unknown}).feeds)) return [];
	const ids: string[] = [];
	for (const feed of (parsed as {feeds: unknown[]}).feeds) {
		const list = typeof feed === 'object' && feed !== null ? (feed as {newArticleIds?: unknown}).newArticleIds : undefined;
		if (!Array.isArray(list)) continue;
		for (const id of list) if (typeof id === 'string' && ids.length < maximumNewArticles) ids.push(id);
	}

	return ids;
}

/**
 * Runs `brief update --json` as a child process, for the TUI: fetching and reading pages would take
 * the TUI's thread (and key presses) for seconds, and another process takes the other core. Its
 * stderr is not a terminal, so it ends with one summary line; its stdout says which articles are
 * new. Quitting the TUI leaves it to finish; the library takes one update at a time, so a `brief
 * update` run meanwhile waits.
 */
export async function runBackgroundUpdate(options: BackgroundUpdate): Promise<BackgroundUpdateResult> {
	const [executable, ...parameters] = options.command ?? [process.execPath, ...process.execArgv, process.argv[1]!, 'update', '--json', '--lang', options.language];
	const words = messages(options.language);
	return new Promise(resolve => {
		const child = spawn(executable!, parameters, {env: options.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe']});
		let stderr = '';
		const stdout: Buffer[] = [];
		let stdoutBytes = 0;
		child.stdout.on('data', (chunk: Buffer) => {
			// Past the cap the rest is drained and dropped: the child must not block on a full pipe.
			if (stdoutBytes + chunk.length <= keptStdout) stdout.push(chunk);
			stdoutBytes += chunk.length;
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr = (stderr + chunk).slice(-keptStderr);
		});
		child.on('error', error => resolve({code: null, summary: words.updateCouldNotStart(sanitizeLine(error.message)), newArticles: []}));
		child.on('close', code => {
			const lines = stderr
				.split('\n')
				.map(line => sanitizeLine(line).trim())
				.filter(line => line !== '' && !isWaitingNotice(line));
			const newArticles = stdoutBytes <= keptStdout ? newArticleIds(Buffer.concat(stdout).toString('utf8')) : [];
			resolve({code, summary: lines.at(-1) ?? words.updateEndedWith(String(code)), newArticles});
		});
	});
}
