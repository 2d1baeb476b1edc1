import {z} from 'zod';

// The shape `brief --json` promises (version 1), for the tests: stricter than a reader needs.
const date = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$/);
const source = z.strictObject({article: z.string().min(1), title: z.string(), published: date.nullable(), quote: z.string().min(1)});
const segment = z.strictObject({id: z.string(), name: z.string()}).nullable();
const unit = z.enum(['%', 'USD', 'JPY', 'count']);
const kind = z.enum(['market_share', 'revenue_growth', 'revenue', 'investment', 'stock_move', 'customers', 'other']);

export const figureJsonSchema = z.strictObject({
	metric: z.string().min(1),
	kind,
	label: z.string().min(1),
	segment,
	value: z.number(),
	unit,
	text: z.string(),
	display: z.string().min(1),
	qualifier: z.enum(['approx', 'over', 'at_least', 'under', 'exact']),
	converted: z.strictObject({value: z.number(), unit}).nullable(),
	counterparty: z.string().nullable(),
	period: date.nullable(),
	asOf: date.nullable(),
	order: z.number().int().min(0),
	superseded: z.boolean(),
	conflict: z.boolean(),
	source,
});

const latest = figureJsonSchema.extend({previous: figureJsonSchema.nullable(), direction: z.enum(['up', 'down', 'flat']).nullable()}).nullable();

export const eventJsonSchema = z.strictObject({
	id: z.string().min(1),
	date,
	dateText: z.string(),
	action: z.string(),
	text: z.string(),
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
});

export const briefingJsonSchema = z.strictObject({
	schema: z.literal('brief.briefing'),
	version: z.literal(1),
	companies: z.array(
		z.strictObject({
			id: z.string().min(1),
			name: z.string().min(1),
			ticker: z.string().nullable(),
			japaneseName: z.string().nullable(),
			watched: z.boolean(),
			articleCount: z.number().int().min(0),
			conflict: z.boolean(),
			latest: z.strictObject({marketShare: latest, revenueGrowth: latest}),
			series: z.array(z.strictObject({key: z.string(), kind, label: z.string(), segment, unit, conflict: z.boolean(), points: z.array(figureJsonSchema).min(1)})),
			figures: z.array(figureJsonSchema),
			conflicts: z.array(z.strictObject({kind, label: z.string(), period: z.string().nullable(), note: z.string(), figures: z.array(figureJsonSchema)})),
			timeline: z.array(eventJsonSchema),
			articles: z.array(articleJsonSchema),
		}),
	),
});
