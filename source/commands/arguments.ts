import {parseArgs} from 'node:util';
import {inBoth, UserError} from './io.js';

/** Every flag brief knows, as the commands receive them. */
export interface Flags {
	readonly data: string | undefined;
	readonly plain: boolean;
	readonly json: boolean;
	readonly ndjson: boolean;
	readonly csv: boolean;
	readonly width: string | undefined;
	/** True for --color, false for --no-color, undefined when neither was given. */
	readonly color: boolean | undefined;
	readonly out: string | undefined;
	readonly registry: string | undefined;
	readonly jobs: number | undefined;
	readonly markRead: boolean;
	/** With `feed add`: what to call the feed. */
	readonly name: string | undefined;
	/** With a briefing: each figure's and event's quote under its source. */
	readonly quotes: boolean;
	/** With a briefing and no company named: every company, not the watchlist. */
	readonly all: boolean;
	readonly help: boolean;
	readonly version: boolean;
	/** `--lang ja|en`, as given (checked by `languageFor`). */
	readonly lang: string | undefined;
}

/** The command line: positional words (the command and its arguments) and the flags. */
export interface ParsedArguments {
	readonly input: readonly string[];
	readonly flags: Flags;
	/** The flags given, as written (`mark-read`, `no-color`): to refuse those the command does not take. */
	readonly given: readonly OptionName[];
}

// node:util's parseArgs rather than meow: meow's bundle (~130 KB with normalize-package-data and
// spdx tables) costs ~20 ms at every start, a third of `brief --plain`'s budget (bench/plain.js).
const options = {
	data: {type: 'string'},
	plain: {type: 'boolean'},
	json: {type: 'boolean'},
	ndjson: {type: 'boolean'},
	csv: {type: 'boolean'},
	width: {type: 'string'},
	color: {type: 'boolean'},
	'no-color': {type: 'boolean'},
	out: {type: 'string'},
	registry: {type: 'string'},
	jobs: {type: 'string'},
	'mark-read': {type: 'boolean'},
	name: {type: 'string'},
	quotes: {type: 'boolean'},
	all: {type: 'boolean'},
	lang: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
} as const;

type OptionName = keyof typeof options;

/** What brief does, as the command line names it: `brief watch list` and `brief watch add` take different flags. */
export type Command = 'briefing' | 'list' | 'digest' | 'watch list' | 'watch add|rm' | 'extract' | 'feed' | 'update' | 'add' | 'config';

const display: readonly Command[] = ['briefing', 'list', 'digest', 'watch list'];
const scripted: readonly Command[] = ['briefing', 'list', 'digest'];
const dataReaders: readonly Command[] = [...display, 'watch add|rm'];
/** The library's commands: they print a result, or JSON of it. */
const library: readonly Command[] = ['feed', 'update', 'add'];

/** The commands each flag applies to; any other is refused. --help and --version go before any command. */
const appliesTo: Readonly<Record<OptionName, readonly Command[]>> = {
	data: dataReaders,
	plain: display,
	json: [...display, ...library],
	ndjson: [...scripted, ...library],
	csv: ['briefing', 'list'],
	width: scripted,
	color: scripted,
	'no-color': scripted,
	out: ['extract'],
	registry: ['extract'],
	jobs: ['extract', 'update', 'add'],
	'mark-read': ['digest'],
	name: ['feed'],
	quotes: ['briefing'],
	all: ['briefing'],
	// Every command speaks the reader's language.
	lang: [...dataReaders, 'extract', ...library, 'config'],
	help: [...dataReaders, 'extract', ...library, 'config'],
	version: [...dataReaders, 'extract', ...library, 'config'],
};

/** The command words; anything else first on the command line is a company. */
export const commandWords = ['list', 'watch', 'digest', 'extract', 'feed', 'update', 'add', 'config', 'help'] as const;

/** The command the positional words ask for. */
export function commandOf(input: readonly string[]): Command {
	const [first, second] = input;
	if (first === 'list' || first === 'digest' || first === 'extract' || first === 'feed' || first === 'update' || first === 'add' || first === 'config') return first;
	if (first === 'watch') return second === 'list' || second === 'ls' ? 'watch list' : 'watch add|rm';
	return 'briefing';
}

