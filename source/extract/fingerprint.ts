import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

declare const __BRIEF_EXTRACTOR_FINGERPRINT__: string | undefined;

let cached: string | undefined;

/**
 * Identifies the extraction rules, so a cache never serves results of older rules. The build
 * defines it from the sources; when running from source, the sources are hashed here.
 */
export function extractorFingerprint(): string {
	if (typeof __BRIEF_EXTRACTOR_FINGERPRINT__ === 'string') return __BRIEF_EXTRACTOR_FINGERPRINT__;
	if (cached) return cached;
	const folder = dirname(fileURLToPath(import.meta.url));
	const hash = createHash('sha256');
	try {
		for (const name of readdirSync(folder).sort()) if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(folder, name)));
	} catch {
		hash.update(String(Date.now()));
	}

	cached = hash.digest('hex').slice(0, 16);
	return cached;
}
