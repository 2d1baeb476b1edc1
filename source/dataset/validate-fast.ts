// The dataset check of validate.ts written out record by record, for the common case of a valid
// dataset: no path kept, no closure per field. It accepts only what validate.ts accepts and returns
// the same value (fields in schema order, defaults filled, unknown keys dropped); on anything else it
// gives up and validate.ts finds the first problem and says where. test/dataset/validate.test.ts holds
// it to that on every one-spot change of two datasets. A record that already is what validate.ts
// would build (its keys exactly the schema's, in order, as shards are written) is kept rather than
// copied: copying the largest shard of 10,000 articles cost more in garbage collection than in checks.
import type {Article, BriefEvent, Company, Conflict, Dataset, Metric} from './schema.js';
import {datePattern, metricKinds, metricUnits, qualifiers} from './validate.js';

type Fields = Record<string, unknown>;

/** The generic check fails somewhere below; the caller runs it to find where. */
const giveUp = undefined;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && datePattern.test(value);
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';

/**
 * True when the record's keys are exactly `keys`, in that order, none undefined (a default would
 * replace it): then, its fields checked, it is its own checked copy.
 */
function hasExactly(record: Fields, keys: readonly string[]): boolean {
	let index = 0;
	for (const key in record) {
		if (key !== keys[index] || record[key] === undefined) return false;
		index++;
	}

	return index === keys.length;
}

const companyKeys = ['id', 'name', 'ticker', 'aliases', 'japaneseNames', 'segments'];
const segmentKeys = ['id', 'name'];
const articleKeys = ['id', 'file', 'title', 'published', 'publishedInferred', 'summary', 'companies', 'source'];
const hashedArticleKeys = [...articleKeys, 'sha256'];
const eventKeys = ['id', 'date', 'dateText', 'companies', 'action', 'text', 'sources'];
const sourceKeys = ['article', 'quote'];
const metricKeys = ['id', 'company', 'segment', 'kind', 'label', 'value', 'unit', 'text', 'qualifier', 'converted', 'counterparty', 'period', 'asOf', 'order', 'superseded', 'article', 'quote'];
const convertedKeys = ['value', 'unit'];
const conflictKeys = ['company', 'kind', 'period', 'metrics', 'note'];

/** Arrays of strings are kept as parsed: nothing else holds them. */
function isStrings(value: unknown, minimum = 0, nonEmpty = false): value is string[] {
	if (!Array.isArray(value) || value.length < minimum) return false;
	for (const item of value) if (typeof item !== 'string' || (nonEmpty && item.length === 0)) return false;
	return true;
}

function company(value: unknown): Company | undefined {
	if (!isFields(value)) return giveUp;
	const {id, name, ticker, aliases, japaneseNames = [], segments = []} = value;
	if (!isNonEmpty(id) || !isNonEmpty(name) || !isNullableString(ticker) || !isStrings(aliases) || !isStrings(japaneseNames) || !Array.isArray(segments)) return giveUp;
	const checkedSegments: Array<{id: string; name: string}> = [];
	let kept = true;
	for (const segment of segments as unknown[]) {
		if (!isFields(segment) || !isNonEmpty(segment['id']) || typeof segment['name'] !== 'string') return giveUp;
		const same = hasExactly(segment, segmentKeys);
		kept &&= same;
		checkedSegments.push(same ? (segment as {id: string; name: string}) : {id: segment['id'], name: segment['name']});
	}

	if (kept && hasExactly(value, companyKeys)) return value as unknown as Company;
	return {id, name, ticker, aliases, japaneseNames, segments: checkedSegments};
}

function article(value: unknown): Article | undefined {
	if (!isFields(value)) return giveUp;
	const {id, file, title, published, publishedInferred, summary, companies, source = null, sha256} = value;
	if (!isNonEmpty(id) || typeof file !== 'string' || typeof title !== 'string' || (published !== null && !isDate(published)) || typeof publishedInferred !== 'boolean') return giveUp;
	if (!isStrings(summary) || !isStrings(companies, 0, true) || !isNullableString(source)) return giveUp;
	if (sha256 === undefined) return hasExactly(value, articleKeys) ? (value as unknown as Article) : {id, file, title, published, publishedInferred, summary, companies, source};
	if (typeof sha256 !== 'string') return giveUp;
	return hasExactly(value, hashedArticleKeys) ? (value as unknown as Article) : {id, file, title, published, publishedInferred, summary, companies, source, sha256};
}

