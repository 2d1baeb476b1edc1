// Its own file so that clean.ts (which makes blocks) and sentences.ts (which splits them) need not import each other.

/** What a block of cleaned text is: only paragraphs and bullets are prose a summary may quote. */
export type BlockKind = 'heading' | 'paragraph' | 'bullet' | 'table' | 'quote' | 'caption';

export interface Block {
	readonly kind: BlockKind;
	readonly text: string;
	/** A Markdown heading's level (1 for "# "); none for a line read as a heading by its shape. */
	readonly level?: number;
	/** The block comes right after a thematic break ("---"). */
	readonly afterBreak?: boolean;
	/** A table row whose first cell is indented: in a 決算短信, a part of the row above ("　Businessドメイン" under "売上高"). */
	readonly indented?: boolean;
}
