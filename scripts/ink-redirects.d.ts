import type {Plugin} from 'esbuild';

export interface InkRedirect {
	readonly package: string;
	readonly importer: string;
	readonly substitute: string;
}

export const inkRedirects: readonly InkRedirect[];
export function inkRedirectPlugin(root: string, redirects?: readonly InkRedirect[]): Plugin;
