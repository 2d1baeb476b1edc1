// npm run bench:plain: `brief --plain` on the bundled dataset beside `node -e 0`, interleaved in the
// same run. Target (issue 4): the plain briefing within 1.6x of node's own start-up.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {median, wallTimes} from './wall-time.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const target = 1.6;

function newestSource(directory: string): number {
	let newest = 0;
	for (const entry of readdirSync(directory, {withFileTypes: true})) {
		const path = join(directory, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
	}

	return newest;
}

function buildIfNeeded(): void {
	const sources = Math.max(newestSource(join(root, 'source')), statSync(join(root, 'cli.tsx')).mtimeMs);
	if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return;
	console.log('building dist/ (sources changed)...');
	const build = spawnSync('npm', ['run', '--silent', 'build'], {cwd: root, stdio: 'inherit'});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * A copy of the built package (dist/, package.json, the bundled dataset) under bench/.out: other
 * people rebuilding dist/ while the benchmark runs cannot pull files from under it.
 */
function snapshot(): string {
	const directory = join(root, 'bench', '.out', 'plain');
	rmSync(directory, {recursive: true, force: true});
	mkdirSync(join(directory, 'data'), {recursive: true});
	cpSync(join(root, 'dist'), join(directory, 'dist'), {recursive: true});
	cpSync(join(root, 'package.json'), join(directory, 'package.json'));
	cpSync(join(root, 'data', 'briefing.json'), join(directory, 'data', 'briefing.json'));
	return join(directory, 'dist', 'cli.js');
}

buildIfNeeded();
const built = snapshot();
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 41);
// An empty config dir: the briefing covers every company, whatever the user's watchlist holds.
const configDirectory = mkdtempSync(join(tmpdir(), 'brief-bench-'));
try {
	const commands = [
		['node', '-e', '0'],
		['node', built, '--plain'],
		['node', built, 'aws', '--plain'],
		['node', built, '--json'],
	];
	const samples = wallTimes(commands, {rounds, env: {...process.env, BRIEF_CONFIG_DIR: configDirectory, BRIEF_DATA: ''}});
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
