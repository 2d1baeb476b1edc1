import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {importsOf, layers, layerViolations, sourceFiles} from '../scripts/layers.js';

const source = sourceFiles(join(import.meta.dirname, '..', 'source'));

/** The real tree with one file added or replaced. */
function withFile(file: string, text: string): Map<string, string> {
	return new Map([...source, [file, text]]);
}

describe('the layers of source/', () => {
	test('every import of source/ points down (scripts/layers.ts)', () => {
		expect(source.size).toBeGreaterThan(100);
		expect(layerViolations(source)).toEqual([]);
	});

	test('every folder of source/ is a layer', () => {
		const folders = new Set([...source.keys()].map(file => file.split('/')[0]!));
		expect([...folders].filter(folder => !(folder in layers))).toEqual([]);
	});

	test('a planted backwards import fails the check: dataset importing extract', () => {
		const planted = withFile('dataset/planted.ts', "import {splitSentences} from '../extract/sentences.js';\nexport const planted = splitSentences;\n");
		expect(layerViolations(planted)).toEqual(['dataset/planted.ts imports ../extract/sentences.js: dataset may not import extract']);
	});

	test('a sideways import fails: ui importing print, ui importing commands (type only)', () => {
		const planted = withFile('ui/planted.ts', "import type {Io} from '../commands/io.js';\nimport {glyphs} from '../print/style.js';\n");
		expect(layerViolations(planted)).toEqual(['ui/planted.ts imports ../commands/io.js: ui may not import commands', 'ui/planted.ts imports ../print/style.js: ui may not import print']);
	});

	test('a cycle inside one layer fails, even through type imports', () => {
		const planted = withFile('extract/sentences.ts', `import type {Block} from './clean.js';\n${source.get('extract/sentences.ts')!}`);
		expect(layerViolations(planted)).toEqual([expect.stringMatching(/^import cycle: .*extract\/clean\.ts.*extract\/sentences\.ts|^import cycle: .*extract\/sentences\.ts.*extract\/clean\.ts/)]);
	});

	test('Ink and React outside ui/ fail', () => {
		expect(layerViolations(withFile('print/planted.ts', "import {Text} from 'ink';\n"))).toEqual(['print/planted.ts imports ink, which only source/ui may import']);
	});

	test('a new folder must be placed before it is used', () => {
		expect(layerViolations(withFile('widgets/planted.ts', 'export const planted = 1;\n'))).toEqual(['widgets/planted.ts: source/widgets is no layer (add it to scripts/layers.ts)']);
	});
});

test('importsOf reads static, multi-line, type, re-export and dynamic imports', () => {
	const text = "import {a,\n\tb} from './a.js';\nimport type {C} from './c.js';\nexport {d} from './d.js';\nimport './e.js';\nconst f = await import('./f.js');\n";
	expect(importsOf(text)).toEqual(['./a.js', './c.js', './d.js', './e.js', './f.js']);
});
