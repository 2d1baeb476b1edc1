import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';

export const fixtures = join(import.meta.dirname, '..', 'fixtures', 'library');

export type Handler = (request: IncomingMessage, response: ServerResponse, server: FixtureServer) => void;

export interface FixtureServer {
	/** http://127.0.0.1:PORT */
	readonly base: string;
	/** Every request, in order: path and headers. */
	readonly requests: Array<{readonly path: string; readonly headers: IncomingMessage['headers']}>;
	readonly routes: Map<string, Handler>;
	close(): Promise<void>;
}

/** Serves bytes with validators: a request naming the same ETag gets 304. */
export function cached(body: Buffer | (() => Buffer), contentType: string): Handler {
	return (request, response) => {
		const bytes = typeof body === 'function' ? body() : body;
		const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"`;
		const lastModified = 'Wed, 19 Nov 2025 21:30:00 GMT';
		if (request.headers['if-none-match'] === etag) {
			response.writeHead(304, {etag, 'last-modified': lastModified}).end();
			return;
		}

		response.writeHead(200, {'content-type': contentType, etag, 'last-modified': lastModified, 'content-length': bytes.length}).end(bytes);
	};
}

export function fixture(name: string): Buffer {
	return readFileSync(join(fixtures, name));
}

/** A feed fixture with `{{base}}` made the server's address, in the fixture's own encoding (Latin-1 round trip keeps the bytes). */
function feed(name: string, contentType: string): Handler {
	return (request, response, server) => cached(Buffer.from(fixture(name).toString('latin1').replaceAll('{{base}}', server.base), 'latin1'), contentType)(request, response, server);
}

const page = (name: string, contentType: string): Handler => cached(fixture(name), contentType);

let bomb: Buffer | undefined;

/** 64 MB of spaces in ~64 KB of gzip. */
function gzipBomb(): Buffer {
	bomb ??= gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
	return bomb;
}

/** The routes every test server has: three feeds, pages in four encodings, and one of each failure. */
export function standardRoutes(): Array<[string, Handler]> {
	return [
		['/feeds/rss2.xml', feed('rss2.xml', 'application/rss+xml')],
		['/feeds/rss1.rdf', feed('rss1.rdf', 'application/rdf+xml')],
		['/feeds/atom.xml', feed('atom.xml', 'application/atom+xml; charset=utf-8')],
		['/feeds/broken.xml', feed('broken.xml', 'application/rss+xml')],
		['/pages/utf8.html', page('utf8.html', 'text/html; charset=utf-8')],
		['/pages/shift_jis.html', page('shift_jis.html', 'text/html')],
		['/pages/euc-jp.html', page('euc-jp.html', 'text/html; charset=EUC-JP')],
		['/pages/iso-2022-jp.html', page('iso-2022-jp.html', 'text/html')],
		['/portal/nvidia.html', page('portal-copy.html', 'text/html; charset=utf-8')],
		['/mirror/nvidia.html', page('utf8.html', 'text/html; charset=utf-8')],
		['/files/results.pdf', (_request, response) => response.writeHead(200, {'content-type': 'application/pdf'}).end('%PDF-1.4\n%\u00e2\u00e3\n')],
		['/fail/500', (_request, response) => response.writeHead(500, {'content-type': 'text/plain'}).end('oops')],
		// Takes the request and never answers: only the client's timeout ends it.
		['/fail/slow', () => undefined],
		['/fail/loop-a', (_request, response) => response.writeHead(302, {location: '/fail/loop-b'}).end()],
		['/fail/loop-b', (_request, response) => response.writeHead(302, {location: '/fail/loop-a'}).end()],
		[
			'/fail/huge',
			(_request, response) => {
				response.writeHead(200, {'content-type': 'application/rss+xml'});
				const chunk = Buffer.alloc(1024 * 1024, 0x20);
				for (let index = 0; index < 6; index++) response.write(chunk);
				response.end();
			},
		],
		['/fail/bomb', (_request, response) => response.writeHead(200, {'content-type': 'application/rss+xml', 'content-encoding': 'gzip'}).end(gzipBomb())],
	];
}

/** An HTTP server on 127.0.0.1 on a free port, with `routes` (path without the query). */
export async function startFixtureServer(routes: Iterable<[string, Handler]> = standardRoutes()): Promise<FixtureServer> {
	const table = new Map(routes);
	const requests: FixtureServer['requests'] = [];
	const http = createServer((request, response) => {
		const path = (request.url ?? '/').split('?')[0]!;
		requests.push({path, headers: request.headers});
		const handler = table.get(path);
		if (handler) handler(request, response, server);
		else response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
	});
	await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve));
	const {port} = http.address() as AddressInfo;
	// Requests come once it listens, after this is set.
	const server: FixtureServer = {
		base: `http://127.0.0.1:${port}`,
		requests,
		routes: table,
		async close() {
			http.closeAllConnections();
			await new Promise(resolve => http.close(resolve));
		},
	};
	return server;
}
