import {sourceFingerprint} from '../fingerprint.js';

declare const __BRIEF_EXTRACTOR_FINGERPRINT__: string | undefined;

/** Identifies the extraction rules, so a cache never serves results of older rules. */
export function extractorFingerprint(): string {
	return typeof __BRIEF_EXTRACTOR_FINGERPRINT__ === 'string' ? __BRIEF_EXTRACTOR_FINGERPRINT__ : sourceFingerprint(['extract']);
}
