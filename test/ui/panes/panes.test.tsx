import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {peerGroups, selectCompanyBriefing, selectPeerCharts, sortFigures} from '../../../source/dataset/selectors/index.js';
import {displayWidth} from '../../../source/text/width.js';
import {ChartsPane, type ChartItem} from '../../../source/ui/panes/charts.js';
import {CompaniesPane} from '../../../source/ui/panes/companies.js';
import {FiguresPane} from '../../../source/ui/panes/figures.js';
import {HeaderPane} from '../../../source/ui/panes/header.js';
import {HelpPane} from '../../../source/ui/panes/help.js';
import {ReaderPane} from '../../../source/ui/panes/reader.js';
import {SourcePane} from '../../../source/ui/panes/source.js';
import {SummariesPane} from '../../../source/ui/panes/summaries.js';
import {TimelinePane} from '../../../source/ui/panes/timeline.js';
import {peerDataset} from '../../fixtures/peer-dataset.js';
import {bundled, bundledBriefing, fixture, fixtureBriefing, fixtureRows, frameLines, widths} from '../tui-fixture.js';

afterEach(() => {
	cleanup();
});

function expectExactSize(frame: string | undefined, width: number, height: number): void {
	const lines = frameLines(frame);
	expect(lines).toHaveLength(height);
	for (const line of lines) expect(displayWidth(line)).toBe(width);
}

const kumo = fixtureBriefing('kumo');
const hoshi = fixtureBriefing('hoshi');
const amazon = bundledBriefing('amazon');
const openai = bundledBriefing('openai');
const nothing = new Set<string>();
const seriesItems = (briefing: typeof kumo): ChartItem[] => briefing.periodSeries.map(series => ({type: 'series', series}));
const reading = {article: 'tui-a1', quote: '', passages: [{article: 'tui-a1', quote: ''}], index: 0};

