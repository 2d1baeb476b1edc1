import registryJson from '../../data/companies.json' with {type: 'json'};

/** A business line reported under its parent: AWS under Amazon, Azure under Microsoft. */
export interface RegistrySegment {
	readonly id: string;
	readonly name: string;
	/** "cloud" for cloud platforms: their market share is cloud market share. */
	readonly category?: string;
	readonly aliases: readonly string[];
}

/** A canonical company of data/companies.json. */
export interface RegistryCompany {
	readonly id: string;
	readonly name: string;
	readonly ticker: string | null;
	readonly japaneseNames: readonly string[];
	readonly aliases: readonly string[];
	readonly segments?: readonly RegistrySegment[];
}

export interface Registry {
	readonly companies: readonly RegistryCompany[];
}

export const defaultRegistry: Registry = registryJson as Registry;
