import nlp from 'compromise';
import { PHRASE_LISTS, SHORTHAND_WORDS, type HitKind } from '../lexicon';

// compromise's lexicon is global to the instance (shared/notes/compromise.md §5): patch it once.
nlp.addWords({ ...SHORTHAND_WORDS });

/** One compiled net over every phrase list: a paragraph is swept once for all checks (~1 ms per 1k words). */
export const PHRASE_NET = nlp.buildNet(
  PHRASE_LISTS.flatMap((list) => list.phrases.map((match) => ({ match, reason: list.kind }))),
);

export type { HitKind };
export { nlp };
