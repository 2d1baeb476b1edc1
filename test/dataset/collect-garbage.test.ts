import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {expect, test} from 'vitest';
import {canCollectGarbage, collectGarbage} from '../../source/dataset/collect-garbage.js';

// vitest.config.ts starts the test workers with --expose-gc, as the bin's shebang starts brief.
test('with --expose-gc, a full collection frees what nothing holds any more, and keeps what is held', async () => {
	expect(canCollectGarbage()).toBe(true);
	const kept = {payload: new Array(100_000).fill('kept')};
	const keptReference = new WeakRef(kept);
	// Made in a function, so that no variable of this one holds it.
	const dropped = (() => new WeakRef({payload: new Array(100_000).fill('dropped')}))();
	// Let the turn that made it end, as a command's loop does between companies.
	await new Promise(resolve => setImmediate(resolve));
	collectGarbage();
	expect(dropped.deref()).toBeUndefined();
	expect(keptReference.deref()?.payload).toHaveLength(100_000);
	expect(kept.payload[0]).toBe('kept');
});

test('without --expose-gc (node dist/cli.js, tsx), collectGarbage does nothing and says so', () => {
	const module = pathToFileURL(join(import.meta.dirname, '..', '..', 'source', 'dataset', 'collect-garbage.ts')).href;
	const script = `const {canCollectGarbage, collectGarbage} = await import(${JSON.stringify(module)}); collectGarbage(); console.log(canCollectGarbage());`;
	const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8'});
	expect(result.stderr).toBe('');
	expect(result.stdout).toBe('false\n');
});
