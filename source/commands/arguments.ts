import {parseArgs} from 'node:util';
import {inBoth, UserError} from './io.js';

/** Every flag brief knows, as the commands receive them. */
export interface Flags {
	readonly data: string | undefined;
	readonly plain: boolean;
	readonly json: boolean;
	readonly ndjson: boolean;
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
}

// node:util's parseArgs rather than meow: meow's bundle (~130 KB with normalize-package-data and
// spdx tables) costs ~20 ms at every start, a third of `brief --plain`'s budget (bench/plain.js).
const options = {
	data: {type: 'string'},
	plain: {type: 'boolean'},
	json: {type: 'boolean'},
	ndjson: {type: 'boolean'},
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

function parseJobs(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new UserError(`--jobs must be a whole number of workers (1 or more), got '${value}'`);
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
			const option = /--?[\w-]+/.exec(message)?.[0] ?? 'an option';
			const takesNone = message.includes('does not take an argument');
			throw new UserError(inBoth(words => (takesNone ? words.optionTakesNoValue(option) : words.optionNeedsValue(option))));
		}

		throw new UserError(`${message.split('\n')[0]!} (see brief --help)`);
	}

	const {values, positionals} = parsed;
	return {
		input: positionals,
		flags: {
			data: values.data,
			plain: values.plain ?? false,
			json: values.json ?? false,
			ndjson: values.ndjson ?? false,
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
