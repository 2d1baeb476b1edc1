import {useApp, useInput, useStdin, type Key} from 'ink';
import {useCallback, useEffect, useRef, useState} from 'react';
import type {DigestSeen} from '../dataset/selectors/index.js';
import type {ReaderText} from './article-text.js';
import type {SeenHow} from './seen-access.js';
import {commandFor, keyName} from './keymap.js';
import {glyphs} from './theme.js';
import {BilingualError, sameInBoth, type Bilingual} from '../text/bilingual.js';
import type {Language} from '../text/language.js';
import {messages} from '../text/messages.js';
import {initialState, keyContext, reduce, type Action, type Navigation, type State} from './state.js';

type Saved = Promise<{readonly saved: boolean; readonly message?: Bilingual | undefined}>;

/** What the app's exit resolves with when Ctrl-C ended it. */
export const interruptedExit = 'interrupted';

/** Side effects the state asks for: kept out of the reducer, given by the caller. */
export interface Effects {
	/** Persists one watchlist change; `saved` is false when it could not be stored, `message` says why or what else happened. */
	readonly saveWatch: (companyId: string, watched: boolean) => Saved;
	readonly loadArticle: (articleId: string, companyId: string) => Promise<ReaderText>;
	/** Records items as seen: marked read (shared with `brief digest`) or shown on a visit. None: nothing is recorded. */
	readonly saveSeen?: ((items: DigestSeen, how: SeenHow) => Saved) | undefined;
	/**
	 * Starts `brief update` in the background; resolves with a line saying how it went and the ids of
	 * the articles it brought, once the data on screen is the updated library. Absent where there is
	 * no library to update (tests).
	 */
	readonly startUpdate?: ((language: Language) => Promise<UpdateOutcome>) | undefined;
}

/** How a background update went, for the status bar, and what it brought, to be marked new. */
export interface UpdateOutcome {
	readonly message: string;
	readonly newArticles: readonly string[];
}

/** The effects as the state asks for them: a company's items are seen, by its id. */
export interface StateEffects extends Omit<Effects, 'saveSeen'> {
	readonly saveSeen: (companyId: string, how: SeenHow) => Saved;
}

export interface BriefingStateOptions {
	readonly navigation: Navigation;
	readonly effects: StateEffects;
	readonly columns: number;
	readonly rows: number;
	readonly watchlist: readonly string[];
	readonly companyId: string | undefined;
	readonly message: string | undefined;
	readonly language?: Language | undefined;
}

const plainKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** A character of a multi-key chunk as Ink would have reported it alone. */
function singleKey(character: string): [string, Key] {
	if (character === '\r' || character === '\n') return ['', {...plainKey, return: true}];
	if (character === '\t') return ['', {...plainKey, tab: true}];
	if (character === '\u007F' || character === '\b') return ['', {...plainKey, backspace: true}];
	return [character, {...plainKey, shift: /[A-Z]/.test(character)}];
}

/** How long after a pane opens its company's visit is recorded: after the frame, not in its way. */
const visitDelay = 300;

/**
 * The TUI's state: a pure reducer behind a ref, so every key of a chunk (fast typing, a paste)
 * acts on the state the previous key left, never on a stale render's closure.
 */
