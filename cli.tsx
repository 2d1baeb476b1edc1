#!/usr/bin/env node
import process from 'node:process';
import meow from 'meow';
import {exitCodes, UserError, type Io} from './source/commands/io.js';
import {DatasetError} from './source/dataset/load.js';

const help = `
	Usage
	  $ brief [company...]              open the briefing (TUI in a terminal, plain text when piped)
	  $ brief extract <files|folders...> [--out FILE] [--registry FILE]
	                                    turn articles into a dataset
	  $ brief list                      companies with their article counts
	  $ brief watch add|rm|list [company...]
	                                    edit the watchlist
	  $ brief digest [--mark-read]      what is new for the watchlist since the last digest

	Options
	  --data FILE     dataset to read (default: $BRIEF_DATA, else the bundled data/briefing.json)
	  --plain         print plain text even in a terminal
	  --json          print JSON (a stable, versioned shape)
	  --ndjson        print one JSON record per line
	  --width N       fit every line in N display columns (default: the terminal's width, else 80)
	  --color         force colour; NO_COLOR (any value) turns it off
	  --out FILE      where \`brief extract\` writes the dataset (default: stdout)
	  --registry FILE with extract: company registry to use (default: the bundled data/companies.json)
	  --jobs N        with extract: worker threads (default: one per core for large folders)
	  --mark-read     with digest: remember that what it printed has been read
	  --help          show this help
	  --version       show the version

	Companies can be named by name, alias, ticker or Japanese name: aws, MSFT, エヌビディア.

	Exit codes
	  0 ok · 1 usage or unknown company · 2 missing or invalid data · 130 interrupted

	Examples
	  $ brief aws | grep -i share
	  $ brief --json | jq '.companies[].name'
	  $ brief --ndjson | jq -c 'select(.type == "metric")'
	  $ brief extract ~/clips --out ~/clips/briefing.json && brief --data ~/clips/briefing.json
`;

const flags = {
	data: {type: 'string'},
	plain: {type: 'boolean', default: false},
	json: {type: 'boolean', default: false},
	ndjson: {type: 'boolean', default: false},
	width: {type: 'string'},
	color: {type: 'boolean'},
	out: {type: 'string'},
	registry: {type: 'string'},
	jobs: {type: 'number'},
	markRead: {type: 'boolean', default: false},
} as const;

const knownFlags = new Set(['data', 'plain', 'json', 'ndjson', 'width', 'color', 'no-color', 'out', 'registry', 'jobs', 'mark-read', 'help', 'version', 'h', 'v']);

function unknownFlag(argv: readonly string[]): string | undefined {
	for (const argument of argv) {
		if (argument === '--') return undefined;
		if (!argument.startsWith('-') || argument === '-') continue;
		const name = argument.replace(/^--?/, '').split('=')[0]!;
		if (!knownFlags.has(name)) return argument;
	}

	return undefined;
}

function handleBrokenPipe(): void {
	// `brief | head -1`: the reader left; that is not an error.
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') process.exit(exitCodes.ok);
			throw error;
		});
	}
}

async function main(argv: readonly string[]): Promise<number> {
	const cli = meow(help, {importMeta: import.meta, argv: [...argv], flags, allowUnknownFlags: true, autoHelp: true, autoVersion: true});
	const bad = unknownFlag(argv);
	if (bad) throw new UserError(`unknown option '${bad}' (see brief --help)`);

	const io: Io = {
		out: text => process.stdout.write(text),
		err: text => process.stderr.write(text),
		stdoutIsTTY: process.stdout.isTTY === true,
		stderrIsTTY: process.stderr.isTTY === true,
		stdinIsTTY: process.stdin.isTTY === true,
		columns: process.stdout.isTTY ? process.stdout.columns : undefined,
		rows: process.stdout.isTTY ? process.stdout.rows : undefined,
		env: process.env,
		cwd: process.cwd(),
	};
	const [command, ...rest] = cli.input;

	switch (command) {
		case 'extract': {
			const {runExtract} = await import('./source/commands/extract.js');
			return runExtract({paths: rest, out: cli.flags.out, registry: cli.flags.registry, jobs: cli.flags.jobs}, io);
		}

		default: {
			// The TUI only where a person can use it: both ends a terminal, and no script format asked for.
			if (io.stdinIsTTY && io.stdoutIsTTY && !cli.flags.plain && !cli.flags.json && !cli.flags.ndjson) {
				const {runTui} = await import('./source/ui/run.js');
				return runTui({companies: cli.input, data: cli.flags.data}, io);
			}

			const {runBriefing} = await import('./source/commands/briefing.js');
			return runBriefing({companies: cli.input, flags: cli.flags}, io);
		}
	}
}

handleBrokenPipe();
process.on('SIGINT', () => process.exit(exitCodes.interrupted));
process.on('SIGTERM', () => process.exit(143));

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof UserError || error instanceof DatasetError) {
		process.stderr.write(`brief: ${error.message}\n`);
		process.exitCode = error instanceof DatasetError ? exitCodes.data : error.exitCode;
	} else {
		throw error;
	}
}
