import {describe, expect, test} from 'vitest';
import {buildDataset} from '../../source/extract/dataset.js';
import {defaultRegistry} from '../../source/extract/registry.js';
import {extractText} from './helpers.js';

const conflictsOf = (...articles: Array<{body: string; id: string; date?: string}>) =>
	buildDataset(articles.map(({body, id, date}) => extractText(body, {id, date})), defaultRegistry).conflicts;

describe('conflicts', () => {
	test('the current value against an earlier claim in the same article', () => {
		const [conflict] = conflictsOf({id: 'a', body: 'AWSは約33%のシェアを占める。しかし、AWSのシェアは34%から29%程度に減った。'});
		expect(conflict).toMatchObject({company: 'amazon', kind: 'market_share', period: null});
		expect(conflict!.metrics).toEqual(['a/m1', 'a/m3']);
		expect(conflict!.note).toContain('約33% vs 29%程度');
	});

	test('two articles disagreeing about one period', () => {
		const conflicts = conflictsOf({id: 'a', body: '2025年第3四半期のGoogle Cloudのシェアは12%だった。'}, {id: 'b', body: '2025年第3四半期のGoogle Cloudのシェアは13%だった。', date: '2025-12-01'});
		expect(conflicts).toHaveLength(1);
		expect(conflicts[0]!.period).toBe('2025-Q3');
	});

	test('one value written to two precisions is not a conflict; a value that rounds elsewhere is', () => {
		expect(conflictsOf({id: 'a', body: 'TSMCの売上高は前年同月比48%増。'}, {id: 'b', body: 'TSMCの売上高は前年同月比48.1%増だった。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: 'AWSのシェアは29%。'}, {id: 'b', body: 'AWSのシェアは29.6%。'})).toHaveLength(1);
	});

	test('a headline\'s rounded figure and the body\'s precise one are one figure of the article', () => {
		const {metrics} = extractText('TSMC、4月売上高は前年同月比48%増\n\nTSMCが10日発表した4月の売上高は、前年同月比48.1%増だった。', {date: '2026-05-11'});
		expect(metrics.map(metric => [metric.label, metric.value, metric.text])).toEqual([['Revenue growth', 48.1, '48.1%']]);
	});

	test('agreement, rounding under 約, other periods and deals are not conflicts', () => {
		expect(conflictsOf({id: 'a', body: 'Azureの収益が30%増加した。Azureの収益増加率30%は高い。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: 'AWSのシェアは約33%。'}, {id: 'b', body: 'AWSのシェアは33.5%。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: '2024年のAWSのシェアは34%。'}, {id: 'b', body: '2025年のAWSのシェアは29%。'})).toEqual([]);
		expect(conflictsOf({id: 'a', body: 'マイクロソフトは約4,400億円の投資を発表した。マイクロソフトはOpenAIに100億ドルを投資した。'})).toEqual([]);
	});
});
