#!/usr/bin/env -S node --expose-gc
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {commandOf, parseArguments, refuseFlagsNotFor, type Flags} from './source/commands/arguments.js';
// Script mode is imported statically: `brief --plain` is the path start-up time matters most for, and
// one bundle file instead of a dozen chunks saves ~4 ms of module loading. The TUI and extract stay lazy.
import {runBriefing} from './source/commands/briefing.js';
import {runDigest} from './source/commands/digest.js';
import {runList} from './source/commands/list.js';
import {runWatch} from './source/commands/watch.js';
import {exitCodes, UserError, type Io} from './source/commands/io.js';
import {DatasetError} from './source/dataset/load.js';
import {packageRoot} from './source/paths.js';
import {sanitize, sanitizeLine} from './source/text/sanitize.js';

const help = `
  Briefings on AI, cloud and chip companies from Japanese news articles.

  Usage
    $ brief [company...]       the briefing: TUI in a terminal, text when piped;
                               no company: the watchlist (said on stderr),
                               or every company with --all
    $ brief list               companies with their article counts
    $ brief watch add|rm <company...>
                               edit the watchlist (the TUI shares it)
    $ brief watch list         the watchlist
    $ brief digest [--mark-read]
                               what is new for the watchlist since last time
    $ brief extract <files|folders...> [--out FILE] [--registry FILE] [--jobs N]
                               turn articles into a dataset
    $ brief feed add <url> [--name NAME] | feed list | feed rm <name|url>
                               the feeds brief follows (the library)
    $ brief update             fetch every feed and the pages it links to
                               into the library; brief then reads it
    $ brief add <url|file|folder...>
                               add single pages or clipped files to it
    $ brief help               this help

  Options
    --data FILE      dataset to read (default: $BRIEF_DATA, else the library's
                     once an update or add has filled it, else the bundled
                     data/briefing.json)
    --plain          print plain text even in a terminal
    --json           print JSON, a stable versioned shape ("schema", "version"):
                     every figure with its kind, segment, period, basis
                     (actual or outlook) and every article and quote; each
                     company's latest actual of every kind (docs/json.md)
    --ndjson         one JSON record per line, each with a "type": meta,
                     company, figure, conflict, event, article
    --csv            a table as CSV (UTF-8): with list, the companies; with a
                     briefing, its figures
    --width N        fit every line in N display columns, 20 to 1000
                     (default: the terminal's width, else 80)
    --color          force colour; --no-color or NO_COLOR (any value): none
    --quotes         with a text briefing: each source's quote under it
    --all            with no company named: every company, not the watchlist
    --mark-read      with digest: remember that what it printed has been read,
                     once all of it was written; if the reader stops before
                     brief could write it all (| head), nothing is marked (a
                     digest that fits the pipe, 64 KB, counts as written)
    --out FILE       with extract: where the dataset goes (default: stdout);
                     a .json file, not one of the inputs
    --registry FILE  with extract: company registry (data/companies.json)
    --jobs N         with extract, update, add: worker threads (default: one
                     per core)
    --name NAME      with feed add: what to call the feed (default: its host)
    --help           show this help
    --version        show the version

  A flag a command does not take is refused (exit 1).
  Companies go by name, alias, ticker or Japanese name: aws, MSFT, NVIDIA,
  エヌビディア.
  The watchlist lives in $BRIEF_CONFIG_DIR, else ~/.config/brief (the platform's
  config directory); the library in $BRIEF_DATA_DIR, else ~/.local/share/brief
  (the platform's data directory). Data goes to stdout, messages to stderr.

  Exit codes
    0    ok (also when a digest has nothing new)
    1    usage error or unknown company
    2    missing or invalid dataset, settings that cannot be saved, or a feed
         or page that could not be fetched (the rest is added)
    130  interrupted

  Examples
    $ brief aws | grep -i share
    $ brief aws msft --width 60
    $ brief list --json | jq -r '.companies[] | "\\(.id) \\(.articleCount)"'
    $ brief --json | jq '.companies[] | {id, share: .latest.market_share.value}'
    $ brief --ndjson | jq -c 'select(.type == "figure" and .conflict)'
    $ brief watch add aws エヌビディア && brief digest --mark-read
    $ brief extract ~/clips --out ~/clips/b.json && brief --data ~/clips/b.json
    $ brief feed add https://example.com/rss.xml --name example && brief update
`;

function version(): string {
	const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {version?: string};
	return manifest.version ?? 'unknown';
}

