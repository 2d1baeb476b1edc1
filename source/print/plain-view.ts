import type {StoreView} from '../dataset/store-index.js';
import {selectCompanyBriefing} from '../dataset/selectors/company-briefing.js';
import {sourceFingerprint} from '../fingerprint.js';
import type {Language} from '../text/language.js';
import {plainBriefing, type PlainBriefing} from './plain-briefing.js';

declare const __BRIEF_PRINTER_FINGERPRINT__: string | undefined;

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isListOf = (value: unknown, item: (value: unknown) => boolean): boolean => Array.isArray(value) && value.every(item);

function isHeader(value: unknown): boolean {
	return isFields(value) && isText(value['id']) && isText(value['name']) && isTextOrNull(value['ticker']) && isTextOrNull(value['japaneseName']) && typeof value['watched'] === 'boolean' && typeof value['hasConflict'] === 'boolean';
}

const isSource = (value: unknown) => isFields(value) && isText(value['citation']) && isText(value['quote']);
const isKeyFigure = (value: unknown) => isFields(value) && isText(value['label']) && isText(value['words']);
const isFigure = (value: unknown) => isFields(value) && isListOf(value['cells'], isText) && isText(value['words']) && isListOf(value['sources'], isSource);
const isSeries = (value: unknown) => isFields(value) && isText(value['title']) && isText(value['summary']) && isListOf(value['values'], item => typeof item === 'number' && Number.isFinite(item));
const isEvent = (value: unknown) => isFields(value) && isText(value['row']) && isListOf(value['sources'], isSource);
const isArticle = (value: unknown) => isFields(value) && isText(value['head']) && isText(value['reason']) && isListOf(value['sentences'], isText);

/** A stored plain briefing when `json` has the shape of one (the store has already seen that no string needs sanitizing). */
export function asPlainBriefing(json: unknown): PlainBriefing | undefined {
	if (!isFields(json) || !isHeader(json['header'])) return undefined;
	const {keyFigures, figures, series, conflicts, timeline, articles} = json;
	const whole = isListOf(keyFigures, isKeyFigure) && isListOf(figures, isFigure) && isListOf(series, isSeries) && isListOf(conflicts, isText) && isListOf(timeline, isEvent) && isListOf(articles, isArticle);
	return whole ? (json as unknown as PlainBriefing) : undefined;
}

/**
 * The plain briefing of each company, made when the dataset is indexed. The text printer needs only
 * the briefing's words; making them means reading, checking and choosing among all of a company's
 * records: for the largest company of 10,000 articles (9,000 figures, 4,500 articles) ~100 ms of a
 * 266 ms run, done again on every run. The stored words are a quarter of the shard's text and
 * read in ~15 ms; laying them out is left. Any change to the code that makes them (the selectors,
 * the printers, the text functions) gives another fingerprint, and a stored briefing of other code
 * is ignored, not trusted.
 */
function plainViewIn(language: Language): StoreView<PlainBriefing> {
	return {
		// The English view keeps the name indexes already have.
		name: language === 'en' ? 'plain' : `plain-${language}`,
		fingerprint: () => (typeof __BRIEF_PRINTER_FINGERPRINT__ === 'string' ? __BRIEF_PRINTER_FINGERPRINT__ : sourceFingerprint(['dataset', 'print', 'text'])),
		make(shard, companyId) {
			const briefing = selectCompanyBriefing(shard, companyId);
			// Stored for nobody's watchlist: a reader marks its own.
			return briefing && plainBriefing({...briefing, header: {...briefing.header, watched: false}}, language);
		},
		accept: asPlainBriefing,
	};
}

/** The plain briefing views, one a language: each is stored, so `--plain` is as fast in either. */
export const plainViews: Readonly<Record<Language, StoreView<PlainBriefing>>> = {en: plainViewIn('en'), ja: plainViewIn('ja')};

/** The English view (the one indexes made before there were two). */
export const plainView = plainViews.en;
