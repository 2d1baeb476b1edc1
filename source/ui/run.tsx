import {render, type Instance} from 'ink';
import {Component, type ReactNode} from 'react';
import type {Io} from '../commands/io.js';
import {exitCodes} from '../commands/io.js';
import {companyIdsFor, datasetFile as datasetFileFor} from '../commands/script-context.js';
import {openStore} from '../dataset/store.js';
import {App} from './app.js';
import {themeFor} from './theme.js';
import {interruptedExit, type Effects} from './use-briefing-state.js';
import {openWatchlist} from './watchlist-access.js';

export interface TuiOptions {
	readonly companies: readonly string[];
	readonly data?: string | undefined;
}

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
export async function runTui(options: TuiOptions, io: Io): Promise<number> {
	const datasetFile = datasetFileFor(options.data, io);
	const store = openStore(datasetFile);
	const [companyId] = companyIdsFor(store.directory, options.companies);

	const watchlist = await openWatchlist(io.env);
	const effects: Effects = {
		saveWatch: watchlist.save,
		async loadArticle(articleId, companyId) {
			const {readArticleText} = await import('./article-text.js');
			return readArticleText(store.datasetFor([companyId]), datasetFile, articleId, companyId);
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
	const instance: Instance = render(
		<EndOnError
			onError={error => {
				drawError ??= {error};
				setImmediate(() => instance.unmount());
			}}
		>
			<App store={store} theme={themeFor(io.env)} effects={effects} watchlist={watchlist.ids} companyId={companyId} message={watchlist.problem} />
		</EndOnError>,
		{exitOnCtrlC: false, patchConsole: false, maxFps: 60},
	);
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
		await watchlist.settled();
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		process.off('exit', leave);
		leave();
	}

	// A DatasetError is one line and exit 2 (cli.tsx); anything else is a bug and shows as one.
	if (drawError) throw drawError.error;
	if (watchlist.problem) io.err(`brief: ${watchlist.problem}\n`);
	return exited === interruptedExit ? exitCodes.interrupted : exitCodes.ok;
}