/** The TUI only where a person can use it: both ends a terminal, and no script format asked for. */
function shouldUseTui(io: Io, flags: Pick<Flags, 'plain' | 'json' | 'ndjson' | 'csv'>): boolean {
	// The flags first: asking stdin whether it is a terminal creates the stream, which `--plain` never needs.
	return !flags.plain && !flags.json && !flags.ndjson && !flags.csv && io.stdoutIsTTY && io.stdinIsTTY;
}

// The global `process`, not `import process from 'node:process'`: the module's namespace copies every
// property of process, which creates stdin, stdout and stderr at start-up whatever the command.
const guarded = new WeakSet<NodeJS.WriteStream>();

/**
 * The stream, ready for `brief | head -1`: the reader left, which is not an error. Node creates
 * process.stdin, stdout and stderr when first used, ~1-3 ms each at start-up (a third of what
 * `brief --plain` may take beyond `node -e 0`), so each is touched only when needed.
 */
function guard(stream: NodeJS.WriteStream): NodeJS.WriteStream {
	if (guarded.has(stream)) return stream;
	guarded.add(stream);
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(exitCodes.ok);
		throw error;
	});
	return stream;
}

const stdout = () => guard(process.stdout);
const stderr = () => guard(process.stderr);

async function main(argv: readonly string[]): Promise<number> {
	const {input, flags, given} = parseArguments(argv);
	if (flags.help || input[0] === 'help') {
		stdout().write(help);
		return exitCodes.ok;
	}

	if (flags.version) {
		stdout().write(`${version()}\n`);
		return exitCodes.ok;
	}

	const command = commandOf(input);
	refuseFlagsNotFor(command, given);
	let statusShown = false;
	const io: Io = {
		out: text => stdout().write(text),
		drain: () => new Promise(resolve => stdout().once('drain', resolve)),
		// The callback of an empty write runs once every write before it has gone out; an error there (the
		// reader left) goes to the stream's error handler, which exits.
		flushed: () => new Promise(resolve => stdout().write('', () => resolve())),
		// Messages quote paths, file names and file content: nothing in them may drive the terminal.
		err(text) {
			if (statusShown) stderr().write('\r\u001B[2K');
			statusShown = false;
			stderr().write(sanitize(text));
		},
		status(line) {
			stderr().write(`\r\u001B[2K${line === undefined ? '' : sanitizeLine(line)}`);
			statusShown = line !== undefined;
		},
		stdoutIsTTY: stdout().isTTY === true,
		get stderrIsTTY() {
			return stderr().isTTY === true;
		},
		get stdinIsTTY() {
			return process.stdin.isTTY === true;
		},
		columns: process.stdout.isTTY ? process.stdout.columns : undefined,
		rows: process.stdout.isTTY ? process.stdout.rows : undefined,
		env: process.env,
		cwd: process.cwd(),
	};
	const rest = input.slice(1);
	switch (command) {
		case 'extract': {
			const {runExtract} = await import('./source/commands/extract.js');
			return runExtract({paths: rest, out: flags.out, registry: flags.registry, jobs: flags.jobs}, io);
		}

		case 'list':
			return runList({arguments: rest, flags}, io);

		case 'watch list':
		case 'watch add|rm':
			return runWatch({arguments: rest, flags}, io);

		case 'digest':
			return runDigest({arguments: rest, flags}, io);

		// The library's commands load SQLite, the fetcher and the page reader: only when used.
		case 'feed': {
			const {runFeed} = await import('./source/commands/feed.js');
			return runFeed({arguments: rest, flags}, io);
		}

		case 'update': {
			const {runUpdate} = await import('./source/commands/update.js');
			return runUpdate({arguments: rest, flags, version: version()}, io);
		}

		case 'add': {
			const {runAdd} = await import('./source/commands/add.js');
			return runAdd({arguments: rest, flags, version: version()}, io);
		}

		case 'briefing': {
			if (shouldUseTui(io, flags)) {
				const [{runTui}, {tuiSources}] = await Promise.all([import('./source/ui/run.js'), import('./source/commands/tui-sources.js')]);
				const exit = await runTui({companies: input, data: flags.data}, io, tuiSources(flags.data, io));
				return exit === 'interrupted' ? exitCodes.interrupted : exitCodes.ok;
			}

			return runBriefing({companies: input, flags}, io);
		}
	}
}

process.on('SIGINT', () => process.exit(exitCodes.interrupted));
process.on('SIGTERM', () => process.exit(143));

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof UserError || error instanceof DatasetError) {
		// Messages quote file names and file content (a JSON parse error shows the text around it): one clean line.
		stderr().write(`brief: ${sanitizeLine(error.message)}\n`);
		process.exitCode = error instanceof DatasetError ? exitCodes.data : error.exitCode;
	} else {
		throw error;
	}
}
