import { OTHER_WORDS, SELF_WORDS, type HitKind } from '../lexicon';
import type { Hit, Term } from './parse';
import { parseText } from './segment';
import { countWords, overlaps } from './text';
import type { Span } from './types';

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

/** Hits of `kind` that no hit of `blockers` overlaps: "thanks" inside "no thanks needed" does not count. */
export function liveHits(s: Sentence, kind: HitKind, blockers: readonly HitKind[]): Hit[] {
  const blocking = s.hits.filter((h) => blockers.includes(h.kind));
  return hitsOf(s, kind).filter((h) => !blocking.some((b) => overlaps(b, h)));
}

const QUESTION_END = /\?[\s"'”’»)\]\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

export function buildSentences(text: string): Sentence[] {
  return parseText(text).map((p, index) => {
    const sentenceText = text.slice(p.start, p.end);
    let selfWords = 0;
    let otherWords = 0;
    for (const t of p.terms) {
      if (SELF_WORDS.has(t.normal)) selfWords += 1;
      else if (OTHER_WORDS.has(t.normal)) otherWords += 1;
    }
    return {
      ...p,
      index,
      text: sentenceText,
      words: countWords(sentenceText),
      selfWords,
      otherWords,
      question: QUESTION_END.test(sentenceText),
    };
  });
}

/** Everything the checks may read: the text, its sentences and the requests found in them. */
export interface Draft {
  text: string;
  sentences: readonly Sentence[];
  asks: readonly import('./requests').Ask[];
  /** The ask the checklist speaks of: the first specific one, else the first one. */
  mainAsk: import('./requests').Ask | null;
}
