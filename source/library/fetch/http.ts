import {BilingualError, inBoth} from '../../text/bilingual.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {Limiter} from './limiter.js';

/** How every request of an update behaves; the defaults are the issue's limits. */
export interface RequestLimits {
	/** Bytes of body kept, counted after decompression, so a gzip bomb stops here. */
	readonly maxBytes: number;
	readonly maxRedirects: number;
	/** From the first byte sent to the last byte of the body, redirects included. */
	readonly totalTimeoutMs: number;
}

export const defaultRequestLimits: RequestLimits = {maxBytes: 5 * 1024 * 1024, maxRedirects: 5, totalTimeoutMs: 30_000};

/** A timer to race requests against: the real one, or a test's. */
export interface Clock {
	setTimeout(callback: () => void, milliseconds: number): unknown;
	clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
	setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds),
	clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
};

export interface Fetcher {
	readonly limiter: Limiter;
	readonly userAgent: string;
	readonly limits: RequestLimits;
	readonly clock: Clock;
	/** Node's fetch unless a test gives another. */
	readonly fetch: typeof fetch;
}

export interface RequestOptions {
	readonly accept: string;
	/** Validators of the copy kept from before: the server answers 304 when it is unchanged. */
	readonly etag?: string | null | undefined;
	readonly lastModified?: string | null | undefined;
}

export type FetchResult =
	| {
			readonly kind: 'ok';
			/** Where the body came from, after redirects. */
			readonly url: string;
			readonly contentType: string | null;
			readonly bytes: Uint8Array;
			readonly etag: string | null;
			readonly lastModified: string | null;
	  }
	| {readonly kind: 'not-modified'; readonly url: string};

/**
 * A request that gave nothing usable; the message is one line that names what went wrong. Only an
 * address refused before anything is fetched reaches a person at once, in both languages; what an
 * update meets is kept with the feed and the page, in English.
 */
export class FetchError extends BilingualError {
	override readonly name = 'FetchError';
}

/** The address as brief will fetch it, or an error saying why it cannot: http and https only. */
export function webAddress(text: string, base?: string): URL {
	let url: URL;
	try {
		url = new URL(text.trim(), base);
	} catch {
		const shown = sanitizeLine(text).slice(0, 200);
		throw new FetchError(inBoth(words => words.notWebAddress(shown)));
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		const protocol = sanitizeLine(url.protocol);
		throw new FetchError(inBoth(words => words.onlyHttp(protocol)));
	}

	url.hash = '';
	return url;
}

function seconds(milliseconds: number): string {
	return milliseconds >= 1000 ? `${Math.round(milliseconds / 100) / 10} s` : `${milliseconds} ms`;
}

function megabytes(bytes: number): string {
	return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** What the network layer said, as a few words: "cannot connect (ECONNREFUSED)". */
function networkFailure(error: unknown): string {
	const cause = (error as {cause?: {code?: string; message?: string}}).cause;
	const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found (${code})`;
	if (code === 'ECONNREFUSED') return 'connection refused';
	if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection closed by the server';
	if (code === 'UND_ERR_CONNECT_TIMEOUT') return 'could not connect within 10 s';
	if (code) return `network error (${code})`;
	return `network error (${sanitizeLine(cause?.message ?? (error instanceof Error ? error.message : String(error))).slice(0, 120)})`;
}

/** The body, read until the cap: a larger one is abandoned as soon as it passes it. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length'));
	const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
	if (!encoded && Number.isFinite(declared) && declared > maxBytes) {
		await response.body?.cancel();
		throw new FetchError(`over ${megabytes(maxBytes)} (${megabytes(declared)} announced)`);
	}

	if (!response.body) return new Uint8Array();
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			throw new FetchError(`over ${megabytes(maxBytes)}${encoded ? ' once decompressed' : ''}`);
		}

		chunks.push(value);
	}

	return Buffer.concat(chunks);
}

const redirects = new Set([301, 302, 303, 307, 308]);

/**
 * GETs a web address the way an update must: a slot per host, redirects followed by hand (at most
 * `maxRedirects`, http and https only, a loop named as one), the whole exchange within the total
 * timeout, and the body capped after decompression. The connection timeout is that of Node's fetch
 * (undici connects within 10 s or fails with UND_ERR_CONNECT_TIMEOUT).
 */
export async function fetchCapped(fetcher: Fetcher, address: string, options: RequestOptions): Promise<FetchResult> {
	const {limits} = fetcher;
	const controller = new AbortController();
	let timedOut = false;
	// Started with the first request, not while it waits for a slot behind others to the same host.
	let timer: unknown;
	const startTimer = () => {
		timer ??= fetcher.clock.setTimeout(() => {
			timedOut = true;
			controller.abort();
		}, limits.totalTimeoutMs);
	};
	const visited = new Set<string>();
	let url = webAddress(address);
	try {
		for (let hop = 0; ; hop++) {
			visited.add(url.href);
			const current = url;
			const headers: Record<string, string> = {'user-agent': fetcher.userAgent, accept: options.accept};
			if (options.etag) headers['if-none-match'] = options.etag;
			if (options.lastModified) headers['if-modified-since'] = options.lastModified;
			const outcome = await fetcher.limiter.run(current.host, async (): Promise<{readonly result: FetchResult} | {readonly redirect: string | null; readonly status: number}> => {
				startTimer();
				const response = await fetcher.fetch(current, {headers, redirect: 'manual', signal: controller.signal});
				if (redirects.has(response.status)) {
					await response.body?.cancel();
					return {redirect: response.headers.get('location'), status: response.status};
				}

				if (response.status === 304) {
					await response.body?.cancel();
					return {result: {kind: 'not-modified', url: current.href}};
				}

				if (response.status < 200 || response.status > 299) {
					await response.body?.cancel();
					throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${sanitizeLine(response.statusText).slice(0, 60)}` : ''}`);
				}

				const bytes = await readCapped(response, limits.maxBytes);
				return {
					result: {
						kind: 'ok',
						url: current.href,
						contentType: response.headers.get('content-type'),
						bytes,
						etag: response.headers.get('etag'),
						lastModified: response.headers.get('last-modified'),
					},
				};
			});
			if ('result' in outcome) return outcome.result;
			if (!outcome.redirect) throw new FetchError(`HTTP ${outcome.status} without a Location to go to`);
			let next: URL;
			try {
				next = webAddress(outcome.redirect, current.href);
			} catch (error) {
				throw new FetchError(`redirected to an address brief does not fetch (${(error as Error).message})`);
			}

			if (visited.has(next.href)) throw new FetchError(`redirect loop (back to ${sanitizeLine(next.href).slice(0, 200)})`);
			if (hop + 1 > limits.maxRedirects) throw new FetchError(`more than ${limits.maxRedirects} redirects`);
			url = next;
		}
	} catch (error) {
		if (timedOut) throw new FetchError(`timed out after ${seconds(limits.totalTimeoutMs)}`);
		if (error instanceof FetchError) throw error;
		throw new FetchError(networkFailure(error));
	} finally {
		if (timer !== undefined) fetcher.clock.clearTimeout(timer);
	}
}
