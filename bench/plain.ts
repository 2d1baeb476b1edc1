// npm run bench:plain: `brief --plain` on the bundled dataset beside `node -e 0`, interleaved in the
// same run. Target (issue 4): the plain briefing within 1.6x of node's own start-up.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {buildIfStale, root, snapshotDist} from './built-cli.js';
import {median, wallTimes} from './wall-time.js';

const target = 1.6;

buildIfStale();
const built = snapshotDist(join(root, 'bench', '.out', 'plain'));
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 41);
// An empty config dir: the briefing covers every company, whatever the user's watchlist holds; and
// no library there, so brief reads the bundled dataset.
const configDirectory = mkdtempSync(join(tmpdir(), 'brief-bench-'));
try {
	const commands = [
		['node', '-e', '0'],
		['node', built, '--plain'],
		['node', built, 'aws', '--plain'],
		['node', built, '--json'],
	];
	const samples = wallTimes(commands, {rounds, env: {...process.env, BRIEF_CONFIG_DIR: configDirectory, BRIEF_DATA: '', BRIEF_DATA_DIR: configDirectory}});
	const [baseline, ...others] = samples.map(values => median(values));
	console.log(`rounds: ${rounds} (interleaved, medians of wall time)`);
	console.log(`node -e 0                   ${baseline!.toFixed(1)} ms`);
	for (const [index, command] of commands.slice(1).entries()) {
		const time = others[index]!;
		console.log(`${`brief ${command.slice(2).join(' ')}`.padEnd(28)}${time.toFixed(1)} ms  ${(time / baseline!).toFixed(2)}x`);
	}

	const ratio = others[0]! / baseline!;
	console.log(`brief --plain / node -e 0: ${ratio.toFixed(2)}x (target ${target}x: ${ratio <= target ? 'met' : 'not met'})`);
} finally {
	rmSync(configDirectory, {recursive: true, force: true});
}