function event(value: unknown): BriefEvent | undefined {
	if (!isFields(value)) return giveUp;
	const {id, date, dateText = '', companies, action = 'other', text, sources} = value;
	if (!isNonEmpty(id) || !isDate(date) || typeof dateText !== 'string' || !isStrings(companies, 1, true) || typeof action !== 'string' || typeof text !== 'string') return giveUp;
	if (!Array.isArray(sources) || sources.length === 0) return giveUp;
	const checkedSources: Array<{article: string; quote: string}> = [];
	let kept = true;
	for (const source of sources as unknown[]) {
		if (!isFields(source) || !isNonEmpty(source['article']) || typeof source['quote'] !== 'string') return giveUp;
		const same = hasExactly(source, sourceKeys);
		kept &&= same;
		checkedSources.push(same ? (source as {article: string; quote: string}) : {article: source['article'], quote: source['quote']});
	}

	if (kept && hasExactly(value, eventKeys)) return value as unknown as BriefEvent;
	return {id, date, dateText, companies, action, text, sources: checkedSources};
}

function metric(value: unknown): Metric | undefined {
	if (!isFields(value)) return giveUp;
	const {id, company, segment = null, kind, label = '', value: amount, unit, text = '', qualifier = 'exact', converted = null, counterparty = null, period, asOf, order = 0, superseded = false, article, quote} = value;
	if (!isNonEmpty(id) || !isNonEmpty(company) || !isNullableString(segment) || !(metricKinds as readonly unknown[]).includes(kind) || typeof label !== 'string') return giveUp;
	if (!isNumber(amount) || !(metricUnits as readonly unknown[]).includes(unit) || typeof text !== 'string' || !(qualifiers as readonly unknown[]).includes(qualifier)) return giveUp;
	if (!isNullableString(counterparty) || (period !== null && !isDate(period)) || (asOf !== null && !isDate(asOf))) return giveUp;
	if (!Number.isSafeInteger(order) || (order as number) < 0 || typeof superseded !== 'boolean' || !isNonEmpty(article) || typeof quote !== 'string') return giveUp;
	let checkedConverted: Metric['converted'] = null;
	let kept = true;
	if (converted !== null) {
		if (!isFields(converted) || !isNumber(converted['value']) || !(metricUnits as readonly unknown[]).includes(converted['unit'])) return giveUp;
		kept = hasExactly(converted, convertedKeys);
		checkedConverted = kept ? (converted as Metric['converted']) : {value: converted['value'], unit: converted['unit'] as Metric['unit']};
	}

	if (kept && hasExactly(value, metricKeys)) return value as unknown as Metric;
	return {
		id,
		company,
		segment,
		kind: kind as Metric['kind'],
		label,
		value: amount,
		unit: unit as Metric['unit'],
		text,
		qualifier: qualifier as Metric['qualifier'],
		converted: checkedConverted,
		counterparty,
		period,
		asOf,
		order: order as number,
		superseded,
		article,
		quote,
	};
}

function conflict(value: unknown): Conflict | undefined {
	if (!isFields(value)) return giveUp;
	const {company, kind, period = null, metrics, note} = value;
	if (!isNonEmpty(company) || !(metricKinds as readonly unknown[]).includes(kind) || !isNullableString(period) || !isStrings(metrics, 2, true) || typeof note !== 'string') return giveUp;
	return hasExactly(value, conflictKeys) ? (value as unknown as Conflict) : {company, kind: kind as Conflict['kind'], period, metrics, note};
}

function records<Item>(value: unknown, check: (item: unknown) => Item | undefined): Item[] | undefined {
	if (!Array.isArray(value)) return giveUp;
	const checked: Item[] = [];
	for (const item of value as unknown[]) {
		const record = check(item);
		if (record === undefined) return giveUp;
		checked.push(record);
	}

	return checked;
}

/** The dataset exactly as `validateDataset` gives it when that accepts it quickly; undefined otherwise (run `validateDataset`). */
export function validateDatasetQuickly(json: unknown): Dataset | undefined {
	if (!isFields(json) || json['version'] !== 1) return giveUp;
	const companies = records(json['companies'], company);
	const articles = companies && records(json['articles'], article);
	const events = articles && records(json['events'], event);
	const metrics = events && records(json['metrics'], metric);
	const conflicts = metrics && records(json['conflicts'], conflict);
	if (!companies || !articles || !events || !metrics || !conflicts) return giveUp;
	return {version: 1, companies, articles, events, metrics, conflicts};
}
