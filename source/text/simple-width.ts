// Display width without string-width for the characters brief's text is made of (ASCII, Latin,
// Japanese, CJK, full-width forms, common punctuation and symbols). string-width builds an
// Intl.Segmenter and Unicode-property regexes when loaded and runs them on every call: ~50 ms of a
// ~100 ms plain run. Every range below is checked against string-width, code point by code point,
// in test/text/simple-width.test.ts.

/** [first, last, width] with ranges sorted; a code point outside them is not simple. */
const ranges: ReadonlyArray<readonly [number, number, 1 | 2]> = [
	[0x20, 0x7e, 1],
	[0xa0, 0xac, 1],
	// 0xAD, the soft hyphen, is invisible.
	[0xae, 0x2ff, 1],
	[0x370, 0x377, 1],
	[0x37a, 0x37f, 1],
	[0x384, 0x38a, 1],
	[0x38c, 0x38c, 1],
	[0x38e, 0x3a1, 1],
	[0x3a3, 0x482, 1],
	[0x2010, 0x2027, 1],
	[0x2030, 0x205e, 1],
	[0x2070, 0x2071, 1],
	[0x2074, 0x208e, 1],
	[0x20a0, 0x20c0, 1],
	[0x2100, 0x218b, 1],
	[0x2190, 0x22ff, 1],
	[0x2460, 0x24ff, 1],
	[0x2500, 0x25fc, 1],
	[0x2605, 0x2606, 1],
	[0x2e80, 0x2e99, 2],
	[0x2e9b, 0x2ef3, 2],
	[0x2f00, 0x2fd5, 2],
	[0x2ff0, 0x3029, 2],
	// 0x302A-0x302D are combining tone marks.
	[0x302e, 0x303e, 2],
	[0x3041, 0x3096, 2],
	// 0x3099-0x309A are combining (han)dakuten.
	[0x309b, 0x30ff, 2],
	[0x3105, 0x312f, 2],
	[0x3131, 0x3163, 2],
	// 0x3164, the Hangul filler, is invisible.
	[0x3165, 0x318e, 2],
	[0x3190, 0x31e5, 2],
	[0x31ef, 0x321e, 2],
	[0x3220, 0x3247, 2],
	[0x3250, 0x4dbf, 2],
	[0x4e00, 0x9fff, 2],
	[0xac00, 0xd7a3, 2],
	[0xf900, 0xfaff, 2],
	[0xff01, 0xff60, 2],
	// 0xFF9E-0xFF9F, the half-width (han)dakuten, join the kana before them into one grapheme.
	[0xff61, 0xff9d, 1],
	[0xffe0, 0xffe6, 2],
	[0x20000, 0x2a6df, 2],
];

/** Binary search of `ranges`: the width of a simple code point, else undefined. */
export function rangeWidth(codePoint: number): 1 | 2 | undefined {
	let low = 0;
	let high = ranges.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const range = ranges[middle]!;
		if (codePoint < range[0]) high = middle - 1;
		else if (codePoint > range[1]) low = middle + 1;
		else return range[2];
	}

	return undefined;
}

let bmpWidths: Uint8Array | undefined;

/**
 * `ranges` as a table of the 65,536 BMP code points (0: not simple), built on first use: wrapping a
 * large briefing looks up about a million characters, and a table load is several times cheaper
 * than the search (test/text/simple-width.test.ts checks both agree on every code point).
 */
export function bmpWidthTable(): Uint8Array {
	if (bmpWidths) return bmpWidths;
	const table = new Uint8Array(0x1_00_00);
	for (const [first, last, width] of ranges) if (first <= 0xff_ff) table.fill(width, first, Math.min(last, 0xff_ff) + 1);
	bmpWidths = table;
	return table;
}

/** The width of one code point when it is simple (a whole grapheme on its own), else undefined. */
export function simpleCodePointWidth(codePoint: number): 1 | 2 | undefined {
	if (codePoint <= 0xff_ff) {
		const width = bmpWidthTable()[codePoint]!;
		return width === 0 ? undefined : (width as 1 | 2);
	}

	return rangeWidth(codePoint);
}

/** The display width of text made only of simple code points; undefined when any is not simple. */
export function simpleWidth(text: string): number | undefined {
	const table = bmpWidthTable();
	let width = 0;
	for (let index = 0; index < text.length; index++) {
		const size = table[text.charCodeAt(index)]!;
		if (size !== 0) {
			width += size;
			continue;
		}

		// Not simple, unless it is the first half of a simple astral code point (𠮷).
		const codePoint = text.codePointAt(index)!;
		const astral = codePoint > 0xff_ff ? rangeWidth(codePoint) : undefined;
		if (astral === undefined) return undefined;
		width += astral;
		index++;
	}

	return width;
}
