import {z} from 'zod';

/** Dates as the articles give them: a year, a month, a day or a quarter. */
export const partialDate = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$/, 'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn');

export const metricKinds = ['market_share', 'revenue_growth', 'revenue', 'investment', 'stock_move', 'customers', 'other'] as const;
export const metricUnits = ['%', 'USD', 'JPY', 'count'] as const;

const id = z.string().min(1);

export const companySchema = z.object({
	id,
	name: z.string().min(1),
	ticker: z.string().nullable(),
	aliases: z.array(z.string()),
	japaneseNames: z.array(z.string()).default([]),
	segments: z.array(z.object({id, name: z.string()})).default([]),
});

export const articleSchema = z.object({
	id,
	file: z.string(),
	title: z.string(),
	published: partialDate.nullable(),
	publishedInferred: z.boolean(),
	summary: z.array(z.string()),
	companies: z.array(id),
	source: z.string().nullable().default(null),
	sha256: z.string().optional(),
});

export const eventSchema = z.object({
	id,
	date: partialDate,
	/** The date expression as written ("2025年秋", "2019年以降"), for display. */
	dateText: z.string().default(''),
	companies: z.array(id).min(1),
	action: z.string().default('other'),
	text: z.string(),
	sources: z.array(z.object({article: id, quote: z.string()})).min(1),
});

export const metricSchema = z.object({
	id,
	company: id,
	/** The registry segment the figure is about (aws, azure...), when it names one. */
	segment: z.string().nullable().default(null),
	kind: z.enum(metricKinds),
	/** Short English label: "Cloud share", "Capex", "Contract"... */
	label: z.string().default(''),
	value: z.number().finite(),
	unit: z.enum(metricUnits),
	/** The amount as written, e.g. "約4,400億円". */
	text: z.string().default(''),
	qualifier: z.enum(['approx', 'over', 'at_least', 'under', 'exact']).default('exact'),
	converted: z.object({value: z.number().finite(), unit: z.enum(metricUnits)}).nullable().default(null),
	/** The other party of a deal or an investment. */
	counterparty: z.string().nullable().default(null),
	period: partialDate.nullable(),
	asOf: partialDate.nullable(),
	/** Position in a "34%から29%" run: 0 is the earliest observation. */
	order: z.number().int().min(0).default(0),
	/** True for the earlier side of a transition ("34%" in "34%から29%"). */
	superseded: z.boolean().default(false),
	article: id,
	quote: z.string(),
});

export const conflictSchema = z.object({
	company: id,
	kind: z.enum(metricKinds),
	period: z.string().nullable().default(null),
	metrics: z.array(id).min(2),
	note: z.string(),
});

export const datasetVersion = 1;

export const datasetSchema = z.object({
	version: z.literal(datasetVersion),
	companies: z.array(companySchema),
	articles: z.array(articleSchema),
	events: z.array(eventSchema),
	metrics: z.array(metricSchema),
	conflicts: z.array(conflictSchema),
});

/** The dataset `brief extract` writes and every view reads. */
export type Dataset = z.infer<typeof datasetSchema>;
export type Company = z.infer<typeof companySchema>;
export type Article = z.infer<typeof articleSchema>;
export type BriefEvent = z.infer<typeof eventSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type MetricKind = (typeof metricKinds)[number];
export type MetricUnit = (typeof metricUnits)[number];
