// @vitest-environment node
// perSentence (lib/analyzer/sentence.ts) remembers work per Sentence object: a keystroke rebuilds
// only the Sentences of the paragraph it changed and of those it moved (draft.ts), so only their
// work is done again.
import { describe, expect, it } from 'vitest';
import { buildSentences } from '../../lib/analyzer/draft';
import { perSentence } from '../../lib/analyzer/sentence';

describe('perSentence', () => {
  it('works once per Sentence, again only for the paragraphs an edit changed or moved', () => {
    const seen: string[] = [];
    const words = perSentence((s) => (seen.push(s.text), s.words));
    const draft = 'Hi Jo,\n\nCould you review it? Thanks for the help.\n\nBest, Ana';
    expect(buildSentences(draft).map(words)).toEqual([2, 4, 4, 2]);
    expect(buildSentences(draft).map(words)).toEqual([2, 4, 4, 2]);
    expect(seen).toHaveLength(4);

    // One more word in the middle paragraph: it changed, the sign-off moved, the greeting did neither.
    seen.length = 0;
    const edited = 'Hi Jo,\n\nCould you review it? Thanks for all the help.\n\nBest, Ana';
    expect(buildSentences(edited).map(words)).toEqual([2, 4, 5, 2]);
    expect(seen).toEqual(['Could you review it?', 'Thanks for all the help.', 'Best, Ana']);
  });
});
