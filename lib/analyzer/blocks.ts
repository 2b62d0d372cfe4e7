/**
 * Blocks are paragraphs (split at blank lines). Parsing per block keeps compromise's cost
 * linear on long drafts (shared/notes/toolchain.md §5) and lets a keystroke re-parse only the
 * paragraph it touched: results are cached by the block's text.
 */
const BLOCK_BREAK = /\n[ \t\u00a0]*\r?\n/g;

export interface Block {
  start: number;
  text: string;
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  for (const m of text.matchAll(BLOCK_BREAK)) {
    blocks.push({ start: from, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  blocks.push({ start: from, text: text.slice(from) });
  return blocks.filter((b) => b.text.trim() !== '');
}
