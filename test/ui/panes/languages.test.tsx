import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {peerGroups, selectCompanyBriefing, selectPeerCharts, sortFigures} from '../../../source/dataset/selectors/index.js';
import {wholeStore} from '../../../source/dataset/store.js';
import type {Language} from '../../../source/text/language.js';
import {displayWidth} from '../../../source/text/width.js';
import {App} from '../../../source/ui/app.js';
import {hintsFor} from '../../../source/ui/keymap.js';
import {ChartsPane, type ChartItem} from '../../../source/ui/panes/charts.js';
import {CompaniesPane} from '../../../source/ui/panes/companies.js';
import {FiguresPane} from '../../../source/ui/panes/figures.js';
import {HeaderPane} from '../../../source/ui/panes/header.js';
import {HelpPane} from '../../../source/ui/panes/help.js';
import {ReaderPane} from '../../../source/ui/panes/reader.js';
import {SourcePane} from '../../../source/ui/panes/source.js';
import {StatusBar} from '../../../source/ui/panes/status.js';
import {SummariesPane} from '../../../source/ui/panes/summaries.js';
import {TimelinePane} from '../../../source/ui/panes/timeline.js';
import {TooSmall} from '../../../source/ui/panes/too-small.js';
import {peerDataset} from '../../fixtures/peer-dataset.js';
import {bundledBriefing, fixture, fixtureBriefing, fixtureFile, fixtureRows, frameLines} from '../tui-fixture.js';

afterEach(() => {
	cleanup();
});

const amazon = bundledBriefing('amazon');
const kumo = fixtureBriefing('kumo');
const nothing = new Set<string>();
const peerBriefings = ['amazon', 'microsoft', 'google'].map(id => selectCompanyBriefing(peerDataset, id)!);
const peerItems: ChartItem[] = selectPeerCharts(peerGroups[0]!, peerBriefings).map(chart => ({type: 'peers', chart}));
const seriesItems: ChartItem[] = kumo.periodSeries.map(series => ({type: 'series', series}));
const reading = {
	article: 'tui-a1',
	quote: 'x',
	passages: [
		{article: 'tui-a1', quote: 'x'},
		{article: 'tui-a2', quote: ''},
	],
	index: 0,
};
const readerText = {title: fixture.articles[0]!.title, sentences: [{text: 'クモ・クラウドの文。', about: true, paragraphStart: true}]};

/** Every view of the TUI, each with the words of its language that it must show. */
function views(language: Language, width: number) {
	const common = {width, language};
	const japanese = language === 'ja';
	return [
		{
			name: 'companies',
			node: <CompaniesPane rows={fixtureRows} selectedId="kumo" scroll={0} filter="" filtering={false} focused fresh={new Map()} height={8} {...common} />,
			height: 8,
			shows: japanese ? ['企業', '/ で絞り込み'] : ['Companies', '/ to filter'],
		},
		{
			name: 'header',
			node: <HeaderPane header={amazon.header} keyFigures={amazon.keyFigures} watched newCount={2} height={8} {...common} />,
			height: 8,
			shows: japanese ? ['ブリーフィング', 'シェア (AWS)', '約33%', '2025年9月7日時点'] : ['Briefing', 'Share (AWS)', '~33%', 'as of 2025-09-07'],
		},
		{
			name: 'timeline',
			node: <TimelinePane events={kumo.timeline} fresh={nothing} selected={0} scroll={0} focused height={6} {...common} />,
			height: 6,
			shows: japanese ? ['時系列', '2025年9月15日 提供開始'] : ['Timeline', '2025-09-15 提供開始'],
		},
		{
			name: 'figures',
			node: <FiguresPane figures={sortFigures(amazon.figures, 'kind')} companyId="amazon" order="kind" fresh={nothing} selected={0} scroll={0} focused height={12} {...common} />,
			height: 12,
			shows: japanese ? ['数値', '種類', '380億ドル', '1,000億ドル超', '見通し', '種類順'] : ['Figures', 'Kind', '$38B', '>$100B', 'outlook', 'by kind'],
		},
		{name: 'charts', node: <ChartsPane items={seriesItems} title={japanese ? 'チャート' : 'Charts'} selected={0} focused height={16} {...common} />, height: 16, shows: japanese ? ['シェア', '2期'] : ['Market share', '2 periods']},
		{name: 'peer charts', node: <ChartsPane items={peerItems} title="" selected={0} focused height={18} {...common} />, height: 18, shows: japanese ? ['Cloudの競合', 'シェア'] : ['Cloud peers', 'Market share']},
		{
			name: 'summaries',
			node: <SummariesPane articles={kumo.articles} fresh={nothing} selected={0} focused height={10} {...common} />,
			height: 10,
			shows: japanese ? ['要約', '理由: タイトルに社名'] : ['Summaries', 'why: named in the title'],
		},
		{name: 'source', node: <SourcePane provenance={{what: 'x', sources: kumo.series[0]!.points[0]!.sources}} scroll={0} height={10} {...common} />, height: 10, shows: japanese ? ['出典', '2025年10月1日'] : ['Source', '2025-10-01']},
		{
			name: 'reader',
			node: <ReaderPane reader={{...reading, status: 'ready', text: readerText, scroll: 0}} companyName="Kumo Cloud" height={8} {...common} />,
			height: 8,
			shows: japanese ? ['出典 1/2', 'Kumo Cloudについて'] : ['source 1/2', 'about Kumo Cloud'],
		},
		{
			name: 'help',
			node: <HelpPane context="browse" scroll={0} height={30} {...common} />,
			height: 30,
			shows: japanese ? ['キー', '閲覧', '企業をウォッチリストに追加・削除', '表示言語の切り替え'] : ['Keys', 'Browsing', 'add or remove the company', 'switch the language'],
		},
		{name: 'status', node: <StatusBar message={undefined} hints={hintsFor('browse', width, language)} width={width} />, height: 1, shows: japanese ? ['? ヘルプ', 'q 終了'] : ['? help', 'q quit']},
		{name: 'too small', node: <TooSmall columns={width} rows={5} language={language} />, height: 4, shows: japanese ? ['端末が小さすぎます'] : ['terminal too small']},
	];
}

