import type {Handler} from './fixture-server.js';

const characters = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテト売上利益投資半導体需要供給市場予想決算発表増加減少';

/** Text no other page shares: characters drawn by a generator seeded with the page's number. */
export function uniqueText(seed: number, length = 400): string {
	let state = (seed + 1) * 2_654_435_761;
	let text = '';
	for (let index = 0; index < length; index++) {
		state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
		text += characters[(state >>> 8) % characters.length];
		if (index % 40 === 39) text += '。';
	}

	return text;
}

export function generatedPage(index: number): string {
	const text = uniqueText(index);
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>記事${index}</title></head><body><main><article><h1>記事${index}</h1>${text
		.split('。')
		.filter(Boolean)
		.map(sentence => `<p>${sentence}。</p>`)
		.join('')}</article></main></body></html>`;
}

/** `/gen/N.html`: page N. */
export const generatedPages: Handler = (request, response) => {
	const index = Number(/\/gen\/(\d+)\.html/.exec(request.url ?? '')?.[1] ?? Number.NaN);
	if (!Number.isInteger(index)) {
		response.writeHead(404).end();
		return;
	}

	response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(generatedPage(index));
};

/** An RSS 2.0 feed of `count` items, newest first, linking to generated pages from `first`. */
export function generatedFeed(base: string, count: number, first = 0): string {
	const items = Array.from({length: count}, (_, offset) => {
		const index = first + offset;
		const published = new Date(Date.UTC(2025, 10, 20, 0, 0) - offset * 3_600_000).toUTCString();
		return `<item><title>記事${index}</title><link>${base}/gen/${index}.html</link><pubDate>${published}</pubDate></item>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>生成フィード</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}
