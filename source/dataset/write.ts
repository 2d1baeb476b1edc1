import type {Sink} from '../disk/atomic-write.js';

// Where they were first written: other code may still import them from here.
export {replaceFolderAtomically, writeAtomically} from '../disk/atomic-write.js';

// JSON.stringify escapes C0 controls but writes DEL, C1 controls, bidi overrides and zero-width
// characters as they are. A dataset keeps file paths as they are (escape sequences included) and
// `brief extract` without --out prints it: written as \u escapes, they reach no terminal, and any
// JSON parser reads the same strings.
const unescaped = /[\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u206F\uFEFF]|\uDB40[\uDC00-\uDC7F]/;
const everyUnescaped = new RegExp(unescaped.source, 'g');

function json(value: unknown, indent?: number): string {
	const text = JSON.stringify(value, null, indent);
	if (!unescaped.test(text)) return text;
	return text.replace(everyUnescaped, character => [...character].map(unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
}

/** The dataset as written to disk: two-space JSON with a final newline. */
export function serializeDataset(dataset: unknown): string {
	return `${json(dataset, 2)}\n`;
}

/**
 * Writes exactly `serializeDataset(dataset)`, one record at a time: a 10,000-article dataset as a
 * single string would take hundreds of megabytes.
 */
export function writeDatasetTo(sink: Sink, dataset: object): void {
	const entries = Object.entries(dataset);
	sink('{\n');
	entries.forEach(([key, value], position) => {
		sink(`  ${json(key)}: `);
		if (Array.isArray(value) && value.length > 0) {
			sink('[\n');
			value.forEach((item, index) => sink(`    ${json(item, 2).replaceAll('\n', '\n    ')}${index + 1 < value.length ? ',' : ''}\n`));
			sink('  ]');
		} else {
			sink(json(value, 2).replaceAll('\n', '\n  '));
		}

		sink(position + 1 < entries.length ? ',\n' : '\n');
	});
	sink('}\n');
}
