// JSON.stringify(value, null, 2), made a piece at a time: a list given as a `JsonList` is written
// item by item, so a document with tens of thousands of items is never one string, nor one object tree.

/** A list whose items are turned into JSON values only as they are written. */
export class JsonList<Item> implements Iterable<unknown> {
	constructor(
		private readonly items: Iterable<Item>,
		private readonly toJson: (item: Item) => unknown,
		/** False when no item's JSON value holds a JsonList: each is then written whole, without looking inside for one. */
		readonly nested = true,
	) {}

	*[Symbol.iterator](): Iterator<unknown> {
		for (const item of this.items) yield this.toJson(item);
	}
}

/** Whether a JsonList is anywhere inside: only then is the value written part by part. */
function holdsList(value: unknown): boolean {
	if (value instanceof JsonList) return true;
	if (typeof value !== 'object' || value === null) return false;
	return (Array.isArray(value) ? value : Object.values(value)).some(item => holdsList(item));
}

/** `value` as JSON.stringify(value, null, 2) gives it, nested `indent` deep, holding no JsonList. */
function whole(value: unknown, indent: string): string {
	// JSON strings hold no raw newline: every newline is indentation.
	const text = JSON.stringify(value, null, 2) ?? 'null';
	return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** Items of a list as JSON.stringify writes them, each nested `indent` deep. */
function* listPieces(items: Iterable<unknown>, indent: string, nested: boolean): Generator<string, void> {
	let first = true;
	for (const item of items) {
		yield first ? `[\n${indent}  ` : `,\n${indent}  `;
		first = false;
		// In a list, an item without a JSON value is null, as in JSON.stringify.
		const value = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item;
		if (nested) yield* jsonPieces(value, `${indent}  `);
		else yield whole(value, `${indent}  `);
	}

	yield first ? '[]' : `\n${indent}]`;
}

/** The text of `value` as JSON.stringify(value, null, 2) gives it, nested `indent` deep, in pieces. */
export function* jsonPieces(value: unknown, indent = ''): Generator<string, void> {
	if (value instanceof JsonList || (Array.isArray(value) && holdsList(value))) {
		yield* listPieces(value as Iterable<unknown>, indent, value instanceof JsonList ? value.nested : true);
		return;
	}

	if (typeof value === 'object' && value !== null && holdsList(value)) {
		let first = true;
		for (const [key, item] of Object.entries(value)) {
			// As JSON.stringify: members without a JSON value are left out.
			if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
			yield `${first ? '{\n' : ',\n'}${indent}  ${JSON.stringify(key)}: `;
			first = false;
			yield* jsonPieces(item, `${indent}  `);
		}

		yield first ? '{}' : `\n${indent}}`;
		return;
	}

	yield whole(value, indent);
}
