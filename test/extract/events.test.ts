import {describe, expect, test} from 'vitest';
import {mergeEvents} from '../../source/extract/events.js';
import {extractText} from './helpers.js';

const events = (body: string, id = 'a', date?: string | null) => extractText(body, {id, date}).events;

describe('events', () => {
	test('a dated statement about a company is an event; undated or company-less ones are not', () => {
		expect(events('エヌビディアは5月28日、決算を発表した。', 'a', '2026-05-29')).toMatchObject([{date: '2026-05-28', companies: ['nvidia'], action: 'results'}]);
		expect(events('エヌビディアは決算を発表した。')).toEqual([]);
		expect(events('政府は2025年11月3日、新方針を発表した。')).toEqual([]);
	});

	test('a dateline day alone ("12日、") dates the event in the month the article was published', () => {
		expect(events('ソフトバンクグループは12日、オープンAIに最大400億ドルを出資すると発表した。', 'a', '2026-03-12')).toMatchObject([
			{date: '2026-03-12', companies: ['softbank', 'openai'], action: 'investment'},
		]);
		// With no publication date there is no month to read it against: no event.
		expect(events('ソフトバンクグループは12日、出資を発表した。', 'a', null)).toEqual([]);
	});

	test('layoffs, exits and sales are restructuring, not a launch', () => {
		expect(events('インテルは2日、従業員の約1万5000人を削減すると発表した。', 'a', '2026-11-05')).toMatchObject([{date: '2026-11-02', action: 'restructuring'}]);
		expect(events('ソニーグループは3日、半導体事業の分社化を発表した。', 'a', '2026-11-05')).toMatchObject([{action: 'restructuring'}]);
	});

	test('the action is read from the main clause, not from a time clause', () => {
		expect(events('CNBC(2025年11月3日)は、契約発表後、アマゾン株が史上最高値を記録したと報じた。')[0]).toMatchObject({action: 'stock', companies: ['amazon']});
	});

	test('同社 is the company the text was about', () => {
		expect(events('ソフトバンクグループは新事業に取り組む。同社は2025年秋に新サービスを発表した。')[0]).toMatchObject({companies: ['softbank'], date: '2025'});
	});

	test('the same deal from two articles is one event with two sources, dated as they agree', () => {
		const first = events('米OpenAIが11月3日、AWSと総額380億ドルの提携契約を締結したと発表した。', 'a', '2025-11-05');
		const second = events('2025年11月、オープンAIとAWSは、380億ドルの長期クラウド契約を締結した。', 'b', '2025-11-10');
		const merged = mergeEvents([...first, ...second]);
		expect(merged).toHaveLength(1);
		expect(merged[0]).toMatchObject({date: '2025-11', companies: ['openai', 'amazon'], action: 'contract'});
		expect(merged[0]!.sources.map(source => source.article)).toEqual(['a', 'b']);
	});

	test('different amounts, actions or months stay apart', () => {
		const deal = events('オラクルは2025年9月、OpenAIと3,000億ドルの契約を結んだ。', 'a');
		const other = events('オラクルは2025年9月、OpenAIと100億ドルの契約を結んだ。', 'b');
		const later = events('オラクルは2025年10月、OpenAIと3,000億ドルの契約を結んだ。', 'c');
		expect(mergeEvents([...deal, ...other, ...later])).toHaveLength(3);
	});
});

describe('what happened', () => {
	test.each([
		['ソフトバンクグループが8月7日発表した2025年4～6月期の決算は黒字だった。', 'results'],
		['直近の2025年第2四半期ではAzureの収益が30%増加し、AI関連投資がマイクロソフトの株価を9%押し上げた。', 'results'],
		['米OpenAIが11月3日、AWSと提携契約を締結したと発表した。', 'contract'],
		['アマゾンは2025年10月、新サービスを発表した。', 'launch'],
		['グーグルは2025年10月、新興企業を買収すると発表し、株価が上昇した。', 'acquisition'],
	])('%s -> %s', (sentence, action) => {
		expect(events(sentence, 'a', '2025-11-20')[0]?.action).toBe(action);
	});
});