describe.each(widths)('panes at %i columns', width => {
	it('companies: rows fit, long names cut, new items counted, the position in the border', () => {
		const {lastFrame} = render(<CompaniesPane rows={fixtureRows} selectedId="hoshi" scroll={0} filter="" filtering={false} focused fresh={new Map([['kumo', 3]])} width={width} height={8} />);
		expectExactSize(lastFrame(), width, 8);
		expect(lastFrame()).toContain('Kumo Cloud');
		expect(lastFrame()).toContain('● 3');
		expect(lastFrame()).toMatch(/› *Hoshi Semicond/);
		expect(lastFrame()).toContain(`${fixtureRows.findIndex(row => row.id === 'hoshi') + 1}/3`);
	});

	it('header: key figures with period and sources, outlooks apart and labelled', () => {
		const {lastFrame} = render(<HeaderPane header={amazon.header} keyFigures={amazon.keyFigures} watched newCount={2} width={width} height={8} />);
		expectExactSize(lastFrame(), width, 8);
		expect(lastFrame()).toContain('アマゾン');
		expect(lastFrame()).toMatch(/Share \(AWS\) +~33% or ~29% ! · as of 2025-09-07/);
		expect(lastFrame()).toMatch(/Largest deal +\$38B/);
		expect(lastFrame()).toMatch(/outlook: Capex \(AI関連\) +>\$100B/);
		if (width >= 100) expect(lastFrame()).toContain('● 2 new');
	});

	it('header: OpenAI, with no share or growth, shows its AWS contract', () => {
		const {lastFrame} = render(<HeaderPane header={openai.header} keyFigures={openai.keyFigures} watched={false} newCount={0} width={width} height={6} />);
		expectExactSize(lastFrame(), width, 6);
		expect(lastFrame()).toMatch(/Largest deal +\$38B \(~¥5.86T\) with Amazon/);
		expect(lastFrame()).not.toContain('no figure');
		// The date it is as of is whole at every width: shorter wordings before a cut.
		expect(lastFrame()).toMatch(/with Amazon · (as of 2025-11-03|\(2025-11-03\))/);
	});

	it('timeline: date to the day, kind badge, title, number of sources, new ones marked', () => {
		const briefing = fixtureBriefing('sora');
		const {lastFrame} = render(<TimelinePane events={briefing.timeline} fresh={new Set([briefing.timeline[0]!.eventId])} selected={0} scroll={0} focused width={width} height={6} />);
		expectExactSize(lastFrame(), width, 6);
		expect(lastFrame()).toContain('×2');
		expect(lastFrame()).toMatch(/●2025-11 +提携 Sora Systems/);
		const days = render(<TimelinePane events={kumo.timeline} fresh={nothing} selected={0} scroll={0} focused width={width} height={4} />);
		expect(days.lastFrame()).toContain('2025-09-15 提供開始 Kumo Cloud GPUクラスタ');
	});

	it('figures: every figure as a table, outlooks marked, sources counted, conflicts marked', () => {
		const {lastFrame} = render(<FiguresPane figures={sortFigures(amazon.figures, 'kind')} companyId="amazon" order="kind" fresh={nothing} selected={0} scroll={0} focused width={width} height={12} />);
		expectExactSize(lastFrame(), width, 12);
		expect(lastFrame()).toMatch(/Kind +Of +Value +Period/);
		expect(lastFrame()).toMatch(/Share +AWS +~33% .*×1 !/);
		expect(lastFrame()).toMatch(/Capex .*>\$100B +2025 +outlook/);
		expect(lastFrame()).toContain('$38B');
		expect(lastFrame()).toContain('by kind · 1/8');
	});

	it('charts: a series of several periods on a time axis, one of a single period as a number', () => {
		const {lastFrame} = render(<ChartsPane items={seriesItems(kumo)} title="Charts" selected={0} focused width={width} height={16} />);
		expectExactSize(lastFrame(), width, 16);
		// 2025-Q2 and 2025-Q3, each labelled; the two sources of 2025-Q3 disagree: a range and a mark.
		expect(lastFrame()).toMatch(/2025-Q2.*2025-Q3/);
		expect(lastFrame()).toContain('┃');
		expect(lastFrame()).toMatch(/└.*!/);
		expect(lastFrame()).toContain('2 periods, 2025-Q2 to 2025-Q3 ! 1 disputed');
	});

	it('charts: never squashed; without the rows a chart needs, numbers', () => {
		const {lastFrame} = render(<ChartsPane items={seriesItems(kumo)} title="Charts" selected={0} focused width={width} height={8} />);
		expectExactSize(lastFrame(), width, 8);
		expect(lastFrame()).not.toContain('└');
		expect(lastFrame()).toMatch(/Market share +22% or 25% ▲ ! · 2025-Q3/);
	});

	it('charts: the peer view puts AWS, Azure and Google Cloud on one chart with a legend', () => {
		const items: ChartItem[] = selectPeerCharts(peerGroups[0]!, peerBriefings).map(chart => ({type: 'peers', chart}));
		const {lastFrame} = render(<ChartsPane items={items} title="Charts · Cloud peers" selected={0} focused width={width} height={18} />);
		expectExactSize(lastFrame(), width, 18);
		expect(lastFrame()).toMatch(/● AWS 29% \(2025-Q3\) +◆ Azure 22% \(2025-Q3\)/);
		expect(lastFrame()).toContain('Market share · Cloud peers');
		// AWS's two quarters drawn; Azure and Google Cloud, one quarter each, a point each.
		expect(lastFrame()).toMatch(/2025-Q2.*2025-Q3/);
		expect(lastFrame()!.match(/◆/g)!.length).toBeGreaterThanOrEqual(2);
	});

	it('summaries: long Japanese titles cut to the width, why each article is there', () => {
		const {lastFrame} = render(<SummariesPane articles={kumo.articles} fresh={nothing} selected={0} focused width={width} height={10} />);
		expectExactSize(lastFrame(), width, 10);
		expect(lastFrame()).toContain('クモ・クラウド、国内シェア首位に');
		expect(lastFrame()).toContain('why: named in the title');
		// The title is 52 characters wide: cut at 80 and 100 columns, whole from 120.
		if (width < 120) expect(lastFrame()).toMatch(/首位に.*…/);
		else expect(lastFrame()).toContain(fixture.articles[0]!.title);
	});

	it('source: the quote of the selected point, wrapped inside the pane, scrolled', () => {
		const point = kumo.series[0]!.points[1]!;
		const provenance = {what: 'Market share 25%', sources: [...point.sources, ...point.sources, ...point.sources]};
		const {lastFrame} = render(<SourcePane provenance={provenance} scroll={0} width={width} height={10} />);
		expectExactSize(lastFrame(), width, 10);
		// Cited by date and title, not by the article's id.
		expect(lastFrame()).toMatch(/1\. 2025-10-01 *│/);
		expect(lastFrame()).toContain('クモ・クラウド、国内シェア首位に');
		expect(lastFrame()).not.toContain('tui-a1');
		expect(lastFrame()!.replaceAll(/[\s│]/g, '')).toContain(point.sources[0]!.quote.replaceAll(/\s/g, ''));
		const scrolled = render(<SourcePane provenance={provenance} scroll={100} width={width} height={10} />);
		expectExactSize(scrolled.lastFrame(), width, 10);
		expect(scrolled.lastFrame()).toContain('3. ');
	});

	it('reader: marked sentences, the quote marked, the source and scroll position in the border', () => {
		const text = {
			title: fixture.articles[0]!.title,
			sentences: Array.from({length: 30}, (_, index) => ({text: `クモ・クラウドの文${index}。とても長い日本語の文がここに続きます、とても長い日本語の文。`, about: index % 2 === 0, paragraphStart: index % 5 === 0})),
		};
		const quote = text.sentences[4]!.text;
		const reader = {
			...reading,
			quote,
			passages: [
				{article: 'tui-a1', quote},
				{article: 'tui-a2', quote: 'x'},
			],
			status: 'ready',
			text,
			scroll: 3,
		} as const;
		const {lastFrame} = render(<ReaderPane reader={reader} companyName="Kumo Cloud" width={width} height={12} />);
		expectExactSize(lastFrame(), width, 12);
		expect(lastFrame()).toContain('▌');
		expect(lastFrame()).toMatch(/> クモ・クラウドの文4。/);
		expect(lastFrame()).toContain('source 1/2 · n next');
	});

	it('help: the keymap, scrolled to its end it shows the last key', () => {
		const {lastFrame} = render(<HelpPane context="browse" scroll={0} width={width} height={30} />);
		expectExactSize(lastFrame(), width, 30);
		expect(lastFrame()).toContain('watchlist');
		// Its position and how to close it fit in the top edge, uncut.
		expect(frameLines(lastFrame())[0]).toMatch(/ \d+\/\d+ · Esc closes ╮$/);
		const end = render(<HelpPane context="browse" scroll={1000} width={width} height={12} />);
		expect(end.lastFrame()).toContain('Ctrl-C');
	});
});

