import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';

// Views, commands and the errors and notices of the layers below write no words of their own: every
// word for a person comes from the message catalogue (source/text/messages.ts), the kinds' names
// (selectors/kinds.ts) or the keymap table, each in both languages. This reads their source and
// lists every string literal that looks like words.

const root = join(import.meta.dirname, '..', '..', 'source');
const views = [
	...readdirSync(join(root, 'ui', 'panes')).map(file => join('ui', 'panes', file)),
	join('ui', 'screen.tsx'),
	join('ui', 'provenance.ts'),
	join('ui', 'state.ts'),
	join('ui', 'use-briefing-state.ts'),
	join('ui', 'article-text.ts'),
	join('ui', 'run.tsx'),
	join('ui', 'watchlist-access.ts'),
	join('ui', 'seen-access.ts'),
	join('print', 'briefing-text.ts'),
	join('print', 'plain-briefing.ts'),
	join('print', 'digest-output.ts'),
	join('print', 'company-list.ts'),
	join('print', 'library-text.ts'),
	join('dataset', 'selectors', 'figure-table.ts'),
	join('dataset', 'selectors', 'figure-words.ts'),
	join('commands', 'briefing.ts'),
	join('commands', 'digest.ts'),
	join('commands', 'list.ts'),
	join('commands', 'config.ts'),
	join('commands', 'watch.ts'),
	join('commands', 'extract.ts'),
	join('commands', 'feed.ts'),
	join('commands', 'add.ts'),
	join('commands', 'update.ts'),
	join('commands', 'background-update.ts'),
	join('commands', 'script-context.ts'),
	join('commands', 'output-options.ts'),
	join('commands', 'io.ts'),
	join('dataset', 'load.ts'),
	join('dataset', 'store-index.ts'),
	join('dataset', 'ids.ts'),
	join('disk', 'regular-file.ts'),
	join('settings', 'store-file.ts'),
	join('settings', 'settings-error.ts'),
	join('text', 'system-reasons.ts'),
];

/** The source without comments (a `//` inside a string is left: none of these files has one that matters). */
function withoutComments(source: string): string {
	return source.replaceAll(/\/\*[\s\S]*?\*\//g, '').replaceAll(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The text of every string literal: quoted strings, and the fixed parts of template literals. */
export function literals(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
		const text = match[1] ?? match[2] ?? match[3] ?? '';
		found.push(...(match[3] === undefined ? [text] : text.split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/)));
	}

	return found;
}

/** Words for a person: any Japanese, two English words in a row, or a capitalised word (a title). */
export function looksLikeWords(text: string): boolean {
	return /[\u3040-\u30ff\u3400-\u9fff]/.test(text) || /[A-Za-z]{2,}[ ,:]+[A-Za-z]{2,}/.test(text) || /(?:^|\s)[A-Z][a-z]{2,}/.test(text);
}

test('the scan finds words where they are', () => {
	expect(literals("const a = 'no figures'; const b = `${count} sources disagree`; // 'a comment'").filter(looksLikeWords)).toEqual(['no figures', ' sources disagree']);
	expect(literals("segment('Timeline', 'muted'); x === 'outlook'; '期間'").filter(looksLikeWords)).toEqual(['Timeline', '期間']);
	expect(literals("import {x} from '../text/messages.js'; tone = 'accent'; `${a} ${b}`").filter(looksLikeWords)).toEqual([]);
});

test.each(views)('%s holds no literal meant for a person', file => {
	const source = withoutComments(readFileSync(join(root, file), 'utf8'));
	// 'other code': what the store answers (viewMadeBy), compared, never shown; an error's class name is its `name`, for code.
	const words = literals(source).filter(text => looksLikeWords(text) && !/^(?:\.\.?\/|node:)/.test(text) && text !== 'other code' && !/^[A-Z]\w*(?:Error|Failure)$/.test(text));
	expect(words).toEqual([]);
});
