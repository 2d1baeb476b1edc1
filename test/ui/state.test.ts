import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/ui/keymap.js';
import {freshFor, initialState, reduce, type Action, type Navigation, type State} from '../../source/ui/state.js';

const companies = ['amazon', 'microsoft', 'openai', 'nvidia', 'google'];
const names: Record<string, string> = {amazon: 'Amazon アマゾン AWS', microsoft: 'Microsoft マイクロソフト MSFT Azure OpenAI', openai: 'OpenAI', nvidia: 'NVIDIA エヌビディア', google: 'Google'};

// One line per sentence, each sentence its own text: "s0", "s1", ...
const sentences = (count: number) => ({title: 't', sentences: Array.from({length: count}, (_, index) => ({text: `s${index}`, about: false, paragraphStart: false}))});

const navigation: Navigation = {
	companyIds: (filter, watchlist) => {
		const matching = companies.filter(id => names[id]!.toLowerCase().includes(filter.toLowerCase()));
		// As the real list ranks them: a company whose name is the filter first.
		const ranked = [...matching.filter(id => id === filter.toLowerCase()), ...matching.filter(id => id !== filter.toLowerCase())];
		return [...ranked.filter(id => watchlist.includes(id)), ...ranked.filter(id => !watchlist.includes(id))];
	},
	rowCount: (pane, companyId, view) => (companyId === 'amazon' ? {timeline: 4, figures: 6, charts: view.peers ? 2 : 3, summaries: 2}[pane] : 1),
	// The selected row's sources: two articles for every row of the timeline, one elsewhere.
	passagesAt: (pane, companyId, row) =>
		pane === 'timeline'
			? [
					{article: `${companyId}-${pane}-${row}-a`, quote: 's40'},
					{article: `${companyId}-${pane}-${row}-b`, quote: 's3'},
				]
			: [{article: `${companyId}-article-${row}`, quote: pane === 'summaries' ? '' : 's10'}],
	companyName: companyId => names[companyId] ?? companyId,
	peerGroup: companyId => (['amazon', 'microsoft', 'google'].includes(companyId) ? 'Cloud' : undefined),
	readerLineCount: text => text.sentences.length,
	quoteLine: (text, quote) => {
		const index = text.sentences.findIndex(sentence => sentence.text === quote);
		return index === -1 ? undefined : index;
	},
	overlayLineCount: state => (state.overlay === 'help' ? 100 : 25),
};

function start(overrides: Partial<Parameters<typeof initialState>[0]> = {}): State {
	return initialState({columns: 120, rows: 40, watchlist: [], ...overrides}, navigation);
}

function run(state: State, ...steps: Array<Command | Action>): State {
	return steps.reduce((current, step) => reduce(current, typeof step === 'string' ? {type: 'command', command: step} : step, navigation), state);
}

