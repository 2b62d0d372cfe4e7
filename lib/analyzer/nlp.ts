import nlp from 'compromise';
import { PHRASE_LISTS, SHORTHAND_WORDS, type HitKind } from '../lexicon';
import { expandPattern } from './expand';
import { indexedBulkMatch } from './indexed-sweep';

// compromise's lexicon is global to the instance (shared/notes/compromise.md §5): patch it once.
nlp.addWords({ ...SHORTHAND_WORDS });
// Same results as compromise's own sweep, a third cheaper per parse (indexed-sweep.ts).
nlp.plugin({ methods: { one: { bulkMatch: indexedBulkMatch } } } as unknown as Parameters<typeof nlp.plugin>[0]);

/**
 * What nlp() computes after tokenizing, less the chunker (noun/verb phrase chunks, ~7% of a parse)
 * that nothing here reads. nlp.tokenize has already run contractions, alias and machine.
 */
const TOKENIZED = new Set(['contractions', 'alias', 'normal', 'machine']);
export const PARSE_STEPS = nlp.hooks().filter((step: string) => !TOKENIZED.has(step) && step !== 'chunks');

/** compromise's parse of `text`, with the tags nlp(text) gives (tests/analyzer/indexed-sweep.test.ts). */
export function parseDoc(text: string): ReturnType<typeof nlp.tokenize> {
  const doc = nlp.tokenize(text);
  doc.compute(PARSE_STEPS);
  return doc;
}

const world = nlp.world() as unknown as { methods: { one: { tokenize: { splitSentences(text: string, w: unknown): string[] } } } };

// compromise never ends a sentence at an abbreviation, so "…initiatives at Acme Corp. If you feel
// comfortable, I would…" is one sentence and the ask inside it is lost (issue 11). A company
// suffix followed by a capitalized sentence opener ends the sentence; "Acme Corp. and its staff" does not.
const COMPANY_END = /\b(?:Corp|Inc|Ltd|Co|LLC|Bros|Plc|GmbH)\.[ \t]+(?=(?:If|I|I'm|I'd|I'll|I've|We|We're|We'd|Could|Can|Would|Will|Please|Thanks|Thank|Let|Do|Does|Are|Is|My|Our|You|Your|Would|Any|It|This|That|They|He|She|So|But|And|Also|Happy|Hope)\b)/g;
const stockSplit = world.methods.one.tokenize.splitSentences;
world.methods.one.tokenize.splitSentences = (text: string, w: unknown): string[] =>
  stockSplit(text, w).flatMap((sentence) => {
    const pieces: string[] = [];
    let from = 0;
    for (const m of sentence.matchAll(COMPANY_END)) {
      const end = m.index + m[0].length;
      pieces.push(sentence.slice(from, end));
      from = end;
    }
    return from === 0 ? [sentence] : [...pieces, sentence.slice(from)];
  });

/** `text` cut where compromise's parse starts its sentences: pieces that join back to `text`. */
export const splitSentences = (text: string): string[] => world.methods.one.tokenize.splitSentences(text, world);

/**
 * Every phrase list's patterns, expanded (expand.ts) and merged: a pattern that two lists share
 * becomes one rule naming both kinds, because a net keeps only one of identical patterns.
 */
export function compileRules(): Map<string, HitKind[]> {
  const rules = new Map<string, HitKind[]>();
  for (const list of PHRASE_LISTS) {
    for (const phrase of list.phrases) {
      for (const match of expandPattern(phrase)) {
        const kinds = rules.get(match) ?? [];
        if (!kinds.includes(list.kind)) kinds.push(list.kind);
        rules.set(match, kinds);
      }
    }
  }
  return rules;
}

/** Separates the kinds in a rule's `reason`. */
export const KIND_SEPARATOR = ',';

/** One compiled net over every phrase list: a paragraph is swept once for all checks. */
export const PHRASE_NET = nlp.buildNet(
  [...compileRules()].map(([match, kinds]) => ({ match, reason: kinds.join(KIND_SEPARATOR) })),
);

export type { HitKind };
export { nlp };
