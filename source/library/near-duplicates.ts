import {createHash} from 'node:crypto';

// One story syndicated by several sites is found on its text: MinHash over character shingles
// (Japanese has no spaces to make words of), looked up through locality-sensitive bands so a new
// article is compared only with the few that share a band, not with the whole library.

/** Hashes per signature: 16 bands of 4 rows. */
const signatureSize = 64;
const rowsPerBand = 4;
const shingleLength = 5;
/**
 * Signatures agreeing on this share of their hashes are one story. Independently written articles
 * on the same news share well under a fifth of their shingles; a copy with a portal's own first or
 * last lines still shares most.
 */
export const sameStorySimilarity = 0.7;

/** The text as compared: NFKC, lower case, without white space, punctuation or symbols. */
export function comparableText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Identifies an exact copy of the text, whatever its markup, spacing or punctuation. */
export function textHash(comparable: string): string {
	return createHash('sha256').update(comparable).digest('hex');
}

function mix(value: number): number {
	// MurmurHash3's finalizer: every input bit moves every output bit.
	let hash = value;
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85eb_ca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2_ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

const seeds = Array.from({length: signatureSize}, (_, index) => mix(0x9e37_79b9 + index * 0x7f4a_7c15));

function shingleHash(text: string, start: number, end: number): number {
	// FNV-1a over UTF-16 code units.
	let hash = 0x811c_9dc5;
	for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x0100_0193);
	return hash >>> 0;
}

/** The MinHash signature of comparable text. */
export function minHash(comparable: string): Uint32Array {
	const signature = new Uint32Array(signatureSize).fill(0xffff_ffff);
	const last = Math.max(1, comparable.length - shingleLength + 1);
	for (let start = 0; start < last; start++) {
		const shingle = shingleHash(comparable, start, Math.min(comparable.length, start + shingleLength));
		for (let index = 0; index < signatureSize; index++) {
			const value = mix(shingle ^ seeds[index]!);
			if (value < signature[index]!) signature[index] = value;
		}
	}

	return signature;
}

/** The keys of the signature's bands: articles sharing one are compared. */
export function bandKeys(signature: Uint32Array): string[] {
	const keys: string[] = [];
	for (let band = 0; band * rowsPerBand < signature.length; band++) {
		const rows = Array.from(signature.subarray(band * rowsPerBand, (band + 1) * rowsPerBand), value => value.toString(36));
		keys.push(`${band}:${rows.join('.')}`);
	}

	return keys;
}

/** The share of hashes two signatures agree on: an estimate of their texts' Jaccard similarity. */
export function similarity(first: Uint32Array, second: Uint32Array): number {
	let same = 0;
	for (let index = 0; index < signatureSize; index++) if (first[index] === second[index]) same++;
	return same / signatureSize;
}

export function signatureToBytes(signature: Uint32Array): Buffer {
	return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array | undefined {
	if (bytes.byteLength !== signatureSize * 4) return undefined;
	const copy = new Uint8Array(bytes);
	return new Uint32Array(copy.buffer);
}
