// @vitest-environment node
// perSentence (lib/analyzer/sentence.ts) remembers work per Sentence object: a keystroke rebuilds
// only the Sentences of the paragraph it changed and of those it moved (draft.ts), so only their
// work is done again.
import { describe, expect, it } from 'vitest';
import { buildSentences } from '../../lib/analyzer/draft';
import { isFurniture } from '../../lib/analyzer/focus';
import { askOf, findAsk } from '../../lib/analyzer/requests';
import { perSentence, type Sentence } from '../../lib/analyzer/sentence';
import { findLimits, limitsIn, thanksHits } from '../../lib/analyzer/cues';
import { liveHits } from '../../lib/analyzer/sentence';
import { featuresOf, sentenceFeatures } from '../../lib/analyzer/role-features';
import { findPressure, pressureIn } from '../../lib/checks/calm';
import { datasetBodies } from '../helpers/datasets';

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

  it('moves the result of a sentence the edit only moved, instead of working it out again', () => {
    const seen: string[] = [];
    const starts = perSentence(
      (s) => (seen.push(s.text), [s.start]),
      (value, from, to) => value.map((x) => x + to.start - from.start),
    );
    expect(buildSentences('Hi Al,\n\nCould you review it?\n\nBest, Ana').map(starts)).toEqual([[0], [8], [30]]);
    seen.length = 0;
    expect(buildSentences('Hi Al,\n\nCould you review it soon?\n\nBest, Ana').map(starts)).toEqual([[0], [8], [35]]);
    expect(seen).toEqual(['Could you review it soon?']);
  });
});

describe('perSentence results moved with their sentence', () => {
  const bodies = datasetBodies();

  it.each<[string, (s: Sentence) => unknown, (s: Sentence) => unknown]>([
    ['askOf', askOf, findAsk],
    ['limitsIn (cues)', limitsIn, findLimits],
    ['thanksHits (cues)', thanksHits, (s) => liveHits(s, 'thanks', ['not-thanks'])],
    ['featuresOf (role features)', featuresOf, sentenceFeatures],
    ['pressureIn (calm)', pressureIn, findPressure],
    ['isFurniture', isFurniture, (s) => isFurniture({ ...s })],
  ])('%s: what a moved sentence is given is what it would work out itself', (_, remembered, fresh) => {
    let moved = 0;
    for (const body of bodies) {
      buildSentences(body).forEach(remembered);
      // A sentence typed at the top: every paragraph after it moves, and every sentence's index.
      const before = new Set(buildSentences(body).map((s) => s.text));
      for (const s of buildSentences(`Quick note. ${body}`)) {
        if (before.has(s.text) && s.start > 12) moved += 1;
        expect(remembered(s)).toEqual(fresh(s));
      }
    }
    expect(moved).toBeGreaterThan(500);
  });
});
