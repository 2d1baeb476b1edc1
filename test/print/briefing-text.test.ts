import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {parseDataset} from '../../source/dataset/load.js';
import {selectCompanyBriefing, type CompanyBriefing} from '../../source/dataset/selectors/company-briefing.js';
import {briefingTextPieces, companyBriefingLines, formatBriefingText} from '../../source/print/briefing-text.js';
import {plainBriefing} from '../../source/print/plain-briefing.js';
import {displayWidth} from '../../source/text/width.js';
import {loadFixtureDataset} from '../fixtures/dataset.js';

const dataset = loadFixtureDataset();
const bundled = parseDataset(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'briefing.json'), 'utf8')), 'briefing.json');

function briefings(source = dataset, watchlist: string[] = []): CompanyBriefing[] {
	return source.companies.map(company => selectCompanyBriefing(source, company.id, watchlist)!);
}

const escape = '\u001B';

describe('formatBriefingText', () => {
	const text = formatBriefingText([selectCompanyBriefing(dataset, 'sora-cloud', ['sora-cloud'])!], {width: 100, colour: false});
	const lines = text.split('\n');

	test('opens with name, ticker, watch mark and the conflict flag', () => {
		expect(lines[0]).toBe('Sora Cloud (SORA) ★ ソラクラウド ! conflicting figures');
	});

	test('opens with the key figures: share and growth with the move from the period before, revenue, largest deal; outlooks labelled', () => {
		const keyFigures = lines.slice(lines.indexOf('  Key figures') + 1, lines.indexOf('  Figures'));
		expect(keyFigures).toEqual([
			'    Share (テックリサーチ)  33% ▼ (was ~36%) · 2025-Q2 · 1 source ! sources disagree',
			'    Growth                  40% · FY2025-Q3 · 1 source',
			'    Growth (Sora AI)        35% · FY2026-Q1 · 1 source',
			'    Revenue                 ¥125B · FY2026-Q1 · 1 source',
			'    Largest deal            $5B (~¥750B) with Umi Systems · 2025..2030 · 2 sources',
			'    outlook: Op. income     ~¥90B · FY2026 · 1 source',
			'    outlook: Capex          ¥100B-¥120B · FY2026 · 1 source',
		]);
	});

	test('lists the figures as a table: kind, what of, value as written, period, outlooks marked, sources, conflicts', () => {
		const figures = lines.slice(lines.indexOf('  Figures') + 1, lines.indexOf('  Series'));
		expect(figures).toEqual([
			'    Kind       Of               Value        Period       Basis   Src',
			'    Share      テックリサーチ   33%          2025-Q2               ×1 !',
			'    Share      クラウドウォッチ 29%          2025-Q2               ×1 !',
			'    Share      テックリサーチ   ~36%         2025-Q1               ×1',
			'    Share      テックリサーチ   31%          2024-Q4               ×1',
			'    Share      テックリサーチ   25%          2023-Q4               ×1',
			'    Revenue                     ¥125B        FY2026-Q1             ×1',
			'    Revenue    ゲーム           ¥12B         FY2026-Q1             ×1',
			'    Growth     Sora AI          35%          FY2026-Q1             ×1',
			'    Growth                      40%          FY2025-Q3             ×1',
			'    Op. income                  ¥21B         FY2026-Q1             ×1',
			'    Op. income                  ~¥90B        FY2026       outlook  ×1',
			'    Capex                       ¥100B-¥120B  FY2026       outlook  ×1',
			'    Investment with Umi Systems $5B (~¥750B) 2025..2030            ×2',
			'    Stock move                  -3.2%        2025-09-12            ×1',
			'    Other      研究開発費       ¥8B          FY2026-Q1             ×1',
		]);
	});

	test('a figure the company received names who it is from; one without a period, the date of its article in brackets, said under the table', () => {
		const umi = formatBriefingText([selectCompanyBriefing(dataset, 'umi')!], {width: 120, colour: false});
		expect(umi).toMatch(/\n {4}Investment by Sora Cloud +\$5B \(~¥750B\) +2025\.\.2030 +×2\n/);
		const kumo = formatBriefingText([selectCompanyBriefing(dataset, 'kumo')!], {width: 120, colour: false});
		expect(kumo).toMatch(/\n {4}Investment +¥300B \(~\$2B\) +\(2025-06-01\) +×1\n {4}\(date\): no period given, the date of the article\n/);
	});

	test('too narrow for a table, each figure is a line of words', () => {
		const narrow = formatBriefingText([selectCompanyBriefing(dataset, 'sora-cloud')!], {width: 40, colour: false});
		expect(narrow).toContain('    Market share — 33% ▼ (was ~36%) ·\n');
	});

	test('--quotes puts each source under its figure and event: the article by title and date, then the quote', () => {
		const quoted = formatBriefingText([selectCompanyBriefing(dataset, 'umi')!], {width: 120, colour: false, quotes: true});
		expect(quoted).toContain('      クモ半導体が新工場に3,000億円を投資、ソラクラウドはウミと長期契約 (2025-06-01)\n        「');
		expect(formatBriefingText([selectCompanyBriefing(dataset, 'umi')!], {width: 120, colour: false})).not.toContain('「');
	});

	test('draws a sparkline for each charted series of two periods or more: a value a period, actuals only', () => {
		const series = lines.slice(lines.indexOf('  Series') + 1, lines.indexOf('  Conflicts'));
		// The series of one period (クラウドウォッチ's share, the growths) are numbers: in the key figures and the table.
		expect(series).toEqual(['    Market share (テックリサーチ)  ▁▅█▆ 25% (2023-Q4) to 33% (2025-Q2), 4 periods ! 1 disputed']);
	});

	test("draws no trend through several values of one article: Amazon's AWS shares of 2025-09-07 are figures, not a series", () => {
		const amazon = formatBriefingText([selectCompanyBriefing(bundled, 'amazon')!], {width: 80, colour: false});
		expect(amazon).not.toContain('  Series');
		expect(amazon).toMatch(/Share +AWS +~33%/);
	});

	test('says which sources conflict, citing the articles by title and date', () => {
		expect(text).toContain('    ! 2025-Q2 market share: 33% (テックリサーチ) vs 29% (クラウドウォッチ) (ソラクラウドの決算速報\n      (2025-09-15))');
	});

	test('timeline rows are the date, the kind badge, the title and the number of sources, newest first; the articles cited by title and date', () => {
		const timeline = lines.slice(lines.indexOf('  Timeline') + 1, lines.indexOf('  Articles'));
		expect(timeline).toEqual([
			'    2025-09-11 決算 Sora Cloud 4〜6月期',
			'      from ソラクラウドの決算速報 (2025-09-15)',
			'    2025-06 契約 Sora Cloud × Umi Systems 50億ドル ×2',
			'      from クモ半導体が新工場に3,000億円を投資、ソラクラウドはウミと長期契約 (2025-06-01); ソラク',
			'        ラウドの決算速報 (2025-09-15)',
			'    2025-03-10 提供開始 Sora Cloud 生成AI向けGPUクラウド',
			'      from ソラクラウド、国内シェア首位に 年間成長率は40% (2025-03-10)',
		]);
	});

	test('summaries come with their article date and title, and why the article is about the company', () => {
		expect(text).toContain('    2025-09-15 (inferred) ソラクラウドの決算速報\n      (named in the title, named most, in 1 of 2 summary sentences)\n');
		expect(text).toContain('      - 株価は決算発表翌日に3.2%安となった。');
	});

	test('nothing from the articles can reach the terminal as an escape sequence', () => {
		expect(text).not.toContain(escape);
		expect(text).not.toContain('\u0007');
		expect(text).not.toContain('pwned');
	});

	test('a company with nothing reported says so', () => {
		const empty = {...dataset, figures: [], events: [], articles: dataset.articles.map(article => ({...article, companies: []}))};
		expect(formatBriefingText([selectCompanyBriefing(empty, 'umi')!], {width: 80, colour: false})).toBe('Umi Systems (UMI) ウミシステムズ\n  nothing reported yet\n');
	});

	test('separates companies by one blank line and ends with a newline', () => {
		const several = formatBriefingText(briefings(), {width: 80, colour: false});
		expect(several.endsWith('\n')).toBe(true);
		expect(several.split('\n\n')).toHaveLength(3);
	});
});

