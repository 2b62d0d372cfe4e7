import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { PHRASE_LISTS } from '../../lib/lexicon';

describe('phrase lists', () => {
  it.each(PHRASE_LISTS.map((l) => [l.kind, l] as const))('%s has a source and patterns that parse', (_kind, list) => {
    expect(list.source.length).toBeGreaterThan(10);
    expect(list.phrases.length).toBeGreaterThan(0);
    for (const phrase of list.phrases) expect(nlp.parseMatch(phrase).length, phrase).toBeGreaterThan(0);
  });
});
