import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {chartedSeries} from '../../../source/dataset/selectors/index.js';
import {displayWidth} from '../../../source/text/width.js';
import {ChartsPane} from '../../../source/ui/panes/charts.js';
import {CompaniesPane} from '../../../source/ui/panes/companies.js';
import {HeaderPane} from '../../../source/ui/panes/header.js';
import {HelpPane} from '../../../source/ui/panes/help.js';
import {ReaderPane} from '../../../source/ui/panes/reader.js';
import {SourcePane} from '../../../source/ui/panes/source.js';
import {SummariesPane} from '../../../source/ui/panes/summaries.js';
import {TimelinePane} from '../../../source/ui/panes/timeline.js';
import {fixture, fixtureBriefing, fixtureRows, frameLines, widths} from '../tui-fixture.js';

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

describe.each(widths)('panes at %i columns', width => {
	it('companies: rows fit, long names cut, the count in the border', () => {
		const {lastFrame} = render(<CompaniesPane rows={fixtureRows} selectedId="hoshi" scroll={0} filter="" filtering={false} focused width={width} height={8} />);
		expectExactSize(lastFrame(), width, 8);
		expect(lastFrame()).toContain('Kumo Cloud');
		expect(lastFrame()).toMatch(/› *Hoshi Semicond/);
		expect(lastFrame()).toContain(`${fixtureRows.findIndex(row => row.id === 'hoshi') + 1}/3`);
	});

	it('header: names, latest share with direction and date, the conflict mark', () => {
		const {lastFrame} = render(<HeaderPane header={kumo.header} watched width={width} height={5} />);
		expectExactSize(lastFrame(), width, 5);
		expect(lastFrame()).toContain('クモ・クラウド');
		// The newer of the two articles that disagree about 2025-Q3, moved from 2025-Q2.
		expect(lastFrame()).toMatch(/Market share 22% ▲/);
		if (width >= 80) expect(lastFrame()).toContain('(was 20%) for 2025-Q3');
	});

	it('timeline: newest first, with the number of sources', () => {
		const briefing = fixtureBriefing('sora');
		const {lastFrame} = render(<TimelinePane events={briefing.timeline} selected={0} scroll={0} focused width={width} height={6} />);
		expectExactSize(lastFrame(), width, 6);
		expect(lastFrame()).toContain('×2');
	});

	it('charts: plots fitted to the pane, conflicts marked, the selected point sourced', () => {
		const {lastFrame} = render(<ChartsPane series={kumo.series} selected={2} focused width={width} height={16} />);
		expectExactSize(lastFrame(), width, 16);
		expect(lastFrame()).toContain('25%');
		expect(lastFrame()).toContain('!');
		expect(lastFrame()).toContain('tui-a2');
		expect(lastFrame()).toContain('conflict');
	});

	it('summaries: long Japanese titles cut to the width, never wrapped', () => {
		const {lastFrame} = render(<SummariesPane articles={kumo.articles} selected={1} focused width={width} height={10} />);
		expectExactSize(lastFrame(), width, 10);
		expect(lastFrame()).toContain('クモ・クラウド、国内シェア首位に');
		// The title is 52 characters wide: cut at 60 and 80 columns, whole at 120.
		if (width < 120) expect(lastFrame()).toMatch(/首位に.*…/);
		else expect(lastFrame()).toContain(fixture.articles[0]!.title);
	});

	it('source: the quote of the selected point, wrapped inside the pane', () => {
		const point = kumo.series[0]!.points[1]!;
		const {lastFrame} = render(<SourcePane provenance={{what: 'Market share 25%', sources: point.sources}} width={width} height={10} />);
		expectExactSize(lastFrame(), width, 10);
		expect(lastFrame()).toContain('tui-a1');
		expect(lastFrame()!.replaceAll(/[\s│]/g, '')).toContain(point.sources[0]!.quote.replaceAll(/\s/g, ''));
	});

	it('reader: marked sentences, scroll position in the border', () => {
		const text = {title: fixture.articles[0]!.title, sentences: Array.from({length: 30}, (_, index) => ({text: `クモ・クラウドの文${index}。とても長い日本語の文がここに続きます、とても長い日本語の文。`, about: index % 2 === 0, paragraphStart: index % 5 === 0}))};
		const {lastFrame} = render(<ReaderPane reader={{article: 'tui-a1', status: 'ready', text, scroll: 3}} companyName="Kumo Cloud" width={width} height={12} />);
		expectExactSize(lastFrame(), width, 12);
		expect(lastFrame()).toContain('▌');
		expect(lastFrame()).toMatch(/\d+\/\d+/);
	});

	it('help: lists the keymap', () => {
		const {lastFrame} = render(<HelpPane context="browse" width={width} height={30} />);
		expectExactSize(lastFrame(), width, 30);
		expect(lastFrame()).toContain('watchlist');
	});
});

it('header shows growth for a company without share, and no mark when sources agree', () => {
	const {lastFrame} = render(<HeaderPane header={hoshi.header} watched={false} width={80} height={5} />);
	expect(lastFrame()).toContain('Revenue growth 12%');
	// Hoshi's share is only a target for 2026: an outlook is never shown as the latest share.
	expect(lastFrame()).toContain('Share: no figure');
	expect(lastFrame()).not.toContain('15%');
	expect(lastFrame()).not.toContain('conflict');
});

it('charts draw actual figures only: an outlook is not a point', () => {
	const {lastFrame} = render(<ChartsPane series={chartedSeries(hoshi)} selected={0} focused width={80} height={16} />);
	expect(lastFrame()).toContain('Revenue growth');
	expect(lastFrame()).not.toContain('Market share');
	expect(lastFrame()).toContain('1/1');
});

it('timeline rows show the event title, made of its kind, parties and amount', () => {
	const {lastFrame} = render(<TimelinePane events={kumo.timeline} selected={0} scroll={0} focused width={80} height={4} />);
	expect(lastFrame()).toContain('2025-09-15 提供開始 Kumo Cloud GPUクラスタ');
});

it('shows a failed reader as one line, not a stack', () => {
	const {lastFrame} = render(<ReaderPane reader={{article: 'tui-a2', status: 'failed', message: 'tui-articles/missing.md: cannot read the article (ENOENT)', scroll: 0}} companyName="Sora" width={60} height={6} />);
	expect(lastFrame()).toContain('cannot read the article');
	expect(lastFrame()).not.toContain('    at ');
});
