import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, expect, test} from 'vitest';
import {fetchCapped, FetchError, webAddress} from '../../source/library/fetch/http.js';
import {createLimiter} from '../../source/library/fetch/limiter.js';
import {startFixtureServer, type FixtureServer} from './fixture-server.js';
import {testFetcher} from './helpers.js';

let server: FixtureServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

test('at most 2 requests to a host at once and 8 in all; a busy host does not hold up the others', async () => {
	const limiter = createLimiter();
	const releases: Array<() => void> = [];
	const peaks = {total: 0, host: 0};
	const task = async () => {
		peaks.total = Math.max(peaks.total, limiter.active.total);
		peaks.host = Math.max(peaks.host, ...limiter.active.byHost.values());
		await new Promise<void>(resolve => releases.push(resolve));
	};

	const runs = [...Array.from({length: 5}, () => limiter.run('busy.example', task)), ...Array.from({length: 12}, (_, index) => limiter.run(`site${index}.example`, task))];
	await Promise.resolve();
	// Two of the busy host, six others: eight.
	expect(limiter.active.total).toBe(8);
	expect(limiter.active.byHost.get('busy.example')).toBe(2);
	while (releases.length > 0) {
		releases.shift()!();
		await new Promise(resolve => setImmediate(resolve));
	}

	await Promise.all(runs);
	expect(peaks).toEqual({total: 8, host: 2});
});

test('redirects are followed by hand: at most 5, never to another scheme', async () => {
	const hops = Array.from({length: 7}, (_, index): [string, (request: unknown, response: import('node:http').ServerResponse) => void] => [
		`/hop/${index}`,
		(_request, response) => response.writeHead(301, {location: `/hop/${index + 1}`}).end(),
	]);
	server = await startFixtureServer([
		...hops,
		['/to-ftp', (_request, response) => response.writeHead(302, {location: 'ftp://files.example/x'}).end()],
		['/ok', (_request, response) => response.writeHead(200, {'content-type': 'text/plain'}).end('fine')],
		['/hop-to-ok', (_request, response) => response.writeHead(307, {location: '/ok'}).end()],
	]);
	const fetcher = testFetcher();
	await expect(fetchCapped(fetcher, `${server.base}/hop/0`, {accept: '*/*'})).rejects.toThrow(new FetchError('more than 5 redirects'));
	await expect(fetchCapped(fetcher, `${server.base}/to-ftp`, {accept: '*/*'})).rejects.toThrow('redirected to an address brief does not fetch (only http and https addresses are fetched, not ftp:)');
	const result = await fetchCapped(fetcher, `${server.base}/hop-to-ok`, {accept: '*/*'});
	expect(result).toMatchObject({kind: 'ok', url: `${server.base}/ok`, contentType: 'text/plain'});
	expect(Buffer.from((result as {bytes: Uint8Array}).bytes).toString()).toBe('fine');
	expect(server.requests.at(-1)!.headers['user-agent']).toBe('brief/test');
});

test('a body over the limit is cut off before it is all read, compressed or not', async () => {
	server = await startFixtureServer();
	const fetcher = testFetcher({maxBytes: 100_000});
	await expect(fetchCapped(fetcher, `${server.base}/fail/huge`, {accept: '*/*'})).rejects.toThrow('over 0.1 MB');
	await expect(fetchCapped(fetcher, `${server.base}/fail/bomb`, {accept: '*/*'})).rejects.toThrow('over 0.1 MB once decompressed');
});

test('a server that is not there, and addresses brief does not fetch, are one-line errors', async () => {
	const closed = createServer();
	await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
	const {port} = closed.address() as AddressInfo;
	await new Promise(resolve => closed.close(resolve));
	await expect(fetchCapped(testFetcher(), `http://127.0.0.1:${port}/feed`, {accept: '*/*'})).rejects.toThrow('connection refused');
	expect(() => webAddress('file:///etc/passwd')).toThrow('only http and https addresses are fetched, not file:');
	expect(() => webAddress('not an address')).toThrow("not a web address: 'not an address'");
});
