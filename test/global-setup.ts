import {chmodSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/**
 * Every temporary file of a run (the tests', and those of the briefs they start) goes into one
 * folder, removed when the run ends: a test that forgets its folder, or is killed, leaves nothing in
 * /tmp. Open to all as /tmp is (sticky, world-writable): some tests run brief as nobody, whose tsx
 * keeps its cache there.
 */
export default function setup(): () => void {
	const folder = mkdtempSync(join(tmpdir(), 'brief-tests-'));
	chmodSync(folder, 0o1777);
	const previous = process.env['TMPDIR'];
	process.env['TMPDIR'] = folder;
	return () => {
		if (previous === undefined) delete process.env['TMPDIR'];
		else process.env['TMPDIR'] = previous;
		rmSync(folder, {recursive: true, force: true});
	};
}
