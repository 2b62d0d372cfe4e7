import type { Check } from './types';
import { met, missing } from './result';
import { thanksHits } from '../analyzer/cues';
import { sentencesWith } from './with-role';
import { quote } from '../analyzer/text';

export const thanks: Check = {
  id: 'thanks',
  title: 'Thanks',
  looksFor:
    'Gratitude anywhere in the draft, sign-offs included: “thanks”, “thank you”, “I appreciate it”, “grateful”, “thx”. “No thanks needed”, “thanks to the outage”, refusals and sarcastic thanks do not count.',
  why: 'A word of thanks, whatever they decide, makes people feel valued and more willing to help again.',
  source: 'https://doi.org/10.1037/a0017935',
  evidence: 'presence',
  needsAsk: false,
  examples: {
    met: [
      'Could you review my draft by Friday? Thanks so much for considering it.',
      'Could you send the invoice? I really appreciate it.',
      'Could you send the invoice?\n\nThx,\nBo',
    ],
    missing: [
      'Could you send the invoice by Friday?',
      'Could you send the invoice? No thanks needed, it is your job.',
      'Thanks to the outage, we lost a day. Could you send the invoice?',
    ],
  },
  detect(draft) {
    // The words of thanks when the phrase list knows them ("Thanks so much"), else the sentence ("Much obliged").
    const evidence = sentencesWith(draft, 'thanks').flatMap((s) => {
      const hits = thanksHits(s);
      return hits.length > 0 ? hits : [{ start: s.start, end: s.end }];
    });
    if (evidence.length > 0) return met(evidence, `gratitude: “${quote(draft.text, evidence[0]!, 50)}”`);
    return missing('no thanks found', 'Thank them, whatever they decide: “Thanks for considering it.”');
  },
};
