// The article body as the Markdown brief's extractor reads: paragraphs, headings, lists, quotes and
// pipe tables (figures often come in tables). Hand-written rather than turndown: turndown brings a
// DOM of its own (domino) and its table plugin has not been maintained since 2017, while brief needs
// only these blocks from the element Readability hands over.

/** The part of a DOM node this converter reads; linkedom's nodes have it. */
interface MarkupNode {
	readonly nodeType: number;
	readonly localName?: string;
	readonly textContent: string | null;
	readonly childNodes: ArrayLike<MarkupNode>;
}

const elementNode = 1;
const textNode = 3;

const skipped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form', 'input', 'select', 'textarea', 'img', 'picture', 'video', 'audio', 'canvas', 'rt', 'rp', 'nav']);
const blockElements = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption', 'dl', 'dd', 'dt', 'address', 'center', 'details', 'summary', 'caption']);

function children(node: MarkupNode): MarkupNode[] {
	return Array.from(node.childNodes);
}

function tagOf(node: MarkupNode): string {
	return (node.localName ?? '').toLowerCase();
}

/** Inline text as a browser lays it out: runs of white space are one space, <br> a new line. */
function inlineText(node: MarkupNode): string {
	if (node.nodeType === textNode) return (node.textContent ?? '').replace(/[\t\n\r\f ]+/g, ' ');
	if (node.nodeType !== elementNode || skipped.has(tagOf(node))) return '';
	if (tagOf(node) === 'br') return '\n';
	return children(node).map(inlineText).join('');
}

function lines(text: string): string {
	return text
		.split('\n')
		.map(line => line.trim())
		.filter(line => line !== '')
		.join('\n');
}

function cellText(cell: MarkupNode): string {
	return lines(inlineText(cell)).replaceAll('\n', ' ').replaceAll('|', '\\|');
}

function rowsOf(table: MarkupNode): MarkupNode[][] {
	const rows: MarkupNode[][] = [];
	const visit = (node: MarkupNode) => {
		for (const child of children(node)) {
			if (child.nodeType !== elementNode) continue;
			const tag = tagOf(child);
			if (tag === 'tr') rows.push(children(child).filter(cell => cell.nodeType === elementNode && (tagOf(cell) === 'td' || tagOf(cell) === 'th')));
			else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
		}
	};

	visit(table);
	return rows.filter(row => row.length > 0);
}

/** A pipe table, or its cells as lines when it has one column (a layout table, not data). */
function tableBlock(table: MarkupNode): string {
	const rows = rowsOf(table).map(row => row.map(cellText));
	const width = Math.max(0, ...rows.map(row => row.length));
	if (rows.length === 0) return '';
	if (width < 2)
		return rows
			.map(row => row[0] ?? '')
			.filter(Boolean)
			.join('\n');
	const line = (row: readonly string[]) => `| ${Array.from({length: width}, (_, index) => row[index] ?? '').join(' | ')} |`;
	return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

function listBlock(list: MarkupNode, depth: number): string {
	const ordered = tagOf(list) === 'ol';
	const indent = '  '.repeat(depth);
	const items: string[] = [];
	let number = 0;
	for (const item of children(list)) {
		if (item.nodeType !== elementNode || tagOf(item) !== 'li') continue;
		number++;
		const nested = children(item).filter(child => child.nodeType === elementNode && (tagOf(child) === 'ul' || tagOf(child) === 'ol'));
		const own = lines(
			children(item)
				.filter(child => !nested.includes(child))
				.map(inlineText)
				.join(''),
		).replaceAll('\n', ' ');
		if (own !== '') items.push(`${indent}${ordered ? `${number}.` : '-'} ${own}`);
		for (const sublist of nested) items.push(listBlock(sublist, depth + 1));
	}

	return items.filter(Boolean).join('\n');
}

/** The blocks of an element, in order; inline content between blocks becomes paragraphs. */
function blocksOf(root: MarkupNode): string[] {
	const blocks: string[] = [];
	let inline = '';
	const flush = () => {
		const paragraph = lines(inline);
		if (paragraph !== '') blocks.push(paragraph);
		inline = '';
	};

	const walk = (node: MarkupNode) => {
		for (const child of children(node)) {
			if (child.nodeType !== elementNode) {
				inline += inlineText(child);
				continue;
			}

			const tag = tagOf(child);
			if (skipped.has(tag)) continue;
			const heading = /^h([1-6])$/.exec(tag);
			if (heading) {
				flush();
				const text = lines(inlineText(child)).replaceAll('\n', ' ');
				if (text !== '') blocks.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
			} else if (tag === 'ul' || tag === 'ol') {
				flush();
				const list = listBlock(child, 0);
				if (list !== '') blocks.push(list);
			} else if (tag === 'table') {
				flush();
				const table = tableBlock(child);
				if (table !== '') blocks.push(table);
			} else if (tag === 'blockquote') {
				flush();
				const quoted = blocksOf(child).join('\n\n');
				if (quoted !== '')
					blocks.push(
						quoted
							.split('\n')
							.map(line => (line === '' ? '>' : `> ${line}`))
							.join('\n'),
					);
			} else if (tag === 'pre') {
				flush();
				const text = (child.textContent ?? '').replace(/\s+$/, '');
				if (text.trim() !== '') blocks.push(text);
			} else if (tag === 'hr') {
				flush();
			} else if (blockElements.has(tag) || tag === 'li') {
				flush();
				walk(child);
				flush();
			} else {
				inline += inlineText(child);
			}
		}
	};

	walk(root);
	flush();
	return blocks;
}

/** The element's content as Markdown blocks separated by blank lines. */
export function markdownOf(root: MarkupNode): string {
	return blocksOf(root).join('\n\n');
}