describe('formatBriefingText in Japanese', () => {
	const text = formatBriefingText([selectCompanyBriefing(dataset, 'sora-cloud', ['sora-cloud'])!], {width: 100, colour: false, language: 'ja'});
	const lines = text.split('\n');

	test('sections, kinds, numbers and periods as a Japanese reader writes them', () => {
		expect(lines[0]).toBe('Sora Cloud (SORA) ★ ソラクラウド ! 数値に食い違いあり');
		const keyFigures = lines.slice(lines.indexOf('  主要指標') + 1, lines.indexOf('  数値'));
		expect(keyFigures).toEqual([
			'    シェア (テックリサーチ)  33% ▼ (前期 約36%) · 2025年4〜6月期 · 出典1件 ! 出典間で食い違い',
			'    増収率                   40% · 2025年3月期第3四半期 · 出典1件',
			'    増収率 (Sora AI)         35% · 2026年3月期第1四半期 · 出典1件',
			'    売上高                   1,250億円 · 2026年3月期第1四半期 · 出典1件',
			'    最大の案件               50億ドル (約7,500億円) Umi Systemsと · 2025年〜2030年 · 出典2件',
			'    見通し: 営業利益         約900億円 · 2026年3月期 · 出典1件',
			'    見通し: 設備投資         1,000億〜1,200億円 · 2026年3月期 · 出典1件',
		]);
	});

	test('the figures table has Japanese headings, kinds and whole Japanese periods', () => {
		const figures = lines.slice(lines.indexOf('  数値') + 1, lines.indexOf('  推移'));
		expect(figures[0]).toMatch(/^ {4}種類 +対象 +値 +期間 +区分 +出典$/);
		expect(figures).toContain('    売上高                    1,250億円              2026年3月期第1四半期           ×1');
		expect(figures.some(line => line.includes('…'))).toBe(false);
	});

	test('dates in the timeline and articles, and why an article is listed, in Japanese; no English word for a person', () => {
		expect(text).toContain('    2025年9月11日 決算 Sora Cloud 4〜6月期\n      出典: ソラクラウドの決算速報 (2025年9月15日)\n');
		expect(text).toContain('    2025年9月15日 (推定) ソラクラウドの決算速報\n      (タイトルに社名、最も多く言及、要約2文中1文で言及)\n');
		// What is left in Latin letters is names and tickers from the data (Sora Cloud, SORA, AI, GPU, Umi Systems).
		const words = text.match(/[A-Za-z]{2,}/g) ?? [];
		expect(new Set(words)).toEqual(new Set(['Sora', 'Cloud', 'SORA', 'AI', 'GPU', 'Umi', 'Systems']));
	});
});

