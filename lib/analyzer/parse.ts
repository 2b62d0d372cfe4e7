import { KIND_SEPARATOR, parseDoc, PHRASE_NET, type HitKind } from './nlp';

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
 * or a BOM follows (" 👍" is one term from 0): the term starts after that whitespace.
 */
function toTerm(raw: RawTerm): Term {
  const lead = raw.text.length - raw.text.trimStart().length;
  return {
    text: raw.text.slice(lead),
    normal: raw.implicit ?? raw.normal,
    tags: new Set(raw.tags),
    start: raw.offset.start + lead,
    end: raw.offset.start + raw.offset.length,
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

/**
 * Sentences of one block of text with their terms and phrase hits. Pure, and all it returns is
 * plain data, so callers may cache it by the block's text.
 */
export function parseBlock(text: string): ParsedSentence[] {
  if (!text.trim()) return [];
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