describe('event text', () => {
	test('is the sentence without a list mark or an opening connective; the quote stays exact', () => {
		const [event] = mergeEvents(events('実際、オラクルは2025年9月、OpenAIと3,000億ドルの契約を結んだ。', 'a'));
		expect(event!.text).toBe('オラクルは2025年9月、OpenAIと3,000億ドルの契約を結んだ。');
		expect(event!.sources[0]!.quote).toBe('実際、オラクルは2025年9月、OpenAIと3,000億ドルの契約を結んだ。');
	});
});

describe('days named by reference', () => {
	test('"27日発表した" is the 27th of the dateline month; "同日" is the day named last', () => {
		const found = events('エヌビディアが27日発表した2026年2〜4月期決算は、売上高が390億ドルに達した。マイクロソフトは同日、エヌビディアと新たな供給契約を結んだと発表した。', 'a', '2026-05-28');
		expect(found.map(event => [event.date, event.action, event.companies])).toEqual([
			['2026-05-27', 'results', ['nvidia']],
			['2026-05-27', 'contract', ['microsoft', 'nvidia']],
		]);
	});

	test('"同日" before any day is no date, and "同日付" is not one', () => {
		expect(events('マイクロソフトは同日、新サービスを発表した。', 'a', '2026-05-28')).toEqual([]);
	});

	test('a fiscal quarter that is no calendar quarter dates its figures to the year, not to the day of the sentence', () => {
		const [revenue] = extractText('エヌビディアが27日発表した2026年2〜4月期決算は、売上高が390億ドルだった。', {date: '2026-05-28'}).metrics;
		expect(revenue).toMatchObject({company: 'nvidia', label: 'Revenue', period: '2026'});
	});
});

describe('launches said with 始めた', () => {
	test('"提供を始めた" is a launch; "グーグルを始め" (including Google) is not', () => {
		expect(events('グーグルは8日、新たな生成AIモデルの提供を始めた。', 'a', '2026-02-10').map(event => [event.date, event.action])).toEqual([['2026-02-08', 'launch']]);
		expect(events('グーグルを始め、各社は8日、新モデルを評価した。', 'a', '2026-02-10')).toEqual([]);
	});
});

describe('English events', () => {
	test.each([
		['Oracle said on June 30 that it signed a cloud agreement with OpenAI.', 'contract'],
		['Microsoft agreed on May 12 to acquire a chip designer.', 'acquisition'],
		['Amazon said on May 12 it would invest $10 billion in data centers.', 'investment'],
		['Nvidia reported record revenue on May 28.', 'results'],
		['Intel announced layoffs on May 12.', 'restructuring'],
		['Google unveiled a new TPU on May 20.', 'launch'],
	])('%s -> %s', (sentence, action) => {
		expect(events(sentence, 'a', '2026-07-01')[0]?.action).toBe(action);
	});
});

describe('press releases and relative days', () => {
	test('"X株式会社(本社:…、以下「X」)は、本日…" is an event of X on the day of the release', () => {
		const found = events('さくらインターネット株式会社(本社:大阪府大阪市、代表取締役社長:田中邦裕、以下「さくらインターネット」)は本日、GPUクラウドの新プランの提供を開始しました。同社は今後3年間で約1,000億円を投資します。', 'a', '2026-06-03');
		expect(found.map(event => [event.date, event.action, event.companies])).toEqual([['2026-06-03', 'launch', ['sakura-internet']]]);
		expect(extractText('さくらインターネット株式会社(本社:大阪府大阪市、以下「さくらインターネット」)は新プランを発表しました。同社は約1,000億円を投資します。', {date: '2026-06-03'}).metrics.map(metric => metric.company)).toEqual(['sakura-internet']);
	});

	test('"先月末に発表した決算" is an event of last month, and its revenue is not dated by the announcement', () => {
		const extraction = extractText('メタが先月末に発表した決算によると、売上高は480億ドルだった。', {date: '2026-05-10'});
		expect(extraction.events.map(event => [event.date, event.action])).toEqual([['2026-04', 'results']]);
		expect(extraction.metrics.map(metric => [metric.company, metric.label, metric.period])).toEqual([['meta', 'Revenue', null]]);
	});
});
