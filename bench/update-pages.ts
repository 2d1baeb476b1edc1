// Pages and feeds for bench:update: the synthetic corpus's articles laid out as a news site's HTML.

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The article's Markdown-ish text as the HTML of a news page: headings, lists, tables, paragraphs. */
export function pageHtml(content: string, index: number): string {
	const front = /^---\n([\s\S]*?)\n---\n/.exec(content);
	const title = /^title: "?(.*?)"?$/m.exec(front?.[1] ?? '')?.[1] ?? `記事${index}`;
	const date = /^date: (.*)$/m.exec(front?.[1] ?? '')?.[1];
	const body = front ? content.slice(front[0].length) : content;
	const blocks = body.split(/\n\s*\n/).map(block => {
		const lines = block.trim().split('\n');
		if (lines[0]?.startsWith('#')) return `<h2>${escape(lines[0].replace(/^#+\s*/, ''))}</h2>`;
		if (lines.every(line => /^\s*[-・]/.test(line))) return `<ul>${lines.map(line => `<li>${escape(line.replace(/^\s*[-・]\s*/, ''))}</li>`).join('')}</ul>`;
		if (lines.every(line => line.trim().startsWith('|'))) {
			const rows = lines.filter(line => !/^\|[\s:|-]+\|$/.test(line.trim()));
			return `<table>${rows
				.map(
					row =>
						`<tr>${row
							.trim()
							.replace(/^\||\|$/g, '')
							.split('|')
							.map(cell => `<td>${escape(cell.trim())}</td>`)
							.join('')}</tr>`,
				)
				.join('')}</table>`;
		}

		return `<p>${escape(lines.join(''))}</p>`;
	});
	const links = Array.from({length: 40}, (_, link) => `<li><a href="/category/${link}">カテゴリー${link}</a></li>`).join('');
	return `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${escape(title)} | ベンチニュース</title>
<meta property="og:site_name" content="ベンチニュース">${date ? `<meta property="article:published_time" content="${escape(date)}">` : ''}
<script>window.dataLayer = [];</script><link rel="stylesheet" href="/style.css"></head>
<body><header><nav><ul>${links}</ul></nav></header><main><article><h1>${escape(title)}</h1>${blocks.join('\n')}</article>
<section class="related"><h2>関連記事</h2><ul>${links}</ul></section></main><aside><h2>ランキング</h2><ol>${links}</ol></aside><footer>© ベンチニュース</footer></body></html>`;
}

export function feedXml(base: string, feed: number, itemsPerFeed: number): string {
	const items = Array.from({length: itemsPerFeed}, (_, item) => {
		const index = feed * itemsPerFeed + item;
		return `<item><title>記事${index}</title><link>${base}/a/${index}.html</link><pubDate>${new Date(Date.UTC(2025, 10, 20) - index * 600_000).toUTCString()}</pubDate></item>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>feed ${feed}</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}
