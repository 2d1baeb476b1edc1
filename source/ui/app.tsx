import {useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {briefingItems, type SeenSets} from '../dataset/selectors/index.js';
import type {BriefingStore} from '../dataset/store.js';
import {briefingSource, navigationFor, neighbours, preparedBeforeFirstFrame, type Scheduler} from './briefing-source.js';
import {ThemeContext} from './lines-view.js';
import {Screen} from './screen.js';
import type {Theme} from './theme.js';
import type {Language} from '../text/language.js';
import {useBriefingState, type Effects, type StateEffects} from './use-briefing-state.js';
import {useTerminalSize} from './use-terminal-size.js';

export interface AppProps {
	readonly store: BriefingStore;
	/** Without one, text is drawn plain (tests). */
	readonly theme?: Theme | undefined;
	/** The theme for each language, when the colours of ▲▼ follow it (red up in Japanese); else `theme`. */
	readonly themes?: Readonly<Record<Language, Theme>> | undefined;
	/** The language to start in (English when not given); `L` switches. */
	readonly language?: Language | undefined;
	readonly effects: Effects;
	readonly watchlist: readonly string[];
	/** The company `brief <company>` named. */
	readonly companyId?: string | undefined;
	/** What earlier digests and visits saw; null or absent when there is no record (nothing is marked new). */
	readonly seen?: SeenSets | null | undefined;
	/** A message for the status bar at start (a watchlist that could not be read...). */
	readonly message?: string | undefined;
	/** A fixed size, for tests and benchmarks; otherwise the terminal's. */
	readonly columns?: number | undefined;
	readonly rows?: number | undefined;
	/** How the steps of reading ahead are run; tests pass one they step themselves. Otherwise, on timers. */
	readonly schedule?: Scheduler | undefined;
}

/** The root: reads the terminal size, holds the state, and composes the panes the layout places. */
export function App(props: AppProps) {
	const size = useTerminalSize({columns: props.columns, rows: props.rows});
	const source = useMemo(() => briefingSource(props.store, props.schedule), [props.store, props.schedule]);
	const navigation = useMemo(() => navigationFor(source), [source]);
	// Marking a company read or visited records what its briefing shows, from the briefing on screen.
	const effects = useMemo<StateEffects>(
		() => ({
			...props.effects,
			async saveSeen(companyId, how) {
				const briefing = source.briefing(companyId);
				return briefing && props.effects.saveSeen ? props.effects.saveSeen(briefingItems(briefing), how) : {saved: true};
			},
		}),
		[props.effects, source],
	);
	const state = useBriefingState({navigation, effects, columns: size.columns, rows: size.rows, watchlist: props.watchlist, companyId: props.companyId, message: props.message, language: props.language});
	// Once, before the first frame: the first company is drawn whole, and the one below it is ready when the first key comes.
	useState(() => {
		const first = state.companyId === undefined ? [] : [state.companyId];
		for (const companyId of [...first, ...neighbours(navigation.companyIds(state.filter, state.watchlist), state.companyId).slice(0, preparedBeforeFirstFrame)]) {
			try {
				source.briefing(companyId);
			} catch {
				// A shard that cannot be read is reported when the user goes to its company, not before.
			}
		}
	});
	// A company drawn as loading is drawn again when it is ready.
	const shown = useRef(state.companyId);
	shown.current = state.companyId;
	// While the list counts new items, a company prepared anywhere on it may bring its count.
	const counting = useRef(false);
	counting.current = Boolean(props.seen) || state.fresh.size > 0;
	const [, redraw] = useReducer((count: number) => count + 1, 0);
	useEffect(
		() =>
			source.onPrepared(companyId => {
				if (companyId === shown.current || counting.current) redraw();
			}),
		[source],
	);
	// Once the frame is out, the company on screen (if drawn as loading), then those a key could move to
	// next, then the watchlist (whose new items the list counts), are prepared while the user reads.
	useEffect(() => {
		const onScreen = state.companyId === undefined ? [] : [state.companyId];
		const ids = navigation.companyIds(state.filter, state.watchlist);
		// After an update, the companies the list shows, for the counts of what it brought.
		const listed = state.fresh.size > 0 ? ids.slice(state.scroll.companies, state.scroll.companies + state.rows) : [];
		source.prefetch([...onScreen, ...neighbours(ids, state.companyId), ...(props.seen ? state.watchlist : []), ...listed]);
	}, [source, navigation, state.companyId, state.filter, state.watchlist, props.seen, state.fresh, state.scroll.companies, state.rows]);
	return (
		<ThemeContext.Provider value={props.themes?.[state.language] ?? props.theme}>
			<Screen state={state} source={source} seen={props.seen ?? null} />
		</ThemeContext.Provider>
	);
}
