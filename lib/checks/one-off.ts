import type { Check } from './types';
import { met, missing, notApplicable } from './result';
import { liveHits } from '../analyzer/sentence';
import { quote } from '../analyzer/text';

export const oneOff: Check<'one-off'> = {
  id: 'one-off',
  title: 'Marked as one-off',
  looksFor:
    'For a big favor (covering a shift, an exception or extension, a loan), a mark that it is one-time: “just this once”, “a one-time exception”, “I won’t make a habit of it”.',
  why: 'A big favor (covering for you, an exception, a loan) feels smaller when you say it will not become a habit.',
  source: 'https://en.wikipedia.org/wiki/Foot-in-the-door_technique',
  evidence: 'presence',
  needsAsk: true,
  examples: {
    met: [
      'Could you cover my Saturday shift, just this once?',
      'Could you grant me a one-time extension on the report?',
    ],
    missing: [
      'Could you cover my Saturday shift?',
      'Could I borrow your car this weekend?',
    ],
  },
  detect(draft) {
    const marked = draft.sentences.flatMap((s) => liveHits(s, 'one-off', []));
    if (marked.length > 0) return met(marked, `marked as a one-time favor: “${quote(draft.text, marked[0]!, 40)}”`);
    const asking = new Set(draft.asks.map((a) => a.sentence));
    const big = draft.sentences.filter((s) => asking.has(s.index)).flatMap((s) => liveHits(s, 'big-favor', []));
    if (big.length === 0) return notApplicable('not a big favor');
    return missing(
      `a big favor (“${quote(draft.text, big[0]!, 30)}”) not marked as one-time`,
      'If this is a one-time favor, say so: “just this once” or “I won’t make a habit of it.”',
    );
  },
};
