import {render} from 'ink';
import type {Io} from '../commands/io.js';
import {UserError, exitCodes} from '../commands/io.js';
import {openStore} from '../dataset/store.js';
import {resolveCompanies, unknownCompanyMessage} from '../dataset/selectors/index.js';
import {bundledDatasetPath} from '../paths.js';
import {App} from './app.js';
import {themeFor} from './theme.js';
import type {Effects} from './use-briefing-state.js';
import {openWatchlist} from './watchlist-access.js';

export interface TuiOptions {
	readonly companies: readonly string[];
	readonly data?: string | undefined;
}

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';

/** `brief` in a terminal: the Ink app on the dataset, until q or Ctrl-C. */
export async function runTui(options: TuiOptions, io: Io): Promise<number> {
	const datasetFile = options.data ?? io.env['BRIEF_DATA'] ?? bundledDatasetPath();
	const store = openStore(datasetFile);
	const {companies, unknown} = resolveCompanies(store.directory, options.companies);
	if (unknown[0]) throw new UserError(unknownCompanyMessage(unknown[0]), exitCodes.usage);

	const watchlist = await openWatchlist(io.env);
	const effects: Effects = {
		saveWatch: watchlist.save,
		async loadArticle(articleId, companyId) {
			const {readArticleText} = await import('../dataset/article-text.js');
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
	const instance = render(
		<App store={store} theme={themeFor(io.env)} effects={effects} watchlist={watchlist.ids} companyId={companies[0]?.id} message={watchlist.problem} />,
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
	try {
		await instance.waitUntilExit();
		await watchlist.settled();
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		process.off('exit', leave);
		leave();
	}

	if (watchlist.problem) io.err(`brief: ${watchlist.problem}\n`);
	return exitCodes.ok;
}
