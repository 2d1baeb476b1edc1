import {describe, expect, test} from 'vitest';
import {figureKinds} from '../../source/dataset/schema.js';
import {lexicon, scanLexicon} from '../../source/extract/lexicon.js';

describe('the lexicon', () => {
	test('each word is written once, under one entry with a unique id', () => {
		const ids = lexicon.map(entry => entry.id);
		expect(new Set(ids).size).toBe(ids.length);
		const words = lexicon.flatMap(entry => entry.words.map(word => word.normalize('NFKC').toLowerCase()));
		const repeated = words.filter((word, index) => words.indexOf(word) !== index);
		expect(repeated).toEqual([]);
	});

	test('every kind but the catch-all has a word that names it', () => {
		const named = new Set(lexicon.flatMap(entry => (entry.measure ? [entry.measure.kind, entry.measure.growthKind] : [])));
		expect(figureKinds.filter(kind => !named.has(kind))).toEqual([]);
	});

	test('the longest word wins where words overlap', () => {
		expect(scanLexicon('投資利益と設備投資と投資').map(hit => hit.entry.id)).toEqual(['investment-gain', 'capex', 'investment']);
		expect(scanLexicon('前年同期比と前年同期の').map(hit => hit.entry.id)).toEqual(['yoy', 'prior-year']);
	});

	test('Latin words stand on word boundaries and short abbreviations keep their case', () => {
		expect(scanLexicon('wholesales and sales').map(hit => hit.text)).toEqual(['sales']);
		expect(scanLexicon('RPO and rpo').map(hit => hit.text)).toEqual(['RPO']);
	});
});
