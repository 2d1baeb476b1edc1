import {sourceFingerprint} from '../fingerprint.js';

declare const __BRIEF_EXTRACTOR_FINGERPRINT__: string | undefined;

/**
 * Identifies the extraction rules, so a cache never serves results of older rules: the extractor's code and the
 * layers below it that it imports (the schema's vocabularies decide what is kept), as scripts/build.js reads them.
 */
export function extractorFingerprint(): string {
	return typeof __BRIEF_EXTRACTOR_FINGERPRINT__ === 'string' ? __BRIEF_EXTRACTOR_FINGERPRINT__ : sourceFingerprint(['dataset', 'extract', 'text']);
}
