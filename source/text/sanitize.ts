// Article text is untrusted: it must not be able to drive the terminal. Hand-written because
// strip-ansi removes escape sequences but keeps bare controls, bidi overrides and zero-width marks.

/* eslint-disable no-control-regex */
// CSI, OSC (BEL or ST terminated), DCS/SOS/PM/APC strings, and two-byte escapes, in 7-bit and 8-bit forms.
// A string never terminated ends at the end of its line: a stray ESC ] must not take the rest of an article with it.
const escapeSequence =
	/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;
// C0 and C1 controls except tab and newline, DEL, bidi embeddings/overrides/isolates, zero-width and
// invisible formatting characters, BOM, interlinear annotations, Unicode tag characters.
const invisible = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
// Every character either replacement above can touch (an escape sequence starts with a control
// character, tabs and newlines are controls too, and \uDB40 starts every tag character). Text without
// one is returned as it is: one scan instead of three, for the tens of thousands of fields a large
// briefing sanitizes. One character class, without the alternation, scans about 3x faster when cold.
const anyTouched = /[\u0000-\u001F\u007F-\u009F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uDB40\uFEFF\uFFA0\uFFF9-\uFFFB]/;
// In JSON text: such a character as it is, or an escape that could make one (anything but \" \\ \/).
const anyTouchedInJson = new RegExp(`${anyTouched.source}|\\\\[^"\\\\/]`);
/* eslint-enable no-control-regex */

/** Removes escape sequences and invisible or control characters; keeps tabs and newlines. */
export function sanitize(text: string): string {
	if (!anyTouched.test(text)) return text;
	return text.replace(escapeSequence, '').replace(invisible, '');
}

/** Like `sanitize`, and folds tabs and newlines into single spaces: for one-line fields. */
export function sanitizeLine(text: string): string {
	if (!anyTouched.test(text)) return text;
	return text.replace(escapeSequence, '').replace(invisible, '').replace(/[\t\r\n]+/g, ' ');
}

/**
 * False when no string of this JSON text can hold anything `sanitize` would change, whether as it
 * is or escaped: one scan of the text instead of a check per string. True may be a false alarm
 * (an escaped backslash followed by an n), never a miss.
 */
export function jsonMayNeedSanitizing(jsonText: string): boolean {
	return anyTouchedInJson.test(jsonText);
}
