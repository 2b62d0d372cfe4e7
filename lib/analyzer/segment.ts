import { splitBlocks, type Block } from './blocks';
import { parseBlock, parseBlocks, type ParsedSentence } from './parse';


/**
 * compromise ends a sentence at every line break, so a hard-wrapped line ("…the attached draft
 * and\nsend me…") would split a sentence. A break followed by a lowercase letter is a wrap:
 * replace it by spaces of the same length so offsets still index the original text.
 */
export function unwrapLines(text: string): string {
  return text.replace(/\r?\n(?=[ \t]*[a-z])/g, (m) => ' '.repeat(m.length));
}

const CACHE_LIMIT = 500;
const cache = new Map<string, ParsedSentence[]>();

function remember(text: string, parsed: ParsedSentence[]): void {
  cache.set(text, parsed);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

function parseCached(text: string): ParsedSentence[] {
  const hit = cache.get(text);
  if (hit) {
    // Refresh its place so the most recently used blocks survive eviction.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const parsed = parseBlock(text);
  remember(text, parsed);
  return parsed;
}

/** Forget every parsed block: for benchmarks that must measure a cold analysis. */
export function clearParseCache(): void {
  cache.clear();
  placed.clear();
}

const shift = <T extends { start: number; end: number }>(x: T, by: number): T => ({ ...x, start: x.start + by, end: x.end + by });

// Blocks at their place in the draft. Typing changes one block and moves the ones after it, so
// the blocks before the caret (and, for a same-length edit, all the others) are reused as they are.
const placed = new Map<string, ParsedSentence[]>();
const placeKey = (block: Block) => `${block.start}\u0000${block.text}`;

function placeBlock(block: Block): ParsedSentence[] {
  const key = placeKey(block);
  const hit = placed.get(key);
  if (hit) return hit;
  const sentences = parseCached(unwrapLines(block.text)).map((s) => ({
    ...shift(s, block.start),
    terms: s.terms.map((t) => shift(t, block.start)),
    hits: s.hits.map((h) => shift(h, block.start)),
  }));
  placed.set(key, sentences);
  if (placed.size > CACHE_LIMIT) placed.delete(placed.keys().next().value!);
  return sentences;
}

/** Every sentence of the text, offsets into `text`. The objects are shared between calls: read only. */
export function parseText(text: string): ParsedSentence[] {
  const blocks = splitBlocks(text);
  // A new draft (opened, pasted) has many unparsed blocks: parse them together (parse.ts).
  const unparsed = new Set(blocks.filter((b) => !placed.has(placeKey(b))).map((b) => unwrapLines(b.text)).filter((t) => !cache.has(t)));
  if (unparsed.size > 1) {
    const texts = [...unparsed];
    parseBlocks(texts).forEach((parsed, i) => remember(texts[i]!, parsed));
  }
  return blocks.flatMap(placeBlock);
}
