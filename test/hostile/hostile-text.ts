import type {Io} from '../../source/commands/io.js';

const escape = '\u001B';
const bell = '\u0007';
const stringTerminator = `${escape}\\`;

/** Words that only appear inside the payloads of escape sequences: any of them in an output means a sequence was only half removed. */
export const payloadMarkers = ['pwned', 'ZWNobyBwd25lZA', 'clipboard-steal'] as const;

/** What an article may hold to drive a terminal, by kind; every one must vanish from every output. */
export const hostile = {
	colour: `${escape}[31;1m`,
	colourReset: `${escape}[0m`,
	trueColour: `${escape}[38;2;255;0;0m`,
	clearScreen: `${escape}[2J${escape}[H`,
	cursorMove: `${escape}[10;5H${escape}[3A${escape}7${escape}8`,
	clipboard: `${escape}]52;c;ZWNobyBwd25lZA==${bell}`,
	clipboardWithTerminator: `${escape}]52;p;clipboard-steal${stringTerminator}`,
	windowTitle: `${escape}]0;pwned${bell}`,
	windowTitleTwo: `${escape}]2;pwned${stringTerminator}`,
	hyperlink: `${escape}]8;;https://pwned.example/${bell}`,
	deviceControl: `${escape}P1$qm pwned${stringTerminator}`,
	applicationCommand: `${escape}_pwned${stringTerminator}`,
	c1Csi: '\u009B31m',
	c1Osc: '\u009D0;pwned\u009C',
	c1Dcs: '\u0090pwned\u009C',
	c1Next: '\u0085',
	bell,
	backspace: '\u0008\u0008\u0008',
	carriageReturn: '\r',
	delete: '\u007F',
	rightToLeftOverride: '\u202E',
	leftToRightOverride: '\u202D',
	embedding: '\u202A\u202B\u202C',
	isolates: '\u2066\u2067\u2068\u2069',
	arabicMark: '\u061C',
	zeroWidthSpace: '\u200B',
	zeroWidthJoiners: '\u200C\u200D',
	directionMarks: '\u200E\u200F',
	wordJoiner: '\u2060',
	byteOrderMark: '\uFEFF',
	tag: '\u{E0041}\u{E0042}',
	// Issue 12: characters terminals draw at different widths; each vanishes.
	softHyphen: '\u00AD',
	variationSelectors: '\uFE0E\uFE0F',
	keycap: '\u20E3',
	skinTone: '\u{1F3FD}',
} as const;

/** Every hostile piece at once. */
export const allHostile = Object.values(hostile).join('');

/**
 * Characters no output may hold: C0 controls but tab and newline, DEL, C1 controls, bidi embeddings,
 * overrides, isolates and marks, zero-width characters, BOM, Unicode tags; and those terminals draw
 * at different widths: line and paragraph separators, soft hyphens, variation selectors, keycaps,
 * regional indicators, skin tones.
 */

const forbidden = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u20E3\uFE0E\uFE0F\uFEFF\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0000}-\u{E007F}]/u;

/** The first forbidden character or payload word in `text`, with where it is; undefined when clean. */
export function firstUnsafe(text: string): string | undefined {
	const match = forbidden.exec(text);
	if (match) return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${match.index}: ${JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 40))}`;
	for (const marker of payloadMarkers) {
		const index = text.indexOf(marker);
		if (index >= 0) return `'${marker}' at ${index}: ${JSON.stringify(text.slice(Math.max(0, index - 40), index + 40))}`;
	}

	return undefined;
}

/** Every string in parsed JSON, keys included: `jq -r` prints them raw, so they must be clean too. */
export function jsonStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(item => jsonStrings(item));
	if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => [key, ...jsonStrings(item)]);
	return [];
}

/** Problems with an output: forbidden characters in its text, or in the strings of its JSON. */
export function unsafeIn(output: string, format: 'text' | 'json' | 'ndjson'): string[] {
	const texts =
		format === 'text'
			? [output]
			: [
					output,
					...(format === 'json'
						? [JSON.parse(output) as unknown]
						: output
								.trimEnd()
								.split('\n')
								.map(line => JSON.parse(line) as unknown)
					).flatMap(value => jsonStrings(value)),
				];
	return texts.flatMap(text => firstUnsafe(text) ?? []);
}

/** No config of the machine's (its `lang` would choose the language) and no locale: brief speaks English. */
export const noConfig: Readonly<Record<string, string | undefined>> = {BRIEF_CONFIG_DIR: '/nonexistent/brief-test-config'};

/** An Io that records what a command writes. */
export function recordingIo(cwd: string, env: Readonly<Record<string, string | undefined>> = noConfig) {
	const out: string[] = [];
	const err: string[] = [];
	const io: Io = {out: text => out.push(text), err: text => err.push(text), stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, columns: undefined, rows: undefined, env, cwd};
	return {io, out: () => out.join(''), err: () => err.join('')};
}
