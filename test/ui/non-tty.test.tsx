import {spawnSync} from 'node:child_process';
import {EventEmitter} from 'node:events';
import {fileURLToPath} from 'node:url';
import {render} from 'ink';
import {describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {themeFor} from '../../source/ui/theme.js';
import {fixture, fixtureFile} from './tui-fixture.js';
import {wholeStore} from '../../source/dataset/store.js';

class PipeStdin extends EventEmitter {
	readonly isTTY = false;
	setEncoding() {}
	read() {
		return null;
	}

	ref() {}
	unref() {}
	pause() {}
	resume() {}
}

class FakeStdout extends EventEmitter {
	readonly columns = 100;
	readonly rows = 30;
	readonly frames: string[] = [];
	write(frame: string) {
		this.frames.push(frame);
		return true;
	}
}

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('without a terminal on stdin', () => {
	it('renders without asking for raw mode', () => {
		const stdout = new FakeStdout();
		const stderr = new FakeStdout();
		const effects = {saveWatch: async () => ({saved: true}), loadArticle: async () => ({title: '', sentences: []})};
		const instance = render(<App store={wholeStore(fixture, fixtureFile)} theme={themeFor({})} effects={effects} watchlist={[]} columns={100} rows={30} />, {
			stdin: new PipeStdin() as unknown as NodeJS.ReadStream,
			stdout: stdout as unknown as NodeJS.WriteStream,
			stderr: stderr as unknown as NodeJS.WriteStream,
			debug: true,
			patchConsole: false,
		});
		instance.unmount();
		expect(stdout.frames.join('')).toContain('Kumo Cloud');
		expect([...stdout.frames, ...stderr.frames].join('')).not.toContain('Raw mode');
	});

	it('brief with piped stdin and stdout prints plain text and exits 0', () => {
		const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli.tsx', '--data', fixtureFile], {cwd: root, input: '', encoding: 'utf8', env: {...process.env, BRIEF_CONFIG_DIR: root + 'node_modules/.cache/brief-non-tty'}});
		expect(result.stderr).not.toContain('Raw mode');
		expect(result.status).toBe(0);
		expect(result.stdout).not.toMatch(/╭─ Companies/);
	});
});
