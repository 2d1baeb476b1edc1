// Japanese sites still serve Shift_JIS and EUC-JP: the charset is found as a browser finds it (byte
// order mark, then the Content-Type header, then the document's own declaration) and decoded with
// Node's TextDecoder, whose full ICU reads every Japanese encoding without iconv.

/** Names some servers use that the Encoding Standard does not know. */
const aliases: Readonly<Record<string, string>> = {
	cp932: 'shift_jis',
	ms932: 'shift_jis',
	'x-ms-cp932': 'shift_jis',
	sjis: 'shift_jis',
	eucjp: 'euc-jp',
	'x-eucjp': 'euc-jp',
	utf8: 'utf-8',
};

/** A decoder for the label, or undefined when the label names no encoding Node knows. */
function decoderFor(label: string, fatal = false): TextDecoder | undefined {
	const name = label.trim().toLowerCase();
	try {
		return new TextDecoder(aliases[name] ?? name, {fatal});
	} catch {
		return undefined;
	}
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return undefined;
}

/** The charset parameter of a Content-Type header. */
function headerCharset(contentType: string | null | undefined): string | undefined {
	return contentType ? /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] : undefined;
}

// Declarations are ASCII in every encoding brief reads (ISO-2022-JP included), so the start of the
// document is searched as Latin-1.
const xmlDeclaration = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i;
const metaCharset = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const declarationWindow = 4096;

/** The encoding the document declares in its first bytes: an XML declaration or a `<meta>` charset. */
function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, declarationWindow)).toString('latin1');
	return xmlDeclaration.exec(head)?.[1] ?? metaCharset.exec(head)?.[1];
}

function hasIso2022Escapes(bytes: Uint8Array): boolean {
	for (let index = 0; index + 2 < bytes.length; index++) {
		if (bytes[index] !== 0x1b) continue;
		const [first, second] = [bytes[index + 1], bytes[index + 2]];
		if ((first === 0x24 && (second === 0x40 || second === 0x42)) || (first === 0x28 && (second === 0x4a || second === 0x42))) return true;
	}

	return false;
}

export interface DecodedText {
	readonly text: string;
	/** The encoding used, as TextDecoder names it. */
	readonly charset: string;
}

/** Tried in order when nothing declares the encoding: valid UTF-8 is rarely anything else. */
const undeclaredGuesses = ['utf-8', 'shift_jis', 'euc-jp', 'iso-2022-jp'];

/**
 * The text of a document: by its byte order mark, else the charset of its Content-Type header,
 * else its XML declaration or `<meta charset>`, else the first of UTF-8, Shift_JIS, EUC-JP and
 * ISO-2022-JP it is valid in. A label Node does not know is passed over.
 */
export function decodeDocument(bytes: Uint8Array, contentType: string | null | undefined): DecodedText {
	const declared = [byteOrderMark(bytes), headerCharset(contentType), declaredCharset(bytes)];
	for (const label of declared) {
		const decoder = label === undefined ? undefined : decoderFor(label);
		// A page that says UTF-16 in its ASCII-compatible bytes is not UTF-16 (the HTML standard reads it as UTF-8).
		if (decoder && !(label !== byteOrderMark(bytes) && decoder.encoding.startsWith('utf-16'))) return {text: decoder.decode(bytes), charset: decoder.encoding};
	}

	// ISO-2022-JP is 7-bit, so valid UTF-8 too: its escape sequences give it away.
	const guesses = hasIso2022Escapes(bytes) ? ['iso-2022-jp', ...undeclaredGuesses] : undeclaredGuesses;
	for (const label of guesses) {
		try {
			return {text: decoderFor(label, true)!.decode(bytes), charset: label};
		} catch {
			// Not valid in this encoding: the next.
		}
	}

	return {text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8'};
}
