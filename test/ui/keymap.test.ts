import {displayWidth} from '../../source/text/width.js';
import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {bindingsFor, commandFor, hintsFor, keymap, keyName, type KeyContext} from '../../source/ui/keymap.js';

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

describe('keymap', () => {
	it('binds each key at most once per context, so help cannot promise two things', () => {
		for (const context of ['browse', 'filter', 'reader', 'help', 'source'] as const satisfies readonly KeyContext[]) {
			const keys = bindingsFor(context).flatMap(binding => binding.keys);
			expect(new Set(keys).size).toBe(keys.length);
		}
	});

	it('maps the documented keys to commands', () => {
		expect(commandFor('j', 'browse')).toBe('down');
		expect(commandFor('down', 'browse')).toBe('down');
		expect(commandFor('k', 'browse')).toBe('up');
		expect(commandFor('tab', 'browse')).toBe('nextPane');
		expect(commandFor('shift-tab', 'browse')).toBe('previousPane');
		expect(commandFor('h', 'browse')).toBe('previousPane');
		expect(commandFor('G', 'browse')).toBe('bottom');
		expect(commandFor('g', 'browse')).toBe('top');
		expect(commandFor('w', 'browse')).toBe('toggleWatch');
		expect(commandFor('?', 'browse')).toBe('help');
		expect(commandFor('q', 'browse')).toBe('quit');
		expect(commandFor('o', 'browse')).toBe('sortFigures');
		expect(commandFor('p', 'browse')).toBe('peers');
		expect(commandFor('m', 'browse')).toBe('markRead');
		expect(commandFor('n', 'reader')).toBe('nextSource');
		expect(commandFor('enter', 'source')).toBe('open');
	});

	it('scrolls the reader, help and the source view with the keys that move rows', () => {
		for (const context of ['reader', 'help', 'source'] as const) {
			expect([commandFor('j', context), commandFor('k', context), commandFor('pagedown', context), commandFor('pageup', context), commandFor('g', context), commandFor('G', context)]).toEqual([
				'down',
				'up',
				'pageDown',
				'pageUp',
				'top',
				'bottom',
			]);
		}
	});

	it('leaves letters to the filter text while typing, but Ctrl-C still quits', () => {
		for (const letter of ['j', 'k', 'q', 'w', 'g', '?', '/']) expect(commandFor(letter, 'filter')).toBeUndefined();
		expect(commandFor('ctrl+c', 'filter')).toBe('interrupt');
		expect(commandFor('escape', 'filter')).toBe('back');
		expect(commandFor('down', 'filter')).toBe('down');
	});

	it('gives every binding help text in both languages and a label', () => {
		for (const binding of keymap) {
			expect(binding.help.en.length).toBeGreaterThan(0);
			expect(binding.help.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
			expect(binding.help.ja).not.toBe(binding.help.en);
			expect(binding.label.length).toBeGreaterThan(0);
		}
	});

	it('switches the language with L wherever a letter is not typed into the filter', () => {
		for (const context of ['browse', 'reader', 'help', 'source'] as const) expect(commandFor('L', context)).toBe('language');
		expect(commandFor('L', 'filter')).toBeUndefined();
	});

	it('gives the hints in the language asked for, within the width', () => {
		const japanese = hintsFor('browse', 60, 'ja');
		expect(japanese).toContain('? ヘルプ');
		expect(displayWidth(japanese)).toBeLessThanOrEqual(60);
		expect(hintsFor('browse', 60, 'en')).toContain('? help');
	});

	it('names key presses as the keymap spells them', () => {
		expect(keyName('', {...noKey, downArrow: true})).toBe('down');
		expect(keyName('', {...noKey, tab: true, shift: true})).toBe('shift-tab');
		expect(keyName('', {...noKey, return: true})).toBe('enter');
		expect(keyName('c', {...noKey, ctrl: true})).toBe('ctrl+c');
		expect(keyName('G', {...noKey, shift: true})).toBe('G');
		expect(keyName(' ', noKey)).toBe('space');
	});
});

describe('hintsFor', () => {
	it('reminds of the keys that act in each context, from the table', () => {
		expect(hintsFor('browse')).toContain('w watch');
		expect(hintsFor('browse')).toContain('q quit');
		expect(hintsFor('filter')).toBe('Enter keep  Esc clear');
		expect(hintsFor('reader')).toContain('Esc back');
		expect(hintsFor('reader')).not.toContain('w watch');
		expect(hintsFor('reader')).toContain('n next source');
	});

	it('gives as many whole hints as fit the width, help and quit first', () => {
		for (const width of [20, 40, 80, 100]) {
			const hints = hintsFor('browse', width);
			expect(hints.length).toBeLessThanOrEqual(width);
			expect(hints).not.toContain('…');
			expect(hints.startsWith('? help  q quit')).toBe(true);
		}

		expect(hintsFor('browse', 80).length).toBeGreaterThan(60);
	});
});