describe('width', () => {
	test.each([20, 24, 33, 40, 57, 80, 120])('every line fits in %i columns, Japanese included, in either language', width => {
		for (const source of [dataset, bundled]) {
			for (const language of ['en', 'ja'] as const) {
				const text = formatBriefingText(briefings(source), {width, colour: false, language});
				const tooWide = text.split('\n').filter(line => displayWidth(line) > width);
				expect(tooWide).toEqual([]);
			}
		}
	});

	test('wrapping loses no text (the figures table cuts its cells: it is the one section that is not wrapped)', () => {
		const withoutFigures = (text: string) =>
			text
				.split('\n')
				.filter((line, index, all) => {
					const section = all.slice(0, index + 1).findLast(one => /^ {0,2}\S/.test(one));
					return section !== '  Figures' && line !== '  Figures';
				})
				.join('');
		const wide = formatBriefingText(briefings(bundled), {width: 1000, colour: false});
		const narrow = formatBriefingText(briefings(bundled), {width: 30, colour: false});
		const words = (text: string) => withoutFigures(text).replaceAll(/\s+/g, '');
		expect(words(narrow)).toBe(words(wide));
	});
});

describe('colour', () => {
	test('is ANSI styling around the same text, and never the only sign of direction', () => {
		const plain = formatBriefingText(briefings(), {width: 80, colour: false});
		const coloured = formatBriefingText(briefings(), {width: 80, colour: true});
		expect(coloured).toContain(`${escape}[31m▼${escape}[39m`);

		expect(coloured.replaceAll(/\u001B\[\d+m/g, '')).toBe(plain);
	});

	test('red-up colours ▲ red and ▼ green (Japanese quote boards); the arrows are the same', () => {
		const redUp = formatBriefingText(briefings(), {width: 80, colour: true, upDown: 'red-up'});
		expect(redUp).toContain(`${escape}[32m▼${escape}[39m`);
		expect(redUp).not.toContain(`${escape}[31m▼${escape}[39m`);
		expect(redUp.replaceAll(/\u001B\[\d+m/g, '')).toBe(formatBriefingText(briefings(), {width: 80, colour: false}));
	});
});

describe('briefingTextPieces', () => {
	test('its pieces are whole lines and make exactly the text of each company, a blank line between', () => {
		const all = briefings(bundled, ['amazon']);
		for (const width of [0, 1, 20, 40, 80, 120]) {
			for (const colour of [false, true]) {
				const pieces = [
					...briefingTextPieces(
						all.map(briefing => plainBriefing(briefing)),
						{width, colour},
					),
				];
				const expected = all.map(briefing => companyBriefingLines(briefing, {width, colour}).join('\n')).join('\n\n') + '\n';
				expect(pieces.join('')).toBe(expected);
				expect(formatBriefingText(all, {width, colour})).toBe(expected);
				for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
			}
		}

		expect(formatBriefingText([], {width: 80, colour: false})).toBe('');
	});

	test('reads a company only when the text of the one before is out', () => {
		const all = briefings(bundled, []);
		const read: string[] = [];
		const lazily = (function* () {
			for (const briefing of all) {
				read.push(briefing.header.id);
				yield plainBriefing(briefing);
			}
		})();
		const pieces = briefingTextPieces(lazily, {width: 80, colour: false});
		pieces.next();
		expect(read).toEqual([all[0]!.header.id]);
	});
});
