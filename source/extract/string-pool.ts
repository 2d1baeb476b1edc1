/**
 * One string for each distinct text in the records it is given. Records from worker threads arrive
 * as copies, so the company id, kind, unit and date of every figure, an article id in each record
 * that cites it, and a sentence carried by several outlets each took memory of their own: at
 * 10,000 articles, most of what the main thread held while writing the dataset and its index.
 */
export class StringPool {
	private readonly strings = new Map<string, string>();

	/** `value` with each string in it replaced by the pool's equal one, in place; returns `value`. */
	share<Value>(value: Value): Value {
		this.visit(value);
		return value;
	}

	private one(text: string): string {
		const known = this.strings.get(text);
		if (known !== undefined) return known;
		this.strings.set(text, text);
		return text;
	}

	private visit(node: unknown): void {
		if (Array.isArray(node)) {
			for (let index = 0; index < node.length; index++) {
				const item: unknown = node[index];
				if (typeof item === 'string') node[index] = this.one(item);
				else if (typeof item === 'object' && item !== null) this.visit(item);
			}

			return;
		}

		if (typeof node !== 'object' || node === null) return;
		const record = node as Record<string, unknown>;
		for (const key of Object.keys(record)) {
			const item = record[key];
			if (typeof item === 'string') record[key] = this.one(item);
			else if (typeof item === 'object' && item !== null) this.visit(item);
		}
	}
}