const peerBriefings = ['amazon', 'microsoft', 'google'].map(id => selectCompanyBriefing(peerDataset, id)!);

it('header shows growth for a company without share; an outlook is never its latest share', () => {
	const {lastFrame} = render(<HeaderPane header={hoshi.header} keyFigures={hoshi.keyFigures} watched={false} newCount={0} width={80} height={6} />);
	expect(lastFrame()).toMatch(/Growth +12%/);
	// Hoshi's share is only a target for 2026: labelled as an outlook, apart.
	expect(lastFrame()).toMatch(/outlook: Share +15%/);
	expect(lastFrame()).not.toContain('conflict');
});

it('header: its key figures take two columns from 120 columns inside, when one column does not hold them', () => {
	const microsoft = bundledBriefing('microsoft');
	const props = {header: microsoft.header, keyFigures: microsoft.keyFigures, watched: false, newCount: 0, height: 5} as const;
	const wide = render(<HeaderPane {...props} width={122} />);
	expectExactSize(wide.lastFrame(), 122, 5);
	// Share and the largest deal side by side; nothing left for Figures.
	expect(wide.lastFrame()).toMatch(/Share \(Azure\).* {2}Largest deal/);
	expect(wide.lastFrame()).not.toContain('in Figures');
	cleanup();
	const narrow = render(<HeaderPane {...props} width={121} />);
	expect(narrow.lastFrame()).not.toMatch(/Share \(Azure\).*Largest deal/);
	expect(narrow.lastFrame()).toMatch(/\+\d in Figures/);
});

it('charts draw actual figures only: an outlook is not a point', () => {
	const {lastFrame} = render(<ChartsPane items={seriesItems(hoshi)} title="Charts" selected={0} focused width={80} height={16} />);
	expect(lastFrame()).toContain('Revenue growth');
	expect(lastFrame()).not.toContain('Market share');
	expect(lastFrame()).toContain('1/1');
});

it('names an article being read by what the pane is, not by its id, until its title comes', () => {
	const {lastFrame} = render(<ReaderPane reader={{...reading, status: 'loading', scroll: 0}} companyName="Kumo Cloud" width={80} height={6} />);
	expect(lastFrame()).toMatch(/╭─ Article ─/);
	expect(lastFrame()).toContain('reading the article…');
	expect(lastFrame()).not.toContain('tui-a1');
});

it("shows a failed reader as one line, not a stack, in the reader's language", () => {
	const message = {ja: 'tui-articles/missing.md: 記事を読めません (ファイルがありません)', en: 'tui-articles/missing.md: cannot read the article (no such file)'};
	const failed = {...reading, article: 'tui-a2', status: 'failed', message, scroll: 0} as const;
	const {lastFrame} = render(<ReaderPane reader={failed} companyName="Sora" width={60} height={6} />);
	expect(lastFrame()).toContain('cannot read the article');
	expect(lastFrame()).not.toContain('    at ');
	cleanup();
	const japanese = render(<ReaderPane reader={failed} companyName="Sora" width={60} height={6} language="ja" />);
	expect(japanese.lastFrame()).toContain('記事を読めません');
	expect(japanese.lastFrame()).not.toContain('cannot read');
});

it('the bundled dataset and the fixture agree on what a briefing is', () => {
	expect(selectCompanyBriefing(bundled, 'amazon')?.header.name).toBe('Amazon');
});
