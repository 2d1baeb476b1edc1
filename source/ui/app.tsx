import {useEffect, useMemo, useState} from 'react';
import type {BriefingStore} from '../dataset/store.js';
import {briefingSource, navigationFor, neighbours, preparedBeforeFirstFrame} from './briefing-source.js';
import {ThemeContext} from './lines-view.js';
import {Screen} from './screen.js';
import type {Theme} from './theme.js';
import {useBriefingState, type Effects} from './use-briefing-state.js';
import {useTerminalSize} from './use-terminal-size.js';

export interface AppProps {
	readonly store: BriefingStore;
	/** Without one, text is drawn plain (tests). */
	readonly theme?: Theme | undefined;
	readonly effects: Effects;
	readonly watchlist: readonly string[];
	/** The company `brief <company>` named. */
	readonly companyId?: string | undefined;
	/** A message for the status bar at start (a watchlist that could not be read...). */
	readonly message?: string | undefined;
	/** A fixed size, for tests and benchmarks; otherwise the terminal's. */
	readonly columns?: number | undefined;
	readonly rows?: number | undefined;
}

/** The root: reads the terminal size, holds the state, and composes the panes the layout places. */
export function App(props: AppProps) {
	const size = useTerminalSize({columns: props.columns, rows: props.rows});
	const source = useMemo(() => briefingSource(props.store), [props.store]);
	const navigation = useMemo(() => navigationFor(source), [source]);
	const state = useBriefingState({navigation, effects: props.effects, columns: size.columns, rows: size.rows, watchlist: props.watchlist, companyId: props.companyId, message: props.message});
	// Once, before the first frame: the company below the first is ready when the first key comes.
	useState(() => {
		for (const companyId of neighbours(navigation.companyIds(state.filter, state.watchlist), state.companyId).slice(0, preparedBeforeFirstFrame)) {
			try {
				source.briefing(companyId);
			} catch {
				// A shard that cannot be read is reported when the user goes to its company, not before.
			}
		}
	});
	// Once the frame is out, the companies a key could move to next are prepared while the user reads.
	useEffect(() => {
		source.prefetch(neighbours(navigation.companyIds(state.filter, state.watchlist), state.companyId));
	}, [source, navigation, state.companyId, state.filter, state.watchlist]);
	return (
		<ThemeContext.Provider value={props.theme}>
			<Screen state={state} source={source} />
		</ThemeContext.Provider>
	);
}
