import {render, type Instance} from 'ink';
import {Component, type ReactNode} from 'react';
import type {Dataset} from '../dataset/schema.js';
import {chooseLanguage, defaultUpDown, type Language} from '../text/language.js';
import {openStore} from '../dataset/store.js';
import {messages} from '../text/messages.js';
import {sanitizeLine} from '../text/sanitize.js';
import {App} from './app.js';
import {themeFor} from './theme.js';
import {interruptedExit, type Effects} from './use-briefing-state.js';
import {openSeen} from './seen-access.js';
import {openWatchlist} from './watchlist-access.js';

export interface TuiOptions {
	readonly companies: readonly string[];
	readonly data?: string | undefined;
	/** `--lang`, checked by the command line. */
	readonly lang?: Language | undefined;
}

/** What the TUI takes of the process (cli.tsx's Io has it all). */
export interface TuiIo {
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly err: (text: string) => void;
}

/**
 * Where the TUI's data comes from and how `u` updates it: given by cli.tsx (commands/tui-sources.ts
 * makes them), so that ui/ imports nothing of commands/.
 */
export interface TuiSources {
	/** The dataset file to draw: asked again after an update, which may have written the library's first dataset. */
	readonly datasetFile: () => string;
	/** The ids of the companies asked for; throws a usage error for an unknown name. */
	readonly companyIds: (dataset: Dataset, names: readonly string[]) => readonly string[];
	/** Runs `brief update` in the background: its summary line, in `language`, and the ids of the articles it brought. */
	readonly update: (language: Language) => Promise<{readonly summary: string; readonly newArticles: readonly string[]}>;
}

/** How the TUI ended: `q`, or Ctrl-C (cli.tsx exits 130). */
export type TuiExit = 'quit' | 'interrupted';

/**
 * Ends the app on an error while drawing, such as a company's shard found damaged when the company
 * comes on screen: cli.tsx then prints one line and exits 2, instead of Ink's error screen with a
 * stack trace. (Reading ahead in idle time leaves such errors to this moment.)
 */
class EndOnError extends Component<{readonly onError: (error: unknown) => void; readonly children: ReactNode}, {readonly failed: boolean}> {
	override state = {failed: false};

	static getDerivedStateFromError() {
		return {failed: true};
	}

	override componentDidCatch(error: unknown) {
		this.props.onError(error);
	}

	override render() {
		return this.state.failed ? null : this.props.children;
	}
}

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';

/** `brief` in a terminal: the Ink app on the dataset, until q or Ctrl-C. */
export async function runTui(options: TuiOptions, io: TuiIo, sources: TuiSources): Promise<TuiExit> {
	let datasetFile = sources.datasetFile();
	let store = openStore(datasetFile);
	const [companyId] = sources.companyIds(store.directory, options.companies);

	const [watchlist, seen] = await Promise.all([openWatchlist(io.env), openSeen(io.env)]);
	const language = chooseLanguage({flag: options.lang, setting: watchlist.preferences.lang, env: io.env});
	// The colours of ▲▼: as chosen, else as the language shown has them (red up in Japanese).
	const themeIn = (shown: Language) => themeFor(io.env, watchlist.preferences.updown ?? defaultUpDown(shown));
	const themes = {ja: themeIn('ja'), en: themeIn('en')};
	const effects: Effects = {
		saveWatch: watchlist.save,
		saveSeen: seen.save,
		async loadArticle(articleId, companyId) {
			const {readArticleText} = await import('./article-text.js');
			return readArticleText(store.datasetFor([companyId]), datasetFile, articleId, companyId);
		},
		async startUpdate(shown) {
			const {summary, newArticles} = await sources.update(shown);
			// The library's dataset (the first one, after the first update): drawn from now on, new articles and all.
			datasetFile = sources.datasetFile();
			store = openStore(datasetFile);
			instance.rerender(tree());
			if (options.data !== undefined) return {message: messages(shown).viewShowsData(summary, sanitizeLine(options.data)), newArticles: []};
			return {message: summary, newArticles};
		},
	};

	// The alternate screen keeps the user's scrollback as it was and leaves no frame behind on exit.
	let left = false;
	const leave = () => {
		if (left) return;
		left = true;
		process.stdout.write(leaveAlternateScreen);
	};

	process.stdout.write(enterAlternateScreen);
	let drawError: {readonly error: unknown} | undefined;
	const tree = () => (
		<EndOnError
			onError={error => {
				drawError ??= {error};
				setImmediate(() => instance.unmount());
			}}
		>
			<App store={store} themes={themes} language={language} effects={effects} watchlist={watchlist.ids} seen={seen.seen} companyId={companyId} message={(watchlist.problem ?? seen.problem)?.[language]} />
		</EndOnError>
	);
	const instance: Instance = render(tree(), {exitOnCtrlC: false, patchConsole: false, maxFps: 60});
	// cli.tsx exits on SIGINT/SIGTERM; before it does, Ink must draw its last frame and the screen
	// must be handed back, in that order, or the frame lands on the user's screen.
	const onSignal = () => {
		instance.unmount();
		leave();
	};

	process.prependListener('SIGINT', onSignal);
	process.prependListener('SIGTERM', onSignal);
	process.once('exit', leave);
	let exited: unknown;
	try {
		exited = await instance.waitUntilExit();
		await Promise.all([watchlist.settled(), seen.settled()]);
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		process.off('exit', leave);
		leave();
	}

	// A DatasetError is one line and exit 2 (cli.tsx); anything else is a bug and shows as one.
	if (drawError) throw drawError.error;
	if (watchlist.problem) io.err(`brief: ${watchlist.problem[language]}\n`);
	if (seen.problem) io.err(`brief: ${seen.problem[language]}\n`);
	return exited === interruptedExit ? 'interrupted' : 'quit';
}
