import {z} from 'zod';
import {currencyUnits, eventKinds, figureKinds, periodPattern} from '../../source/dataset/schema.js';

// The shape `brief --json` promises (version 2), for the tests: stricter than a reader needs.
const date = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
const period = z.string().regex(periodPattern);
const source = z.strictObject({article: z.string().min(1), title: z.string(), published: date.nullable(), quote: z.string().min(1)});
const reference = z.strictObject({id: z.string().min(1), name: z.string().min(1)});
const unit = z.enum(['%', 'pt', ...currencyUnits, 'count']);
const kind = z.enum(figureKinds);
const direction = z.enum(['up', 'down', 'flat']).nullable();
const amount = z.strictObject({value: z.number(), unit, text: z.string()});

export const figureJsonSchema = z.strictObject({
	id: z.string().min(1),
	fact: z.string().min(1),
	kind,
	kindName: z.string().min(1),
	measure: z.string(),
	owner: reference,
	counterparty: reference.nullable(),
	segment: reference.nullable(),
	value: z.number(),
	unit,
	text: z.string(),
	display: z.string().min(1),
	qualifier: z.enum(['approx', 'over', 'at_least', 'under', 'up_to', 'exact']),
	range: z.strictObject({low: z.number(), high: z.number()}).nullable(),
	converted: amount.nullable(),
	period: period.nullable(),
	periodText: z.string(),
	basis: z.enum(['actual', 'outlook']),
	researchFirm: z.string().min(1).nullable(),
	asOf: date.nullable(),
	prior: z.boolean(),
	conflict: z.boolean(),
	sources: z.array(source).min(1),
});

const latest = figureJsonSchema.extend({series: z.string().min(1), previous: figureJsonSchema.nullable(), direction});

export const eventJsonSchema = z.strictObject({
	id: z.string().min(1),
	date,
	dateText: z.string(),
	kind: z.enum(eventKinds),
	kindName: z.string().min(1),
	title: z.string(),
	amount: amount.nullable(),
	companies: z.array(z.string()).min(1),
	sources: z.array(source).min(1),
});

export const articleJsonSchema = z.strictObject({
	id: z.string().min(1),
	date: date.nullable(),
	dateInferred: z.boolean(),
	title: z.string(),
	publisher: z.string().nullable(),
	file: z.string(),
	summary: z.array(z.string()),
	urls: z.array(z.string()),
	reason: z.string(),
});

export const conflictJsonSchema = z.strictObject({
	kind,
	kindName: z.string().min(1),
	segment: reference.nullable(),
	period: period.nullable(),
	basis: z.enum(['actual', 'outlook']),
	note: z.string(),
	figures: z.array(figureJsonSchema),
});

export const companyHeadJsonSchema = z.strictObject({
	id: z.string().min(1),
	name: z.string().min(1),
	ticker: z.string().nullable(),
	japaneseName: z.string().nullable(),
	inRegistry: z.boolean(),
	fiscalYearEnd: z.number().int().min(1).max(12).nullable(),
	segments: z.array(reference),
	watched: z.boolean(),
	articleCount: z.number().int().min(0),
	conflict: z.boolean(),
	latest: z.partialRecord(kind, latest),
});

const point = z.strictObject({figure: z.string().min(1), when: z.string().nullable(), value: z.number(), prior: z.boolean(), conflict: z.boolean()});

export const briefingJsonSchema = z.strictObject({
	schema: z.literal('brief.briefing'),
	version: z.literal(2),
	companies: z.array(
		companyHeadJsonSchema.extend({
			series: z.array(
				z.strictObject({
					key: z.string(),
					kind,
					kindName: z.string(),
					segment: reference.nullable(),
					researchFirm: z.string().nullable(),
					unit,
					conflict: z.boolean(),
					latest: z.string().min(1),
					previous: z.string().min(1).nullable(),
					direction,
					points: z.array(point).min(1),
				}),
			),
			figures: z.array(figureJsonSchema),
			conflicts: z.array(conflictJsonSchema),
			timeline: z.array(eventJsonSchema),
			articles: z.array(articleJsonSchema),
		}),
	),
});