function usageOf(command: Command): string {
	return command === 'briefing' ? 'brief [company...]' : command === 'watch add|rm' ? 'brief watch add|rm' : `brief ${command}`;
}

/** Refuses a flag given to a command it does not apply to (`brief --out x.json`, `brief aws --mark-read`), naming where it goes. */
export function refuseFlagsNotFor(command: Command, given: readonly OptionName[]): void {
	for (const flag of given) {
		if (appliesTo[flag].includes(command)) continue;
		const where = appliesTo[flag].map(other => `\`${usageOf(other)}\``).join(', ');
		throw new UserError(inBoth(words => words.flagNotFor(flag, usageOf(command), where)));
	}
}

/** Edits (insert, delete, change, swap two neighbours) from one word to another, up to `limit + 1`. */
function distance(from: string, to: string, limit: number): number {
	if (Math.abs(from.length - to.length) > limit) return limit + 1;
	const rows = Array.from({length: from.length + 1}, (_, row) => Array.from({length: to.length + 1}, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
	for (let row = 1; row <= from.length; row++) {
		for (let column = 1; column <= to.length; column++) {
			const change = from[row - 1] === to[column - 1] ? 0 : 1;
			let best = Math.min(rows[row - 1]![column]! + 1, rows[row]![column - 1]! + 1, rows[row - 1]![column - 1]! + change);
			if (row > 1 && column > 1 && from[row - 1] === to[column - 2] && from[row - 2] === to[column - 1]) best = Math.min(best, rows[row - 2]![column - 2]! + 1);
			rows[row]![column] = best;
		}
	}

	return rows[from.length]![to.length]!;
}

/** The word of `words` a mistyped `word` most likely meant (`wacth` -> `watch`), when one is that close. */
export function closestWord(word: string, words: readonly string[]): string | undefined {
	const typed = word.toLowerCase();
	if (typed.length < 3) return undefined;
	const limit = typed.length <= 4 ? 1 : 2;
	let best: {word: string; distance: number} | undefined;
	for (const candidate of words) {
		const edits = distance(typed, candidate, limit);
		if (edits <= limit && (!best || edits < best.distance)) best = {word: candidate, distance: edits};
	}

	return best?.word;
}

/** The most worker threads `--jobs` may ask for. */
const maximumJobs = 64;

/** Refuses a number of workers brief would not start (`runExtract` and the library's commands take it from code too). */
export function checkedJobs(jobs: number | undefined): void {
	if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > maximumJobs)) throw new UserError(inBoth(words => words.badJobs(maximumJobs, String(jobs))));
}

function parseJobs(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new UserError(inBoth(words => words.jobsNotWhole(value)));
	return Number(value);
}

/** Parses argv (without node and the script); a flag brief does not know is a usage error. */
export function parseArguments(argv: readonly string[]): ParsedArguments {
	let parsed;
	try {
		parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true});
	} catch (error) {
		const {code, message} = error as NodeJS.ErrnoException;
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
			const option = /'([^']+)'/.exec(message)?.[1] ?? message;
			throw new UserError(inBoth(words => words.unknownOption(option)));
		}

		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
			const option = /--?[\w-]+/.exec(message)?.[0];
			const takesNone = message.includes('does not take an argument');
			throw new UserError(inBoth(words => (takesNone ? words.optionTakesNoValue(option ?? words.anOption) : words.optionNeedsValue(option ?? words.anOption))));
		}

		// node:util's own words for what it could not parse, then where to look, in the reader's language.
		throw new UserError(inBoth(words => words.seeHelp(message.split('\n')[0]!)));
	}

	const {values, positionals} = parsed;
	return {
		input: positionals,
		given: (Object.keys(values) as OptionName[]).filter(name => values[name] !== undefined),
		flags: {
			data: values.data,
			plain: values.plain ?? false,
			json: values.json ?? false,
			ndjson: values.ndjson ?? false,
			csv: values.csv ?? false,
			width: values.width,
			color: values['no-color'] ? false : values.color,
			out: values.out,
			registry: values.registry,
			jobs: parseJobs(values.jobs),
			markRead: values['mark-read'] ?? false,
			name: values.name,
			quotes: values.quotes ?? false,
			all: values.all ?? false,
			help: values.help ?? false,
			version: values.version ?? false,
			lang: values.lang,
		},
	};
}
