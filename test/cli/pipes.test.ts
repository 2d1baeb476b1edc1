import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {fixtureDatasetPath, loadFixtureDataset} from '../fixtures/dataset.js';
import {root, runShell, useTemporaryDirectories} from './run-cli.js';

const temporaryDirectory = useTemporaryDirectories();
const cli = ['node', '--import', 'tsx', join(root, 'cli.tsx')].join(' ');

/** The fixture's companies copied 200 times: a briefing far larger than a pipe's buffer. */
function largeDataset(directory: string): string {
	const dataset = loadFixtureDataset();
	const copies = Array.from({length: 200}, (_, copy) => copy);
	const large = {
		...dataset,
		companies: copies.flatMap(copy => dataset.companies.map(company => ({...company, id: `${company.id}-${copy}`, name: `${company.name} ${copy}`, ticker: null, aliases: [], japaneseNames: []}))),
		articles: copies.flatMap(copy => dataset.articles.map(article => ({...article, companies: article.companies.map(company => `${company}-${copy}`)}))),
		events: [],
		figures: copies.flatMap(copy =>
			dataset.figures.map(figure => ({...figure, id: `${figure.id}-${copy}`, fact: `${figure.fact}-${copy}`, company: `${figure.company}-${copy}`, counterparty: figure.counterparty && `${figure.counterparty}-${copy}`})),
		),
		conflicts: [],
	};
	const file = join(directory, 'large.json');
	writeFileSync(file, JSON.stringify(large));
	return file;
}

test('`brief | head -1` exits quietly with a large output', async () => {
	const directory = temporaryDirectory();
	const data = largeDataset(directory);
	const result = await runShell(['bash', '-c', `set -o pipefail; ${cli} --data ${data} | head -1`], {env: {BRIEF_CONFIG_DIR: directory}});
	expect(result).toEqual({code: 0, stdout: 'Sora Cloud 0\n', stderr: ''});
});

test('colour in a terminal, none with NO_COLOR, none when piped', async () => {
	const directory = temporaryDirectory();
	const command = `${cli} sora --plain --width 60 --data ${fixtureDatasetPath}`;
	// `script` gives the command a terminal, as a person would have.
	const inTerminal = async (env: Record<string, string>) => runShell(['script', '-qec', command, '/dev/null'], {env: {BRIEF_CONFIG_DIR: directory, ...env}});
	const [coloured, noColour, piped] = await Promise.all([inTerminal({}), inTerminal({NO_COLOR: '1'}), runShell(['bash', '-c', command], {env: {BRIEF_CONFIG_DIR: directory}})]);
	expect(coloured.stdout).toContain('\u001B[1mSora Cloud (SORA)');
	expect(noColour.stdout).toContain('Sora Cloud (SORA)');
	expect(noColour.stdout).not.toContain('\u001B[');
	expect(piped.stdout).not.toContain('\u001B');
	expect(noColour.stdout.replaceAll('\r\n', '\n')).toBe(piped.stdout);
});
