import { KIND_SEPARATOR, parseDoc, PHRASE_NET, splitSentences, type HitKind } from './nlp';

/** A word as compromise sees it. Offsets are relative to the parsed block. */
export interface Term {
  text: string;
  /** Lowercase form; for the hidden half of a contraction ("I'd" → "i" + "would"), the expanded word. */
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** The hidden half of a contraction: no surface text of its own. */
  implicit: boolean;
}

/** A phrase-list match inside one sentence. */
export interface Hit {
  kind: HitKind;
  start: number;
  end: number;
}

export interface ParsedSentence {
  start: number;
  end: number;
  terms: readonly Term[];
  hits: readonly Hit[];
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface RawSentence {
  text: string;
  terms: RawTerm[];
}
interface RawFound {
  /** The rule's kinds, joined by KIND_SEPARATOR. */
  reason: string;
  view: { pointer: Array<[number, number, number]> };
}

/**
 * compromise puts whitespace that opens a block into its first term when an emoji, an emoticon
 * or a BOM follows (" 👍" is one term from 0), and the break that closes a block into a last term
 * of bare punctuation (", .\n\n"): a term is its text without that whitespace.
 */
function toTerm(raw: RawTerm): Term {
  const lead = raw.text.length - raw.text.trimStart().length;
  const text = raw.text.trim();
  const start = raw.offset.start + lead;
  const end = raw.offset.start + raw.offset.length;
  return {
    text,
    normal: raw.implicit ?? raw.normal,
    tags: new Set(raw.tags),
    start,
    end: text.length < raw.text.length - lead ? Math.min(end, start + text.length) : end,
    implicit: raw.implicit !== undefined && raw.text === '',
  };
}

/**
 * The first term's `pre` (a bullet, a quote, a paren) is counted in compromise's sentence
 * length but not in its start (shared/notes/compromise.md §2); rebuild the span from the terms.
 */
function sentenceSpan(raw: RawSentence, text: string): { start: number; end: number } {
  const first = raw.terms[0]!;
  const guess = first.offset.start - first.pre.replace(/^\s+/, '').length;
  // The same whitespace quirk as in toTerm: the sentence's text is trimmed, its first term is not.
  const found = text.indexOf(raw.text, Math.max(0, guess));
  const start = found >= 0 && found - guess <= first.pre.length + first.text.length + first.post.length ? found : guess;
  return { start, end: start + raw.text.length };
}

/** A hit that begins on the hidden half of a contraction starts where the contraction does. */
function hitSpan(terms: readonly Term[], from: number, to: number): { start: number; end: number } | null {
  let first = from;
  while (first > 0 && terms[first]!.implicit) first -= 1;
  const a = terms[first];
  const b = terms[to - 1];
  if (!a || !b) return null;
  return { start: a.start, end: Math.max(a.end, b.end) };
}

/** Sentences of `text` with their terms and hits, offsets into `text`. */
function parseSentences(text: string): ParsedSentence[] {
  const doc = parseDoc(text);
  const raw = doc.json({ offset: true }) as RawSentence[];
  // Keep compromise's sentence numbering: sweep pointers refer to it.
  const sentences = raw.map((s) =>
    s.terms.length ? { ...sentenceSpan(s, text), terms: s.terms.map(toTerm), hits: [] as Hit[] } : null,
  );
  const { found } = doc.sweep(PHRASE_NET, { tagger: false }) as unknown as { found: RawFound[] };
  for (const f of found) {
    for (const [n, from, to] of f.view.pointer) {
      const sentence = sentences[n];
      if (!sentence) continue;
      const span = hitSpan(sentence.terms, from, to);
      if (!span) continue;
      for (const kind of f.reason.split(KIND_SEPARATOR)) sentence.hits.push({ kind: kind as HitKind, ...span });
    }
  }
  const kept = sentences.filter((s) => s !== null);
  for (const s of kept) s.hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return kept;
}

// Written out field by field: a keystroke moves every sentence after the caret, and spreading
// each term cost a third more (CPU profile, issue 6).
const movedTerm = (t: Term, by: number): Term => ({ text: t.text, normal: t.normal, tags: t.tags, start: t.start + by, end: t.end + by, implicit: t.implicit });
const movedHit = (h: Hit, by: number): Hit => ({ kind: h.kind, start: h.start + by, end: h.end + by });

/** The sentence `by` characters further on: a new object unless `by` is 0. */
export function movedSentence(s: ParsedSentence, by: number): ParsedSentence {
  if (by === 0) return s;
  return {
    start: s.start + by,
    end: s.end + by,
    terms: s.terms.map((t) => movedTerm(t, by)),
    hits: s.hits.map((h) => movedHit(h, by)),
  };
}

/** A block's text without the whitespace around it, and where that starts. */
function coreOf(text: string): { core: string; lead: number } {
  const core = text.trim();
  return { core, lead: core ? text.indexOf(core) : 0 };
}

/**
 * Every block is parsed as its text without the whitespace around it, then a blank line: alone
 * or in a batch (parseBlocks), compromise then sees the same text around each sentence. It reads
 * the edges of a text differently otherwise ("\n e.g." at the start gives "e.g"; "you'" at the
 * end keeps the apostrophe, "you'\n\n" does not).
 */
const BATCH_BREAK = '\n\n';

/**
 * Sentences of one block of text with their terms and phrase hits. Pure, and all it returns is
 * plain data, so callers may cache it by the block's text.
 */
export function parseBlock(text: string): ParsedSentence[] {
  const { core, lead } = coreOf(text);
  return core ? parseSentences(core + BATCH_BREAK).map((s) => movedSentence(s, lead)) : [];
}

/** Blocks are parsed together up to this many characters (~300 words): compromise's cost per call stays linear. */
export const BATCH_CHARS = 2_000;

/**
 * parseBlock of each text, in one compromise call per batch: a call has a fixed cost that a draft
 * of short paragraphs would otherwise pay once per paragraph (a cold 150-word email of 9 paragraphs:
 * 4.8 → 4.4 ms for parse and sweep). compromise ends sentences at a blank line, so each sentence
 * falls in one block; if one ever straddles two (a quote left open), that batch is parsed block by
 * block. tests/analyzer/parse-blocks.test.ts holds it to parseBlock's result.
 */
export function parseBlocks(texts: readonly string[]): ParsedSentence[][] {
  const out: ParsedSentence[][] = texts.map(() => []);
  let batch: number[] = [];
  let size = 0;
  const flush = () => {
    if (batch.length === 1) out[batch[0]!] = parseBlock(texts[batch[0]!]!);
    else if (batch.length > 1) parseBatch(texts, batch, out);
    batch = [];
    size = 0;
  };
  texts.forEach((text, i) => {
    if (!text.trim()) return;
    if (size > 0 && size + text.length > BATCH_CHARS) flush();
    batch.push(i);
    size += text.length + BATCH_BREAK.length;
  });
  flush();
  return out;
}

function parseBatch(texts: readonly string[], batch: readonly number[], out: ParsedSentence[][]): void {
  const cores = batch.map((i) => coreOf(texts[i]!));
  const starts: number[] = [];
  let joined = '';
  for (const { core } of cores) {
    starts.push(joined.length);
    joined += core + BATCH_BREAK;
  }
  const found: ParsedSentence[][] = batch.map(() => []);
  let b = 0;
  for (const s of parseSentences(joined)) {
    while (b + 1 < batch.length && s.start >= starts[b + 1]!) b += 1;
    const from = starts[b]!;
    const to = from + cores[b]!.core.length;
    const outside = (x: { start: number; end: number }) => x.start < from || x.end > to;
    if (outside(s) || s.terms.some(outside)) {
      for (const i of batch) out[i] = parseBlock(texts[i]!);
      return;
    }
    found[b]!.push(movedSentence(s, cores[b]!.lead - from));
  }
  batch.forEach((i, k) => (out[i] = found[k]!));
}

/** One sentence of a block as compromise's splitter cuts it, as parseBlock reads it alone. */
export interface Piece {
  text: string;
  /** Where it starts in the block. */
  start: number;
}

/**
 * A block cut into its sentences, as compromise cuts the text parseBlock gives it. compromise tags
 * each sentence on its own, so a sentence parsed alone reads as it does in its block
 * (tests/analyzer/parse-sentences.test.ts): a keystroke then re-parses one sentence, not its
 * whole paragraph.
 */
export function sentencePieces(text: string): Piece[] {
  const { core, lead } = coreOf(text);
  if (!core) return [];
  const pieces: Piece[] = [];
  let start = lead;
  for (const piece of splitSentences(core + BATCH_BREAK)) {
    pieces.push({ text: piece, start });
    start += piece.length;
  }
  return pieces;
}

/** A piece should hold one sentence, none only if it is blank; anything else is left to parseBlock. */
const fits = (piece: Piece, found: readonly ParsedSentence[]) => found.length === 1 || (found.length === 0 && !piece.text.trim());

/** parseBlock's result from the block's pieces parsed one by one (`parsePiece`, e.g. cached), or null if they do not fit. */
export function parseBySentence(pieces: readonly Piece[], parsePiece: (text: string) => ParsedSentence[]): ParsedSentence[] | null {
  const out: ParsedSentence[] = [];
  for (const piece of pieces) {
    const found = parsePiece(piece.text);
    if (!fits(piece, found)) return null;
    for (const s of found) out.push(movedSentence(s, piece.start));
  }
  return out;
}

/** A block's parse split back into its pieces, each relative to its piece, or null if they do not line up. */
export function sentencesByPiece(pieces: readonly Piece[], parsed: readonly ParsedSentence[]): ParsedSentence[][] | null {
  const out: ParsedSentence[][] = pieces.map(() => []);
  let i = 0;
  for (const s of parsed) {
    while (i < pieces.length && s.start >= pieces[i]!.start + pieces[i]!.text.length) i += 1;
    const piece = pieces[i];
    if (!piece || s.start < piece.start || s.end > piece.start + piece.text.length) return null;
    out[i]!.push(movedSentence(s, -piece.start));
  }
  return pieces.every((piece, k) => fits(piece, out[k]!)) ? out : null;
}