describe('reduce', () => {
	it('starts on the first company, or on the one asked for', () => {
		expect(start().companyId).toBe('amazon');
		expect(start({companyId: 'openai'}).companyId).toBe('openai');
		expect(start({companyId: 'unknown'}).companyId).toBe('amazon');
	});

	it('moves down and up the list and stops at the ends', () => {
		expect(run(start(), 'down', 'down').companyId).toBe('openai');
		expect(run(start(), 'up').companyId).toBe('amazon');
		expect(run(start(), 'bottom').companyId).toBe('google');
		expect(run(start(), 'bottom', 'down').companyId).toBe('google');
		expect(run(start(), 'bottom', 'top').companyId).toBe('amazon');
	});

	it('toggles the watchlist on the row the earlier keys selected, and the selection follows the company', () => {
		const state = run(start(), 'down', 'down', 'toggleWatch');
		expect(state.watchlist).toEqual(['openai']);
		expect(state.companyId).toBe('openai');
		expect(navigation.companyIds('', state.watchlist)[0]).toBe('openai');
		// The next `j` moves from OpenAI's new place at the top.
		expect(run(state, 'down').companyId).toBe('amazon');
		expect(run(state, 'toggleWatch').watchlist).toEqual([]);
	});

	it('filters as you type, selects the first match, and Esc clears', () => {
		let state = run(start(), 'filter', {type: 'type', text: 'エヌ'});
		expect(state.filtering).toBe(true);
		expect(state.filter).toBe('エヌ');
		expect(state.companyId).toBe('nvidia');
		state = run(state, {type: 'erase'});
		expect(state.filter).toBe('エ');
		state = run(state, 'back');
		expect(state.filtering).toBe(false);
		expect(state.filter).toBe('');
		expect(state.companyId).toBe('nvidia');
	});

	it('keeps the filter after Enter, and a later Esc clears it', () => {
		let state = run(start(), 'filter', {type: 'type', text: 'micro'}, 'open');
		expect(state.filtering).toBe(false);
		expect(state.filter).toBe('micro');
		expect(navigation.companyIds(state.filter, state.watchlist)).toEqual(['microsoft']);
		state = run(state, 'back');
		expect(state.filter).toBe('');
	});

	it('keeps no selection when nothing matches, and moving does nothing', () => {
		const state = run(start(), 'filter', {type: 'type', text: 'zzz'});
		expect(state.companyId).toBeUndefined();
		expect(run(state, 'down').companyId).toBeUndefined();
	});

	it('cycles panes with Tab and Shift-Tab', () => {
		expect(run(start(), 'nextPane').focus).toBe('timeline');
		expect(run(start(), 'nextPane', 'nextPane').focus).toBe('figures');
		expect(run(start(), 'nextPane', 'nextPane', 'nextPane').focus).toBe('charts');
		expect(run(start(), 'previousPane').focus).toBe('summaries');
		expect(run(start(), 'nextPane', 'nextPane', 'nextPane', 'nextPane', 'nextPane').focus).toBe('companies');
	});

	it('typing a filter selects the best match: a company going by the name first', () => {
		// Microsoft, selected, also matches "openai" (Azure OpenAI); OpenAI goes by it, and is selected.
		const state = run(start({companyId: 'microsoft'}), 'filter', {type: 'type', text: 'open'}, {type: 'type', text: 'ai'});
		expect(navigation.companyIds('openai', [])).toEqual(['openai', 'microsoft']);
		expect(state.companyId).toBe('openai');
	});

	it('moves rows within the focused pane, within its length, and resets them for another company', () => {
		let state = run(start(), 'nextPane', 'down', 'down', 'down', 'down', 'down');
		expect(state.selected.timeline).toBe(3);
		state = run(state, 'previousPane', 'down');
		expect(state.companyId).toBe('microsoft');
		expect(state.selected.timeline).toBe(0);
	});

	it('opens the reader on the selected article of the summaries, at its top, and Esc closes it', () => {
		let state = run(start(), 'previousPane', 'down', 'open');
		expect(state.overlay).toBe('reader');
		expect(state.reader).toMatchObject({article: 'amazon-article-1', quote: '', status: 'loading', scroll: 0});
		state = run(state, {type: 'readerLoaded', article: 'amazon-article-1', text: sentences(100)});
		expect(state.reader?.scroll).toBe(0);
		state = run(state, 'down', 'down');
		expect(state.reader?.scroll).toBe(2);
		state = run(state, 'bottom');
		expect(state.reader?.scroll).toBeGreaterThan(50);
		state = run(state, 'back');
		expect(state.overlay).toBe('none');
		expect(state.reader).toBeUndefined();
	});

	it('opens the reader at the quote of a timeline event, n goes to its next source, and Esc comes back to the event', () => {
		let state = run(start(), 'nextPane', 'down', 'open');
		expect(state.reader).toMatchObject({article: 'amazon-timeline-1-a', quote: 's40', index: 0, status: 'loading'});
		state = run(state, {type: 'readerLoaded', article: 'amazon-timeline-1-a', text: sentences(100)});
		// The quoted sentence is line 40: it shows two lines down the page.
		expect(state.reader?.scroll).toBe(38);
		state = run(state, 'nextSource');
		expect(state.reader).toMatchObject({article: 'amazon-timeline-1-b', quote: 's3', index: 1, status: 'loading'});
		state = run(state, {type: 'readerLoaded', article: 'amazon-timeline-1-b', text: sentences(100)});
		expect(state.reader?.scroll).toBe(1);
		// Back round to the first source.
		expect(run(state, 'nextSource').reader).toMatchObject({article: 'amazon-timeline-1-a', index: 0});
		state = run(state, 'back');
		expect([state.overlay, state.focus, state.selected.timeline]).toEqual(['none', 'timeline', 1]);
	});

	it('says so when a row has one source and n is pressed, or when the quote is not in the article', () => {
		let state = run(start(), 'nextPane', 'nextPane', 'open');
		state = run(state, {type: 'readerLoaded', article: 'amazon-article-0', text: sentences(5)});
		expect(state.message).toBe('the quote is not in the article as it reads now');
		expect(run(state, 'nextSource').message).toBe('this is its only source');
	});

	it('goes back from help or the source view to the reader they were opened from', () => {
		const reading = run(start(), 'previousPane', 'open');
		expect(run(reading, 'help', 'back').overlay).toBe('reader');
		expect(run(reading, 'source', 'back').overlay).toBe('reader');
		expect(run(reading, 'source', 'back', 'back').overlay).toBe('none');
	});

	it('ignores a reader result for an article that is no longer open', () => {
		const state = run(start(), 'previousPane', 'open', 'back', {type: 'readerFailed', article: 'amazon-article-0', message: {ja: 'ありません', en: 'gone'}});
		expect(state.reader).toBeUndefined();
	});

	it('scrolls help and the source view, and opens the reader from the source view', () => {
		let state = run(start(), 'help', 'down', 'down', 'pageDown');
		expect(state.overlayScroll).toBe(2 + 37);
		state = run(state, 'bottom');
		// 40 rows: 39 for the body, 37 inside the frame; 100 lines of help.
		expect(state.overlayScroll).toBe(100 - 37);
		expect(run(state, 'top').overlayScroll).toBe(0);
		expect(run(state, 'help', 'help').overlayScroll).toBe(0);
		const source = run(start(), 'nextPane', 'source', 'pageDown', 'pageDown');
		// 25 lines fit in one page: nothing to scroll.
		expect(source.overlayScroll).toBe(0);
		expect(run(start(), 'nextPane', 'source', 'open').reader).toMatchObject({article: 'amazon-timeline-0-a'});
	});

	it('orders the figures by kind, period and value in turn, from the first row', () => {
		let state = run(start(), 'nextPane', 'nextPane', 'down', 'down');
		expect(state.selected.figures).toBe(2);
		state = run(state, 'sortFigures');
		expect([state.figureOrder, state.selected.figures]).toEqual(['period', 0]);
		expect(run(state, 'sortFigures').figureOrder).toBe('value');
		expect(run(state, 'sortFigures', 'sortFigures').figureOrder).toBe('kind');
	});

	it('p shows the peer view in the charts, Esc leaves it; a company with no rivals says so', () => {
		let state = run(start(), 'peers');
		expect([state.peers, state.focus]).toEqual([true, 'charts']);
		state = run(state, 'down', 'down', 'down');
		// Two peer charts: share and growth.
		expect(state.selected.charts).toBe(1);
		state = run(state, 'back');
		expect([state.peers, state.selected.charts]).toEqual([false, 0]);
		const nvidia = run(start({companyId: 'nvidia'}), 'peers');
		expect(nvidia.peers).toBe(false);
		expect(nvidia.message).toBe('NVIDIA エヌビディア has no rivals to compare with');
	});

	it('marks a company read, and records a company looked into as visited', () => {
		const state = run(start(), 'markRead');
		expect(state.markedRead).toEqual(['amazon']);
		expect(state.message).toBe('Amazon アマゾン AWS marked read');
		expect(run(start(), 'down').visited).toEqual([]);
		expect(run(start(), 'down', 'open').visited).toEqual(['microsoft']);
		expect(run(start(), 'nextPane', 'previousPane', 'down', 'nextPane').visited).toEqual(['amazon', 'microsoft']);
	});

	it('shows where a line came from, and goes back', () => {
		const state = run(start(), 'nextPane', 'source');
		expect(state.overlay).toBe('source');
		expect(run(state, 'back').overlay).toBe('none');
		expect(run(start(), 'source').overlay).toBe('source');
	});

	it('toggles help, and quits', () => {
		expect(run(start(), 'help').overlay).toBe('help');
		expect(run(start(), 'help', 'help').overlay).toBe('none');
		expect(run(start(), 'help', 'back').overlay).toBe('none');
		expect(run(start(), 'quit').quitting).toBe(true);
	});

	it('Esc from a pane goes back to the list', () => {
		expect(run(start(), 'nextPane', 'back').focus).toBe('companies');
	});

	it('scrolls the list to keep the selection visible on a short terminal', () => {
		const many = Array.from({length: 50}, (_, index) => `c${index}`);
		const long: Navigation = {...navigation, companyIds: () => many};
		let state = initialState({columns: 80, rows: 14, watchlist: []}, long);
		for (let step = 0; step < 20; step++) state = reduce(state, {type: 'command', command: 'down'}, long);
		expect(state.companyId).toBe('c20');
		// 14 rows: 13 for the body, 11 inside the frame, one of them for the filter line.
		expect(state.scroll.companies).toBe(20 - 10 + 1);
		state = reduce(state, {type: 'command', command: 'pageDown'}, long);
		expect(state.companyId).toBe('c30');
		state = reduce(state, {type: 'resize', columns: 80, rows: 40}, long);
		expect(state.scroll.companies).toBeLessThanOrEqual(30);
	});

	it('keeps what each update brought as new, and the same set when one brought nothing', () => {
		const first = run(start(), 'update', {type: 'updated', text: 'updated 1 feed: 2 new articles', articles: ['a1', 'a2']});
		expect(first.message).toBe('updated 1 feed: 2 new articles');
		expect([...first.fresh]).toEqual(['a1', 'a2']);
		const second = run(first, {type: 'updated', text: 'updated 1 feed: 1 new article', articles: ['a3']});
		expect([...second.fresh]).toEqual(['a1', 'a2', 'a3']);
		expect(run(second, {type: 'updated', text: 'nothing new', articles: []}).fresh).toBe(second.fresh);
	});

	it('marking a company read reads what updates brought for it; what a later update brings is new again', () => {
		const brought = run(start(), {type: 'updated', text: 'updated', articles: ['a1', 'a2']});
		const read = run(brought, 'markRead');
		expect([...freshFor(read, 'amazon')]).toEqual([]);
		expect([...freshFor(read, 'microsoft')]).toEqual(['a1', 'a2']);
		const later = run(read, {type: 'updated', text: 'updated', articles: ['a3']});
		expect([...freshFor(later, 'amazon')]).toEqual(['a3']);
		expect(freshFor(later, 'amazon')).toBe(freshFor(later, 'amazon'));
		expect([...freshFor(later, 'microsoft')]).toEqual(['a1', 'a2', 'a3']);
	});
});