export function useBriefingState(options: BriefingStateOptions): State {
	const {navigation, effects} = options;
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const [state, setState] = useState(() => initialState(options, navigation));
	const ref = useRef(state);
	const updating = useRef(false);
	const visits = useRef(new Map<string, ReturnType<typeof setTimeout>>());

	const dispatch = useCallback(
		(action: Action) => {
			const before = ref.current;
			const after = reduce(before, action, navigation);
			if (after === before) return;
			ref.current = after;
			// Only a key saves: a change taken back after a failed save must not be saved again.
			const toggled = action.type === 'command' && action.command === 'toggleWatch';
			if (toggled && after.watchlist !== before.watchlist && after.companyId !== undefined) {
				const watched = after.watchlist.includes(after.companyId);
				const words = messages(after.language);
				const saved = watched ? words.watchAdded(navigation.companyName(after.companyId)) : words.watchRemoved(navigation.companyName(after.companyId));
				ref.current = reduce(ref.current, {type: 'message', text: saved}, navigation);
				const companyId = after.companyId;
				void effects.saveWatch(companyId, watched).then(({saved, message}) => {
					const language = ref.current.language;
					if (!saved) dispatch({type: 'restoreWatch', companyId, watched: !watched, message: message?.[language] ?? messages(language).watchNotSaved});
					else if (message) dispatch({type: 'message', text: message[language]});
				});
			}

			if (action.type === 'command' && action.command === 'update') {
				if (!effects.startUpdate) ref.current = reduce(ref.current, {type: 'message', text: messages(ref.current.language).noLibrary}, navigation);
				else if (updating.current) ref.current = reduce(ref.current, {type: 'message', text: messages(ref.current.language).updateRunning}, navigation);
				else {
					updating.current = true;
					void effects
						.startUpdate(ref.current.language)
						.then(
							({message, newArticles}) => dispatch({type: 'updated', text: newArticles.length > 0 ? `${messages(ref.current.language).freshMarks(glyphs.fresh)} ${glyphs.separator} ${message}` : message, articles: newArticles}),
							(error: unknown) => dispatch({type: 'message', text: messages(ref.current.language).updateFailed(error instanceof Error ? error.message : String(error))}),
						)
						.finally(() => {
							updating.current = false;
						});
				}
			}

			// What was marked read or looked into is recorded; only a failure is worth a message.
			const seen = (how: SeenHow, companyId: string) => {
				void effects.saveSeen(companyId, how).then(({saved, message}) => {
					if (!saved || message) dispatch({type: 'message', text: message?.[ref.current.language] ?? messages(ref.current.language).seenNotSaved});
				});
			};

			for (const companyId of after.markedRead) if (!before.markedRead.includes(companyId)) seen('read', companyId);
			// A visit is recorded once the frame that opened the pane is out (writing the record holds the
			// event loop for a moment); quitting records any still waiting.
			for (const companyId of after.visited) {
				if (before.visited.includes(companyId)) continue;
				const timer = setTimeout(() => {
					visits.current.delete(companyId);
					seen('visit', companyId);
				}, visitDelay);
				visits.current.set(companyId, timer);
			}

			if (ref.current.quitting) {
				for (const [companyId, timer] of visits.current) {
					clearTimeout(timer);
					seen('visit', companyId);
				}

				visits.current.clear();
			}

			const reader = ref.current.reader;
			if (reader?.status === 'loading' && before.reader !== reader && ref.current.companyId !== undefined) {
				effects.loadArticle(reader.article, ref.current.companyId).then(
					text => dispatch({type: 'readerLoaded', article: reader.article, text}),
					(error: unknown) => dispatch({type: 'readerFailed', article: reader.article, message: error instanceof BilingualError ? error.texts : sameInBoth(error instanceof Error ? error.message : String(error))}),
				);
			}

			setState(ref.current);
			// What waitUntilExit resolves with: run.tsx exits 130 after Ctrl-C.
			if (ref.current.quitting) exit(ref.current.interrupted ? interruptedExit : undefined);
		},
		[navigation, effects, exit],
	);

	useEffect(() => {
		dispatch({type: 'resize', columns: options.columns, rows: options.rows});
	}, [dispatch, options.columns, options.rows]);

	const handle = useCallback(
		(input: string, key: Key) => {
			const name = keyName(input, key);
			const context = keyContext(ref.current);
			const command = commandFor(name, context);
			if (command) {
				dispatch({type: 'command', command});
				return;
			}

			// Several keys in one chunk arrive as one string: act on each in turn.
			if ([...input].length > 1 && !key.ctrl && !key.meta) {
				for (const character of input) handle(...singleKey(character));
				return;
			}

			if (context !== 'filter') return;
			if (name === 'backspace') dispatch({type: 'erase'});
			else if (input !== '' && !key.ctrl && !key.meta && !/[\u0000-\u001F\u007F]/.test(input)) dispatch({type: 'type', text: input});
		},
		[dispatch],
	);

	// Ctrl-C goes through the keymap like every key; a stdin that is not a terminal gets no input handling at all.
	useInput(handle, {isActive: isRawModeSupported === true});
	return state;
}
