import {chmodSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {processIsRunning} from '../source/disk/processes.js';

/**
 * Every temporary file of a run (the tests', and those of the briefs they start) goes into one
 * folder, removed when the run ends: a test that forgets its folder, or is killed, leaves nothing in
 * /tmp. The folder names the run's process, so that the folder of a run that was killed itself (no
 * teardown) is removed by the next run. Open to all as /tmp is (sticky, world-writable): some tests
 * run brief as nobody, whose tsx keeps its cache there.
 */
export default function setup(): () => void {
	for (const name of readdirSync(tmpdir())) {
		const [, pid] = /^brief-tests-(\d+)-/.exec(name) ?? [];
		if (pid !== undefined && !processIsRunning(Number(pid))) rmSync(join(tmpdir(), name), {recursive: true, force: true});
	}

	const folder = mkdtempSync(join(tmpdir(), `brief-tests-${process.pid}-`));
	chmodSync(folder, 0o1777);
	const previous = process.env['TMPDIR'];
	process.env['TMPDIR'] = folder;
	return () => {
		if (previous === undefined) delete process.env['TMPDIR'];
		else process.env['TMPDIR'] = previous;
		rmSync(folder, {recursive: true, force: true});
	};
}
