// What the checks read: sentences with their terms and phrase hits, and the draft they make up.
// Type-only links to the parser, so the checks (and the UI that shows their metadata) never pull
// compromise into a bundle.
import type { HitKind } from '../lexicon/types';
import type { Hit, Term } from './parse';
import { overlaps } from './text';
import type { Ask, SentenceRoles, Span } from './types';

/** One sentence with everything the checks read from it. Offsets index the analysed text. */
export interface Sentence extends Span {
  index: number;
  text: string;
  terms: readonly Term[];
  hits: readonly Hit[];
  words: number;
  selfWords: number;
  otherWords: number;
  /** Ends with a question mark (the surest sign; compromise's isQuestion needs the costly sentence parse). */
  question: boolean;
}

export function hitsOf(s: Sentence, kind: HitKind): Hit[] {
  return s.hits.filter((h) => h.kind === kind);
}

// Where each Sentence was placed from (draft.ts): Sentences with one origin are the same words,
// perhaps moved by an edit before them.
const sentenceOrigins = new WeakMap<Sentence, object>();

export function setOrigin(s: Sentence, origin: object): void {
  sentenceOrigins.set(s, origin);
}

/**
 * `work` remembered per sentence. A Sentence object stands for the same words at the same place
 * (draft.ts builds a new one when either changes), so a keystroke redoes the work only for the
 * sentences it changed. With `move`, a sentence an edit only moved (typing before it) takes its
 * earlier result moved to its new place instead: `work` must read nothing but the sentence.
 */
export function perSentence<V>(work: (s: Sentence) => V, move?: (value: V, from: Sentence, to: Sentence) => V): (s: Sentence) => V {
  const memo = new WeakMap<Sentence, V>();
  const byOrigin = new WeakMap<object, { value: V; from: Sentence }>();
  return (s) =>
    memoized(memo, s, () => {
      const origin = move && sentenceOrigins.get(s);
      if (!origin) return work(s);
      const known = byOrigin.get(origin);
      if (known) return move(known.value, known.from, s);
      const value = work(s);
      byOrigin.set(origin, { value, from: s });
      return value;
    });
}

/** For `move`: results that hold no offsets move as they are. */
export const unmoved = <V>(value: V): V => value;

/** For `move`: spans shifted from one sentence's place to the other's. */
export const moveSpans = <T extends Span>(spans: readonly T[], from: Sentence, to: Sentence): T[] => {
  const by = to.start - from.start;
  return spans.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
};

/** `memo`'s value for `s`, worked out by `work` the first time. */
function memoized<V>(memo: WeakMap<Sentence, V>, s: Sentence, work: () => V): V {
  const known = memo.get(s);
  if (known !== undefined || memo.has(s)) return known!;
  const value = work();
  memo.set(s, value);
  return value;
}

/** Hits of `kind` that no hit of `blockers` overlaps: "thanks" inside "no thanks needed" does not count. */
export function liveHits(s: Sentence, kind: HitKind, blockers: readonly HitKind[]): Hit[] {
  const blocking = s.hits.filter((h) => blockers.includes(h.kind));
  return hitsOf(s, kind).filter((h) => !blocking.some((b) => overlaps(b, h)));
}

/** Everything the checks may read: the text, its sentences and the requests found in them. */
export interface Draft {
  text: string;
  sentences: readonly Sentence[];
  /** Per sentence, in the same order: its learned roles and focus. */
  roles: readonly SentenceRoles[];
  asks: readonly Ask[];
  /** The ask the checklist speaks of: the first specific one, else the first one. */
  mainAsk: Ask | null;
}
