// Its own file so that clean.ts (which makes blocks) and sentences.ts (which splits them) need not import each other.

/** What a block of cleaned text is: only paragraphs and bullets are prose a summary may quote. */
export type BlockKind = 'heading' | 'paragraph' | 'bullet' | 'table' | 'quote' | 'caption';

export interface Block {
	readonly kind: BlockKind;
	readonly text: string;
}
