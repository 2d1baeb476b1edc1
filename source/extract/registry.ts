import {readFileSync} from 'node:fs';
import {z} from 'zod';
import registryJson from '../../data/companies.json' with {type: 'json'};

const segmentSchema = z.object({
	id: z.string().min(1),
	name: z.string().min(1),
	category: z.string().optional(),
	aliases: z.array(z.string()).default([]),
});

const companySchema = z.object({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'),
	name: z.string().min(1),
	ticker: z.string().nullable().default(null),
	japaneseNames: z.array(z.string()).default([]),
	aliases: z.array(z.string()).default([]),
	segments: z.array(segmentSchema).optional(),
	/** The month the fiscal year ends in: 3 for most Japanese companies, 6 for Microsoft, 12 for the calendar year. */
	fiscalYearEnd: z.number().int().min(1).max(12).nullable().default(null),
});

const registrySchema = z.object({companies: z.array(companySchema).min(1)});

/** A business line reported under its parent: AWS under Amazon, Azure under Microsoft. */
export type RegistrySegment = z.infer<typeof segmentSchema>;
/** A canonical company of data/companies.json. */
export type RegistryCompany = z.infer<typeof companySchema>;
export type Registry = z.infer<typeof registrySchema>;

export const defaultRegistry: Registry = registryJson as Registry;

export class RegistryError extends Error {
	override readonly name = 'RegistryError';
}

/** A company registry from a JSON file shaped like data/companies.json. */
export function loadRegistry(file: string): Registry {
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
		throw new RegistryError(`${file}: cannot read company registry (${detail})`);
	}

	const result = registrySchema.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new RegistryError(`${file}: invalid company registry at ${issue.path.join('.') || 'top level'}: ${issue.message}`);
	}

	return result.data;
}
