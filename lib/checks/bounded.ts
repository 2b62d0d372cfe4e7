import type { Check } from './types';
import { met, missing } from './result';
import { liveHits, type Sentence } from '../analyzer/draft';
import type { Hit } from '../analyzer/parse';
import { quote } from '../analyzer/text';

/** Limits stated in an ask sentence or right beside it ("The deck locks Friday. Could you…?"). */
function boundsNear(sentences: readonly Sentence[], askIndex: number): Hit[] {
  const near = [askIndex, askIndex + 1, askIndex - 1];
  return near.flatMap((i) => {
    const s = sentences[i];
    return s ? liveHits(s, 'bound', ['not-bound']) : [];
  });
}

export const bounded: Check = {
  id: 'bounded',
  title: 'Bounded',
  why: 'A favor with a visible limit (“a 10-minute look”, “by Friday”) is easy to say yes to; an open-ended one feels like a blank cheque.',
  source: 'https://doi.org/10.1037/0022-3514.34.4.599',
  needsAsk: true,
  examples: {
    met: [
      'Could you review the deck by Friday? Thanks!',
      'Would you have time for a 15-minute call next week?',
      'Could you send me three sentences about the project for the newsletter?',
    ],
    missing: [
      'Could you review the deck when you get a chance? Thanks!',
      'Can you send me the numbers ASAP?',
      'Not a big ask, but I need the report by yesterday.',
    ],
  },
  detect(draft) {
    const ordered = [...draft.asks].sort((a, b) => (a === draft.mainAsk ? -1 : b === draft.mainAsk ? 1 : 0));
    for (const ask of ordered) {
      const hits = boundsNear(draft.sentences, ask.sentence);
      if (hits.length > 0) {
        const limit = quote(draft.text, hits[0]!, 40);
        return met(hits, `“${limit}” bounds the ask “${quote(draft.text, ask, 50)}”`);
      }
    }
    const main = draft.mainAsk!;
    return missing(
      `no time or size limit on “${quote(draft.text, main, 50)}”`,
      `Add a limit to “${quote(draft.text, main, 50)}”: a time (“by Thursday”) or a size (“a 10-minute look”, “two or three sentences”).`,
    );
  },
};
