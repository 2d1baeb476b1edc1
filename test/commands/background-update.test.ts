import {expect, test} from 'vitest';
import {runBackgroundUpdate} from '../../source/commands/background-update.js';

test('the background update resolves with the last line the child wrote on stderr, sanitized', async () => {
	const script = "process.stderr.write('waiting for the update running in process 1 (since 10:00:00 UTC)\\n'); process.stderr.write('updated 1 feed: 2 new articles\\u001b[31m, the library holds 2 articles\\n'); process.exitCode = 2";
	expect(await runBackgroundUpdate({command: [process.execPath, '-e', script], env: process.env})).toEqual({code: 2, summary: 'updated 1 feed: 2 new articles, the library holds 2 articles'});
	expect(await runBackgroundUpdate({command: [process.execPath, '-e', 'process.exit(3)'], env: process.env})).toEqual({code: 3, summary: 'the update ended with code 3'});
	expect((await runBackgroundUpdate({command: ['/nonexistent/brief'], env: process.env})).summary).toMatch(/^could not start the update \(/);
});
