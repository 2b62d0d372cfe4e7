import type { Check } from './types';
import { met, missing } from './result';
import { liveHits } from '../analyzer/sentence';
import { quote } from '../analyzer/text';

export const reciprocity: Check<'reciprocity'> = {
  id: 'reciprocity',
  title: 'Offers something back',
  looksFor:
    'An offer in return (“happy to return the favor”, “let me know if I can ever help”) or an acknowledged favor (“I know this is a big ask”).',
  why: 'People return favors: offering something in return, or saying you know it is a favor, makes the ask fair.',
  source: 'https://en.wikipedia.org/wiki/Reciprocity_(social_psychology)',
  evidence: 'presence',
  needsAsk: true,
  examples: {
    met: [
      'Could you cover my Saturday shift? Happy to return the favor any time.',
      'Could you review my talk proposal? I know it is a big ask, and I appreciate your time.',
    ],
    missing: [
      'Could you cover my Saturday shift?',
      'Could you review my talk proposal by Friday? Thanks!',
    ],
  },
  detect(draft) {
    const found = draft.sentences.flatMap((s) => liveHits(s, 'reciprocity', []));
    if (found.length > 0) return met(found, `“${quote(draft.text, found[0]!, 50)}”`);
    return missing(
      'nothing offered in return',
      'Offer something back or name the favor: “Happy to return the favor, just say when.”',
    );
  },
};
