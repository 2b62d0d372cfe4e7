import { splitBlocks, type Block } from './blocks';
import { rememberingMap } from './memory';
import { movedSentence, parseBlock, parseBlocks, parseBySentence, sentencePieces, sentencesByPiece, type ParsedSentence, type Piece } from './parse';


/**
 * compromise ends a sentence at every line break, so a hard-wrapped line ("…the attached draft
 * and\nsend me…") would split a sentence. A break before a lowercase letter, after a line as long
 * as mail clients wrap at or ending on a word no sentence ends on, is a wrap: replaced by spaces
 * of the same length, so offsets still index the original text. Other lines are lines on
 * purpose: chat-style mail is written a thought per line, all lowercase ("if u have tips for food
 * lmk\nonly if u feel like it", issue 11).
 */
export function unwrapLines(text: string): string {
  return text.replace(/\r?\n(?=[ \t]*[a-z])/g, (m, at: number) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const wrapped = at - lineStart >= WRAP_WIDTH || OPEN_END.test(text.slice(lineStart, at));
    return wrapped ? ' '.repeat(m.length) : m;
  });
}

/** A line that ends on a word no sentence ends on ("…the attached draft and") goes on below. */
const OPEN_END = /\b(?:and|or|but|nor|the|a|an|to|of|for|with|in|on|at|by|from|your|my|our|their|his|her|its|this|that|which|who|is|are|was|were|be|will|would|could|can|should|if|as|than|so)[ \t]*$/i;

/** Lines at least this long before a break are taken as wrapped (clients wrap at 72-78). */
const WRAP_WIDTH = 60;

const CACHE_LIMIT = 500;
const cache = rememberingMap<string, ParsedSentence[]>();

/** Sentences by their piece's text (parse.ts sentencePieces), relative to the piece. */
const SENTENCE_LIMIT = 2_000;
const sentences = rememberingMap<string, ParsedSentence[]>();

function put<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}

/** The value under `key`, moved to most recently used so that eviction takes the stale ones first. */
function recent<V>(map: Map<string, V>, key: string): V | undefined {
  const hit = map.get(key);
  if (hit !== undefined) {
    map.delete(key);
    map.set(key, hit);
  }
  return hit;
}

/** Keep a parsed block, and each of its sentences for the next edit of that block. */
function remember(text: string, parsed: ParsedSentence[], pieces: readonly Piece[] = sentencePieces(text)): void {
  put(cache, text, parsed, CACHE_LIMIT);
  const byPiece = sentencesByPiece(pieces, parsed);
  if (byPiece) pieces.forEach((piece, k) => put(sentences, piece.text, byPiece[k]!, SENTENCE_LIMIT));
}

function parsePiece(text: string): ParsedSentence[] {
  const known = sentences.get(text);
  if (known) return known;
  const parsed = parseBlock(text);
  put(sentences, text, parsed, SENTENCE_LIMIT);
  return parsed;
}

function parseCached(text: string): ParsedSentence[] {
  const hit = recent(cache, text);
  if (hit) return hit;
  // An edited paragraph: its other sentences are known, so parse only the new ones. A paragraph
  // with nothing known (typed or pasted whole) is one compromise call, not one per sentence.
  const pieces = sentencePieces(text);
  const parsed = (pieces.some((p) => sentences.has(p.text)) && parseBySentence(pieces, parsePiece)) || parseBlock(text);
  remember(text, parsed, pieces);
  return parsed;
}

/** Forget every parsed block: for benchmarks that must measure a cold analysis. */

// Blocks at their place in the draft. Typing changes one block and moves the ones after it, so
// the blocks before the caret (and, for a same-length edit, all the others) are reused as they are.
const placed = rememberingMap<string, ParsedSentence[]>();
const placeKey = (block: Block) => `${block.start}\u0000${block.text}`;

function placeBlock(block: Block): ParsedSentence[] {
  const key = placeKey(block);
  // Typing moves many blocks: their stale places must be the first to go.
  const hit = recent(placed, key);
  if (hit) return hit;
  const sentences = parseCached(unwrapLines(block.text)).map((s) => {
    const at = movedSentence(s, block.start);
    origins.set(at, s);
    return at;
  });
  put(placed, key, sentences, CACHE_LIMIT);
  return sentences;
}

// Each placed sentence's parse in its block: the same for a block that only moved.
const origins = new WeakMap<ParsedSentence, ParsedSentence>();

/** The parse a sentence was placed from (its block's, offsets from the block's start). */
export const originOf = (p: ParsedSentence): ParsedSentence => origins.get(p) ?? p;

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
