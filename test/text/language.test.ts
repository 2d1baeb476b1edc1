import {expect, test} from 'vitest';
import {dateWords, fiscalYearEndOf, periodWords} from '../../source/dataset/selectors/time-words.js';
import {figureKindName} from '../../source/dataset/selectors/kinds.js';
import {figureKinds} from '../../source/dataset/schema.js';
import {chooseLanguage, defaultUpDown, languageOfLocale} from '../../source/text/language.js';
import {bothLanguages, messageKeys, messages} from '../../source/text/messages.js';

test('the language: --lang, then BRIEF_LANG, then the config, then LC_ALL, LC_MESSAGES, LANG, else English', () => {
	expect(chooseLanguage({env: {}})).toBe('en');
	expect(chooseLanguage({env: {LANG: 'ja_JP.UTF-8'}})).toBe('ja');
	expect(chooseLanguage({env: {LANG: 'C'}})).toBe('en');
	expect(chooseLanguage({env: {LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8'}})).toBe('en');
	expect(chooseLanguage({env: {LC_ALL: '', LC_MESSAGES: 'ja_JP', LANG: 'C'}})).toBe('ja');
	expect(chooseLanguage({setting: 'en', env: {LANG: 'ja_JP.UTF-8'}})).toBe('en');
	expect(chooseLanguage({setting: 'en', env: {BRIEF_LANG: 'ja'}})).toBe('ja');
	expect(chooseLanguage({flag: 'EN', setting: 'ja', env: {BRIEF_LANG: 'ja'}})).toBe('en');
	// A BRIEF_LANG brief does not know is passed over.
	expect(chooseLanguage({env: {BRIEF_LANG: 'fr', LANG: 'ja_JP.UTF-8'}})).toBe('ja');
	expect(['ja', 'ja_JP', 'ja_JP.eucJP', 'JA_jp.UTF-8'].map(locale => languageOfLocale(locale))).toEqual(['ja', 'ja', 'ja', 'ja']);
	expect(['jam', 'C.UTF-8', 'POSIX', 'en_GB'].map(locale => languageOfLocale(locale))).toEqual(['en', 'en', 'en', 'en']);
	expect([defaultUpDown('ja'), defaultUpDown('en')]).toEqual(['red-up', 'green-up']);
});

test('dates and periods as each reader writes them', () => {
	expect(dateWords('2025-11-03', 'ja')).toBe('2025年11月3日');
	expect(dateWords('2025-11', 'ja')).toBe('2025年11月');
	expect(dateWords('2025-11-03', 'en')).toBe('2025-11-03');
	expect(periodWords('2025-Q3', 'ja')).toBe('2025年7〜9月期');
	expect(periodWords('FY2026', 'ja', 3)).toBe('2026年3月期');
	expect(periodWords('FY2026-Q2', 'ja', 3)).toBe('2026年3月期第2四半期');
	expect(periodWords('FY2026-H1', 'ja', 3)).toBe('2026年3月期上期');
	expect(periodWords('2025..2029', 'ja')).toBe('2025年〜2029年');
	expect(periodWords('2025-Q3', 'en')).toBe('2025-Q3');
	expect(periodWords('FY2026', 'en', 3)).toBe('FY2026');
	// The fiscal year's end from the months a period covers: FY2026-Q2 of a March year is 2025-07..09.
	expect(fiscalYearEndOf('FY2026-Q2', {first: 2025 * 12 + 6})).toBe(3);
	expect(fiscalYearEndOf('FY2026', {first: 2025 * 12 + 3})).toBe(3);
	expect(fiscalYearEndOf('2025-Q3', {first: 2025 * 12 + 6})).toBeNull();
});

test('every kind has its Japanese name, as a Japanese investor writes it', () => {
	expect(figureKinds.map(kind => figureKindName(kind, 'ja'))).toEqual([
		'シェア',
		'売上高',
		'増収率',
		'営業利益',
		'純利益',
		'利益率',
		'1株利益',
		'設備投資',
		'投資',
		'資金調達',
		'評価額',
		'時価総額',
		'受注残',
		'株価',
		'顧客数',
		'利用者数',
		'従業員数',
		'出資比率',
		'その他',
	]);
});

test('every message has a Japanese and an English text of one shape, and they differ where they are words', () => {
	for (const key of messageKeys) {
		const {ja, en} = bothLanguages(key);
		expect(typeof ja).toBe(typeof en);
		if (typeof ja === 'function' && typeof en === 'function') expect(ja.length).toBe(en.length);
	}

	expect(messages('ja').sources(2)).toBe('出典2件');
	expect(messages('en').sources(1)).toBe('1 source');
});
