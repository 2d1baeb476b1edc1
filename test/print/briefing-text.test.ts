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

	test('gives the latest share with what it was, its direction, date and source', () => {
		expect(lines).toContain('  Cloud share               33% (was ~36%) ▼ for 2025-Q2 · 2025-09-15 · a3 ! sources disagree');
	});

	test('lists other figures with their source', () => {
		expect(text).toMatch(/Stock move +-3\.2% ▼ · 2025-09-15 · a3/);
	});

	test('draws one sparkline per series', () => {
		expect(text).toContain('    Cloud share  ▁▅█▆ 25% to 33%, 4 points ! conflicting points');
		expect(text).toMatch(/Revenue growth \(Sora AI\)  \S 35%, 1 point/);
	});

	test('says which sources conflict', () => {
		expect(text).toContain('    ! Cloud share for 2025-Q2: 約36% vs 33% (a2, a3)');
	});

	test('the timeline is newest first, with the number of sources and which', () => {
		const timeline = lines.filter(line => / — /.test(line));
		expect(timeline.map(line => line.trim().split(' ')[0])).toEqual(['2025-Q3', '2025-06', '2025-03-10']);
		expect(text).toContain('(2 sources: a2, a3)');
	});

	test('summaries come with their article date and title', () => {
		expect(text).toContain('    2025-09-15 (inferred) ソラクラウドの決算速報');
		expect(text).toContain('      - 株価は決算発表後に3.2%安となった。');
	});

	test('nothing from the articles can reach the terminal as an escape sequence', () => {
		expect(text).not.toContain(escape);
		expect(text).not.toContain('\u0007');
		expect(text).not.toContain('pwned');
	});

	test('a company with nothing reported says so', () => {
		expect(formatBriefingText([selectCompanyBriefing(dataset, 'umi')!], {width: 80, colour: false})).toBe('Umi Systems (UMI) ウミシステムズ\n  nothing reported yet\n');
	});

	test('separates companies by one blank line and ends with a newline', () => {
		const several = formatBriefingText(briefings(), {width: 80, colour: false});
		expect(several.endsWith('\n')).toBe(true);
		expect(several.split('\n\n')).toHaveLength(3);
	});
});

describe('width', () => {
	test.each([20, 24, 33, 40, 57, 80, 120])('every line fits in %i columns, Japanese included', width => {
		for (const source of [dataset, bundled]) {
			const text = formatBriefingText(briefings(source), {width, colour: false});
			const tooWide = text.split('\n').filter(line => displayWidth(line) > width);
			expect(tooWide).toEqual([]);
		}
	});

	test('wrapping loses no text', () => {
		const wide = formatBriefingText(briefings(bundled), {width: 1000, colour: false});
		const narrow = formatBriefingText(briefings(bundled), {width: 30, colour: false});
		const words = (text: string) => text.replaceAll(/\s+/g, '');
		expect(words(narrow)).toBe(words(wide));
	});
});

describe('colour', () => {
	test('is ANSI styling around the same text, and never the only sign of direction', () => {
		const plain = formatBriefingText(briefings(), {width: 80, colour: false});
		const coloured = formatBriefingText(briefings(), {width: 80, colour: true});
		expect(coloured).toContain(`${escape}[31m▼${escape}[39m`);
		// eslint-disable-next-line no-control-regex
		expect(coloured.replaceAll(/\u001B\[\d+m/g, '')).toBe(plain);
	});
});

describe('briefingTextPieces', () => {
	test('its pieces are whole lines and make exactly the text of each company, a blank line between', () => {
		const all = briefings(bundled, ['aws']);
		for (const width of [0, 1, 20, 40, 80, 120]) {
			for (const colour of [false, true]) {
				const pieces = [...briefingTextPieces(all.map(briefing => plainBriefing(briefing)), {width, colour})];
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