// English words a Japanese view may still show: names and tickers from the data, keys, units.
const englishInData =
	/^(?:AWS|Azure|Google|Cloud|OpenAI|Amazon|Kumo|Esc|Enter|Tab|PgDn|PgUp|Space|Home|End|Ctrl|brief|digest|update|English|Microsoft|Hoshi|Sora|Systems|Semiconductor|Semi|GPU|AI|AMZN|KUMO|HOSHI|SORA|NVIDIA|Trainium|Bedrock|ISMAP|Oracle|Google Cloud|OCI|MSFT|GOOGL|Gemini|Anthropic|Inc|Corp|Web|Services|Copilot|Claude)$/;

describe.each([80, 120])('every view at %i columns', width => {
	describe.each(['ja', 'en'] as const)('in %s', language => {
		it.each(views(language, width).map(view => [view.name, view] as const))('%s: no line over the width, the words of its language', (_name, view) => {
			const {lastFrame} = render(view.node);
			const lines = frameLines(lastFrame());
			for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
			for (const words of view.shows)
				expect(
					lastFrame()!
						.replaceAll(/[│╭╮╰╯─]/g, ' ')
						.replaceAll(/\s+/g, ' '),
				).toContain(words);
			if (language === 'ja') {
				const english = (lastFrame()!.match(/[A-Za-z]{3,}/g) ?? []).filter(word => !englishInData.test(word));
				// Only what the data names (companies, segments, titles) is left in English.
				const dataText = JSON.stringify([amazon, kumo, peerBriefings.map(briefing => briefing.header), fixtureRows]);
				expect(english.filter(word => !dataText.includes(word))).toEqual([]);
			}
		});
	});
});

describe('the L key', () => {
	it('switches the whole screen between English and Japanese without restarting', async () => {
		const effects = {saveWatch: async () => ({saved: true}), loadArticle: async () => readerText};
		const {lastFrame, stdin} = render(<App store={wholeStore(fixture, fixtureFile)} effects={effects} watchlist={[]} columns={100} rows={30} />);
		expect(lastFrame()).toContain('Companies');
		stdin.write('L');
		await vi.waitFor(() => expect(lastFrame()).toContain('表示言語: 日本語'));
		expect(lastFrame()).toContain('企業');
		expect(lastFrame()).toContain('時系列');
		expect(lastFrame()).not.toContain('Companies');
		stdin.write('L');
		await vi.waitFor(() => expect(lastFrame()).toContain('Companies'));
		expect(lastFrame()).not.toContain('企業');
	});

	it('starts in the language it is given', () => {
		const effects = {saveWatch: async () => ({saved: true}), loadArticle: async () => readerText};
		const {lastFrame} = render(<App store={wholeStore(fixture, fixtureFile)} effects={effects} watchlist={[]} columns={80} rows={24} language="ja" />);
		expect(lastFrame()).toContain('企業');
		for (const line of frameLines(lastFrame())) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});
});
