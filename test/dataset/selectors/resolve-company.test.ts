import {describe, expect, test} from 'vitest';
import {findCompany, resolveCompanies, unknownCompanyMessage} from '../../../source/dataset/selectors/resolve-company.js';
import {loadFixtureDataset} from '../../fixtures/dataset.js';

const dataset = loadFixtureDataset();

describe('findCompany', () => {
	test.each([
		['sora-cloud', 'sora-cloud'],
		['Sora Cloud', 'sora-cloud'],
		['SORA', 'sora-cloud'],
		['ｓｏｒａ', 'sora-cloud'],
		['ソラクラウド', 'sora-cloud'],
		['ソラ・クラウド', 'sora-cloud'],
		['Sora AI', 'sora-cloud'],
		['kumochip', 'kumo'],
		['クモ半導体', 'kumo'],
		['umi', 'umi'],
	])('%s -> %s', (query, id) => {
		expect(findCompany(dataset, query)?.id).toBe(id);
	});

	test('finds nothing for a name no company goes by', () => {
		expect(findCompany(dataset, 'Kumo Chip Works')).toBeUndefined();
	});
});

describe('resolveCompanies', () => {
	test('keeps the order asked and drops repeats', () => {
		const {companies, unknown} = resolveCompanies(dataset, ['umi', 'SORA', 'ソラクラウド']);
		expect(companies.map(company => company.id)).toEqual(['umi', 'sora-cloud']);
		expect(unknown).toEqual([]);
	});

	test('suggests the closest names for a typo', () => {
		const {unknown} = resolveCompanies(dataset, ['sora clod']);
		expect(unknown).toEqual([{query: 'sora clod', suggestions: ['Sora Cloud']}]);
		expect(unknownCompanyMessage(unknown[0]!)).toBe("unknown company 'sora clod' (closest: Sora Cloud)");
	});

	test('says where to look when nothing is close', () => {
		const {unknown} = resolveCompanies(dataset, ['zzzz']);
		expect(unknownCompanyMessage(unknown[0]!)).toBe("unknown company 'zzzz' (see brief list)");
	});

	test('the message cannot carry escape sequences from the command line', () => {
		expect(unknownCompanyMessage({query: 'x\u001B[2Jy', suggestions: []})).toBe("unknown company 'xy' (see brief list)");
	});
});
