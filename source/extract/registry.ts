import {z} from 'zod';
import registryJson from '../../data/companies.json' with {type: 'json'};
import {readFailureOf, readRegularFile} from '../disk/regular-file.js';
import {BilingualError, inBoth, type Bilingual} from '../text/bilingual.js';
import {sanitizeLine} from '../text/sanitize.js';

// Names, tickers and aliases go into the dataset and onto terminals: what the sanitizer removes
// (escape sequences, C1 controls, bidi overrides) never reaches either.
const text = z.string().transform(value => sanitizeLine(value).trim());

const segmentSchema = z.object({
	id: z.string().min(1),
	name: text.pipe(z.string().min(1)),
	category: text.optional(),
	aliases: z.array(text).default([]),
	/** What the company's own text calls it in plain words ("クラウド部門" of Google): read only beside that company. */
	plainNames: z.array(text).optional(),
});

const companySchema = z.object({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'),
	name: text.pipe(z.string().min(1)),
	ticker: text.nullable().default(null),
	japaneseNames: z.array(text).default([]),
	aliases: z.array(text).default([]),
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

export class RegistryError extends BilingualError {
	override readonly name = 'RegistryError';
}

/** data/companies.json is 30 KB; a registry of every listed company in the world would be a few MB. */
const maxRegistryBytes = 64 * 1024 * 1024;

/** A company registry from a JSON file shaped like data/companies.json. */
export function loadRegistry(file: string): Registry {
	let json: unknown;
	try {
		// A regular file of bounded size: a FIFO or /dev/zero given as --registry must not hang or fill memory.
		json = JSON.parse(readRegularFile(file, maxRegistryBytes).toString('utf8'));
	} catch (error) {
		const detail: Bilingual = error instanceof SyntaxError ? inBoth(words => words.notValidJsonDetail(error.message.split('\n')[0]!)) : readFailureOf(error).reason;
		throw new RegistryError(inBoth((words, language) => words.cannotReadRegistry(file, detail[language])));
	}

	const result = registrySchema.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		// Where and what of the schema: zod's own words, the same in both languages.
		const path = issue.path.join('.') || 'top level';
		throw new RegistryError(inBoth(words => words.invalidRegistry(file, path, issue.message)));
	}

	return result.data;
}
