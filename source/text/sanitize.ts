// Article text is untrusted: it must not be able to drive the terminal. Hand-written because
// strip-ansi removes escape sequences but keeps bare controls, bidi overrides and zero-width marks.

// CSI, OSC (BEL or ST terminated), DCS/SOS/PM/APC strings, and two-byte escapes, in 7-bit and 8-bit forms.
// A string never terminated ends at the end of its line: a stray ESC ] must not take the rest of an article with it.
const escapeSequence = /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;
// C0 and C1 controls except tab and newline, DEL, bidi embeddings/overrides/isolates, zero-width and
// invisible formatting characters, BOM, interlinear annotations, Unicode tag characters.
const invisible = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
// Characters terminals draw at widths other than string-width's, or disagree on among themselves,
// and the Unicode line and paragraph separators (a line break to some programs, none to others):
// a soft hyphen, variation selectors (VS16 makes ❤ two columns in some terminals, one in others), the
// combining keycap, skin-tone modifiers, and regional indicators (a flag is two columns, one or four).
// Each becomes what every terminal draws alike: nothing, the letters of a flag ("JP"), or a line break.
const unsettled = /[\u00AD\u2028\u2029\u20E3\uFE0E\uFE0F]|\uD83C[\uDDE6-\uDDFF\uDFFB-\uDFFF]/g;
// Every character the replacements above can touch (an escape sequence starts with a control
// character, tabs and newlines are controls too, \uDB40 starts every tag character and \uD83C every
// regional indicator and skin tone). Text without one is returned as it is: one scan instead of four,
// for the tens of thousands of fields a large briefing sanitizes. One character class, without the
// alternation, scans about 3x faster when cold.
const anyTouched = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u20E3\u3164\uD83C\uDB40\uFE0E\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]/;
// In JSON text: such a character as it is, or an escape that could make one (anything but \" \\ \/).
const anyTouchedInJson = new RegExp(`${anyTouched.source}|\\\\[^"\\\\/]`);

function settle(character: string): string {
	if (character === '\u2028' || character === '\u2029') return '\n';
	const low = character.charCodeAt(1);
	// A regional indicator: the letter it stands for.
	return low >= 0xdd_e6 && low <= 0xdd_ff ? String.fromCharCode(0x41 + low - 0xdd_e6) : '';
}

/**
 * Removes escape sequences and invisible or control characters, and settles characters terminals
 * disagree on (see `unsettled`); keeps tabs and newlines.
 */
export function sanitize(text: string): string {
	if (!anyTouched.test(text)) return text;
	return text.replace(escapeSequence, '').replace(invisible, '').replace(unsettled, settle);
}

/** Like `sanitize`, and folds tabs and newlines (line separators too) into single spaces: for one-line fields. */
export function sanitizeLine(text: string): string {
	if (!anyTouched.test(text)) return text;
	return text
		.replace(escapeSequence, '')
		.replace(invisible, '')
		.replace(unsettled, settle)
		.replace(/[\t\r\n]+/g, ' ');
}

/**
 * False when no string of this JSON text can hold anything `sanitize` would change, whether as it
 * is or escaped: one scan of the text instead of a check per string. True may be a false alarm
 * (an escaped backslash followed by an n), never a miss.
 */
export function jsonMayNeedSanitizing(jsonText: string): boolean {
	return anyTouchedInJson.test(jsonText);
}
