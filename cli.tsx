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
import {readWatchlist} from './source/settings/watchlist.js';
import {settingsDirectory} from './source/settings/location.js';
import {asLanguage, chooseLanguage, type Language} from './source/text/language.js';
import {messages} from './source/text/messages.js';
import {sanitize, sanitizeLine} from './source/text/sanitize.js';
import {wrapWithKinsoku} from './source/text/kinsoku.js';
import {displayWidth, padEnd} from './source/text/width.js';

/** `--help`: the usage, then the TUI's keys from the keymap table (the `?` overlay reads the same table). */
async function helpText(language: Language): Promise<string> {
	// The keymap only here: the plain path never loads it.
	const {bindingsFor} = await import('./source/ui/keymap.js');
	const words = messages(language);
	const keys = bindingsFor('browse');
	const labelWidth = Math.max(...keys.map(binding => displayWidth(binding.label))) + 2;
	// Within 80 columns, as the rest of the help is; a long line goes on under its words.
	const keyLines = keys.flatMap(binding => wrapWithKinsoku(binding.help[language], 80 - 4 - labelWidth).map((line, index) => `    ${padEnd(index === 0 ? binding.label : '', labelWidth)}${line}`));
	return `${words.usage}\n${words.tuiKeys}\n${keyLines.join('\n')}\n\n`;
}

/** The language for --help and errors: --lang, BRIEF_LANG, the config, the locale. */
async function languageOf(flag: string | undefined): Promise<Language> {
	const setting = await readWatchlist(settingsDirectory(process.env)).then(
		state => state.preferences.lang,
		() => undefined,
	);
	return chooseLanguage({flag: asLanguage(flag), setting, env: process.env});
}

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
		stdout().write(await helpText(await languageOf(flags.lang)));
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
			return runExtract({paths: rest, out: flags.out, registry: flags.registry, jobs: flags.jobs, lang: flags.lang}, io);
		}

		case 'list':
			return runList({arguments: rest, flags}, io);

		case 'watch list':
		case 'watch add|rm':
			return runWatch({arguments: rest, flags}, io);

		case 'digest':
			return runDigest({arguments: rest, flags}, io);

		case 'config': {
			const {runConfig} = await import('./source/commands/config.js');
			return runConfig({arguments: rest, flags}, io);
		}

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
				const [{runTui}, {tuiSources}, {checkedLanguageFlag}] = await Promise.all([import('./source/ui/run.js'), import('./source/commands/tui-sources.js'), import('./source/commands/script-context.js')]);
				const exit = await runTui({companies: input, data: flags.data, lang: checkedLanguageFlag(flags.lang)}, io, tuiSources(flags.data, io));
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
		// In the reader's language where the message has one (--lang as written on the command line: it may be the error).
		const flag = process.argv.slice(2).find((argument, index, all) => all[index - 1] === '--lang' || argument.startsWith('--lang='));
		const language = await languageOf(flag?.replace(/^--lang=/, ''));
		const message = error.messageIn(language);
		// Messages quote file names and file content (a JSON parse error shows the text around it): one clean line.
		stderr().write(`brief: ${sanitizeLine(message)}\n`);
		process.exitCode = error instanceof DatasetError ? exitCodes.data : error.exitCode;
	} else {
		throw error;
	}
}
